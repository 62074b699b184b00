//! What the officer decided about a dataset for one indicator: linked by hand, does not fit, or
//! neither. Both lists keep the order in which datasets were chosen, so a file shows them as the
//! officer made them and undo can put them back exactly.

use super::node::Indicator;
use crate::catalog::DatasetId;

/// What the officer decided about one dataset for one indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatasetChoice {
    Linked,
    Rejected,
    Open,
}

impl Indicator {
    /// The decision about `dataset` here. A dataset in both lists (only possible in a model made
    /// by hand: choosing and the file reader never leave one) counts as linked, as the reader
    /// would keep it.
    pub fn choice_for(&self, dataset: &DatasetId) -> DatasetChoice {
        if self.linked_datasets.contains(dataset) {
            DatasetChoice::Linked
        } else if self.rejected_datasets.contains(dataset) {
            DatasetChoice::Rejected
        } else {
            DatasetChoice::Open
        }
    }

    /// Makes `choice` the decision about `dataset`: it is put at the end of the list `choice`
    /// names unless it is there already (then it keeps its place), and taken out of the other.
    /// Changes nothing when `choice` is already the decision.
    pub fn choose_dataset(&mut self, dataset: &DatasetId, choice: DatasetChoice) {
        let forget = |list: &mut Vec<DatasetId>| list.retain(|id| id != dataset);
        let add = |list: &mut Vec<DatasetId>| {
            if !list.contains(dataset) {
                list.push(dataset.clone());
            }
        };
        match choice {
            DatasetChoice::Linked => {
                forget(&mut self.rejected_datasets);
                add(&mut self.linked_datasets);
            }
            DatasetChoice::Rejected => {
                forget(&mut self.linked_datasets);
                add(&mut self.rejected_datasets);
            }
            DatasetChoice::Open => {
                forget(&mut self.linked_datasets);
                forget(&mut self.rejected_datasets);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Frequency, GeoLevel};

    fn id(text: &str) -> DatasetId {
        DatasetId(text.to_owned())
    }

    #[test]
    fn a_choice_moves_the_dataset_between_the_lists() {
        let mut indicator = Indicator::new("Aantal inwoners", GeoLevel::District, Frequency::Year);
        indicator.linked_datasets = vec![id("a"), id("b")];
        indicator.rejected_datasets = vec![id("c")];
        indicator.choose_dataset(&id("a"), DatasetChoice::Linked);
        assert_eq!(
            indicator.linked_datasets,
            [id("a"), id("b")],
            "keeps its place"
        );
        indicator.choose_dataset(&id("c"), DatasetChoice::Linked);
        assert_eq!(indicator.linked_datasets, [id("a"), id("b"), id("c")]);
        assert!(indicator.rejected_datasets.is_empty());
        indicator.choose_dataset(&id("a"), DatasetChoice::Rejected);
        assert_eq!(indicator.linked_datasets, [id("b"), id("c")]);
        assert_eq!(indicator.rejected_datasets, [id("a")]);
        assert_eq!(indicator.choice_for(&id("a")), DatasetChoice::Rejected);
        indicator.choose_dataset(&id("a"), DatasetChoice::Open);
        indicator.choose_dataset(&id("b"), DatasetChoice::Open);
        assert_eq!(indicator.linked_datasets, [id("c")]);
        assert!(indicator.rejected_datasets.is_empty());
        assert_eq!(indicator.choice_for(&id("b")), DatasetChoice::Open);
    }
}
