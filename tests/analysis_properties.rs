//! Property tests: random (often broken) reasoning lines and catalogs never make the analysis
//! panic, every need gets one verdict, finer data never lowers coverage, and results repeat.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use redeneerlijn::analysis::{
    analyse, analyse_portfolio, normalise, CatalogIndex, Coverage, MatchVia,
};
use redeneerlijn::catalog::{AccessClass, Catalog, Dataset, DatasetId, Variable};
use redeneerlijn::generate;
use redeneerlijn::model::{
    Edge, Frequency, GeoLevel, Indicator, Node, NodeId, NodeKind, ReasoningLine, YearRange,
};
use redeneerlijn::report::dataset_users;

const CONCEPTS: [&str; 6] = [
    "Aantal inwoners",
    "aantal  INWONERS",
    "Wmo-cliënten",
    "Huishoudens met een laag inkomen",
    "Aanmelding schuldhulpverlening",
    "",
];

fn period() -> impl Strategy<Value = Option<YearRange>> {
    prop::option::of((2015..2030i32, 0..6i32))
        .prop_map(|p| p.and_then(|(f, n)| YearRange::new(f, f + n)))
}

fn level() -> impl Strategy<Value = GeoLevel> {
    prop::sample::select(GeoLevel::ALL.to_vec())
}

fn frequency() -> impl Strategy<Value = Frequency> {
    prop::sample::select(Frequency::ALL.to_vec())
}

fn indicator() -> impl Strategy<Value = Indicator> {
    (
        0..CONCEPTS.len(),
        level(),
        frequency(),
        period(),
        prop::option::of(0..8usize),
    )
        .prop_map(|(c, l, f, p, link)| {
            let mut i = Indicator::new(CONCEPTS[c], l, f);
            i.period = p;
            i.linked_datasets = link
                .map(|n| DatasetId(format!("d{n}")))
                .into_iter()
                .collect();
            i
        })
}

fn line() -> impl Strategy<Value = ReasoningLine> {
    let node = (
        prop::sample::select(NodeKind::ALL.to_vec()),
        prop::collection::vec(indicator(), 0..3),
        period(),
    );
    (
        prop::collection::vec(node, 0..12),
        prop::collection::vec((0..14u32, 0..14u32), 0..24),
    )
        .prop_map(|(nodes, edges)| {
            let mut line = ReasoningLine::new("random");
            for (kind, indicators, period) in nodes {
                let mut n = Node::new(kind, "x");
                n.indicators = indicators;
                n.scope.period = period;
                line.add_node(n);
            }
            for (a, b) in edges {
                // Unknown ids are refused by the model; that is fine.
                let _ = line.add_edge(NodeId(a), NodeId(b), Edge::default());
            }
            line
        })
}

fn catalog() -> impl Strategy<Value = Catalog> {
    let dataset = (
        0..8usize,
        prop::collection::vec(0..CONCEPTS.len(), 0..3),
        level(),
        frequency(),
        period(),
        any::<bool>(),
    );
    prop::collection::vec(dataset, 0..10).prop_map(|datasets| {
        let mut catalog = Catalog::new("random");
        for (id, concepts, l, f, p, personal) in datasets {
            let mut d = Dataset::new(format!("d{id}"), "d", l, f);
            d.period = p;
            d.access = if personal {
                AccessClass::Personal
            } else {
                AccessClass::Open
            };
            d.variables = concepts
                .into_iter()
                .map(|c| Variable {
                    concept: CONCEPTS[c].to_owned(),
                    aliases: vec![CONCEPTS[(c + 1) % CONCEPTS.len()].to_owned()],
                })
                .collect();
            catalog.insert(d);
        }
        catalog
    })
}

fn rank(coverage: &Coverage) -> u8 {
    match coverage {
        // Suggestions do not count: to link is as uncovered as missing.
        Coverage::Missing | Coverage::ToLink(_) => 0,
        Coverage::PartlyCovered(_) => 1,
        Coverage::Covered(_) => 2,
    }
}

proptest! {
    #[test]
    fn every_need_gets_one_verdict_and_results_repeat(line in line(), catalog in catalog()) {
        let index = CatalogIndex::new(&catalog);
        let analysis = analyse(&line, &index);
        prop_assert_eq!(analysis.score.total(), analysis.needs.len());
        for checked in &analysis.needs {
            let span = checked.coverage.span();
            prop_assert!(span.range().end <= analysis.candidates.len());
            match checked.coverage {
                Coverage::Covered(_) => prop_assert!(analysis.candidates_of(&checked.coverage).iter().all(|c| c.gaps.is_empty())),
                Coverage::PartlyCovered(_) => prop_assert!(analysis.candidates_of(&checked.coverage).iter().all(|c| !c.gaps.is_empty())),
                Coverage::ToLink(_) => {
                    prop_assert!(span.len > 0);
                    prop_assert!(analysis.candidates_of(&checked.coverage).iter().all(|c| c.via == MatchVia::Suggested));
                }
                Coverage::Missing => prop_assert_eq!(span.len, 0),
            }
        }
        // A suggestion never makes a dataset used: every used dataset is linked by hand or names
        // an indicator's concept exactly.
        let indicators: Vec<_> = line.nodes().flat_map(|n| n.node.indicators.clone()).collect();
        for &used in &analysis.used {
            let dataset = index.dataset(used).unwrap();
            let linked = indicators.iter().any(|i| i.linked_datasets.contains(&dataset.id));
            let named = dataset.variables.iter().any(|v| {
                std::iter::once(&v.concept).chain(&v.aliases).any(|name| {
                    indicators.iter().any(|i| normalise(&i.concept) == normalise(name))
                })
            });
            prop_assert!(linked || named, "{} is used without a link or its concept", dataset.id);
        }
        prop_assert_eq!(analysis.used.len() + analysis.unused.len(), index.len());
        // Personal data held back (data minimisation) is unused, and counted nowhere else.
        for &held_back in &analysis.minimised {
            prop_assert!(analysis.unused.binary_search(&held_back).is_ok());
            prop_assert_eq!(index.dataset(held_back).unwrap().access, AccessClass::Personal);
        }
        let users = dataset_users(&line, &analysis, &index);
        prop_assert!(users.keys().copied().eq(analysis.used.iter().copied()), "users are counted as the check counts them");
        prop_assert!(analysis.node_status.keys().copied().eq(line.node_ids()));
        prop_assert!(analysis.needs.windows(2).all(|w| w[0].need.origin < w[1].need.origin));
        prop_assert_eq!(&analyse(&line, &CatalogIndex::new(&catalog)), &analysis);
        let portfolio = analyse_portfolio(&[("a", &line), ("b", &line)], &index);
        prop_assert!(portfolio.islands.is_empty());
    }

    #[test]
    fn finer_data_never_lowers_coverage(line in line(), catalog in catalog(), pick in 0..10usize) {
        let before = analyse(&line, &CatalogIndex::new(&catalog));
        let mut finer = catalog.clone();
        if let Some(mut d) = catalog.datasets().nth(pick).cloned() {
            d.level = GeoLevel::Person;
            d.frequency = Frequency::Week;
            finer.insert(d);
        }
        let after = analyse(&line, &CatalogIndex::new(&finer));
        prop_assert_eq!(before.needs.len(), after.needs.len());
        for (b, a) in before.needs.iter().zip(&after.needs) {
            prop_assert!(rank(&a.coverage) >= rank(&b.coverage));
        }
        prop_assert!(after.score.covered >= before.score.covered);
    }

    #[test]
    fn generated_inputs_never_panic(nodes in 0..120usize, datasets in 0..300usize, seed in any::<u64>()) {
        let line = generate::reasoning_line(nodes, seed);
        let index = CatalogIndex::new(&generate::catalog(datasets, seed));
        let analysis = analyse(&line, &index);
        prop_assert_eq!(analysis.score.total(), analysis.needs.len());
        prop_assert!(analysis.diagnostics.iter().all(|d| !d.message(redeneerlijn::i18n::Lang::Nl).is_empty()));
    }
}
