//! The editor's document and its one vocabulary of changes, with undo and redo. Framework-free:
//! the Yew reducer only wraps `Editor::apply`.
//!
//! The document is the reasoning line plus where its nodes are drawn. Selection, zoom and a drag
//! in progress are view state and live in the UI; a finished drag arrives here as one `Move`.

mod command;
mod history;

pub use command::{Command, Outcome};
pub use history::History;

use crate::layout::Layout;
use crate::model::ReasoningLine;

/// What is saved and shared: the line and the positions a user gave its nodes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    pub line: ReasoningLine,
    pub layout: Layout,
}

/// A document with its undo history.
#[derive(Clone, Debug, Default)]
pub struct Editor {
    document: Document,
    history: History,
    /// Bumped on every change, so views and autosave can tell versions apart cheaply.
    revision: u64,
}

impl Editor {
    pub fn new(document: Document) -> Editor {
        Editor {
            document,
            history: History::default(),
            revision: 0,
        }
    }

    pub fn document(&self) -> &Document {
        &self.document
    }

    pub fn line(&self) -> &ReasoningLine {
        &self.document.line
    }

    pub fn layout(&self) -> &Layout {
        &self.document.layout
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Forgets undo and redo, e.g. after restoring the autosaved document at start-up: there is
    /// nothing before it to go back to. The revision still moves on, so views notice the change.
    pub fn clear_history(&mut self) {
        self.history = History::default();
        self.revision += 1;
    }
}
