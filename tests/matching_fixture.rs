#![cfg(not(target_arch = "wasm32"))]
// Test code: helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The labelled matching benchmark in `tests/fixtures/matching/` is consistent: the dataset list is
//! a catalog file the app reads without problems or notices (and in the form the app writes), and
//! every query is well formed, names only datasets the list has and uses the app's own level and
//! frequency words. This checks the fixture, not how well anything matches; see the README there.

use std::collections::{BTreeMap, BTreeSet};

use redeneerlijn::catalog::{Catalog, DatasetId};
use redeneerlijn::io::{
    export_catalog, import_catalog, open_json, parse_frequency, parse_level, Opened,
};
use serde_json::{Map, Value};

const CATALOG: &str = include_str!("fixtures/matching/catalog.json");
const QUERIES: &str = include_str!("fixtures/matching/queries.json");
const EXAMPLE_CATALOG: &str = include_str!("../assets/examples/catalogus-voorbeeldgemeente.json");

/// Kinds of query, as the README describes them; `none` is the kind of every unanswerable query.
const KINDS: [&str; 10] = [
    "synonym",
    "compound",
    "word-order",
    "abbreviation",
    "plural",
    "typo",
    "english",
    "paraphrase",
    "exact",
    "none",
];
const FIELDS: [&str; 6] = ["phrase", "level", "frequency", "expected", "kind", "note"];

/// The list as the app opens a chosen file: `open_json`, which must see a catalog file.
fn opened_catalog() -> Catalog {
    match open_json(CATALOG.as_bytes(), "") {
        Ok(Opened::Catalog(loaded)) => {
            assert!(
                loaded.notices.is_empty(),
                "catalog.json loads with notices: {:?}",
                loaded.notices
            );
            loaded.catalog
        }
        Ok(_) => panic!("catalog.json is not read as a catalog file"),
        Err(error) => panic!("catalog.json does not load: {error:?}"),
    }
}

fn queries() -> Vec<Map<String, Value>> {
    let value: Value = serde_json::from_str(QUERIES).expect("queries.json is JSON");
    let Value::Array(items) = value else {
        panic!("queries.json is not an array");
    };
    items
        .into_iter()
        .enumerate()
        .map(|(index, item)| match item {
            Value::Object(query) => query,
            other => panic!("query {index} is not an object: {other}"),
        })
        .collect()
}

fn text<'a>(query: &'a Map<String, Value>, field: &str, index: usize) -> &'a str {
    query
        .get(field)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("query {index}: {field} is missing or not a text"))
}

fn expected(query: &Map<String, Value>, index: usize) -> Vec<&str> {
    let list = query
        .get("expected")
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("query {index}: expected is missing or not a list"));
    list.iter()
        .map(|id| {
            id.as_str()
                .unwrap_or_else(|| panic!("query {index}: expected holds a non-text {id}"))
        })
        .collect()
}

#[test]
fn the_catalog_loads_with_the_apps_reader_in_canonical_form() {
    let catalog = opened_catalog();
    let imported = import_catalog(CATALOG.as_bytes()).expect("import_catalog reads it too");
    assert_eq!(imported.catalog, catalog);
    assert!(
        (250..=600).contains(&catalog.len()),
        "{} datasets",
        catalog.len()
    );
    // The generator writes what the app writes, so the file is its own export.
    assert_eq!(export_catalog(&catalog).expect("exports"), CATALOG);
    for dataset in catalog.datasets() {
        assert!(
            !dataset.variables.is_empty(),
            "{} has no concept",
            dataset.id
        );
    }
}

#[test]
fn the_catalog_holds_every_source_family() {
    let catalog = opened_catalog();
    let count = |prefix: &str| {
        catalog
            .datasets()
            .filter(|dataset| dataset.id.0.starts_with(prefix))
            .count()
    };
    // Every topic of CBS 85984NED, every Iv3 taakveld, every Utrecht title; a selection of GGM.
    assert_eq!(count("cbs-85984NED-"), 128);
    assert_eq!(count("iv3-"), 69);
    assert_eq!(count("utrecht-"), 180);
    assert!(count("ggm-") >= 100, "{} GGM objects", count("ggm-"));
    // The shipped example list is in it unchanged.
    let example = import_catalog(EXAMPLE_CATALOG.as_bytes())
        .expect("example catalog loads")
        .catalog;
    for dataset in example.datasets() {
        assert_eq!(
            catalog.get(&dataset.id),
            Some(dataset),
            "example dataset {} differs",
            dataset.id
        );
    }
}

#[test]
fn every_query_is_well_formed_and_names_only_listed_datasets() {
    let catalog = opened_catalog();
    let mut phrases = BTreeSet::new();
    for (index, query) in queries().iter().enumerate() {
        for field in query.keys() {
            assert!(
                FIELDS.contains(&field.as_str()),
                "query {index}: unknown field {field}"
            );
        }
        let phrase = text(query, "phrase", index);
        assert!(
            !phrase.trim().is_empty() && phrase.trim() == phrase,
            "query {index}: phrase {phrase:?}"
        );
        let key = phrase
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(phrases.insert(key), "phrase {phrase:?} is there twice");
        let kind = text(query, "kind", index);
        assert!(KINDS.contains(&kind), "{phrase:?}: unknown kind {kind}");
        assert!(
            !text(query, "note", index).trim().is_empty(),
            "{phrase:?}: no note"
        );
        if query.contains_key("level") {
            let level = text(query, "level", index);
            assert!(parse_level(level).is_some(), "{phrase:?}: level {level}");
        }
        if query.contains_key("frequency") {
            let frequency = text(query, "frequency", index);
            assert!(
                parse_frequency(frequency).is_some(),
                "{phrase:?}: frequency {frequency}"
            );
        }
        let ids = expected(query, index);
        assert_eq!(
            kind == "none",
            ids.is_empty(),
            "{phrase:?}: kind none is exactly the queries without expected datasets"
        );
        let distinct: BTreeSet<_> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len(), "{phrase:?}: a dataset twice");
        for id in ids {
            assert!(
                catalog.contains(&DatasetId(id.to_owned())),
                "{phrase:?}: {id} is not in the catalog"
            );
        }
    }
}

#[test]
fn the_queries_cover_every_kind_in_the_promised_numbers() {
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    let all = queries();
    for (index, query) in all.iter().enumerate() {
        *per_kind.entry(text(query, "kind", index)).or_default() += 1;
    }
    let empty = per_kind.get("none").copied().unwrap_or(0);
    assert!(all.len() - empty >= 100, "{} answered", all.len() - empty);
    assert!(empty >= 15, "{empty} without an answer");
    for kind in KINDS {
        let n = per_kind.get(kind).copied().unwrap_or(0);
        match kind {
            "exact" => assert!((1..=10).contains(&n), "{n} exact queries"),
            "none" => {}
            _ => assert!(n >= 8, "{n} {kind} queries"),
        }
    }
}
