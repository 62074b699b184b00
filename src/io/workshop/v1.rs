//! Version 1 of the workshop format, the current one: what the app writes.

use serde::Serialize;
use serde_json::Value;

use crate::io::decode::{Cx, Decode, FileId, Obj, Prefixed, YearValue};
use crate::io::path::JsonPath;
use crate::io::problem::ProblemKind;
use crate::io::words::{DataWord, EvidenceWord, QuestionKindWord};
use crate::model::{EdgeId, NodeId};
use crate::workshop::QuestionId;

pub(crate) const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct WorkshopFile {
    pub format: &'static str,
    pub version: u32,
    pub id: FileId,
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Written only for a participants' copy.
    #[serde(skip_serializing_if = "is_false")]
    pub for_participants: bool,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Question {
    pub id: Prefixed<QuestionId>,
    pub kind: QuestionKindWord,
    pub text: String,
    /// The fields of the kind, written after the common ones.
    #[serde(flatten)]
    pub body: Body,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub(crate) enum Body {
    Estimate(Estimate),
    Assumption(Assumption),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Estimate {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit: String,
    pub value: f64,
    pub source: Source,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node: Option<Prefixed<NodeId>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Assumption {
    pub from: String,
    pub to: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub assumption: String,
    pub evidence: EvidenceWord,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<DataWord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edge: Option<Prefixed<EdgeId>>,
}

/// Exactly one of `dataset` and `text`, checked while decoding.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Source {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset: Option<FileId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i64>,
}

impl Decode for Source {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Source> {
        let mut obj = cx.object(path, value)?;
        let dataset = obj.optional::<FileId>(cx, "dataset");
        let text = obj.optional::<String>(cx, "text");
        let year = obj.optional::<YearValue>(cx, "year");
        obj.finish(cx);
        let (dataset, text, year) = (dataset?, text?, year?);
        if dataset.is_some() == text.is_some() {
            let (first, second) = ("dataset", "text");
            cx.problem(path.clone(), ProblemKind::ExactlyOneOf { first, second });
            return None;
        }
        Some(Source {
            dataset,
            text,
            year: year.map(|year| year.0),
        })
    }
}

fn decode_estimate(cx: &mut Cx, obj: &mut Obj<'_>) -> Option<Estimate> {
    let unit = obj.or_empty(cx, "unit");
    let value = obj.required(cx, "value");
    let source = obj.required(cx, "source");
    let node = obj.optional(cx, "node");
    Some(Estimate {
        unit: unit?,
        value: value?,
        source: source?,
        node: node?,
    })
}

fn decode_assumption(cx: &mut Cx, obj: &mut Obj<'_>) -> Option<Assumption> {
    let from = obj.required(cx, "from");
    let to = obj.required(cx, "to");
    let assumption = obj.or_empty(cx, "assumption");
    let evidence = obj.required(cx, "evidence");
    let data = obj.optional(cx, "data");
    let edge = obj.optional(cx, "edge");
    Some(Assumption {
        from: from?,
        to: to?,
        assumption: assumption?,
        evidence: evidence?,
        data: data?,
        edge: edge?,
    })
}

impl Decode for Question {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Question> {
        let mut obj = cx.object(path, value)?;
        let id = obj.required(cx, "id");
        let kind = obj.required::<QuestionKindWord>(cx, "kind");
        let text = obj.required(cx, "text");
        // The kind decides which fields belong; those of the other kind are unknown fields.
        let body = match kind {
            Some(QuestionKindWord::Estimate) => decode_estimate(cx, &mut obj).map(Body::Estimate),
            Some(QuestionKindWord::Assumption) => {
                decode_assumption(cx, &mut obj).map(Body::Assumption)
            }
            None => None,
        };
        obj.finish(cx);
        Some(Question {
            id: id?,
            kind: kind?,
            text: text?,
            body: body?,
        })
    }
}

pub(crate) fn decode(cx: &mut Cx, value: &Value) -> Option<WorkshopFile> {
    let mut obj = cx.object(&JsonPath::root(), value)?;
    obj.allow(&["format", "version"]);
    let id = obj.required(cx, "id");
    let title = obj.required(cx, "title");
    let description = obj.or_empty(cx, "description");
    let for_participants = obj.or_empty(cx, "for_participants");
    let questions = obj.required(cx, "questions");
    obj.finish(cx);
    Some(WorkshopFile {
        format: super::FORMAT,
        version: VERSION,
        id: id?,
        title: title?,
        description: description?,
        for_participants: for_participants?,
        questions: questions?,
    })
}

fn is_false(value: &bool) -> bool {
    !*value
}
