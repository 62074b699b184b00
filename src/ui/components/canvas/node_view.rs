use yew::prelude::*;

use super::title_lines::title_lines;
use crate::analysis::DataStatus;
use crate::i18n::Lang;
use crate::layout::geometry::{NODE_HEIGHT, NODE_WIDTH};
use crate::layout::Point;
use crate::model::{kind_name, Node, NodeId, NodeKind};
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
    pub lang: Lang,
    pub on_pointer_down: Callback<(NodeId, PointerEvent)>,
    pub on_handle_down: Callback<(NodeId, PointerEvent)>,
    pub on_key: Callback<(NodeId, KeyboardEvent)>,
}

const TITLE_CHARS: usize = 26;

/// One node box. Re-renders only when its own props change (its node, place, status, selection).
#[component]
pub fn NodeView(props: &NodeViewProps) -> Html {
    let NodeViewProps {
        id,
        node,
        at,
        status,
        selected,
        connecting,
        lang,
        ..
    } = props;
    let id = *id;
    let kind = kind_key(node.kind);
    let class = classes!(
        "rl-node",
        format!("rl-node--{kind}"),
        selected.then_some("rl-node--selected"),
        connecting.then_some("rl-node--connecting"),
    );
    let lines = title_lines(&node.title, TITLE_CHARS, 2);
    let label = format!(
        "{}: {}. {}",
        kind_name(node.kind, *lang),
        node.title,
        status.label(*lang)
    );
    let onpointerdown = props.on_pointer_down.reform(move |event| (id, event));
    let onkeydown = props.on_key.reform(move |event| (id, event));
    let on_handle = props.on_handle_down.reform(move |event: PointerEvent| {
        event.stop_propagation();
        (id, event)
    });
    html! {
        // A transform, not x/y on a nested <svg>: moving a nested viewport makes Chrome lay out
        // every SVG text on the canvas again (measured: ~230 ms per frame at 1,000 nodes).
        <g {class} data-id={id.to_string()} tabindex="0" role="button" transform={format!("translate({} {})", fmt(at.x), fmt(at.y))}
            aria-pressed={selected.to_string()} {onpointerdown} {onkeydown}>
            // SVG's own name: the full title and status, also shown as a tooltip.
            <title>{ label }</title>
                <rect class="rl-node__box" width={fmt(NODE_WIDTH)} height={fmt(NODE_HEIGHT)} rx="6" />
                <rect class="rl-node__stripe" width="8" height={fmt(NODE_HEIGHT)} rx="3" />
                <g aria-hidden="true">
                    <text class="rl-node__kind" x="18" y="19">{ kind_name(node.kind, *lang) }</text>
                    { for lines.iter().enumerate().map(|(i, line)| html! {
                        <text class="rl-node__title" x="18" y={fmt(40.0 + 18.0 * i as f64)}>{ line }</text>
                    }) }
                </g>
                <StatusBadge status={*status} />
                <circle class="rl-node__handle" cx={fmt(NODE_WIDTH)} cy={fmt(NODE_HEIGHT / 2.0)} r="7"
                    onpointerdown={on_handle} />
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct StatusBadgeProps {
    status: DataStatus,
}

/// The data status as shape and colour, so it does not rely on colour alone.
#[component]
fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let (key, glyph) = match props.status {
        DataStatus::Covered => ("covered", "✓"),
        DataStatus::Partly => ("partly", "◐"),
        DataStatus::Missing => ("missing", "✕"),
        DataStatus::NoNeeds => ("none", "–"),
    };
    html! {
        <g class={classes!("rl-badge", format!("rl-badge--{key}"))} aria-hidden="true">
            <circle cx={fmt(NODE_WIDTH - 16.0)} cy="16" r="10" />
            <text x={fmt(NODE_WIDTH - 16.0)} y="20.5" text-anchor="middle">{ glyph }</text>
        </g>
    }
}

pub fn kind_key(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Goal => "goal",
        NodeKind::Outcome => "outcome",
        NodeKind::Intervention => "intervention",
    }
}

/// SVG numbers with one decimal: enough for pixels, short in the DOM.
pub fn fmt(value: f64) -> String {
    format!("{value:.1}")
}
