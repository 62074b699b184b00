//! Dataset lists in DCAT-AP (DCAT-AP-NL, DCAT-AP-DONL) as JSON-LD, the form many Dutch portals
//! export. Every object typed `Dataset` anywhere in the document becomes a dataset through the
//! same per-record checks as a spreadsheet row (`csv::import_records`).
//!
//! JSON-LD writes a property as a prefixed name (`dct:title`), a full IRI
//! (`http://purl.org/dc/terms/title`) or a bare term defined in `@context` (`title`); all three
//! are read by their local name. Values may be plain, `{"@value": ..., "@language": ...}` (Dutch
//! preferred), `{"@id": ...}` (a vocabulary URI) or lists of these.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::csv::{
    notes_with_themes, portal_importer, uri_label, uri_tail, CatalogImport, CatalogImporter,
    Column, Record,
};
use super::json::read_json;
use super::path::JsonPath;
use super::problem::{LoadError, ProblemKind};
use super::MAX_CATALOG_BYTES;

/// Whether a JSON value looks like JSON-LD holding DCAT datasets.
pub fn is_dcat(value: &Value) -> bool {
    let mut found = false;
    walk(value, &JsonPath::root(), &mut |_, _| found = true);
    found && (value.get("@context").is_some() || value.get("@graph").is_some())
}

/// Reads DCAT-AP JSON-LD as a catalog called `title`. Refused when the file is not JSON or holds
/// no DCAT dataset.
pub fn import_dcat(bytes: &[u8], title: &str) -> Result<CatalogImport, LoadError> {
    dcat_importer(bytes, title).map(CatalogImporter::finish)
}

/// `import_dcat` with the records read but not yet imported: the import can then be run a number
/// of records at a time.
pub fn dcat_importer(bytes: &[u8], title: &str) -> Result<CatalogImporter<'static>, LoadError> {
    dcat_importer_from_json(&read_json(bytes, MAX_CATALOG_BYTES)?, title)
}

/// `dcat_importer` of a file already parsed (and checked for size).
pub(crate) fn dcat_importer_from_json(
    value: &Value,
    title: &str,
) -> Result<CatalogImporter<'static>, LoadError> {
    let mut datasets: Vec<(JsonPath, &Map<String, Value>)> = Vec::new();
    walk(value, &JsonPath::root(), &mut |path, object| {
        datasets.push((path, object))
    });
    if datasets.is_empty() {
        return Err(LoadError::single(
            JsonPath::root(),
            ProblemKind::MissingField {
                field: "@type: dcat:Dataset".to_owned(),
            },
        ));
    }
    let mut unused: BTreeSet<String> = BTreeSet::new();
    let records: Vec<Record> = datasets
        .iter()
        .map(|(path, object)| record(object, path.to_string(), &mut unused))
        .collect();
    Ok(portal_importer(records, field_name, title, unused))
}

/// Calls `found` for every object typed `Dataset`, depth first in document order (nesting is
/// already limited by `read_json`).
fn walk<'a>(
    value: &'a Value,
    path: &JsonPath,
    found: &mut dyn FnMut(JsonPath, &'a Map<String, Value>),
) {
    match value {
        Value::Object(object) => {
            if is_dataset(object) {
                found(path.clone(), object);
                return;
            }
            for (key, child) in object {
                walk(child, &path.key(key), found);
            }
        }
        Value::Array(items) => {
            for (n, child) in items.iter().enumerate() {
                walk(child, &path.index(n), found);
            }
        }
        _ => {}
    }
}

fn is_dataset(object: &Map<String, Value>) -> bool {
    let types = object.get("@type").or_else(|| object.get("type"));
    texts(types).iter().any(|t| local(t) == "Dataset")
}

/// The local name of a property or type: after the last `/`, `#` or `:`.
fn local(name: &str) -> &str {
    name.rsplit(['/', '#', ':']).next().unwrap_or(name)
}

/// The property with local name `name`, however it is written.
fn property<'a>(object: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    object
        .iter()
        .find(|(key, _)| !key.starts_with('@') && local(key) == name)
        .map(|(_, value)| value)
}

/// The texts of a value: plain strings, `@value`s and `@id`s, Dutch first when languages are
/// given.
fn texts(value: Option<&Value>) -> Vec<String> {
    let mut dutch = Vec::new();
    let mut other = Vec::new();
    let mut add = |text: &str, lang: Option<&str>| {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        if lang.is_some_and(|l| l.starts_with("nl")) {
            dutch.push(text.to_owned());
        } else {
            other.push(text.to_owned());
        }
    };
    let items: Vec<&Value> = match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(single) => vec![single],
        None => Vec::new(),
    };
    for item in items {
        match item {
            Value::String(s) => add(s, None),
            Value::Number(n) => add(&n.to_string(), None),
            Value::Object(o) => {
                let lang = o.get("@language").and_then(Value::as_str);
                if let Some(text) = o.get("@value").and_then(Value::as_str) {
                    add(text, lang);
                } else if let Some(id) = o.get("@id").and_then(Value::as_str) {
                    add(id, None);
                }
            }
            _ => {}
        }
    }
    dutch.extend(other);
    dutch
}

fn first(object: &Map<String, Value>, names: &[&str]) -> String {
    names
        .iter()
        .find_map(|name| texts(property(object, name)).into_iter().next())
        .unwrap_or_default()
}

/// An agent's name (`foaf:name`, `vcard:fn`, `skos:prefLabel`), else a label from its URI.
fn agent(object: &Map<String, Value>, names: &[&str]) -> String {
    for name in names {
        let Some(value) = property(object, name) else {
            continue;
        };
        let value = match value {
            Value::Array(items) => items.first().unwrap_or(value),
            _ => value,
        };
        if let Value::Object(agent) = value {
            let label = first(agent, &["name", "fn", "prefLabel", "label"]);
            if !label.is_empty() {
                return label;
            }
        }
        if let Some(text) = texts(Some(value)).into_iter().next() {
            return uri_label(&text);
        }
    }
    String::new()
}

/// Properties read; others are listed as not imported.
const READ: &[&str] = &[
    "identifier",
    "title",
    "description",
    "publisher",
    "creator",
    "contactPoint",
    "keyword",
    "accrualPeriodicity",
    "temporal",
    "accessRights",
    "theme",
    "spatialResolution",
    "spatialResolutionInMeters",
    "level",
    "modified",
    "issued",
];

fn record(object: &Map<String, Value>, place: String, unused: &mut BTreeSet<String>) -> Record {
    for key in object.keys().filter(|k| !k.starts_with('@')) {
        if !READ.contains(&local(key)) {
            unused.insert(local(key).to_owned());
        }
    }
    let id = match first(object, &["identifier"]) {
        id if id.is_empty() => object
            .get("@id")
            .and_then(Value::as_str)
            .map(|id| uri_tail(id).to_owned())
            .unwrap_or_default(),
        id => id,
    };
    let (from, to) = temporal(object);
    let notes = notes_with_themes(
        first(object, &["description"]),
        &texts(property(object, "theme")),
    );
    let keywords: Vec<String> = texts(property(object, "keyword"))
        .into_iter()
        .map(|k| k.replace('|', "/"))
        .collect();
    let mut record = Record::at(place);
    let mut set = |column: Column, value: String| record.set(column, value);
    set(Column::Id, id);
    set(Column::Title, first(object, &["title"]));
    set(
        Column::Owner,
        agent(object, &["publisher", "creator", "contactPoint"]),
    );
    set(Column::Concepts, keywords.join(" | "));
    set(
        Column::Level,
        first(object, &["spatialResolution", "level"]),
    );
    set(Column::Frequency, first(object, &["accrualPeriodicity"]));
    set(Column::From, from);
    set(Column::To, to);
    set(Column::Access, first(object, &["accessRights"]));
    set(Column::Notes, notes);
    record
}

/// The dates of `dct:temporal` (`startDate`/`endDate`, as DCAT 2 and schema.org write them),
/// shortened to the date part.
fn temporal(object: &Map<String, Value>) -> (String, String) {
    let value = property(object, "temporal");
    let period = match value {
        Some(Value::Array(items)) => items.first(),
        other => other,
    };
    let Some(Value::Object(period)) = period else {
        return (String::new(), String::new());
    };
    let date = |names: &[&str]| {
        let text = first(period, names);
        text.split('T').next().unwrap_or("").trim().to_owned()
    };
    (date(&["startDate", "beginning"]), date(&["endDate", "end"]))
}

/// The CSV column names stand in for DCAT property names in messages.
fn field_name(column: Column) -> &'static str {
    match column {
        Column::Id => "dct:identifier",
        Column::Title => "dct:title",
        Column::Owner => "dct:publisher",
        Column::Source => "dct:publisher",
        Column::Concepts => "dcat:keyword",
        Column::Aliases => "dcat:keyword",
        Column::Level => "dcat:spatialResolution",
        Column::Frequency => "dct:accrualPeriodicity",
        Column::Period | Column::From | Column::To => "dct:temporal",
        Column::Access => "dct:accessRights",
        Column::Notes => "dct:description",
    }
}
