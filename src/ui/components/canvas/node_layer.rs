use std::collections::BTreeSet;

use yew::prelude::*;

use super::node_view::NodeView;
use crate::analysis::DataStatus;
use crate::i18n::Lang;
use crate::layout::Point;
use crate::model::NodeId;
use crate::ui::session::Session;
use crate::ui::shared::Shared;

/// Nodes being dragged and how far, in canvas units.
#[derive(Clone, Debug, PartialEq)]
pub struct DragOffset {
    pub ids: BTreeSet<NodeId>,
    pub delta: Point,
}

impl DragOffset {
    pub fn apply(drag: Option<&DragOffset>, id: NodeId, at: Point) -> Point {
        match drag {
            Some(drag) if drag.ids.contains(&id) => Point {
                x: at.x + drag.delta.x,
                y: at.y + drag.delta.y,
            },
            _ => at,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct NodeLayerProps {
    pub session: Session,
    pub drag: Option<DragOffset>,
    pub connecting: Option<NodeId>,
    pub lang: Lang,
    pub on_pointer_down: Callback<(NodeId, PointerEvent)>,
    pub on_handle_down: Callback<(NodeId, PointerEvent)>,
    pub on_key: Callback<(NodeId, KeyboardEvent)>,
}

/// Every node, keyed by id, so Yew reuses each node's DOM and only re-renders changed ones.
#[component]
pub fn NodeLayer(props: &NodeLayerProps) -> Html {
    let session = &props.session;
    let line = session.state.editor.line();
    let selection = &session.state.selection;
    let nodes = line.node_ids().filter_map(|id| {
        let node = line.node_rc(id)?;
        let at = *session.placed.positions.get(&id)?;
        let status = session.analysis.node_status.get(&id).copied().unwrap_or(DataStatus::NoNeeds);
        Some(html! {
            <NodeView key={id.0} {id} node={Shared(node)} at={DragOffset::apply(props.drag.as_ref(), id, at)}
                {status} selected={selection.nodes.contains(&id)} connecting={props.connecting == Some(id)}
                dragging={props.drag.as_ref().is_some_and(|drag| drag.ids.contains(&id))}
                lang={props.lang} on_pointer_down={props.on_pointer_down.clone()}
                on_handle_down={props.on_handle_down.clone()} on_key={props.on_key.clone()} />
        })
    });
    html! { <div class="rl-canvas__nodes">{ for nodes }</div> }
}
