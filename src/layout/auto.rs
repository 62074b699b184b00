//! Automatic layered layout: interventions in the left column, goals in the right one, outcomes
//! in between in the order they contribute, and within each column an order with few crossings
//! (barycentre sweeps). Deterministic: the same line always gets the same drawing.

use std::collections::BTreeMap;

use super::{Layout, Point};
use crate::model::{NodeId, NodeKind, ReasoningLine};
use crate::order;

/// Canvas units between column origins and between rows.
pub const COLUMN_GAP: f64 = 280.0;
pub const ROW_GAP: f64 = 110.0;
/// Up and down sweeps of the crossing reduction; more rarely helps on reasoning lines.
const SWEEPS: usize = 6;

/// Positions for every node: `manual` positions are kept, the others are placed automatically.
pub fn auto_layout(line: &ReasoningLine, manual: &Layout) -> Layout {
    let graph = DenseGraph::new(line);
    let columns = assign_columns(&graph);
    let rows = order_rows(&graph, &columns);
    let tallest = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut positions = BTreeMap::new();
    for (column, members) in rows.iter().enumerate() {
        // Centre shorter columns against the tallest one.
        let offset = (tallest - members.len()) as f64 * ROW_GAP / 2.0;
        for (row, &node) in members.iter().enumerate() {
            let id = graph.ids[node];
            let point = manual.positions.get(&id).copied().unwrap_or(Point {
                x: column as f64 * COLUMN_GAP,
                y: offset + row as f64 * ROW_GAP,
            });
            positions.insert(id, point);
        }
    }
    Layout { positions }
}

/// The line as index lists, so the layout works on `usize` instead of map look-ups.
struct DenseGraph {
    ids: Vec<NodeId>,
    kinds: Vec<NodeKind>,
    successors: Vec<Vec<usize>>,
    predecessors: Vec<Vec<usize>>,
}

impl DenseGraph {
    fn new(line: &ReasoningLine) -> DenseGraph {
        // In id order, so a binary search finds a node's position (a map from id to position
        // would cost the WebAssembly its own B-tree and sort instantiations).
        let ids: Vec<NodeId> = line.node_ids().collect();
        let position = |id: &NodeId| ids.binary_search(id).ok();
        let kinds = line.nodes().map(|n| n.node.kind).collect();
        let mut successors = vec![Vec::new(); ids.len()];
        let mut predecessors = vec![Vec::new(); ids.len()];
        for edge in line.edges() {
            if let (Some(from), Some(to)) = (position(&edge.from), position(&edge.to)) {
                if from != to {
                    successors[from].push(to);
                    predecessors[to].push(from);
                }
            }
        }
        DenseGraph {
            ids,
            kinds,
            successors,
            predecessors,
        }
    }

    fn len(&self) -> usize {
        self.ids.len()
    }
}

/// Column of each node: interventions 0; others one right of their rightmost contributor (edges
/// closing a cycle are ignored); goals that feed nothing are aligned in the rightmost column.
fn assign_columns(graph: &DenseGraph) -> Vec<usize> {
    let order = acyclic_order(graph);
    let mut column = vec![0usize; graph.len()];
    let mut placed = vec![false; graph.len()];
    for &node in &order {
        let from_contributors = graph.predecessors[node]
            .iter()
            .filter(|&&p| placed[p])
            .map(|&p| column[p] + 1)
            .max();
        column[node] = match graph.kinds[node] {
            NodeKind::Intervention => 0,
            _ => from_contributors.unwrap_or(1).max(1),
        };
        placed[node] = true;
    }
    let last = column.iter().copied().max().unwrap_or(0);
    for (node, column) in column.iter_mut().enumerate() {
        if graph.kinds[node] == NodeKind::Goal && graph.successors[node].is_empty() {
            *column = last.max(1);
        }
    }
    column
}

/// A topological order when the graph has no cycles; otherwise the order of a depth-first search
/// from the lowest ids, which ignores exactly the edges that close a cycle.
fn acyclic_order(graph: &DenseGraph) -> Vec<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let mut mark = vec![Mark::New; graph.len()];
    let mut finished = Vec::with_capacity(graph.len());
    // Iterative DFS over predecessors: a node finishes after everything that contributes to it.
    for root in 0..graph.len() {
        if mark[root] != Mark::New {
            continue;
        }
        let mut stack = vec![(root, 0usize)];
        mark[root] = Mark::Active;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&pred) = graph.predecessors[node].get(*next) {
                *next += 1;
                if mark[pred] == Mark::New {
                    mark[pred] = Mark::Active;
                    stack.push((pred, 0));
                }
            } else {
                mark[node] = Mark::Done;
                finished.push(node);
                stack.pop();
            }
        }
    }
    finished
}

/// Nodes of each column, ordered to reduce crossings: start in id order, then move each node to
/// the mean row of its neighbours in the column before (down sweep) or after (up sweep).
fn order_rows(graph: &DenseGraph, column: &[usize]) -> Vec<Vec<usize>> {
    let width = column.iter().copied().max().map_or(0, |c| c + 1);
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); width];
    for node in 0..graph.len() {
        rows[column[node]].push(node);
    }
    let mut row_of = vec![0usize; graph.len()];
    let index_rows = |rows: &Vec<Vec<usize>>, row_of: &mut Vec<usize>| {
        for members in rows {
            for (row, &node) in members.iter().enumerate() {
                row_of[node] = row;
            }
        }
    };
    index_rows(&rows, &mut row_of);
    for sweep in 0..SWEEPS {
        let downward = sweep % 2 == 0;
        let columns: Vec<usize> = if downward {
            (1..width).collect()
        } else {
            (0..width.saturating_sub(1)).rev().collect()
        };
        for c in columns {
            let neighbours = |node: usize| -> &Vec<usize> {
                if downward {
                    &graph.predecessors[node]
                } else {
                    &graph.successors[node]
                }
            };
            let mut keyed: Vec<(f64, usize, usize)> = rows[c]
                .iter()
                .enumerate()
                .map(|(row, &node)| {
                    let adjacent: Vec<usize> = neighbours(node)
                        .iter()
                        .copied()
                        .filter(|&n| column[n] + 1 == c || column[n] == c + 1)
                        .collect();
                    let key = if adjacent.is_empty() {
                        row as f64
                    } else {
                        adjacent.iter().map(|&n| row_of[n] as f64).sum::<f64>()
                            / adjacent.len() as f64
                    };
                    (key, row, node)
                })
                .collect();
            // Ties keep the current order (`row` is the position in `keyed`), so the result is
            // stable and deterministic.
            order::sort_by_key(&mut keyed, |k| order::smaller_first_f64(k.0));
            rows[c] = keyed.into_iter().map(|(_, _, node)| node).collect();
            index_rows(&rows, &mut row_of);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edge, Node};

    fn add(line: &mut ReasoningLine, kind: NodeKind, title: &str) -> NodeId {
        line.add_node(Node::new(kind, title))
    }

    fn connect(line: &mut ReasoningLine, from: NodeId, to: NodeId) {
        line.add_edge(from, to, Edge::default()).unwrap();
    }

    fn x(layout: &Layout, id: NodeId) -> f64 {
        layout.positions[&id].x
    }

    #[test]
    fn interventions_left_goals_right_edges_point_right() {
        let mut line = ReasoningLine::new("Armoede");
        let goal = add(&mut line, NodeKind::Goal, "Minder armoede");
        let sub = add(&mut line, NodeKind::Goal, "Minder schulden");
        let outcome = add(&mut line, NodeKind::Outcome, "Eerder hulp");
        let later = add(&mut line, NodeKind::Outcome, "Schulden opgelost");
        let intervention = add(&mut line, NodeKind::Intervention, "Vroegsignalering");
        let lonely_goal = add(&mut line, NodeKind::Goal, "Nog zonder verbinding");
        connect(&mut line, intervention, outcome);
        connect(&mut line, outcome, later);
        connect(&mut line, later, sub);
        connect(&mut line, sub, goal);

        let layout = auto_layout(&line, &Layout::default());
        assert_eq!(layout.positions.len(), 6);
        assert_eq!(x(&layout, intervention), 0.0);
        for edge in line.edges() {
            assert!(
                x(&layout, edge.from) < x(&layout, edge.to),
                "edge {} points left",
                edge.id
            );
        }
        assert_eq!(
            x(&layout, lonely_goal),
            x(&layout, goal),
            "unconnected goals align right"
        );
    }

    #[test]
    fn manual_positions_are_kept() {
        let mut line = ReasoningLine::new("Eenzaamheid");
        let goal = add(&mut line, NodeKind::Goal, "Minder eenzaamheid");
        let intervention = add(&mut line, NodeKind::Intervention, "Buurtkamer");
        connect(&mut line, intervention, goal);
        let mut manual = Layout::default();
        manual.positions.insert(goal, Point { x: 12.5, y: -40.0 });
        let layout = auto_layout(&line, &manual);
        assert_eq!(layout.positions[&goal], Point { x: 12.5, y: -40.0 });
        assert_eq!(layout.positions[&intervention], Point { x: 0.0, y: 0.0 });
    }

    #[test]
    fn crossings_are_removed_where_an_order_without_them_exists() {
        // a->d and b->c drawn in id order cross; the sweep uncrosses them.
        let mut line = ReasoningLine::new("Kruising");
        let c = add(&mut line, NodeKind::Goal, "C");
        let d = add(&mut line, NodeKind::Goal, "D");
        let a = add(&mut line, NodeKind::Intervention, "A");
        let b = add(&mut line, NodeKind::Intervention, "B");
        connect(&mut line, a, d);
        connect(&mut line, b, c);
        let layout = auto_layout(&line, &Layout::default());
        let y = |id: NodeId| layout.positions[&id].y;
        assert_eq!(y(a) < y(b), y(d) < y(c), "edges a->d and b->c cross");
    }

    #[test]
    fn cycles_and_self_loops_do_not_break_the_layout() {
        let mut line = ReasoningLine::new("Kring");
        let a = add(&mut line, NodeKind::Outcome, "A");
        let b = add(&mut line, NodeKind::Outcome, "B");
        connect(&mut line, a, b);
        connect(&mut line, b, a);
        connect(&mut line, a, a);
        let layout = auto_layout(&line, &Layout::default());
        assert_eq!(layout.positions.len(), 2);
        assert_ne!(layout.positions[&a], layout.positions[&b]);
    }

    #[test]
    fn the_same_line_always_gets_the_same_layout() {
        let line = crate::generate::reasoning_line(300, 7);
        assert_eq!(
            auto_layout(&line, &Layout::default()),
            auto_layout(&line, &Layout::default())
        );
        let layout = auto_layout(&line, &Layout::default());
        let mut seen = std::collections::BTreeSet::new();
        for point in layout.positions.values() {
            assert!(
                seen.insert((point.x.to_bits(), point.y.to_bits())),
                "two nodes share a place"
            );
        }
    }
}
