#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The example content the app ships ("Voorbeeld openen", `assets/examples/`): the files load
//! without problems or notices, are in canonical form, are well-formed reasoning lines, and the
//! analysis against the example catalog gives the summary written out below, with every kind of
//! finding (covered, partly covered for each kind of gap, missing, unused).

use redeneerlijn::analysis::{
    analyse, structure_diagnostics, Analysis, CatalogIndex, Coverage, DiagnosticKind, Gap,
};
use redeneerlijn::catalog::Catalog;
use redeneerlijn::io::{export_catalog, export_graph, import_catalog, import_graph, LoadedGraph};

const ARMOEDE: &str = include_str!("../assets/examples/armoede-gezinnen.json");
const EENZAAMHEID: &str = include_str!("../assets/examples/eenzaamheid-ouderen.json");
const CATALOGUS: &str = include_str!("../assets/examples/catalogus-voorbeeldgemeente.json");

/// What the analysis of one example against the example catalog is expected to find.
struct Expected {
    name: &'static str,
    text: &'static str,
    nodes: usize,
    edges: usize,
    covered: usize,
    partly: usize,
    to_link: usize,
    missing: usize,
    unused: usize,
}

const EXAMPLES: [Expected; 2] = [
    Expected {
        name: "armoede-gezinnen.json",
        text: ARMOEDE,
        nodes: 15,
        edges: 18,
        covered: 23,
        partly: 38,
        // "Kinderen in huishoudens met een laag inkomen": no dataset names it, the CBS tables and
        // the poverty monitor are offered to link.
        to_link: 4,
        missing: 0,
        // The personal "Registratie vroegsignalering" names two needed concepts (as aliases), but
        // the aggregated dashboard without personal data covers both: data minimisation.
        unused: 20,
    },
    Expected {
        name: "eenzaamheid-ouderen.json",
        text: EENZAAMHEID,
        nodes: 14,
        edges: 16,
        covered: 16,
        partly: 28,
        to_link: 0,
        missing: 12,
        unused: 24,
    },
];

fn load_graph(name: &str, text: &str) -> LoadedGraph {
    let loaded =
        import_graph(text.as_bytes()).unwrap_or_else(|e| panic!("{name} does not load: {e:?}"));
    assert!(
        loaded.notices.is_empty(),
        "{name} loads with notices: {:?}",
        loaded.notices
    );
    loaded
}

fn load_catalog() -> Catalog {
    let loaded = import_catalog(CATALOGUS.as_bytes())
        .unwrap_or_else(|e| panic!("the example catalog does not load: {e:?}"));
    assert!(
        loaded.notices.is_empty(),
        "the example catalog loads with notices: {:?}",
        loaded.notices
    );
    loaded.catalog
}

fn analysed(example: &Expected) -> Analysis {
    let loaded = load_graph(example.name, example.text);
    analyse(&loaded.line, &CatalogIndex::new(&load_catalog()))
}

#[test]
fn examples_are_complete_reasoning_lines() {
    for example in &EXAMPLES {
        let name = example.name;
        let loaded = load_graph(name, example.text);
        let line = &loaded.line;
        assert!(
            (8..=20).contains(&line.node_count()),
            "{name}: {} nodes",
            line.node_count()
        );
        assert_eq!(line.node_count(), example.nodes, "{name}: node count");
        assert_eq!(line.edge_count(), example.edges, "{name}: edge count");
        for node in line.nodes() {
            assert!(
                !node.node.indicators.is_empty(),
                "{name}: {} has no indicator",
                node.id
            );
            assert!(
                !node.node.title.trim().is_empty(),
                "{name}: {} has no title",
                node.id
            );
        }
        for edge in line.edges() {
            assert!(
                !edge.edge.assumption.trim().is_empty(),
                "{name}: {} has no assumption",
                edge.id
            );
        }
        // Every node has a position, so the example draws as designed.
        for id in line.node_ids() {
            assert!(
                loaded.layout.positions.contains_key(&id),
                "{name}: {id} has no position"
            );
        }
        for diagnostic in structure_diagnostics(line) {
            assert!(
                !matches!(
                    diagnostic.kind,
                    DiagnosticKind::KindNotAllowed { .. }
                        | DiagnosticKind::Cycle
                        | DiagnosticKind::DuplicateEdge
                ),
                "{name}: {diagnostic:?}"
            );
        }
    }
}

#[test]
fn example_catalog_is_large_enough() {
    let catalog = load_catalog();
    assert!(catalog.len() >= 30, "{} datasets", catalog.len());
    assert_eq!(catalog.len(), 33);
}

#[test]
fn examples_are_in_canonical_form() {
    for example in &EXAMPLES {
        let loaded = load_graph(example.name, example.text);
        let written = export_graph(&loaded.line, &loaded.layout).unwrap();
        assert!(
            written == example.text,
            "{} is not in canonical form; write it with export_graph",
            example.name
        );
    }
    let written = export_catalog(&load_catalog()).unwrap();
    assert!(
        written == CATALOGUS,
        "the example catalog is not in canonical form; write it with export_catalog"
    );
}

#[test]
fn analysis_against_the_example_catalog() {
    for example in &EXAMPLES {
        let name = example.name;
        let analysis = analysed(example);
        let score = analysis.score;
        assert!(score.covered >= 1, "{name}: nothing covered");
        assert!(score.partly >= 1, "{name}: nothing partly covered");
        assert!(
            score.missing + score.to_link >= 1,
            "{name}: nothing missing or to link"
        );
        assert!(analysis.unused.len() >= 3, "{name}: fewer than 3 unused");
        assert_eq!(
            (
                score.covered,
                score.partly,
                score.to_link,
                score.missing,
                analysis.unused.len()
            ),
            (
                example.covered,
                example.partly,
                example.to_link,
                example.missing,
                example.unused
            ),
            "{name}: (covered, partly, to link, missing, unused) changed"
        );
    }
    assert!(EXAMPLES.iter().any(|e| e.to_link > 0) && EXAMPLES.iter().any(|e| e.missing > 0));
}

#[test]
fn examples_show_every_kind_of_gap() {
    let (mut level, mut frequency, mut period, mut personal) = (false, false, false, false);
    let mut measurements = false;
    for example in &EXAMPLES {
        let analysis = analysed(example);
        for checked in &analysis.needs {
            if let Coverage::PartlyCovered(_) = checked.coverage {
                for candidate in analysis.candidates_of(&checked.coverage) {
                    for gap in candidate.gaps.iter() {
                        match gap {
                            Gap::LevelTooCoarse { .. } => level = true,
                            Gap::FrequencyTooLow { .. } => frequency = true,
                            Gap::PeriodNotCovered { .. } => period = true,
                            Gap::TooFewMeasurements { .. } => measurements = true,
                            Gap::PersonalData => personal = true,
                        }
                    }
                }
            }
        }
    }
    assert!(
        level,
        "no need is partly covered because the data is too coarse"
    );
    assert!(
        frequency,
        "no need is partly covered because the data is too infrequent"
    );
    assert!(
        period,
        "no need is partly covered because a period is not covered"
    );
    assert!(
        personal,
        "no need is partly covered because of personal data"
    );
    assert!(
        measurements,
        "no need is partly covered because its period has too few measurements"
    );
}
