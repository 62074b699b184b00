//! The graph file: a reasoning line with its layout. See `docs/file-format.md`.
//!
//! Reading goes bytes → JSON value → the file type of the file's version → (older versions are
//! upgraded one step at a time) → the current file type → the model. A new version 4 adds a module
//! `v4`, an `upgrade` from `v3::GraphFile` to `v4::GraphFile`, one arm in `decode_any`, and moves
//! `convert` to the new shape.

mod convert;
mod ids;
mod shared;
mod v1;
mod v2;
mod v3;

use super::decode::Cx;
use super::envelope::check_envelope;
use super::json::{read_json, write_pretty};
use super::path::JsonPath;
use super::problem::{ExportError, FileKind, LoadError, Notice, NoticeKind};
use crate::layout::Layout;
use crate::model::ReasoningLine;

/// The `"format"` word of graph files.
pub const FORMAT: &str = "redeneerlijn";

/// The version this app writes, and the newest it reads.
pub const GRAPH_VERSION: u32 = v3::VERSION;

/// Graph files larger than this are refused before parsing (a large reasoning line is well under
/// 1 MB).
pub const MAX_GRAPH_BYTES: usize = 10_000_000;

/// A graph file that loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedGraph {
    pub line: ReasoningLine,
    pub layout: Layout,
    /// The format version the file had (older versions were converted).
    pub file_version: u32,
    /// What the reader should know: conversion, skipped fields, renumbered ids.
    pub notices: Vec<Notice>,
}

/// Reads a graph file. Never panics; every problem found comes back with its path.
pub fn import_graph(bytes: &[u8]) -> Result<LoadedGraph, LoadError> {
    graph_from_json(&read_json(bytes, MAX_GRAPH_BYTES)?)
}

/// `import_graph` of a file already parsed (and checked for size).
pub(crate) fn graph_from_json(value: &serde_json::Value) -> Result<LoadedGraph, LoadError> {
    let file_version = check_envelope(value, FileKind::Graph, GRAPH_VERSION)?;
    let mut cx = Cx::default();
    let file = decode_any(&mut cx, value, file_version);
    // Ids are only assigned to a file without problems, so renumbering notices are not shown for
    // a file that does not load anyway.
    let model = match file {
        Some(file) if !cx.has_problems() => convert::from_file(&mut cx, file),
        _ => None,
    };
    let ((line, layout), notices) = cx.finish(model)?;
    Ok(LoadedGraph {
        line,
        layout,
        file_version,
        notices,
    })
}

/// The file in the current shape, whatever version it was written in. One `migrated` notice
/// names the version the file had and the one it became.
fn decode_any(cx: &mut Cx, value: &serde_json::Value, version: u32) -> Option<v3::GraphFile> {
    let file = match version {
        v1::VERSION => v1::decode(cx, value)?.upgrade().upgrade(),
        v2::VERSION => v2::decode(cx, value)?.upgrade(),
        _ => return v3::decode(cx, value),
    };
    let (from, to) = (version, v3::VERSION);
    cx.notice(JsonPath::root(), NoticeKind::Migrated { from, to });
    Some(file)
}

/// Writes a reasoning line and its layout as a graph file of the current version: nodes, edges
/// and positions in id order, fixed field order, 2-space indentation, a trailing newline.
/// Positions of nodes not in `line` are not written.
pub fn export_graph(line: &ReasoningLine, layout: &Layout) -> Result<String, ExportError> {
    let file = convert::to_file(line, layout).map_err(|problems| ExportError { problems })?;
    write_pretty(&file)
}

#[cfg(test)]
mod tests;
