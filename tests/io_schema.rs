#![cfg(not(target_arch = "wasm32"))]
// Test code: helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The documentation cannot drift from the code: the JSON Schemas' word lists equal the importer's,
//! the valid fixtures and the examples in `docs/file-format.md` satisfy the schemas and load.

mod io_support;

use std::fs;
use std::path::Path;

use redeneerlijn::io::{
    export_answers, export_catalog, export_graph, export_vocabulary, export_workshop,
    import_answers, import_catalog, import_graph, import_vocabulary, import_workshop, WordList,
    GRAPH_VERSION,
};
use redeneerlijn::matching::Vocabulary;
use serde_json::Value;

fn read_json(relative: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn graph_schema() -> Value {
    read_json("docs/schema/redeneerlijn-graph.schema.json")
}

fn catalog_schema() -> Value {
    read_json("docs/schema/redeneerlijn-catalog.schema.json")
}

fn workshop_schema() -> Value {
    read_json("docs/schema/redeneerlijn-workshop.schema.json")
}

fn answers_schema() -> Value {
    read_json("docs/schema/redeneerlijn-answers.schema.json")
}

fn vocabulary_schema() -> Value {
    read_json("docs/schema/redeneerlijn-vocabulary.schema.json")
}

fn schema_words(schema: &Value, name: &str) -> Vec<String> {
    schema["$defs"][name]["enum"]
        .as_array()
        .unwrap_or_else(|| panic!("no enum $defs.{name}"))
        .iter()
        .map(|word| word.as_str().expect("word").to_owned())
        .collect()
}

#[test]
fn schema_word_lists_match_the_importer() {
    let graph = graph_schema();
    let catalog = catalog_schema();
    let cases = [
        (&graph, "kind", WordList::NodeKind),
        (&graph, "level", WordList::Level),
        (&graph, "frequency", WordList::Frequency),
        (&graph, "evidence", WordList::Evidence),
        (&catalog, "level", WordList::Level),
        (&catalog, "frequency", WordList::Frequency),
        (&catalog, "source", WordList::Source),
        (&catalog, "access", WordList::Access),
        (&catalog, "assumed", WordList::Assumed),
        (&workshop_schema(), "kind", WordList::QuestionKind),
        (&workshop_schema(), "evidence", WordList::Evidence),
        (&workshop_schema(), "data", WordList::Data),
    ];
    for (schema, name, list) in cases {
        assert_eq!(schema_words(schema, name), list.words(), "$defs.{name}");
    }
    for schema in [
        &graph,
        &catalog,
        &workshop_schema(),
        &answers_schema(),
        &vocabulary_schema(),
    ] {
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
    }
}

/// A small validator for the keywords the two schemas use; an unknown keyword fails the test so
/// the schemas cannot quietly use something this does not check.
fn validate(root: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let Some(rules) = schema.as_object() else {
        return;
    };
    for (keyword, rule) in rules {
        match keyword.as_str() {
            "$schema" | "title" | "description" => {}
            "$defs" => {}
            "$ref" => {
                let name = rule
                    .as_str()
                    .and_then(|r| r.strip_prefix("#/$defs/"))
                    .expect("local $ref");
                validate(root, &root["$defs"][name], value, at, errors);
            }
            "type" => {
                let ok = match rule.as_str().expect("type name") {
                    "object" => value.is_object(),
                    "array" => value.is_array(),
                    "string" => value.is_string(),
                    "integer" => value.is_i64() || value.is_u64(),
                    "number" => value.is_number(),
                    "boolean" => value.is_boolean(),
                    "null" => value.is_null(),
                    other => panic!("type {other}"),
                };
                if !ok {
                    errors.push(format!("{at}: not {rule}"));
                }
            }
            "const" if value != rule => errors.push(format!("{at}: not {rule}")),
            "enum" if !rule.as_array().expect("enum list").contains(value) => {
                errors.push(format!("{at}: {value} not in enum"));
            }
            "const" | "enum" => {}
            "required" => {
                for key in rule.as_array().expect("required list") {
                    let key = key.as_str().expect("key");
                    if value.as_object().is_some_and(|o| !o.contains_key(key)) {
                        errors.push(format!("{at}: missing {key}"));
                    }
                }
            }
            "properties" => {
                for (key, sub) in rule.as_object().expect("properties") {
                    if let Some(field) = value.get(key) {
                        validate(root, sub, field, &format!("{at}.{key}"), errors);
                    }
                }
            }
            "additionalProperties" => {
                let listed = schema.get("properties").and_then(Value::as_object);
                for (key, field) in value.as_object().into_iter().flatten() {
                    if !listed.is_some_and(|l| l.contains_key(key)) {
                        validate(root, rule, field, &format!("{at}.{key}"), errors);
                    }
                }
            }
            "propertyNames" => {
                for key in value.as_object().into_iter().flatten().map(|(k, _)| k) {
                    validate(root, rule, &Value::String(key.clone()), at, errors);
                }
            }
            "minItems" => {
                let bound = rule.as_u64().expect("bound");
                if value.as_array().is_some_and(|a| (a.len() as u64) < bound) {
                    errors.push(format!("{at}: {keyword} {bound}"));
                }
            }
            "items" => {
                for (index, item) in value.as_array().into_iter().flatten().enumerate() {
                    validate(root, rule, item, &format!("{at}[{index}]"), errors);
                }
            }
            "minLength" | "maxLength" => {
                if let Some(text) = value.as_str() {
                    let (len, bound) = (text.chars().count() as u64, rule.as_u64().expect("bound"));
                    if (keyword == "minLength" && len < bound)
                        || (keyword == "maxLength" && len > bound)
                    {
                        errors.push(format!("{at}: {keyword} {bound}"));
                    }
                }
            }
            "minimum" | "maximum" => {
                if let (Some(number), Some(bound)) = (value.as_f64(), rule.as_f64()) {
                    if (keyword == "minimum" && number < bound)
                        || (keyword == "maximum" && number > bound)
                    {
                        errors.push(format!("{at}: {keyword} {bound}"));
                    }
                }
            }
            "oneOf" => {
                let matching = rule
                    .as_array()
                    .expect("oneOf list")
                    .iter()
                    .filter(|sub| {
                        let mut sub_errors = Vec::new();
                        validate(root, sub, value, at, &mut sub_errors);
                        sub_errors.is_empty()
                    })
                    .count();
                if matching != 1 {
                    errors.push(format!("{at}: {matching} oneOf branches match"));
                }
            }
            "if" => {
                let mut condition = Vec::new();
                validate(root, rule, value, at, &mut condition);
                let branch = if condition.is_empty() { "then" } else { "else" };
                if let Some(sub) = schema.get(branch) {
                    validate(root, sub, value, at, errors);
                }
            }
            "then" | "else" => {}
            other => panic!("the test validator does not know {other:?}"),
        }
    }
}

fn schema_errors(schema: &Value, value: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    validate(schema, schema, value, "$", &mut errors);
    errors
}

#[test]
fn valid_fixtures_parse_and_satisfy_the_schemas() {
    let fixtures = io_support::fixtures("valid");
    assert!(fixtures.len() >= 6);
    for (name, bytes) in fixtures {
        let value: Value = serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let schema = if name.starts_with("graph-") {
            graph_schema()
        } else if name.starts_with("vocabulary-") {
            vocabulary_schema()
        } else {
            catalog_schema()
        };
        assert_eq!(
            schema_errors(&schema, &value),
            Vec::<String>::new(),
            "{name}"
        );
    }
}

/// The shipped vocabulary is a file of the format too, and what the writer makes satisfies the
/// schema, for the shipped vocabulary and for every valid fixture.
#[test]
fn the_shipped_vocabulary_and_written_vocabularies_satisfy_the_schema() {
    let schema = vocabulary_schema();
    let shipped = read_json("assets/vocabulary/synoniemen.json");
    assert_eq!(schema_errors(&schema, &shipped), Vec::<String>::new());
    let written = export_vocabulary("Synoniemen", &Vocabulary::shipped()).unwrap();
    let value: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(schema_errors(&schema, &value), Vec::<String>::new());
    let mut checked = 0;
    for (name, bytes) in io_support::fixtures("valid") {
        if !name.starts_with("vocabulary-") {
            continue;
        }
        let loaded = import_vocabulary(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = export_vocabulary(&loaded.title, &loaded.vocabulary).unwrap();
        let value: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(
            schema_errors(&schema, &value),
            Vec::<String>::new(),
            "{name}"
        );
        checked += 1;
    }
    assert!(checked >= 3);
}

#[test]
fn workshop_fixtures_satisfy_the_schemas() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workshop/valid");
    let mut checked = 0;
    for entry in fs::read_dir(&dir).expect("fixture folder") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let value: Value = serde_json::from_slice(&fs::read(&path).expect("readable")).unwrap();
        let schema = if name.starts_with("workshop-") {
            workshop_schema()
        } else {
            answers_schema()
        };
        assert_eq!(
            schema_errors(&schema, &value),
            Vec::<String>::new(),
            "{name}"
        );
        checked += 1;
    }
    assert!(checked >= 6);
    let broken = read_json("tests/fixtures/workshop/broken/workshop-many-problems.json");
    let errors = schema_errors(&workshop_schema(), &broken);
    assert!(
        errors.iter().any(|e| e.contains("$.questions[3].source")),
        "{errors:?}"
    );
    let broken = read_json("tests/fixtures/workshop/broken/answers-confidence-out-of-range.json");
    let errors = schema_errors(&answers_schema(), &broken);
    assert!(
        errors.iter().any(|e| e.contains("$.answers.q6.confidence")),
        "{errors:?}"
    );
}

#[test]
fn the_schemas_catch_what_the_importer_refuses() {
    let graph = graph_schema();
    let broken = read_json("tests/fixtures/io/broken/graph-many-problems.json");
    let errors = schema_errors(&graph, &broken);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("$.nodes[0].indicators[0].level")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("$.nodes[2]: missing title")),
        "{errors:?}"
    );
    // Version 3 is checked as version 3: rejections are dataset ids.
    let rejected: Value = serde_json::from_str(
        r#"{"format": "redeneerlijn", "version": 3, "title": "x", "edges": [],
            "nodes": [{"id": "n1", "kind": "goal", "title": "Doel", "indicators": [
                {"concept": "Inwoners", "level": "district", "frequency": "year",
                 "rejected_datasets": ["cbs-85984NED", 7, ""]}]}]}"#,
    )
    .unwrap();
    assert!(import_graph(rejected.to_string().as_bytes()).is_err());
    assert_eq!(
        schema_errors(&graph, &rejected),
        [
            "$.nodes[0].indicators[0].rejected_datasets[1]: not \"string\"",
            "$.nodes[0].indicators[0].rejected_datasets[2]: minLength 1"
        ]
    );
    let catalog = catalog_schema();
    let broken = read_json("tests/fixtures/io/broken/catalog-many-problems.json");
    assert!(!schema_errors(&catalog, &broken).is_empty());
    let vocabulary = vocabulary_schema();
    let broken = read_json("tests/fixtures/io/broken/vocabulary-too-few-terms.json");
    let errors = schema_errors(&vocabulary, &broken);
    assert!(
        errors.contains(&"$.groups[1].terms: minItems 2".to_owned()),
        "{errors:?}"
    );
    let broken = read_json("tests/fixtures/io/broken/vocabulary-source-keys.json");
    let errors = schema_errors(&vocabulary, &broken);
    assert!(
        errors.iter().any(|e| e.contains("$.sources.iv3")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("minLength 1")),
        "{errors:?}"
    );
}

/// The ```json blocks in the documentation are real files: they load and satisfy the schemas.
#[test]
fn documentation_examples_load() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/file-format.md");
    let doc = fs::read_to_string(path).expect("docs/file-format.md");
    let blocks: Vec<&str> = doc
        .split("```json\n")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .collect();
    let (mut graphs, mut catalogs, mut workshops, mut vocabularies) = (0, 0, 0, 0);
    for block in blocks {
        let value: Value = serde_json::from_str(block).unwrap_or_else(|e| panic!("{e}:\n{block}"));
        match value["format"].as_str() {
            Some("redeneerlijn") => {
                let loaded =
                    import_graph(block.as_bytes()).unwrap_or_else(|e| panic!("{e}:\n{block}"));
                assert_eq!(schema_errors(&graph_schema(), &value), Vec::<String>::new());
                if loaded.file_version == GRAPH_VERSION {
                    let written = export_graph(&loaded.line, &loaded.layout).unwrap();
                    assert_eq!(written, block, "the example is not in the written form");
                }
                graphs += 1;
            }
            Some("redeneerlijn-catalog") => {
                let loaded =
                    import_catalog(block.as_bytes()).unwrap_or_else(|e| panic!("{e}:\n{block}"));
                assert_eq!(export_catalog(&loaded.catalog).unwrap(), block);
                assert_eq!(
                    schema_errors(&catalog_schema(), &value),
                    Vec::<String>::new()
                );
                catalogs += 1;
            }
            Some("redeneerlijn-workshop") => {
                let loaded =
                    import_workshop(block.as_bytes()).unwrap_or_else(|e| panic!("{e}:\n{block}"));
                assert_eq!(export_workshop(&loaded.workshop).unwrap(), block);
                let errors = schema_errors(&workshop_schema(), &value);
                assert_eq!(errors, Vec::<String>::new());
                workshops += 1;
            }
            Some("redeneerlijn-answers") => {
                let loaded =
                    import_answers(block.as_bytes()).unwrap_or_else(|e| panic!("{e}:\n{block}"));
                assert_eq!(export_answers(&loaded.answers).unwrap(), block);
                let errors = schema_errors(&answers_schema(), &value);
                assert_eq!(errors, Vec::<String>::new());
                workshops += 1;
            }
            Some("redeneerlijn-vocabulary") => {
                let loaded =
                    import_vocabulary(block.as_bytes()).unwrap_or_else(|e| panic!("{e}:\n{block}"));
                assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
                let written = export_vocabulary(&loaded.title, &loaded.vocabulary).unwrap();
                assert_eq!(written, block);
                let errors = schema_errors(&vocabulary_schema(), &value);
                assert_eq!(errors, Vec::<String>::new());
                vocabularies += 1;
            }
            _ => {}
        }
    }
    assert!(
        graphs >= 2 && catalogs >= 1 && workshops >= 2 && vocabularies >= 1,
        "{graphs} graph, {catalogs} catalog, {workshops} workshop and {vocabularies} vocabulary \
         examples"
    );
}
