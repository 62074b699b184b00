use web_sys::HtmlElement;
use yew::prelude::*;

use super::status_badge::StatusBadge;
use crate::analysis::DataStatus;
use crate::i18n::Lang;
use crate::layout::Point;
use crate::model::{kind_name, Node, NodeId, NodeKind};
use crate::number;
use crate::ui::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct NodeViewProps {
    pub id: NodeId,
    pub node: Shared<Node>,
    pub at: Point,
    pub status: DataStatus,
    pub selected: bool,
    /// This node is the source of a connection being made.
    pub connecting: bool,
    /// This node is being dragged: it gets its own compositing layer while it moves.
    pub dragging: bool,
    pub lang: Lang,
    pub on_pointer_down: Callback<(NodeId, PointerEvent)>,
    pub on_handle_down: Callback<(NodeId, PointerEvent)>,
    pub on_key: Callback<(NodeId, KeyboardEvent)>,
}

/// One node box, an HTML element placed by a CSS transform set through the CSSOM (the CSP forbids
/// `style` attributes). Moving it changes only its transform: no layout of the other nodes.
/// Re-renders only when its own props change (its node, place, status, selection).
#[component]
pub fn NodeView(props: &NodeViewProps) -> Html {
    let NodeViewProps {
        id,
        node,
        at,
        status,
        selected,
        connecting,
        dragging,
        lang,
        ..
    } = props;
    let id = *id;
    let node_ref = use_node_ref();
    {
        let node_ref = node_ref.clone();
        use_effect_with(*at, move |at| place(&node_ref, *at));
    }
    let kind = kind_key(node.kind);
    let class = classes!(
        "rl-node",
        format!("rl-node--{kind}"),
        selected.then_some("rl-node--selected"),
        connecting.then_some("rl-node--connecting"),
        dragging.then_some("rl-node--dragging"),
    );
    let kind_label = kind_name(node.kind, *lang);
    // The name holds the visible text (kind and full title) plus the data status.
    let label = format!("{}: {}. {}", kind_label, node.title, status.label(*lang));
    let onpointerdown = props.on_pointer_down.reform(move |event| (id, event));
    let onkeydown = props.on_key.reform(move |event| (id, event));
    let on_handle = props.on_handle_down.reform(move |event: PointerEvent| {
        event.stop_propagation();
        (id, event)
    });
    html! {
        <div ref={node_ref} {class} data-id={id.to_string()} tabindex="0" role="button"
            aria-label={label.clone()} title={label} aria-pressed={selected.to_string()}
            {onpointerdown} {onkeydown}>
            <div class="rl-node__box">
                <span class="rl-node__stripe"></span>
                <span class="rl-node__kind">{ kind_label }</span>
                // A space, so the text reads "Doel Minder ..." and is part of the name.
                { " " }
                <span class="rl-node__title">{ node.title.as_str() }</span>
            </div>
            <StatusBadge status={*status} />
            <span class="rl-node__handle" aria-hidden="true" onpointerdown={on_handle}></span>
        </div>
    }
}

/// Puts the node at `at` (canvas units) with a CSS transform.
fn place(node_ref: &NodeRef, at: Point) {
    if let Some(element) = node_ref.cast::<HtmlElement>() {
        let value = format!(
            "translate({}px, {}px)",
            number::fixed(at.x, 1),
            number::fixed(at.y, 1)
        );
        let _ = element.style().set_property("transform", &value);
    }
}

pub fn kind_key(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Goal => "goal",
        NodeKind::Outcome => "outcome",
        NodeKind::Intervention => "intervention",
    }
}
