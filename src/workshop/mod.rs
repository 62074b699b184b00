//! Workshop mode: trainers use reasoning lines in bias-awareness workshops. Participants estimate
//! figures and say how sure they are of the links in a reasoning line; then the real values, the
//! evidence and the data behind the links are revealed, per question and in a summary.
//!
//! Framework-free like the rest of the core (no yew, web-sys, gloo): the UI calls
//! - `draft_questions` to offer questions from a reasoning line, `Workshop::add` for the chosen ones;
//! - `crate::io::{import_workshop, export_workshop}` and
//!   `crate::io::{import_answers, import_answers_for, export_answers}` for the files;
//! - `merge_answer_files` to load several answers files at once (duplicates caught);
//! - `reveal` per question, `summary` at the end, with `summary_rows` (CSV), `summary_html`
//!   (printable page) and `estimate_plot_svg` (the dot plot).
//!
//! Nothing here panics on any input: this runs in WebAssembly, where a panic ends the app.

mod answers;
mod generate;
mod html;
mod merge;
mod model;
mod score;
mod session;
mod summary;
mod svg;
mod text;

pub use answers::{
    fingerprint, Answer, Answers, Confidence, Fingerprint, ParticipantId, WorkshopRef,
};
pub use generate::{assumption_text, draft_questions, Draft};
pub use html::summary_html;
pub use merge::{merge_answer_files, merge_answers, MergeNote, MergeNoteKind, Merged};
pub use model::{
    AssumptionQuestion, DuplicateQuestion, EstimateQuestion, Question, QuestionBody, QuestionId,
    QuestionKind, Source, Workshop, WorkshopId,
};
pub use score::{
    median, reveal, AssumptionReveal, Backing, Direction, EstimateReveal, Misjudgement, Reveal,
};
pub use session::{WorkshopCommand, WorkshopRefusal, WorkshopSession};
pub use summary::{summary, summary_rows, AssumptionLine, EstimateLine, Summary};
pub use svg::{estimate_plot_svg, estimate_plot_svg_unstyled};
pub use text::{
    confidence_label, data_text, direction_text, evidence_text, misjudgement_text, show_number,
    source_text, with_unit,
};
