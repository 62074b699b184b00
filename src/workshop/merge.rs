//! Loading the answers files of a workshop, several at once: each file is read and checked
//! against the workshop, and the same answers loaded twice or the same participant twice are
//! caught. Nothing here panics or silently drops a file: every file that does not count comes
//! back with the reason.

use super::answers::Answers;
use super::model::Workshop;
use crate::i18n::{Lang, WorkshopText};
use crate::io::{import_answers_for, LoadError, Notice};

/// Why a file did not count, or what the reader should know about one that did.
#[derive(Clone, Debug, PartialEq)]
pub enum MergeNoteKind {
    /// The file could not be read, or belongs to another workshop (see the problems).
    Refused(LoadError),
    /// Exactly these answers are loaded already (the same file twice); counted once.
    DuplicateFile,
    /// The participant's id is loaded already with other answers; the first one counts.
    DuplicateParticipant,
    /// The file counted; these are its notices (skipped unknown fields).
    Notices(Vec<Notice>),
}

/// A note about one file, named by the label the caller gave it (usually the file name).
#[derive(Clone, Debug, PartialEq)]
pub struct MergeNote {
    pub label: String,
    pub kind: MergeNoteKind,
}

impl MergeNote {
    /// One line per message, each starting with the file's label.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        let with_label = |text: &str| format!("{}: {text}", self.label);
        match &self.kind {
            MergeNoteKind::Refused(error) => {
                error.messages(lang).iter().map(|m| with_label(m)).collect()
            }
            MergeNoteKind::DuplicateFile => vec![with_label(lang.tr(WorkshopText::DuplicateFile))],
            MergeNoteKind::DuplicateParticipant => {
                vec![with_label(lang.tr(WorkshopText::DuplicateParticipant))]
            }
            MergeNoteKind::Notices(notices) => notices
                .iter()
                .map(|n| with_label(&n.message(lang)))
                .collect(),
        }
    }
}

/// The answers that count, and a note for every file that did not (or came with notices).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merged {
    /// The answers loaded before, then the new ones that counted, in the order given.
    pub answers: Vec<Answers>,
    pub notes: Vec<MergeNote>,
}

/// Reads `files` (label, bytes) as answers files of `workshop` and adds them to `loaded`.
pub fn merge_answer_files(
    workshop: &Workshop,
    loaded: &[Answers],
    files: &[(String, Vec<u8>)],
) -> Merged {
    let incoming = files.iter().map(|(label, bytes)| {
        let result =
            import_answers_for(workshop, bytes).map(|loaded| (loaded.answers, loaded.notices));
        (label.clone(), result)
    });
    merge(loaded, incoming)
}

/// Adds answers already read to `loaded`, catching duplicates.
pub fn merge_answers(loaded: &[Answers], incoming: Vec<(String, Answers)>) -> Merged {
    merge(
        loaded,
        incoming
            .into_iter()
            .map(|(label, answers)| (label, Ok((answers, Vec::new())))),
    )
}

type Incoming = (String, Result<(Answers, Vec<Notice>), LoadError>);

fn merge(loaded: &[Answers], incoming: impl Iterator<Item = Incoming>) -> Merged {
    let mut merged = Merged {
        answers: loaded.to_vec(),
        notes: Vec::new(),
    };
    for (label, result) in incoming {
        let (answers, notices) = match result {
            Ok(read) => read,
            Err(error) => {
                let kind = MergeNoteKind::Refused(error);
                merged.notes.push(MergeNote { label, kind });
                continue;
            }
        };
        let same_participant = merged
            .answers
            .iter()
            .find(|known| known.participant == answers.participant);
        let duplicate = match same_participant {
            Some(known) if *known == answers => Some(MergeNoteKind::DuplicateFile),
            Some(_) => Some(MergeNoteKind::DuplicateParticipant),
            None => None,
        };
        match duplicate {
            Some(kind) => merged.notes.push(MergeNote { label, kind }),
            None => {
                if !notices.is_empty() {
                    let kind = MergeNoteKind::Notices(notices);
                    merged.notes.push(MergeNote { label, kind });
                }
                merged.answers.push(answers);
            }
        }
    }
    merged
}
