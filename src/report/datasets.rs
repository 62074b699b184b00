//! The dataset list as the catalog view shows it: every dataset with the nodes whose needs count
//! it, filtered by a search text, access class and use.

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::{matched_counts, normalise, Analysis, CatalogIndex, DatasetRef};
use crate::catalog::{AccessClass, Dataset};
use crate::model::{NodeId, ReasoningLine};

/// The nodes whose needs count each dataset, as the catalog check counts them (so the datasets
/// with users are exactly `Analysis::used`): the indicator's linked datasets when it has any,
/// else every dataset holding its concept, personal data only for needs that data without it
/// does not cover (see `Analysis::minimised`). The needs of an edge count for the node whose
/// indicator they measure.
pub fn dataset_users(
    line: &ReasoningLine,
    analysis: &Analysis,
    index: &CatalogIndex,
) -> BTreeMap<DatasetRef, BTreeSet<NodeId>> {
    let mut users: BTreeMap<DatasetRef, BTreeSet<NodeId>> = BTreeMap::new();
    let mut buffer = String::new();
    for checked in &analysis.needs {
        let node = checked.need.origin.node();
        let Some(indicator) = line
            .node(node)
            .and_then(|n| n.indicators.get(checked.need.origin.indicator()))
        else {
            continue;
        };
        let datasets: Vec<DatasetRef> = if indicator.linked_datasets.is_empty() {
            index
                .lookup(&indicator.concept, &mut buffer)
                .map(|key| {
                    index
                        .matches(key)
                        .iter()
                        .filter(|m| matched_counts(&checked.coverage, m.traits.access))
                        .map(|m| m.dataset)
                        .collect()
                })
                .unwrap_or_default()
        } else {
            indicator
                .linked_datasets
                .iter()
                .filter_map(|id| index.find(id))
                .collect()
        };
        for dataset in datasets {
            users.entry(dataset).or_default().insert(node);
        }
    }
    users
}

/// Which datasets to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DatasetFilter {
    /// Matched, normalised, against id, title, owner, notes and concepts (with aliases).
    pub text: String,
    pub access: Option<AccessClass>,
    /// `Some(true)`: only datasets some node uses; `Some(false)`: only unused ones.
    pub used: Option<bool>,
    /// Only datasets the officer still has to complete (`Dataset::needs_completion`).
    pub incomplete: bool,
}

/// A dataset that passes the filter, with the nodes that use it.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetRow<'a> {
    pub dataset: &'a Dataset,
    pub users: Vec<NodeId>,
}

/// The datasets that pass `filter`, in id order.
pub fn dataset_rows<'a>(
    index: &'a CatalogIndex,
    users: &BTreeMap<DatasetRef, BTreeSet<NodeId>>,
    filter: &DatasetFilter,
) -> Vec<DatasetRow<'a>> {
    let words: Vec<String> = normalise(&filter.text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    index
        .datasets()
        .filter(|(_, d)| filter.access.is_none_or(|a| d.access == a))
        .filter(|(_, d)| !filter.incomplete || d.needs_completion())
        .filter_map(|(at, dataset)| {
            let users: Vec<NodeId> = users
                .get(&at)
                .map_or_else(Vec::new, |u| u.iter().copied().collect());
            if filter.used.is_some_and(|used| used == users.is_empty()) {
                return None;
            }
            let haystack = normalise(&searchable(dataset));
            words
                .iter()
                .all(|w| haystack.contains(w.as_str()))
                .then_some(DatasetRow { dataset, users })
        })
        .collect()
}

fn searchable(dataset: &Dataset) -> String {
    let mut text = format!(
        "{} {} {} {}",
        dataset.id, dataset.title, dataset.owner, dataset.notes
    );
    for variable in &dataset.variables {
        text.push(' ');
        text.push_str(&variable.concept);
        for alias in &variable.aliases {
            text.push(' ');
            text.push_str(alias);
        }
    }
    text
}
