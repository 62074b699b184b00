use yew::prelude::*;

use crate::editor::Command;
use crate::layout::Point;
use crate::model::{Action, Edge, NodeId};
use crate::ui::state::{AppAction, AppState, Selection};

/// Canvas units one arrow key press moves a node (Shift: `STEP_FAR`).
const STEP: f64 = 20.0;
const STEP_FAR: f64 = 100.0;

pub struct NodeKey<'a> {
    pub id: NodeId,
    pub event: &'a KeyboardEvent,
    pub selection: &'a Selection,
    pub connect_from: Option<NodeId>,
    pub set_connect_from: &'a UseStateSetter<Option<NodeId>>,
    pub dispatcher: &'a UseReducerDispatcher<AppState>,
}

/// Keyboard equivalents of the mouse gestures on a focused node.
pub fn on_node_key(key: NodeKey<'_>) {
    let NodeKey {
        id,
        event,
        selection,
        connect_from,
        set_connect_from,
        dispatcher,
    } = key;
    // The moved or deleted nodes: the selection if this node is part of it, else this node.
    let targets: Vec<NodeId> = if selection.nodes.contains(&id) {
        selection.nodes.iter().copied().collect()
    } else {
        vec![id]
    };
    let step = if event.shift_key() { STEP_FAR } else { STEP };
    let arrow = match event.key().as_str() {
        "ArrowLeft" => Some(Point { x: -step, y: 0.0 }),
        "ArrowRight" => Some(Point { x: step, y: 0.0 }),
        "ArrowUp" => Some(Point { x: 0.0, y: -step }),
        "ArrowDown" => Some(Point { x: 0.0, y: step }),
        _ => None,
    };
    if let Some(delta) = arrow {
        event.prevent_default();
        dispatcher.dispatch(AppAction::Command(Command::Move {
            ids: targets,
            delta,
        }));
        return;
    }
    match event.key().as_str() {
        "Enter" | " " => {
            event.prevent_default();
            match connect_from {
                Some(from) if from != id => {
                    dispatcher.dispatch(AppAction::Command(Command::Edit(Action::Connect {
                        from,
                        to: id,
                        edge: Edge::default(),
                    })));
                    set_connect_from.set(None);
                }
                _ if event.shift_key() || event.ctrl_key() => {
                    dispatcher.dispatch(AppAction::Select(selection.toggled(id)));
                }
                _ => dispatcher.dispatch(AppAction::Select(Selection::node(id))),
            }
        }
        "c" | "C" if !event.ctrl_key() && !event.meta_key() => {
            event.prevent_default();
            dispatcher.dispatch(AppAction::Select(Selection::node(id)));
            set_connect_from.set(Some(id));
        }
        "Delete" | "Backspace" => {
            event.prevent_default();
            dispatcher.dispatch(AppAction::Command(Command::Delete {
                nodes: targets,
                edges: Vec::new(),
            }));
        }
        "Escape" => {
            set_connect_from.set(None);
            dispatcher.dispatch(AppAction::Select(Selection::default()));
        }
        _ => {}
    }
}
