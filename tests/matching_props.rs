#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Properties of the matching: a dataset's own words find it first, the list's order changes
//! nothing, and no input panics. On the real benchmark list (`tests/fixtures/matching/`) and on
//! generated ones.

use proptest::prelude::*;
use redeneerlijn::analysis::{CatalogIndex, SuggestOptions};
use redeneerlijn::catalog::{Catalog, Dataset, Variable};
use redeneerlijn::io::{open_json, Opened};
use redeneerlijn::matching::{Searcher, Words};
use redeneerlijn::model::{Frequency, GeoLevel};

const CATALOG: &str = include_str!("fixtures/matching/catalog.json");

fn benchmark_list() -> Catalog {
    match open_json(CATALOG.as_bytes(), "") {
        Ok(Opened::Catalog(loaded)) => loaded.catalog,
        _ => panic!("the benchmark list does not load"),
    }
}

/// The stems of a text's kept words, sorted: two texts with the same are indistinguishable.
fn stems(words: &mut Words, text: &str) -> Vec<String> {
    let mut stems: Vec<String> = words.words(text).into_iter().map(|w| w.stem).collect();
    stems.sort();
    stems.dedup();
    stems
}

fn options(limit: usize) -> SuggestOptions<'static> {
    SuggestOptions {
        typing: false,
        need: None,
        exclude: &[],
        limit,
    }
}

#[test]
fn every_concept_typed_back_finds_its_dataset_among_the_exact_matches() {
    let catalog = benchmark_list();
    let index = CatalogIndex::new(&catalog);
    for (at, dataset) in index.datasets() {
        for variable in &dataset.variables {
            let holders = index.holding(&variable.concept);
            assert!(
                holders.contains(&at),
                "{} for {:?}",
                dataset.id.0,
                variable.concept
            );
        }
    }
}

#[test]
fn every_title_typed_back_ranks_its_dataset_first() {
    let catalog = benchmark_list();
    let index = CatalogIndex::new(&catalog);
    let mut searcher = Searcher::default();
    let mut words = Words::default();
    let all: Vec<(Vec<String>, Vec<Vec<String>>)> = index
        .datasets()
        .map(|(_, d)| {
            let concepts = d
                .variables
                .iter()
                .map(|v| stems(&mut words, &v.concept))
                .collect();
            (stems(&mut words, &d.title), concepts)
        })
        .collect();
    for (at, dataset) in index.datasets() {
        let own = &all[at.0 as usize].0;
        if own.is_empty() {
            continue;
        }
        let found = index.suggest(&mut searcher, &dataset.title, options(1));
        let first = found.datasets.first().map(|s| s.dataset);
        let Some(first) = first else {
            panic!(
                "{}: its title {:?} finds nothing",
                dataset.id.0, dataset.title
            );
        };
        // Another dataset may say the same words (a title, or a concept, which weighs more):
        // then it is as good an answer, and either may come first.
        let (title, concepts) = &all[first.0 as usize];
        let same_words = |other: &Vec<String>| own.iter().all(|s| other.contains(s));
        assert!(
            first == at || same_words(title) || concepts.iter().any(same_words),
            "{}: its title {:?} ranks {} first",
            dataset.id.0,
            dataset.title,
            index.dataset_id(first).0
        );
    }
}

/// A small list of real words, so generated datasets and phrases meet often.
const WORDS: &[&str] = &[
    "aantal",
    "inwoners",
    "bijstand",
    "uitkering",
    "huishoudens",
    "kinderen",
    "armoede",
    "schulden",
    "jeugdzorg",
    "ouderen",
    "eenzaamheid",
    "woningen",
    "buurt",
    "wijk",
    "werk",
    "inkomen",
    "wmo",
    "mantelzorg",
    "schuldhulpverlening",
    "participatiewet",
    "laag",
    "sociaal",
    "minimum",
    "WOZ",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..5).prop_map(|w| w.join(" "))
}

fn dataset() -> impl Strategy<Value = (String, String, Vec<String>)> {
    ("[a-z]{1,6}", text(), prop::collection::vec(text(), 0..3))
}

fn catalog_of(datasets: &[(String, String, Vec<String>)]) -> Catalog {
    let mut catalog = Catalog::new("test");
    for (id, title, concepts) in datasets {
        let mut d = Dataset::new(
            id.clone(),
            title.clone(),
            GeoLevel::Municipality,
            Frequency::Year,
        );
        d.variables = concepts
            .iter()
            .map(|c| Variable {
                concept: c.clone(),
                aliases: Vec::new(),
            })
            .collect();
        catalog.insert(d);
    }
    catalog
}

fn ranked_ids(index: &CatalogIndex, phrase: &str, typing: bool) -> Vec<String> {
    let found = index.suggest(
        &mut Searcher::default(),
        phrase,
        SuggestOptions {
            typing,
            ..options(10)
        },
    );
    found
        .datasets
        .iter()
        .map(|s| index.dataset_id(s.dataset).0.clone())
        .collect()
}

proptest! {
    #[test]
    fn the_lists_order_changes_nothing(
        datasets in prop::collection::vec(dataset(), 1..12),
        phrase in text(),
        seed in any::<u64>(),
    ) {
        // Ids are unique in a list (a repeated id replaces the earlier dataset).
        let mut datasets = datasets;
        let mut seen = std::collections::BTreeSet::new();
        datasets.retain(|d| seen.insert(d.0.clone()));
        let mut shuffled = datasets.clone();
        // A deterministic shuffle from the seed (Fisher-Yates with a xorshift).
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let a = CatalogIndex::new(&catalog_of(&datasets));
        let b = CatalogIndex::new(&catalog_of(&shuffled));
        prop_assert_eq!(ranked_ids(&a, &phrase, false), ranked_ids(&b, &phrase, false));
        prop_assert_eq!(ranked_ids(&a, &phrase, true), ranked_ids(&b, &phrase, true));
    }

    #[test]
    fn no_input_panics(
        datasets in prop::collection::vec(("\\PC{0,8}", "\\PC{0,30}", prop::collection::vec("\\PC{0,20}", 0..3)), 0..6),
        phrase in "\\PC{0,40}",
        typing in any::<bool>(),
    ) {
        let index = CatalogIndex::new(&catalog_of(&datasets));
        let found = index.suggest(&mut Searcher::default(), &phrase, SuggestOptions { typing, ..options(5) });
        prop_assert!(found.datasets.len() <= 5);
        let _ = index.ranked_for(&mut Searcher::default(), &phrase, None, 5);
        for s in &found.datasets {
            let _ = index.explain(&mut Searcher::default(), &phrase, s.dataset);
        }
    }

    #[test]
    fn suggestions_are_ranked_best_first_and_never_repeat(
        datasets in prop::collection::vec(dataset(), 1..12),
        phrase in text(),
    ) {
        let index = CatalogIndex::new(&catalog_of(&datasets));
        let found = index.suggest(&mut Searcher::default(), &phrase, options(10));
        let mut words = Words::default();
        let wanted = stems(&mut words, &phrase);
        let titled = |s: &redeneerlijn::analysis::Suggestion, words: &mut Words| {
            index.dataset(s.dataset).is_some_and(|d| stems(words, &d.title) == wanted)
        };
        for pair in found.datasets.windows(2) {
            // A title saying exactly the typed words comes first; otherwise the better fit.
            let first_titled = titled(&pair[0], &mut words);
            prop_assert!(first_titled || !titled(&pair[1], &mut words));
            if first_titled == titled(&pair[1], &mut words) {
                prop_assert!(pair[0].fit >= pair[1].fit);
            }
        }
        let mut ids: Vec<_> = found.datasets.iter().map(|s| s.dataset).collect();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), found.datasets.len());
    }
}
