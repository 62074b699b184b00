//! Record shapes that versions 1 and 2 of the graph format have in common (version 3 keeps the
//! scope and the common fields). A later version that changes one of them defines its own copy in
//! its module (version 3: the indicator); these stay as the older versions had them.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use super::ids::{check_edge_ends, declared_ids, IdKey, IdSpace};
use crate::io::decode::{Cx, Decode, FileId, FilePeriod, Obj};
use crate::io::path::JsonPath;
use crate::io::problem::NoticeKind;
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
        let indicator = Indicator::decode_fields(cx, &mut obj);
        obj.finish(cx);
        let mut indicator = indicator?;
        let datasets = std::mem::take(&mut indicator.datasets);
        indicator.datasets = without_repeats(cx, &path.field("datasets"), datasets, |_| None);
        Some(indicator)
    }
}

impl Indicator {
    /// The fields of this shape, read from `obj` as they are (repeats kept), for a later version
    /// that adds fields to them. Does not report unknown fields: the caller finishes `obj`.
    pub(crate) fn decode_fields(cx: &mut Cx, obj: &mut Obj<'_>) -> Option<Indicator> {
        let concept = obj.required(cx, "concept");
        let unit = obj.or_empty(cx, "unit");
        let level = obj.required(cx, "level");
        let frequency = obj.required(cx, "frequency");
        let period = obj.optional(cx, "period");
        let target_group = obj.optional(cx, "target_group");
        let baseline = obj.optional(cx, "baseline");
        let target = obj.optional(cx, "target");
        let datasets = obj.or_empty(cx, "datasets");
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

/// A list of dataset ids with each id once, in the order of first mention. A repeat is a
/// notice at its position (given with each id) in `list_path`: a dataset is linked (or
/// rejected) or it is not, so nothing is lost. `dropped` may leave out an id for another reason,
/// giving the notice that says why. A set, not a search of the list: a hostile file may list a
/// million ids.
pub(crate) fn without_repeats(
    cx: &mut Cx,
    list_path: &JsonPath,
    ids: Vec<FileId>,
    dropped: impl Fn(&FileId) -> Option<NoticeKind>,
) -> Vec<FileId> {
    let mut seen = BTreeSet::new();
    let mut kept = Vec::new();
    for (position, id) in ids.into_iter().enumerate() {
        if let Some(kind) = dropped(&id) {
            cx.notice(list_path.index(position), kind);
        } else if seen.insert(id.0.clone()) {
            kept.push(id);
        } else {
            let kind = NoticeKind::RepeatedDataset { id: id.0 };
            cx.notice(list_path.index(position), kind);
        }
    }
    kept
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
