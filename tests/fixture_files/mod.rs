//! Shared by the fixture-driven tests (`io_support`, `workshop_support`): reading a folder of
//! fixtures and writing a load error as the `path code` lines the `.expected` files hold.
// Test support: a missing fixture must stop the test loudly.
#![allow(dead_code, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::Path;

use redeneerlijn::io::LoadError;

/// `(file name, bytes)` of every `.json` file in `dir`, sorted by name.
pub fn json_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| {
            let name = path
                .file_name()
                .expect("file name")
                .to_string_lossy()
                .into_owned();
            let bytes = fs::read(&path).expect("fixture readable");
            (name, bytes)
        })
        .collect();
    files.sort();
    files
}

/// One `path code` line per problem (`-` for the file as a whole).
pub fn problem_lines(error: &LoadError) -> Vec<String> {
    error
        .problems
        .iter()
        .map(|problem| {
            let path = problem.path.to_string();
            let path = if path.is_empty() {
                "-".to_owned()
            } else {
                path
            };
            format!("{path} {}", problem.kind.code())
        })
        .collect()
}

/// Checks that `error` lists exactly the problems in `broken_dir`'s `.expected` file for the
/// fixture `name`. With the environment variable `bless` set, the file is first written from
/// `error`: what the importer says now; review the diff before keeping it.
pub fn assert_expected_problems(error: &LoadError, broken_dir: &Path, name: &str, bless: &str) {
    let expected_path = broken_dir.join(name.replace(".json", ".expected"));
    if std::env::var_os(bless).is_some() {
        let mut text = problem_lines(error).join("\n");
        text.push('\n');
        fs::write(&expected_path, text).expect("expected file writable");
    }
    let expected = fs::read_to_string(&expected_path)
        .unwrap_or_else(|_| panic!("{name}: no {}", expected_path.display()));
    let expected: Vec<&str> = expected.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(problem_lines(error), expected, "{name}");
}
