//! Version 2 of the graph format. Still read, never written: loading converts it to version 3
//! (`GraphFile::upgrade`, in `v3`). Version 3 keeps its edges, positions and layout.

use std::collections::BTreeMap;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::Value;

use super::ids::{IdKey, IdSpace};
use super::shared::{decode_common, Indicator, Scope};
use crate::io::decode::{Cx, Decode, FileId, Obj};
use crate::io::path::JsonPath;
use crate::io::problem::{JsonType, NoticeKind};
use crate::io::words::{EvidenceWord, KindWord};

pub(crate) const VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct GraphFile {
    pub format: &'static str,
    pub version: u32,
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    #[serde(skip_serializing_if = "Layout::is_empty")]
    pub layout: Layout,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Node {
    pub id: FileId,
    pub kind: KindWord,
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(skip_serializing_if = "Scope::is_empty")]
    pub scope: Scope,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct Edge {
    pub id: FileId,
    pub from: FileId,
    pub to: FileId,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub assumption: String,
    pub evidence: EvidenceWord,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub(crate) struct Point {
    pub x: f64,
    pub y: f64,
}

/// Positions by node id, written as a JSON object whose keys keep the order given here (node id
/// order), not the alphabetical order a map of strings would have (`n10` before `n2`).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Layout(pub Vec<(FileId, Point)>);

impl Layout {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Layout {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, point) in &self.0 {
            map.serialize_entry(&id.0, point)?;
        }
        map.end()
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
        let indicators = obj.or_empty(cx, "indicators");
        obj.finish(cx);
        Some(Node {
            id: id?,
            kind: kind?,
            title: title?,
            description: description?,
            owner: owner?,
            scope: scope?,
            indicators: indicators?,
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
        let evidence = obj.required(cx, "evidence");
        obj.finish(cx);
        Some(Edge {
            id: id?,
            from: from?,
            to: to?,
            assumption: assumption?,
            evidence: evidence?,
        })
    }
}

impl Decode for Point {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Point> {
        let mut obj = cx.object(path, value)?;
        let x = obj.required(cx, "x");
        let y = obj.required(cx, "y");
        obj.finish(cx);
        Some(Point { x: x?, y: y? })
    }
}

pub(crate) fn decode(cx: &mut Cx, value: &Value) -> Option<GraphFile> {
    let mut obj = cx.object(&JsonPath::root(), value)?;
    let common = decode_common::<Node, Edge>(cx, &mut obj);
    let layout = decode_layout(cx, &mut obj, &common.node_ids);
    obj.finish(cx);
    Some(GraphFile {
        format: super::FORMAT,
        version: VERSION,
        title: common.title?,
        description: common.description?,
        nodes: common.nodes?,
        edges: common.edges?,
        layout: layout?,
    })
}

/// Positions keyed by node id. A position for a node the file does not have is skipped with a
/// notice: it is drawing state, nothing in the reasoning line depends on it.
pub(super) fn decode_layout(
    cx: &mut Cx,
    obj: &mut Obj<'_>,
    node_ids: &BTreeMap<IdKey, JsonPath>,
) -> Option<Layout> {
    let path = obj.path().field("layout");
    let Some(value) = obj.raw("layout") else {
        return Some(Layout::default());
    };
    let Value::Object(map) = value else {
        cx.wrong_type(&path, JsonType::Object, value);
        return None;
    };
    let mut positions = Vec::with_capacity(map.len());
    let mut complete = true;
    for (key, entry) in map {
        let entry_path = path.key(key);
        if !node_ids.contains_key(&IdSpace::Nodes.key(key)) {
            let id = key.clone();
            cx.notice(entry_path, NoticeKind::PositionIgnored { id });
            continue;
        }
        match Point::decode(cx, &entry_path, entry) {
            Some(point) => positions.push((FileId(key.clone()), point)),
            None => complete = false,
        }
    }
    complete.then_some(Layout(positions))
}
