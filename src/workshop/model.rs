//! A workshop as the trainer prepares it: questions in the trainer's order, each with a typed id.
//! The workshop carries everything participants and the reveal need (titles of the nodes an
//! assumption question is about, the real value and its source), so a workshop file is complete
//! on its own: participants never need the reasoning line or the catalog.

use std::fmt;
use std::str::FromStr;

use crate::analysis::DataStatus;
use crate::catalog::DatasetId;
use crate::model::{EdgeId, EvidenceLevel, NodeId};

/// Identity of a question within one workshop. Written as `q<number>`. Answers point at questions
/// by id, never by position, so reordering questions keeps every answer where it belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuestionId(pub u32);

impl fmt::Display for QuestionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "q{}", self.0)
    }
}

impl FromStr for QuestionId {
    type Err = crate::model::ParseIdError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        text.strip_prefix('q')
            .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|digits| digits.parse().ok())
            .map(QuestionId)
            .ok_or_else(|| crate::model::ParseIdError {
                prefix: 'q',
                text: text.to_owned(),
            })
    }
}

/// Identity of a workshop, chosen when it is created (the UI makes a random one). Answers files
/// name it, so answers for another workshop are recognised.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WorkshopId(pub String);

/// The two kinds of question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuestionKind {
    /// Participants estimate a figure.
    Estimate,
    /// Participants say how sure they are that a link in a reasoning line holds.
    Assumption,
}

/// Where the real value of an estimate question comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A dataset of the catalog, by id, and the year the figure is about.
    Dataset { id: DatasetId, year: Option<i32> },
    /// Anything else, described in words (a report, "illustrative value"), with its year.
    Text { text: String, year: Option<i32> },
}

impl Source {
    pub fn year(&self) -> Option<i32> {
        match self {
            Source::Dataset { year, .. } | Source::Text { year, .. } => *year,
        }
    }
}

/// "Which share of children in district X grows up in a low-income household?"
#[derive(Clone, Debug, PartialEq)]
pub struct EstimateQuestion {
    /// `%`, `aantal`, `x 1 000 euro`: shown with the answer field and the reveal.
    pub unit: String,
    /// The real value, revealed after the estimates. Always finite (checked on reading).
    pub value: f64,
    pub source: Source,
    /// The part of a reasoning line this figure belongs to, if any.
    pub node: Option<NodeId>,
}

/// "How sure are you that this intervention leads to this outcome?", drawn from an edge.
#[derive(Clone, Debug, PartialEq)]
pub struct AssumptionQuestion {
    /// Title of the part that contributes (the edge's start).
    pub from: String,
    /// Title of the part contributed to (the edge's end).
    pub to: String,
    /// The assumption written on the edge; revealed, not shown beforehand.
    pub assumption: String,
    pub evidence: EvidenceLevel,
    /// How well the catalog answered the edge's data needs when the question was made; `None`
    /// when no catalog was loaded, so nothing is claimed about data.
    pub data: Option<DataStatus>,
    /// The edge the question was drawn from, if any.
    pub edge: Option<EdgeId>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum QuestionBody {
    Estimate(EstimateQuestion),
    Assumption(AssumptionQuestion),
}

/// One question: the text participants read, and what kind of answer it asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: QuestionId,
    pub text: String,
    pub body: QuestionBody,
}

impl Question {
    pub fn kind(&self) -> QuestionKind {
        match self.body {
            QuestionBody::Estimate(_) => QuestionKind::Estimate,
            QuestionBody::Assumption(_) => QuestionKind::Assumption,
        }
    }
}

/// The id is used twice in one workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("question id {0} is already used")]
pub struct DuplicateQuestion(pub QuestionId);

/// A prepared workshop. Questions keep the trainer's order; ids are unique (the methods keep
/// that true, which is why the list is not public).
#[derive(Clone, Debug, PartialEq)]
pub struct Workshop {
    pub id: WorkshopId,
    pub title: String,
    pub description: String,
    /// A copy for participants' own devices (`participant_copy`): what is revealed later (real
    /// values, sources, evidence, data) is left out, and the app shows only the answering.
    pub for_participants: bool,
    questions: Vec<Question>,
}

impl Workshop {
    pub fn new(id: WorkshopId, title: impl Into<String>) -> Workshop {
        Workshop {
            id,
            title: title.into(),
            description: String::new(),
            for_participants: false,
            questions: Vec::new(),
        }
    }

    /// The workshop as participants may see it before the reveal: every real value 0, every
    /// source an empty text, every link without evidence or data. Answers to it count for the
    /// full workshop, because the fingerprint leaves all of these out.
    pub fn participant_copy(&self) -> Workshop {
        let mut copy = self.clone();
        copy.for_participants = true;
        for question in &mut copy.questions {
            match &mut question.body {
                QuestionBody::Estimate(estimate) => {
                    estimate.value = 0.0;
                    estimate.source = Source::Text {
                        text: String::new(),
                        year: None,
                    };
                }
                QuestionBody::Assumption(link) => {
                    link.evidence = crate::model::EvidenceLevel::None;
                    link.data = None;
                }
            }
        }
        copy
    }

    /// The questions in the trainer's order.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    pub fn question(&self, id: QuestionId) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    pub fn question_mut(&mut self, id: QuestionId) -> Option<&mut Question> {
        self.questions.iter_mut().find(|question| question.id == id)
    }

    /// The id `add` hands out next: above the highest one in use (the file keeps no counter, so
    /// this is the same after saving and opening). `None` when ids have run out.
    pub fn next_id(&self) -> Option<QuestionId> {
        let highest = self.questions.iter().map(|q| q.id.0).max();
        highest
            .map_or(Some(1), |highest| highest.checked_add(1))
            .map(QuestionId)
    }

    /// Adds a question at the end with a fresh id; `None` only when ids have run out.
    pub fn add(&mut self, text: impl Into<String>, body: QuestionBody) -> Option<QuestionId> {
        let id = self.next_id()?;
        self.questions.push(Question {
            id,
            text: text.into(),
            body,
        });
        Some(id)
    }

    /// Adds a question with its own id at the end (reading a file, undo).
    pub fn insert(&mut self, question: Question) -> Result<(), DuplicateQuestion> {
        if self.question(question.id).is_some() {
            return Err(DuplicateQuestion(question.id));
        }
        self.questions.push(question);
        Ok(())
    }

    pub fn remove(&mut self, id: QuestionId) -> Option<Question> {
        let at = self.questions.iter().position(|q| q.id == id)?;
        Some(self.questions.remove(at))
    }

    /// Moves a question to position `to` (clamped to the list); false when the id is unknown.
    pub fn move_to(&mut self, id: QuestionId, to: usize) -> bool {
        let Some(at) = self.questions.iter().position(|q| q.id == id) else {
            return false;
        };
        let question = self.questions.remove(at);
        let to = to.min(self.questions.len());
        self.questions.insert(to, question);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn estimate() -> QuestionBody {
        QuestionBody::Estimate(EstimateQuestion {
            unit: "%".into(),
            value: 9.4,
            source: Source::Text {
                text: "Illustratieve waarde".into(),
                year: Some(2024),
            },
            node: None,
        })
    }

    #[test]
    fn ids_are_unique_and_order_is_the_trainers() {
        let mut workshop = Workshop::new(WorkshopId("w".into()), "Armoede");
        let first = workshop.add("Hoeveel?", estimate());
        let second = workshop.add("En hier?", estimate());
        assert_eq!((first, second), (Some(QuestionId(1)), Some(QuestionId(2))));
        assert!(workshop.remove(QuestionId(1)).is_some());
        assert_eq!(workshop.add("Nog een", estimate()), Some(QuestionId(3)));
        assert!(workshop.move_to(QuestionId(3), 0));
        let order: Vec<_> = workshop.questions().iter().map(|q| q.id.0).collect();
        assert_eq!(order, [3, 2]);
        let duplicate = workshop.question(QuestionId(2)).cloned();
        assert_eq!(
            duplicate.map(|q| workshop.insert(q)),
            Some(Err(DuplicateQuestion(QuestionId(2))))
        );
    }

    #[test]
    fn question_ids_parse() {
        assert_eq!("q12".parse::<QuestionId>(), Ok(QuestionId(12)));
        assert_eq!(QuestionId(12).to_string(), "q12");
        for bad in ["", "q", "n1", "q-1", "q1a", "Q1"] {
            assert!(bad.parse::<QuestionId>().is_err(), "{bad}");
        }
    }
}
