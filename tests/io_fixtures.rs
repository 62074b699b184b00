#![cfg(not(target_arch = "wasm32"))]
// Test code: helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Data-driven tests over `tests/fixtures/io/`: valid files load and write back byte for byte,
//! older versions migrate, and each broken file gives exactly the problems its `.expected` file
//! lists (one `path code` per line, `-` for the file as a whole). After a deliberate change,
//! `IO_FIXTURES_BLESS=1 cargo test --test io_fixtures` rewrites the `.expected` files; review the
//! diff.

mod io_support;

use std::fs;

use io_support::fixture_files::{assert_expected_problems, problem_lines};
use io_support::{fixtures, fixtures_dir};
use redeneerlijn::i18n::Lang;
use redeneerlijn::io::{
    export_catalog, export_graph, export_vocabulary, import_catalog, import_graph,
    import_vocabulary, NoticeKind, GRAPH_VERSION, VOCABULARY_VERSION,
};

fn is_graph(name: &str) -> bool {
    name.starts_with("graph-")
}

fn is_catalog(name: &str) -> bool {
    name.starts_with("catalog-")
}

fn is_vocabulary(name: &str) -> bool {
    name.starts_with("vocabulary-")
}

fn is_expected_output(name: &str) -> bool {
    name.ends_with(".expected.json")
}

/// What a valid fixture must write back: itself, or its `.expected.json` when loading changes it
/// (migration, renumbered ids).
fn expected_output(name: &str, bytes: &[u8]) -> String {
    let expected = fixtures_dir()
        .join("valid")
        .join(name.replace(".json", ".expected.json"));
    match fs::read_to_string(&expected) {
        Ok(text) => text,
        Err(_) => String::from_utf8(bytes.to_vec()).expect("fixture is UTF-8"),
    }
}

#[test]
fn valid_graphs_load_and_write_back_exactly() {
    let mut checked = 0;
    for (name, bytes) in fixtures("valid") {
        if !is_graph(&name) || is_expected_output(&name) {
            continue;
        }
        let loaded = import_graph(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(loaded.line.invariant_violations().is_empty(), "{name}");
        let written = export_graph(&loaded.line, &loaded.layout).expect("exports");
        assert_eq!(written, expected_output(&name, &bytes), "{name}");
        let again = import_graph(written.as_bytes()).expect("own output loads");
        assert_eq!(again.line, loaded.line, "{name}");
        assert_eq!(again.layout, loaded.layout, "{name}");
        assert_eq!(again.file_version, GRAPH_VERSION);
        let rewritten = export_graph(&again.line, &again.layout).expect("exports");
        assert_eq!(
            rewritten, written,
            "{name}: export -> import -> export differs"
        );
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} graph fixtures");
}

#[test]
fn valid_catalogs_load_and_write_back_exactly() {
    let mut checked = 0;
    for (name, bytes) in fixtures("valid") {
        if !is_catalog(&name) || is_expected_output(&name) {
            continue;
        }
        let loaded = import_catalog(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(loaded.notices.is_empty(), "{name}: {:?}", loaded.notices);
        let written = export_catalog(&loaded.catalog).expect("exports");
        assert_eq!(written, expected_output(&name, &bytes), "{name}");
        let again = import_catalog(written.as_bytes()).expect("own output loads");
        assert_eq!(again.catalog, loaded.catalog, "{name}");
        checked += 1;
    }
    assert!(checked >= 2, "only {checked} catalog fixtures");
}

#[test]
fn valid_vocabularies_load_and_write_back_exactly() {
    let mut checked = 0;
    for (name, bytes) in fixtures("valid") {
        if !is_vocabulary(&name) || is_expected_output(&name) {
            continue;
        }
        let loaded = import_vocabulary(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(loaded.file_version, VOCABULARY_VERSION);
        let written = export_vocabulary(&loaded.title, &loaded.vocabulary).expect("exports");
        assert_eq!(written, expected_output(&name, &bytes), "{name}");
        let again = import_vocabulary(written.as_bytes()).expect("own output loads");
        assert_eq!(again.vocabulary, loaded.vocabulary, "{name}");
        assert_eq!(again.title, loaded.title, "{name}");
        assert!(again.notices.is_empty(), "{name}: {:?}", again.notices);
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} vocabulary fixtures");
}

/// The shipped vocabulary is a file of the same format, read by the same reader.
#[test]
fn the_shipped_vocabulary_reads_without_notices() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/vocabulary/synoniemen.json");
    let loaded = import_vocabulary(&fs::read(path).expect("shipped file")).expect("loads");
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    assert_eq!(
        loaded.vocabulary,
        *redeneerlijn::matching::Vocabulary::shipped()
    );
}

#[test]
fn a_hand_written_vocabulary_keeps_each_term_once_and_skips_unknown_fields() {
    let bytes =
        fs::read(fixtures_dir().join("valid/vocabulary-hand-written.json")).expect("fixture");
    let loaded = import_vocabulary(&bytes).expect("loads");
    let notices: Vec<String> = loaded
        .notices
        .iter()
        .map(|n| format!("{} {}", n.path, n.kind.code()))
        .collect();
    assert_eq!(
        notices,
        [
            "groups[0].terms[1] duplicate-term",
            "groups[0].terms[2] duplicate-term",
            "groups[0].opmerking unknown-field",
            "groups[1].terms[2] duplicate-term",
            "bijgewerkt unknown-field",
        ]
    );
    assert_eq!(
        loaded.notices[0].message(Lang::En),
        "groups[0].terms[1]: The term “budgetcoach” is already in this group; it counts once."
    );
}

#[test]
fn version_1_is_migrated_with_a_notice() {
    let bytes = fs::read(fixtures_dir().join("valid/graph-v1-schuldhulp.json")).expect("fixture");
    let loaded = import_graph(&bytes).expect("v1 loads");
    assert_eq!(loaded.file_version, 1);
    assert_eq!(
        loaded.notices.iter().map(|n| &n.kind).collect::<Vec<_>>(),
        [&NoticeKind::Migrated { from: 1, to: 3 }]
    );
    let n1 = loaded
        .line
        .node(redeneerlijn::model::NodeId(1))
        .expect("n1");
    assert_eq!(n1.indicators.len(), 1);
    let dutch = loaded.notices[0].message(Lang::Nl);
    assert!(
        dutch.contains("versie 1") && dutch.contains("versie 3"),
        "{dutch}"
    );
}

#[test]
fn version_2_is_migrated_with_a_notice_and_nothing_rejected() {
    let bytes = fs::read(fixtures_dir().join("valid/graph-v2-armoede.json")).expect("fixture");
    let loaded = import_graph(&bytes).expect("v2 loads");
    assert_eq!(loaded.file_version, 2);
    assert_eq!(
        loaded.notices.iter().map(|n| &n.kind).collect::<Vec<_>>(),
        [&NoticeKind::Migrated { from: 2, to: 3 }]
    );
    let indicators = loaded.line.nodes().flat_map(|n| n.node.indicators.iter());
    let (mut linked, mut rejected) = (0, 0);
    for indicator in indicators {
        linked += indicator.linked_datasets.len();
        rejected += indicator.rejected_datasets.len();
    }
    assert!(linked >= 4, "links survive the migration: {linked}");
    assert_eq!(rejected, 0);
}

#[test]
fn rejections_survive_saving_and_loading() {
    let bytes = fs::read(fixtures_dir().join("valid/graph-armoede.json")).expect("fixture");
    let loaded = import_graph(&bytes).expect("loads");
    let n3 = loaded
        .line
        .node(redeneerlijn::model::NodeId(3))
        .expect("n3");
    let rejected = &n3.indicators[0].rejected_datasets;
    assert_eq!(
        rejected,
        &[redeneerlijn::catalog::DatasetId("gem-iv3-6.3".into())]
    );
    let written = export_graph(&loaded.line, &loaded.layout).expect("exports");
    assert_eq!(written.as_bytes(), &bytes[..], "written back byte for byte");
}

#[test]
fn hand_written_ids_are_renumbered_in_file_order() {
    let bytes =
        fs::read(fixtures_dir().join("valid/graph-hand-written-ids.json")).expect("fixture");
    let loaded = import_graph(&bytes).expect("loads");
    let renumbered: Vec<String> = loaded
        .notices
        .iter()
        .map(|n| format!("{} {}", n.path, n.kind.code()))
        .collect();
    assert_eq!(
        renumbered,
        [
            "nodes[0].id renumbered",
            "nodes[2].id renumbered",
            "edges[0].id renumbered"
        ]
    );
    assert!(loaded.notices[0]
        .message(Lang::En)
        .contains("“doel” was given the new id n5"));
}

#[test]
fn broken_files_report_exactly_the_expected_problems() {
    let broken = fixtures("broken");
    assert!(broken.len() >= 15);
    for (name, bytes) in broken {
        let result = if is_graph(&name) {
            import_graph(&bytes).map(|_| ())
        } else if is_vocabulary(&name) {
            import_vocabulary(&bytes).map(|_| ())
        } else {
            import_catalog(&bytes).map(|_| ())
        };
        let error = result.expect_err(&name);
        assert_expected_problems(
            &error,
            &fixtures_dir().join("broken"),
            &name,
            "IO_FIXTURES_BLESS",
        );
        for lang in Lang::ALL {
            assert!(error.messages(lang).iter().all(|m| m.len() > 10), "{name}");
        }
        assert_ne!(error.messages(Lang::Nl), error.messages(Lang::En), "{name}");
    }
}

#[test]
fn a_catalog_given_as_a_graph_says_so() {
    let bytes =
        fs::read(fixtures_dir().join("broken/graph-given-a-catalog.json")).expect("fixture");
    let error = import_graph(&bytes).expect_err("not a graph");
    assert_eq!(
        error.messages(Lang::Nl),
        ["format: Dit bestand is een datasetlijst (catalogus), maar hier wordt een redeneerlijn \
          verwacht."]
    );
    assert_eq!(
        error.messages(Lang::En),
        ["format: This file is a dataset list (catalog), but a reasoning line is expected here."]
    );
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    // Not JSON at all: if it were parsed, the problem would be a syntax error, not the size.
    let huge = vec![b'x'; redeneerlijn::io::MAX_GRAPH_BYTES + 1];
    let error = import_graph(&huge).expect_err("too large");
    assert_eq!(problem_lines(&error), ["- too-large"]);
    assert!(error.messages(Lang::Nl)[0].contains("10.0 MB"));
    let huge = vec![b'x'; redeneerlijn::io::MAX_CATALOG_BYTES + 1];
    let error = import_catalog(&huge).expect_err("too large");
    assert_eq!(problem_lines(&error), ["- too-large"]);
    let huge = vec![b'x'; redeneerlijn::io::MAX_VOCABULARY_BYTES + 1];
    let error = import_vocabulary(&huge).expect_err("too large");
    assert_eq!(problem_lines(&error), ["- too-large"]);
    assert!(error.messages(Lang::En)[0].contains("the limit is 5.0 MB"));
}
