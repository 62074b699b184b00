use yew::prelude::*;

use crate::editor::Command;
use crate::i18n::{EditorText, Lang};
use crate::layout::Point;
use crate::model::{Node, NodeId, NodeKind};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::AppAction;

#[derive(Properties, PartialEq)]
pub struct CanvasToolbarProps {
    pub session: Session,
    pub on_zoom: Callback<f64>,
    pub on_fit: Callback<()>,
    pub connecting: Option<NodeId>,
    pub on_connect: Callback<Option<NodeId>>,
}

/// Add, connect, delete, undo/redo and zoom, as buttons: every canvas gesture has one.
#[component]
pub fn CanvasToolbar(props: &CanvasToolbarProps) -> Html {
    let lang = use_lang();
    let state = &props.session.state;
    let selection = &state.selection;
    let add = |kind: NodeKind, label: EditorText| {
        let dispatcher = state.dispatcher();
        let placed = props.session.placed.clone();
        let title = new_title(kind, lang);
        let onclick = Callback::from(move |_: MouseEvent| {
            // Below everything drawn so far, so a new node never hides another.
            let bottom = placed
                .positions
                .values()
                .map(|p| p.y)
                .fold(f64::NEG_INFINITY, f64::max);
            let at = Point {
                x: column_of(kind),
                y: if bottom.is_finite() {
                    bottom + 110.0
                } else {
                    0.0
                },
            };
            dispatcher.dispatch(AppAction::Command(Command::AddNodeAt {
                node: Node::new(kind, title.clone()),
                at,
            }));
        });
        html! {
            <button type="button" class={classes!("utrecht-button", "utrecht-button--secondary-action", "rl-toolbar__add", format!("rl-toolbar__add--{}", super::kind_key(kind)))}
                data-action={format!("add-{}", super::kind_key(kind))} {onclick}>
                { lang.tr(label) }
            </button>
        }
    };
    let command = |label: EditorText, key: &'static str, enabled: bool, command: Command| {
        let dispatcher = state.dispatcher();
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(AppAction::Command(command.clone()))
        });
        html! {
            <button type="button" class="utrecht-button utrecht-button--subtle" data-action={key}
                disabled={!enabled} {onclick}>{ lang.tr(label) }</button>
        }
    };
    let single = selection.single_node();
    let connect = {
        let on_connect = props.on_connect.clone();
        let connecting = props.connecting;
        let onclick = Callback::from(move |_: MouseEvent| {
            on_connect.emit(if connecting.is_some() { None } else { single })
        });
        html! {
            <button type="button" class="utrecht-button utrecht-button--subtle" data-action="connect"
                aria-pressed={props.connecting.is_some().to_string()} disabled={single.is_none() && props.connecting.is_none()} {onclick}>
                { lang.tr(EditorText::Connect) }
            </button>
        }
    };
    let delete = Command::Delete {
        nodes: selection.nodes.iter().copied().collect(),
        edges: selection.edge.into_iter().collect(),
    };
    let zoom = |label: EditorText, key: &'static str, factor: f64| {
        let on_zoom = props.on_zoom.clone();
        html! {
            <button type="button" class="utrecht-button utrecht-button--subtle" data-action={key}
                onclick={Callback::from(move |_: MouseEvent| on_zoom.emit(factor))}>{ lang.tr(label) }</button>
        }
    };
    let on_fit = props.on_fit.reform(|_: MouseEvent| ());
    html! {
        <div class="rl-toolbar" role="toolbar" aria-label={lang.tr(EditorText::Toolbar)}>
            <div class="rl-toolbar__group">
                { add(NodeKind::Goal, EditorText::AddGoal) }
                { add(NodeKind::Outcome, EditorText::AddOutcome) }
                { add(NodeKind::Intervention, EditorText::AddIntervention) }
            </div>
            <div class="rl-toolbar__group">
                { connect }
                { command(EditorText::Delete, "delete", !selection.is_empty(), delete) }
                { command(EditorText::Undo, "undo", state.editor.can_undo(), Command::Undo) }
                { command(EditorText::Redo, "redo", state.editor.can_redo(), Command::Redo) }
            </div>
            <div class="rl-toolbar__group">
                { zoom(EditorText::ZoomOut, "zoom-out", 1.0 / 1.25) }
                { zoom(EditorText::ZoomIn, "zoom-in", 1.25) }
                <button type="button" class="utrecht-button utrecht-button--subtle" data-action="fit" onclick={on_fit}>
                    { lang.tr(EditorText::Fit) }
                </button>
                { command(EditorText::AutoLayout, "auto-layout", !state.editor.layout().positions.is_empty(), Command::ResetLayout) }
            </div>
        </div>
    }
}

fn column_of(kind: NodeKind) -> f64 {
    match kind {
        NodeKind::Intervention => 0.0,
        NodeKind::Outcome => crate::layout::COLUMN_GAP,
        NodeKind::Goal => 2.0 * crate::layout::COLUMN_GAP,
    }
}

fn new_title(kind: NodeKind, lang: Lang) -> String {
    match (kind, lang) {
        (NodeKind::Goal, Lang::Nl) => "Nieuw doel",
        (NodeKind::Goal, Lang::En) => "New goal",
        (NodeKind::Outcome, Lang::Nl) => "Nieuw effect",
        (NodeKind::Outcome, Lang::En) => "New outcome",
        (NodeKind::Intervention, Lang::Nl) => "Nieuwe interventie",
        (NodeKind::Intervention, Lang::En) => "New intervention",
    }
    .to_owned()
}
