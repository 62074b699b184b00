use yew::prelude::*;

use super::edge_view::EdgeView;
use super::node_layer::DragOffset;
use crate::model::EdgeId;
use crate::ui::session::Session;

#[derive(Properties, PartialEq)]
pub struct EdgeLayerProps {
    pub session: Session,
    pub drag: Option<DragOffset>,
    /// Which edges this layer draws: those that move with the drag, or all the others.
    pub moving: bool,
    pub on_select: Callback<(EdgeId, PointerEvent)>,
}

/// The edges of one layer, keyed by id; an edge re-renders only when one of its ends moves or it
/// changes. During a drag the edges of the dragged nodes live in a layer of their own (its own
/// compositing layer), so the browser does not raster the rest of the canvas again every frame.
#[component]
pub fn EdgeLayer(props: &EdgeLayerProps) -> Html {
    let session = &props.session;
    let line = session.state.editor.line();
    let drag = props.drag.as_ref();
    // A sorted list rather than a `BTreeSet`: it reuses the model's sort of edge ids instead of
    // instantiating the set (and its stable sort) for this one lookup.
    let mut flagged: Vec<EdgeId> = session
        .analysis
        .diagnostics
        .iter()
        .flat_map(|d| d.edges.iter().copied())
        .collect();
    flagged.sort_unstable();
    let edges = line.edges().filter_map(|edge| {
        let moves = drag.is_some_and(|d| d.ids.contains(&edge.from) || d.ids.contains(&edge.to));
        if moves != props.moving {
            return None;
        }
        let from = *session.placed.positions.get(&edge.from)?;
        let to = *session.placed.positions.get(&edge.to)?;
        Some(html! {
            <EdgeView key={edge.id.0} id={edge.id} from={DragOffset::apply(drag, edge.from, from)}
                to={DragOffset::apply(drag, edge.to, to)} evidence={edge.edge.evidence}
                selected={session.state.selection.edge == Some(edge.id)} flagged={flagged.binary_search(&edge.id).is_ok()}
                on_select={props.on_select.clone()} />
        })
    });
    html! { <g class="rl-canvas__edges">{ for edges }</g> }
}
