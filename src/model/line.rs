use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::rc::Rc;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::Direction;

use super::ids::{EdgeId, NodeId};
use super::node::{Edge, Node, Scope};
use super::terms::NodeKind;
use crate::order;

mod dense;

/// Payloads sit behind `Rc` so cloning a reasoning line (for undo snapshots, or when the UI keeps
/// an old version) copies pointers, not texts.
#[derive(Clone, Debug)]
pub(crate) struct NodeSlot {
    pub(crate) id: NodeId,
    pub(crate) node: Rc<Node>,
}

#[derive(Clone, Debug)]
pub(crate) struct EdgeSlot {
    pub(crate) id: EdgeId,
    pub(crate) edge: Rc<Edge>,
}

/// A node as seen from outside the model.
#[derive(Clone, Copy, Debug)]
pub struct NodeRef<'a> {
    pub id: NodeId,
    pub node: &'a Node,
}

/// An edge as seen from outside the model: `from` contributes to `to`.
#[derive(Clone, Copy, Debug)]
pub struct EdgeRef<'a> {
    pub id: EdgeId,
    pub from: NodeId,
    pub to: NodeId,
    pub edge: &'a Edge,
}

/// A reasoning line: a titled directed graph of goals, outcomes and interventions.
///
/// Structural rules (allowed edge kinds, no duplicates, no self-loops) are enforced by
/// `Action::Connect`, not here: a loaded file may break them, and analysis reports it.
/// Invariants that always hold are checked by `invariant_violations`.
#[derive(Clone, Debug, Default)]
pub struct ReasoningLine {
    pub title: String,
    pub description: String,
    graph: StableDiGraph<NodeSlot, EdgeSlot>,
    nodes: BTreeMap<NodeId, NodeIndex>,
    edges: BTreeMap<EdgeId, EdgeIndex>,
    next_node: u32,
    next_edge: u32,
}

/// Why a structural change could not be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StructureError {
    #[error("there is no node {0}")]
    UnknownNode(NodeId),
    #[error("there is no edge {0}")]
    UnknownEdge(EdgeId),
    #[error("node id {0} is already in use")]
    NodeIdInUse(NodeId),
    #[error("edge id {0} is already in use")]
    EdgeIdInUse(EdgeId),
}

impl ReasoningLine {
    pub fn new(title: impl Into<String>) -> ReasoningLine {
        ReasoningLine {
            title: title.into(),
            ..ReasoningLine::default()
        }
    }

    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    pub fn contains_node(&self, id: NodeId) -> bool {
        self.nodes.contains_key(&id)
    }

    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(&id).map(|&ix| &*self.graph[ix].node)
    }

    /// The shared payload, for callers that compare by pointer to skip unchanged work.
    pub fn node_rc(&self, id: NodeId) -> Option<Rc<Node>> {
        self.nodes
            .get(&id)
            .map(|&ix| Rc::clone(&self.graph[ix].node))
    }

    pub fn edge(&self, id: EdgeId) -> Option<EdgeRef<'_>> {
        self.edges.get(&id).map(|&ix| self.edge_ref(ix))
    }

    /// All nodes, in id order.
    pub fn nodes(&self) -> impl Iterator<Item = NodeRef<'_>> + '_ {
        self.nodes.iter().map(|(&id, &ix)| NodeRef {
            id,
            node: &self.graph[ix].node,
        })
    }

    pub fn node_ids(&self) -> impl Iterator<Item = NodeId> + '_ {
        self.nodes.keys().copied()
    }

    /// All edges, in id order.
    pub fn edges(&self) -> impl Iterator<Item = EdgeRef<'_>> + '_ {
        self.edges.values().map(|&ix| self.edge_ref(ix))
    }

    /// Edges leaving `id` (what it contributes to), in edge id order.
    pub fn outgoing(&self, id: NodeId) -> Vec<EdgeRef<'_>> {
        self.incident(id, Direction::Outgoing)
    }

    /// Edges entering `id` (what contributes to it), in edge id order.
    pub fn incoming(&self, id: NodeId) -> Vec<EdgeRef<'_>> {
        self.incident(id, Direction::Incoming)
    }

    /// The edge `from -> to` with the lowest id, if any.
    pub fn find_edge(&self, from: NodeId, to: NodeId) -> Option<EdgeId> {
        self.outgoing(from)
            .into_iter()
            .find(|e| e.to == to)
            .map(|e| e.id)
    }

    /// The id the next `add_node` will hand out.
    pub fn next_node_id(&self) -> NodeId {
        NodeId(self.next_node)
    }

    pub fn next_edge_id(&self) -> EdgeId {
        EdgeId(self.next_edge)
    }

    /// Adds a node under a fresh id.
    pub fn add_node(&mut self, node: Node) -> NodeId {
        let id = self.next_node_id();
        self.place_node(id, Rc::new(node));
        id
    }

    /// Adds a node under a given id (file loading, undo). Ids are never reused for another node,
    /// so later `add_node` calls stay above it.
    pub fn insert_node(&mut self, id: NodeId, node: Node) -> Result<(), StructureError> {
        if self.nodes.contains_key(&id) {
            return Err(StructureError::NodeIdInUse(id));
        }
        self.place_node(id, Rc::new(node));
        Ok(())
    }

    fn place_node(&mut self, id: NodeId, node: Rc<Node>) {
        let ix = self.graph.add_node(NodeSlot { id, node });
        self.nodes.insert(id, ix);
        self.next_node = self.next_node.max(id.0.saturating_add(1));
    }

    /// Adds an edge under a fresh id, without judging whether it makes sense (see `Action::Connect`).
    pub fn add_edge(
        &mut self,
        from: NodeId,
        to: NodeId,
        edge: Edge,
    ) -> Result<EdgeId, StructureError> {
        let id = self.next_edge_id();
        self.insert_edge(id, from, to, edge)?;
        Ok(id)
    }

    pub fn insert_edge(
        &mut self,
        id: EdgeId,
        from: NodeId,
        to: NodeId,
        edge: Edge,
    ) -> Result<(), StructureError> {
        if self.edges.contains_key(&id) {
            return Err(StructureError::EdgeIdInUse(id));
        }
        let a = *self
            .nodes
            .get(&from)
            .ok_or(StructureError::UnknownNode(from))?;
        let b = *self.nodes.get(&to).ok_or(StructureError::UnknownNode(to))?;
        let ix = self.graph.add_edge(
            a,
            b,
            EdgeSlot {
                id,
                edge: Rc::new(edge),
            },
        );
        self.edges.insert(id, ix);
        self.next_edge = self.next_edge.max(id.0.saturating_add(1));
        Ok(())
    }

    /// Replaces a node's content; returns the old content.
    pub fn set_node(&mut self, id: NodeId, node: Node) -> Result<Node, StructureError> {
        let ix = *self.nodes.get(&id).ok_or(StructureError::UnknownNode(id))?;
        let old = std::mem::replace(&mut self.graph[ix].node, Rc::new(node));
        Ok(Rc::unwrap_or_clone(old))
    }

    pub fn set_edge(&mut self, id: EdgeId, edge: Edge) -> Result<Edge, StructureError> {
        let ix = *self.edges.get(&id).ok_or(StructureError::UnknownEdge(id))?;
        let old = std::mem::replace(&mut self.graph[ix].edge, Rc::new(edge));
        Ok(Rc::unwrap_or_clone(old))
    }

    /// Removes a node and its edges; returns the node and the removed edges (in id order).
    pub fn remove_node(&mut self, id: NodeId) -> Result<(Node, Vec<RemovedEdge>), StructureError> {
        let ix = *self.nodes.get(&id).ok_or(StructureError::UnknownNode(id))?;
        let mut edge_ids: Vec<EdgeId> = self
            .graph
            .edges_directed(ix, Direction::Outgoing)
            .chain(self.graph.edges_directed(ix, Direction::Incoming))
            .map(|e| e.weight().id)
            .collect();
        edge_ids.sort_unstable();
        edge_ids.dedup();
        let mut removed = Vec::with_capacity(edge_ids.len());
        for edge_id in edge_ids {
            removed.push(self.remove_edge(edge_id)?);
        }
        self.nodes.remove(&id);
        let slot = self
            .graph
            .remove_node(ix)
            .ok_or(StructureError::UnknownNode(id))?;
        Ok((Rc::unwrap_or_clone(slot.node), removed))
    }

    pub fn remove_edge(&mut self, id: EdgeId) -> Result<RemovedEdge, StructureError> {
        let ix = self
            .edges
            .remove(&id)
            .ok_or(StructureError::UnknownEdge(id))?;
        let (a, b) = self
            .graph
            .edge_endpoints(ix)
            .ok_or(StructureError::UnknownEdge(id))?;
        let from = self.graph[a].id;
        let to = self.graph[b].id;
        let slot = self
            .graph
            .remove_edge(ix)
            .ok_or(StructureError::UnknownEdge(id))?;
        Ok(RemovedEdge {
            id,
            from,
            to,
            edge: Rc::unwrap_or_clone(slot.edge),
        })
    }

    /// The scope that applies to a node: its own fields, completed from the nearest goal it
    /// contributes to (following edges forward; ties go to the lowest goal id). A goal's scope is
    /// completed from the goals it is a sub-goal of in the same way.
    pub fn effective_scope(&self, id: NodeId) -> Scope {
        let Some(&start) = self.nodes.get(&id) else {
            return Scope::default();
        };
        let mut scope = self.graph[start].node.scope.clone();
        let mut seen = BTreeSet::from([start]);
        let mut frontier = VecDeque::from([start]);
        // Breadth first, one distance ring at a time, so the nearest goals are merged first.
        while !frontier.is_empty() && !scope_is_complete(&scope) {
            let mut ring: Vec<NodeIndex> = Vec::new();
            while let Some(ix) = frontier.pop_front() {
                for next in self.graph.neighbors_directed(ix, Direction::Outgoing) {
                    if seen.insert(next) {
                        ring.push(next);
                    }
                }
            }
            order::sort_by_key(&mut ring, |&ix| u64::from(self.graph[ix].id.0));
            for &ix in &ring {
                let node = &self.graph[ix].node;
                if node.kind == NodeKind::Goal {
                    scope = scope.or(&node.scope);
                }
            }
            frontier.extend(ring);
        }
        scope
    }

    /// The petgraph graph, for graph algorithms inside the crate (cycles, reachability).
    pub(crate) fn petgraph(&self) -> &StableDiGraph<NodeSlot, EdgeSlot> {
        &self.graph
    }

    /// Nodes `id` contributes to directly (unordered, may repeat with parallel edges).
    pub fn successors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.neighbours(id, Direction::Outgoing)
    }

    /// Nodes that contribute to `id` directly (unordered, may repeat with parallel edges).
    pub fn predecessors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.neighbours(id, Direction::Incoming)
    }

    fn neighbours(&self, id: NodeId, direction: Direction) -> impl Iterator<Item = NodeId> + '_ {
        self.nodes
            .get(&id)
            .into_iter()
            .flat_map(move |&ix| self.graph.neighbors_directed(ix, direction))
            .map(|ix| self.graph[ix].id)
    }

    /// Broken internal invariants, described; empty when all hold. For tests and debug checks.
    pub fn invariant_violations(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.nodes.len() != self.graph.node_count() {
            problems.push(format!(
                "{} node ids for {} graph nodes",
                self.nodes.len(),
                self.graph.node_count()
            ));
        }
        if self.edges.len() != self.graph.edge_count() {
            problems.push(format!(
                "{} edge ids for {} graph edges",
                self.edges.len(),
                self.graph.edge_count()
            ));
        }
        for (&id, &ix) in &self.nodes {
            match self.graph.node_weight(ix) {
                Some(slot) if slot.id == id => {}
                _ => problems.push(format!("node {id} points at a wrong graph slot")),
            }
            if id.0 >= self.next_node {
                problems.push(format!(
                    "node {id} is not below the next id n{}",
                    self.next_node
                ));
            }
        }
        for (&id, &ix) in &self.edges {
            match self.graph.edge_weight(ix) {
                Some(slot) if slot.id == id => {}
                _ => problems.push(format!("edge {id} points at a wrong graph slot")),
            }
            if id.0 >= self.next_edge {
                problems.push(format!(
                    "edge {id} is not below the next id e{}",
                    self.next_edge
                ));
            }
        }
        problems
    }

    fn edge_ref(&self, ix: EdgeIndex) -> EdgeRef<'_> {
        let slot = &self.graph[ix];
        let (a, b) = self
            .graph
            .edge_endpoints(ix)
            .unwrap_or((NodeIndex::end(), NodeIndex::end()));
        EdgeRef {
            id: slot.id,
            from: self.graph.node_weight(a).map_or(NodeId(u32::MAX), |s| s.id),
            to: self.graph.node_weight(b).map_or(NodeId(u32::MAX), |s| s.id),
            edge: &slot.edge,
        }
    }

    fn incident(&self, id: NodeId, direction: Direction) -> Vec<EdgeRef<'_>> {
        let Some(&ix) = self.nodes.get(&id) else {
            return Vec::new();
        };
        // Sorting the ids (as `remove_node` does) rather than the references reuses one sort
        // instantiation in the WebAssembly instead of adding another.
        let mut ids: Vec<EdgeId> = self
            .graph
            .edges_directed(ix, direction)
            .map(|e| e.weight().id)
            .collect();
        ids.sort_unstable();
        ids.iter()
            .filter_map(|id| self.edges.get(id).map(|&ix| self.edge_ref(ix)))
            .collect()
    }
}

fn scope_is_complete(scope: &Scope) -> bool {
    scope.area.is_some() && scope.target_group.is_some() && scope.period.is_some()
}

/// An edge taken out of the graph, with enough to put it back.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedEdge {
    pub id: EdgeId,
    pub from: NodeId,
    pub to: NodeId,
    pub edge: Edge,
}

/// Reasoning lines are equal when they have the same title, description, nodes and edges under
/// the same ids; how petgraph stores them and which ids were used before does not matter.
impl PartialEq for ReasoningLine {
    fn eq(&self, other: &Self) -> bool {
        self.title == other.title
            && self.description == other.description
            && self.nodes.len() == other.nodes.len()
            && self.edges.len() == other.edges.len()
            && self
                .nodes()
                .zip(other.nodes())
                .all(|(a, b)| a.id == b.id && a.node == b.node)
            && self
                .edges()
                .zip(other.edges())
                .all(|(a, b)| a.id == b.id && a.from == b.from && a.to == b.to && a.edge == b.edge)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::YearRange;

    fn scoped_goal(title: &str, area: &str, period: Option<YearRange>) -> Node {
        let mut goal = Node::new(NodeKind::Goal, title);
        goal.scope.area = Some(area.to_owned());
        goal.scope.period = period;
        goal
    }

    #[test]
    fn scope_flows_from_the_nearest_goal_unless_set_locally() {
        let mut line = ReasoningLine::new("Eenzaamheid");
        let period = YearRange::new(2024, 2027);
        let goal = line.add_node(scoped_goal(
            "Minder eenzame ouderen",
            "Gemeente Utrecht",
            period,
        ));
        let outcome = line.add_node(Node::new(NodeKind::Outcome, "Meer sociale contacten"));
        let mut local = Node::new(NodeKind::Intervention, "Buurtkamer in Overvecht");
        local.scope.area = Some("wijk Overvecht".to_owned());
        let intervention = line.add_node(local);
        line.add_edge(intervention, outcome, Edge::default())
            .unwrap();
        line.add_edge(outcome, goal, Edge::default()).unwrap();

        let outcome_scope = line.effective_scope(outcome);
        assert_eq!(outcome_scope.area.as_deref(), Some("Gemeente Utrecht"));
        assert_eq!(outcome_scope.period, period);

        let intervention_scope = line.effective_scope(intervention);
        assert_eq!(intervention_scope.area.as_deref(), Some("wijk Overvecht"));
        assert_eq!(intervention_scope.period, period);
    }

    #[test]
    fn nearer_goals_win_and_ties_go_to_the_lowest_id() {
        let mut line = ReasoningLine::new("Armoede");
        let far = line.add_node(scoped_goal("Hoofddoel", "Gemeente", None));
        let near_b = line.add_node(scoped_goal("Subdoel B", "Wijk B", None));
        let near_a = line.add_node(scoped_goal("Subdoel A", "Wijk A", None));
        let outcome = line.add_node(Node::new(NodeKind::Outcome, "Effect"));
        line.add_edge(outcome, near_a, Edge::default()).unwrap();
        line.add_edge(outcome, near_b, Edge::default()).unwrap();
        line.add_edge(near_a, far, Edge::default()).unwrap();
        assert_eq!(
            line.effective_scope(outcome).area.as_deref(),
            Some("Wijk B")
        );
        assert_eq!(line.effective_scope(near_a).area.as_deref(), Some("Wijk A"));
    }

    #[test]
    fn cycles_do_not_trap_scope_inheritance() {
        let mut line = ReasoningLine::new("Kring");
        let a = line.add_node(Node::new(NodeKind::Outcome, "A"));
        let b = line.add_node(Node::new(NodeKind::Outcome, "B"));
        line.add_edge(a, b, Edge::default()).unwrap();
        line.add_edge(b, a, Edge::default()).unwrap();
        assert!(line.effective_scope(a).is_empty());
        assert!(line.effective_scope(NodeId(99)).is_empty());
    }

    #[test]
    fn removing_a_node_returns_its_edges_in_id_order() {
        let mut line = ReasoningLine::new("Armoede");
        let goal = line.add_node(Node::new(NodeKind::Goal, "Doel"));
        let outcome = line.add_node(Node::new(NodeKind::Outcome, "Effect"));
        let intervention = line.add_node(Node::new(NodeKind::Intervention, "Interventie"));
        let e0 = line.add_edge(outcome, goal, Edge::default()).unwrap();
        let e1 = line
            .add_edge(intervention, outcome, Edge::default())
            .unwrap();
        let (_, removed) = line.remove_node(outcome).unwrap();
        assert_eq!(
            removed.iter().map(|e| e.id).collect::<Vec<_>>(),
            vec![e0, e1]
        );
        assert!(line.invariant_violations().is_empty());
        assert_eq!(line.edge_count(), 0);
    }
}
