use super::*;
use crate::analysis::DataStatus;
use crate::catalog::DatasetId;
use crate::i18n::Lang;
use crate::model::{EdgeId, EvidenceLevel, NodeId};
use crate::workshop::{AssumptionQuestion, EstimateQuestion, QuestionBody, Source, WorkshopId};

fn sample() -> Workshop {
    let mut workshop = Workshop::new(WorkshopId("ws-armoede".into()), "Armoede in beeld");
    workshop.add(
        "Schat: Huishoudens tot 120% van sociaal minimum",
        QuestionBody::Estimate(EstimateQuestion {
            unit: "%".into(),
            value: 9.4,
            source: Source::Dataset {
                id: DatasetId("cbs-85984NED".into()),
                year: Some(2024),
            },
            node: Some(NodeId(1)),
        }),
    );
    workshop.add(
        "Hoe zeker ben je?",
        QuestionBody::Assumption(AssumptionQuestion {
            from: "Budgetcoaching".into(),
            to: "Grip op geldzaken".into(),
            assumption: String::new(),
            evidence: EvidenceLevel::None,
            data: Some(DataStatus::NoNeeds),
            edge: Some(EdgeId(9)),
        }),
    );
    workshop
}

#[test]
fn a_workshop_round_trips_byte_for_byte() {
    let workshop = sample();
    let text = export_workshop(&workshop).unwrap();
    assert!(text.contains("\"kind\": \"estimate\",\n      \"text\""));
    assert!(text.contains("\"data\": \"none\""));
    let loaded = import_workshop(text.as_bytes()).unwrap();
    assert_eq!(loaded.workshop, workshop);
    assert!(loaded.notices.is_empty());
    assert_eq!(export_workshop(&loaded.workshop).unwrap(), text);
}

#[test]
fn fields_of_the_other_kind_are_unknown_and_ids_are_checked() {
    let text = r#"{"format": "redeneerlijn-workshop", "version": 1, "id": "w", "title": "T",
        "questions": [
          {"id": "q1", "kind": "estimate", "text": "A", "value": 1, "source": {"text": "x"},
           "evidence": "none"},
          {"id": "vraag", "kind": "estimate", "text": "B", "value": 1,
           "source": {"text": "x", "dataset": "d"}},
          {"id": "q1", "kind": "assumption", "text": "C", "from": "a", "to": "b",
           "evidence": "none", "edge": "n1"}]}"#;
    let error = import_workshop(text.as_bytes()).unwrap_err();
    assert_eq!(
        error.codes(),
        [
            "questions[1].id invalid-id-form",
            "questions[1].source exactly-one-of",
            "questions[2].edge invalid-id-form"
        ]
    );
    assert!(error.messages(Lang::Nl)[0].contains("bijvoorbeeld q3"));
    let text = text
        .replace("\"vraag\"", "\"q2\"")
        .replace(", \"dataset\": \"d\"", "");
    let text = text.replace("\"n1\"", "\"e1\"");
    let error = import_workshop(text.as_bytes()).unwrap_err();
    assert_eq!(error.codes(), ["questions[2].id duplicate-id"]);
    assert!(error.messages(Lang::En)[0].contains("first at questions[0].id"));
}

#[test]
fn what_would_not_load_is_not_written() {
    let mut workshop = sample();
    if let Some(QuestionBody::Estimate(estimate)) = workshop
        .question_mut(crate::workshop::QuestionId(1))
        .map(|q| &mut q.body)
    {
        estimate.value = f64::NAN;
        estimate.source = Source::Text {
            text: String::new(),
            year: Some(1200),
        };
    }
    workshop.id = WorkshopId(String::new());
    let error = export_workshop(&workshop).unwrap_err();
    let paths: Vec<String> = error.problems.iter().map(|(p, _)| p.to_string()).collect();
    assert_eq!(
        paths,
        ["id", "questions[0].value", "questions[0].source.year"]
    );
}
