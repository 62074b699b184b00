use yew::prelude::*;

use crate::i18n::Msg;
use crate::ui::hooks::use_lang;

/// The three kinds of parts of a reasoning line, with the colour each has on the canvas.
#[component]
pub fn NodeKinds() -> Html {
    let lang = use_lang();
    let kinds = [
        ("goal", Msg::KindGoal, Msg::KindGoalHelp),
        ("outcome", Msg::KindOutcome, Msg::KindOutcomeHelp),
        (
            "intervention",
            Msg::KindIntervention,
            Msg::KindInterventionHelp,
        ),
    ];
    let items = kinds.iter().map(|&(key, name, help)| {
        html! {
            <li key={key} class="rl-kinds__item">
                <span class={classes!("rl-kinds__swatch", format!("rl-kinds__swatch--{key}"))}
                    aria-hidden="true"></span>
                <span><strong>{ lang.tr(name) }</strong>{ ": " }{ lang.tr(help) }</span>
            </li>
        }
    });
    html! {
        <section class="rl-kinds" aria-labelledby="rl-kinds-title">
            <h2 id="rl-kinds-title" class="utrecht-heading-2">{ lang.tr(Msg::KindsTitle) }</h2>
            <ul class="rl-kinds__list">{ for items }</ul>
        </section>
    }
}
