use std::collections::BTreeMap;

use super::*;
use crate::i18n::Lang;
use crate::workshop::{EstimateQuestion, QuestionId, Source};

fn workshop() -> Workshop {
    let mut workshop = Workshop::new(WorkshopId("ws-1".into()), "Armoede in beeld");
    for text in ["Eerste vraag", "Tweede vraag"] {
        workshop.add(
            text,
            QuestionBody::Estimate(EstimateQuestion {
                unit: "%".into(),
                value: 9.4,
                source: Source::Text {
                    text: "Illustratieve waarde".into(),
                    year: None,
                },
                node: None,
            }),
        );
    }
    workshop
}

fn answers(workshop: &Workshop) -> Answers {
    let mut answers = Answers::new(workshop, ParticipantId("p-1".into()));
    answers.name = Some("Anja".into());
    answers.answers = BTreeMap::from([
        (QuestionId(2), Answer::Estimate(-0.0)),
        (QuestionId(1), Answer::Estimate(12.5)),
    ]);
    answers
}

#[test]
fn answers_round_trip_in_question_order() {
    let workshop = workshop();
    let answers = answers(&workshop);
    let text = export_answers(&answers).unwrap();
    assert!(text.find("\"q1\"") < text.find("\"q2\""));
    let loaded = import_answers_for(&workshop, text.as_bytes()).unwrap();
    assert_eq!(loaded.answers, answers);
    assert_eq!(export_answers(&loaded.answers).unwrap(), text);
}

#[test]
fn answers_for_another_workshop_or_version_are_refused() {
    let workshop = workshop();
    let text = export_answers(&answers(&workshop)).unwrap();
    let mut other = workshop.clone();
    other.id = WorkshopId("ws-2".into());
    other.title = "Eenzaamheid".into();
    let error = import_answers_for(&other, text.as_bytes()).unwrap_err();
    assert_eq!(error.codes(), ["workshop.id other-workshop"]);
    assert_eq!(
        error.messages(Lang::Nl),
        [
            "workshop.id: Deze antwoorden horen bij een andere workshop (“Armoede in beeld”), \
          niet bij “Eenzaamheid”."
        ]
    );
    let mut changed = workshop.clone();
    if let Some(question) = changed.question_mut(QuestionId(1)) {
        question.text.push('?');
    }
    let error = import_answers_for(&changed, text.as_bytes()).unwrap_err();
    assert_eq!(error.codes(), ["workshop.fingerprint changed-workshop"]);
}

#[test]
fn each_answer_must_fit_its_question() {
    let workshop = workshop();
    let mut answers = answers(&workshop);
    answers.answers.insert(
        QuestionId(1),
        Answer::Confidence(Confidence::new(3).unwrap()),
    );
    answers.answers.insert(QuestionId(7), Answer::Estimate(1.0));
    let text = export_answers(&answers).unwrap();
    let error = import_answers_for(&workshop, text.as_bytes()).unwrap_err();
    assert_eq!(
        error.codes(),
        [
            "answers.q1 wrong-answer-kind",
            "answers.q7 unknown-question"
        ]
    );
}

#[test]
fn answer_values_are_validated() {
    let text = r#"{"format": "redeneerlijn-answers", "version": 1,
        "workshop": {"id": "ws-1", "fingerprint": "abc", "title": "T"},
        "participant": "p", "answers": {
          "q1": {"confidence": 9}, "q2": {}, "x3": {"estimate": 1},
          "q4": {"estimate": "12"}, "q5": {"confidence": 2.5}, "q6": {"estimate": 1, "confidence": 1},
          "q07": {"estimate": 1}, "q7": {"estimate": 2}}}"#;
    let error = import_answers(text.as_bytes()).unwrap_err();
    assert_eq!(
        error.codes(),
        [
            "answers.q1.confidence not-in-range",
            "answers.q2 exactly-one-of",
            "answers.q4.estimate wrong-type",
            "answers.q5.confidence wrong-type",
            "answers.q6 exactly-one-of",
            "answers.x3 invalid-id-form",
            "answers.q7 duplicate-id",
        ]
    );
}
