use yew::prelude::*;

use super::language_switch::LanguageSwitch;
use crate::i18n::{Lang, Msg};
use crate::ui::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct AppHeaderProps {
    pub on_language: Callback<Lang>,
}

#[component]
pub fn AppHeader(props: &AppHeaderProps) -> Html {
    let lang = use_lang();
    html! {
        <header class="rl-header utrecht-page-header">
            <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#rl-main">
                { lang.tr(Msg::SkipToContent) }
            </a>
            <div class="rl-header__brand">
                <svg class="rl-header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                    <circle cx="6" cy="16" r="4" />
                    <circle cx="26" cy="7" r="4" />
                    <circle cx="26" cy="25" r="4" />
                    <path d="M10 15 L22 8 M10 17 L22 24" />
                </svg>
                <div>
                    <p class="rl-header__name">{ lang.tr(Msg::AppName) }</p>
                    <p class="rl-header__tagline">{ lang.tr(Msg::Tagline) }</p>
                </div>
            </div>
            <LanguageSwitch current={lang} on_change={props.on_language.clone()} />
        </header>
    }
}
