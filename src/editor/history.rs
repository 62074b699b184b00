use std::collections::BTreeMap;
use std::rc::Rc;

use super::Document;
use crate::layout::Point;
use crate::model::{Action, NodeId};

/// How to go back one step: a model action, the positions to restore (`None`: the node had no
/// position of its own, the automatic layout placed it) and, for a replaced document, the old one.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Step {
    pub(crate) model: Option<Action>,
    pub(crate) positions: BTreeMap<NodeId, Option<Point>>,
    pub(crate) document: Option<Box<Document>>,
}

/// Undo and redo stacks. A new change clears the redo stack, as in every editor. Steps sit behind
/// `Rc` so cloning an editor (the UI keeps the previous state) copies pointers, not node texts.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Rc<Step>>,
    redo: Vec<Rc<Step>>,
}

/// Old steps beyond this are forgotten, so a long session does not grow without bound.
pub const MAX_UNDO_STEPS: usize = 500;

impl History {
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    pub(crate) fn record(&mut self, step: Step) {
        self.redo.clear();
        self.undo.push(Rc::new(step));
        if self.undo.len() > MAX_UNDO_STEPS {
            let excess = self.undo.len() - MAX_UNDO_STEPS;
            self.undo.drain(..excess);
        }
    }

    pub(crate) fn pop_undo(&mut self) -> Option<Step> {
        self.undo.pop().map(Rc::unwrap_or_clone)
    }

    pub(crate) fn pop_redo(&mut self) -> Option<Step> {
        self.redo.pop().map(Rc::unwrap_or_clone)
    }

    pub(crate) fn push_undo(&mut self, step: Step) {
        self.undo.push(Rc::new(step));
    }

    pub(crate) fn push_redo(&mut self, step: Step) {
        self.redo.push(Rc::new(step));
    }
}
