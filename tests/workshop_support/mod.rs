//! Shared by the `workshop_*` integration tests: the fixtures in `tests/fixtures/workshop/`.
// Test support: a missing fixture must stop the test loudly.
#![allow(dead_code, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

#[path = "../fixture_files/mod.rs"]
pub mod fixture_files;

use redeneerlijn::io::import_workshop;
use redeneerlijn::workshop::Workshop;

pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workshop")
}

/// `(file name, bytes)` of every `.json` file in a fixture folder, sorted by name.
pub fn fixtures(folder: &str) -> Vec<(String, Vec<u8>)> {
    fixture_files::json_files(&fixtures_dir().join(folder))
}

pub fn fixture(relative: &str) -> Vec<u8> {
    let path = fixtures_dir().join(relative);
    fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The example workshop every answers fixture was made for.
pub fn example_workshop() -> Workshop {
    import_workshop(&fixture("valid/workshop-armoede.json"))
        .expect("the example workshop loads")
        .workshop
}

/// The valid answers files, as `(file name, bytes)`.
pub fn answer_files() -> Vec<(String, Vec<u8>)> {
    fixtures("valid")
        .into_iter()
        .filter(|(name, _)| name.starts_with("answers-"))
        .collect()
}
