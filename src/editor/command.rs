use std::collections::BTreeMap;

use super::history::Step;
use super::{Document, Editor};
use crate::layout::{auto_layout, Layout, Point};
use crate::model::{Action, ActionError, EdgeId, Node, NodeId};

/// Every change the editor makes. Each applied command is one undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A change of the reasoning line itself (edit a node or edge, connect, disconnect, ...).
    Edit(Action),
    /// A new node, drawn at `at`.
    AddNodeAt {
        node: Node,
        at: Point,
    },
    /// Moves nodes by `delta` and pins them there. A whole drag is one `Move`.
    Move {
        ids: Vec<NodeId>,
        delta: Point,
    },
    /// Deletes nodes (with their edges) and edges in one step.
    Delete {
        nodes: Vec<NodeId>,
        edges: Vec<EdgeId>,
    },
    /// Forgets the manual positions, so the automatic layout places every node.
    ResetLayout,
    /// Replaces the whole document (new, opened file, example); undo brings the old one back.
    Replace(Document),
    Undo,
    Redo,
}

/// What an applied command did, for the view (e.g. select what was created).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub created_nodes: Vec<NodeId>,
    pub created_edges: Vec<EdgeId>,
}

impl Editor {
    /// Applies a command. On error the document and the history are unchanged.
    pub fn apply(&mut self, command: Command) -> Result<Outcome, ActionError> {
        let outcome = match command {
            Command::Edit(action) => self.record_model(action, BTreeMap::new())?,
            Command::AddNodeAt { node, at } => {
                let id = self.document.line.next_node_id();
                let before = self.set_positions([(id, Some(at))]);
                match self.record_model(Action::AddNode { node }, before.clone()) {
                    Ok(outcome) => outcome,
                    Err(error) => {
                        self.set_positions(before);
                        return Err(error);
                    }
                }
            }
            Command::Move { ids, delta } => {
                let placed = self.placed();
                let targets: Vec<(NodeId, Option<Point>)> = ids
                    .iter()
                    .filter_map(|id| placed.positions.get(id).map(|p| (*id, p)))
                    .map(|(id, p)| {
                        (
                            id,
                            Some(Point {
                                x: p.x + delta.x,
                                y: p.y + delta.y,
                            }),
                        )
                    })
                    .collect();
                let before = self.set_positions(targets);
                self.record(Step {
                    model: None,
                    positions: before,
                    document: None,
                });
                Outcome::default()
            }
            Command::Delete {
                mut nodes,
                mut edges,
            } => {
                nodes.sort_unstable();
                nodes.dedup();
                edges.sort_unstable();
                edges.dedup();
                // Edges first; edges of deleted nodes go with their node. An unknown id refuses the whole step.
                let edge_actions = edges
                    .into_iter()
                    .filter(|id| {
                        let line = &self.document.line;
                        !line
                            .edge(*id)
                            .is_some_and(|e| nodes.contains(&e.from) || nodes.contains(&e.to))
                    })
                    .map(|id| Action::Disconnect { id });
                let node_actions = nodes.iter().map(|&id| Action::DeleteNode { id });
                let batch = Action::Batch(edge_actions.chain(node_actions).collect());
                let dropped = self.set_positions(nodes.iter().map(|&id| (id, None)));
                match self.record_model(batch, dropped.clone()) {
                    Ok(outcome) => outcome,
                    Err(error) => {
                        self.set_positions(dropped);
                        return Err(error);
                    }
                }
            }
            Command::ResetLayout => {
                // Inserted one by one: `collect` into this map type would add a sort instantiation.
                let mut before = BTreeMap::new();
                for (&id, &p) in &self.document.layout.positions {
                    before.insert(id, Some(p));
                }
                self.document.layout = Layout::default();
                self.record(Step {
                    model: None,
                    positions: before,
                    document: None,
                });
                Outcome::default()
            }
            Command::Replace(document) => {
                let old = std::mem::replace(&mut self.document, document);
                self.record(Step {
                    model: None,
                    positions: BTreeMap::new(),
                    document: Some(Box::new(old)),
                });
                Outcome::default()
            }
            Command::Undo => return Ok(self.travel(true)),
            Command::Redo => return Ok(self.travel(false)),
        };
        Ok(outcome)
    }

    /// Every node's position: the manual ones, and the automatic layout for the rest.
    pub fn placed(&self) -> Layout {
        auto_layout(&self.document.line, &self.document.layout)
    }

    fn record_model(
        &mut self,
        action: Action,
        positions: BTreeMap<NodeId, Option<Point>>,
    ) -> Result<Outcome, ActionError> {
        let applied = self.document.line.apply(action)?;
        self.record(Step {
            model: Some(applied.inverse),
            positions,
            document: None,
        });
        Ok(Outcome {
            created_nodes: applied.created_nodes,
            created_edges: applied.created_edges,
        })
    }

    fn record(&mut self, step: Step) {
        self.history.record(step);
        self.revision += 1;
    }

    /// Sets or clears manual positions; returns what they were, to restore on undo.
    fn set_positions(
        &mut self,
        changes: impl IntoIterator<Item = (NodeId, Option<Point>)>,
    ) -> BTreeMap<NodeId, Option<Point>> {
        let positions = &mut self.document.layout.positions;
        let mut before = BTreeMap::new();
        for (id, point) in changes {
            let old = match point {
                Some(point) => positions.insert(id, point),
                None => positions.remove(&id),
            };
            before.entry(id).or_insert(old);
        }
        before
    }

    /// Undoes (or redoes) one step; the step's own inverse goes onto the other stack.
    fn travel(&mut self, backwards: bool) -> Outcome {
        let step = if backwards {
            self.history.pop_undo()
        } else {
            self.history.pop_redo()
        };
        let Some(step) = step else {
            return Outcome::default();
        };
        let mut reverse = Step::default();
        let mut outcome = Outcome::default();
        if let Some(document) = step.document {
            reverse.document = Some(Box::new(std::mem::replace(&mut self.document, *document)));
        }
        if let Some(action) = step.model {
            // The stored inverse of an applied action always applies to the state it came from.
            if let Ok(applied) = self.document.line.apply(action) {
                outcome.created_nodes = applied.created_nodes;
                outcome.created_edges = applied.created_edges;
                reverse.model = Some(applied.inverse);
            }
        }
        reverse.positions = self.set_positions(step.positions);
        if backwards {
            self.history.push_redo(reverse);
        } else {
            self.history.push_undo(reverse);
        }
        self.revision += 1;
        outcome
    }
}
