use yew::prelude::*;

use crate::i18n::Msg;
use crate::ui::hooks::use_lang;

/// Details of the selection and the findings of the analysis.
#[component]
pub fn SidePanel() -> Html {
    let lang = use_lang();
    html! {
        <aside class="rl-panel" aria-label={lang.tr(Msg::PanelRegion)} data-testid="side-panel">
            <section class="rl-panel__section" aria-labelledby="rl-details-title">
                <h2 id="rl-details-title" class="utrecht-heading-2">{ lang.tr(Msg::DetailsTitle) }</h2>
                <p class="utrecht-paragraph">{ lang.tr(Msg::DetailsEmpty) }</p>
            </section>
            <section class="rl-panel__section" aria-labelledby="rl-findings-title">
                <h2 id="rl-findings-title" class="utrecht-heading-2">{ lang.tr(Msg::FindingsTitle) }</h2>
                <p class="utrecht-paragraph">{ lang.tr(Msg::FindingsEmpty) }</p>
            </section>
        </aside>
    }
}
