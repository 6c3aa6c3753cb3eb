//! The guided lab's view models (`src/app/guide`): the checklist, the account's resources with
//! their cost, the architecture drawn from them, and what the guide says (the browser pane's
//! page, refusals in the learner's language).

mod checklist;
mod diagram;
mod fixes;
mod gaps;
mod messages;
mod resources;
mod timeline;

pub use checklist::{progress, step_pitfall, step_title, steps, StepRow};
pub use diagram::{alarm_state, diagram, Diagram};
pub use fixes::Fix;
pub use gaps::{gap_text, region_name, step_gaps, StepGaps};
pub use messages::{page_text, refusal_text};
pub use resources::{per_month_line, resources, usd, ResourceRow};
pub use timeline::{stress_timeline, Mark};
