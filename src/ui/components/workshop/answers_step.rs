use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::participant::Participant;
use crate::i18n::{WorkshopText, WorkshopUiText};
use crate::ui::files::{read_files, take_chosen_files};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Notice};
use crate::workshop::{merge_answer_files, WorkshopCommand, WorkshopSession};

#[derive(Properties, PartialEq)]
pub struct AnswersStepProps {
    pub session: Session,
    pub workshop: Rc<WorkshopSession>,
}

/// Step 2: who has answered (anonymous unless they gave a name), answers files to load, and
/// answering on this device.
#[component]
pub fn AnswersStep(props: &AnswersStepProps) -> Html {
    let lang = use_lang();
    let answering = use_state(|| false);
    let file_input = use_node_ref();
    let session = &props.session;
    let workshop = &props.workshop;
    if *answering {
        let on_stop = {
            let answering = answering.clone();
            Callback::from(move |()| answering.set(false))
        };
        return html! { <Participant session={session.clone()} workshop={workshop.clone()} {on_stop} /> };
    }
    let total = workshop.workshop.questions().len();
    let rows = workshop.answers.iter().enumerate().map(|(at, answers)| {
        let id = answers.participant.clone();
        let name = answers.name.clone().unwrap_or_else(|| {
            format!("{} {}", lang.tr(WorkshopText::Anonymous), at + 1)
        });
        let remove = session.callback({
            let id = id.clone();
            move |_: MouseEvent| AppAction::Workshop(WorkshopCommand::RemoveParticipant(id.clone()))
        });
        html! {
            <tr key={id.0.clone()} data-participant={id.0.clone()}>
                <th scope="row">{ name.clone() }</th>
                <td>{ format!("{} / {total} {}", answers.answers.len(), lang.tr(WorkshopUiText::Answered)) }</td>
                <td>
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-action="participant-remove"
                        aria-label={format!("{}: {name}", lang.tr(WorkshopUiText::Remove))} onclick={remove}>
                        { lang.tr(WorkshopUiText::Remove) }
                    </button>
                </td>
            </tr>
        }
    });
    let choose = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_files = load_files(session, workshop);
    let answer_here = {
        let answering = answering.clone();
        Callback::from(move |_: MouseEvent| answering.set(true))
    };
    html! {
        <div class="rl-workshop__step" data-testid="workshop-answers">
            <h3 class="utrecht-heading-3">{ format!("{} ({})", lang.tr(WorkshopUiText::Participants), workshop.answers.len()) }</h3>
            if workshop.answers.is_empty() {
                <p class="utrecht-paragraph">{ lang.tr(WorkshopUiText::NoParticipants) }</p>
            } else {
                <table class="rl-workshop__participants">
                    <tbody>{ for rows }</tbody>
                </table>
            }
            <p class="utrecht-paragraph">{ lang.tr(WorkshopUiText::AnswerHint) }</p>
            <div class="rl-workshop__tools">
                <button type="button" class="utrecht-button utrecht-button--primary-action" data-action="answer-here"
                    disabled={total == 0} onclick={answer_here}>{ lang.tr(WorkshopUiText::AnswerHere) }</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="answers-load"
                    onclick={choose}>{ lang.tr(WorkshopUiText::LoadAnswers) }</button>
            </div>
            <input ref={file_input} type="file" accept=".json,application/json" multiple=true class="rl-visually-hidden"
                tabindex="-1" aria-hidden="true" data-testid="answers-input" onchange={on_files} />
        </div>
    }
}

/// Reads every chosen answers file in the page and merges them into the workshop; the notice
/// says how many counted and why any did not.
fn load_files(session: &Session, workshop: &Rc<WorkshopSession>) -> Callback<Event> {
    let session = session.clone();
    let workshop = workshop.clone();
    Callback::from(move |event: Event| {
        let files = take_chosen_files(&event);
        let (session, workshop) = (session.clone(), workshop.clone());
        wasm_bindgen_futures::spawn_local(async move {
            // An unreadable file reads as empty and is refused with a message.
            let read: Vec<(String, Vec<u8>)> = read_files(files)
                .await
                .into_iter()
                .map(|(name, bytes)| (name, bytes.unwrap_or_default()))
                .collect();
            let before = workshop.answers.len();
            let merged = merge_answer_files(&workshop.workshop, &workshop.answers, &read);
            let counted = merged.answers.len().saturating_sub(before);
            session.dispatch(AppAction::Batch(vec![
                AppAction::Workshop(WorkshopCommand::TakeMerged(merged.answers)),
                AppAction::Notify(Notice::AnswersLoaded {
                    counted,
                    notes: merged.notes,
                }),
            ]));
        });
    })
}
