use yew::prelude::*;

use crate::i18n::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub current: Lang,
    pub on_change: Callback<Lang>,
}

/// One button per language, each labelled in its own language and marked with `lang` so a screen
/// reader pronounces it right; the current one is `aria-pressed`.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let buttons = Lang::ALL.iter().map(|&lang| {
        let pressed = lang == props.current;
        let onclick = props.on_change.reform(move |_: MouseEvent| lang);
        let class = classes!(
            "utrecht-button",
            "utrecht-button--subtle",
            "rl-lang-switch__button",
            pressed.then_some("rl-lang-switch__button--current"),
        );
        html! {
            <li key={lang.code()}>
                <button type="button" {class} lang={lang.code()} aria-pressed={pressed.to_string()}
                    data-lang={lang.code()} {onclick}>
                    { lang.endonym() }
                </button>
            </li>
        }
    });
    html! {
        <nav class="rl-lang-switch" aria-label={props.current.tr(Msg::LanguageNav)}>
            <ul class="rl-lang-switch__list">{ for buttons }</ul>
        </nav>
    }
}
