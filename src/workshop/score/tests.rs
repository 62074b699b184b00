use std::collections::BTreeMap;

use super::*;
use crate::workshop::answers::{Fingerprint, ParticipantId, WorkshopRef};
use crate::workshop::model::{Source, WorkshopId};

fn estimate_question(value: f64) -> Question {
    Question {
        id: QuestionId(1),
        text: "Hoeveel procent van de huishoudens leeft tot 120% van het sociaal minimum?".into(),
        body: QuestionBody::Estimate(EstimateQuestion {
            unit: "%".into(),
            value,
            source: Source::Text {
                text: "Illustratieve waarde".into(),
                year: Some(2024),
            },
            node: None,
        }),
    }
}

fn assumption_question(evidence: EvidenceLevel, data: Option<DataStatus>) -> Question {
    Question {
        id: QuestionId(2),
        text: "Hoe zeker ben je?".into(),
        body: QuestionBody::Assumption(AssumptionQuestion {
            from: "Budgetcoaching voor ouders".into(),
            to: "Ouders hebben meer grip op hun geldzaken".into(),
            assumption: String::new(),
            evidence,
            data,
            edge: None,
        }),
    }
}

fn sheets(answers: &[Answer]) -> Vec<Answers> {
    answers
        .iter()
        .enumerate()
        .map(|(n, &answer)| Answers {
            workshop: WorkshopRef {
                id: WorkshopId("w".into()),
                fingerprint: Fingerprint("f".into()),
                title: "Armoede".into(),
            },
            participant: ParticipantId(format!("p{n}")),
            name: None,
            answers: BTreeMap::from([(QuestionId(1), answer), (QuestionId(2), answer)]),
        })
        .collect()
}

fn estimates(values: &[f64]) -> Vec<Answers> {
    sheets(
        &values
            .iter()
            .map(|&v| Answer::Estimate(v))
            .collect::<Vec<_>>(),
    )
}

fn estimate_reveal(real: f64, values: &[f64]) -> EstimateReveal {
    match reveal(&estimate_question(real), &estimates(values)) {
        Reveal::Estimate(reveal) => reveal,
        other => panic!("{other:?}"),
    }
}

#[test]
fn no_answers_give_no_median_and_no_verdict() {
    let reveal = estimate_reveal(9.4, &[]);
    assert_eq!((reveal.median, reveal.misjudgement), (None, None));
    assert!(reveal.estimates.is_empty());
}

#[test]
fn one_participant_is_the_median() {
    let reveal = estimate_reveal(8.0, &[20.0]);
    assert_eq!(reveal.median, Some(20.0));
    let m = reveal.misjudgement.unwrap();
    assert_eq!(
        (m.direction, m.factor, m.difference),
        (Direction::Over, Some(2.5), 12.0)
    );
    assert_eq!((reveal.above, reveal.below, reveal.exact), (1, 0, 0));
}

#[test]
fn an_exact_hit_has_factor_one() {
    let reveal = estimate_reveal(9.4, &[5.0, 9.4, 30.0]);
    let m = reveal.misjudgement.unwrap();
    assert_eq!((m.direction, m.factor), (Direction::Exact, Some(1.0)));
    assert_eq!((reveal.above, reveal.below, reveal.exact), (1, 1, 1));
}

#[test]
fn underestimates_have_the_inverse_factor() {
    let reveal = estimate_reveal(40.0, &[5.0, 10.0, 15.0, 100.0]);
    assert_eq!(reveal.median, Some(12.5));
    let m = reveal.misjudgement.unwrap();
    assert_eq!((m.direction, m.factor), (Direction::Under, Some(3.2)));
    assert_eq!(reveal.estimates, [5.0, 10.0, 15.0, 100.0]);
}

#[test]
fn a_real_value_of_zero_has_no_factor() {
    let m = estimate_reveal(0.0, &[1.0, 2.0, 3.0]).misjudgement.unwrap();
    assert_eq!(
        (m.direction, m.factor, m.difference),
        (Direction::Over, None, 2.0)
    );
    let m = estimate_reveal(0.0, &[0.0]).misjudgement.unwrap();
    assert_eq!((m.direction, m.factor), (Direction::Exact, Some(1.0)));
    let m = estimate_reveal(5.0, &[-1.0, 0.0, 1.0])
        .misjudgement
        .unwrap();
    assert_eq!((m.direction, m.factor), (Direction::Under, None));
}

#[test]
fn negative_values_compare_sizes_and_read_direction_on_the_number_line() {
    // A decline of 2 estimated as a decline of 4: too low on the number line, twice the size.
    let m = Misjudgement::of(-4.0, -2.0);
    assert_eq!((m.direction, m.factor), (Direction::Under, Some(2.0)));
    let m = Misjudgement::of(-1.0, -2.0);
    assert_eq!((m.direction, m.factor), (Direction::Over, Some(2.0)));
    let m = Misjudgement::of(3.0, -2.0);
    assert_eq!((m.direction, m.factor), (Direction::Over, None));
}

#[test]
fn huge_and_tiny_values_stay_finite() {
    let reveal = estimate_reveal(1.0, &[f64::MAX, f64::MAX]);
    assert_eq!(reveal.median, Some(f64::MAX));
    let m = Misjudgement::of(f64::MAX, 5e-324);
    assert_eq!(
        m.factor, None,
        "the ratio overflows: no factor rather than infinity"
    );
    let reveal = estimate_reveal(1.0, &[f64::NAN, f64::INFINITY, 2.0]);
    assert_eq!(
        reveal.estimates,
        [2.0],
        "non-finite estimates made in code are skipped"
    );
}

#[test]
fn worse_misjudgements_come_first() {
    let mut list = [
        Misjudgement::of(2.0, 0.0),
        Misjudgement::of(10.0, 5.0),
        Misjudgement::of(1.0, 5.0),
        Misjudgement::of(9.0, 0.0),
    ];
    list.sort_by(Misjudgement::worse_first);
    let factors: Vec<_> = list.iter().map(|m| (m.factor, m.difference)).collect();
    assert_eq!(
        factors,
        [
            (Some(5.0), -4.0),
            (Some(2.0), 5.0),
            (None, 9.0),
            (None, 2.0)
        ]
    );
}

#[test]
fn confidence_is_counted_per_level() {
    let levels = [5, 4, 4, 2].map(|l| Answer::Confidence(Confidence::new(l).unwrap()));
    let question = assumption_question(EvidenceLevel::None, Some(DataStatus::Missing));
    let Reveal::Assumption(reveal) = reveal(&question, &sheets(&levels)) else {
        panic!("not an assumption reveal");
    };
    assert_eq!(reveal.counts, [0, 1, 0, 2, 1]);
    assert_eq!(reveal.median, Some(4.0));
    assert!(reveal.confident());
    let backing = reveal.missing_backing();
    assert!(backing.no_evidence && backing.no_data);
}

#[test]
fn data_only_offered_does_not_back_a_link() {
    let question = assumption_question(EvidenceLevel::ResearchBased, Some(DataStatus::ToLink));
    let Reveal::Assumption(reveal) = reveal(&question, &[]) else {
        panic!("not an assumption reveal");
    };
    let backing = reveal.missing_backing();
    assert!(backing.data_to_link && !backing.no_data && backing.any());
}

#[test]
fn unknown_data_is_not_called_missing() {
    let question = assumption_question(EvidenceLevel::ResearchBased, None);
    let Reveal::Assumption(reveal) = reveal(&question, &[]) else {
        panic!("not an assumption reveal");
    };
    assert_eq!(reveal.median, None);
    assert!(!reveal.confident() && !reveal.missing_backing().any());
}

#[test]
fn answers_of_the_wrong_kind_are_skipped() {
    let confident = sheets(&[Answer::Confidence(Confidence::new(3).unwrap())]);
    let Reveal::Estimate(revealed) = reveal(&estimate_question(1.0), &confident) else {
        panic!("not an estimate reveal");
    };
    assert!(revealed.estimates.is_empty() && revealed.median.is_none());
    let Reveal::Assumption(revealed) = reveal(
        &assumption_question(EvidenceLevel::None, None),
        &estimates(&[3.0]),
    ) else {
        panic!("not an assumption reveal");
    };
    assert_eq!(revealed.answered(), 0);
}

#[test]
fn the_sort_key_orders_as_worse_first() {
    let values = [
        0.0,
        -0.0,
        0.5,
        1.0,
        2.0,
        2.5,
        10.0,
        -3.0,
        1e300,
        f64::INFINITY,
        f64::NAN,
    ];
    let mut all = Vec::new();
    for &difference in &values {
        all.push(Misjudgement {
            direction: Direction::Over,
            factor: None,
            difference,
        });
        for &factor in &values {
            all.push(Misjudgement {
                direction: Direction::Over,
                factor: Some(factor),
                difference,
            });
        }
    }
    let key = |m: &Misjudgement| (m.kind_key(), m.size_key());
    for a in &all {
        assert!(a.kind_key() < 2);
        for b in &all {
            assert_eq!(key(a).cmp(&key(b)), a.worse_first(b), "{a:?} {b:?}");
        }
    }
}
