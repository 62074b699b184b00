//! One fuzz campaign over the importers, shared by `tests/io_fuzz.rs` (small, every test run) and
//! `examples/fuzz_importers.rs` (a million inputs, in release mode).

use std::collections::BTreeMap;

use redeneerlijn::io::ckan::import_ckan;
use redeneerlijn::io::csv::{export_catalog_csv, guess_mapping, import_table, read_table};
use redeneerlijn::io::dcat::import_dcat;
use redeneerlijn::io::{
    export_catalog, export_graph, export_vocabulary, import_catalog, import_graph,
    import_vocabulary,
};

use super::mutator::{mutate, Rng};

#[derive(Debug, Default)]
pub struct Outcome {
    pub inputs: u64,
    pub graphs_loaded: u64,
    pub catalogs_loaded: u64,
    pub vocabularies_loaded: u64,
    /// Inputs the CSV reader took as a table.
    pub csv_tables: u64,
    /// Datasets the CSV import made from them.
    pub csv_datasets: u64,
    /// Inputs read as a CKAN response or as DCAT-AP JSON-LD, and the datasets made.
    pub portal_files: u64,
    pub portal_datasets: u64,
    /// How often each problem code was the first problem of a refused input.
    pub first_problems: BTreeMap<&'static str, u64>,
    /// Inputs that loaded but whose export failed or did not load again: must stay empty.
    pub failures: Vec<String>,
}

/// Feeds `count` mutated inputs from `seeds` to every importer. `before_each` sees every input
/// first, so a caller can keep it for a crash report.
pub fn run(
    seeds: &[Vec<u8>],
    seed: u64,
    count: u64,
    mut before_each: impl FnMut(u64, &[u8]),
) -> Outcome {
    let mut rng = Rng::new(seed);
    let mut outcome = Outcome::default();
    for index in 0..count {
        let input = mutate(&mut rng, seeds);
        before_each(index, &input);
        outcome.inputs += 1;
        match import_graph(&input) {
            Ok(loaded) => {
                outcome.graphs_loaded += 1;
                let again = export_graph(&loaded.line, &loaded.layout)
                    .ok()
                    .and_then(|text| import_graph(text.as_bytes()).ok());
                if again.as_ref().map(|a| (&a.line, &a.layout))
                    != Some((&loaded.line, &loaded.layout))
                {
                    outcome
                        .failures
                        .push(format!("graph input {index} does not round-trip"));
                }
            }
            Err(error) => {
                let code = error.problems.first().map_or("none", |p| p.kind.code());
                *outcome.first_problems.entry(code).or_default() += 1;
            }
        }
        match import_catalog(&input) {
            Ok(loaded) => {
                outcome.catalogs_loaded += 1;
                let again = export_catalog(&loaded.catalog)
                    .ok()
                    .and_then(|text| import_catalog(text.as_bytes()).ok());
                if again.map(|a| a.catalog).as_ref() != Some(&loaded.catalog) {
                    outcome
                        .failures
                        .push(format!("catalog input {index} does not round-trip"));
                }
            }
            Err(error) => {
                let code = error.problems.first().map_or("none", |p| p.kind.code());
                *outcome.first_problems.entry(code).or_default() += 1;
            }
        }
        match import_vocabulary(&input) {
            Ok(loaded) => {
                outcome.vocabularies_loaded += 1;
                let again = export_vocabulary(&loaded.title, &loaded.vocabulary)
                    .ok()
                    .and_then(|text| import_vocabulary(text.as_bytes()).ok());
                if again.map(|a| a.vocabulary).as_ref() != Some(&loaded.vocabulary) {
                    outcome
                        .failures
                        .push(format!("vocabulary input {index} does not round-trip"));
                }
            }
            Err(error) => {
                let code = error.problems.first().map_or("none", |p| p.kind.code());
                *outcome.first_problems.entry(code).or_default() += 1;
            }
        }
        for import in [import_ckan(&input, "fuzz"), import_dcat(&input, "fuzz")]
            .into_iter()
            .flatten()
        {
            outcome.portal_files += 1;
            outcome.portal_datasets += import.catalog.len() as u64;
        }
        if let Ok(table) = read_table(&input) {
            outcome.csv_tables += 1;
            let first = import_table(&table, &guess_mapping(&table.headers), "fuzz").catalog;
            outcome.csv_datasets += first.len() as u64;
            let written = export_catalog_csv(&first);
            let again = read_table(written.as_bytes())
                .ok()
                .map(|t| import_table(&t, &guess_mapping(&t.headers), "fuzz").catalog);
            if again.as_ref() != Some(&first) {
                outcome
                    .failures
                    .push(format!("CSV input {index} does not round-trip"));
            }
        }
    }
    outcome
}
