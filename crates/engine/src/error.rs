//! The error a refused command or policy definition gets: AWS's error code and message.

use core::fmt;

/// An AWS-style error (code + message text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandError {
    /// e.g. "ValidationError"
    pub code: &'static str,
    /// message as AWS words it
    pub message: String,
}

impl CommandError {
    /// ValidationError with a message.
    pub fn validation(message: impl Into<String>) -> Self {
        CommandError { code: "ValidationError", message: message.into() }
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}
