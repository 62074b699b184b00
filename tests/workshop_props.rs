#![cfg(not(target_arch = "wasm32"))]
// Test code: helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Property tests of the workshop and answers files: any workshop and any answers survive export
//! and import exactly (same value, same bytes), and no input makes an importer, the merge, the
//! scoring or the renderers panic.

mod strategies;
mod workshop_support;

use std::collections::BTreeMap;

use proptest::prelude::*;
use redeneerlijn::analysis::DataStatus;
use redeneerlijn::catalog::DatasetId;
use redeneerlijn::i18n::Lang;
use redeneerlijn::io::{
    export_answers, export_workshop, import_answers, import_answers_for, import_workshop,
};
use redeneerlijn::model::{EdgeId, EvidenceLevel, NodeId};
use redeneerlijn::workshop::{
    estimate_plot_svg, summary, summary_html, summary_rows, Answer, Answers, AssumptionQuestion,
    Confidence, EstimateQuestion, ParticipantId, Question, QuestionBody, QuestionId, Source,
    Workshop, WorkshopId,
};
use strategies::{finite, id_text, text};

fn source() -> impl Strategy<Value = Source> {
    let year = prop::option::of(1800i32..=2200);
    prop_oneof![
        (id_text(), year.clone()).prop_map(|(id, year)| Source::Dataset {
            id: DatasetId(id),
            year
        }),
        (text(), year).prop_map(|(text, year)| Source::Text { text, year }),
    ]
}

fn body() -> impl Strategy<Value = QuestionBody> {
    let data = prop::option::of(prop::sample::select(vec![
        DataStatus::Covered,
        DataStatus::Partly,
        DataStatus::Missing,
        DataStatus::NoNeeds,
    ]));
    let evidence = prop::sample::select(vec![
        EvidenceLevel::None,
        EvidenceLevel::PracticeBased,
        EvidenceLevel::ResearchBased,
    ]);
    prop_oneof![
        (text(), finite(), source(), prop::option::of(any::<u32>())).prop_map(
            |(unit, value, source, node)| QuestionBody::Estimate(EstimateQuestion {
                unit,
                value,
                source,
                node: node.map(NodeId),
            })
        ),
        (
            (text(), text(), text()),
            evidence,
            data,
            prop::option::of(any::<u32>())
        )
            .prop_map(|((from, to, assumption), evidence, data, edge)| {
                QuestionBody::Assumption(AssumptionQuestion {
                    from,
                    to,
                    assumption,
                    evidence,
                    data,
                    edge: edge.map(EdgeId),
                })
            }),
    ]
}

fn workshop() -> impl Strategy<Value = Workshop> {
    (
        id_text(),
        text(),
        text(),
        prop::collection::btree_map(any::<u32>(), (text(), body()), 0..8),
        any::<u64>(),
    )
        .prop_map(|(id, title, description, questions, shuffle)| {
            let mut workshop = Workshop::new(WorkshopId(id), title);
            workshop.description = description;
            for (id, (text, body)) in questions {
                let question = Question {
                    id: QuestionId(id),
                    text,
                    body,
                };
                workshop.insert(question).unwrap();
            }
            // The trainer's order is not id order.
            if let Some(first) = workshop.questions().first().map(|q| q.id) {
                let len = workshop.questions().len();
                workshop.move_to(first, (shuffle as usize) % len.max(1));
            }
            workshop
        })
}

fn answers_for(workshop: &Workshop, seed: u64, name: Option<String>) -> Answers {
    let mut answers = Answers::new(workshop, ParticipantId(format!("p-{seed:x}")));
    answers.name = name;
    answers.answers = workshop
        .questions()
        .iter()
        .enumerate()
        .map(|(n, question)| {
            let answer = match question.body {
                QuestionBody::Estimate(_) => {
                    Answer::Estimate(seed.wrapping_mul(n as u64 + 1) as f64 / 7.0 - 1e6)
                }
                QuestionBody::Assumption(_) => {
                    Answer::Confidence(Confidence::new((seed % 5) as u8 + 1).unwrap())
                }
            };
            (question.id, answer)
        })
        .collect::<BTreeMap<_, _>>();
    answers
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_workshop_round_trips_exactly(workshop in workshop()) {
        let written = export_workshop(&workshop).unwrap();
        let loaded = import_workshop(written.as_bytes()).unwrap();
        prop_assert_eq!(&loaded.workshop, &workshop);
        prop_assert!(loaded.notices.is_empty());
        prop_assert_eq!(export_workshop(&loaded.workshop).unwrap(), written);
    }

    #[test]
    fn any_answers_round_trip_exactly(
        workshop in workshop(),
        seed in any::<u64>(),
        name in prop::option::of(text()),
    ) {
        let answers = answers_for(&workshop, seed, name);
        let written = export_answers(&answers).unwrap();
        let loaded = import_answers_for(&workshop, written.as_bytes()).unwrap();
        prop_assert_eq!(&loaded.answers, &answers);
        prop_assert_eq!(export_answers(&loaded.answers).unwrap(), written);
    }

    #[test]
    fn scoring_and_rendering_never_panic(workshop in workshop(), seeds in prop::collection::vec(any::<u64>(), 0..5)) {
        let answers: Vec<Answers> = seeds.iter().map(|&s| answers_for(&workshop, s, None)).collect();
        let summary = summary(&workshop, &answers);
        prop_assert_eq!(summary.estimates.len() + summary.assumptions.len(), workshop.questions().len());
        let rows = summary_rows(&summary, None, Lang::En);
        prop_assert!(rows.iter().all(|row| row.len() == 14));
        for line in &summary.estimates {
            let svg = estimate_plot_svg(line, Lang::Nl);
            for bad in ["=\"NaN", "=\"inf", "=\"-inf"] {
                prop_assert!(!svg.contains(bad), "{} in {}", bad, svg);
            }
        }
        let page = summary_html(&workshop, &summary, None, Lang::En);
        prop_assert!(page.ends_with("</html>\n"));
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = import_workshop(&bytes);
        let _ = import_answers(&bytes);
    }

    #[test]
    fn random_text_never_panics(text in any::<String>()) {
        let _ = import_workshop(text.as_bytes());
        let _ = import_answers(text.as_bytes());
    }

    /// Fixtures with one span of bytes replaced: deep enough to get past the parser.
    #[test]
    fn mutated_fixtures_never_panic(pick in any::<usize>(), at in any::<usize>(), len in 0usize..40, insert in "\\PC{0,8}") {
        let workshop = workshop_support::example_workshop();
        let mut seeds = workshop_support::fixtures("valid");
        seeds.extend(workshop_support::fixtures("broken"));
        let (_, bytes) = &seeds[pick % seeds.len()];
        let start = at % (bytes.len() + 1);
        let end = (start + len).min(bytes.len());
        let mut input = bytes[..start].to_vec();
        input.extend_from_slice(insert.as_bytes());
        input.extend_from_slice(&bytes[end..]);
        if let Ok(loaded) = import_workshop(&input) {
            let written = export_workshop(&loaded.workshop).unwrap();
            prop_assert!(import_workshop(written.as_bytes()).is_ok());
        }
        if let Ok(loaded) = import_answers_for(&workshop, &input) {
            let written = export_answers(&loaded.answers).unwrap();
            prop_assert!(import_answers(written.as_bytes()).is_ok());
        }
    }
}
