use std::collections::BTreeSet;

use crate::model::{EdgeId, NodeId};

/// What the user selected: nodes (one or more) or one edge.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    pub nodes: BTreeSet<NodeId>,
    pub edge: Option<EdgeId>,
}

impl Selection {
    pub fn node(id: NodeId) -> Selection {
        Selection {
            nodes: BTreeSet::from([id]),
            edge: None,
        }
    }

    /// Exactly these nodes (a rubber band, select all).
    pub fn many(nodes: BTreeSet<NodeId>) -> Selection {
        Selection { nodes, edge: None }
    }

    pub fn edge(id: EdgeId) -> Selection {
        Selection {
            nodes: BTreeSet::new(),
            edge: Some(id),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty() && self.edge.is_none()
    }

    /// The one selected node, when exactly one is selected.
    pub fn single_node(&self) -> Option<NodeId> {
        match (self.nodes.len(), self.nodes.first()) {
            (1, Some(&id)) => Some(id),
            _ => None,
        }
    }

    /// Adds or removes a node (Shift/Ctrl-click).
    pub fn toggled(&self, id: NodeId) -> Selection {
        let mut nodes = self.nodes.clone();
        if !nodes.remove(&id) {
            nodes.insert(id);
        }
        Selection { nodes, edge: None }
    }

    /// These nodes on top of the nodes already selected (a rubber band with Ctrl held).
    pub fn with_added(&self, nodes: BTreeSet<NodeId>) -> Selection {
        let mut all = self.nodes.clone();
        all.extend(nodes);
        Selection::many(all)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_keeps_the_nodes_and_drops_the_edge() {
        let mut start = Selection::node(NodeId(1));
        start.edge = Some(EdgeId(4));
        let added = start.with_added(BTreeSet::from([NodeId(2), NodeId(1)]));
        assert_eq!(
            added,
            Selection::many(BTreeSet::from([NodeId(1), NodeId(2)]))
        );
        assert_eq!(
            Selection::edge(EdgeId(4)).with_added(BTreeSet::new()),
            Selection::default()
        );
    }
}
