#![cfg(not(target_arch = "wasm32"))]
// Test code: helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! `open_json` parses a chosen file once and reads it as what it is. It must come to exactly what
//! trying each reader on the bytes in turn comes to (the way files were opened before), for every
//! fixture of every kind and for mutations of them.

mod io_support;

use std::path::Path;

use proptest::prelude::*;
use redeneerlijn::io::ckan::ckan_importer;
use redeneerlijn::io::csv::CatalogImport;
use redeneerlijn::io::dcat::dcat_importer;
use redeneerlijn::io::{
    import_catalog, import_graph, import_vocabulary, import_workshop, open_json, FileKind,
    LoadError, LoadedCatalog, LoadedGraph, LoadedVocabulary, LoadedWorkshop, Opened, ProblemKind,
    MAX_GRAPH_BYTES, MAX_VOCABULARY_BYTES,
};

const TITLE: &str = "Portaal";

/// What opening a file came to, comparable.
#[derive(Debug, PartialEq)]
enum Outcome {
    Portal(CatalogImport),
    Graph(LoadedGraph),
    Catalog(LoadedCatalog),
    Workshop(LoadedWorkshop),
    Answers,
    Vocabulary(LoadedVocabulary),
    Failed(Vec<String>),
}

fn failed(error: &LoadError) -> Outcome {
    Outcome::Failed(io_support::fixture_files::problem_lines(error))
}

fn is_other_kind(error: &LoadError, kind: FileKind) -> bool {
    error
        .problems
        .iter()
        .any(|p| matches!(p.kind, ProblemKind::OtherFileKind { found, .. } if found == kind))
}

/// The reference: each reader tried on the bytes in turn.
fn one_reader_after_another(bytes: &[u8]) -> Outcome {
    if let Ok(importer) = ckan_importer(bytes, TITLE) {
        return Outcome::Portal(importer.finish());
    }
    if let Ok(importer) = dcat_importer(bytes, TITLE) {
        return Outcome::Portal(importer.finish());
    }
    match import_graph(bytes) {
        Ok(graph) => Outcome::Graph(graph),
        Err(error) if is_other_kind(&error, FileKind::Workshop) => {
            import_workshop(bytes).map_or_else(|e| failed(&e), Outcome::Workshop)
        }
        Err(error) if is_other_kind(&error, FileKind::Answers) => Outcome::Answers,
        Err(error) if is_other_kind(&error, FileKind::Vocabulary) => {
            import_vocabulary(bytes).map_or_else(|e| failed(&e), Outcome::Vocabulary)
        }
        Err(error) if is_other_kind(&error, FileKind::Catalog) => {
            import_catalog(bytes).map_or_else(|e| failed(&e), Outcome::Catalog)
        }
        Err(error) => failed(&error),
    }
}

fn opened(bytes: &[u8]) -> Outcome {
    match open_json(bytes, TITLE) {
        Ok(Opened::Portal(importer)) => Outcome::Portal(importer.finish()),
        Ok(Opened::Graph(graph)) => Outcome::Graph(graph),
        Ok(Opened::Catalog(catalog)) => Outcome::Catalog(catalog),
        Ok(Opened::Workshop(workshop)) => Outcome::Workshop(workshop),
        Ok(Opened::Answers) => Outcome::Answers,
        Ok(Opened::Vocabulary(vocabulary)) => Outcome::Vocabulary(vocabulary),
        Err(error) => failed(&error),
    }
}

/// Every JSON fixture of every kind, and the shipped examples.
fn seeds() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let folders = [
        "tests/fixtures/io/valid",
        "tests/fixtures/io/broken",
        "tests/fixtures/workshop/valid",
        "tests/fixtures/workshop/broken",
        "tests/fixtures/workshop/merge",
        "tests/fixtures/ckan",
        "assets/examples",
        "assets/vocabulary",
    ];
    let mut files: Vec<(String, Vec<u8>)> = folders
        .iter()
        .flat_map(|folder| io_support::fixture_files::json_files(&root.join(folder)))
        .collect();
    let dcat = root.join("tests/fixtures/dcat/catalogus-dcat-ap-donl.jsonld");
    files.push(("dcat".to_owned(), std::fs::read(dcat).unwrap()));
    files
}

#[test]
fn every_fixture_opens_as_trying_each_reader_in_turn() {
    let mut kinds = std::collections::BTreeSet::new();
    for (name, bytes) in seeds() {
        let expected = one_reader_after_another(&bytes);
        kinds.insert(
            format!("{expected:?}")
                .split('(')
                .next()
                .unwrap()
                .to_owned(),
        );
        assert_eq!(opened(&bytes), expected, "{name}");
    }
    // The fixtures reach every outcome.
    let all = [
        "Answers",
        "Catalog",
        "Failed",
        "Graph",
        "Portal",
        "Vocabulary",
        "Workshop",
    ];
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), all);
}

#[test]
fn a_graph_over_its_own_limit_names_that_limit() {
    let graph = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/io/valid/graph-empty.json"),
    )
    .unwrap();
    let mut padded = graph.clone();
    padded.extend(std::iter::repeat_n(b' ', MAX_GRAPH_BYTES));
    let Err(error) = open_json(&padded, TITLE) else {
        panic!("a graph over 10 MB opened");
    };
    assert_eq!(error, import_graph(&padded).unwrap_err());
}

#[test]
fn a_vocabulary_over_its_own_limit_names_that_limit() {
    let vocabulary = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/io/valid/vocabulary-empty.json"),
    )
    .unwrap();
    let mut padded = vocabulary.clone();
    padded.extend(std::iter::repeat_n(b' ', MAX_VOCABULARY_BYTES));
    let Err(error) = open_json(&padded, TITLE) else {
        panic!("a vocabulary over 5 MB opened");
    };
    assert_eq!(error, import_vocabulary(&padded).unwrap_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn mutated_files_open_as_trying_each_reader_in_turn(seed in any::<u64>()) {
        let seeds: Vec<Vec<u8>> = seeds().into_iter().map(|(_, bytes)| bytes).collect();
        let mut rng = io_support::mutator::Rng::new(seed);
        for _ in 0..8 {
            let input = io_support::mutator::mutate(&mut rng, &seeds);
            prop_assert_eq!(opened(&input), one_reader_after_another(&input));
        }
    }
}
