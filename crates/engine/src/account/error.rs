//! Refused requests: AWS's error at a form field or for the whole request, and the lab's own
//! refusals, which the UI words in the learner's language.

use std::fmt;

use super::step::Step;
use crate::command::CommandError;

/// A refused action: AWS's error, and the form field it belongs to (None: the whole form).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountError {
    /// form field (e.g. "name", "subnets")
    pub field: Option<&'static str>,
    /// AWS's error code and message (for the lab's own refusals, the English wording)
    pub error: CommandError,
    /// a rule of the lab's, not AWS's: the UI words it in the learner's language (AWS's own
    /// errors stay in English, as the console shows them)
    pub lab: Option<LabRefusal>,
}

/// The lab's own refusals (docs/aws-behaviour.md §11: the lab's rules beside AWS's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabRefusal {
    /// "Do this step for me" needs what an earlier step leaves, and it is missing (the
    /// learner deleted it, or it is not ready yet)
    StepFirst(Missing),
    /// the lab's account holds one Auto Scaling group
    OneGroup,
    /// a form submitted without its instance chosen (the console's Create button waits for
    /// one; the lab says so at the field instead of sending an empty id to the API)
    ChooseInstance,
}

/// What an earlier step leaves, missing when "Do this step for me" needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// a pending or running WordPress instance (step 2)
    WordPressInstance,
    /// an AMI (step 4)
    Image,
    /// the Auto Scaling group (step 5)
    Group,
    /// an InService instance of the group (step 5, a few minutes after it)
    InServiceInstance,
}

impl Missing {
    /// The step that leaves it.
    pub fn step(self) -> Step {
        match self {
            Missing::WordPressInstance => Step::Launch,
            Missing::Image => Step::Image,
            Missing::Group | Missing::InServiceInstance => Step::Group,
        }
    }
}

impl LabRefusal {
    /// The refusal's code and English wording.
    fn english(self) -> (&'static str, String) {
        match self {
            LabRefusal::StepFirst(missing) => {
                let what = match missing {
                    Missing::WordPressInstance => "no WordPress instance is running",
                    Missing::Image => "no AMI",
                    Missing::Group => "no Auto Scaling group",
                    Missing::InServiceInstance => "the group has no InService instance yet",
                };
                ("LabStep", format!("Do step {} first: {what}.", missing.step().number()))
            }
            LabRefusal::OneGroup => {
                ("LimitExceeded", "The lab's account holds one Auto Scaling group: delete it first.".into())
            }
            LabRefusal::ChooseInstance => ("LabForm", "Choose an instance.".into()),
        }
    }
}

impl AccountError {
    /// An error at a field.
    pub fn field(field: &'static str, code: &'static str, message: impl Into<String>) -> Self {
        AccountError { field: Some(field), error: CommandError { code, message: message.into() }, lab: None }
    }
    /// An error for the whole request.
    pub fn whole(code: &'static str, message: impl Into<String>) -> Self {
        AccountError { field: None, error: CommandError { code, message: message.into() }, lab: None }
    }
    /// AWS's error for the whole request, from the engine.
    pub fn engine(error: CommandError) -> Self {
        AccountError { field: None, error, lab: None }
    }
    /// AWS's error from the engine, at `field`.
    pub fn engine_at(field: &'static str, error: CommandError) -> Self {
        AccountError { field: Some(field), error, lab: None }
    }
    /// One of the lab's own refusals, at a form field.
    pub fn lab_at(field: &'static str, refusal: LabRefusal) -> Self {
        AccountError { field: Some(field), ..AccountError::lab(refusal) }
    }
    /// One of the lab's own refusals, for the whole request.
    pub fn lab(refusal: LabRefusal) -> Self {
        let (code, message) = refusal.english();
        AccountError { field: None, error: CommandError { code, message }, lab: Some(refusal) }
    }
}

impl fmt::Display for AccountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for AccountError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}
