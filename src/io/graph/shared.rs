//! Record shapes that versions 1 and 2 of the graph format have in common. A later version that
//! changes one of them defines its own copy in its module; these stay as the older versions had
//! them.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::ids::{check_edge_ends, declared_ids, IdKey, IdSpace};
use crate::io::decode::{Cx, Decode, FileId, FilePeriod, Obj};
use crate::io::path::JsonPath;
use crate::io::words::{FrequencyWord, LevelWord};

/// Where, for whom and when. Fields are omitted when absent; an empty scope is omitted entirely.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub(crate) struct Scope {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<FilePeriod>,
}

impl Scope {
    pub fn is_empty(&self) -> bool {
        self.area.is_none() && self.target_group.is_none() && self.period.is_none()
    }
}

impl Decode for Scope {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Scope> {
        let mut obj = cx.object(path, value)?;
        let area = obj.optional(cx, "area");
        let target_group = obj.optional(cx, "target_group");
        let period = obj.optional(cx, "period");
        obj.finish(cx);
        Some(Scope {
            area: area?,
            target_group: target_group?,
            period: period?,
        })
    }
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
}

impl Decode for Indicator {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Indicator> {
        let mut obj = cx.object(path, value)?;
        let concept = obj.required(cx, "concept");
        let unit = obj.or_empty(cx, "unit");
        let level = obj.required(cx, "level");
        let frequency = obj.required(cx, "frequency");
        let period = obj.optional(cx, "period");
        let target_group = obj.optional(cx, "target_group");
        let baseline = obj.optional(cx, "baseline");
        let target = obj.optional(cx, "target");
        let datasets = obj.or_empty(cx, "datasets");
        obj.finish(cx);
        Some(Indicator {
            concept: concept?,
            unit: unit?,
            level: level?,
            frequency: frequency?,
            period: period?,
            target_group: target_group?,
            baseline: baseline?,
            target: target?,
            datasets: datasets?,
        })
    }
}

/// The fields every graph version has, decoded, plus the node ids the file declares.
pub(crate) struct Common<N, E> {
    pub title: Option<String>,
    pub description: Option<String>,
    pub nodes: Option<Vec<N>>,
    pub edges: Option<Vec<E>>,
    pub node_ids: BTreeMap<IdKey, JsonPath>,
}

/// Title, description, nodes and edges, with the id checks (duplicates, edges to missing nodes)
/// made on the JSON itself so they are found even when an item has other problems.
pub(crate) fn decode_common<N: Decode, E: Decode>(cx: &mut Cx, obj: &mut Obj<'_>) -> Common<N, E> {
    obj.allow(&["format", "version"]);
    let title = obj.required(cx, "title");
    let description = obj.or_empty(cx, "description");
    let nodes_path = obj.path().field("nodes");
    let edges_path = obj.path().field("edges");
    let nodes = obj.required(cx, "nodes");
    let edges = obj.required(cx, "edges");
    let (nodes_json, edges_json) = (obj.raw("nodes"), obj.raw("edges"));
    let node_ids = declared_ids(cx, &nodes_path, nodes_json, IdSpace::Nodes);
    declared_ids(cx, &edges_path, edges_json, IdSpace::Edges);
    check_edge_ends(cx, &edges_path, edges_json, &node_ids);
    Common {
        title,
        description,
        nodes,
        edges,
        node_ids,
    }
}
