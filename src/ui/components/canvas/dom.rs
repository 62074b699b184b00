//! What the canvas asks of the DOM: pointer positions, sizes, pointer capture, hit tests.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::layout::geometry::{bounds, Viewport};
use crate::layout::Point;
use crate::model::NodeId;
use crate::number;

/// The CSS `transform` of the node pane: the same pan and zoom as the SVG group of the edges. A 2D
/// transform on purpose: a composited pane (`translate3d`) made Chrome's layerization cost ~150 ms
/// per frame at 1,000 nodes.
pub fn css_transform(viewport: &Viewport) -> String {
    format!(
        "translate({}px, {}px) scale({})",
        number::fixed(viewport.pan.x, 2),
        number::fixed(viewport.pan.y, 2),
        number::fixed(viewport.zoom, 4)
    )
}

/// The pointer position relative to the canvas element, in screen pixels.
pub fn local_point(area_ref: &NodeRef, event: &MouseEvent) -> Point {
    let origin = area_ref
        .cast::<Element>()
        .map(|area| area.get_bounding_client_rect())
        .map_or(Point::default(), |rect| Point {
            x: rect.left(),
            y: rect.top(),
        });
    Point {
        x: f64::from(event.client_x()) - origin.x,
        y: f64::from(event.client_y()) - origin.y,
    }
}

pub fn centre(area_ref: &NodeRef) -> Point {
    area_ref
        .cast::<Element>()
        .map_or(Point::default(), |area| Point {
            x: f64::from(area.client_width()) / 2.0,
            y: f64::from(area.client_height()) / 2.0,
        })
}

pub fn fit(area_ref: &NodeRef, placed: &crate::layout::Layout) -> Option<Viewport> {
    let element = area_ref.cast::<Element>()?;
    let area = bounds(placed)?;
    Some(Viewport::fit(
        area,
        f64::from(element.client_width()),
        f64::from(element.client_height()),
    ))
}

/// Keeps pointer events coming to the canvas while the pointer is down, even outside it.
pub fn capture(area_ref: &NodeRef, event: &PointerEvent) {
    if let Some(area) = area_ref.cast::<Element>() {
        let _ = area.set_pointer_capture(event.pointer_id());
    }
}

pub fn release(area_ref: &NodeRef, event: &PointerEvent) {
    if let Some(area) = area_ref.cast::<Element>() {
        let _ = area.release_pointer_capture(event.pointer_id());
    }
}

/// Whether the pointer went down on empty canvas rather than on a node or edge.
pub fn on_background(event: &PointerEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_none_or(|el| el.closest("[data-id]").ok().flatten().is_none())
}

/// The node under the pointer (the canvas captured the pointer, so the target is not it).
pub fn node_under_pointer(event: &PointerEvent) -> Option<NodeId> {
    let element = gloo::utils::document()
        .element_from_point(event.client_x() as f32, event.client_y() as f32)?;
    let node = element.closest("[data-id^='n']").ok().flatten()?;
    node.get_attribute("data-id")?.parse().ok()
}
