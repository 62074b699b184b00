//! A workshop as it runs in the app: the prepared questions and the answers gathered so far (on
//! this device, or from participants' answers files). Every change is a `WorkshopCommand`,
//! applied here; the UI's reducer only forwards it.

use super::answers::{Answers, ParticipantId};
use super::merge::{merge_answers, MergeNote, Merged};
use super::model::{Question, QuestionBody, QuestionId, Workshop};
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopSession {
    pub workshop: Workshop,
    /// One entry per participant, in the order they came in.
    pub answers: Vec<Answers>,
    /// The name the workshop is saved under.
    pub file_name: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum WorkshopCommand {
    SetTitle(String),
    SetDescription(String),
    /// Adds questions at the end, in the order given (the trainer's pick of the drafts).
    AddQuestions(Vec<(String, QuestionBody)>),
    /// Replaces the question with the same id.
    ChangeQuestion(Question),
    RemoveQuestion(QuestionId),
    /// Moves a question one place up (`-1`) or down (`1`).
    MoveQuestion(QuestionId, isize),
    /// A participant finished on this device.
    RecordAnswers(Answers),
    /// Answers files were read (see `merge_answer_files`): the merged list replaces the answers.
    TakeMerged(Vec<Answers>),
    RemoveParticipant(ParticipantId),
}

/// Why a command changed nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum WorkshopRefusal {
    UnknownQuestion(QuestionId),
    /// Question ids ran out (after some four billion questions).
    NoIdsLeft,
    /// The participant's answers are here already; the note says how.
    Duplicate(Vec<MergeNote>),
}

impl WorkshopRefusal {
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        match (self, lang) {
            (WorkshopRefusal::UnknownQuestion(id), Lang::Nl) => {
                vec![format!("Vraag {id} bestaat niet (meer).")]
            }
            (WorkshopRefusal::UnknownQuestion(id), Lang::En) => {
                vec![format!("Question {id} does not exist (any more).")]
            }
            (WorkshopRefusal::NoIdsLeft, Lang::Nl) => {
                vec!["Er kunnen geen vragen meer bij.".to_owned()]
            }
            (WorkshopRefusal::NoIdsLeft, Lang::En) => {
                vec!["No more questions can be added.".to_owned()]
            }
            (WorkshopRefusal::Duplicate(notes), lang) => {
                notes.iter().flat_map(|n| n.messages(lang)).collect()
            }
        }
    }
}

impl WorkshopSession {
    pub fn new(workshop: Workshop, file_name: String) -> WorkshopSession {
        WorkshopSession {
            workshop,
            answers: Vec::new(),
            file_name,
        }
    }

    /// Applies `command`, or refuses it and changes nothing.
    pub fn apply(&mut self, command: WorkshopCommand) -> Result<(), WorkshopRefusal> {
        let workshop = &mut self.workshop;
        match command {
            WorkshopCommand::SetTitle(title) => workshop.title = title,
            WorkshopCommand::SetDescription(text) => workshop.description = text,
            WorkshopCommand::AddQuestions(questions) => {
                let mut next = workshop.clone();
                for (text, body) in questions {
                    next.add(text, body).ok_or(WorkshopRefusal::NoIdsLeft)?;
                }
                *workshop = next;
            }
            WorkshopCommand::ChangeQuestion(question) => {
                let id = question.id;
                let slot = workshop
                    .question_mut(id)
                    .ok_or(WorkshopRefusal::UnknownQuestion(id))?;
                *slot = question;
            }
            WorkshopCommand::RemoveQuestion(id) => {
                workshop
                    .remove(id)
                    .ok_or(WorkshopRefusal::UnknownQuestion(id))?;
                // Answers to it can no longer be revealed; keeping them would only confuse.
                for answers in &mut self.answers {
                    answers.answers.remove(&id);
                }
            }
            WorkshopCommand::MoveQuestion(id, step) => {
                let at = workshop
                    .questions()
                    .iter()
                    .position(|q| q.id == id)
                    .ok_or(WorkshopRefusal::UnknownQuestion(id))?;
                workshop.move_to(id, at.saturating_add_signed(step));
            }
            WorkshopCommand::RecordAnswers(answers) => {
                let label = answers
                    .name
                    .clone()
                    .unwrap_or_else(|| answers.participant.0.clone());
                let Merged { answers, notes } =
                    merge_answers(&self.answers, vec![(label, answers)]);
                if answers.len() == self.answers.len() {
                    return Err(WorkshopRefusal::Duplicate(notes));
                }
                self.answers = answers;
            }
            WorkshopCommand::TakeMerged(answers) => self.answers = answers,
            WorkshopCommand::RemoveParticipant(id) => {
                self.answers.retain(|a| a.participant != id);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::{Answer, EstimateQuestion, Source, WorkshopId};

    fn estimate(value: f64) -> QuestionBody {
        QuestionBody::Estimate(EstimateQuestion {
            unit: "%".into(),
            value,
            source: Source::Text {
                text: "Illustratieve waarde".into(),
                year: Some(2024),
            },
            node: None,
        })
    }

    fn session() -> WorkshopSession {
        let mut session = WorkshopSession::new(
            Workshop::new(WorkshopId("armoede-2026".into()), "Armoede"),
            "armoede.json".into(),
        );
        let questions = vec![
            (
                "Welk deel van de kinderen groeit op in armoede?".into(),
                estimate(9.4),
            ),
            (
                "Hoeveel huishoudens hebben problematische schulden?".into(),
                estimate(6.1),
            ),
        ];
        session
            .apply(WorkshopCommand::AddQuestions(questions))
            .unwrap();
        session
    }

    fn ids(session: &WorkshopSession) -> Vec<u32> {
        session
            .workshop
            .questions()
            .iter()
            .map(|q| q.id.0)
            .collect()
    }

    #[test]
    fn questions_are_added_moved_and_removed_by_id() {
        let mut session = session();
        assert_eq!(ids(&session), [1, 2]);
        session
            .apply(WorkshopCommand::MoveQuestion(QuestionId(2), -1))
            .unwrap();
        assert_eq!(ids(&session), [2, 1]);
        session
            .apply(WorkshopCommand::MoveQuestion(QuestionId(2), -1))
            .unwrap();
        assert_eq!(ids(&session), [2, 1], "the first stays first");
        session
            .apply(WorkshopCommand::RemoveQuestion(QuestionId(2)))
            .unwrap();
        assert_eq!(ids(&session), [1]);
        assert_eq!(
            session.apply(WorkshopCommand::RemoveQuestion(QuestionId(2))),
            Err(WorkshopRefusal::UnknownQuestion(QuestionId(2)))
        );
    }

    #[test]
    fn the_same_participant_is_recorded_once() {
        let mut session = session();
        let mut answers = Answers::new(&session.workshop, ParticipantId("p-1".into()));
        answers
            .answers
            .insert(QuestionId(1), Answer::Estimate(20.0));
        session
            .apply(WorkshopCommand::RecordAnswers(answers.clone()))
            .unwrap();
        let again = session.apply(WorkshopCommand::RecordAnswers(answers));
        assert!(matches!(again, Err(WorkshopRefusal::Duplicate(_))));
        assert_eq!(session.answers.len(), 1);
        session
            .apply(WorkshopCommand::RemoveQuestion(QuestionId(1)))
            .unwrap();
        assert!(session.answers[0].answers.is_empty());
        session
            .apply(WorkshopCommand::RemoveParticipant(ParticipantId(
                "p-1".into(),
            )))
            .unwrap();
        assert!(session.answers.is_empty());
    }
}
