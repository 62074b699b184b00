//! The reasoning-line model: goals, outcomes and interventions as a directed graph.
//!
//! Framework-free (no yew/web-sys/gloo). Identity is a typed id (`NodeId`, `EdgeId`) handed out by
//! the model and never reused within one reasoning line, never a list position or a petgraph index.
//! Editor state (positions, selection, zoom) is not part of the model.

mod action;
mod choice;
mod ids;
mod line;
mod node;
mod terms;

pub use action::{kind_name, Action, ActionError, Applied};
pub use choice::DatasetChoice;
pub use ids::{EdgeId, NodeId, ParseIdError};
pub use line::{EdgeRef, NodeRef, ReasoningLine, RemovedEdge, StructureError};
pub use node::{Edge, Indicator, Node, Scope};
pub use terms::{EvidenceLevel, Frequency, GeoLevel, NodeKind, YearRange};
