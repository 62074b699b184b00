//! The catalog file: the list of datasets a municipality has. See `docs/file-format.md`.
//!
//! Same layering as the graph file: bytes → JSON value → the file type of the file's version →
//! the model. Only version 1 exists; a version 2 adds a module and an `upgrade` step as in
//! `io::graph`.

mod v1;
mod writer;

pub use writer::CatalogWriter;

use super::decode::{is_valid_id, Cx, FileId, FilePeriod};
use super::envelope::check_envelope;
use super::json::{read_json, write_pretty};
use super::path::JsonPath;
use super::problem::{ExportError, ExportProblemKind, FileKind, LoadError, Notice, ProblemKind};
use crate::catalog::{Catalog, Dataset, DatasetId, Variable};

/// The `"format"` word of catalog files.
pub const FORMAT: &str = "redeneerlijn-catalog";

/// The version this app writes, and the newest it reads.
pub const CATALOG_VERSION: u32 = v1::VERSION;

/// Catalog files larger than this are refused before parsing. Catalogs can be exports of a
/// municipality's whole data register, hence more room than for graphs.
pub const MAX_CATALOG_BYTES: usize = 50_000_000;

/// A catalog file that loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedCatalog {
    pub catalog: Catalog,
    pub file_version: u32,
    /// What the reader should know, e.g. skipped unknown fields.
    pub notices: Vec<Notice>,
}

/// Reads a catalog file. Never panics; every problem found comes back with its path.
pub fn import_catalog(bytes: &[u8]) -> Result<LoadedCatalog, LoadError> {
    catalog_from_json(&read_json(bytes, MAX_CATALOG_BYTES)?)
}

/// `import_catalog` of a file already parsed (and checked for size).
pub(crate) fn catalog_from_json(value: &serde_json::Value) -> Result<LoadedCatalog, LoadError> {
    let file_version = check_envelope(value, FileKind::Catalog, CATALOG_VERSION)?;
    let mut cx = Cx::default();
    let file = v1::decode(&mut cx, value);
    let catalog = match file {
        Some(file) if !cx.has_problems() => from_file(&mut cx, file),
        _ => None,
    };
    let (catalog, notices) = cx.finish(catalog)?;
    Ok(LoadedCatalog {
        catalog,
        file_version,
        notices,
    })
}

/// Writes a catalog as a catalog file of the current version: datasets in id order, fixed field
/// order, 2-space indentation, a trailing newline.
pub fn export_catalog(catalog: &Catalog) -> Result<String, ExportError> {
    let mut problems = Vec::new();
    let datasets = catalog
        .datasets()
        .enumerate()
        .map(|(index, dataset)| {
            if !is_valid_id(&dataset.id.0) {
                let path = JsonPath::root().field("datasets").index(index).field("id");
                let id = dataset.id.0.clone();
                problems.push((path, ExportProblemKind::InvalidDatasetId { id }));
            }
            to_file(dataset)
        })
        .collect();
    if !problems.is_empty() {
        return Err(ExportError { problems });
    }
    write_pretty(&v1::CatalogFile {
        format: FORMAT,
        version: CATALOG_VERSION,
        title: catalog.title.clone(),
        datasets,
    })
}

fn to_file(dataset: &Dataset) -> v1::Dataset {
    v1::Dataset {
        id: FileId(dataset.id.0.clone()),
        title: dataset.title.clone(),
        owner: dataset.owner.clone(),
        source: dataset.source.into(),
        variables: dataset
            .variables
            .iter()
            .map(|variable| v1::Variable {
                concept: variable.concept.clone(),
                aliases: variable.aliases.clone(),
            })
            .collect(),
        level: dataset.level.into(),
        frequency: dataset.frequency.into(),
        period: dataset.period.map(FilePeriod),
        access: dataset.access.into(),
        notes: dataset.notes.clone(),
        assumed: dataset.assumed.iter().map(|&field| field.into()).collect(),
    }
}

/// Duplicate ids were reported while decoding; checked again here because `Catalog::insert`
/// would silently replace, and this must never lose a dataset without saying so.
fn from_file(cx: &mut Cx, file: v1::CatalogFile) -> Option<Catalog> {
    let mut catalog = Catalog::new(file.title);
    for (index, dataset) in file.datasets.into_iter().enumerate() {
        let id = dataset.id.0;
        let model = Dataset {
            id: DatasetId(id.clone()),
            title: dataset.title,
            owner: dataset.owner,
            source: dataset.source.into(),
            variables: dataset
                .variables
                .into_iter()
                .map(|variable| Variable {
                    concept: variable.concept,
                    aliases: variable.aliases,
                })
                .collect(),
            level: dataset.level.into(),
            frequency: dataset.frequency.into(),
            period: dataset.period.map(|period| period.0),
            access: dataset.access.into(),
            notes: dataset.notes,
            assumed: Vec::new(),
        };
        let mut model = model;
        for word in dataset.assumed {
            model.assume(word.into());
        }
        if catalog.insert(model).is_some() {
            let path = JsonPath::root().field("datasets").index(index).field("id");
            let first = path.clone();
            cx.problem(path, ProblemKind::DuplicateId { id, first });
        }
    }
    (!cx.has_problems()).then_some(catalog)
}

#[cfg(test)]
mod tests;
