use super::choice::DatasetChoice;
use super::ids::{EdgeId, NodeId};
use super::line::{ReasoningLine, StructureError};
use super::node::{Edge, Indicator, Node};
use super::terms::NodeKind;
use crate::catalog::DatasetId;
use crate::i18n::{Lang, Msg};

/// Every change to a reasoning line. The editor, file loading and undo/redo all go through
/// `ReasoningLine::apply`, so one method holds the rules.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetTitle(String),
    SetDescription(String),
    /// A new node under a fresh id.
    AddNode {
        node: Node,
    },
    /// A node under a known id (undo of a delete, redo of an add).
    RestoreNode {
        id: NodeId,
        node: Node,
    },
    EditNode {
        id: NodeId,
        node: Node,
    },
    /// Deletes the node and its edges.
    DeleteNode {
        id: NodeId,
    },
    /// A new edge `from -> to`, refused when it breaks the rules of a reasoning line.
    Connect {
        from: NodeId,
        to: NodeId,
        edge: Edge,
    },
    /// An edge under a known id, without judging it (undo of a disconnect).
    RestoreEdge {
        id: EdgeId,
        from: NodeId,
        to: NodeId,
        edge: Edge,
    },
    EditEdge {
        id: EdgeId,
        edge: Edge,
    },
    Disconnect {
        id: EdgeId,
    },
    /// Links a dataset to an indicator by hand, says it does not fit, or forgets either decision.
    /// `indicator` is the position in the node's list of indicators.
    ChooseDataset {
        node: NodeId,
        indicator: usize,
        dataset: DatasetId,
        choice: DatasetChoice,
    },
    /// Both dataset lists of one indicator exactly as given, order included (the undo of
    /// `ChooseDataset`, which cannot put a dataset back in the middle of a list).
    RestoreDatasetChoices {
        node: NodeId,
        indicator: usize,
        linked: Vec<DatasetId>,
        rejected: Vec<DatasetId>,
    },
    /// Several actions as one step: all are applied, or none.
    Batch(Vec<Action>),
}

/// What applying an action did.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// The action that undoes this one.
    pub inverse: Action,
    /// Nodes and edges the action created, in order.
    pub created_nodes: Vec<NodeId>,
    pub created_edges: Vec<EdgeId>,
}

impl Applied {
    fn undo_with(inverse: Action) -> Applied {
        Applied {
            inverse,
            created_nodes: Vec::new(),
            created_edges: Vec::new(),
        }
    }
}

/// Why an action was refused. The reasoning line is unchanged after a refusal.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    #[error(transparent)]
    Structure(#[from] StructureError),
    #[error("a node cannot contribute to itself")]
    SelfLoop(NodeId),
    #[error("a {from:?} cannot contribute to a {to:?}")]
    KindNotAllowed { from: NodeKind, to: NodeKind },
    #[error("{from} already contributes to {to} (edge {existing})")]
    AlreadyConnected {
        from: NodeId,
        to: NodeId,
        existing: EdgeId,
    },
    /// The node has no indicator at this position (counted from 0).
    #[error("{node} has no indicator at position {indicator}")]
    UnknownIndicator { node: NodeId, indicator: usize },
}

impl ActionError {
    /// The reason in words an officer understands, in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ActionError::Structure(StructureError::UnknownNode(id)), Lang::Nl) => {
                format!("Onderdeel {id} bestaat niet (meer).")
            }
            (ActionError::Structure(StructureError::UnknownNode(id)), Lang::En) => {
                format!("Part {id} does not exist (any more).")
            }
            (ActionError::Structure(StructureError::UnknownEdge(id)), Lang::Nl) => {
                format!("Verbinding {id} bestaat niet (meer).")
            }
            (ActionError::Structure(StructureError::UnknownEdge(id)), Lang::En) => {
                format!("Connection {id} does not exist (any more).")
            }
            (ActionError::Structure(StructureError::NodeIdInUse(id)), Lang::Nl) => {
                format!("Er is al een onderdeel met id {id}.")
            }
            (ActionError::Structure(StructureError::NodeIdInUse(id)), Lang::En) => {
                format!("There already is a part with id {id}.")
            }
            (ActionError::Structure(StructureError::EdgeIdInUse(id)), Lang::Nl) => {
                format!("Er is al een verbinding met id {id}.")
            }
            (ActionError::Structure(StructureError::EdgeIdInUse(id)), Lang::En) => {
                format!("There already is a connection with id {id}.")
            }
            (ActionError::SelfLoop(_), Lang::Nl) => {
                "Een onderdeel kan niet aan zichzelf bijdragen.".to_owned()
            }
            (ActionError::SelfLoop(_), Lang::En) => {
                "A part cannot contribute to itself.".to_owned()
            }
            (ActionError::KindNotAllowed { from, to }, Lang::Nl) => format!(
                "Een {} kan niet bijdragen aan een {}. Toegestaan: interventie → effect of doel, \
                 effect → effect of doel, doel → doel.",
                kind_name(*from, lang).to_ascii_lowercase(),
                kind_name(*to, lang).to_ascii_lowercase()
            ),
            (ActionError::KindNotAllowed { from, to }, Lang::En) => {
                let with_article = |kind: NodeKind| match kind {
                    NodeKind::Goal => "a goal",
                    NodeKind::Outcome => "an outcome",
                    NodeKind::Intervention => "an intervention",
                };
                let sentence = format!(
                    "{} cannot contribute to {}. Allowed: intervention → outcome or goal, \
                     outcome → outcome or goal, goal → goal.",
                    with_article(*from),
                    with_article(*to)
                );
                capitalise(&sentence)
            }
            (ActionError::AlreadyConnected { .. }, Lang::Nl) => {
                "Deze twee onderdelen zijn al in deze richting verbonden.".to_owned()
            }
            (ActionError::AlreadyConnected { .. }, Lang::En) => {
                "These two parts are already connected in this direction.".to_owned()
            }
            // Counted from 1 in words, as everywhere the officer reads about an indicator.
            (ActionError::UnknownIndicator { node, indicator }, Lang::Nl) => {
                format!(
                    "Onderdeel {node} heeft geen indicator {}.",
                    indicator.saturating_add(1)
                )
            }
            (ActionError::UnknownIndicator { node, indicator }, Lang::En) => {
                format!(
                    "Part {node} has no indicator {}.",
                    indicator.saturating_add(1)
                )
            }
        }
    }
}

/// Upper-cases the first letter of a kind name. ASCII only: the names are ASCII, and Unicode
/// upper-casing would bring its whole case table into the browser bundle (several KB).
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| {
            std::iter::once(first.to_ascii_uppercase())
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}

/// The name of a node kind in the interface language.
pub fn kind_name(kind: NodeKind, lang: Lang) -> &'static str {
    lang.tr(match kind {
        NodeKind::Goal => Msg::KindGoal,
        NodeKind::Outcome => Msg::KindOutcome,
        NodeKind::Intervention => Msg::KindIntervention,
    })
}

impl ReasoningLine {
    /// Applies one action. On error nothing changed.
    pub fn apply(&mut self, action: Action) -> Result<Applied, ActionError> {
        match action {
            Action::SetTitle(title) => {
                let old = std::mem::replace(&mut self.title, title);
                Ok(Applied::undo_with(Action::SetTitle(old)))
            }
            Action::SetDescription(description) => {
                let old = std::mem::replace(&mut self.description, description);
                Ok(Applied::undo_with(Action::SetDescription(old)))
            }
            Action::AddNode { node } => {
                let id = self.add_node(node);
                Ok(Applied {
                    inverse: Action::DeleteNode { id },
                    created_nodes: vec![id],
                    created_edges: Vec::new(),
                })
            }
            Action::RestoreNode { id, node } => {
                self.insert_node(id, node)?;
                Ok(Applied {
                    inverse: Action::DeleteNode { id },
                    created_nodes: vec![id],
                    created_edges: Vec::new(),
                })
            }
            Action::EditNode { id, node } => {
                let old = self.set_node(id, node)?;
                Ok(Applied::undo_with(Action::EditNode { id, node: old }))
            }
            Action::DeleteNode { id } => {
                let (node, edges) = self.remove_node(id)?;
                let mut restore = vec![Action::RestoreNode { id, node }];
                restore.extend(edges.into_iter().map(|e| Action::RestoreEdge {
                    id: e.id,
                    from: e.from,
                    to: e.to,
                    edge: e.edge,
                }));
                Ok(Applied::undo_with(Action::Batch(restore)))
            }
            Action::Connect { from, to, edge } => {
                self.check_connection(from, to)?;
                let id = self.add_edge(from, to, edge)?;
                Ok(Applied {
                    inverse: Action::Disconnect { id },
                    created_nodes: Vec::new(),
                    created_edges: vec![id],
                })
            }
            Action::RestoreEdge { id, from, to, edge } => {
                self.insert_edge(id, from, to, edge)?;
                Ok(Applied {
                    inverse: Action::Disconnect { id },
                    created_nodes: Vec::new(),
                    created_edges: vec![id],
                })
            }
            Action::EditEdge { id, edge } => {
                let old = self.set_edge(id, edge)?;
                Ok(Applied::undo_with(Action::EditEdge { id, edge: old }))
            }
            Action::Disconnect { id } => {
                let removed = self.remove_edge(id)?;
                Ok(Applied::undo_with(Action::RestoreEdge {
                    id,
                    from: removed.from,
                    to: removed.to,
                    edge: removed.edge,
                }))
            }
            Action::ChooseDataset {
                node,
                indicator,
                dataset,
                choice,
            } => self.change_datasets(node, indicator, |i| i.choose_dataset(&dataset, choice)),
            Action::RestoreDatasetChoices {
                node,
                indicator,
                linked,
                rejected,
            } => self.change_datasets(node, indicator, |i| {
                i.linked_datasets = linked;
                i.rejected_datasets = rejected;
            }),
            Action::Batch(actions) => self.apply_batch(actions),
        }
    }

    /// Changes the dataset lists of one indicator; the inverse puts both lists back as they were.
    fn change_datasets(
        &mut self,
        id: NodeId,
        indicator: usize,
        change: impl FnOnce(&mut Indicator),
    ) -> Result<Applied, ActionError> {
        let mut node = self
            .node(id)
            .ok_or(StructureError::UnknownNode(id))?
            .clone();
        let target = node
            .indicators
            .get_mut(indicator)
            .ok_or(ActionError::UnknownIndicator {
                node: id,
                indicator,
            })?;
        let linked = target.linked_datasets.clone();
        let rejected = target.rejected_datasets.clone();
        change(target);
        self.set_node(id, node)?;
        Ok(Applied::undo_with(Action::RestoreDatasetChoices {
            node: id,
            indicator,
            linked,
            rejected,
        }))
    }

    /// Whether `Connect { from, to }` would be accepted, and if not, why.
    pub fn check_connection(&self, from: NodeId, to: NodeId) -> Result<(), ActionError> {
        let from_kind = self
            .node(from)
            .ok_or(StructureError::UnknownNode(from))?
            .kind;
        let to_kind = self.node(to).ok_or(StructureError::UnknownNode(to))?.kind;
        if from == to {
            return Err(ActionError::SelfLoop(from));
        }
        if !from_kind.may_contribute_to(to_kind) {
            return Err(ActionError::KindNotAllowed {
                from: from_kind,
                to: to_kind,
            });
        }
        if let Some(existing) = self.find_edge(from, to) {
            return Err(ActionError::AlreadyConnected { from, to, existing });
        }
        Ok(())
    }

    fn apply_batch(&mut self, actions: Vec<Action>) -> Result<Applied, ActionError> {
        let mut inverses = Vec::with_capacity(actions.len());
        let mut created_nodes = Vec::new();
        let mut created_edges = Vec::new();
        for action in actions {
            match self.apply(action) {
                Ok(applied) => {
                    inverses.push(applied.inverse);
                    created_nodes.extend(applied.created_nodes);
                    created_edges.extend(applied.created_edges);
                }
                Err(error) => {
                    // Roll back what this batch did so far: a batch is one step.
                    for inverse in inverses.into_iter().rev() {
                        // An inverse of an applied action always applies.
                        let _ = self.apply(inverse);
                    }
                    return Err(error);
                }
            }
        }
        inverses.reverse();
        Ok(Applied {
            inverse: Action::Batch(inverses),
            created_nodes,
            created_edges,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EvidenceLevel, GeoLevel};

    /// The messages lower-case kind names with `to_ascii_lowercase`, which is `to_lowercase`
    /// only while the names are ASCII.
    #[test]
    fn kind_names_are_ascii() {
        for kind in [NodeKind::Goal, NodeKind::Outcome, NodeKind::Intervention] {
            for lang in [Lang::Nl, Lang::En] {
                assert!(kind_name(kind, lang).is_ascii(), "{kind:?} {lang:?}");
            }
        }
    }

    fn line() -> (ReasoningLine, NodeId, NodeId, NodeId) {
        let mut line = ReasoningLine::new("Armoede");
        let goal = line.add_node(Node::new(NodeKind::Goal, "Minder kinderen in armoede"));
        let outcome = line.add_node(Node::new(
            NodeKind::Outcome,
            "Meer gezinnen gebruiken toeslagen",
        ));
        let intervention = line.add_node(Node::new(NodeKind::Intervention, "Formulierenbrigade"));
        (line, goal, outcome, intervention)
    }

    #[test]
    fn connect_refuses_what_a_reasoning_line_does_not_allow() {
        let (mut line, goal, outcome, intervention) = line();
        let before = line.clone();
        let refused = line.apply(Action::Connect {
            from: goal,
            to: intervention,
            edge: Edge::default(),
        });
        assert_eq!(
            refused,
            Err(ActionError::KindNotAllowed {
                from: NodeKind::Goal,
                to: NodeKind::Intervention
            })
        );
        assert_eq!(
            line.apply(Action::Connect {
                from: outcome,
                to: outcome,
                edge: Edge::default()
            }),
            Err(ActionError::SelfLoop(outcome))
        );
        assert_eq!(line, before);
        let applied = line
            .apply(Action::Connect {
                from: intervention,
                to: outcome,
                edge: Edge::default(),
            })
            .unwrap();
        let again = line.apply(Action::Connect {
            from: intervention,
            to: outcome,
            edge: Edge::default(),
        });
        assert_eq!(
            again,
            Err(ActionError::AlreadyConnected {
                from: intervention,
                to: outcome,
                existing: applied.created_edges[0]
            })
        );
    }

    #[test]
    fn refusals_are_explained_in_both_languages() {
        let error = ActionError::KindNotAllowed {
            from: NodeKind::Goal,
            to: NodeKind::Intervention,
        };
        assert!(error
            .message(Lang::Nl)
            .starts_with("Een doel kan niet bijdragen aan een interventie."));
        assert!(error
            .message(Lang::En)
            .starts_with("A goal cannot contribute to an intervention."));
    }

    #[test]
    fn a_missing_indicator_is_refused_naming_the_part() {
        let (mut line, goal, _, _) = line();
        let before = line.clone();
        let refused = line.apply(Action::ChooseDataset {
            node: goal,
            indicator: 3,
            dataset: crate::catalog::DatasetId("cbs-85984NED".into()),
            choice: DatasetChoice::Linked,
        });
        let error = refused.unwrap_err();
        assert_eq!(
            error.message(Lang::Nl),
            format!("Onderdeel {goal} heeft geen indicator 4.")
        );
        assert_eq!(
            error.message(Lang::En),
            format!("Part {goal} has no indicator 4.")
        );
        assert_eq!(line, before);
    }

    #[test]
    fn deleting_a_node_is_undone_with_its_edges_and_ids() {
        let (mut line, goal, outcome, intervention) = line();
        line.apply(Action::Connect {
            from: intervention,
            to: outcome,
            edge: Edge::default(),
        })
        .unwrap();
        line.apply(Action::Connect {
            from: outcome,
            to: goal,
            edge: Edge {
                assumption: "Meer inkomen".into(),
                evidence: EvidenceLevel::ResearchBased,
            },
        })
        .unwrap();
        let before = line.clone();
        let applied = line.apply(Action::DeleteNode { id: outcome }).unwrap();
        assert_eq!(line.node_count(), 2);
        assert_eq!(line.edge_count(), 0);
        line.apply(applied.inverse).unwrap();
        assert_eq!(line, before);
        assert!(line.invariant_violations().is_empty());
    }

    #[test]
    fn a_failing_batch_changes_nothing() {
        let (mut line, goal, outcome, _) = line();
        let before = line.clone();
        let mut edited = line.node(goal).unwrap().clone();
        edited.indicators.push(crate::model::Indicator::new(
            "Kinderen in een huishouden met een laag inkomen",
            GeoLevel::Neighbourhood,
            crate::model::Frequency::Year,
        ));
        let result = line.apply(Action::Batch(vec![
            Action::EditNode {
                id: goal,
                node: edited,
            },
            Action::DeleteNode { id: outcome },
            Action::DeleteNode { id: NodeId(999) },
        ]));
        assert_eq!(
            result,
            Err(ActionError::Structure(StructureError::UnknownNode(NodeId(
                999
            ))))
        );
        assert_eq!(line, before);
    }

    #[test]
    fn ids_are_not_reused_after_delete() {
        let (mut line, _, _, intervention) = line();
        line.apply(Action::DeleteNode { id: intervention }).unwrap();
        let fresh = line.add_node(Node::new(NodeKind::Intervention, "Schuldhulp"));
        assert_ne!(fresh, intervention);
    }
}
