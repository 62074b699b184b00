//! Explicit conversion between the model (a `ReasoningLine` and its `Layout`) and the current
//! file shape. Writing puts nodes and edges in id order; reading gives ids as `ids` decides.

use std::collections::BTreeMap;

use super::ids::{assign_numbers, IdKey, IdSpace};
use super::shared::Scope;
use super::v2;
use super::v3::{self, Indicator};
use crate::catalog::DatasetId;
use crate::io::decode::{is_valid_id, Cx, FileId, FilePeriod};
use crate::io::path::JsonPath;
use crate::io::problem::{ExportProblemKind, ProblemKind};
use crate::layout::{Layout, Point};
use crate::model::{self, EdgeId, NodeId, ReasoningLine};

type ExportProblems = Vec<(JsonPath, ExportProblemKind)>;

pub(crate) fn to_file(
    line: &ReasoningLine,
    layout: &Layout,
) -> Result<v3::GraphFile, ExportProblems> {
    let mut problems = ExportProblems::new();
    let root = JsonPath::root();
    let nodes = line
        .nodes()
        .enumerate()
        .map(|(index, node)| {
            let path = root.field("nodes").index(index);
            node_to_file(node.id, node.node, &path, &mut problems)
        })
        .collect();
    let edges = line
        .edges()
        .map(|edge| v2::Edge {
            id: FileId(edge.id.to_string()),
            from: FileId(edge.from.to_string()),
            to: FileId(edge.to.to_string()),
            assumption: edge.edge.assumption.clone(),
            evidence: edge.edge.evidence.into(),
        })
        .collect();
    // Positions of nodes that are gone are editor leftovers, not part of the work: not written.
    let mut positions = Vec::new();
    for (&id, &Point { x, y }) in &layout.positions {
        if line.contains_node(id) {
            let path = root.field("layout").key(&id.to_string());
            check_finite(Some(x), &path.field("x"), &mut problems);
            check_finite(Some(y), &path.field("y"), &mut problems);
            positions.push((FileId(id.to_string()), v2::Point { x, y }));
        }
    }
    let file = v3::GraphFile {
        format: super::FORMAT,
        version: v3::VERSION,
        title: line.title.clone(),
        description: line.description.clone(),
        nodes,
        edges,
        layout: v2::Layout(positions),
    };
    if problems.is_empty() {
        Ok(file)
    } else {
        Err(problems)
    }
}

fn check_finite(number: Option<f64>, path: &JsonPath, problems: &mut ExportProblems) {
    if number.is_some_and(|number| !number.is_finite()) {
        problems.push((path.clone(), ExportProblemKind::NotFinite));
    }
}

fn check_dataset_ids(ids: &[DatasetId], list_path: &JsonPath, problems: &mut ExportProblems) {
    for (position, dataset) in ids.iter().enumerate() {
        if !is_valid_id(&dataset.0) {
            let id = dataset.0.clone();
            let path = list_path.index(position);
            problems.push((path, ExportProblemKind::InvalidDatasetId { id }));
        }
    }
}

fn node_to_file(
    id: NodeId,
    node: &model::Node,
    path: &JsonPath,
    problems: &mut ExportProblems,
) -> v3::Node {
    let indicators = node
        .indicators
        .iter()
        .enumerate()
        .map(|(index, indicator)| {
            let path = path.field("indicators").index(index);
            check_finite(indicator.baseline, &path.field("baseline"), problems);
            check_finite(indicator.target, &path.field("target"), problems);
            check_dataset_ids(
                &indicator.linked_datasets,
                &path.field("datasets"),
                problems,
            );
            let rejected = &indicator.rejected_datasets;
            check_dataset_ids(rejected, &path.field("rejected_datasets"), problems);
            indicator_to_file(indicator)
        })
        .collect();
    v3::Node {
        id: FileId(id.to_string()),
        kind: node.kind.into(),
        title: node.title.clone(),
        description: node.description.clone(),
        owner: node.owner.clone(),
        scope: Scope {
            area: node.scope.area.clone(),
            target_group: node.scope.target_group.clone(),
            period: node.scope.period.map(FilePeriod),
        },
        indicators,
    }
}

fn indicator_to_file(indicator: &model::Indicator) -> Indicator {
    Indicator {
        concept: indicator.concept.clone(),
        unit: indicator.unit.clone(),
        level: indicator.level.into(),
        frequency: indicator.frequency.into(),
        period: indicator.period.map(FilePeriod),
        target_group: indicator.target_group.clone(),
        baseline: indicator.baseline,
        target: indicator.target,
        datasets: ids_to_file(&indicator.linked_datasets),
        rejected_datasets: ids_to_file(&indicator.rejected_datasets),
    }
}

fn ids_to_file(ids: &[DatasetId]) -> Vec<FileId> {
    ids.iter().map(|id| FileId(id.0.clone())).collect()
}

fn ids_to_model(ids: Vec<FileId>) -> Vec<DatasetId> {
    ids.into_iter().map(|id| DatasetId(id.0)).collect()
}

fn indicator_to_model(indicator: Indicator) -> model::Indicator {
    model::Indicator {
        concept: indicator.concept,
        unit: indicator.unit,
        level: indicator.level.into(),
        frequency: indicator.frequency.into(),
        period: indicator.period.map(|period| period.0),
        target_group: indicator.target_group,
        baseline: indicator.baseline,
        target: indicator.target,
        linked_datasets: ids_to_model(indicator.datasets),
        rejected_datasets: ids_to_model(indicator.rejected_datasets),
    }
}

fn node_to_model(node: v3::Node) -> model::Node {
    model::Node {
        kind: node.kind.into(),
        title: node.title,
        description: node.description,
        owner: node.owner,
        scope: model::Scope {
            area: node.scope.area,
            target_group: node.scope.target_group,
            period: node.scope.period.map(|period| period.0),
        },
        indicators: node
            .indicators
            .into_iter()
            .map(indicator_to_model)
            .collect(),
    }
}

/// The model of a decoded file. Ids were checked while decoding, so the lookups here cannot
/// fail on a decoded file; they are handled anyway, as problems, because this must never panic.
pub(crate) fn from_file(cx: &mut Cx, file: v3::GraphFile) -> Option<(ReasoningLine, Layout)> {
    let root = JsonPath::root();
    let (nodes_path, edges_path) = (root.field("nodes"), root.field("edges"));
    let node_ids = file.nodes.iter().map(|node| node.id.0.as_str());
    let node_numbers = assign_numbers(cx, &nodes_path, node_ids, IdSpace::Nodes)?;
    let edge_ids = file.edges.iter().map(|edge| edge.id.0.as_str());
    let edge_numbers = assign_numbers(cx, &edges_path, edge_ids, IdSpace::Edges)?;
    let lookup = |numbers: &BTreeMap<IdKey, u32>, space: IdSpace, id: &FileId| {
        numbers.get(&space.key(&id.0)).copied()
    };

    let mut line = ReasoningLine::new(file.title);
    line.description = file.description;
    for (index, node) in file.nodes.into_iter().enumerate() {
        let path = nodes_path.index(index).field("id");
        let id = lookup(&node_numbers, IdSpace::Nodes, &node.id).map(NodeId);
        let file_id = node.id.0.clone();
        let inserted = id.map(|id| line.insert_node(id, node_to_model(node)));
        if !matches!(inserted, Some(Ok(()))) {
            let first = path.clone();
            cx.problem(path, ProblemKind::DuplicateId { id: file_id, first });
        }
    }
    for (index, edge) in file.edges.into_iter().enumerate() {
        let id = lookup(&edge_numbers, IdSpace::Edges, &edge.id).map(EdgeId);
        let from = lookup(&node_numbers, IdSpace::Nodes, &edge.from).map(NodeId);
        let to = lookup(&node_numbers, IdSpace::Nodes, &edge.to).map(NodeId);
        let content = model::Edge {
            assumption: edge.assumption,
            evidence: edge.evidence.into(),
        };
        let inserted = match (id, from, to) {
            (Some(id), Some(from), Some(to)) => line.insert_edge(id, from, to, content).is_ok(),
            _ => false,
        };
        if !inserted {
            let path = edges_path.index(index).field("from");
            cx.problem(path, ProblemKind::UnknownNode { id: edge.from.0 });
        }
    }
    let mut layout = Layout::default();
    for (id, point) in file.layout.0 {
        if let Some(number) = lookup(&node_numbers, IdSpace::Nodes, &id) {
            let point = Point {
                x: point.x,
                y: point.y,
            };
            layout.positions.insert(NodeId(number), point);
        }
    }
    (!cx.has_problems()).then_some((line, layout))
}
