//! The canvas: edges in one SVG layer, nodes as HTML elements on a pane above it (as xyflow does),
//! drawn from the session, with pointer, wheel, pinch and keyboard gestures turned into editor
//! commands. View state (zoom, pan, a drag in progress) stays here.
//!
//! Nodes are HTML, not SVG: in one SVG, any geometry change (a node's transform, an edge's `d`)
//! makes Chrome lay out every SVG text again (~200 ms per frame at 1,000 nodes).

mod dom;
mod edge_layer;
mod edge_view;
mod gesture;
mod keys;
mod marquee;
mod node_layer;
mod node_view;
mod status_badge;
mod toolbar;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use self::dom::{
    capture, centre, css_transform, fit, local_point, node_under_pointer, on_background, release,
};
use self::edge_layer::EdgeLayer;
use self::gesture::{distance, midpoint, Gesture, CLICK_SLOP};
use self::marquee::Marquee;
use self::node_layer::{DragOffset, NodeLayer};
use self::toolbar::CanvasToolbar;
use crate::editor::Command;
use crate::i18n::{CanvasHelp, EditorText};
use crate::layout::geometry::{nodes_in, Rect, Viewport};
use crate::layout::Point;
use crate::model::{Action, Edge, EdgeId, NodeId};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Selection};

pub use self::node_view::kind_key;

#[derive(Properties, PartialEq)]
pub struct CanvasProps {
    pub session: Session,
}

/// Pointer positions by pointer id, for pinch zoom.
type Pointers = Rc<RefCell<BTreeMap<i32, Point>>>;

#[component]
pub fn Canvas(props: &CanvasProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let area_ref = use_node_ref();
    let viewport = use_state(Viewport::default);
    let gesture = use_state(|| None::<Gesture>);
    let pointers: Pointers = use_mut_ref(BTreeMap::new);
    let connect_from = use_state(|| None::<NodeId>);
    let pane_ref = use_node_ref();

    // The node pane follows pan and zoom through the CSSOM (no `style` attribute under the CSP).
    {
        let pane_ref = pane_ref.clone();
        use_effect_with(*viewport, move |viewport| {
            if let Some(pane) = pane_ref.cast::<HtmlElement>() {
                let _ = pane
                    .style()
                    .set_property("transform", &css_transform(viewport));
            }
        });
    }

    // Fit the drawing to the screen whenever a document is opened.
    {
        let viewport = viewport.setter();
        let area_ref = area_ref.clone();
        let placed = session.placed.clone();
        use_effect_with(session.state.fit_requests, move |_| {
            if let Some(fitted) = fit(&area_ref, &placed) {
                viewport.set(fitted);
            }
        });
    }

    let dispatcher = session.state.dispatcher();
    let selection = session.state.selection.clone();

    let on_node_down = {
        let gesture = gesture.setter();
        let dispatcher = dispatcher.clone();
        let selection = selection.clone();
        let area_ref = area_ref.clone();
        use_callback(
            selection,
            move |(id, event): (NodeId, PointerEvent), selection| {
                if event.button() != 0 {
                    return;
                }
                let additive = event.shift_key() || event.ctrl_key() || event.meta_key();
                let next = if additive {
                    selection.toggled(id)
                } else if selection.nodes.contains(&id) {
                    selection.clone()
                } else {
                    Selection::node(id)
                };
                capture(&area_ref, &event);
                let origin = local_point(&area_ref, &event);
                gesture.set(Some(Gesture::Drag {
                    ids: next.nodes.clone(),
                    origin,
                    delta: Point::default(),
                }));
                dispatcher.dispatch(AppAction::Select(next));
            },
        )
    };
    let on_handle_down = {
        let gesture = gesture.setter();
        let area_ref = area_ref.clone();
        let viewport = *viewport;
        use_callback(
            viewport,
            move |(id, event): (NodeId, PointerEvent), viewport| {
                capture(&area_ref, &event);
                let pointer = viewport.to_canvas(local_point(&area_ref, &event));
                gesture.set(Some(Gesture::Connect { from: id, pointer }));
            },
        )
    };
    let on_edge_down = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |(id, _event): (EdgeId, PointerEvent), _| {
            dispatcher.dispatch(AppAction::Select(Selection::edge(id)));
        })
    };
    let on_node_key = {
        let dispatcher = dispatcher.clone();
        let connect_from = connect_from.clone();
        let selection = selection.clone();
        use_callback(
            (selection, *connect_from),
            move |(id, event): (NodeId, KeyboardEvent), (selection, from)| {
                keys::on_node_key(keys::NodeKey {
                    id,
                    event: &event,
                    selection,
                    connect_from: *from,
                    set_connect_from: &connect_from.setter(),
                    dispatcher: &dispatcher,
                });
            },
        )
    };

    let onpointerdown = {
        let gesture = gesture.setter();
        let dispatcher = dispatcher.clone();
        let area_ref = area_ref.clone();
        let pointers = pointers.clone();
        let viewport = *viewport;
        Callback::from(move |event: PointerEvent| {
            let point = local_point(&area_ref, &event);
            pointers.borrow_mut().insert(event.pointer_id(), point);
            let fingers: Vec<Point> = pointers.borrow().values().copied().collect();
            if let [a, b] = fingers[..] {
                gesture.set(Some(Gesture::Pinch {
                    start_distance: distance(a, b),
                    start: viewport,
                    midpoint: midpoint(a, b),
                }));
                return;
            }
            if !on_background(&event) {
                return;
            }
            capture(&area_ref, &event);
            let additive = event.ctrl_key() || event.meta_key();
            if additive || event.shift_key() {
                // The selection changes once, on release, to what the band then covers.
                gesture.set(Some(Gesture::Marquee {
                    origin: point,
                    current: point,
                    additive,
                }));
                return;
            }
            gesture.set(Some(Gesture::Pan { last: point }));
            dispatcher.dispatch(AppAction::Select(Selection::default()));
        })
    };
    let onpointermove = {
        let gesture = gesture.clone();
        let viewport = viewport.clone();
        let area_ref = area_ref.clone();
        let pointers = pointers.clone();
        Callback::from(move |event: PointerEvent| {
            let point = local_point(&area_ref, &event);
            if let Some(slot) = pointers.borrow_mut().get_mut(&event.pointer_id()) {
                *slot = point;
            }
            match &*gesture {
                Some(Gesture::Pan { last }) => {
                    viewport.set(viewport.panned(Point {
                        x: point.x - last.x,
                        y: point.y - last.y,
                    }));
                    gesture.set(Some(Gesture::Pan { last: point }));
                }
                Some(Gesture::Drag { ids, origin, .. }) => {
                    let delta = Point {
                        x: (point.x - origin.x) / viewport.zoom,
                        y: (point.y - origin.y) / viewport.zoom,
                    };
                    gesture.set(Some(Gesture::Drag {
                        ids: ids.clone(),
                        origin: *origin,
                        delta,
                    }));
                }
                Some(Gesture::Marquee {
                    origin, additive, ..
                }) => {
                    gesture.set(Some(Gesture::Marquee {
                        origin: *origin,
                        current: point,
                        additive: *additive,
                    }));
                }
                Some(Gesture::Connect { from, .. }) => {
                    gesture.set(Some(Gesture::Connect {
                        from: *from,
                        pointer: viewport.to_canvas(point),
                    }));
                }
                Some(Gesture::Pinch {
                    start_distance,
                    start,
                    midpoint: mid,
                }) => {
                    let fingers: Vec<Point> = pointers.borrow().values().copied().collect();
                    if let [a, b] = fingers[..] {
                        viewport.set(start.zoomed(distance(a, b) / start_distance.max(1.0), *mid));
                    }
                }
                None => {}
            }
        })
    };
    let onpointerup = {
        let gesture = gesture.clone();
        let dispatcher = dispatcher.clone();
        let pointers = pointers.clone();
        let area_ref = area_ref.clone();
        let viewport = *viewport;
        let zoom = viewport.zoom;
        let placed = session.placed.clone();
        let selection = selection.clone();
        Callback::from(move |event: PointerEvent| {
            pointers.borrow_mut().remove(&event.pointer_id());
            match &*gesture {
                Some(Gesture::Marquee {
                    origin,
                    current,
                    additive,
                }) => {
                    let band =
                        Rect::spanning(viewport.to_canvas(*origin), viewport.to_canvas(*current));
                    let found = nodes_in(&placed, band);
                    dispatcher.dispatch(AppAction::Select(if *additive {
                        selection.with_added(found)
                    } else {
                        Selection::many(found)
                    }));
                }
                Some(Gesture::Drag { ids, delta, .. })
                    if distance(*delta, Point::default()) * zoom > CLICK_SLOP =>
                {
                    dispatcher.dispatch(AppAction::Command(Command::Move {
                        ids: ids.iter().copied().collect(),
                        delta: *delta,
                    }));
                }
                Some(Gesture::Connect { from, .. }) => {
                    if let Some(to) = node_under_pointer(&event) {
                        dispatcher.dispatch(AppAction::Command(Command::Edit(Action::Connect {
                            from: *from,
                            to,
                            edge: Edge::default(),
                        })));
                    }
                }
                _ => {}
            }
            release(&area_ref, &event);
            gesture.set(None);
        })
    };
    let onwheel = {
        let viewport = viewport.clone();
        let area_ref = area_ref.clone();
        Callback::from(move |event: WheelEvent| {
            let anchor = local_point(&area_ref, &event);
            let factor = (-event.delta_y() * 0.0015).exp();
            viewport.set(viewport.zoomed(factor, anchor));
        })
    };
    let onkeydown = {
        let viewport = viewport.clone();
        let area_ref = area_ref.clone();
        let placed = session.placed.clone();
        let connect_from = connect_from.setter();
        let dispatcher = dispatcher.clone();
        let editor = session.state.editor.clone();
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            // Select all: the keyboard's rubber band (also when a node has focus: its keys bubble).
            "a" | "A" if event.ctrl_key() || event.meta_key() => {
                event.prevent_default();
                // Extended rather than collected: collecting sorts first, with a sort of its own.
                let mut all = std::collections::BTreeSet::new();
                all.extend(editor.line().node_ids());
                dispatcher.dispatch(AppAction::Select(Selection::many(all)));
            }
            "+" | "=" => viewport.set(viewport.zoomed(1.2, centre(&area_ref))),
            "-" => viewport.set(viewport.zoomed(1.0 / 1.2, centre(&area_ref))),
            "0" => {
                if let Some(fitted) = fit(&area_ref, &placed) {
                    viewport.set(fitted);
                }
            }
            "Escape" => connect_from.set(None),
            _ => {}
        })
    };

    let drag = match &*gesture {
        Some(Gesture::Drag { ids, delta, .. }) => Some(DragOffset {
            ids: ids.clone(),
            delta: *delta,
        }),
        _ => None,
    };
    let pending = match &*gesture {
        Some(Gesture::Connect { from, pointer }) => session
            .placed
            .positions
            .get(from)
            .map(|start| (*start, *pointer)),
        _ => None,
    };
    let band = match &*gesture {
        Some(Gesture::Marquee {
            origin, current, ..
        }) => Some(Rect::spanning(*origin, *current)),
        _ => None,
    };
    let zoom = {
        let viewport = viewport.clone();
        let area_ref = area_ref.clone();
        Callback::from(move |factor: f64| viewport.set(viewport.zoomed(factor, centre(&area_ref))))
    };
    let on_fit = {
        let viewport = viewport.setter();
        let area_ref = area_ref.clone();
        let placed = session.placed.clone();
        Callback::from(move |_| {
            if let Some(fitted) = fit(&area_ref, &placed) {
                viewport.set(fitted);
            }
        })
    };
    let on_connect = {
        let connect_from = connect_from.setter();
        Callback::from(move |id: Option<NodeId>| connect_from.set(id))
    };
    let help_id = "rl-canvas-help";
    html! {
        <div class="rl-canvas">
            <CanvasToolbar session={session.clone()} on_zoom={zoom} on_fit={on_fit}
                connecting={*connect_from} on_connect={on_connect} />
            if let Some(from) = *connect_from {
                <p class="rl-canvas__mode" role="status">
                    { format!("{} — {}", session.state.editor.line().node(from).map(|n| n.title.as_str()).unwrap_or_default(), lang.tr(EditorText::ConnectHint)) }
                </p>
            }
            <p id={help_id} class="rl-visually-hidden">{ lang.tr(CanvasHelp::Instructions) }{ " " }{ lang.tr(CanvasHelp::Selecting) }</p>
            <div ref={area_ref} class="rl-canvas__area" tabindex="0" role="group"
                aria-label={lang.tr(crate::i18n::Msg::CanvasRegion)} aria-describedby={help_id}
                {onpointerdown} {onpointermove} {onpointerup}
                onpointercancel={onpointerup_cancel(&gesture)} {onwheel} {onkeydown}>
                <svg class={classes!("rl-canvas__svg", gesture.is_some().then_some("rl-canvas__svg--busy"))} aria-hidden="true">
                    <defs>
                        <marker id="rl-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M0 0 L10 5 L0 10 z" class="rl-edge__arrow" />
                        </marker>
                    </defs>
                    <g transform={viewport.transform()}>
                        <EdgeLayer session={session.clone()} drag={drag.clone()} moving={false} on_select={on_edge_down.clone()} />
                        if let Some((start, end)) = pending {
                            <path class="rl-edge__pending" d={crate::layout::geometry::edge_path(start, Point { x: end.x, y: end.y - crate::layout::geometry::NODE_HEIGHT / 2.0 })} />
                        }
                    </g>
                </svg>
                <div ref={pane_ref} class="rl-canvas__pane">
                    <NodeLayer session={session.clone()} drag={drag.clone()} connecting={*connect_from}
                        lang={lang} on_pointer_down={on_node_down} on_handle_down={on_handle_down} on_key={on_node_key} />
                </div>
                if drag.is_some() {
                    // The edges of the dragged nodes, above everything in a layer of their own.
                    <svg class="rl-canvas__svg rl-canvas__svg--moving" aria-hidden="true">
                        <g transform={viewport.transform()}>
                            <EdgeLayer session={session.clone()} {drag} moving={true} on_select={on_edge_down} />
                        </g>
                    </svg>
                }
                if let Some(band) = band {
                    <Marquee {band} />
                }
            </div>
        </div>
    }
}

fn onpointerup_cancel(gesture: &UseStateHandle<Option<Gesture>>) -> Callback<PointerEvent> {
    let gesture = gesture.setter();
    Callback::from(move |_| gesture.set(None))
}
