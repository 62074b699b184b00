//! The purpose register (doelbinding): for every dataset, the goals of the reasoning line it
//! serves, so governance can see why data is kept and which data has no purpose here.

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::{Analysis, CatalogIndex};
use crate::catalog::AccessClass;
use crate::i18n::Lang;
use crate::model::{NodeId, NodeKind, ReasoningLine};

/// CSV rows (header first), one per dataset in id order: the goals it serves (the goals reachable
/// along the edges from every node whose needs count the dataset) and those nodes. Datasets that
/// serve no goal say so; for personal data that is a question to ask.
pub fn purpose_rows(
    line: &ReasoningLine,
    analysis: &Analysis,
    index: &CatalogIndex,
    lang: Lang,
) -> Vec<Vec<String>> {
    let users = super::dataset_users(line, analysis, index);
    let mut goals_of: BTreeMap<NodeId, BTreeSet<NodeId>> = BTreeMap::new();
    let (header, none, personal) = match lang {
        Lang::Nl => (
            [
                "id",
                "titel",
                "eigenaar",
                "toegang",
                "dient de doelen",
                "gebruikt door",
            ],
            "(geen doel in deze redeneerlijn)",
            "(geen doel in deze redeneerlijn: waarom worden deze persoonsgegevens bewaard?)",
        ),
        Lang::En => (
            [
                "id",
                "title",
                "owner",
                "access",
                "serves the goals",
                "used by",
            ],
            "(no goal in this reasoning line)",
            "(no goal in this reasoning line: why is this personal data kept?)",
        ),
    };
    let title = |id: &NodeId| line.node(*id).map(|n| n.title.clone()).unwrap_or_default();
    let mut rows = vec![header.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>()];
    for (dataset_ref, dataset) in index.datasets() {
        let nodes = users.get(&dataset_ref).cloned().unwrap_or_default();
        // Extended rather than collected: collecting sorts first, with a sort of its own.
        let mut goals: BTreeSet<NodeId> = BTreeSet::new();
        goals.extend(nodes.iter().flat_map(|&node| {
            goals_of
                .entry(node)
                .or_insert_with(|| goals_reached(line, node))
                .clone()
        }));
        let served = if !goals.is_empty() {
            goals.iter().map(title).collect::<Vec<_>>().join(" | ")
        } else if dataset.access == AccessClass::Personal {
            personal.to_owned()
        } else {
            none.to_owned()
        };
        rows.push(vec![
            dataset.id.0.clone(),
            dataset.title.clone(),
            dataset.owner.clone(),
            super::access_name(dataset.access, lang).to_owned(),
            served,
            nodes.iter().map(title).collect::<Vec<_>>().join(" | "),
        ]);
    }
    rows
}

/// The goals reachable from `start` along the edges, `start` itself included when it is one.
fn goals_reached(line: &ReasoningLine, start: NodeId) -> BTreeSet<NodeId> {
    let mut seen = BTreeSet::from([start]);
    let mut todo = vec![start];
    let mut goals = BTreeSet::new();
    while let Some(node) = todo.pop() {
        if line.node(node).is_some_and(|n| n.kind == NodeKind::Goal) {
            goals.insert(node);
        }
        for next in line.successors(node) {
            if seen.insert(next) {
                todo.push(next);
            }
        }
    }
    goals
}
