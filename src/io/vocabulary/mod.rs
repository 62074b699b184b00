//! The vocabulary file: a data team's own groups of synonyms, added to the ones the app ships
//! (`matching::Vocabulary::shipped`, read from a file of this same format). See
//! `docs/file-format.md`.
//!
//! Same layering as the catalog file: bytes → JSON value → the file type of the file's version →
//! the model. Only version 1 exists; a version 2 adds a module and an `upgrade` step as in
//! `io::graph`. The rules a group must satisfy live in `rules`, shared by the reader and the
//! writer, so the writer refuses exactly what the reader would.

mod rules;
mod v1;

use super::decode::Cx;
use super::envelope::check_envelope;
use super::json::{read_json, write_pretty};
use super::path::JsonPath;
use super::problem::{ExportError, ExportProblemKind, FileKind, LoadError, Notice};
use crate::matching::{SynonymGroup, Vocabulary};

/// The `"format"` word of vocabulary files.
pub const FORMAT: &str = "redeneerlijn-vocabulary";

/// The version this app writes, and the newest it reads.
pub const VOCABULARY_VERSION: u32 = v1::VERSION;

/// Vocabulary files larger than this are refused before parsing. The shipped vocabulary of over a
/// hundred groups takes 12 kB; a team's list of thousands of groups stays far below this.
pub const MAX_VOCABULARY_BYTES: usize = 5_000_000;

/// A vocabulary file that loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedVocabulary {
    pub title: String,
    /// The groups with their terms trimmed, each term once per group, in file order.
    pub vocabulary: Vocabulary,
    pub file_version: u32,
    /// What the reader should know, e.g. skipped unknown fields or a term given twice.
    pub notices: Vec<Notice>,
}

/// Reads a vocabulary file. Never panics; every problem found comes back with its path.
pub fn import_vocabulary(bytes: &[u8]) -> Result<LoadedVocabulary, LoadError> {
    vocabulary_from_json(&read_json(bytes, MAX_VOCABULARY_BYTES)?)
}

/// `import_vocabulary` of a file already parsed (and checked for size).
pub(crate) fn vocabulary_from_json(
    value: &serde_json::Value,
) -> Result<LoadedVocabulary, LoadError> {
    let file_version = check_envelope(value, FileKind::Vocabulary, VOCABULARY_VERSION)?;
    let mut cx = Cx::default();
    let file = v1::decode(&mut cx, value);
    let (file, notices) = cx.finish(file)?;
    let groups = file
        .groups
        .into_iter()
        .map(|group| SynonymGroup {
            terms: group.terms,
            source: group.source,
        })
        .collect();
    Ok(LoadedVocabulary {
        title: file.title,
        vocabulary: Vocabulary::new(file.sources.0, groups),
        file_version,
        notices,
    })
}

/// Writes a vocabulary as a vocabulary file of the current version: sources in key order, groups
/// and their terms in the vocabulary's order, 2-space indentation, a trailing newline.
///
/// A vocabulary the reader gave (or the shipped one) always writes; one built in code with
/// `Vocabulary::new` is checked by the reader's rules first, and what the reader would refuse
/// (a group of fewer than two terms, a source not listed, a blank source key) is refused here,
/// each problem at the path it would have in the file.
pub fn export_vocabulary(title: &str, vocabulary: &Vocabulary) -> Result<String, ExportError> {
    let mut cx = Cx::default();
    let root = JsonPath::root();
    let sources = vocabulary.sources();
    for key in sources.keys() {
        rules::check_source_key(&mut cx, &root.field("sources").key(key), key);
    }
    for (index, group) in vocabulary.groups().iter().enumerate() {
        let path = root.field("groups").index(index);
        rules::checked_terms(&mut cx, &path.field("terms"), &group.terms);
        if !sources.contains_key(&group.source) {
            rules::unknown_source(&mut cx, path.field("source"), &group.source);
        }
    }
    if let Err(error) = cx.finish(Some(())) {
        let problems = error
            .problems
            .into_iter()
            .map(|p| (p.path, ExportProblemKind::Unreadable { problem: p.kind }))
            .collect();
        return Err(ExportError { problems });
    }
    write_pretty(&v1::VocabularyFile {
        format: FORMAT,
        version: VOCABULARY_VERSION,
        title: title.to_owned(),
        sources: v1::Sources(sources.clone()),
        groups: vocabulary
            .groups()
            .iter()
            .map(|group| v1::Group {
                terms: group.terms.clone(),
                source: group.source.clone(),
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests;
