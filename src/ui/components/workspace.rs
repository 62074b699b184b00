use yew::prelude::*;

use super::empty_state::EmptyState;
use crate::i18n::Msg;
use crate::ui::hooks::use_lang;

/// The canvas area. Until a reasoning line is open it shows how to start.
#[component]
pub fn Workspace() -> Html {
    let lang = use_lang();
    html! {
        <section class="rl-workspace" aria-label={lang.tr(Msg::CanvasRegion)} data-testid="workspace">
            <EmptyState />
        </section>
    }
}
