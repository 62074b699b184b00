#![cfg(not(target_arch = "wasm32"))]
// Test code: helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Workshops from the shipped examples (`assets/examples/`): drafting questions from a reasoning
//! line and its analysis, the example workshop file, and the reveal and summary of the answers
//! in `tests/fixtures/workshop/valid/`.

mod workshop_support;

use redeneerlijn::analysis::{analyse, CatalogIndex, DataStatus};
use redeneerlijn::catalog::DatasetId;
use redeneerlijn::i18n::Lang;
use redeneerlijn::io::{export_workshop, import_catalog, import_graph, import_workshop};
use redeneerlijn::model::{EdgeId, EvidenceLevel, NodeId};
use redeneerlijn::report::write_csv;
use redeneerlijn::workshop::{
    draft_questions, merge_answer_files, reveal, summary, summary_html, summary_rows, Direction,
    QuestionBody, QuestionId, Reveal, Source,
};

const ARMOEDE: &str = include_str!("../assets/examples/armoede-gezinnen.json");
const EENZAAMHEID: &str = include_str!("../assets/examples/eenzaamheid-ouderen.json");
const CATALOGUS: &str = include_str!("../assets/examples/catalogus-voorbeeldgemeente.json");
const WORKSHOP: &str = include_str!("../assets/examples/workshop-armoede.json");

/// (example, indicators with a baseline, edges, estimates whose source is a covering dataset)
const EXPECTED: [(&str, usize, usize, usize); 2] = [(ARMOEDE, 19, 18, 7), (EENZAAMHEID, 13, 16, 5)];

#[test]
fn questions_are_drafted_from_indicators_with_a_value_and_from_edges() {
    let catalog = import_catalog(CATALOGUS.as_bytes()).unwrap().catalog;
    let index = CatalogIndex::new(&catalog);
    for (text, estimates, edges, from_datasets) in EXPECTED {
        let line = import_graph(text.as_bytes()).unwrap().line;
        let with_values = line
            .nodes()
            .flat_map(|n| n.node.indicators.iter())
            .filter(|i| i.baseline.is_some())
            .count();
        let analysis = analyse(&line, &index);
        let drafts = draft_questions(&line, Some((&analysis, &index)), Lang::Nl);
        let (mut estimate_count, mut dataset_sources, mut assumption_count) = (0, 0, 0);
        for draft in &drafts {
            match &draft.body {
                QuestionBody::Estimate(estimate) => {
                    estimate_count += 1;
                    assert!(draft.text.starts_with("Schat: "), "{}", draft.text);
                    if let Source::Dataset { id, .. } = &estimate.source {
                        assert!(catalog.contains(id), "{id:?}");
                        dataset_sources += 1;
                    }
                }
                QuestionBody::Assumption(assumption) => {
                    assumption_count += 1;
                    let edge = assumption.edge.expect("drawn from an edge");
                    assert_eq!(assumption.data, analysis.edge_status.get(&edge).copied());
                    assert!(draft.text.starts_with("Hoe zeker ben je dat “"));
                }
            }
        }
        assert_eq!(estimate_count, with_values);
        assert_eq!((estimate_count, assumption_count), (estimates, edges));
        assert_eq!(dataset_sources, from_datasets);
        // Without a catalog, nothing is claimed about data and sources are the line itself.
        let plain = draft_questions(&line, None, Lang::En);
        assert_eq!(plain.len(), drafts.len());
        assert!(plain.iter().all(|d| match &d.body {
            QuestionBody::Estimate(e) => matches!(e.source, Source::Text { .. }),
            QuestionBody::Assumption(a) => a.data.is_none(),
        }));
    }
}

#[test]
fn the_first_armoede_drafts_are_the_goal_figures_and_the_first_link() {
    let catalog = import_catalog(CATALOGUS.as_bytes()).unwrap().catalog;
    let index = CatalogIndex::new(&catalog);
    let line = import_graph(ARMOEDE.as_bytes()).unwrap().line;
    let analysis = analyse(&line, &index);
    let drafts = draft_questions(&line, Some((&analysis, &index)), Lang::En);
    let first = &drafts[0];
    assert_eq!(
        first.text,
        "Estimate: Huishoudens tot 120% van sociaal minimum (alle particuliere huishoudens, \
         Gemeente Voorbeeldstad, 2024)"
    );
    let QuestionBody::Estimate(estimate) = &first.body else {
        panic!("an estimate first");
    };
    assert_eq!((estimate.value, estimate.unit.as_str()), (9.4, "%"));
    assert_eq!(estimate.node, Some(NodeId(1)));
    let vroegsignalen = drafts
        .iter()
        .find(|d| d.text.contains("Vroegsignalen met contact"));
    let Some(QuestionBody::Estimate(estimate)) = vroegsignalen.map(|d| &d.body) else {
        panic!("no Vroegsignalen question");
    };
    assert_eq!(
        estimate.source,
        Source::Dataset {
            id: DatasetId("gem-dashboard-schulden".into()),
            year: Some(2024)
        }
    );
    let link = drafts.iter().find_map(|d| match &d.body {
        QuestionBody::Assumption(a) if a.edge == Some(EdgeId(5)) => Some(a),
        _ => None,
    });
    let link = link.expect("a question for e5");
    assert_eq!(link.evidence, EvidenceLevel::None);
    assert_eq!(link.data, Some(DataStatus::Partly));
}

#[test]
fn the_example_workshop_loads_in_canonical_form() {
    let loaded = import_workshop(WORKSHOP.as_bytes()).unwrap();
    assert!(loaded.notices.is_empty());
    assert_eq!(export_workshop(&loaded.workshop).unwrap(), WORKSHOP);
    assert_eq!(loaded.workshop.questions().len(), 10);
    // Every value in the example is illustrative, and its source says so.
    for question in loaded.workshop.questions() {
        if let QuestionBody::Estimate(estimate) = &question.body {
            let Source::Text { text, year } = &estimate.source else {
                panic!(
                    "{}: the example cites no dataset for an illustrative value",
                    question.id
                );
            };
            assert!(text.starts_with("Illustratieve waarde"), "{text}");
            assert_eq!(*year, Some(2024));
        }
    }
}

#[test]
fn the_summary_of_the_fixture_answers() {
    let workshop = workshop_support::example_workshop();
    let merged = merge_answer_files(&workshop, &[], &workshop_support::answer_files());
    assert!(merged.notes.is_empty());
    let answers = merged.answers;
    let Reveal::Estimate(first) = reveal(&workshop.questions()[0], &answers) else {
        panic!("q1 is an estimate");
    };
    // Estimates 8, 15, 20, 25 % against 9.4 %: median 17.5, overestimated 1.9 times.
    assert_eq!(first.estimates, [8.0, 15.0, 20.0, 25.0]);
    assert_eq!(first.median, Some(17.5));
    let m = first.misjudgement.unwrap();
    assert_eq!(m.direction, Direction::Over);
    assert!((m.factor.unwrap() - 17.5 / 9.4).abs() < 1e-12);

    let summary = summary(&workshop, &answers);
    assert_eq!(summary.participants, 4);
    let order: Vec<QuestionId> = summary.estimates.iter().map(|l| l.question).collect();
    // q2: median 15 vs 6.2 (2.4x); q1: 1.9x; q5: 27.5 vs 19 (1.4x); q4: 25.5 vs 21 days (1.2x);
    // q3: 6 vs 5.9 (1.02x).
    assert_eq!(order, [2, 1, 5, 4, 3].map(QuestionId));
    let unbacked: Vec<QuestionId> = summary
        .confident_without_backing()
        .iter()
        .map(|l| l.question)
        .collect();
    // The links without evidence (q6, q7, q10); the group's median is 4 ("fairly sure") on each.
    // The research-based links (q8, q9) are not listed, however sure the group was.
    assert_eq!(unbacked, [6, 7, 10].map(QuestionId));

    // Dutch CSV for Dutch spreadsheets: decimal commas, as they read them with `;` separators.
    let rows = summary_rows(&summary, None, Lang::Nl);
    assert_eq!(rows.len(), 1 + 10);
    assert_eq!(rows[0][0], "Soort");
    assert_eq!(
        rows[1][3..7],
        ["6,2", "15", "overschat", "2,4 keer te hoog"]
    );
    let csv = write_csv(&rows);
    assert!(csv.lines().count() >= 11);

    let page = summary_html(&workshop, &summary, None, Lang::En);
    assert!(page.contains("@page{size:A4"));
    assert_eq!(page.matches("<svg").count(), 5);
    assert!(page.contains("Here the group was confident"));
}
