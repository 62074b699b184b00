//! Structural findings, written out in full.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod analysis_support;

use analysis_support::*;
use redeneerlijn::analysis::structure_diagnostics;
use redeneerlijn::i18n::Lang;
use redeneerlijn::model::{Edge, Frequency, GeoLevel, Node, NodeKind, ReasoningLine};

fn check(line: &ReasoningLine, expected: &str) {
    let mut actual = String::new();
    for d in structure_diagnostics(line) {
        let nodes: Vec<String> = d.nodes.iter().map(ToString::to_string).collect();
        let edges: Vec<String> = d.edges.iter().map(ToString::to_string).collect();
        actual.push_str(&format!(
            "{:?} {:?} [{}] [{}]\n  nl: {}\n  en: {}\n",
            d.severity,
            d.kind,
            nodes.join(" "),
            edges.join(" "),
            d.message(Lang::Nl),
            d.message(Lang::En)
        ));
    }
    assert_text(&actual, expected);
}

#[test]
fn a_sound_line_has_no_findings() {
    check(&schuldhulp_line().line, "");
}

#[test]
fn wrong_direction_cycle_and_duplicate() {
    let mut s = schuldhulp_line();
    // Goal -> intervention is the wrong way round, and closes a circle.
    connect(&mut s.line, s.goal, s.intervention);
    connect(&mut s.line, s.outcome, s.goal);
    check(
        &s.line,
        r#"
Error KindNotAllowed { from: Goal, to: Intervention } [n0 n2] [e2]
  nl: Een doel kan niet bijdragen aan een interventie. Draai de verbinding om of verwijder haar.
  en: A goal cannot contribute to an intervention. Reverse the connection or remove it.
Error Cycle [n0 n1 n2] [e0 e1 e2 e3]
  nl: Deze 3 onderdelen dragen in een kringetje aan elkaar bij. Een redeneerlijn loopt van interventies naar doelen; haal één verbinding weg.
  en: These 3 parts contribute to each other in a circle. A reasoning line runs from interventions to goals; remove one connection.
Warning DuplicateEdge [n0 n1] [e1 e3]
  nl: Deze twee onderdelen zijn meer dan eens in dezelfde richting verbonden.
  en: These two parts are connected in the same direction more than once.
"#,
    );
}

#[test]
fn loose_parts_and_missing_indicators() {
    let mut line = ReasoningLine::new("Armoedebeleid");
    line.add_node(node(NodeKind::Goal, "Iedereen kan meedoen", vec![]));
    let loose = node(
        NodeKind::Intervention,
        "Formulierenbrigade",
        vec![ind(
            "Aanmelding schuldhulpverlening",
            GeoLevel::Person,
            Frequency::Month,
        )],
    );
    line.add_node(loose);
    check(
        &line,
        r#"
Warning InterventionReachesNoGoal [n1] []
  nl: Deze interventie leidt via geen enkele verbinding naar een doel. Waar draagt ze aan bij?
  en: This intervention leads to no goal along any connection. What does it contribute to?
Warning GoalReachedByNoIntervention [n0] []
  nl: Geen enkele interventie draagt (via effecten) bij aan dit doel. Wat doet de gemeente eraan?
  en: No intervention contributes (through outcomes) to this goal. What does the municipality do about it?
Info NoIndicators [n0] []
  nl: Dit onderdeel heeft geen indicatoren, dus er is niet te bepalen welke data het nodig heeft.
  en: This part has no indicators, so it cannot be determined which data it needs.
"#,
    );
}

#[test]
fn self_loop_and_periods_that_do_not_meet() {
    let mut s = schuldhulp_line();
    // The intervention's indicator is about 2019-2020; the outcome inherits 2024-2026.
    let mut node = s.line.node(s.intervention).unwrap().clone();
    node.indicators[0].period = years(2019, 2020);
    s.line.set_node(s.intervention, node).unwrap();
    connect(&mut s.line, s.goal, s.goal);
    check(
        &s.line,
        r#"
Error Cycle [n0] [e2]
  nl: Dit onderdeel draagt via een verbinding bij aan zichzelf.
  en: This part contributes to itself through a connection.
Warning NoCommonPeriod { from: YearRange { from: 2019, to: 2020 }, to: YearRange { from: 2024, to: 2026 } } [n1 n2] [e0]
  nl: De onderdelen van deze verbinding gaan over verschillende jaren (2019–2020 en 2024–2026), dus de aanname erachter is niet te toetsen.
  en: The parts of this connection are about different years (2019–2020 and 2024–2026), so the assumption behind it cannot be tested.
"#,
    );
}

/// Regression: a loaded line that is one very long chain must not overflow the stack (in wasm a
/// stack overflow kills the app). 200,000 nodes is far beyond what a 10 MB file can hold.
#[test]
fn a_very_long_chain_does_not_overflow_the_stack() {
    let handle = std::thread::Builder::new()
        .stack_size(1 << 20) // the wasm32 default stack is 1 MiB
        .spawn(|| {
            let mut line = ReasoningLine::new("Keten");
            let mut previous = line.add_node(Node::new(NodeKind::Goal, "Doel"));
            for i in 0..200_000 {
                let next = line.add_node(Node::new(NodeKind::Outcome, format!("Effect {i}")));
                line.add_edge(next, previous, Edge::default()).unwrap();
                previous = next;
            }
            let index = redeneerlijn::analysis::CatalogIndex::new(
                &redeneerlijn::catalog::Catalog::default(),
            );
            redeneerlijn::analysis::analyse(&line, &index).needs.len()
        })
        .unwrap();
    assert_eq!(handle.join().expect("no stack overflow"), 0);
}
