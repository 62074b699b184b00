//! Structural findings about a reasoning line: what makes it inconsistent or hard to evaluate.

use super::facts::{Facts, NodeFacts};
use crate::catalog::DatasetId;
use crate::model::{EdgeId, NodeId, NodeKind, ReasoningLine, YearRange};

/// How much a finding matters. Sorted most serious first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The reasoning line contradicts itself; fix it before trusting the analysis.
    Error,
    /// The analysis works, but the reasoning line has a gap an officer should look at.
    Warning,
    /// Worth knowing; often fine while sketching.
    Info,
}

/// What a finding is about. Field values are what the message needs to be specific.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiagnosticKind {
    /// An edge between kinds that may not be connected in this direction.
    KindNotAllowed { from: NodeKind, to: NodeKind },
    /// The nodes contribute to each other in a circle (a single node: to itself).
    Cycle,
    /// The same two nodes are connected in the same direction more than once.
    DuplicateEdge,
    /// No path leads from this intervention to a goal.
    InterventionReachesNoGoal,
    /// No intervention has a path to this goal.
    GoalReachedByNoIntervention,
    /// The node has no indicators, so no data need can be derived for it.
    NoIndicators,
    /// The two ends of the edge are about periods that do not overlap.
    NoCommonPeriod { from: YearRange, to: YearRange },
    /// An indicator is linked to a dataset the catalog does not (or no longer) list.
    UnknownLinkedDataset {
        indicator: usize,
        dataset: DatasetId,
    },
}

/// One finding: what, where and how serious.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub kind: DiagnosticKind,
    pub severity: Severity,
    /// The nodes it concerns, in id order (for a cycle: its members).
    pub nodes: Vec<NodeId>,
    /// The edges it concerns, in id order.
    pub edges: Vec<EdgeId>,
}

impl Diagnostic {
    fn on_node(kind: DiagnosticKind, severity: Severity, node: NodeId) -> Diagnostic {
        Diagnostic {
            kind,
            severity,
            nodes: vec![node],
            edges: Vec::new(),
        }
    }

    pub(crate) fn unknown_link(node: NodeId, indicator: usize, dataset: DatasetId) -> Diagnostic {
        Diagnostic::on_node(
            DiagnosticKind::UnknownLinkedDataset { indicator, dataset },
            Severity::Warning,
            node,
        )
    }
}

/// The structural findings of a reasoning line, in a fixed order: by kind, then by id.
pub fn structure_diagnostics(line: &ReasoningLine) -> Vec<Diagnostic> {
    structure_with(line, &Facts::new(line))
}

pub(crate) fn structure_with(line: &ReasoningLine, facts: &Facts) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let graph = line.petgraph();
    let id_of = |ix| graph.node_weight(ix).map(|s| s.id);

    for (edge, from_ix, to_ix) in line.indexed_edges() {
        let kinds = facts
            .get(from_ix)
            .and_then(|f| f.kind)
            .zip(facts.get(to_ix).and_then(|f| f.kind));
        if let (Some((from, to)), Some(a), Some(b)) = (kinds, id_of(from_ix), id_of(to_ix)) {
            if !from.may_contribute_to(to) {
                found.push(Diagnostic {
                    kind: DiagnosticKind::KindNotAllowed { from, to },
                    severity: Severity::Error,
                    nodes: sorted_pair(a, b),
                    edges: vec![edge],
                });
            }
        }
    }

    for cycle in &facts.cycles {
        found.push(Diagnostic {
            kind: DiagnosticKind::Cycle,
            severity: Severity::Error,
            nodes: cycle.clone(),
            edges: cycle_edges(line, cycle),
        });
    }

    // Parallel edges, by (from, to): per node in id order, its outgoing edges sorted by target
    // and edge id, so no map over all edges is built.
    let mut outgoing: Vec<(NodeId, EdgeId)> = Vec::new();
    for (from, ix, _) in line.indexed_nodes() {
        outgoing.clear();
        outgoing.extend(line.outgoing_ids(ix));
        outgoing.sort_unstable();
        for run in outgoing.chunk_by(|a, b| a.0 == b.0) {
            if let [(to, _), _, ..] = run {
                found.push(Diagnostic {
                    kind: DiagnosticKind::DuplicateEdge,
                    severity: Severity::Warning,
                    nodes: sorted_pair(from, *to),
                    edges: run.iter().map(|&(_, edge)| edge).collect(),
                });
            }
        }
    }

    let nodes_where = |kind: NodeKind, flag: fn(&NodeFacts) -> bool| {
        line.indexed_nodes()
            .filter(move |&(_, ix, node)| node.kind == kind && !facts.get(ix).is_some_and(flag))
            .map(|(id, _, _)| id)
    };
    for id in nodes_where(NodeKind::Intervention, |f| f.reaches_goal) {
        found.push(Diagnostic::on_node(
            DiagnosticKind::InterventionReachesNoGoal,
            Severity::Warning,
            id,
        ));
    }
    for id in nodes_where(NodeKind::Goal, |f| f.reached_by_intervention) {
        found.push(Diagnostic::on_node(
            DiagnosticKind::GoalReachedByNoIntervention,
            Severity::Warning,
            id,
        ));
    }
    for (id, _, node) in line.indexed_nodes() {
        if node.indicators.is_empty() {
            found.push(Diagnostic::on_node(
                DiagnosticKind::NoIndicators,
                Severity::Info,
                id,
            ));
        }
    }

    for (edge, from_ix, to_ix) in line.indexed_edges() {
        let from = facts.get(from_ix).and_then(|f| f.span);
        let to = facts.get(to_ix).and_then(|f| f.span);
        if let (Some(from), Some(to), Some(a), Some(b)) = (from, to, id_of(from_ix), id_of(to_ix)) {
            if from.overlap(to).is_none() {
                found.push(Diagnostic {
                    kind: DiagnosticKind::NoCommonPeriod { from, to },
                    severity: Severity::Warning,
                    nodes: sorted_pair(a, b),
                    edges: vec![edge],
                });
            }
        }
    }
    found
}

fn sorted_pair(a: NodeId, b: NodeId) -> Vec<NodeId> {
    match a.cmp(&b) {
        std::cmp::Ordering::Less => vec![a, b],
        std::cmp::Ordering::Equal => vec![a],
        std::cmp::Ordering::Greater => vec![b, a],
    }
}

/// The edges running between members of a cycle (members sorted by id).
fn cycle_edges(line: &ReasoningLine, members: &[NodeId]) -> Vec<EdgeId> {
    let mut edges: Vec<EdgeId> = members
        .iter()
        .flat_map(|&id| line.outgoing(id))
        .filter(|e| members.binary_search(&e.to).is_ok())
        .map(|e| e.id)
        .collect();
    edges.sort_unstable();
    edges
}
