//! `ReasoningLine::effective_scopes` (one pass over the graph) gives exactly what
//! `effective_scope` (one search per node, the reference) gives, on random graphs with cycles,
//! self-loops, parallel edges, sub-goals, partly set scopes and removed nodes.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use redeneerlijn::model::{Edge, Node, NodeId, NodeKind, ReasoningLine, Scope, YearRange};

fn scope() -> impl Strategy<Value = Scope> {
    (
        prop::option::of(0..3u8),
        prop::option::of(0..3u8),
        prop::option::of(2015..2030i32),
    )
        .prop_map(|(area, group, year)| Scope {
            area: area.map(|a| format!("gebied {a}")),
            target_group: group.map(|g| format!("doelgroep {g}")),
            period: year.and_then(|y| YearRange::new(y, y + 2)),
        })
}

fn line() -> impl Strategy<Value = ReasoningLine> {
    // Goals are common, so sub-goals and ties between goals at the same distance occur often.
    let kind = prop::sample::select(vec![
        NodeKind::Goal,
        NodeKind::Goal,
        NodeKind::Outcome,
        NodeKind::Intervention,
    ]);
    (
        prop::collection::vec((kind, scope()), 0..16),
        prop::collection::vec((0..18u32, 0..18u32), 0..40),
        prop::collection::vec(0..18u32, 0..3),
    )
        .prop_map(|(nodes, edges, removed)| {
            let mut line = ReasoningLine::new("willekeurig");
            for (kind, scope) in nodes {
                let mut node = Node::new(kind, "x");
                node.scope = scope;
                line.add_node(node);
            }
            for (a, b) in edges {
                // Unknown ids are refused; that is fine.
                let _ = line.add_edge(NodeId(a), NodeId(b), Edge::default());
            }
            for id in removed {
                let _ = line.remove_node(NodeId(id));
            }
            // A node added after removals may reuse a freed petgraph slot under a new id.
            let mut late = Node::new(NodeKind::Goal, "later");
            late.scope.area = Some("gebied laat".to_owned());
            let late = line.add_node(late);
            let _ = line.add_edge(NodeId(1), late, Edge::default());
            line
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn one_pass_scopes_equal_the_per_node_search(line in line()) {
        let all = line.effective_scopes();
        prop_assert!(all.keys().copied().eq(line.node_ids()));
        for (id, scope) in &all {
            prop_assert_eq!(scope, &line.effective_scope(*id), "node {}", id);
        }
    }
}
