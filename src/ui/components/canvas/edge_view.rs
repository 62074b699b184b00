use yew::prelude::*;

use crate::layout::geometry::edge_path;
use crate::layout::Point;
use crate::model::{EdgeId, EvidenceLevel};

#[derive(Properties, PartialEq)]
pub struct EdgeViewProps {
    pub id: EdgeId,
    pub from: Point,
    pub to: Point,
    pub evidence: EvidenceLevel,
    pub selected: bool,
    /// The edge breaks a rule (disallowed kind, cycle, duplicate) or its ends cannot be compared.
    pub flagged: bool,
    pub on_select: Callback<(EdgeId, PointerEvent)>,
}

/// One "contributes to" arrow. The line style shows the evidence behind the assumption.
#[component]
pub fn EdgeView(props: &EdgeViewProps) -> Html {
    let id = props.id;
    let d = edge_path(props.from, props.to);
    let evidence = match props.evidence {
        EvidenceLevel::None => "none",
        EvidenceLevel::PracticeBased => "practice",
        EvidenceLevel::ResearchBased => "research",
    };
    let class = classes!(
        "rl-edge",
        format!("rl-edge--{evidence}"),
        props.selected.then_some("rl-edge--selected"),
        props.flagged.then_some("rl-edge--flagged"),
    );
    let onpointerdown = props.on_select.reform(move |event: PointerEvent| {
        event.stop_propagation();
        (id, event)
    });
    html! {
        <g {class} data-id={id.to_string()} {onpointerdown}>
            <path class="rl-edge__hit" d={d.clone()} />
            <path class="rl-edge__line" d={d} marker-end="url(#rl-arrow)" />
        </g>
    }
}
