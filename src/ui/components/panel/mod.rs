//! The side panel: details of the selection (editable) and the findings of the analysis.

mod candidate_actions;
mod concept_combobox;
mod dataset_choice;
mod edge_form;
mod fields;
mod findings;
mod indicator_form;
mod link_review;
mod needs_list;
mod node_form;
mod reports;
mod suggestion_view;

pub use edge_form::EdgeForm;
pub use fields::parse_number;
pub use findings::Findings;
pub use needs_list::NeedsList;
pub use node_form::NodeForm;
