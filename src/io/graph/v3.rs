//! Version 3 of the graph format, the current one: what the app writes.
//!
//! Difference from version 2: an indicator may have `"rejected_datasets"`, the datasets the officer
//! said do not fit it, next to `"datasets"`, the ones linked by hand. Edges, positions and the
//! layout are as in version 2.

use serde::Serialize;
use serde_json::Value;

use super::shared::{self, decode_common, without_repeats, Scope};
use super::v2::{self, decode_layout, Edge, Layout};
use crate::io::decode::{Cx, Decode, FileId, FilePeriod};
use crate::io::path::JsonPath;
use crate::io::problem::{JsonType, NoticeKind};
use crate::io::words::{FrequencyWord, KindWord, LevelWord};

pub(crate) const VERSION: u32 = 3;

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
pub(crate) struct Indicator {
    pub concept: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unit: String,
    pub level: LevelWord,
    pub frequency: FrequencyWord,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<FilePeriod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// Dataset ids a user linked by hand, in the order they were linked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub datasets: Vec<FileId>,
    /// Dataset ids the user said do not fit, in the order they were rejected.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rejected_datasets: Vec<FileId>,
}

impl Indicator {
    fn with_rejected(old: shared::Indicator, rejected_datasets: Vec<FileId>) -> Indicator {
        Indicator {
            concept: old.concept,
            unit: old.unit,
            level: old.level,
            frequency: old.frequency,
            period: old.period,
            target_group: old.target_group,
            baseline: old.baseline,
            target: old.target,
            datasets: old.datasets,
            rejected_datasets,
        }
    }

    /// One indicator of the node with id `node` (as written in the file), at position `index`.
    /// Each list keeps an id once; a dataset both linked and rejected stays linked: a link is a
    /// claim the officer checked, and dropping it would make data look missing.
    fn decode_in(
        cx: &mut Cx,
        path: &JsonPath,
        value: &Value,
        node: &str,
        index: usize,
    ) -> Option<Indicator> {
        let mut obj = cx.object(path, value)?;
        let fields = shared::Indicator::decode_fields(cx, &mut obj);
        let rejected: Option<Vec<FileId>> = obj.or_empty(cx, "rejected_datasets");
        obj.finish(cx);
        let mut fields = fields?;
        let linked = std::mem::take(&mut fields.datasets);
        fields.datasets = without_repeats(cx, &path.field("datasets"), linked, |_| None);
        // A handful of datasets per indicator: a scan, not a set (which would sort to build).
        let linked = &fields.datasets;
        let rejected = without_repeats(cx, &path.field("rejected_datasets"), rejected?, |id| {
            linked.contains(id).then(|| NoticeKind::LinkedAndRejected {
                id: id.0.clone(),
                node: node.to_owned(),
                indicator: index,
            })
        });
        Some(Indicator::with_rejected(fields, rejected))
    }
}

impl v2::GraphFile {
    /// The same content in the version 3 shape: nothing is rejected yet.
    pub fn upgrade(self) -> GraphFile {
        GraphFile {
            format: super::FORMAT,
            version: VERSION,
            title: self.title,
            description: self.description,
            nodes: self.nodes.into_iter().map(v2::Node::upgrade).collect(),
            edges: self.edges,
            layout: self.layout,
        }
    }
}

impl v2::Node {
    fn upgrade(self) -> Node {
        Node {
            id: self.id,
            kind: self.kind,
            title: self.title,
            description: self.description,
            owner: self.owner,
            scope: self.scope,
            indicators: self
                .indicators
                .into_iter()
                .map(|indicator| Indicator::with_rejected(indicator, Vec::new()))
                .collect(),
        }
    }
}

impl Decode for Node {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Node> {
        let mut obj = cx.object(path, value)?;
        let id: Option<FileId> = obj.required(cx, "id");
        let kind = obj.required(cx, "kind");
        let title = obj.required(cx, "title");
        let description = obj.or_empty(cx, "description");
        let owner = obj.or_empty(cx, "owner");
        let scope = obj.or_empty(cx, "scope");
        let node_name = id.as_ref().map_or("", |id| id.0.as_str());
        let indicators_path = path.field("indicators");
        let indicators = match obj.raw("indicators") {
            None => Some(Vec::new()),
            Some(Value::Array(items)) => {
                let decoded: Vec<Option<Indicator>> = items
                    .iter()
                    .enumerate()
                    .map(|(index, item)| {
                        let path = indicators_path.index(index);
                        Indicator::decode_in(cx, &path, item, node_name, index)
                    })
                    .collect();
                decoded.into_iter().collect()
            }
            Some(other) => {
                cx.wrong_type(&indicators_path, JsonType::Array, other);
                None
            }
        };
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
