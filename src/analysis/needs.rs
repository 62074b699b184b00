//! Which data each part of a reasoning line needs to be evaluated, and why.

use std::rc::Rc;

use petgraph::visit::NodeIndexable as _;

use super::facts::Facts;
use crate::catalog::DatasetId;
use crate::model::{EdgeId, Frequency, GeoLevel, NodeId, NodeKind, ReasoningLine, YearRange};

/// Which end of an edge a need measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeEnd {
    /// The node that contributes.
    From,
    /// The node contributed to.
    To,
}

/// Where a need comes from. The order (nodes by id, then edges by id) is the order of needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NeedOrigin {
    /// Indicator number `indicator` (0-based) of a node.
    Node { node: NodeId, indicator: usize },
    /// Indicator number `indicator` of the node at one end of an edge.
    Edge {
        edge: EdgeId,
        end: EdgeEnd,
        node: NodeId,
        indicator: usize,
    },
}

impl NeedOrigin {
    /// The node whose indicator is measured.
    pub fn node(&self) -> NodeId {
        match *self {
            NeedOrigin::Node { node, .. } | NeedOrigin::Edge { node, .. } => node,
        }
    }

    pub fn indicator(&self) -> usize {
        match *self {
            NeedOrigin::Node { indicator, .. } | NeedOrigin::Edge { indicator, .. } => indicator,
        }
    }
}

/// Why the data is needed; see `NeedReason::explanation`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NeedReason {
    /// A goal is judged on a baseline and a measurement at the end of its period.
    GoalBaselineAndEnd,
    /// An outcome is measured for the target group before and after the interventions, at the
    /// finest level the contributing interventions act on (`at_intervention_level`), or else at
    /// the indicator's own level.
    OutcomeBeforeAfter { at_intervention_level: bool },
    /// An intervention shows whom it reached and what it delivered, at the level of what it feeds.
    InterventionReach,
    /// The assumption behind an edge is examined by measuring both ends at a common level over a
    /// common period.
    EdgeAssumption,
}

/// One data need: what must be measured, where, how often, when and for whom.
#[derive(Clone, Debug, PartialEq)]
pub struct Need {
    /// The indicator's concept as the user wrote it.
    pub concept: Rc<str>,
    pub level: GeoLevel,
    pub frequency: Frequency,
    /// `None`: neither the indicator nor the scope says which years.
    pub period: Option<YearRange>,
    pub target_group: Option<Rc<str>>,
    pub min_measurements: u32,
    pub origin: NeedOrigin,
    pub reason: NeedReason,
    /// Datasets the user linked to the indicator; when there are any, only they count.
    pub linked_datasets: Rc<[DatasetId]>,
    /// Needs of the same indicator share a slot, so the concept is looked up once per analysis.
    pub(crate) concept_slot: u32,
}

/// The data needs of a reasoning line, ordered by origin.
pub fn derive_needs(line: &ReasoningLine) -> Vec<Need> {
    derive_with(line, &Facts::new(line), |need| need)
}

/// What needs of one indicator share.
struct Shared {
    concept: Rc<str>,
    linked: Rc<[DatasetId]>,
    target_group: Option<Rc<str>>,
    slot: u32,
}

/// Derives the needs, wrapping each as it is made (so the analysis builds its checked list
/// without moving every need twice).
pub(crate) fn derive_with<T>(
    line: &ReasoningLine,
    facts: &Facts,
    wrap: impl Fn(Need) -> T,
) -> Vec<T> {
    let graph = line.petgraph();
    let facts_of = |id: NodeId| line.index_of(id).and_then(|ix| facts.get(ix));
    // Per node index, the shared parts of its indicators, so edge needs reuse them.
    let mut shared: Vec<Vec<Shared>> = Vec::new();
    shared.resize_with(graph.node_bound(), Vec::new);
    let mut next_slot = 0u32;
    let mut needs = Vec::with_capacity(line.node_count() * 2 + line.edge_count() * 4);

    for node in line.nodes() {
        let (Some(ix), Some(f)) = (line.index_of(node.id), facts_of(node.id)) else {
            continue;
        };
        let fed_level = fed_level(line, node.id);
        let mut parts = Vec::with_capacity(node.node.indicators.len());
        for (i, indicator) in node.node.indicators.iter().enumerate() {
            let part = Shared {
                concept: Rc::from(indicator.concept.as_str()),
                linked: Rc::from(indicator.linked_datasets.as_slice()),
                target_group: match &indicator.target_group {
                    Some(group) => Some(Rc::from(group.as_str())),
                    None => f.target_group.clone(),
                },
                slot: next_slot,
            };
            next_slot = next_slot.saturating_add(1);
            let (level, min_measurements, reason) = match node.node.kind {
                NodeKind::Goal => (indicator.level, 2, NeedReason::GoalBaselineAndEnd),
                NodeKind::Outcome => (
                    f.upstream_intervention_level.unwrap_or(indicator.level),
                    2,
                    NeedReason::OutcomeBeforeAfter {
                        at_intervention_level: f.upstream_intervention_level.is_some(),
                    },
                ),
                NodeKind::Intervention => (
                    fed_level.map_or(indicator.level, |l| l.min(indicator.level)),
                    1,
                    NeedReason::InterventionReach,
                ),
            };
            needs.push(wrap(need(
                &part,
                Measure {
                    level,
                    frequency: indicator.frequency,
                    period: indicator.period.or(f.scope.period),
                    min_measurements,
                },
                NeedOrigin::Node {
                    node: node.id,
                    indicator: i,
                },
                reason,
            )));
            parts.push(part);
        }
        if let Some(slot) = shared.get_mut(ix.index()) {
            *slot = parts;
        }
    }

    for edge in line.edges() {
        let (Some(from), Some(to)) = (facts_of(edge.from), facts_of(edge.to)) else {
            continue;
        };
        let level = coarser(from.finest_level, to.finest_level);
        let frequency = coarser(from.finest_frequency, to.finest_frequency);
        let (Some(level), Some(frequency)) = (level, frequency) else {
            continue;
        };
        for (end, node, own, other) in [
            (EdgeEnd::From, edge.from, from, to),
            (EdgeEnd::To, edge.to, to, from),
        ] {
            let (Some(ix), Some(content)) = (line.index_of(node), line.node(node)) else {
                continue;
            };
            let parts = shared.get(ix.index()).map_or(&[][..], Vec::as_slice);
            for (i, (indicator, part)) in content.indicators.iter().zip(parts).enumerate() {
                let period = indicator.period.or(own.scope.period);
                let common = match (period, other.span) {
                    (Some(p), Some(o)) => p.overlap(o).or(Some(p)),
                    (p, _) => p,
                };
                needs.push(wrap(need(
                    part,
                    Measure {
                        level,
                        frequency,
                        period: common,
                        min_measurements: 2,
                    },
                    NeedOrigin::Edge {
                        edge: edge.id,
                        end,
                        node,
                        indicator: i,
                    },
                    NeedReason::EdgeAssumption,
                )));
            }
        }
    }
    needs
}

struct Measure {
    level: GeoLevel,
    frequency: Frequency,
    period: Option<YearRange>,
    min_measurements: u32,
}

fn need(part: &Shared, measure: Measure, origin: NeedOrigin, reason: NeedReason) -> Need {
    Need {
        concept: Rc::clone(&part.concept),
        level: measure.level,
        frequency: measure.frequency,
        period: measure.period,
        target_group: part.target_group.clone(),
        min_measurements: measure.min_measurements,
        origin,
        reason,
        linked_datasets: Rc::clone(&part.linked),
        concept_slot: part.slot,
    }
}

/// The finest level among the indicators of the outcomes and goals `id` feeds directly.
fn fed_level(line: &ReasoningLine, id: NodeId) -> Option<GeoLevel> {
    line.successors(id)
        .filter_map(|next| line.node(next))
        .filter(|n| n.kind != NodeKind::Intervention)
        .flat_map(|n| n.indicators.iter().map(|i| i.level))
        .min()
}

/// Both ends aggregate to the coarser one, so that is the level (or frequency) they share.
fn coarser<T: Ord>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}
