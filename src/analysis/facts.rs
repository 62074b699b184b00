//! Per-node facts every part of the analysis needs, computed once per analysis: the effective
//! scope, the period and levels a node is measured at, and what it reaches along the edges.
//!
//! Everything is stored densely by petgraph node index and read from there in the hot loops, so
//! the analysis does not look ids up in a map (or chase a node's payload) per need. Scopes come
//! from one pass over the graph (`ReasoningLine::scope_sources`), and reachability is folded over
//! strongly connected components in topological order, so cycles cannot make it loop.

use std::rc::Rc;

use petgraph::algo::TarjanScc;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::NodeIndexable as _;
use petgraph::Direction;

use crate::model::{Frequency, GeoLevel, NodeId, NodeKind, ReasoningLine, YearRange};

#[derive(Clone, Debug, Default)]
pub(crate) struct NodeFacts {
    /// `None` for an index petgraph does not use.
    pub(crate) id: Option<NodeId>,
    /// `None` for an index petgraph does not use (a removed node).
    pub(crate) kind: Option<NodeKind>,
    /// The period of its effective scope.
    pub(crate) period: Option<YearRange>,
    /// The target group of its effective scope (shared by all nodes that inherit it).
    pub(crate) target_group: Option<Rc<str>>,
    /// From the first to the last year any of its indicators (or its scope) is about.
    pub(crate) span: Option<YearRange>,
    /// How many indicators it has.
    pub(crate) indicators: usize,
    /// The finest level and frequency among its own indicators.
    pub(crate) finest_level: Option<GeoLevel>,
    pub(crate) finest_frequency: Option<Frequency>,
    /// There is a path of one or more edges to a goal.
    pub(crate) reaches_goal: bool,
    /// There is a path of one or more edges from an intervention.
    pub(crate) reached_by_intervention: bool,
    /// The finest indicator level of the interventions with a path to this node.
    pub(crate) upstream_intervention_level: Option<GeoLevel>,
}

impl NodeFacts {
    /// The finest level an intervention acts on (its own indicators); `None` for other kinds.
    fn intervention_level(&self) -> Option<GeoLevel> {
        self.finest_level
            .filter(|_| self.kind == Some(NodeKind::Intervention))
    }
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Facts {
    by_index: Vec<NodeFacts>,
    /// Nodes of each cycle, each sorted by id; cycles sorted by their first node.
    pub(crate) cycles: Vec<Vec<NodeId>>,
}

impl Facts {
    pub(crate) fn new(line: &ReasoningLine) -> Facts {
        let graph = line.petgraph();
        let sources = line.scope_sources();
        let scope_of = |source: Option<NodeIndex>| {
            source
                .and_then(|s| graph.node_weight(s))
                .map(|s| &s.node.scope)
        };
        // One shared text per node that sets a target group, not one copy per node inheriting it.
        let mut groups: Vec<Option<Rc<str>>> = vec![None; graph.node_bound()];
        let mut by_index = vec![NodeFacts::default(); graph.node_bound()];
        for ix in graph.node_indices() {
            let indicators = &graph[ix].node.indicators;
            let period = scope_of(sources.period(ix)).and_then(|s| s.period);
            let group_source = sources.target_group(ix);
            let target_group = group_source.and_then(|source| {
                let text = scope_of(Some(source))?.target_group.as_deref()?;
                let shared = groups.get_mut(source.index())?;
                Some(Rc::clone(shared.get_or_insert_with(|| Rc::from(text))))
            });
            if let Some(facts) = by_index.get_mut(ix.index()) {
                *facts = NodeFacts {
                    id: Some(graph[ix].id),
                    kind: Some(graph[ix].node.kind),
                    indicators: indicators.len(),
                    period,
                    target_group,
                    span: indicators
                        .iter()
                        .filter_map(|i| i.period.or(period))
                        .reduce(hull)
                        .or(period),
                    finest_level: indicators.iter().map(|i| i.level).min(),
                    finest_frequency: indicators.iter().map(|i| i.frequency).min(),
                    ..NodeFacts::default()
                };
            }
        }
        let mut facts = Facts {
            by_index,
            cycles: Vec::new(),
        };
        facts.fold_reachability(line);
        facts
    }

    pub(crate) fn get(&self, ix: NodeIndex) -> Option<&NodeFacts> {
        self.by_index.get(ix.index())
    }

    fn kind(&self, ix: NodeIndex) -> Option<NodeKind> {
        self.get(ix).and_then(|f| f.kind)
    }

    fn fold_reachability(&mut self, line: &ReasoningLine) {
        let graph = line.petgraph();
        // Components in one flat list (no allocation per component): component `c` is
        // `members[ends[c - 1]..ends[c]]`. Tarjan yields them sinks first (reverse topological).
        let mut members: Vec<NodeIndex> = Vec::with_capacity(graph.node_count());
        let mut ends: Vec<usize> = Vec::new();
        let mut component_of = vec![usize::MAX; graph.node_bound()];
        TarjanScc::new().run(graph, |component| {
            for ix in component {
                if let Some(slot) = component_of.get_mut(ix.index()) {
                    *slot = ends.len();
                }
            }
            members.extend_from_slice(component);
            ends.push(members.len());
        });
        let component = |c: usize| {
            let start = c.checked_sub(1).and_then(|p| ends.get(p)).copied();
            let end = ends.get(c).copied().unwrap_or(0);
            members.get(start.unwrap_or(0)..end).unwrap_or(&[])
        };
        let in_cycle = |members: &[NodeIndex]| {
            members.len() > 1
                || members
                    .iter()
                    .any(|&m| graph.neighbors(m).any(|next| next == m))
        };

        for c in 0..ends.len() {
            let members = component(c);
            let cyclic = in_cycle(members);
            let mut reaches_goal = cyclic
                && members
                    .iter()
                    .any(|&m| self.kind(m) == Some(NodeKind::Goal));
            for &m in members {
                for next in graph.neighbors_directed(m, Direction::Outgoing) {
                    if component_of.get(next.index()) != Some(&c) {
                        reaches_goal |= self.kind(next) == Some(NodeKind::Goal)
                            || self.get(next).is_some_and(|f| f.reaches_goal);
                    }
                }
            }
            self.set(members, |f| f.reaches_goal = reaches_goal);
            if cyclic {
                let mut ids: Vec<NodeId> = members
                    .iter()
                    .filter_map(|&m| graph.node_weight(m).map(|s| s.id))
                    .collect();
                ids.sort_unstable();
                self.cycles.push(ids);
            }
        }

        for c in (0..ends.len()).rev() {
            let members = component(c);
            let cyclic = in_cycle(members);
            let mut reached = cyclic
                && members
                    .iter()
                    .any(|&m| self.kind(m) == Some(NodeKind::Intervention));
            let mut level = if cyclic {
                members
                    .iter()
                    .filter_map(|&m| self.get(m).and_then(NodeFacts::intervention_level))
                    .min()
            } else {
                None
            };
            for &m in members {
                for prev in graph.neighbors_directed(m, Direction::Incoming) {
                    if component_of.get(prev.index()) == Some(&c) {
                        continue;
                    }
                    if let Some(upstream) = self.get(prev) {
                        reached |= upstream.kind == Some(NodeKind::Intervention)
                            || upstream.reached_by_intervention;
                        level = finest(
                            finest(level, upstream.upstream_intervention_level),
                            upstream.intervention_level(),
                        );
                    }
                }
            }
            self.set(members, |f| {
                f.reached_by_intervention = reached;
                f.upstream_intervention_level = level;
            });
        }
        self.cycles.sort_unstable();
    }

    fn set(&mut self, members: &[NodeIndex], mut update: impl FnMut(&mut NodeFacts)) {
        for ix in members {
            if let Some(facts) = self.by_index.get_mut(ix.index()) {
                update(facts);
            }
        }
    }
}

/// The finer of two levels, either of which may be unknown.
pub(crate) fn finest(a: Option<GeoLevel>, b: Option<GeoLevel>) -> Option<GeoLevel> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The smallest range holding both.
pub(crate) fn hull(a: YearRange, b: YearRange) -> YearRange {
    YearRange::new(a.from().min(b.from()), a.to().max(b.to())).unwrap_or(a)
}
