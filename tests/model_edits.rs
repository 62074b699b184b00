//! Property tests of random edit sequences: after every step the model's invariants hold, every
//! refused action leaves the line untouched, and every applied action is undone by its inverse.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod strategies;

use proptest::prelude::*;
use redeneerlijn::catalog::DatasetId;
use redeneerlijn::model::{
    Action, DatasetChoice, Edge, EvidenceLevel, Frequency, GeoLevel, Indicator, Node, NodeId,
    NodeKind, ReasoningLine,
};
use strategies::dataset_choice;

/// An edit in terms of positions in the current node/edge lists, so random sequences mostly hit
/// existing things; `pick` values beyond the list also produce actions on ids that do not exist.
#[derive(Clone, Debug)]
enum Op {
    Add(NodeKind, String),
    Edit(usize, String, Option<GeoLevel>),
    Delete(usize),
    Connect(usize, usize, EvidenceLevel),
    Disconnect(usize),
    EditEdge(usize, String),
    Title(String),
    /// Node, indicator position, which of a few datasets, the decision.
    Choose(usize, usize, usize, DatasetChoice),
    Batch(Vec<Op>),
}

fn kind() -> impl Strategy<Value = NodeKind> {
    prop::sample::select(NodeKind::ALL.to_vec())
}

fn level() -> impl Strategy<Value = GeoLevel> {
    prop::sample::select(GeoLevel::ALL.to_vec())
}

fn evidence() -> impl Strategy<Value = EvidenceLevel> {
    prop::sample::select(vec![
        EvidenceLevel::None,
        EvidenceLevel::PracticeBased,
        EvidenceLevel::ResearchBased,
    ])
}

fn op() -> impl Strategy<Value = Op> {
    let leaf = prop_oneof![
        3 => (kind(), "[a-zé ]{0,12}").prop_map(|(k, t)| Op::Add(k, t)),
        2 => (0..20usize, "[a-z]{0,8}", prop::option::of(level())).prop_map(|(i, t, l)| Op::Edit(i, t, l)),
        1 => (0..20usize).prop_map(Op::Delete),
        4 => (0..20usize, 0..20usize, evidence()).prop_map(|(a, b, e)| Op::Connect(a, b, e)),
        1 => (0..30usize).prop_map(Op::Disconnect),
        1 => (0..30usize, "[a-z ]{0,10}").prop_map(|(i, t)| Op::EditEdge(i, t)),
        1 => "[A-Za-z ]{0,10}".prop_map(Op::Title),
        3 => (0..20usize, 0..3usize, 0..3usize, dataset_choice()).prop_map(|(n, i, d, c)| Op::Choose(n, i, d, c)),
    ];
    leaf.prop_recursive(2, 12, 4, |inner| {
        prop::collection::vec(inner, 0..4).prop_map(Op::Batch)
    })
}

fn nth_node(line: &ReasoningLine, index: usize) -> NodeId {
    let ids: Vec<NodeId> = line.node_ids().collect();
    // Past the end: an id that was never handed out, to exercise refusals.
    ids.get(index)
        .copied()
        .unwrap_or(NodeId(10_000 + index as u32))
}

fn to_action(line: &ReasoningLine, op: &Op) -> Action {
    match op {
        Op::Add(kind, title) => Action::AddNode {
            node: Node::new(*kind, title.clone()),
        },
        Op::Edit(index, title, level) => {
            let id = nth_node(line, *index);
            let mut node = line
                .node(id)
                .cloned()
                .unwrap_or_else(|| Node::new(NodeKind::Goal, ""));
            node.title = title.clone();
            if let Some(level) = level {
                node.indicators
                    .push(Indicator::new("inwoners", *level, Frequency::Year));
            }
            Action::EditNode { id, node }
        }
        Op::Delete(index) => Action::DeleteNode {
            id: nth_node(line, *index),
        },
        Op::Connect(a, b, evidence) => Action::Connect {
            from: nth_node(line, *a),
            to: nth_node(line, *b),
            edge: Edge {
                assumption: "omdat".into(),
                evidence: *evidence,
            },
        },
        Op::Disconnect(index) => Action::Disconnect {
            id: line
                .edges()
                .nth(*index)
                .map_or(redeneerlijn::model::EdgeId(9_999), |e| e.id),
        },
        Op::EditEdge(index, text) => Action::EditEdge {
            id: line
                .edges()
                .nth(*index)
                .map_or(redeneerlijn::model::EdgeId(9_999), |e| e.id),
            edge: Edge {
                assumption: text.clone(),
                evidence: EvidenceLevel::PracticeBased,
            },
        },
        Op::Title(title) => Action::SetTitle(title.clone()),
        Op::Choose(node, indicator, dataset, choice) => Action::ChooseDataset {
            node: nth_node(line, *node),
            indicator: *indicator,
            dataset: DatasetId(
                ["cbs-85984NED", "cbs-83765NED", "gem-minimabeleid"][*dataset].into(),
            ),
            choice: *choice,
        },
        Op::Batch(ops) => Action::Batch(ops.iter().map(|op| to_action(line, op)).collect()),
    }
}

/// What must hold after every step, whatever happened before.
fn assert_invariants(line: &ReasoningLine) {
    assert_eq!(line.invariant_violations(), Vec::<String>::new());
    let ids: Vec<NodeId> = line.node_ids().collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "nodes iterate in id order"
    );
    for edge in line.edges() {
        assert!(
            line.contains_node(edge.from) && line.contains_node(edge.to),
            "edge {} dangles",
            edge.id
        );
        // Through the editor's vocabulary only allowed, non-duplicate, non-loop edges arise.
        let from = line.node(edge.from).unwrap().kind;
        let to = line.node(edge.to).unwrap().kind;
        assert!(
            from.may_contribute_to(to),
            "edge {} has a disallowed kind",
            edge.id
        );
        assert_ne!(edge.from, edge.to);
        assert_eq!(
            line.find_edge(edge.from, edge.to),
            Some(edge.id),
            "duplicate edge {}",
            edge.id
        );
    }
    for node in line.nodes() {
        for indicator in &node.node.indicators {
            let linked = &indicator.linked_datasets;
            let rejected = &indicator.rejected_datasets;
            // Choosing keeps each dataset in at most one list, once.
            assert!(linked.iter().all(|id| !rejected.contains(id)));
            for list in [linked, rejected] {
                let unique: std::collections::BTreeSet<_> = list.iter().collect();
                assert_eq!(unique.len(), list.len(), "a dataset twice in {list:?}");
            }
        }
    }
    for id in line.node_ids() {
        for edge in line.outgoing(id) {
            assert_eq!(edge.from, id);
        }
        for edge in line.incoming(id) {
            assert_eq!(edge.to, id);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_edit_sequences_keep_invariants_and_undo_exactly(ops in prop::collection::vec(op(), 1..40)) {
        let mut line = ReasoningLine::new("Redeneerlijn");
        let mut history: Vec<(ReasoningLine, Action)> = Vec::new();
        for op in &ops {
            let before = line.clone();
            let action = to_action(&line, op);
            match line.apply(action) {
                Ok(applied) => {
                    assert_invariants(&line);
                    let mut undone = line.clone();
                    undone.apply(applied.inverse.clone()).expect("an inverse always applies");
                    prop_assert_eq!(&undone, &before);
                    history.push((before, applied.inverse));
                }
                Err(_) => prop_assert_eq!(&line, &before, "a refused action changed the line"),
            }
        }
        // Undo everything, step by step, back to the empty start.
        while let Some((expected, inverse)) = history.pop() {
            line.apply(inverse).expect("undo applies");
            assert_invariants(&line);
            prop_assert_eq!(&line, &expected);
        }
        prop_assert_eq!(line.node_count(), 0);
    }

    #[test]
    fn redo_after_undo_gives_the_same_line(ops in prop::collection::vec(op(), 1..25)) {
        let mut line = ReasoningLine::new("Redeneerlijn");
        for op in &ops {
            let action = to_action(&line, op);
            let Ok(applied) = line.apply(action) else { continue };
            let after = line.clone();
            let undo = line.apply(applied.inverse).expect("undo applies");
            line.apply(undo.inverse).expect("redo applies");
            prop_assert_eq!(&line, &after);
        }
    }

    #[test]
    fn node_ids_are_never_reused(ops in prop::collection::vec(op(), 1..40)) {
        let mut line = ReasoningLine::new("Redeneerlijn");
        let mut handed_out = std::collections::BTreeSet::new();
        for op in &ops {
            let action = to_action(&line, op);
            if let Ok(applied) = line.apply(action) {
                for id in applied.created_nodes {
                    // Restores (undo) bring back an old id; fresh AddNode ids are always new.
                    if matches!(op, Op::Add(..)) {
                        prop_assert!(handed_out.insert(id), "id {} handed out twice", id);
                    }
                }
            }
        }
    }
}
