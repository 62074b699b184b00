//! The analysis of a reasoning line: structural findings, the data each part needs, and how well
//! a dataset catalog answers those needs. Framework-free and panic-free: whatever a user drew or
//! loaded, the analysis returns data plus findings.
//!
//! Build a `CatalogIndex` when the catalog changes, then call `analyse` after every edit.

mod check;
mod checker;
mod diagnostics;
mod facts;
mod index;
mod messages;
mod needs;
mod normalise;
mod portfolio;
mod suggest;

use std::collections::BTreeMap;

pub use check::{Candidate, CheckedNeed, Coverage, Gap, MAX_PARTIAL_CANDIDATES};
pub use diagnostics::{structure_diagnostics, Diagnostic, DiagnosticKind, Severity};
pub use index::{AliasRef, CatalogIndex, ConceptKey, DatasetRef, IndexBuilder, MatchVia};
pub use messages::{frequency_name, level_name};
pub use needs::{
    derive_needs, DerivedNeeds, EdgeEnd, Need, NeedOrigin, NeedReason, SubjectRef, Subjects,
};
pub use normalise::{normalise, normalise_into};
pub use portfolio::{analyse_portfolio, DataIsland, Portfolio, SharedGap, TeamAnalysis};
pub use suggest::{ConceptSuggestion, SuggestOptions, Suggestion, Suggestions};

use crate::model::{EdgeId, NodeId, ReasoningLine};

/// How well the data needs of one node (or edge) are met, for a badge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DataStatus {
    /// Every need is covered.
    Covered,
    /// Some needs are covered or partly covered, not all fully.
    Partly,
    /// No dataset answers any need, not even in part, but datasets whose texts fit are offered
    /// for some: the officer links or rejects them.
    ToLink,
    /// No dataset answers any need, not even in part.
    Missing,
    /// Nothing to check: no indicators.
    NoNeeds,
}

impl DataStatus {
    /// A stable lower-case word for the status ("covered", "partly", "to-link", "missing",
    /// "none"), used
    /// for CSS classes and test selectors.
    pub fn key(self) -> &'static str {
        match self {
            DataStatus::Covered => "covered",
            DataStatus::Partly => "partly",
            DataStatus::ToLink => "to-link",
            DataStatus::Missing => "missing",
            DataStatus::NoNeeds => "none",
        }
    }
}

/// Counts of needs by verdict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CoverageScore {
    pub covered: usize,
    pub partly: usize,
    /// Not covered, but with suggested datasets to link or reject.
    pub to_link: usize,
    pub missing: usize,
}

impl CoverageScore {
    pub fn total(&self) -> usize {
        self.covered + self.partly + self.to_link + self.missing
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
    /// What the needs are about (concept, target group), one per indicator.
    pub subjects: Subjects,
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
    /// The concept a need is about, as the user wrote it.
    pub fn concept(&self, need: &Need) -> &str {
        self.subjects.concept(need.subject)
    }

    /// The target group a need is about, if any.
    pub fn target_group(&self, need: &Need) -> Option<&str> {
        self.subjects.target_group(need.subject)
    }

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
///
/// One pass: each need is checked, counted and stored as it is derived, so the (large) list of
/// needs is written once and not walked again per step.
pub fn analyse(line: &ReasoningLine, index: &CatalogIndex) -> Analysis {
    let facts = facts::Facts::new(line);
    let mut diagnostics = diagnostics::structure_with(line, &facts);
    let count = needs::count_needs(line, &facts);
    let mut checker = checker::Checker::new(index, count);
    let mut needs = Vec::with_capacity(count);
    let mut score = CoverageScore::default();
    let mut node_runs: Vec<(NodeId, StatusTally)> = Vec::with_capacity(line.node_count());
    let mut edge_runs: Vec<(EdgeId, StatusTally)> = Vec::with_capacity(line.edge_count());
    let subjects = needs::derive_with(line, &facts, |need, indicator| {
        let coverage = checker.check(&need, indicator);
        match coverage {
            Coverage::Covered(_) => score.covered += 1,
            Coverage::PartlyCovered(_) => score.partly += 1,
            Coverage::ToLink(_) => score.to_link += 1,
            Coverage::Missing => score.missing += 1,
        }
        // Needs come ordered by origin, so each node's (and edge's) needs form one run.
        match need.origin {
            NeedOrigin::Node { node, .. } => tally(&mut node_runs, node, &coverage),
            NeedOrigin::Edge { edge, .. } => tally(&mut edge_runs, edge, &coverage),
        }
        needs.push(CheckedNeed { need, coverage });
    });
    let check = checker.finish();
    diagnostics.extend(check.diagnostics);

    Analysis {
        diagnostics,
        needs,
        subjects,
        candidates: check.candidates,
        used: check.used,
        unused: check.unused,
        node_status: status_by_run(line.node_ids(), node_runs),
        edge_status: status_by_run(line.edges().map(|e| e.id), edge_runs),
        score,
    }
}

/// What the verdicts of one run of needs add up to so far; see `DataStatus::of`.
#[derive(Clone, Copy, Debug)]
struct StatusTally {
    all_covered: bool,
    all_missing: bool,
    /// Some need is covered or partly covered (not only missing or to link).
    any_answered: bool,
}

impl StatusTally {
    fn status(self) -> DataStatus {
        match (self.all_covered, self.all_missing, self.any_answered) {
            (true, _, _) => DataStatus::Covered,
            (_, true, _) => DataStatus::Missing,
            (_, _, false) => DataStatus::ToLink,
            _ => DataStatus::Partly,
        }
    }
}

/// Adds a verdict to the run of `key`, starting a new run when the key changes.
fn tally<K: PartialEq>(runs: &mut Vec<(K, StatusTally)>, key: K, coverage: &Coverage) {
    let (covered, missing) = (coverage.is_covered(), matches!(coverage, Coverage::Missing));
    let answered = matches!(coverage, Coverage::Covered(_) | Coverage::PartlyCovered(_));
    match runs.last_mut() {
        Some((last, t)) if *last == key => {
            t.all_covered &= covered;
            t.all_missing &= missing;
            t.any_answered |= answered;
        }
        _ => runs.push((
            key,
            StatusTally {
                all_covered: covered,
                all_missing: missing,
                any_answered: answered,
            },
        )),
    }
}

/// The status of each key, from runs sorted by the same key (a merge, not a lookup per run);
/// keys without needs have nothing to check.
fn status_by_run<K: Ord + Copy>(
    keys: impl Iterator<Item = K>,
    runs: Vec<(K, StatusTally)>,
) -> BTreeMap<K, DataStatus> {
    let mut runs = runs.into_iter().peekable();
    keys.map(|key| {
        while runs.next_if(|(k, _)| *k < key).is_some() {}
        let status = runs
            .next_if(|(k, _)| *k == key)
            .map_or(DataStatus::NoNeeds, |(_, t)| t.status());
        (key, status)
    })
    .collect()
}
