//! The workshop file: the questions a trainer prepared. See `docs/file-format.md`.
//!
//! Same layering as the graph file: bytes → JSON value → the file type of the file's version →
//! the model. Only version 1 exists; a version 2 adds a module and an `upgrade` step as in
//! `io::graph`.

mod convert;
mod v1;

use super::decode::Cx;
use super::envelope::check_envelope;
use super::json::{read_json, write_pretty};
use super::problem::{ExportError, FileKind, LoadError, Notice};
use crate::workshop::Workshop;

/// The `"format"` word of workshop files.
pub const FORMAT: &str = "redeneerlijn-workshop";

/// The version this app writes, and the newest it reads.
pub const WORKSHOP_VERSION: u32 = v1::VERSION;

/// Workshop files larger than this are refused before parsing (the same limit as graph files;
/// a workshop of a hundred questions is well under 100 kB).
pub const MAX_WORKSHOP_BYTES: usize = 10_000_000;

/// A workshop file that loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedWorkshop {
    pub workshop: Workshop,
    pub file_version: u32,
    /// What the reader should know, e.g. skipped unknown fields.
    pub notices: Vec<Notice>,
}

/// Reads a workshop file. Never panics; every problem found comes back with its path.
pub fn import_workshop(bytes: &[u8]) -> Result<LoadedWorkshop, LoadError> {
    workshop_from_json(&read_json(bytes, MAX_WORKSHOP_BYTES)?)
}

/// `import_workshop` of a file already parsed (and checked for size).
pub(crate) fn workshop_from_json(value: &serde_json::Value) -> Result<LoadedWorkshop, LoadError> {
    let file_version = check_envelope(value, FileKind::Workshop, WORKSHOP_VERSION)?;
    let mut cx = Cx::default();
    let file = v1::decode(&mut cx, value);
    let workshop = match file {
        Some(file) if !cx.has_problems() => convert::from_file(&mut cx, file),
        _ => None,
    };
    let (workshop, notices) = cx.finish(workshop)?;
    Ok(LoadedWorkshop {
        workshop,
        file_version,
        notices,
    })
}

/// Writes a workshop as a workshop file of the current version: questions in the trainer's
/// order, fixed field order, 2-space indentation, a trailing newline.
pub fn export_workshop(workshop: &Workshop) -> Result<String, ExportError> {
    let file = convert::to_file(workshop).map_err(|problems| ExportError { problems })?;
    write_pretty(&file)
}

#[cfg(test)]
mod tests;
