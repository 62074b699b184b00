//! The editor's commands as a user issues them: every command is one undo step, undo brings back
//! exactly the document before it, redo exactly the one after, and a whole drag is one step.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod strategies;

use proptest::prelude::*;
use redeneerlijn::catalog::DatasetId;
use redeneerlijn::editor::{Command, Document, Editor};
use redeneerlijn::i18n::Lang;
use redeneerlijn::layout::Point;
use redeneerlijn::model::{
    Action, DatasetChoice, Edge, EdgeId, Frequency, GeoLevel, Indicator, Node, NodeId, NodeKind,
    ReasoningLine,
};
use strategies::dataset_choice;

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

fn dataset(id: &str) -> DatasetId {
    DatasetId(id.to_owned())
}

/// A goal with two indicators; the first has two datasets linked and one rejected already.
fn editor_with_indicators() -> (Editor, NodeId) {
    let mut goal = Node::new(NodeKind::Goal, "Minder kinderen in armoede");
    let mut low_income = Indicator::new(
        "Huishoudens tot 120% van sociaal minimum",
        GeoLevel::Neighbourhood,
        Frequency::Year,
    );
    low_income.linked_datasets = vec![dataset("cbs-85984NED"), dataset("gem-minimabeleid")];
    low_income.rejected_datasets = vec![dataset("cbs-83765NED")];
    goal.indicators.push(low_income);
    goal.indicators.push(Indicator::new(
        "Kinderen in bijstandsgezinnen",
        GeoLevel::District,
        Frequency::Year,
    ));
    let mut line = ReasoningLine::new("Armoede");
    let id = line.add_node(goal);
    let editor = Editor::new(Document {
        line,
        layout: Default::default(),
    });
    (editor, id)
}

fn choose(node: NodeId, indicator: usize, id: &str, choice: DatasetChoice) -> Command {
    Command::Edit(Action::ChooseDataset {
        node,
        indicator,
        dataset: dataset(id),
        choice,
    })
}

fn lists(editor: &Editor, node: NodeId, indicator: usize) -> (Vec<String>, Vec<String>) {
    let indicator = &editor.line().node(node).unwrap().indicators[indicator];
    let ids = |list: &[DatasetId]| list.iter().map(|id| id.0.clone()).collect();
    (
        ids(&indicator.linked_datasets),
        ids(&indicator.rejected_datasets),
    )
}

#[test]
fn linking_and_rejecting_a_dataset_are_one_undoable_step_each() {
    let (mut editor, goal) = editor_with_indicators();
    let start = editor.document().clone();
    editor
        .apply(choose(goal, 0, "cbs-83765NED", DatasetChoice::Linked))
        .unwrap();
    assert_eq!(
        lists(&editor, goal, 0),
        (
            vec![
                "cbs-85984NED".into(),
                "gem-minimabeleid".into(),
                "cbs-83765NED".into()
            ],
            vec![]
        ),
        "a new link goes at the end and the rejection is gone"
    );
    let linked = editor.document().clone();
    editor
        .apply(choose(goal, 0, "cbs-85984NED", DatasetChoice::Rejected))
        .unwrap();
    assert_eq!(
        lists(&editor, goal, 0),
        (
            vec!["gem-minimabeleid".into(), "cbs-83765NED".into()],
            vec!["cbs-85984NED".into()]
        )
    );
    let rejected = editor.document().clone();
    let indicator = &editor.line().node(goal).unwrap().indicators[0];
    assert_eq!(
        indicator.choice_for(&dataset("cbs-85984NED")),
        DatasetChoice::Rejected
    );
    assert_eq!(
        indicator.choice_for(&dataset("cbs-83765NED")),
        DatasetChoice::Linked
    );

    editor.apply(Command::Undo).unwrap();
    assert_eq!(
        editor.document(),
        &linked,
        "undo puts the first link back in first place"
    );
    editor.apply(Command::Undo).unwrap();
    assert_eq!(editor.document(), &start, "undo puts the rejection back");
    assert!(!editor.can_undo());
    editor.apply(Command::Redo).unwrap();
    editor.apply(Command::Redo).unwrap();
    assert_eq!(editor.document(), &rejected);
}

#[test]
fn forgetting_a_choice_is_undone_in_its_old_place() {
    let (mut editor, goal) = editor_with_indicators();
    let start = editor.document().clone();
    editor
        .apply(choose(goal, 0, "cbs-85984NED", DatasetChoice::Open))
        .unwrap();
    assert_eq!(
        lists(&editor, goal, 0),
        (vec!["gem-minimabeleid".into()], vec!["cbs-83765NED".into()])
    );
    // The same choice again changes nothing, and is still a step that undoes.
    let open = editor.document().clone();
    editor
        .apply(choose(goal, 0, "cbs-85984NED", DatasetChoice::Open))
        .unwrap();
    assert_eq!(editor.document(), &open);
    editor.apply(Command::Undo).unwrap();
    assert_eq!(editor.document(), &open);
    editor.apply(Command::Undo).unwrap();
    assert_eq!(editor.document(), &start);
}

#[test]
fn a_choice_for_a_missing_node_or_indicator_is_refused_and_changes_nothing() {
    let (mut editor, goal) = editor_with_indicators();
    let start = editor.document().clone();
    let revision = editor.revision();
    let error = editor
        .apply(choose(goal, 2, "cbs-85984NED", DatasetChoice::Linked))
        .unwrap_err();
    assert_eq!(
        error.message(Lang::Nl),
        format!("Onderdeel {goal} heeft geen indicator 3.")
    );
    assert_eq!(
        error.message(Lang::En),
        format!("Part {goal} has no indicator 3.")
    );
    let error = editor
        .apply(choose(
            NodeId(41),
            0,
            "cbs-85984NED",
            DatasetChoice::Rejected,
        ))
        .unwrap_err();
    assert_eq!(
        error.message(Lang::Nl),
        "Onderdeel n41 bestaat niet (meer)."
    );
    assert_eq!(editor.document(), &start);
    assert_eq!(editor.revision(), revision);
    assert!(!editor.can_undo(), "a refusal is not an undo step");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_choices_are_undone_back_to_the_original_line(
        choices in prop::collection::vec((0..3usize, 0..4usize, dataset_choice()), 1..30)
    ) {
        let pool = ["cbs-85984NED", "gem-minimabeleid", "cbs-83765NED", "ggm-inkomen"];
        let (mut editor, goal) = editor_with_indicators();
        let start = editor.document().clone();
        let mut steps = 0;
        for &(indicator, pick, choice) in &choices {
            let before = editor.document().clone();
            match editor.apply(choose(goal, indicator, pool[pick], choice)) {
                Ok(_) => {
                    steps += 1;
                    let chosen = &editor.line().node(goal).unwrap().indicators[indicator];
                    prop_assert_eq!(chosen.choice_for(&dataset(pool[pick])), choice);
                    for id in &chosen.linked_datasets {
                        prop_assert!(!chosen.rejected_datasets.contains(id), "{} in both lists", id);
                    }
                }
                Err(_) => prop_assert_eq!(editor.document(), &before),
            }
        }
        let end = editor.document().clone();
        for _ in 0..steps {
            editor.apply(Command::Undo).unwrap();
        }
        prop_assert!(!editor.can_undo());
        prop_assert_eq!(editor.document(), &start);
        for _ in 0..steps {
            editor.apply(Command::Redo).unwrap();
        }
        prop_assert_eq!(editor.document(), &end);
    }
}
