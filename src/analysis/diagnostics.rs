//! Structural findings about a reasoning line: what makes it inconsistent or hard to evaluate.

use std::collections::BTreeMap;

use super::facts::Facts;
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
    let kind_of = |id: NodeId| line.node(id).map(|n| n.kind);

    for edge in line.edges() {
        if let (Some(from), Some(to)) = (kind_of(edge.from), kind_of(edge.to)) {
            if !from.may_contribute_to(to) {
                found.push(Diagnostic {
                    kind: DiagnosticKind::KindNotAllowed { from, to },
                    severity: Severity::Error,
                    nodes: sorted_pair(edge.from, edge.to),
                    edges: vec![edge.id],
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

    let mut parallel: BTreeMap<(NodeId, NodeId), Vec<EdgeId>> = BTreeMap::new();
    for edge in line.edges() {
        parallel
            .entry((edge.from, edge.to))
            .or_default()
            .push(edge.id);
    }
    for ((from, to), edges) in parallel {
        if edges.len() > 1 {
            found.push(Diagnostic {
                kind: DiagnosticKind::DuplicateEdge,
                severity: Severity::Warning,
                nodes: sorted_pair(from, to),
                edges,
            });
        }
    }

    let node_facts = |id: NodeId| line.index_of(id).and_then(|ix| facts.get(ix));
    for node in line.nodes() {
        if node.node.kind == NodeKind::Intervention
            && !node_facts(node.id).is_some_and(|f| f.reaches_goal)
        {
            found.push(Diagnostic::on_node(
                DiagnosticKind::InterventionReachesNoGoal,
                Severity::Warning,
                node.id,
            ));
        }
    }
    for node in line.nodes() {
        if node.node.kind == NodeKind::Goal
            && !node_facts(node.id).is_some_and(|f| f.reached_by_intervention)
        {
            found.push(Diagnostic::on_node(
                DiagnosticKind::GoalReachedByNoIntervention,
                Severity::Warning,
                node.id,
            ));
        }
    }
    for node in line.nodes() {
        if node.node.indicators.is_empty() {
            found.push(Diagnostic::on_node(
                DiagnosticKind::NoIndicators,
                Severity::Info,
                node.id,
            ));
        }
    }

    for edge in line.edges() {
        let from = node_facts(edge.from).and_then(|f| f.span);
        let to = node_facts(edge.to).and_then(|f| f.span);
        if let (Some(from), Some(to)) = (from, to) {
            if from.overlap(to).is_none() {
                found.push(Diagnostic {
                    kind: DiagnosticKind::NoCommonPeriod { from, to },
                    severity: Severity::Warning,
                    nodes: sorted_pair(edge.from, edge.to),
                    edges: vec![edge.id],
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
