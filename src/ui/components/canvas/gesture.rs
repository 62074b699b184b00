use std::collections::BTreeSet;

use crate::layout::geometry::Viewport;
use crate::layout::Point;
use crate::model::NodeId;

/// What the pointer is doing on the canvas between pointer-down and pointer-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Gesture {
    /// Dragging the background: the view moves.
    Pan { last: Point },
    /// Dragging nodes: they follow the pointer and land as one `Move` on release.
    Drag {
        ids: BTreeSet<NodeId>,
        origin: Point,
        delta: Point,
    },
    /// Dragging from a node's handle to another node.
    Connect { from: NodeId, pointer: Point },
    /// Shift (or Ctrl) and drag on the background: a rubber band, in screen pixels, that selects
    /// the nodes it touches on release; with Ctrl (or Cmd) they join the current selection.
    Marquee {
        origin: Point,
        current: Point,
        additive: bool,
    },
    /// Two fingers: zoom around their midpoint.
    Pinch {
        start_distance: f64,
        start: Viewport,
        midpoint: Point,
    },
}

/// A drag shorter than this (screen pixels) is a click, not a move.
pub const CLICK_SLOP: f64 = 3.0;

pub fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

pub fn midpoint(a: Point, b: Point) -> Point {
    Point {
        x: (a.x + b.x) / 2.0,
        y: (a.y + b.y) / 2.0,
    }
}
