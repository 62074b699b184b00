//! The side panel: details of the selection (editable) and the findings of the analysis.

mod edge_form;
mod fields;
mod findings;
mod indicator_form;
mod needs_list;
mod node_form;
mod reports;

pub use edge_form::EdgeForm;
pub use fields::parse_number;
pub use findings::Findings;
pub use needs_list::NeedsList;
pub use node_form::NodeForm;
