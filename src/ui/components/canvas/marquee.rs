use yew::prelude::*;

use crate::layout::geometry::Rect;
use crate::number;

#[derive(Properties, PartialEq)]
pub struct MarqueeProps {
    /// The band in screen pixels, relative to the canvas area.
    pub band: Rect,
}

/// The rubber band being dragged, in an SVG layer of its own above the nodes. SVG attributes, not a
/// `style`, place it: the CSP forbids inline styles.
#[component]
pub fn Marquee(props: &MarqueeProps) -> Html {
    let [x, y, width, height] = [
        props.band.x,
        props.band.y,
        props.band.width,
        props.band.height,
    ]
    .map(|value| number::fixed(value, 1));
    html! {
        <svg class="rl-canvas__svg rl-canvas__svg--marquee" aria-hidden="true">
            <rect class="rl-canvas__marquee" {x} {y} {width} {height} />
        </svg>
    }
}
