//! The editor's commands as a user issues them: every command is one undo step, undo brings back
//! exactly the document before it, redo exactly the one after, and a whole drag is one step.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use redeneerlijn::editor::{Command, Document, Editor};
use redeneerlijn::layout::Point;
use redeneerlijn::model::{Action, Edge, EdgeId, Node, NodeId, NodeKind, ReasoningLine};

fn point(x: f64, y: f64) -> Point {
    Point { x, y }
}

fn editor_with_three_nodes() -> (Editor, NodeId, NodeId, NodeId) {
    let mut editor = Editor::new(Document::default());
    let mut add = |kind, title: &str, at| {
        editor
            .apply(Command::AddNodeAt {
                node: Node::new(kind, title),
                at,
            })
            .unwrap()
            .created_nodes[0]
    };
    let goal = add(NodeKind::Goal, "Minder eenzame ouderen", point(600.0, 0.0));
    let outcome = add(
        NodeKind::Outcome,
        "Meer contact in de buurt",
        point(300.0, 0.0),
    );
    let intervention = add(NodeKind::Intervention, "Buurtkamer", point(0.0, 0.0));
    (editor, goal, outcome, intervention)
}

#[test]
fn a_drag_is_one_step_and_undo_restores_the_position() {
    let (mut editor, goal, _, _) = editor_with_three_nodes();
    let steps = 3;
    editor
        .apply(Command::Move {
            ids: vec![goal],
            delta: point(40.0, -10.0),
        })
        .unwrap();
    assert_eq!(editor.layout().positions[&goal], point(640.0, -10.0));
    editor.apply(Command::Undo).unwrap();
    assert_eq!(editor.layout().positions[&goal], point(600.0, 0.0));
    editor.apply(Command::Redo).unwrap();
    assert_eq!(editor.layout().positions[&goal], point(640.0, -10.0));
    for _ in 0..=steps {
        editor.apply(Command::Undo).unwrap();
    }
    assert_eq!(editor.document(), &Document::default());
    assert!(!editor.can_undo());
}

#[test]
fn moving_an_automatically_placed_node_pins_it() {
    let mut line = ReasoningLine::new("Armoede");
    let goal = line.add_node(Node::new(NodeKind::Goal, "Minder armoede"));
    let mut editor = Editor::new(Document {
        line,
        layout: Default::default(),
    });
    let auto = editor.placed().positions[&goal];
    editor
        .apply(Command::Move {
            ids: vec![goal],
            delta: point(5.0, 5.0),
        })
        .unwrap();
    assert_eq!(
        editor.layout().positions[&goal],
        point(auto.x + 5.0, auto.y + 5.0)
    );
    editor.apply(Command::Undo).unwrap();
    assert!(
        editor.layout().positions.is_empty(),
        "undo un-pins the node"
    );
}

#[test]
fn delete_removes_nodes_edges_and_positions_in_one_undoable_step() {
    let (mut editor, goal, outcome, intervention) = editor_with_three_nodes();
    let connect = |editor: &mut Editor, from, to| {
        editor
            .apply(Command::Edit(Action::Connect {
                from,
                to,
                edge: Edge::default(),
            }))
            .unwrap()
            .created_edges[0]
    };
    let e1 = connect(&mut editor, intervention, outcome);
    let e2 = connect(&mut editor, outcome, goal);
    let before = editor.document().clone();
    editor
        .apply(Command::Delete {
            nodes: vec![outcome, outcome],
            edges: vec![e1, e2, EdgeId(77)],
        })
        .unwrap_err();
    assert_eq!(
        editor.document(),
        &before,
        "a refused delete changes nothing"
    );
    editor
        .apply(Command::Delete {
            nodes: vec![outcome, outcome],
            edges: vec![e1],
        })
        .unwrap();
    assert_eq!(editor.line().node_count(), 2);
    assert_eq!(editor.line().edge_count(), 0);
    assert!(!editor.layout().positions.contains_key(&outcome));
    editor.apply(Command::Undo).unwrap();
    assert_eq!(editor.document(), &before);
}

#[test]
fn replacing_the_document_can_be_undone() {
    let (mut editor, _, _, _) = editor_with_three_nodes();
    let before = editor.document().clone();
    editor.apply(Command::Replace(Document::default())).unwrap();
    assert_eq!(editor.line().node_count(), 0);
    editor.apply(Command::Undo).unwrap();
    assert_eq!(editor.document(), &before);
}

#[test]
fn a_new_change_clears_redo() {
    let (mut editor, goal, _, _) = editor_with_three_nodes();
    editor.apply(Command::Undo).unwrap();
    assert!(editor.can_redo());
    editor
        .apply(Command::Move {
            ids: vec![goal],
            delta: point(1.0, 1.0),
        })
        .unwrap();
    assert!(!editor.can_redo());
    let revision = editor.revision();
    editor.apply(Command::Redo).unwrap();
    assert_eq!(editor.revision(), revision, "nothing to redo is no change");
}

#[derive(Clone, Debug)]
enum Gesture {
    Add(NodeKind, f64, f64),
    Connect(usize, usize),
    Move(usize, f64, f64),
    Delete(usize),
    Rename(usize),
    Reset,
    Undo,
    Redo,
}

fn gesture() -> impl Strategy<Value = Gesture> {
    let kind = prop::sample::select(NodeKind::ALL.to_vec());
    prop_oneof![
        3 => (kind, -500.0..500.0f64, -500.0..500.0f64).prop_map(|(k, x, y)| Gesture::Add(k, x, y)),
        3 => (0..8usize, 0..8usize).prop_map(|(a, b)| Gesture::Connect(a, b)),
        3 => (0..8usize, -50.0..50.0f64, -50.0..50.0f64).prop_map(|(i, x, y)| Gesture::Move(i, x, y)),
        1 => (0..8usize).prop_map(Gesture::Delete),
        1 => (0..8usize).prop_map(Gesture::Rename),
        1 => Just(Gesture::Reset),
        2 => Just(Gesture::Undo),
        1 => Just(Gesture::Redo),
    ]
}

fn to_command(editor: &Editor, gesture: &Gesture) -> Command {
    let nth = |i: usize| editor.line().node_ids().nth(i).unwrap_or(NodeId(999));
    match *gesture {
        Gesture::Add(kind, x, y) => Command::AddNodeAt {
            node: Node::new(kind, "nieuw"),
            at: point(x, y),
        },
        Gesture::Connect(a, b) => Command::Edit(Action::Connect {
            from: nth(a),
            to: nth(b),
            edge: Edge::default(),
        }),
        Gesture::Move(i, x, y) => Command::Move {
            ids: vec![nth(i)],
            delta: point(x, y),
        },
        Gesture::Delete(i) => Command::Delete {
            nodes: vec![nth(i)],
            edges: vec![],
        },
        Gesture::Rename(i) => Command::Edit(Action::EditNode {
            id: nth(i),
            node: Node::new(NodeKind::Outcome, "hernoemd"),
        }),
        Gesture::Reset => Command::ResetLayout,
        Gesture::Undo => Command::Undo,
        Gesture::Redo => Command::Redo,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_returns_to_the_start_and_redo_all_to_the_end(gestures in prop::collection::vec(gesture(), 1..40)) {
        let mut editor = Editor::new(Document::default());
        for gesture in &gestures {
            let before = editor.document().clone();
            let command = to_command(&editor, gesture);
            if editor.apply(command).is_err() {
                prop_assert_eq!(editor.document(), &before);
            }
            prop_assert!(editor.line().invariant_violations().is_empty());
            for id in editor.layout().positions.keys() {
                prop_assert!(editor.line().contains_node(*id), "position of a deleted node {}", id);
            }
        }
        let end = editor.document().clone();
        let mut undone = 0;
        while editor.can_undo() {
            editor.apply(Command::Undo).unwrap();
            undone += 1;
        }
        prop_assert_eq!(editor.document(), &Document::default());
        for _ in 0..undone {
            editor.apply(Command::Redo).unwrap();
        }
        prop_assert_eq!(editor.document(), &end);
    }
}
