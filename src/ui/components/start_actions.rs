use yew::prelude::*;

use crate::i18n::Msg;
use crate::ui::hooks::use_lang;

/// One way to start working. `unavailable` holds the reason shown while the action cannot be used.
struct StartAction {
    key: &'static str,
    label: Msg,
    unavailable: Option<Msg>,
}

const START_ACTIONS: [StartAction; 3] = [
    StartAction {
        key: "new",
        label: Msg::StartNew,
        unavailable: Some(Msg::StartNewUnavailable),
    },
    StartAction {
        key: "open",
        label: Msg::StartOpen,
        unavailable: Some(Msg::StartOpenUnavailable),
    },
    StartAction {
        key: "example",
        label: Msg::StartExample,
        unavailable: Some(Msg::StartExampleUnavailable),
    },
];

/// The start actions. A disabled action says why next to it (and to screen readers through
/// `aria-describedby`), so no button is silently dead.
#[component]
pub fn StartActions() -> Html {
    let lang = use_lang();
    let items = START_ACTIONS.iter().map(|action| {
        let reason_id = format!("rl-start-{}-reason", action.key);
        let disabled = action.unavailable.is_some();
        let class = classes!(
            "utrecht-button",
            "utrecht-button--secondary-action",
            disabled.then_some("utrecht-button--disabled"),
        );
        html! {
            <li key={action.key} class="rl-start__item">
                <button type="button" {class} {disabled} data-action={action.key}
                    aria-describedby={action.unavailable.map(|_| reason_id.clone())}>
                    { lang.tr(action.label) }
                </button>
                if let Some(reason) = action.unavailable {
                    <p id={reason_id} class="rl-start__reason utrecht-paragraph utrecht-paragraph--small">
                        { lang.tr(reason) }
                    </p>
                }
            </li>
        }
    });
    html! {
        <section class="rl-start" aria-labelledby="rl-start-title">
            <h2 id="rl-start-title" class="utrecht-heading-2">{ lang.tr(Msg::StartTitle) }</h2>
            <ul class="rl-start__list">{ for items }</ul>
        </section>
    }
}
