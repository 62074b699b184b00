//! Workshop mode: prepare questions from the reasoning line, gather answers (in turns on this
//! device, or from participants' answers files), present question by question with the reveal,
//! and end with a summary to print or export.

mod answers_step;
mod participant;
mod presentation;
mod question_form;
mod questions_step;
mod reveal;
mod summary_step;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{Lang, WorkshopUiText};
use crate::io::csv::slug;
use crate::io::{export_workshop, import_workshop};
use crate::samples::{example_url, SAMPLE_WORKSHOP_FILE};
use crate::ui::download::download;
use crate::ui::fetch::fetch_own_file;
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Notice};
use crate::workshop::{Workshop, WorkshopCommand, WorkshopId, WorkshopSession};

use answers_step::AnswersStep;
use presentation::PresentStep;
use questions_step::QuestionsStep;
use summary_step::SummaryStep;

#[derive(Properties, PartialEq)]
pub struct WorkshopViewProps {
    pub session: Session,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Questions,
    Answers,
    Present,
    Summary,
}

impl Step {
    const ALL: [Step; 4] = [Step::Questions, Step::Answers, Step::Present, Step::Summary];

    fn key(self) -> &'static str {
        match self {
            Step::Questions => "questions",
            Step::Answers => "answers",
            Step::Present => "present",
            Step::Summary => "summary",
        }
    }

    fn label(self) -> WorkshopUiText {
        match self {
            Step::Questions => WorkshopUiText::StepQuestions,
            Step::Answers => WorkshopUiText::StepAnswers,
            Step::Present => WorkshopUiText::StepPresent,
            Step::Summary => WorkshopUiText::StepSummary,
        }
    }
}

/// The workshop of the open reasoning line: how to start one, or its four steps.
#[component]
pub fn WorkshopView(props: &WorkshopViewProps) -> Html {
    let lang = use_lang();
    let step = use_state(|| Step::Questions);
    let session = &props.session;
    {
        // Another workshop (new, opened, the example) starts at its questions.
        let step = step.clone();
        let id = session
            .state
            .workshop
            .as_ref()
            .map(|w| w.workshop.id.0.clone());
        use_effect_with(id, move |_| step.set(Step::Questions));
    }
    let Some(workshop) = session.state.workshop.clone() else {
        return start(session, lang);
    };
    if workshop.workshop.for_participants {
        return participant_only(session, &workshop, lang);
    }
    let steps = Step::ALL.iter().map(|&choice| {
        let current = *step == choice;
        let onclick = {
            let step = step.clone();
            Callback::from(move |_: MouseEvent| step.set(choice))
        };
        html! {
            <button type="button" key={choice.key()} data-step={choice.key()} aria-pressed={current.to_string()}
                class={classes!("utrecht-button", "utrecht-button--subtle", current.then_some("rl-view-switch__current"))} {onclick}>
                { lang.tr(choice.label()) }
            </button>
        }
    });
    let body = match *step {
        Step::Questions => {
            html! { <QuestionsStep session={session.clone()} workshop={workshop.clone()} /> }
        }
        Step::Answers => {
            html! { <AnswersStep session={session.clone()} workshop={workshop.clone()} /> }
        }
        Step::Present => {
            html! { <PresentStep session={session.clone()} workshop={workshop.clone()} /> }
        }
        Step::Summary => {
            html! { <SummaryStep session={session.clone()} workshop={workshop.clone()} /> }
        }
    };
    html! {
        <section class="rl-workshop" data-testid="workshop" aria-labelledby="rl-workshop-title">
            <div class="rl-workshop__head">
                <h2 id="rl-workshop-title" class="utrecht-heading-2">{ lang.tr(WorkshopUiText::View) }</h2>
                { title_field(session, &workshop, lang) }
                <div class="rl-workshop__files">
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="workshop-save"
                        onclick={save(session, &workshop, false, lang)}>{ lang.tr(WorkshopUiText::Save) }</button>
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-action="workshop-save-participants"
                        onclick={save(session, &workshop, true, lang)}>{ lang.tr(WorkshopUiText::SaveForParticipants) }</button>
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-action="workshop-close"
                        onclick={session.callback(|_: MouseEvent| AppAction::CloseWorkshop)}>{ lang.tr(WorkshopUiText::Close) }</button>
                </div>
            </div>
            <div class="rl-view-switch rl-workshop__steps" role="group" aria-label={lang.tr(WorkshopUiText::Steps)}>
                { for steps }
            </div>
            { body }
        </section>
    }
}

/// A participants' copy on a participant's own device: only the answering, ending in a file for
/// the trainer.
fn participant_only(session: &Session, workshop: &Rc<WorkshopSession>, lang: Lang) -> Html {
    html! {
        <section class="rl-workshop" data-testid="workshop" aria-labelledby="rl-workshop-title">
            <h2 id="rl-workshop-title" class="utrecht-heading-2">{ &workshop.workshop.title }</h2>
            <p class="utrecht-paragraph">{ lang.tr(WorkshopUiText::OwnDeviceIntro) }</p>
            <participant::Participant session={session.clone()} workshop={workshop.clone()}
                own_device=true on_stop={Callback::noop()} />
            <div class="rl-workshop__tools">
                <button type="button" class="utrecht-button utrecht-button--subtle" data-action="workshop-close"
                    onclick={session.callback(|_: MouseEvent| AppAction::CloseWorkshop)}>{ lang.tr(WorkshopUiText::Close) }</button>
            </div>
        </section>
    }
}

/// No workshop yet: what a workshop is, and how to make or open one.
fn start(session: &Session, lang: Lang) -> Html {
    let line = session.state.editor.line().clone();
    let onclick = session.callback(move |_: MouseEvent| {
        let stem = match slug(&line.title) {
            stem if stem.is_empty() => "workshop".to_owned(),
            stem => stem,
        };
        // Distinguishes two workshops on the same line, so answers never land in the wrong one.
        let id = format!("{stem}-{}", js_sys::Date::now() as u64);
        let title = format!("Workshop: {}", line.title);
        let workshop = Workshop::new(WorkshopId(id), title);
        let file_name = format!("workshop-{stem}.json");
        AppAction::StartWorkshop(Box::new(WorkshopSession::new(workshop, file_name)))
    });
    html! {
        <section class="rl-workshop" data-testid="workshop" aria-labelledby="rl-workshop-title">
            <h2 id="rl-workshop-title" class="utrecht-heading-2">{ lang.tr(WorkshopUiText::View) }</h2>
            <p class="utrecht-paragraph">{ lang.tr(WorkshopUiText::Intro) }</p>
            <div class="rl-workshop__tools">
                <button type="button" class="utrecht-button utrecht-button--primary-action" data-action="workshop-new" {onclick}>
                    { lang.tr(WorkshopUiText::New) }
                </button>
                <button type="button" class="utrecht-button utrecht-button--subtle" data-action="workshop-example"
                    onclick={open_example(session)}>
                    { lang.tr(WorkshopUiText::Example) }
                </button>
                if let Some(closed) = &session.state.closed_workshop {
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-action="workshop-reopen"
                        onclick={session.callback(|_: MouseEvent| AppAction::ReopenWorkshop)}>
                        { format!("{}: {}", lang.tr(WorkshopUiText::Reopen), closed.workshop.title) }
                    </button>
                }
            </div>
            <p class="utrecht-paragraph">{ lang.tr(WorkshopUiText::OpenHint) }</p>
        </section>
    }
}

/// Fetches the example workshop from the app's own files and opens it.
fn open_example(session: &Session) -> Callback<MouseEvent> {
    let dispatcher = session.state.dispatcher();
    Callback::from(move |_: MouseEvent| {
        let dispatcher = dispatcher.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let file = SAMPLE_WORKSHOP_FILE.to_owned();
            let action = match fetch_own_file(&example_url(&file)).await {
                Err(_) => AppAction::Notify(Notice::Unreadable { file }),
                Ok(bytes) => match import_workshop(&bytes) {
                    Ok(loaded) => AppAction::StartWorkshop(Box::new(WorkshopSession::new(
                        loaded.workshop,
                        file,
                    ))),
                    Err(error) => AppAction::Notify(Notice::LoadFailed { file, error }),
                },
            };
            dispatcher.dispatch(action);
        });
    })
}

fn title_field(session: &Session, workshop: &WorkshopSession, lang: Lang) -> Html {
    let onchange = session.callback(|event: Event| {
        let title = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default();
        AppAction::Workshop(WorkshopCommand::SetTitle(title))
    });
    html! {
        <div class="rl-field rl-workshop__title">
            <label class="rl-field__label" for="rl-workshop-title-input">{ lang.tr(WorkshopUiText::Title) }</label>
            <input id="rl-workshop-title-input" class="rl-field__input" type="text"
                value={workshop.workshop.title.clone()} {onchange} />
        </div>
    }
}

/// Downloads the workshop, or the copy for participants' own devices (nothing revealed in it).
fn save(
    session: &Session,
    workshop: &Rc<WorkshopSession>,
    for_participants: bool,
    lang: Lang,
) -> Callback<MouseEvent> {
    let session = session.clone();
    let workshop = workshop.clone();
    Callback::from(move |_: MouseEvent| {
        let (content, name) = if for_participants {
            let name = format!("deelnemers-{}", workshop.file_name);
            (workshop.workshop.participant_copy(), name)
        } else {
            (workshop.workshop.clone(), workshop.file_name.clone())
        };
        let result = export_workshop(&content)
            .map_err(|error| error.messages(lang).join("\n"))
            .and_then(|text| download(&name, &text, "application/json"));
        if let Err(detail) = result {
            session.dispatch(AppAction::Notify(Notice::SaveFailed(detail)));
        }
    })
}
