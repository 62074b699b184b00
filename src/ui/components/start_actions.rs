use yew::prelude::*;

use crate::editor::Document;
use crate::i18n::{EditorText, Msg};
use crate::model::ReasoningLine;
use crate::samples::SAMPLES;
use crate::ui::hooks::{open_sample, use_lang};
use crate::ui::state::{AppAction, AppState};

#[derive(Properties, PartialEq)]
pub struct StartActionsProps {
    pub dispatcher: UseReducerDispatcher<AppState>,
    pub on_open_file: Callback<()>,
}

/// The ways to start: a new line, a file from disk, or one of the shipped examples.
#[component]
pub fn StartActions(props: &StartActionsProps) -> Html {
    let lang = use_lang();
    let show_examples = use_state(|| false);
    let on_new = {
        let dispatcher = props.dispatcher.clone();
        Callback::from(move |_: MouseEvent| {
            let document = Document {
                line: ReasoningLine::new(lang.tr(EditorText::Untitled)),
                layout: Default::default(),
            };
            dispatcher.dispatch(AppAction::Open {
                document,
                catalog: None,
                file_name: "redeneerlijn.json".into(),
            });
        })
    };
    let on_open = props.on_open_file.reform(|_: MouseEvent| ());
    let on_examples = {
        let show = show_examples.clone();
        Callback::from(move |_: MouseEvent| show.set(!*show))
    };
    let examples = SAMPLES.iter().map(|sample| {
        let dispatcher = props.dispatcher.clone();
        let sample = *sample;
        let onclick = Callback::from(move |_: MouseEvent| open_sample(sample, dispatcher.clone()));
        html! {
            <li key={sample.key} class="rl-start__example">
                <button type="button" class="utrecht-button utrecht-button--primary-action" data-sample={sample.key} {onclick}>
                    { sample.title(lang) }
                </button>
                <p class="utrecht-paragraph utrecht-paragraph--small rl-start__reason">{ sample.summary(lang) }</p>
            </li>
        }
    });
    html! {
        <section class="rl-start" aria-labelledby="rl-start-title">
            <h2 id="rl-start-title" class="utrecht-heading-2">{ lang.tr(Msg::StartTitle) }</h2>
            <ul class="rl-start__list">
                <li class="rl-start__item">
                    <button type="button" class="utrecht-button utrecht-button--primary-action" data-action="new" onclick={on_new}>
                        { lang.tr(Msg::StartNew) }
                    </button>
                    <p class="rl-start__reason utrecht-paragraph utrecht-paragraph--small">{ lang.tr(Msg::StartNewHelp) }</p>
                </li>
                <li class="rl-start__item">
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="open" onclick={on_open}>
                        { lang.tr(Msg::StartOpen) }
                    </button>
                    <p class="rl-start__reason utrecht-paragraph utrecht-paragraph--small">{ lang.tr(Msg::StartOpenHelp) }</p>
                </li>
                <li class="rl-start__item">
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="example"
                        aria-expanded={show_examples.to_string()} aria-controls="rl-start-examples" onclick={on_examples}>
                        { lang.tr(Msg::StartExample) }
                    </button>
                    <p class="rl-start__reason utrecht-paragraph utrecht-paragraph--small">{ lang.tr(Msg::StartExampleHelp) }</p>
                </li>
            </ul>
            if *show_examples {
                <section id="rl-start-examples" class="rl-start__examples" aria-label={lang.tr(EditorText::ExamplesTitle)}>
                    <ul class="rl-start__list">{ for examples }</ul>
                </section>
            }
        </section>
    }
}
