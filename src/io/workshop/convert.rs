//! Explicit conversion between the workshop model and the current file shape.

use super::v1;
use crate::catalog::DatasetId;
use crate::io::decode::{is_valid_id, Cx, FileId, Prefixed};
use crate::io::path::JsonPath;
use crate::io::problem::{ExportProblemKind, ProblemKind};
use crate::model::YearRange;
use crate::workshop::{
    AssumptionQuestion, EstimateQuestion, Question, QuestionBody, Source, Workshop, WorkshopId,
};

type ExportProblems = Vec<(JsonPath, ExportProblemKind)>;

pub(crate) fn to_file(workshop: &Workshop) -> Result<v1::WorkshopFile, ExportProblems> {
    let mut problems = ExportProblems::new();
    let root = JsonPath::root();
    if !is_valid_id(&workshop.id.0) {
        let id = workshop.id.0.clone();
        problems.push((root.field("id"), ExportProblemKind::InvalidId { id }));
    }
    let questions = workshop
        .questions()
        .iter()
        .enumerate()
        .map(|(index, question)| {
            let path = root.field("questions").index(index);
            question_to_file(question, &path, &mut problems)
        })
        .collect();
    let file = v1::WorkshopFile {
        format: super::FORMAT,
        version: v1::VERSION,
        id: FileId(workshop.id.0.clone()),
        title: workshop.title.clone(),
        description: workshop.description.clone(),
        for_participants: workshop.for_participants,
        questions,
    };
    if problems.is_empty() {
        Ok(file)
    } else {
        Err(problems)
    }
}

fn question_to_file(
    question: &Question,
    path: &JsonPath,
    problems: &mut ExportProblems,
) -> v1::Question {
    let body = match &question.body {
        QuestionBody::Estimate(estimate) => {
            if !estimate.value.is_finite() {
                problems.push((path.field("value"), ExportProblemKind::NotFinite));
            }
            let source_path = path.field("source");
            v1::Body::Estimate(v1::Estimate {
                unit: estimate.unit.clone(),
                value: estimate.value,
                source: source_to_file(&estimate.source, &source_path, problems),
                node: estimate.node.map(Prefixed),
            })
        }
        QuestionBody::Assumption(assumption) => v1::Body::Assumption(v1::Assumption {
            from: assumption.from.clone(),
            to: assumption.to.clone(),
            assumption: assumption.assumption.clone(),
            evidence: assumption.evidence.into(),
            data: assumption.data.map(Into::into),
            edge: assumption.edge.map(Prefixed),
        }),
    };
    v1::Question {
        id: Prefixed(question.id),
        kind: question.kind().into(),
        text: question.text.clone(),
        body,
    }
}

fn source_to_file(source: &Source, path: &JsonPath, problems: &mut ExportProblems) -> v1::Source {
    let year = source.year();
    let plausible = YearRange::MIN_YEAR..=YearRange::MAX_YEAR;
    if let Some(year) = year.filter(|year| !plausible.contains(year)) {
        let year = i64::from(year);
        problems.push((
            path.field("year"),
            ExportProblemKind::ImplausibleYear { year },
        ));
    }
    let year = year.map(i64::from);
    match source {
        Source::Dataset { id, .. } => {
            if !is_valid_id(&id.0) {
                let id = id.0.clone();
                problems.push((
                    path.field("dataset"),
                    ExportProblemKind::InvalidDatasetId { id },
                ));
            }
            v1::Source {
                dataset: Some(FileId(id.0.clone())),
                text: None,
                year,
            }
        }
        Source::Text { text, .. } => v1::Source {
            dataset: None,
            text: Some(text.clone()),
            year,
        },
    }
}

fn source_to_model(source: v1::Source) -> Source {
    // Decoding made sure the year is plausible, so it fits an i32.
    let year = source.year.and_then(|year| i32::try_from(year).ok());
    match (source.dataset, source.text) {
        (Some(id), _) => Source::Dataset {
            id: DatasetId(id.0),
            year,
        },
        (None, text) => Source::Text {
            text: text.unwrap_or_default(),
            year,
        },
    }
}

fn body_to_model(body: v1::Body) -> QuestionBody {
    match body {
        v1::Body::Estimate(estimate) => QuestionBody::Estimate(EstimateQuestion {
            unit: estimate.unit,
            value: estimate.value,
            source: source_to_model(estimate.source),
            node: estimate.node.map(|id| id.0),
        }),
        v1::Body::Assumption(assumption) => QuestionBody::Assumption(AssumptionQuestion {
            from: assumption.from,
            to: assumption.to,
            assumption: assumption.assumption,
            evidence: assumption.evidence.into(),
            data: assumption.data.map(Into::into),
            edge: assumption.edge.map(|id| id.0),
        }),
    }
}

/// The model of a decoded file; a question id used twice is a problem (answers point at ids).
pub(crate) fn from_file(cx: &mut Cx, file: v1::WorkshopFile) -> Option<Workshop> {
    let mut workshop = Workshop::new(WorkshopId(file.id.0), file.title);
    workshop.description = file.description;
    workshop.for_participants = file.for_participants;
    let mut first_paths = std::collections::BTreeMap::new();
    for (index, question) in file.questions.into_iter().enumerate() {
        let path = JsonPath::root().field("questions").index(index).field("id");
        let id = question.id.0;
        let model = Question {
            id,
            text: question.text,
            body: body_to_model(question.body),
        };
        if workshop.insert(model).is_err() {
            let first = first_paths
                .get(&id)
                .cloned()
                .unwrap_or_else(|| path.clone());
            cx.problem(
                path,
                ProblemKind::DuplicateId {
                    id: id.to_string(),
                    first,
                },
            );
        } else {
            first_paths.insert(id, path);
        }
    }
    (!cx.has_problems()).then_some(workshop)
}
