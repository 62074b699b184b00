//! The answers file: one participant's answers to a workshop. See `docs/file-format.md`.
//!
//! Same layering as the other files. `import_answers` checks the file on its own;
//! `import_answers_for` also checks that it belongs to a workshop (same id, same questions) and
//! that each answer fits its question, so answers for another workshop are refused with a reason.

mod v1;

use std::collections::BTreeMap;

use super::decode::{is_valid_id, Cx, FileId};
use super::envelope::check_envelope;
use super::json::{read_json, write_pretty};
use super::path::JsonPath;
use super::problem::{ExportError, ExportProblemKind, FileKind, LoadError, Notice, ProblemKind};
use crate::workshop::{
    fingerprint, Answer, Answers, Confidence, Fingerprint, ParticipantId, QuestionBody, Workshop,
    WorkshopId, WorkshopRef,
};

/// The `"format"` word of answers files.
pub const FORMAT: &str = "redeneerlijn-answers";

/// The version this app writes, and the newest it reads.
pub const ANSWERS_VERSION: u32 = v1::VERSION;

/// Answers files larger than this are refused before parsing: a participant's answers to a
/// hundred questions take a few kilobytes.
pub const MAX_ANSWERS_BYTES: usize = 1_000_000;

/// An answers file that loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedAnswers {
    pub answers: Answers,
    pub file_version: u32,
    pub notices: Vec<Notice>,
}

/// Reads an answers file on its own. Never panics; every problem comes back with its path.
pub fn import_answers(bytes: &[u8]) -> Result<LoadedAnswers, LoadError> {
    let value = read_json(bytes, MAX_ANSWERS_BYTES)?;
    let file_version = check_envelope(&value, FileKind::Answers, ANSWERS_VERSION)?;
    let mut cx = Cx::default();
    let answers = v1::decode(&mut cx, &value).map(from_file);
    let (answers, notices) = cx.finish(answers)?;
    Ok(LoadedAnswers {
        answers,
        file_version,
        notices,
    })
}

/// Reads an answers file and checks it against `workshop`: the workshop id first (another
/// workshop), then the fingerprint (its questions changed since), then every answer (a question
/// the workshop lacks, or an answer of the wrong kind).
pub fn import_answers_for(workshop: &Workshop, bytes: &[u8]) -> Result<LoadedAnswers, LoadError> {
    let loaded = import_answers(bytes)?;
    let root = JsonPath::root();
    let found = &loaded.answers.workshop;
    if found.id != workshop.id {
        let kind = ProblemKind::OtherWorkshop {
            found: found.title.clone(),
            expected: workshop.title.clone(),
        };
        return Err(LoadError::single(root.field("workshop").field("id"), kind));
    }
    if found.fingerprint != fingerprint(workshop) {
        let path = root.field("workshop").field("fingerprint");
        return Err(LoadError::single(path, ProblemKind::ChangedWorkshop));
    }
    let mut cx = Cx::default();
    for (id, answer) in &loaded.answers.answers {
        let path = root.field("answers").key(&id.to_string());
        let expected = match workshop.question(*id).map(|q| &q.body) {
            None => {
                let id = id.to_string();
                cx.problem(path, ProblemKind::UnknownQuestion { id });
                continue;
            }
            Some(QuestionBody::Estimate(_)) => "estimate",
            Some(QuestionBody::Assumption(_)) => "confidence",
        };
        let given = match answer {
            Answer::Estimate(_) => "estimate",
            Answer::Confidence(_) => "confidence",
        };
        if given != expected {
            cx.problem(path, ProblemKind::WrongAnswerKind { expected });
        }
    }
    let (answers, _) = cx.finish(Some(loaded.answers))?;
    Ok(LoadedAnswers {
        answers,
        file_version: loaded.file_version,
        notices: loaded.notices,
    })
}

/// Writes answers as an answers file of the current version: answers in question id order.
pub fn export_answers(answers: &Answers) -> Result<String, ExportError> {
    let root = JsonPath::root();
    let mut problems = Vec::new();
    let ids = [
        (root.field("workshop").field("id"), &answers.workshop.id.0),
        (
            root.field("workshop").field("fingerprint"),
            &answers.workshop.fingerprint.0,
        ),
        (root.field("participant"), &answers.participant.0),
    ];
    for (path, id) in ids {
        if !is_valid_id(id) {
            let id = id.clone();
            problems.push((path, ExportProblemKind::InvalidId { id }));
        }
    }
    let list = answers
        .answers
        .iter()
        .map(|(&id, answer)| {
            let file = match *answer {
                Answer::Estimate(value) => {
                    if !value.is_finite() {
                        let path = root.field("answers").key(&id.to_string()).field("estimate");
                        problems.push((path, ExportProblemKind::NotFinite));
                    }
                    v1::Answer {
                        estimate: Some(value),
                        confidence: None,
                    }
                }
                Answer::Confidence(level) => v1::Answer {
                    estimate: None,
                    confidence: Some(level.level()),
                },
            };
            (id, file)
        })
        .collect();
    if !problems.is_empty() {
        return Err(ExportError { problems });
    }
    write_pretty(&v1::AnswersFile {
        format: FORMAT,
        version: ANSWERS_VERSION,
        workshop: v1::WorkshopRef {
            id: FileId(answers.workshop.id.0.clone()),
            fingerprint: FileId(answers.workshop.fingerprint.0.clone()),
            title: answers.workshop.title.clone(),
        },
        participant: FileId(answers.participant.0.clone()),
        name: answers.name.clone(),
        answers: v1::AnswerMap(list),
    })
}

fn from_file(file: v1::AnswersFile) -> Answers {
    let list = file.answers.0.into_iter().filter_map(|(id, answer)| {
        // Decoding allowed exactly one of the two, with a valid level.
        let value = match (answer.estimate, answer.confidence) {
            (Some(estimate), _) => Answer::Estimate(estimate),
            (None, level) => Answer::Confidence(level.and_then(Confidence::new)?),
        };
        Some((id, value))
    });
    // Inserted one at a time rather than collected: collecting sorts first, with a sort of its own.
    let mut answers = BTreeMap::new();
    answers.extend(list);
    Answers {
        workshop: WorkshopRef {
            id: WorkshopId(file.workshop.id.0),
            fingerprint: Fingerprint(file.workshop.fingerprint.0),
            title: file.workshop.title,
        },
        participant: ParticipantId(file.participant.0),
        name: file.name,
        answers,
    }
}

#[cfg(test)]
mod tests;
