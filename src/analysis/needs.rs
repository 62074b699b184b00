//! Which data each part of a reasoning line needs to be evaluated, and why.

use std::rc::Rc;

use petgraph::stable_graph::NodeIndex;
use petgraph::visit::NodeIndexable as _;
use petgraph::Direction;

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
    /// finer of the indicator's own level and the finest level the contributing interventions
    /// act on; `at_intervention_level` when the latter decides it (it is as fine or finer).
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
    let facts = Facts::new(line);
    let mut needs = Vec::with_capacity(count_needs(line, &facts));
    derive_with(line, &facts, |need| needs.push(need));
    needs
}

/// What needs of one indicator share.
struct Shared {
    concept: Rc<str>,
    linked: Rc<[DatasetId]>,
    target_group: Option<Rc<str>>,
    slot: u32,
}

/// Derives the needs in origin order, handing each to `emit` as it is made (so the analysis
/// checks it and stores it once, instead of walking the whole list again per step).
pub(crate) fn derive_with(line: &ReasoningLine, facts: &Facts, mut emit: impl FnMut(Need)) {
    // Per node index, where its indicators' shared parts start in `shared`, so edge needs reuse
    // them (one flat list, not a list per node).
    let mut first_part = vec![0usize; line.petgraph().node_bound()];
    let mut shared: Vec<Shared> = Vec::with_capacity(line.node_count() * 2);
    // Most indicators link nothing; they share one empty list instead of allocating one each.
    let no_links: Rc<[DatasetId]> = Rc::from(Vec::new());

    for (id, ix, node) in line.indexed_nodes() {
        let Some(f) = facts.get(ix) else {
            continue;
        };
        if let Some(start) = first_part.get_mut(ix.index()) {
            *start = shared.len();
        }
        let fed_level = fed_level(line, facts, ix);
        for (i, indicator) in node.indicators.iter().enumerate() {
            let part = Shared {
                concept: Rc::from(indicator.concept.as_str()),
                linked: if indicator.linked_datasets.is_empty() {
                    Rc::clone(&no_links)
                } else {
                    Rc::from(indicator.linked_datasets.as_slice())
                },
                target_group: match &indicator.target_group {
                    Some(group) => Some(Rc::from(group.as_str())),
                    None => f.target_group.clone(),
                },
                slot: u32::try_from(shared.len()).unwrap_or(u32::MAX),
            };
            let (level, min_measurements, reason) = match node.kind {
                NodeKind::Goal => (indicator.level, 2, NeedReason::GoalBaselineAndEnd),
                NodeKind::Outcome => {
                    // Interventions acting at a finer level make the outcome measurable there;
                    // a coarser intervention level never makes the need coarser than the
                    // indicator itself asks for.
                    let upstream = f.upstream_intervention_level;
                    (
                        upstream.map_or(indicator.level, |l| l.min(indicator.level)),
                        2,
                        NeedReason::OutcomeBeforeAfter {
                            at_intervention_level: upstream.is_some_and(|l| l <= indicator.level),
                        },
                    )
                }
                NodeKind::Intervention => (
                    fed_level.map_or(indicator.level, |l| l.min(indicator.level)),
                    1,
                    NeedReason::InterventionReach,
                ),
            };
            emit(need(
                &part,
                Measure {
                    level,
                    frequency: indicator.frequency,
                    period: indicator.period.or(f.period),
                    min_measurements,
                },
                NeedOrigin::Node {
                    node: id,
                    indicator: i,
                },
                reason,
            ));
            shared.push(part);
        }
    }

    let graph = line.petgraph();
    for (edge, from_ix, to_ix) in line.indexed_edges() {
        let (Some(from), Some(to)) = (facts.get(from_ix), facts.get(to_ix)) else {
            continue;
        };
        let level = coarser(from.finest_level, to.finest_level);
        let frequency = coarser(from.finest_frequency, to.finest_frequency);
        let (Some(level), Some(frequency)) = (level, frequency) else {
            continue;
        };
        for (end, ix, own, other) in [
            (EdgeEnd::From, from_ix, from, to),
            (EdgeEnd::To, to_ix, to, from),
        ] {
            let Some(slot) = graph.node_weight(ix) else {
                continue;
            };
            let start = first_part.get(ix.index()).copied().unwrap_or(0);
            let parts = shared.get(start..).unwrap_or(&[]);
            for (i, (indicator, part)) in slot.node.indicators.iter().zip(parts).enumerate() {
                let period = indicator.period.or(own.period);
                let common = match (period, other.span) {
                    (Some(p), Some(o)) => p.overlap(o).or(Some(p)),
                    (p, _) => p,
                };
                emit(need(
                    part,
                    Measure {
                        level,
                        frequency,
                        period: common,
                        min_measurements: 2,
                    },
                    NeedOrigin::Edge {
                        edge,
                        end,
                        node: slot.id,
                        indicator: i,
                    },
                    NeedReason::EdgeAssumption,
                ));
            }
        }
    }
}

/// Exactly how many needs `derive_with` makes, so their list is allocated once at its size.
pub(crate) fn count_needs(line: &ReasoningLine, facts: &Facts) -> usize {
    let indicators = |ix| facts.get(ix).map_or(0, |f| f.indicators);
    let on_nodes: usize = line.petgraph().node_indices().map(indicators).sum();
    let on_edges: usize = line
        .indexed_edges()
        // An edge has needs when both ends have indicators (so a level and a frequency).
        .filter(|&(_, from, to)| indicators(from) > 0 && indicators(to) > 0)
        .map(|(_, from, to)| indicators(from) + indicators(to))
        .sum();
    on_nodes + on_edges
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

/// The finest level among the indicators of the outcomes and goals the node at `ix` feeds
/// directly.
fn fed_level(line: &ReasoningLine, facts: &Facts, ix: NodeIndex) -> Option<GeoLevel> {
    line.petgraph()
        .neighbors_directed(ix, Direction::Outgoing)
        .filter_map(|next| facts.get(next))
        .filter(|f| f.kind.is_some_and(|k| k != NodeKind::Intervention))
        .filter_map(|f| f.finest_level)
        .min()
}

/// Both ends aggregate to the coarser one, so that is the level (or frequency) they share.
fn coarser<T: Ord>(a: Option<T>, b: Option<T>) -> Option<T> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}
