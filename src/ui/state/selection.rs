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
}
