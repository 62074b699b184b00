use yew::prelude::*;

use crate::analysis::DataStatus;

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: DataStatus,
}

/// The data status as shape and colour, so it does not rely on colour alone. The node's name
/// says the status in words, so the glyph is hidden from assistive technology.
#[component]
pub fn StatusBadge(props: &StatusBadgeProps) -> Html {
    let key = props.status.key();
    let glyph = match props.status {
        DataStatus::Covered => "✓",
        DataStatus::Partly => "◐",
        DataStatus::ToLink => "◌",
        DataStatus::Missing => "✕",
        DataStatus::NoNeeds => "–",
    };
    html! {
        <span class={classes!("rl-badge", format!("rl-badge--{key}"))} aria-hidden="true">{ glyph }</span>
    }
}
