//! Index-based views of a reasoning line for the analysis, which runs after every edit: nodes and
//! edges with their petgraph indices (so per-node data can live in a dense `Vec` instead of a map
//! keyed by id), and all effective scopes in one pass instead of one search per node.

use std::collections::BTreeMap;

use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef as _, IntoNodeReferences as _, NodeIndexable as _};
use petgraph::Direction;

use super::ReasoningLine;
use crate::model::{EdgeId, Node, NodeId, NodeKind, Scope};

/// For every node (by petgraph index), whose own scope gives each field of its effective scope:
/// the node itself, a goal it contributes to, or nobody (`None`).
#[derive(Clone, Debug, Default)]
pub(crate) struct ScopeSources {
    area: Vec<Option<NodeIndex>>,
    target_group: Vec<Option<NodeIndex>>,
    period: Vec<Option<NodeIndex>>,
}

impl ScopeSources {
    pub(crate) fn area(&self, ix: NodeIndex) -> Option<NodeIndex> {
        source_of(&self.area, ix)
    }

    pub(crate) fn target_group(&self, ix: NodeIndex) -> Option<NodeIndex> {
        source_of(&self.target_group, ix)
    }

    pub(crate) fn period(&self, ix: NodeIndex) -> Option<NodeIndex> {
        source_of(&self.period, ix)
    }
}

fn source_of(sources: &[Option<NodeIndex>], ix: NodeIndex) -> Option<NodeIndex> {
    sources.get(ix.index()).copied().flatten()
}

impl ReasoningLine {
    /// All nodes in id order, with their petgraph index.
    pub(crate) fn indexed_nodes(&self) -> impl Iterator<Item = (NodeId, NodeIndex, &Node)> + '_ {
        self.nodes
            .iter()
            .filter_map(|(&id, &ix)| self.graph.node_weight(ix).map(|s| (id, ix, &*s.node)))
    }

    /// All edges in id order, with the petgraph indices of their ends (`from` contributes to
    /// `to`).
    pub(crate) fn indexed_edges(
        &self,
    ) -> impl Iterator<Item = (EdgeId, NodeIndex, NodeIndex)> + '_ {
        self.edges.iter().filter_map(|(&id, &ix)| {
            self.graph
                .edge_endpoints(ix)
                .map(|(from, to)| (id, from, to))
        })
    }

    /// Edges leaving the node at `ix`, as (target id, edge id), unordered.
    pub(crate) fn outgoing_ids(
        &self,
        ix: NodeIndex,
    ) -> impl Iterator<Item = (NodeId, EdgeId)> + '_ {
        self.graph
            .edges_directed(ix, Direction::Outgoing)
            .filter_map(|e| {
                self.graph
                    .node_weight(e.target())
                    .map(|s| (s.id, e.weight().id))
            })
    }

    /// Where each field of every node's effective scope comes from; gives exactly what
    /// `effective_scope` gives, in one pass over the graph per field instead of one search per
    /// node.
    pub(crate) fn scope_sources(&self) -> ScopeSources {
        let goals: Vec<NodeIndex> = self
            .indexed_nodes()
            .filter(|(_, _, node)| node.kind == NodeKind::Goal)
            .map(|(_, ix, _)| ix)
            .collect();
        ScopeSources {
            area: self.nearest_sources(&goals, |s| s.area.is_some()),
            target_group: self.nearest_sources(&goals, |s| s.target_group.is_some()),
            period: self.nearest_sources(&goals, |s| s.period.is_some()),
        }
    }

    /// The effective scope of every node, computed in one pass (see `scope_sources`).
    pub fn effective_scopes(&self) -> BTreeMap<NodeId, Scope> {
        let sources = self.scope_sources();
        let own = |source: Option<NodeIndex>| {
            source
                .and_then(|s| self.graph.node_weight(s))
                .map(|s| &s.node.scope)
        };
        self.indexed_nodes()
            .map(|(id, ix, _)| {
                let scope = Scope {
                    area: own(sources.area(ix)).and_then(|s| s.area.clone()),
                    target_group: own(sources.target_group(ix))
                        .and_then(|s| s.target_group.clone()),
                    period: own(sources.period(ix)).and_then(|s| s.period),
                };
                (id, scope)
            })
            .collect()
    }

    /// Per node index, the node whose own scope sets the field `has` looks at: the node itself
    /// when it sets it, otherwise the goal setting it with the smallest (distance along
    /// "contributes to" edges, goal id), as `effective_scope` picks it. `goals` are in id order.
    ///
    /// A breadth-first search backwards from all those goals at once, one distance ring at a time.
    /// Rings are walked in goal id order, so the first goal to reach a node is the right one: a
    /// node first reached in ring d+1 is reached from a node of ring d, and ring d lists its nodes
    /// by the id of their goal (ring 0: the goals by id; each later ring in the order found).
    fn nearest_sources(
        &self,
        goals: &[NodeIndex],
        has: impl Fn(&Scope) -> bool,
    ) -> Vec<Option<NodeIndex>> {
        let graph = &self.graph;
        let mut nearest: Vec<Option<NodeIndex>> = vec![None; graph.node_bound()];
        let mut ring: Vec<NodeIndex> = Vec::new();
        for &ix in goals {
            if graph.node_weight(ix).is_some_and(|s| has(&s.node.scope)) {
                if let Some(slot) = nearest.get_mut(ix.index()) {
                    *slot = Some(ix);
                }
                ring.push(ix);
            }
        }
        let mut next_ring = Vec::new();
        while !ring.is_empty() {
            for &ix in &ring {
                let Some(goal) = source_of(&nearest, ix) else {
                    continue;
                };
                for before in graph.neighbors_directed(ix, Direction::Incoming) {
                    if let Some(slot @ None) = nearest.get_mut(before.index()) {
                        *slot = Some(goal);
                        next_ring.push(before);
                    }
                }
            }
            std::mem::swap(&mut ring, &mut next_ring);
            next_ring.clear();
        }
        // A node's own field wins over anything inherited.
        for (ix, slot) in graph.node_references() {
            if has(&slot.node.scope) {
                if let Some(slot) = nearest.get_mut(ix.index()) {
                    *slot = Some(ix);
                }
            }
        }
        nearest
    }
}
