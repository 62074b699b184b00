use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::reveal::{assumption_reveal, estimate_reveal};
use super::summary_step::summary_content;
use crate::i18n::{Lang, WorkshopUiText};
use crate::ui::components::form_fields::focus;
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::workshop::{summary, QuestionBody, Summary, WorkshopSession};

#[derive(Properties, PartialEq)]
pub struct PresentStepProps {
    pub session: Session,
    pub workshop: Rc<WorkshopSession>,
}

/// Step 3: how the presentation works, and the button that starts it.
#[component]
pub fn PresentStep(props: &PresentStepProps) -> Html {
    let lang = use_lang();
    let presenting = use_state(|| false);
    if *presenting {
        let on_exit = {
            let presenting = presenting.clone();
            Callback::from(move |()| {
                presenting.set(false);
                focus("rl-present-start");
            })
        };
        return html! { <Presentation session={props.session.clone()} workshop={props.workshop.clone()} {on_exit} /> };
    }
    let start = {
        let presenting = presenting.clone();
        Callback::from(move |_: MouseEvent| presenting.set(true))
    };
    html! {
        <div class="rl-workshop__step" data-testid="workshop-present">
            <p class="utrecht-paragraph">{ lang.tr(WorkshopUiText::PresentHint) }</p>
            <button id="rl-present-start" type="button" class="utrecht-button utrecht-button--primary-action"
                data-action="present-start" disabled={props.workshop.workshop.questions().is_empty()} onclick={start}>
                { lang.tr(WorkshopUiText::PresentStart) }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PresentationProps {
    session: Session,
    workshop: Rc<WorkshopSession>,
    on_exit: Callback<()>,
}

/// What one slide shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slide {
    /// The question at this position, before (`false`) or after (`true`) its reveal.
    Question(usize, bool),
    Summary,
}

/// The slides in order: each question, then its reveal; the summary last.
fn slides(workshop: &WorkshopSession) -> Vec<Slide> {
    let count = workshop.workshop.questions().len();
    (0..count)
        .flat_map(|at| [Slide::Question(at, false), Slide::Question(at, true)])
        .chain(std::iter::once(Slide::Summary))
        .collect()
}

/// Full screen, large type, one question at a time. Arrow keys, space, Page Up/Down, Home and
/// End move through the slides; Escape (or leaving full screen) stops.
#[component]
fn Presentation(props: &PresentationProps) -> Html {
    let lang = use_lang();
    let at = use_state(|| 0usize);
    let root = use_node_ref();
    let slides = slides(&props.workshop);
    let last = slides.len().saturating_sub(1);
    let summary: Rc<Summary> = {
        let workshop = props.workshop.clone();
        use_memo(props.session.state.workshop_revision, move |_| {
            summary(&workshop.workshop, &workshop.answers)
        })
    };
    {
        let (root, on_exit) = (root.clone(), props.on_exit.clone());
        use_effect_with((), move |_| enter_full_screen(&root, on_exit));
    }
    {
        let (at, on_exit) = (at.clone(), props.on_exit.clone());
        use_effect_with(last, move |&last| {
            let document = gloo::utils::document();
            // Not passive: the keys must not also scroll the page.
            let options = EventListenerOptions::enable_prevent_default();
            let listener =
                EventListener::new_with_options(&document, "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    // Space and Enter on a focused button press that button; it moves the slides itself.
                    let on_button = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|e| e.tag_name() == "BUTTON");
                    let key = event.key();
                    if on_button && (key == " " || key == "Enter") {
                        return;
                    }
                    let next = match key.as_str() {
                        "ArrowRight" | "ArrowDown" | " " | "PageDown" => (*at + 1).min(last),
                        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => at.saturating_sub(1),
                        "Home" => 0,
                        "End" => last,
                        "Escape" => {
                            on_exit.emit(());
                            return;
                        }
                        _ => return,
                    };
                    event.prevent_default();
                    at.set(next);
                });
            move || drop(listener)
        });
    }
    let slide = slides.get(*at).copied().unwrap_or(Slide::Summary);
    let step = |to: usize| {
        let at = at.clone();
        Callback::from(move |_: MouseEvent| at.set(to))
    };
    let next_label = match slide {
        Slide::Question(_, false) => WorkshopUiText::Reveal,
        _ => WorkshopUiText::Next,
    };
    html! {
        <div ref={root} class="rl-presentation" data-testid="presentation" tabindex="-1" role="region"
            aria-label={lang.tr(WorkshopUiText::StepPresent)} aria-roledescription={lang.tr(WorkshopUiText::Slide)}>
            <div class="rl-presentation__slide" aria-live="polite">
                { slide_content(slide, &props.workshop, &summary, &props.session, lang) }
            </div>
            <div class="rl-presentation__controls">
                <span class="rl-presentation__position">{ format!("{} / {}", *at + 1, slides.len()) }</span>
                <button type="button" class="utrecht-button utrecht-button--subtle" data-action="slide-previous"
                    disabled={*at == 0} onclick={step(at.saturating_sub(1))}>{ lang.tr(WorkshopUiText::Previous) }</button>
                <button type="button" class="utrecht-button utrecht-button--primary-action" data-action="slide-next"
                    disabled={*at >= last} onclick={step((*at + 1).min(last))}>{ lang.tr(next_label) }</button>
                <button type="button" class="utrecht-button utrecht-button--subtle" data-action="present-exit"
                    onclick={props.on_exit.reform(|_: MouseEvent| ())}>{ lang.tr(WorkshopUiText::Exit) }</button>
            </div>
        </div>
    }
}

fn slide_content(
    slide: Slide,
    workshop: &WorkshopSession,
    summary: &Summary,
    session: &Session,
    lang: Lang,
) -> Html {
    let catalog = &session.state.catalog.catalog;
    let catalog = (!catalog.is_empty()).then_some(catalog);
    let Slide::Question(at, revealed) = slide else {
        return summary_content(summary, lang);
    };
    let questions = workshop.workshop.questions();
    let Some(question) = questions.get(at) else {
        return Html::default();
    };
    let count = format!(
        "{} {} {} {}",
        lang.tr(WorkshopUiText::QuestionOf),
        at + 1,
        lang.tr(WorkshopUiText::Of),
        questions.len()
    );
    let reveal = if !revealed {
        match &question.body {
            QuestionBody::Assumption(link) => {
                html! { <p class="rl-presentation__link">{ format!("{} → {}", link.from, link.to) }</p> }
            }
            QuestionBody::Estimate(_) => Html::default(),
        }
    } else {
        let estimate = summary.estimates.iter().find(|l| l.question == question.id);
        let assumption = summary
            .assumptions
            .iter()
            .find(|l| l.question == question.id);
        match (estimate, assumption) {
            (Some(line), _) => estimate_reveal(line, catalog, lang),
            (_, Some(line)) => assumption_reveal(line, lang),
            _ => Html::default(),
        }
    };
    html! {
        <>
            <p class="rl-presentation__count">{ count }</p>
            <h2 class={classes!("rl-presentation__question", revealed.then_some("rl-presentation__question--small"))}>
                { &question.text }
            </h2>
            { reveal }
        </>
    }
}

/// Asks the browser for full screen on the presentation (a browser may refuse: it then fills the
/// window), focuses it for the keys, and stops when the user leaves full screen.
fn enter_full_screen(root: &NodeRef, on_exit: Callback<()>) -> impl FnOnce() {
    let document = gloo::utils::document();
    if let Some(element) = root.cast::<web_sys::HtmlElement>() {
        let _ = element.request_fullscreen();
        let _ = element.focus();
    }
    let listener = EventListener::new(&document, "fullscreenchange", move |_| {
        if gloo::utils::document().fullscreen_element().is_none() {
            on_exit.emit(());
        }
    });
    move || {
        drop(listener);
        let document = gloo::utils::document();
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
}
