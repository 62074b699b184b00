#![cfg(not(target_arch = "wasm32"))]
// Test code: helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Property tests of the vocabulary file: a vocabulary the reader accepts survives writing and
//! reading exactly, a vocabulary built in code is either refused by the writer or reads back, and
//! no input makes the reader panic.

mod io_support;
mod strategies;

use std::collections::BTreeSet;

use proptest::prelude::*;
use redeneerlijn::io::{export_vocabulary, import_vocabulary};
use redeneerlijn::matching::{SynonymGroup, Vocabulary};
use serde_json::json;
use strategies::{id_text, text};

/// What the format counts as the same term: capitals and spaces do not matter.
fn key(term: &str) -> String {
    term.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A term as the reader keeps it: trimmed, with a letter or digit, in any script.
fn term() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z][a-z0-9 -]{0,20}", "\\PC{0,12}[\\p{L}\\p{N}]\\PC{0,6}",]
        .prop_map(|term| term.trim().to_owned())
}

/// Two to six different terms.
fn terms() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(term(), 2..7)
        .prop_map(|terms| {
            let mut seen = BTreeSet::new();
            terms
                .into_iter()
                .filter(|term| seen.insert(key(term)))
                .collect::<Vec<_>>()
        })
        .prop_filter("two different terms", |terms| terms.len() >= 2)
}

fn source_key() -> impl Strategy<Value = String> {
    id_text().prop_filter("not blank", |key| !key.trim().is_empty())
}

/// A vocabulary the reader accepts: every group names a listed source.
fn vocabulary() -> impl Strategy<Value = Vocabulary> {
    prop::collection::btree_map(source_key(), text(), 1..4).prop_flat_map(|sources| {
        let keys: Vec<String> = sources.keys().cloned().collect();
        let group = (terms(), prop::sample::select(keys))
            .prop_map(|(terms, source)| SynonymGroup { terms, source });
        prop::collection::vec(group, 0..6)
            .prop_map(move |groups| Vocabulary::new(sources.clone(), groups))
    })
}

/// Anything code could build, valid or not: blank and repeated terms, spaces at the ends, sources
/// listed or not, blank keys.
fn any_vocabulary() -> impl Strategy<Value = Vocabulary> {
    let key = prop_oneof![3 => source_key(), 1 => text()];
    prop::collection::btree_map(key, text(), 0..3).prop_flat_map(|sources| {
        let mut keys: Vec<String> = sources.keys().cloned().collect();
        keys.push("niet vermeld".to_owned());
        let term = prop_oneof![
            4 => term(),
            1 => term().prop_map(|term| format!("  {} ", term.to_uppercase())),
            1 => text(),
        ];
        let group = (
            prop::collection::vec(term, 0..5),
            prop::sample::select(keys),
        )
            .prop_map(|(terms, source)| SynonymGroup { terms, source });
        prop::collection::vec(group, 0..4)
            .prop_map(move |groups| Vocabulary::new(sources.clone(), groups))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_valid_vocabulary_round_trips_exactly(vocabulary in vocabulary(), title in text()) {
        let written = export_vocabulary(&title, &vocabulary).unwrap();
        let loaded = import_vocabulary(written.as_bytes()).unwrap();
        prop_assert_eq!(&loaded.vocabulary, &vocabulary);
        prop_assert_eq!(&loaded.title, &title);
        prop_assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
        prop_assert_eq!(export_vocabulary(&loaded.title, &loaded.vocabulary).unwrap(), written);
    }

    #[test]
    fn the_writer_refuses_exactly_what_the_reader_would(vocabulary in any_vocabulary()) {
        let exported = export_vocabulary("Team", &vocabulary);
        // The same vocabulary as a file written by hand, without the writer's checks.
        let by_hand = json!({
            "format": "redeneerlijn-vocabulary",
            "version": 1,
            "title": "Team",
            "sources": vocabulary.sources(),
            "groups": vocabulary.groups().iter().map(|group| {
                json!({"terms": group.terms, "source": group.source})
            }).collect::<Vec<_>>(),
        });
        let read = import_vocabulary(by_hand.to_string().as_bytes());
        match (exported, read) {
            (Ok(written), Ok(read)) => {
                let loaded = import_vocabulary(written.as_bytes()).unwrap();
                prop_assert_eq!(&loaded.vocabulary, &read.vocabulary);
                prop_assert_eq!(loaded.notices, read.notices);
                // What the reader made of it is a fixed point.
                let again = export_vocabulary("Team", &loaded.vocabulary).unwrap();
                let reloaded = import_vocabulary(again.as_bytes()).unwrap();
                prop_assert_eq!(&reloaded.vocabulary, &loaded.vocabulary);
                prop_assert!(reloaded.notices.is_empty());
            }
            (Err(refused), Err(error)) => {
                let refused: Vec<String> = refused.problems.iter().map(|(p, _)| p.to_string()).collect();
                let mut paths: Vec<String> = error.problems.iter().map(|p| p.path.to_string()).collect();
                let mut sorted = refused.clone();
                sorted.sort();
                paths.sort();
                prop_assert_eq!(sorted, paths);
            }
            (exported, read) => prop_assert!(false, "writer {:?}, reader {:?}", exported, read),
        }
    }

    #[test]
    fn random_input_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2000), text in any::<String>()) {
        let _ = import_vocabulary(&bytes);
        let _ = import_vocabulary(text.as_bytes());
    }

    #[test]
    fn mutated_fixtures_never_panic_and_what_loads_writes(seed in any::<u64>()) {
        let seeds = io_support::all_fixture_bytes();
        let mut rng = io_support::mutator::Rng::new(seed);
        for _ in 0..8 {
            let input = io_support::mutator::mutate(&mut rng, &seeds);
            if let Ok(loaded) = import_vocabulary(&input) {
                let written = export_vocabulary(&loaded.title, &loaded.vocabulary).unwrap();
                let again = import_vocabulary(written.as_bytes()).unwrap();
                prop_assert_eq!(again.vocabulary, loaded.vocabulary);
            }
        }
    }
}
