//! Dataset lists from open-data portals running CKAN (data.overheid.nl and many municipal
//! portals): the JSON of the `package_search` and `package_show` API actions, saved from the
//! browser. Each package becomes a dataset through the same checks as a spreadsheet row
//! (`csv::import_records`), so problems are named per record and what is valid is imported.
//!
//! CKAN has no variables: the tags become the concepts (the officer checks them). DCAT-AP-DONL
//! fields (`authority`, `publisher`, `frequency`, `access_rights`, `temporal_start`/`_end`, as
//! URIs from the EU and DONL vocabularies) are read where present; fields not used are listed.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::csv::{
    notes_with_themes, portal_importer, uri_label, CatalogImport, CatalogImporter, Column, Record,
};
use super::json::read_json;
use super::path::JsonPath;
use super::problem::{LoadError, ProblemKind};
use super::MAX_CATALOG_BYTES;

/// Whether a JSON value is a CKAN API response (`{"success": true, "result": ...}`).
pub fn is_ckan(value: &Value) -> bool {
    value.get("result").is_some() && (value.get("success").is_some() || value.get("help").is_some())
}

/// Reads a saved CKAN API response (`package_search` or `package_show`) as a catalog called
/// `title`. Refused only when the file is not JSON or not a CKAN response with packages.
pub fn import_ckan(bytes: &[u8], title: &str) -> Result<CatalogImport, LoadError> {
    ckan_importer(bytes, title).map(CatalogImporter::finish)
}

/// `import_ckan` with the records read but not yet imported: the import can then be run a number
/// of records at a time.
pub fn ckan_importer(bytes: &[u8], title: &str) -> Result<CatalogImporter<'static>, LoadError> {
    ckan_importer_from_json(&read_json(bytes, MAX_CATALOG_BYTES)?, title)
}

/// `ckan_importer` of a file already parsed (and checked for size).
pub(crate) fn ckan_importer_from_json(
    value: &Value,
    title: &str,
) -> Result<CatalogImporter<'static>, LoadError> {
    let result = value.get("result").filter(|_| is_ckan(value));
    // package_show gives one package as the result, package_search a list under `results`.
    let (packages, base, single) = match result {
        Some(Value::Object(show)) if show.contains_key("title") || show.contains_key("name") => {
            (vec![show], JsonPath::root().field("result"), true)
        }
        Some(Value::Object(search)) => match search.get("results") {
            Some(Value::Array(results)) => (
                results.iter().filter_map(Value::as_object).collect(),
                JsonPath::root().field("result").field("results"),
                false,
            ),
            _ => return Err(not_ckan()),
        },
        _ => return Err(not_ckan()),
    };
    let mut unused: BTreeSet<String> = BTreeSet::new();
    let records: Vec<Record> = packages
        .iter()
        .enumerate()
        .map(|(n, package)| {
            let place = if single { base.clone() } else { base.index(n) };
            record(package, place.to_string(), &mut unused)
        })
        .collect();
    Ok(portal_importer(records, field_name, title, unused))
}

fn not_ckan() -> LoadError {
    LoadError::single(
        JsonPath::root(),
        ProblemKind::MissingField {
            field: "result".to_owned(),
        },
    )
}

/// The CKAN field a catalog field comes from, for messages.
fn field_name(column: Column) -> &'static str {
    match column {
        Column::Id => "name",
        Column::Title => "title",
        Column::Owner => "organization",
        Column::Source => "source",
        Column::Concepts => "tags",
        Column::Aliases => "aliases",
        Column::Level => "spatial_resolution",
        Column::Frequency => "frequency",
        Column::Period => "temporal",
        Column::From => "temporal_start",
        Column::To => "temporal_end",
        Column::Access => "access_rights",
        Column::Notes => "notes",
    }
}

/// Package fields read (or deliberately passed over as bookkeeping of the portal itself).
const READ: &[&str] = &[
    "name",
    "id",
    "title",
    "organization",
    "authority",
    "publisher",
    "author",
    "maintainer",
    "tags",
    "extras",
    "frequency",
    "accrual_periodicity",
    "temporal_start",
    "temporal_end",
    "access_rights",
    "private",
    "notes",
    "theme",
    "groups",
    "spatial_resolution",
    // Portal bookkeeping, not about the data.
    "metadata_created",
    "metadata_modified",
    "state",
    "type",
    "num_tags",
    "num_resources",
    "owner_org",
    "creator_user_id",
    "revision_id",
    "isopen",
    "relationships_as_object",
    "relationships_as_subject",
];

fn record(package: &Map<String, Value>, place: String, unused: &mut BTreeSet<String>) -> Record {
    for key in package.keys().filter(|k| !READ.contains(&k.as_str())) {
        unused.insert(key.clone());
    }
    let extras = extras(package);
    let text = |key: &str| -> String {
        match package.get(key) {
            Some(Value::String(s)) => s.trim().to_owned(),
            _ => extras
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .unwrap_or_default(),
        }
    };
    let owner = organization(package)
        .or_else(|| {
            [text("authority"), text("publisher")]
                .into_iter()
                .find(|t| !t.is_empty())
        })
        .map(|o| uri_label(&o))
        .unwrap_or_else(|| {
            [text("author"), text("maintainer")]
                .into_iter()
                .find(|t| !t.is_empty())
                .unwrap_or_default()
        });
    let id = match text("name") {
        name if name.is_empty() => text("id"),
        name => name,
    };
    let frequency = first_text(&[text("frequency"), text("accrual_periodicity")]);
    let access = match (text("access_rights"), package.get("private")) {
        (rights, _) if !rights.is_empty() => rights,
        (_, Some(Value::Bool(true))) => "internal".to_owned(),
        _ => String::new(),
    };
    let level = first_text(&[
        text("spatial_resolution"),
        text("spatial_granularity"),
        text("granularity"),
        text("niveau"),
    ]);
    let notes = notes_with_themes(text("notes"), &list(package.get("theme")));
    let mut record = Record::at(place);
    let mut set = |column: Column, value: String| record.set(column, value);
    set(Column::Id, id);
    set(Column::Title, text("title"));
    set(Column::Owner, owner);
    set(Column::Concepts, tags(package).join(" | "));
    set(Column::Level, level);
    set(Column::Frequency, frequency);
    set(Column::From, date_year(&text("temporal_start")));
    set(Column::To, date_year(&text("temporal_end")));
    set(Column::Access, access);
    set(Column::Notes, notes);
    record
}

fn first_text(values: &[String]) -> String {
    values
        .iter()
        .find(|v| !v.is_empty())
        .cloned()
        .unwrap_or_default()
}

/// CKAN `extras`: a list of `{"key": ..., "value": ...}`.
fn extras(package: &Map<String, Value>) -> Vec<(String, String)> {
    let Some(Value::Array(items)) = package.get("extras") else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| {
            let key = item.get("key")?.as_str()?;
            let value = item.get("value")?.as_str()?;
            Some((key.to_owned(), value.trim().to_owned()))
        })
        .collect()
}

fn organization(package: &Map<String, Value>) -> Option<String> {
    let org = package.get("organization")?;
    let title = org.get("title").or_else(|| org.get("name"))?.as_str()?;
    Some(title.trim().to_owned()).filter(|t| !t.is_empty())
}

/// Tag names (`display_name`, else `name`), in file order, each once.
fn tags(package: &Map<String, Value>) -> Vec<String> {
    let Some(Value::Array(items)) = package.get("tags") else {
        return Vec::new();
    };
    let mut names: Vec<String> = Vec::new();
    for item in items {
        let name = match item {
            Value::String(s) => Some(s.as_str()),
            _ => item
                .get("display_name")
                .or_else(|| item.get("name"))
                .and_then(Value::as_str),
        };
        // `|` separates concepts inside a record, so it cannot be part of one.
        if let Some(name) = name
            .map(|n| n.replace('|', "/"))
            .map(|n| n.trim().to_owned())
        {
            if !name.is_empty() && !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// A string or a list of strings.
fn list(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

/// `2019-01-01T00:00:00` → `2019-01-01` (the year is read by the shared period checks).
fn date_year(text: &str) -> String {
    text.split('T').next().unwrap_or("").trim().to_owned()
}
