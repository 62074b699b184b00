//! Canvas geometry: node boxes, edge curves, bounds and the viewport (pan and zoom). Plain maths,
//! so the UI only turns these numbers into SVG attributes.

use std::collections::BTreeSet;

use super::{Layout, Point};
use crate::model::NodeId;
use crate::number;

/// Size of a node box in canvas units.
pub const NODE_WIDTH: f64 = 210.0;
pub const NODE_HEIGHT: f64 = 72.0;

pub const MIN_ZOOM: f64 = 0.1;
pub const MAX_ZOOM: f64 = 3.0;

/// An axis-aligned rectangle in canvas units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    /// The rectangle with `a` and `b` as opposite corners, whichever way the pointer was dragged.
    pub fn spanning(a: Point, b: Point) -> Rect {
        Rect {
            x: a.x.min(b.x),
            y: a.y.min(b.y),
            width: (a.x - b.x).abs(),
            height: (a.y - b.y).abs(),
        }
    }

    /// Whether the two rectangles share some area or touch (a box grazed by a rubber band counts).
    pub fn intersects(&self, other: &Rect) -> bool {
        self.x <= other.x + other.width
            && other.x <= self.x + self.width
            && self.y <= other.y + other.height
            && other.y <= self.y + self.height
    }
}

/// The box a node at `at` (its top-left corner) covers.
pub fn node_box(at: Point) -> Rect {
    Rect {
        x: at.x,
        y: at.y,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
    }
}

/// The nodes whose box intersects `area` (canvas units): what a rubber band selects.
pub fn nodes_in(layout: &Layout, area: Rect) -> BTreeSet<NodeId> {
    // Extended rather than collected: collecting sorts first, with a sort of its own.
    let mut found = BTreeSet::new();
    found.extend(
        layout
            .positions
            .iter()
            .filter(|(_, at)| node_box(**at).intersects(&area))
            .map(|(id, _)| *id),
    );
    found
}

/// What part of the canvas is on screen: screen = canvas * zoom + pan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub pan: Point,
    pub zoom: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport {
            pan: Point { x: 40.0, y: 40.0 },
            zoom: 1.0,
        }
    }
}

impl Viewport {
    /// The SVG `transform` of the group that holds the whole drawing.
    pub fn transform(&self) -> String {
        format!(
            "translate({} {}) scale({})",
            number::fixed(self.pan.x, 2),
            number::fixed(self.pan.y, 2),
            number::fixed(self.zoom, 4)
        )
    }

    pub fn to_canvas(&self, screen: Point) -> Point {
        Point {
            x: (screen.x - self.pan.x) / self.zoom,
            y: (screen.y - self.pan.y) / self.zoom,
        }
    }

    /// Zooms by `factor` keeping the canvas point under `anchor` (screen) where it is.
    pub fn zoomed(&self, factor: f64, anchor: Point) -> Viewport {
        let zoom = clamp_zoom(self.zoom * factor);
        let fixed = self.to_canvas(anchor);
        Viewport {
            pan: Point {
                x: anchor.x - fixed.x * zoom,
                y: anchor.y - fixed.y * zoom,
            },
            zoom,
        }
    }

    pub fn panned(&self, delta: Point) -> Viewport {
        Viewport {
            pan: Point {
                x: self.pan.x + delta.x,
                y: self.pan.y + delta.y,
            },
            zoom: self.zoom,
        }
    }

    /// The viewport that shows all of `bounds` centred in a screen of `width` x `height`, with a
    /// margin, never zoomed in beyond 1.
    pub fn fit(bounds: Rect, width: f64, height: f64) -> Viewport {
        const MARGIN: f64 = 32.0;
        let usable_w = (width - 2.0 * MARGIN).max(1.0);
        let usable_h = (height - 2.0 * MARGIN).max(1.0);
        let zoom = clamp_zoom(
            (usable_w / bounds.width.max(1.0))
                .min(usable_h / bounds.height.max(1.0))
                .min(1.0),
        );
        Viewport {
            pan: Point {
                x: (width - bounds.width * zoom) / 2.0 - bounds.x * zoom,
                y: (height - bounds.height * zoom) / 2.0 - bounds.y * zoom,
            },
            zoom,
        }
    }
}

fn clamp_zoom(zoom: f64) -> f64 {
    if zoom.is_finite() {
        zoom.clamp(MIN_ZOOM, MAX_ZOOM)
    } else {
        1.0
    }
}

/// The rectangle around every node box; `None` for an empty layout.
pub fn bounds(layout: &Layout) -> Option<Rect> {
    let mut points = layout.positions.values();
    let first = points.next()?;
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (first.x, first.y, first.x, first.y);
    for p in points {
        min_x = min_x.min(p.x);
        min_y = min_y.min(p.y);
        max_x = max_x.max(p.x);
        max_y = max_y.max(p.y);
    }
    Some(Rect {
        x: min_x,
        y: min_y,
        width: max_x - min_x + NODE_WIDTH,
        height: max_y - min_y + NODE_HEIGHT,
    })
}

/// SVG path data for an edge from the right side of the `from` box to the left side of the `to`
/// box: a horizontal S-curve, which reads as "flows into" in a left-to-right reasoning line.
pub fn edge_path(from: Point, to: Point) -> String {
    let start = Point {
        x: from.x + NODE_WIDTH,
        y: from.y + NODE_HEIGHT / 2.0,
    };
    let end = Point {
        x: to.x,
        y: to.y + NODE_HEIGHT / 2.0,
    };
    let bend = ((end.x - start.x).abs() / 2.0).max(40.0);
    let mut d = String::with_capacity(64);
    let points = [
        ("M", start.x, start.y),
        (" C", start.x + bend, start.y),
        (" ", end.x - bend, end.y),
        (" ", end.x, end.y),
    ];
    for (before, x, y) in points {
        d.push_str(before);
        number::push_fixed(&mut d, x, 1);
        d.push(' ');
        number::push_fixed(&mut d, y, 1);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keeps_the_anchor_in_place() {
        let viewport = Viewport {
            pan: Point { x: 10.0, y: 20.0 },
            zoom: 1.0,
        };
        let anchor = Point { x: 300.0, y: 200.0 };
        let before = viewport.to_canvas(anchor);
        let zoomed = viewport.zoomed(1.5, anchor);
        let after = zoomed.to_canvas(anchor);
        assert!((before.x - after.x).abs() < 1e-9 && (before.y - after.y).abs() < 1e-9);
        assert_eq!(viewport.zoomed(1000.0, anchor).zoom, MAX_ZOOM);
        assert_eq!(viewport.zoomed(f64::NAN, anchor).zoom, 1.0);
    }

    #[test]
    fn fit_shows_everything_centred() {
        let mut layout = Layout::default();
        layout
            .positions
            .insert(crate::model::NodeId(0), Point { x: 0.0, y: 0.0 });
        layout.positions.insert(
            crate::model::NodeId(1),
            Point {
                x: 2000.0,
                y: 500.0,
            },
        );
        let b = bounds(&layout).unwrap();
        assert_eq!(
            b,
            Rect {
                x: 0.0,
                y: 0.0,
                width: 2000.0 + NODE_WIDTH,
                height: 500.0 + NODE_HEIGHT
            }
        );
        let v = Viewport::fit(b, 1000.0, 600.0);
        let top_left = Point {
            x: b.x * v.zoom + v.pan.x,
            y: b.y * v.zoom + v.pan.y,
        };
        let bottom_right = Point {
            x: (b.x + b.width) * v.zoom + v.pan.x,
            y: (b.y + b.height) * v.zoom + v.pan.y,
        };
        assert!(top_left.x >= 0.0 && top_left.y >= 0.0);
        assert!(bottom_right.x <= 1000.0 && bottom_right.y <= 600.0);
        assert!(
            ((top_left.x + bottom_right.x) / 2.0 - 500.0).abs() < 1e-6,
            "centred"
        );
        assert!(bounds(&Layout::default()).is_none());
    }

    #[test]
    fn a_rubber_band_selects_the_boxes_it_touches() {
        let mut layout = Layout::default();
        for (id, x, y) in [
            (0, 0.0, 0.0),
            (1, 300.0, 0.0),
            (2, 0.0, 200.0),
            (3, -500.0, -500.0),
        ] {
            layout.positions.insert(NodeId(id), Point { x, y });
        }
        // Dragged from bottom-right to top-left, over the corner of node 0 and the left of node 1.
        let band = Rect::spanning(Point { x: 310.0, y: 50.0 }, Point { x: 200.0, y: 10.0 });
        assert_eq!(
            band,
            Rect {
                x: 200.0,
                y: 10.0,
                width: 110.0,
                height: 40.0
            }
        );
        assert_eq!(
            nodes_in(&layout, band),
            BTreeSet::from([NodeId(0), NodeId(1)])
        );
        // Between the rows: nothing.
        let gap = Rect::spanning(Point { x: -10.0, y: 100.0 }, Point { x: 600.0, y: 150.0 });
        assert!(nodes_in(&layout, gap).is_empty());
        // Everything, through the viewport's conversion of two screen corners.
        let viewport = Viewport {
            pan: Point { x: 600.0, y: 600.0 },
            zoom: 0.5,
        };
        let all = Rect::spanning(
            viewport.to_canvas(Point::default()),
            viewport.to_canvas(Point { x: 900.0, y: 900.0 }),
        );
        assert_eq!(nodes_in(&layout, all).len(), 4);
    }

    #[test]
    fn edges_leave_right_and_enter_left() {
        let d = edge_path(Point { x: 0.0, y: 0.0 }, Point { x: 400.0, y: 100.0 });
        assert!(d.starts_with(&format!("M{:.1} {:.1}", NODE_WIDTH, NODE_HEIGHT / 2.0)));
        assert!(d.ends_with(&format!("400.0 {:.1}", 100.0 + NODE_HEIGHT / 2.0)));
    }
}
