//! Version 1 of the answers format, the current one.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::io::decode::{Cx, Decode, FileId, Prefixed};
use crate::io::path::JsonPath;
use crate::io::problem::{JsonType, ProblemKind};
use crate::order;
use crate::workshop::{Confidence, QuestionId};

pub(crate) const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct AnswersFile {
    pub format: &'static str,
    pub version: u32,
    pub workshop: WorkshopRef,
    pub participant: FileId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub answers: AnswerMap,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct WorkshopRef {
    pub id: FileId,
    pub fingerprint: FileId,
    pub title: String,
}

impl Decode for WorkshopRef {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<WorkshopRef> {
        let mut obj = cx.object(path, value)?;
        let id = obj.required(cx, "id");
        let fingerprint = obj.required(cx, "fingerprint");
        let title = obj.or_empty(cx, "title");
        obj.finish(cx);
        Some(WorkshopRef {
            id: id?,
            fingerprint: fingerprint?,
            title: title?,
        })
    }
}

/// One answer: exactly one of `estimate` (a number) and `confidence` (1 to 5).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub(crate) struct Answer {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimate: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<u8>,
}

/// A confidence level as written: a whole number from 1 to 5.
struct Level(Confidence);

impl Decode for Level {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Level> {
        let Some(number) = value.as_i64().or_else(|| value.as_u64().map(|_| i64::MAX)) else {
            cx.wrong_type(path, JsonType::WholeNumber, value);
            return None;
        };
        let level = u8::try_from(number).ok().and_then(Confidence::new);
        if level.is_none() {
            let (min, max) = (i64::from(Confidence::MIN), i64::from(Confidence::MAX));
            cx.problem(path.clone(), ProblemKind::NotInRange { min, max });
        }
        level.map(Level)
    }
}

impl Decode for Answer {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Answer> {
        let mut obj = cx.object(path, value)?;
        let estimate = obj.optional::<f64>(cx, "estimate");
        let confidence = obj.optional::<Level>(cx, "confidence");
        obj.finish(cx);
        let (estimate, confidence) = (estimate?, confidence?);
        if estimate.is_some() == confidence.is_some() {
            let (first, second) = ("estimate", "confidence");
            cx.problem(path.clone(), ProblemKind::ExactlyOneOf { first, second });
            return None;
        }
        Some(Answer {
            estimate,
            confidence: confidence.map(|level| level.0.level()),
        })
    }
}

/// Answers keyed by question id, written in question id order (`q2` before `q10`).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct AnswerMap(pub Vec<(QuestionId, Answer)>);

impl Serialize for AnswerMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, answer) in &self.0 {
            map.serialize_entry(&id.to_string(), answer)?;
        }
        map.end()
    }
}

impl Decode for AnswerMap {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<AnswerMap> {
        let Value::Object(map) = value else {
            cx.wrong_type(path, JsonType::Object, value);
            return None;
        };
        let mut answers = Vec::with_capacity(map.len());
        let mut complete = true;
        for (key, entry) in map {
            let entry_path = path.key(key);
            let id = Prefixed::<QuestionId>::parse(cx, &entry_path, key);
            match (id, Answer::decode(cx, &entry_path, entry)) {
                (Some(id), Some(answer)) => answers.push((id.0, answer)),
                _ => complete = false,
            }
        }
        // `q7` and `q007` are the same question: the file says it twice.
        order::sort_by_key(&mut answers, |(id, _)| u64::from(id.0));
        for pair in answers.windows(2) {
            if let [(first, _), (second, _)] = pair {
                if first == second {
                    let id = second.to_string();
                    let first = path.key(&id);
                    cx.problem(path.key(&id), ProblemKind::DuplicateId { id, first });
                    complete = false;
                }
            }
        }
        complete.then_some(AnswerMap(answers))
    }
}

pub(crate) fn decode(cx: &mut Cx, value: &Value) -> Option<AnswersFile> {
    let mut obj = cx.object(&JsonPath::root(), value)?;
    obj.allow(&["format", "version"]);
    let workshop = obj.required(cx, "workshop");
    let participant = obj.required(cx, "participant");
    let name = obj.optional(cx, "name");
    let answers = obj.required(cx, "answers");
    obj.finish(cx);
    Some(AnswersFile {
        format: super::FORMAT,
        version: VERSION,
        workshop: workshop?,
        participant: participant?,
        name: name?,
        answers: answers?,
    })
}
