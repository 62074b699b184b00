//! A JSON file whose kind is not known beforehand (one the officer chose or dropped on the page):
//! parsed once, then read as what it turns out to be. Trying each reader on the bytes in turn
//! would parse a large dataset list three or four times.

use serde_json::Value;

use super::catalog::catalog_from_json;
use super::ckan::ckan_importer_from_json;
use super::csv::CatalogImporter;
use super::dcat::dcat_importer_from_json;
use super::graph::graph_from_json;
use super::json::{read_json, within};
use super::problem::{FileKind, LoadError};
use super::workshop::workshop_from_json;
use super::{
    vocabulary_from_json, LoadedCatalog, LoadedGraph, LoadedVocabulary, LoadedWorkshop,
    MAX_CATALOG_BYTES, MAX_GRAPH_BYTES, MAX_VOCABULARY_BYTES, MAX_WORKSHOP_BYTES,
};

/// What an opened JSON file turned out to be.
pub enum Opened {
    /// A portal export (a CKAN API response or DCAT-AP JSON-LD), its records ready to import a
    /// part at a time.
    Portal(CatalogImporter<'static>),
    Graph(LoadedGraph),
    Catalog(LoadedCatalog),
    Workshop(LoadedWorkshop),
    /// A workshop answers file: it belongs in the workshop's answers step, not here.
    Answers,
    /// A data team's vocabulary of synonyms, checked.
    Vocabulary(LoadedVocabulary),
}

/// Reads `bytes` as whichever JSON file it is; `title` names the dataset list a portal export
/// becomes. The errors are those of the reader for the file's kind; a file that says no kind gets
/// the reasoning line's (a line is what is opened most).
pub fn open_json(bytes: &[u8], title: &str) -> Result<Opened, LoadError> {
    // The largest any kind may be; each kind's own limit is checked once the kind is known.
    let value = read_json(bytes, MAX_CATALOG_BYTES)?;
    if let Ok(importer) = ckan_importer_from_json(&value, title) {
        return Ok(Opened::Portal(importer));
    }
    if let Ok(importer) = dcat_importer_from_json(&value, title) {
        return Ok(Opened::Portal(importer));
    }
    match said_kind(&value) {
        Some(FileKind::Catalog) => catalog_from_json(&value).map(Opened::Catalog),
        Some(FileKind::Workshop) => {
            within(bytes, MAX_WORKSHOP_BYTES)?;
            workshop_from_json(&value).map(Opened::Workshop)
        }
        Some(FileKind::Answers) => Ok(Opened::Answers),
        Some(FileKind::Vocabulary) => {
            within(bytes, MAX_VOCABULARY_BYTES)?;
            vocabulary_from_json(&value).map(Opened::Vocabulary)
        }
        Some(FileKind::Graph) => {
            within(bytes, MAX_GRAPH_BYTES)?;
            graph_from_json(&value).map(Opened::Graph)
        }
        None => graph_from_json(&value).map(Opened::Graph),
    }
}

/// The kind the file's `"format"` names, if it names one this app knows.
fn said_kind(value: &Value) -> Option<FileKind> {
    value
        .get("format")
        .and_then(Value::as_str)
        .and_then(FileKind::from_format_word)
}
