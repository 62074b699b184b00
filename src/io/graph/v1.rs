//! Version 1 of the graph format, the first shape. Still read, never written: loading converts it
//! to version 2 (`GraphFile::upgrade`), and that on to version 3.
//!
//! Differences from version 2: a node has one `"indicator"` (an object or `null`) instead of an
//! `"indicators"` list; an edge has a boolean `"evidence_based"` instead of the `"evidence"` level;
//! there is no `"layout"`.

use serde_json::Value;

use super::shared::{decode_common, Indicator, Scope};
use super::v2;
use crate::io::decode::{Cx, Decode, FileId};
use crate::io::path::JsonPath;
use crate::io::words::{EvidenceWord, KindWord};

pub(crate) const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct GraphFile {
    pub title: String,
    pub description: String,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Node {
    pub id: FileId,
    pub kind: KindWord,
    pub title: String,
    pub description: String,
    pub owner: String,
    pub scope: Scope,
    pub indicator: Option<Indicator>,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Edge {
    pub id: FileId,
    pub from: FileId,
    pub to: FileId,
    pub assumption: String,
    pub evidence_based: bool,
}

impl GraphFile {
    /// The same content in the version 2 shape. Nothing is lost: every version 1 file has a
    /// version 2 equivalent.
    pub fn upgrade(self) -> v2::GraphFile {
        v2::GraphFile {
            format: super::FORMAT,
            version: v2::VERSION,
            title: self.title,
            description: self.description,
            nodes: self.nodes.into_iter().map(Node::upgrade).collect(),
            edges: self.edges.into_iter().map(Edge::upgrade).collect(),
            layout: v2::Layout::default(),
        }
    }
}

impl Node {
    fn upgrade(self) -> v2::Node {
        v2::Node {
            id: self.id,
            kind: self.kind,
            title: self.title,
            description: self.description,
            owner: self.owner,
            scope: self.scope,
            indicators: self.indicator.into_iter().collect(),
        }
    }
}

impl Edge {
    fn upgrade(self) -> v2::Edge {
        // Version 1 only knew "based on evidence or not"; evidence then meant research.
        let evidence = if self.evidence_based {
            EvidenceWord::ResearchBased
        } else {
            EvidenceWord::None
        };
        v2::Edge {
            id: self.id,
            from: self.from,
            to: self.to,
            assumption: self.assumption,
            evidence,
        }
    }
}

impl Decode for Node {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Node> {
        let mut obj = cx.object(path, value)?;
        let id = obj.required(cx, "id");
        let kind = obj.required(cx, "kind");
        let title = obj.required(cx, "title");
        let description = obj.or_empty(cx, "description");
        let owner = obj.or_empty(cx, "owner");
        let scope = obj.or_empty(cx, "scope");
        let indicator = obj.optional(cx, "indicator");
        obj.finish(cx);
        Some(Node {
            id: id?,
            kind: kind?,
            title: title?,
            description: description?,
            owner: owner?,
            scope: scope?,
            indicator: indicator?,
        })
    }
}

impl Decode for Edge {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Edge> {
        let mut obj = cx.object(path, value)?;
        let id = obj.required(cx, "id");
        let from = obj.required(cx, "from");
        let to = obj.required(cx, "to");
        let assumption = obj.or_empty(cx, "assumption");
        let evidence_based = obj.optional(cx, "evidence_based");
        obj.finish(cx);
        Some(Edge {
            id: id?,
            from: from?,
            to: to?,
            assumption: assumption?,
            evidence_based: evidence_based?.unwrap_or(false),
        })
    }
}

pub(crate) fn decode(cx: &mut Cx, value: &Value) -> Option<GraphFile> {
    let mut obj = cx.object(&JsonPath::root(), value)?;
    let common = decode_common::<Node, Edge>(cx, &mut obj);
    obj.finish(cx);
    Some(GraphFile {
        title: common.title?,
        description: common.description?,
        nodes: common.nodes?,
        edges: common.edges?,
    })
}
