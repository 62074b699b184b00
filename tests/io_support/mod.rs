//! Shared by the `io_*` integration tests and `examples/fuzz_importers.rs`: the fixture files and
//! a small deterministic mutator.
// Test support: a missing fixture must stop the test or the campaign loudly.
#![allow(dead_code, clippy::expect_used, clippy::panic)]

pub mod campaign;
#[path = "../fixture_files/mod.rs"]
pub mod fixture_files;
pub mod mutator;

use std::fs;
use std::path::{Path, PathBuf};

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/io")
}

/// `(file name, bytes)` of every `.json` file in a fixture folder, sorted by name.
pub fn fixtures(folder: &str) -> Vec<(String, Vec<u8>)> {
    fixture_files::json_files(&fixtures_dir().join(folder))
}

/// Every fixture, valid and broken: the seeds of the mutation tests.
pub fn all_fixture_bytes() -> Vec<Vec<u8>> {
    let mut all: Vec<Vec<u8>> = ["valid", "broken"]
        .iter()
        .flat_map(|folder| fixtures(folder))
        .map(|(_, bytes)| bytes)
        .collect();
    all.extend(csv_fixtures());
    all
}

/// The catalog fixtures in other formats (CSV, CKAN, DCAT-AP), sorted by path.
pub fn csv_fixtures() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = ["csv", "ckan", "dcat"]
        .iter()
        .flat_map(|folder| {
            let dir = root.join(folder);
            fs::read_dir(&dir)
                .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
                .map(|entry| entry.expect("directory entry").path())
                .collect::<Vec<_>>()
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| fs::read(path).expect("fixture readable"))
        .collect()
}
