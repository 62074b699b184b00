use std::rc::Rc;
use std::sync::Arc;

use crate::io::{export_vocabulary, ExportError};
use crate::matching::Vocabulary;

/// A data team's own vocabulary of synonyms, in use next to the shipped one.
#[derive(Debug, PartialEq)]
pub struct TeamVocabulary {
    /// The file's title.
    pub title: String,
    /// The team's groups and sources as the file gave them: what is written back (download,
    /// browser storage).
    pub own: Vocabulary,
    /// The shipped vocabulary with `own` added: what the matching uses.
    pub combined: Arc<Vocabulary>,
}

impl TeamVocabulary {
    pub fn new(title: String, own: Vocabulary) -> TeamVocabulary {
        let combined = Arc::new(Vocabulary::shipped().extended(&own));
        TeamVocabulary {
            title,
            own,
            combined,
        }
    }

    /// How many groups of synonyms the team's file adds.
    pub fn groups(&self) -> usize {
        self.own.groups().len()
    }

    /// The team's vocabulary as a vocabulary file (what `io::import_vocabulary` reads back).
    pub fn file_text(&self) -> Result<String, ExportError> {
        export_vocabulary(&self.title, &self.own)
    }
}

/// A change of the synonyms the matching uses.
#[derive(Clone, Debug, PartialEq)]
pub enum VocabularyChange {
    /// A team's vocabulary opened from a file; the notice says so, with what its reader noted.
    Loaded {
        file: String,
        team: Rc<TeamVocabulary>,
        notes: Vec<crate::io::Notice>,
    },
    /// The team's vocabulary kept in the browser, read back at start-up: no notice.
    Restored(Rc<TeamVocabulary>),
    /// Back to the shipped vocabulary alone.
    Removed,
}

impl VocabularyChange {
    /// The team's vocabulary in use after the change, if any.
    pub fn team(&self) -> Option<&Rc<TeamVocabulary>> {
        match self {
            VocabularyChange::Loaded { team, .. } | VocabularyChange::Restored(team) => Some(team),
            VocabularyChange::Removed => None,
        }
    }

    /// The vocabulary the matching uses after the change.
    pub fn vocabulary(&self) -> Arc<Vocabulary> {
        self.team()
            .map_or_else(Vocabulary::shipped, |team| Arc::clone(&team.combined))
    }
}
