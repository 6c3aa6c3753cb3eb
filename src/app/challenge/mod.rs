//! Challenges (issue 22): the campaign to choose from, the panel of the challenge being
//! played (brief, goals with their live status, what may change), and the result card with
//! the hand-in link. The rules and the grading are the engine's (`sim::challenge`); the words
//! the view model's (`view_model::campaign`).

mod author;
mod author_goals;
mod campaign;
mod class;
mod class_table;
mod frames;
mod panel;
mod progress;
mod result;
mod verify;

pub use author::AuthorPanel;
pub use campaign::CampaignList;
pub use class::ClassResults;
pub use panel::ChallengePanel;
