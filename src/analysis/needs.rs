//! Which data each part of a reasoning line needs to be evaluated, and why.

use std::rc::Rc;

use petgraph::stable_graph::NodeIndex;
use petgraph::visit::NodeIndexable as _;
use petgraph::Direction;

use super::facts::Facts;
use crate::model::{
    EdgeId, Frequency, GeoLevel, Indicator, NodeId, NodeKind, ReasoningLine, YearRange,
};

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
    Node { node: NodeId, indicator: u32 },
    /// Indicator number `indicator` of the node at one end of an edge.
    Edge {
        edge: EdgeId,
        end: EdgeEnd,
        node: NodeId,
        indicator: u32,
    },
}

impl NeedOrigin {
    /// The node whose indicator is measured.
    pub fn node(&self) -> NodeId {
        match *self {
            NeedOrigin::Node { node, .. } | NeedOrigin::Edge { node, .. } => node,
        }
    }

    /// The indicator's position (0-based) in its node.
    pub fn indicator(&self) -> usize {
        match *self {
            NeedOrigin::Node { indicator, .. } | NeedOrigin::Edge { indicator, .. } => {
                indicator as usize
            }
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

/// What the needs of each indicator are about: the concept and the target group, one entry per
/// indicator in origin order. Needs point here (`Need::subject`), so a need stays a small plain
/// value: the analysis of a large line writes and drops tens of thousands of needs per edit, and
/// shared strings in each would cost a cache miss per need for their reference counts. Concepts
/// sit in one text, not in a string per indicator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Subjects {
    text: String,
    entries: Vec<SubjectEntry>,
}

#[derive(Clone, Debug, PartialEq)]
struct SubjectEntry {
    /// The concept: `text[start..end]`.
    start: u32,
    end: u32,
    target_group: Option<Rc<str>>,
}

impl Subjects {
    fn with_capacity(subjects: usize) -> Subjects {
        Subjects {
            text: String::with_capacity(subjects * 32),
            entries: Vec::with_capacity(subjects),
        }
    }

    fn push(&mut self, concept: &str, target_group: Option<Rc<str>>) {
        let start = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.text.push_str(concept);
        let end = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.entries.push(SubjectEntry {
            start,
            end,
            target_group,
        });
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The indicator's concept as the user wrote it ("" for an unknown subject).
    pub fn concept(&self, subject: SubjectRef) -> &str {
        self.entries
            .get(subject.0 as usize)
            .and_then(|e| self.text.get(e.start as usize..e.end as usize))
            .unwrap_or("")
    }

    /// The indicator's own target group, or else that of the node's effective scope.
    pub fn target_group(&self, subject: SubjectRef) -> Option<&str> {
        self.entries
            .get(subject.0 as usize)
            .and_then(|e| e.target_group.as_deref())
    }
}

/// An entry in `Subjects`: what one indicator's needs are about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SubjectRef(pub u32);

/// One data need: what must be measured (see `subject`), where, how often and when.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Need {
    pub subject: SubjectRef,
    pub level: GeoLevel,
    pub frequency: Frequency,
    /// `None`: neither the indicator nor the scope says which years.
    pub period: Option<YearRange>,
    pub min_measurements: u32,
    pub origin: NeedOrigin,
    pub reason: NeedReason,
}

impl Need {
    /// A need asked for outside a reasoning line (an evaluation, a search): at `level`, every
    /// `frequency`, over `period`, one measurement.
    pub fn asked(level: GeoLevel, frequency: Frequency, period: Option<YearRange>) -> Need {
        Need {
            subject: SubjectRef(0),
            level,
            frequency,
            period,
            min_measurements: 1,
            origin: NeedOrigin::Node {
                node: crate::model::NodeId(0),
                indicator: 0,
            },
            reason: NeedReason::InterventionReach,
        }
    }
}

/// The data needs of a reasoning line and what they are about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DerivedNeeds {
    pub subjects: Subjects,
    /// Ordered by origin.
    pub needs: Vec<Need>,
}

/// The data needs of a reasoning line, ordered by origin.
pub fn derive_needs(line: &ReasoningLine) -> DerivedNeeds {
    let facts = Facts::new(line);
    let mut needs = Vec::with_capacity(count_needs(line, &facts));
    let subjects = derive_with(line, &facts, |need, _| needs.push(need));
    DerivedNeeds { subjects, needs }
}

/// Derives the needs in origin order, handing each to `emit` as it is made (so the analysis
/// checks it and stores it once, instead of walking the whole list again per step), with its
/// indicator for the first need of each indicator (the node's own need). Returns the subjects the
/// needs point to.
pub(crate) fn derive_with(
    line: &ReasoningLine,
    facts: &Facts,
    mut emit: impl FnMut(Need, Option<&Indicator>),
) -> Subjects {
    let indicators = line.node_count() * 2;
    // Per node index, where its indicators' subjects start, so edge needs point to them.
    let mut first_subject = vec![0u32; line.petgraph().node_bound()];
    let mut subjects = Subjects::with_capacity(indicators);
    // Per subject, the indicator's own period: edge needs read it here, in one dense list, rather
    // than from the (randomly placed) nodes at both ends of each edge.
    let mut own_periods: Vec<Option<YearRange>> = Vec::with_capacity(indicators);

    for (id, ix, node) in line.indexed_nodes() {
        let Some(f) = facts.get(ix) else {
            continue;
        };
        let start = u32::try_from(subjects.len()).unwrap_or(u32::MAX);
        if let Some(first) = first_subject.get_mut(ix.index()) {
            *first = start;
        }
        let fed_level = fed_level(line, facts, ix);
        for (i, indicator) in (0u32..).zip(&node.indicators) {
            let subject = SubjectRef(start.saturating_add(i));
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
            let need = Need {
                subject,
                level,
                frequency: indicator.frequency,
                period: indicator.period.or(f.period),
                min_measurements,
                origin: NeedOrigin::Node {
                    node: id,
                    indicator: i,
                },
                reason,
            };
            emit(need, Some(indicator));
            let target_group = match &indicator.target_group {
                Some(group) => Some(Rc::from(group.as_str())),
                None => f.target_group.clone(),
            };
            subjects.push(&indicator.concept, target_group);
            own_periods.push(indicator.period);
        }
    }

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
            let (Some(start), Some(node)) = (first_subject.get(ix.index()).copied(), own.id) else {
                continue;
            };
            let count = u32::try_from(own.indicators).unwrap_or(0);
            for i in 0..count {
                let subject = start.saturating_add(i);
                let own_period = own_periods.get(subject as usize).copied().flatten();
                let period = own_period.or(own.period);
                let common = match (period, other.span) {
                    (Some(p), Some(o)) => p.overlap(o).or(Some(p)),
                    (p, _) => p,
                };
                let need = Need {
                    subject: SubjectRef(subject),
                    level,
                    frequency,
                    period: common,
                    min_measurements: 2,
                    origin: NeedOrigin::Edge {
                        edge,
                        end,
                        node,
                        indicator: i,
                    },
                    reason: NeedReason::EdgeAssumption,
                };
                emit(need, None);
            }
        }
    }
    subjects
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
