//! Where nodes are drawn. Editor state, kept apart from the model: a reasoning line means the same
//! wherever its nodes stand. Saved in graph files so colleagues see the same drawing.

mod auto;
pub mod geometry;

use std::collections::BTreeMap;

pub use auto::{auto_layout, COLUMN_GAP, ROW_GAP};

use crate::model::NodeId;

/// A point on the canvas, in canvas units (CSS pixels at zoom 1).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Positions of the nodes a user placed; nodes without one are placed by the automatic layout.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub positions: BTreeMap<NodeId, Point>,
}
