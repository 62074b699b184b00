use yew::prelude::*;

use crate::i18n::Msg;
use crate::ui::hooks::use_lang;

#[component]
pub fn AppFooter() -> Html {
    let lang = use_lang();
    html! {
        <footer class="rl-footer">
            <p class="utrecht-paragraph utrecht-paragraph--small">{ lang.tr(Msg::PrivacyNote) }</p>
        </footer>
    }
}
