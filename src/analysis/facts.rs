//! Per-node facts every part of the analysis needs, computed once per analysis: the effective
//! scope, the period and levels a node is measured at, and what it reaches along the edges.
//!
//! Reachability is folded over strongly connected components in topological order, so it costs
//! one pass over the graph instead of one search per node, and cycles cannot make it loop.

use std::rc::Rc;

use petgraph::algo::tarjan_scc;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::NodeIndexable as _;
use petgraph::Direction;

use crate::model::{Frequency, GeoLevel, NodeId, NodeKind, ReasoningLine, Scope, YearRange};

#[derive(Clone, Debug, Default)]
pub(crate) struct NodeFacts {
    pub(crate) scope: Scope,
    pub(crate) target_group: Option<Rc<str>>,
    /// From the first to the last year any of its indicators (or its scope) is about.
    pub(crate) span: Option<YearRange>,
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

#[derive(Clone, Debug, Default)]
pub(crate) struct Facts {
    by_index: Vec<NodeFacts>,
    /// Nodes of each cycle, each sorted by id; cycles sorted by their first node.
    pub(crate) cycles: Vec<Vec<NodeId>>,
}

impl Facts {
    pub(crate) fn new(line: &ReasoningLine) -> Facts {
        let graph = line.petgraph();
        let mut by_index = vec![NodeFacts::default(); graph.node_bound()];
        for ix in graph.node_indices() {
            let slot = &graph[ix];
            let scope = line.effective_scope(slot.id);
            let indicators = &slot.node.indicators;
            if let Some(facts) = by_index.get_mut(ix.index()) {
                facts.span = indicators
                    .iter()
                    .filter_map(|i| i.period.or(scope.period))
                    .reduce(hull)
                    .or(scope.period);
                facts.finest_level = indicators.iter().map(|i| i.level).min();
                facts.finest_frequency = indicators.iter().map(|i| i.frequency).min();
                facts.target_group = scope.target_group.as_deref().map(Rc::from);
                facts.scope = scope;
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

    fn fold_reachability(&mut self, line: &ReasoningLine) {
        let graph = line.petgraph();
        // Tarjan yields components sinks first (reverse topological order).
        let components = tarjan_scc(graph);
        let mut component_of = vec![usize::MAX; graph.node_bound()];
        for (c, members) in components.iter().enumerate() {
            for ix in members {
                if let Some(slot) = component_of.get_mut(ix.index()) {
                    *slot = c;
                }
            }
        }
        let kind = |ix: NodeIndex| graph.node_weight(ix).map(|s| s.node.kind);
        let own_level = |ix: NodeIndex| {
            graph
                .node_weight(ix)
                .filter(|s| s.node.kind == NodeKind::Intervention)
                .and_then(|s| s.node.indicators.iter().map(|i| i.level).min())
        };
        let in_cycle = |members: &[NodeIndex]| {
            members.len() > 1
                || members
                    .iter()
                    .any(|&m| graph.neighbors(m).any(|next| next == m))
        };

        for (c, members) in components.iter().enumerate() {
            let cyclic = in_cycle(members);
            let mut reaches_goal =
                cyclic && members.iter().any(|&m| kind(m) == Some(NodeKind::Goal));
            for &m in members {
                for next in graph.neighbors_directed(m, Direction::Outgoing) {
                    if component_of.get(next.index()) != Some(&c) {
                        reaches_goal |= kind(next) == Some(NodeKind::Goal)
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

        for (c, members) in components.iter().enumerate().rev() {
            let cyclic = in_cycle(members);
            let mut reached = cyclic
                && members
                    .iter()
                    .any(|&m| kind(m) == Some(NodeKind::Intervention));
            let mut level = if cyclic {
                members.iter().filter_map(|&m| own_level(m)).min()
            } else {
                None
            };
            for &m in members {
                for prev in graph.neighbors_directed(m, Direction::Incoming) {
                    if component_of.get(prev.index()) == Some(&c) {
                        continue;
                    }
                    let upstream = self.get(prev);
                    reached |= kind(prev) == Some(NodeKind::Intervention)
                        || upstream.is_some_and(|f| f.reached_by_intervention);
                    let prev_level = upstream.and_then(|f| f.upstream_intervention_level);
                    level = finest(finest(level, prev_level), own_level(prev));
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

fn finest(a: Option<GeoLevel>, b: Option<GeoLevel>) -> Option<GeoLevel> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The smallest range holding both.
pub(crate) fn hull(a: YearRange, b: YearRange) -> YearRange {
    YearRange::new(a.from().min(b.from()), a.to().max(b.to())).unwrap_or(a)
}
