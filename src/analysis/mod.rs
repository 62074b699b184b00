//! The analysis of a reasoning line: structural findings, the data each part needs, and how well
//! a dataset catalog answers those needs. Framework-free and panic-free: whatever a user drew or
//! loaded, the analysis returns data plus findings.
//!
//! Build a `CatalogIndex` when the catalog changes, then call `analyse` after every edit.

mod check;
mod diagnostics;
mod facts;
mod index;
mod messages;
mod needs;
mod normalise;
mod portfolio;

use std::collections::BTreeMap;

pub use check::{
    check_needs, Candidate, CatalogCheck, CheckedNeed, Coverage, Gap, MAX_PARTIAL_CANDIDATES,
};
pub use diagnostics::{structure_diagnostics, Diagnostic, DiagnosticKind, Severity};
pub use index::{CatalogIndex, ConceptKey, DatasetRef, MatchVia};
pub use messages::{frequency_name, level_name};
pub use needs::{derive_needs, EdgeEnd, Need, NeedOrigin, NeedReason};
pub use normalise::{normalise, normalise_into};
pub use portfolio::{analyse_portfolio, DataIsland, Portfolio, SharedGap, TeamAnalysis};

use crate::model::{EdgeId, NodeId, ReasoningLine};

/// How well the data needs of one node (or edge) are met, for a badge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DataStatus {
    /// Every need is covered.
    Covered,
    /// Some needs are covered or partly covered, not all fully.
    Partly,
    /// No dataset answers any need, not even in part.
    Missing,
    /// Nothing to check: no indicators.
    NoNeeds,
}

impl DataStatus {
    fn of<'a>(coverages: impl IntoIterator<Item = &'a Coverage>) -> DataStatus {
        let (mut any, mut all_covered, mut all_missing) = (false, true, true);
        for coverage in coverages {
            any = true;
            all_covered &= coverage.is_covered();
            all_missing &= matches!(coverage, Coverage::Missing);
        }
        match (any, all_covered, all_missing) {
            (false, _, _) => DataStatus::NoNeeds,
            (true, true, _) => DataStatus::Covered,
            (true, _, true) => DataStatus::Missing,
            _ => DataStatus::Partly,
        }
    }
}

/// Counts of needs by verdict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CoverageScore {
    pub covered: usize,
    pub partly: usize,
    pub missing: usize,
}

impl CoverageScore {
    pub fn total(&self) -> usize {
        self.covered + self.partly + self.missing
    }

    /// The share of needs fully covered, 0.0 to 1.0; `None` when there are no needs.
    pub fn share(&self) -> Option<f64> {
        let total = self.total();
        (total > 0).then(|| self.covered as f64 / total as f64)
    }
}

/// Everything the analysis of one reasoning line found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// Structural findings, then links to unknown datasets.
    pub diagnostics: Vec<Diagnostic>,
    /// Every need with its verdict, ordered by origin (nodes by id, then edges by id).
    pub needs: Vec<CheckedNeed>,
    /// The candidates the verdicts point into; see `candidates_of`.
    pub candidates: Vec<Candidate>,
    /// Datasets some need counts, in id order.
    pub used: Vec<DatasetRef>,
    /// Datasets no need counts, in id order.
    pub unused: Vec<DatasetRef>,
    /// Per node, from the needs of its own indicators (not the edge needs).
    pub node_status: BTreeMap<NodeId, DataStatus>,
    /// Per edge, from the needs tagged with that edge.
    pub edge_status: BTreeMap<EdgeId, DataStatus>,
    pub score: CoverageScore,
}

impl Analysis {
    /// The datasets behind a verdict: covering ones, or the best partial candidates.
    pub fn candidates_of(&self, coverage: &Coverage) -> &[Candidate] {
        self.candidates.get(coverage.span().range()).unwrap_or(&[])
    }

    /// The checked needs of one node's own indicators.
    pub fn needs_of_node(&self, node: NodeId) -> impl Iterator<Item = &CheckedNeed> + '_ {
        self.needs
            .iter()
            .filter(move |c| matches!(c.need.origin, NeedOrigin::Node { node: n, .. } if n == node))
    }
}

/// Analyses a reasoning line against a prepared catalog.
pub fn analyse(line: &ReasoningLine, index: &CatalogIndex) -> Analysis {
    let facts = facts::Facts::new(line);
    let mut diagnostics = diagnostics::structure_with(line, &facts);
    let mut needs = needs::derive_with(line, &facts, |need| CheckedNeed {
        need,
        coverage: Coverage::Missing,
    });
    let check = check::check_in_place(&mut needs, index);
    diagnostics.extend(check.diagnostics);

    let mut score = CoverageScore::default();
    for checked in &needs {
        match checked.coverage {
            Coverage::Covered(_) => score.covered += 1,
            Coverage::PartlyCovered(_) => score.partly += 1,
            Coverage::Missing => score.missing += 1,
        }
    }
    // Needs come ordered by origin, so each node's (and edge's) needs form one run.
    let node_status = status_by_run(
        line.node_ids(),
        needs.iter().filter_map(|c| match c.need.origin {
            NeedOrigin::Node { node, .. } => Some((node, &c.coverage)),
            NeedOrigin::Edge { .. } => None,
        }),
    );
    let edge_status = status_by_run(
        line.edges().map(|e| e.id),
        needs.iter().filter_map(|c| match c.need.origin {
            NeedOrigin::Edge { edge, .. } => Some((edge, &c.coverage)),
            NeedOrigin::Node { .. } => None,
        }),
    );

    Analysis {
        diagnostics,
        needs,
        candidates: check.candidates,
        used: check.used,
        unused: check.unused,
        node_status,
        edge_status,
        score,
    }
}

/// The status of each key, from needs sorted by the same key (a merge, not a lookup per need).
fn status_by_run<'a, K: Ord + Copy>(
    keys: impl Iterator<Item = K>,
    needs: impl Iterator<Item = (K, &'a Coverage)>,
) -> BTreeMap<K, DataStatus> {
    let mut needs = needs.peekable();
    keys.map(|key| {
        while needs.next_if(|(k, _)| *k < key).is_some() {}
        let mut run = std::iter::from_fn(|| needs.next_if(|(k, _)| *k == key).map(|(_, c)| c));
        (key, DataStatus::of(&mut run))
    })
    .collect()
}
