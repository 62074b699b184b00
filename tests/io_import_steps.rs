#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The import a number of records at a time (`CatalogImporter::step`, what the app runs between
//! frames) gives exactly the one-shot import, for random tables, mappings and chunk sizes, and
//! for the portal formats.

use proptest::prelude::*;
use redeneerlijn::io::ckan::{ckan_importer, import_ckan};
use redeneerlijn::io::csv::{
    guess_mapping, import_table, read_table, CatalogImport, CatalogImporter, Column,
    ConceptSeparator, Mapping, Row, Table, TableReader,
};
use redeneerlijn::io::dcat::{dcat_importer, import_dcat};

/// Runs `importer` in steps of the given sizes (repeated), checking the progress it reports.
fn stepped(mut importer: CatalogImporter<'_>, sizes: &[usize]) -> CatalogImport {
    let total = importer.progress().total;
    let mut done = 0;
    for &size in sizes.iter().cycle().take(10_000) {
        let progress = importer.step(size);
        assert_eq!(progress.total, total);
        assert_eq!(progress.done, (done + size).min(total));
        done = progress.done;
        if progress.is_finished() {
            break;
        }
    }
    importer.finish()
}

/// Cells made of what the import reads: known words, periods (good and bad), ids that repeat
/// or are too long, lists, and empty cells.
fn cell() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "",
        "",
        "Aantal inwoners",
        "Aantal inwoners",
        "Wmo-cliënten|Huishoudens",
        "a, b|c",
        "Aantal inwoners, Wmo-cliënten",
        "Eenzaamheid\nErvaren gezondheid",
        "Huurachterstanden; Betalingsachterstanden energie",
        "Opleidingsniveau (hbo, wo)",
        "buurt",
        "wijk",
        "gemeente",
        "straat?",
        "jaar",
        "maand",
        "soms",
        "2019-2024",
        "2024-2019",
        "2021",
        "31-02-2020",
        "open",
        "persoonsgegevens",
        "geheim",
        "cbs",
        "GGD regio Utrecht",
        "ds-1",
        "ds-1",
        "aantal-inwoners",
        "x",
        "<b>vet</b>",
        "een heel lang id dat geen id kan zijn omdat er spaties in staan en het veel te lang is om als id te dienen",
    ])
    .prop_map(str::to_owned)
}

fn header() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "id",
        "titel",
        "title",
        "begrippen",
        "aliassen",
        "niveau",
        "frequentie",
        "periode",
        "van",
        "tot",
        "toegang",
        "bron",
        "eigenaar",
        "opmerkingen",
        "iets anders",
        "",
    ])
    .prop_map(str::to_owned)
}

/// A table of 0 to 60 rows whose lengths differ from the header's (short rows, extra cells).
fn table() -> impl Strategy<Value = Table> {
    prop::collection::vec(header(), 1..10).prop_flat_map(|headers| {
        let width = headers.len();
        let rows = prop::collection::vec(prop::collection::vec(cell(), 0..width + 3), 0..60);
        (Just(headers), rows).prop_map(|(headers, rows)| Table {
            delimiter: b';',
            headers,
            rows: rows
                .into_iter()
                .enumerate()
                .map(|(n, cells)| Row {
                    line: n as u64 + 2,
                    cells,
                })
                .collect(),
        })
    })
}

/// The guessed mapping with some columns changed by hand, and the concept separator chosen, as
/// the officer may.
fn mapping(
    table: &Table,
    changes: &[(usize, Option<usize>)],
    separator: Option<ConceptSeparator>,
) -> Mapping {
    let mut mapping = guess_mapping(&table.headers);
    if let Some(separator) = separator {
        mapping.set_separator(separator);
    }
    for &(position, column) in changes {
        let column = column.and_then(|c| Column::ALL.get(c).copied());
        mapping.set(position % table.headers.len(), column);
    }
    mapping
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn chunked_and_one_shot_imports_are_equal(
        table in table(),
        changes in prop::collection::vec((0usize..12, prop::option::of(0usize..13)), 0..4),
        separator in prop::option::of(prop::sample::select(ConceptSeparator::ALL.to_vec())),
        sizes in prop::collection::vec(0usize..25, 1..6),
    ) {
        let mapping = mapping(&table, &changes, separator);
        let whole = import_table(&table, &mapping, "lijst");
        let chunked = stepped(CatalogImporter::table(&table, &mapping, "lijst"), &sizes);
        prop_assert_eq!(&chunked, &whole);
        // An importer that owns its table (as the app's does) gives the same.
        let shared = std::rc::Rc::new(table.clone());
        let owned = stepped(CatalogImporter::table(shared, &mapping, "lijst"), &sizes);
        prop_assert_eq!(&owned, &whole);
    }

    /// Reading a spreadsheet's text a few bytes at a time gives the table read at once: quotes,
    /// line ends and multi-byte characters cut between steps included.
    #[test]
    fn chunked_and_one_shot_reads_are_equal(
        pieces in prop::collection::vec(prop::sample::select(vec![
            "titel", "begrippen", ";", ",", "\t", "\"", "\"\"", "\r\n", "\n", " ", "é", "ë",
            "\u{FEFF}", "Wmo-cliënten", "2019-2024", "x", "\u{1F600}",
        ]), 0..80),
        bom in any::<bool>(),
        sizes in prop::collection::vec(0usize..12, 1..6),
    ) {
        let text = format!("{}{}", if bom { "\u{FEFF}" } else { "" }, pieces.concat());
        let bytes = text.as_bytes();
        let whole = read_table(bytes);
        match TableReader::new(bytes) {
            Err(error) => prop_assert_eq!(Err(error), whole),
            Ok(mut reader) => {
                let total = reader.progress().total;
                let mut last = 0;
                for &size in sizes.iter().cycle().take(100_000) {
                    let progress = reader.step(size);
                    prop_assert_eq!(progress.total, total);
                    prop_assert!(progress.done >= last && progress.done <= total);
                    last = progress.done;
                    if progress.is_finished() {
                        break;
                    }
                }
                prop_assert_eq!(reader.finish(), whole);
            }
        }
    }

    /// Finishing early (after any number of steps) imports the rest.
    #[test]
    fn finish_imports_what_is_left(table in table(), steps in 0usize..5, size in 1usize..20) {
        let mapping = guess_mapping(&table.headers);
        let whole = import_table(&table, &mapping, "lijst");
        let mut importer = CatalogImporter::table(&table, &mapping, "lijst");
        for _ in 0..steps {
            importer.step(size);
        }
        prop_assert_eq!(importer.finish(), whole);
    }
}

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn portal_exports_import_the_same_one_record_at_a_time() {
    for file in ["ckan/package_search-donl.json", "ckan/package_show.json"] {
        let bytes = fixture(file);
        let whole = import_ckan(&bytes, "portaal").unwrap();
        assert_eq!(
            stepped(ckan_importer(&bytes, "portaal").unwrap(), &[1]),
            whole
        );
    }
    let bytes = fixture("dcat/catalogus-dcat-ap-donl.jsonld");
    let whole = import_dcat(&bytes, "portaal").unwrap();
    assert_eq!(
        stepped(dcat_importer(&bytes, "portaal").unwrap(), &[1, 2]),
        whole
    );
}

#[test]
fn the_spreadsheet_fixtures_import_the_same_in_steps() {
    for name in [
        "datasetlijst-nl.csv",
        "datasets-en.csv",
        "html-in-velden.csv",
        "kapotte-datums.csv",
        "meerdere-begrippen.csv",
        "meerdere-begrippen-en.csv",
        "onbekende-kolommen.csv",
        "toegang-registers.csv",
        "verkeerd-scheidingsteken.csv",
    ] {
        let table = read_table(&fixture(&format!("csv/{name}"))).unwrap();
        let mapping = guess_mapping(&table.headers);
        let whole = import_table(&table, &mapping, name);
        assert!(whole.rows > 0, "{name}");
        for size in 1..4 {
            let chunked = stepped(CatalogImporter::table(&table, &mapping, name), &[size]);
            assert_eq!(chunked, whole, "{name} in steps of {size}");
        }
    }
}

/// Timing of the two halves of a large spreadsheet import, natively (`--ignored --nocapture`):
/// reading the text into a table, and importing the table.
#[test]
#[ignore]
fn time_fifty_thousand_rows() {
    let catalog = redeneerlijn::generate::catalog(50_000, 7);
    let csv = redeneerlijn::io::csv::export_catalog_csv(&catalog);
    let start = std::time::Instant::now();
    let mut reader = TableReader::new(csv.as_bytes()).unwrap();
    while !reader.step(256 * 1024).is_finished() {}
    let table = reader.finish().unwrap();
    let read = start.elapsed();
    let start = std::time::Instant::now();
    let mapping = guess_mapping(&table.headers);
    let mut importer = CatalogImporter::table(&table, &mapping, "t");
    while !importer.step(2_000).is_finished() {}
    let import = importer.finish();
    let imported = start.elapsed();
    assert_eq!(import.catalog.len(), 50_000);
    println!("read_table {read:?}, import {imported:?}");
}
