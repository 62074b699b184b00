#![cfg(not(target_arch = "wasm32"))]
// Test code: helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Property tests of the file formats: any model value survives export and import exactly, and
//! no input (random bytes, random text, mutated fixtures) makes an importer panic.

mod io_support;
mod strategies;

use std::collections::BTreeMap;

use proptest::prelude::*;
use redeneerlijn::catalog::DatasetId;
use redeneerlijn::catalog::{AccessClass, AssumedField, Catalog, Dataset, SourceKind, Variable};
use redeneerlijn::io::{export_catalog, export_graph, import_catalog, import_graph, CatalogWriter};
use redeneerlijn::layout::{Layout, Point};
use redeneerlijn::model::{
    Edge, EdgeId, EvidenceLevel, Frequency, GeoLevel, Indicator, Node, NodeId, NodeKind,
    ReasoningLine, Scope, YearRange,
};
use strategies::{dataset_lists, finite, id_text, text};

fn period() -> impl Strategy<Value = Option<YearRange>> {
    prop::option::of(
        (1800i32..=2200, 0i32..50)
            .prop_map(|(from, length)| YearRange::new(from, (from + length).min(2200)).unwrap()),
    )
}

fn level() -> impl Strategy<Value = GeoLevel> {
    prop::sample::select(GeoLevel::ALL.to_vec())
}

fn frequency() -> impl Strategy<Value = Frequency> {
    prop::sample::select(Frequency::ALL.to_vec())
}

fn indicator() -> impl Strategy<Value = Indicator> {
    (
        (text(), text(), level(), frequency(), period()),
        (
            prop::option::of(text()),
            prop::option::of(finite()),
            prop::option::of(finite()),
            dataset_lists(),
        ),
    )
        .prop_map(
            |(
                (concept, unit, level, frequency, period),
                (target_group, baseline, target, (linked, rejected)),
            )| {
                Indicator {
                    concept,
                    unit,
                    level,
                    frequency,
                    period,
                    target_group,
                    baseline,
                    target,
                    linked_datasets: linked,
                    rejected_datasets: rejected,
                }
            },
        )
}

fn node() -> impl Strategy<Value = Node> {
    (
        prop::sample::select(NodeKind::ALL.to_vec()),
        (text(), text(), text()),
        (prop::option::of(text()), prop::option::of(text()), period()),
        prop::collection::vec(indicator(), 0..3),
    )
        .prop_map(
            |(kind, (title, description, owner), (area, target_group, period), indicators)| Node {
                kind,
                title,
                description,
                owner,
                scope: Scope {
                    area,
                    target_group,
                    period,
                },
                indicators,
            },
        )
}

fn evidence() -> impl Strategy<Value = EvidenceLevel> {
    prop::sample::select(vec![
        EvidenceLevel::None,
        EvidenceLevel::PracticeBased,
        EvidenceLevel::ResearchBased,
    ])
}

type EdgeSpec = (u32, usize, usize, String, EvidenceLevel);

fn line_and_layout() -> impl Strategy<Value = (ReasoningLine, Layout)> {
    let ids = prop_oneof![0u32..40, any::<u32>()];
    (
        text(),
        text(),
        prop::collection::btree_map(ids, node(), 0..8),
        prop::collection::vec(
            (
                any::<u32>(),
                any::<usize>(),
                any::<usize>(),
                text(),
                evidence(),
            ),
            0..12,
        ),
        prop::collection::vec((any::<usize>(), finite(), finite()), 0..8),
    )
        .prop_map(
            |(title, description, nodes, edges, positions): (
                _,
                _,
                BTreeMap<u32, Node>,
                Vec<EdgeSpec>,
                _,
            )| {
                let mut line = ReasoningLine::new(title);
                line.description = description;
                let ids: Vec<NodeId> = nodes.keys().map(|&id| NodeId(id)).collect();
                for (id, node) in nodes {
                    line.insert_node(NodeId(id), node).unwrap();
                }
                let mut layout = Layout::default();
                if !ids.is_empty() {
                    for (edge_id, from, to, assumption, evidence) in edges {
                        let (from, to) = (ids[from % ids.len()], ids[to % ids.len()]);
                        // Duplicates, self-loops and disallowed kinds are all allowed in files.
                        let _ = line.insert_edge(
                            EdgeId(edge_id),
                            from,
                            to,
                            Edge {
                                assumption,
                                evidence,
                            },
                        );
                    }
                    for (index, x, y) in positions {
                        layout
                            .positions
                            .insert(ids[index % ids.len()], Point { x, y });
                    }
                }
                (line, layout)
            },
        )
}

fn catalog() -> impl Strategy<Value = Catalog> {
    let dataset = (
        id_text(),
        (text(), text(), text()),
        prop::sample::select(vec![
            SourceKind::Cbs,
            SourceKind::Municipality,
            SourceKind::Partner,
            SourceKind::Other,
        ]),
        prop::collection::vec(
            (text(), prop::collection::vec(text(), 0..3))
                .prop_map(|(concept, aliases)| Variable { concept, aliases }),
            0..4,
        ),
        (level(), frequency(), period()),
        (
            prop::sample::select(vec![
                AccessClass::Open,
                AccessClass::Internal,
                AccessClass::Personal,
            ]),
            prop::collection::vec(
                prop::sample::select(vec![
                    AssumedField::Level,
                    AssumedField::Frequency,
                    AssumedField::Access,
                ]),
                0..3,
            ),
        ),
    )
        .prop_map(
            |(
                id,
                (title, owner, notes),
                source,
                variables,
                (level, frequency, period),
                (access, assumed),
            )| {
                let mut dataset = Dataset::new(id, title, level, frequency);
                for field in assumed {
                    dataset.assume(field);
                }
                dataset.owner = owner;
                dataset.notes = notes;
                dataset.source = source;
                dataset.variables = variables;
                dataset.period = period;
                dataset.access = access;
                dataset
            },
        );
    (text(), prop::collection::vec(dataset, 0..6)).prop_map(|(title, datasets)| {
        let mut catalog = Catalog::new(title);
        for dataset in datasets {
            catalog.insert(dataset);
        }
        catalog
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_reasoning_line_round_trips_exactly((line, layout) in line_and_layout()) {
        let written = export_graph(&line, &layout).unwrap();
        let loaded = import_graph(written.as_bytes()).unwrap();
        prop_assert_eq!(&loaded.line, &line);
        prop_assert_eq!(&loaded.layout, &layout);
        prop_assert!(loaded.notices.is_empty());
        // Bit for bit, not just ==: -0.0 and 0.0 compare equal.
        for (id, point) in &layout.positions {
            let back = loaded.layout.positions[id];
            prop_assert_eq!((back.x.to_bits(), back.y.to_bits()), (point.x.to_bits(), point.y.to_bits()));
        }
        prop_assert_eq!(export_graph(&loaded.line, &loaded.layout).unwrap(), written);
    }

    #[test]
    fn any_catalog_round_trips_exactly(catalog in catalog()) {
        let written = export_catalog(&catalog).unwrap();
        let loaded = import_catalog(written.as_bytes()).unwrap();
        prop_assert_eq!(&loaded.catalog, &catalog);
        prop_assert_eq!(export_catalog(&loaded.catalog).unwrap(), written);
    }

    #[test]
    fn a_catalog_written_in_steps_is_the_file_written_at_once(catalog in catalog(), per_step in 1usize..4) {
        let mut writer = CatalogWriter::new(&catalog).unwrap();
        let mut steps = 0;
        while !writer.step(&catalog, per_step).unwrap() {
            steps += 1;
            prop_assert!(steps <= catalog.len(), "the writer makes progress");
        }
        prop_assert_eq!(writer.written(), catalog.len());
        prop_assert_eq!(writer.finish(), export_catalog(&catalog).unwrap());
    }

    #[test]
    fn repeated_and_contradicting_dataset_choices_are_settled_on_reading(
        linked in prop::collection::vec(0..4usize, 0..6),
        rejected in prop::collection::vec(0..4usize, 0..6),
    ) {
        let pool = ["cbs-85984NED", "cbs-83765NED", "gem-minimaregelingen", "gem-iv3-6.3"];
        let ids = |picks: &[usize]| -> Vec<DatasetId> {
            picks.iter().map(|&i| DatasetId(pool[i].to_owned())).collect()
        };
        let mut indicator = Indicator::new("Aantal inwoners", GeoLevel::District, Frequency::Year);
        indicator.linked_datasets = ids(&linked);
        indicator.rejected_datasets = ids(&rejected);
        let mut goal = Node::new(NodeKind::Goal, "Minder armoede");
        goal.indicators.push(indicator.clone());
        let mut line = ReasoningLine::new("Armoede");
        let id = line.add_node(goal);
        let written = export_graph(&line, &Layout::default()).unwrap();
        let loaded = import_graph(written.as_bytes()).unwrap();
        let settled = &loaded.line.node(id).unwrap().indicators[0];
        // Each id once, in the order of first mention; of a dataset in both lists the link stays.
        let mut expected_linked: Vec<DatasetId> = Vec::new();
        for dataset in &indicator.linked_datasets {
            if !expected_linked.contains(dataset) {
                expected_linked.push(dataset.clone());
            }
        }
        let mut expected_rejected: Vec<DatasetId> = Vec::new();
        for dataset in &indicator.rejected_datasets {
            if !expected_linked.contains(dataset) && !expected_rejected.contains(dataset) {
                expected_rejected.push(dataset.clone());
            }
        }
        prop_assert_eq!(&settled.linked_datasets, &expected_linked);
        prop_assert_eq!(&settled.rejected_datasets, &expected_rejected);
        let dropped = linked.len() + rejected.len() - expected_linked.len() - expected_rejected.len();
        prop_assert_eq!(loaded.notices.len(), dropped, "one notice per left-out id");
        let again = export_graph(&loaded.line, &loaded.layout).unwrap();
        prop_assert!(import_graph(again.as_bytes()).unwrap().notices.is_empty());
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = import_graph(&bytes);
        let _ = import_catalog(&bytes);
    }

    #[test]
    fn random_text_never_panics(text in any::<String>()) {
        let _ = import_graph(text.as_bytes());
        let _ = import_catalog(text.as_bytes());
    }

    #[test]
    fn mutated_fixtures_never_panic(seed in any::<u64>()) {
        let seeds = io_support::all_fixture_bytes();
        let mut rng = io_support::mutator::Rng::new(seed);
        for _ in 0..8 {
            let input = io_support::mutator::mutate(&mut rng, &seeds);
            if let Ok(loaded) = import_graph(&input) {
                // What loads must write and load again.
                let written = export_graph(&loaded.line, &loaded.layout).unwrap();
                prop_assert!(import_graph(written.as_bytes()).is_ok());
            }
            if let Ok(loaded) = import_catalog(&input) {
                let written = export_catalog(&loaded.catalog).unwrap();
                prop_assert!(import_catalog(written.as_bytes()).is_ok());
            }
        }
    }
}

#[test]
fn not_finite_numbers_are_refused_when_writing() {
    let mut line = ReasoningLine::new("Armoede");
    let mut goal = Node::new(NodeKind::Goal, "Minder armoede");
    let mut indicator = Indicator::new(
        "Huishoudens met een laag inkomen",
        GeoLevel::District,
        Frequency::Year,
    );
    indicator.baseline = Some(f64::NAN);
    goal.indicators.push(indicator);
    let id = line.add_node(goal);
    let mut layout = Layout::default();
    layout.positions.insert(
        id,
        Point {
            x: f64::INFINITY,
            y: 0.0,
        },
    );
    let error = export_graph(&line, &layout).unwrap_err();
    let paths: Vec<String> = error
        .problems
        .iter()
        .map(|(path, _)| path.to_string())
        .collect();
    assert_eq!(paths, ["nodes[0].indicators[0].baseline", "layout.n0.x"]);
    assert!(error.messages(redeneerlijn::i18n::Lang::Nl)[0].contains("kan niet worden opgeslagen"));
}
