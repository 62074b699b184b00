//! The file formats: reasoning lines (graph files), dataset lists (catalog files), workshops,
//! participants' answers and a data team's vocabulary of synonyms to and from versioned JSON.
//! Framework-free, like the rest of the core.
//! `docs/file-format.md` describes the formats; the JSON Schemas in `docs/schema/` are checked
//! against the word lists here by tests.
//!
//! Reading is two steps: parse (size and nesting limits, then serde_json into a JSON value), then
//! decode and validate field by field into the versioned file types and from there into the
//! model, collecting every problem with its JSON path. Writing goes model → current file type →
//! serde_json, so the model is never serialised directly and output is deterministic.
//!
//! Nothing here panics on any input: this runs in WebAssembly, where a panic ends the app.

mod answers;
mod catalog;
pub mod ckan;
pub mod csv;
pub mod dcat;
mod decode;
mod envelope;
mod graph;
mod json;
mod open;
mod path;
mod problem;
mod problem_text;
mod vocabulary;
mod words;
mod workshop;

pub use answers::{
    export_answers, import_answers, import_answers_for, LoadedAnswers, ANSWERS_VERSION,
    FORMAT as ANSWERS_FORMAT, MAX_ANSWERS_BYTES,
};
pub use catalog::{
    export_catalog, import_catalog, CatalogWriter, LoadedCatalog, CATALOG_VERSION,
    FORMAT as CATALOG_FORMAT, MAX_CATALOG_BYTES,
};
pub use decode::{MAX_ID_CHARS, MAX_NOTICES, MAX_PROBLEMS};
pub use graph::{
    export_graph, import_graph, LoadedGraph, FORMAT as GRAPH_FORMAT, GRAPH_VERSION, MAX_GRAPH_BYTES,
};
pub use json::MAX_DEPTH;
pub use open::{open_json, Opened};
pub use path::JsonPath;
pub use problem::{
    ExportError, ExportProblemKind, FileKind, JsonType, LoadError, Notice, NoticeKind, Problem,
    ProblemKind,
};
pub(crate) use vocabulary::vocabulary_from_json;
pub use vocabulary::{
    export_vocabulary, import_vocabulary, LoadedVocabulary, FORMAT as VOCABULARY_FORMAT,
    MAX_VOCABULARY_BYTES, VOCABULARY_VERSION,
};
pub use words::{
    evidence_word, frequency_word, level_word, parse_evidence, parse_frequency, parse_level,
    WordList,
};
pub use workshop::{
    export_workshop, import_workshop, LoadedWorkshop, FORMAT as WORKSHOP_FORMAT,
    MAX_WORKSHOP_BYTES, WORKSHOP_VERSION,
};
