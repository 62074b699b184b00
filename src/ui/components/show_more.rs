use yew::prelude::*;

use crate::i18n::EditorText;
use crate::ui::hooks::use_lang;

/// How many more items "Meer tonen" draws: four times as many as now, so even 50,000 datasets
/// take a few clicks, while a first look stays quick to draw.
pub fn more_than(limit: usize) -> usize {
    limit.saturating_mul(4)
}

#[derive(Properties, PartialEq)]
pub struct ShowMoreProps {
    /// Items not drawn yet; nothing is shown when there are none.
    pub hidden: usize,
    pub onclick: Callback<MouseEvent>,
}

/// "Meer tonen (n)" under a long list that draws its first items only.
#[component]
pub fn ShowMore(props: &ShowMoreProps) -> Html {
    let lang = use_lang();
    if props.hidden == 0 {
        return Html::default();
    }
    html! {
        <button type="button" class="utrecht-button utrecht-button--subtle" data-action="show-more" onclick={props.onclick.clone()}>
            { format!("{} ({})", lang.tr(EditorText::FindingsMore), props.hidden) }
        </button>
    }
}
