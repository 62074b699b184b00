use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{Lang, WorkshopUiText};
use crate::io::csv::slug;
use crate::io::export_answers;
use crate::ui::components::form_fields::focus;
use crate::ui::components::panel::parse_number;
use crate::ui::download::download;
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Notice};
use crate::workshop::{
    confidence_label, Answer, Answers, Confidence, ParticipantId, QuestionBody, WorkshopCommand,
    WorkshopSession,
};

#[derive(Properties, PartialEq)]
pub struct ParticipantProps {
    pub session: Session,
    pub workshop: Rc<WorkshopSession>,
    pub on_stop: Callback<()>,
    /// A participant's own device: the answers go into a file only, and there is nothing to stop
    /// back to.
    #[prop_or_default]
    pub own_device: bool,
}

/// Where the participant is.
#[derive(Clone, PartialEq)]
enum Stage {
    /// Choosing a name (or none).
    Start,
    /// At the question with this position.
    Question(usize),
    Done,
}

/// One participant answers, question by question: an estimate as a number, or how sure they are
/// of a link (1 to 5). Nothing of the real values is shown. At the end the answers go into this
/// workshop (a shared device) or into a file (the participant's own device).
#[component]
pub fn Participant(props: &ParticipantProps) -> Html {
    let lang = use_lang();
    let stage = use_state(|| Stage::Start);
    let sheet = use_state(|| Answers::new(&props.workshop.workshop, new_participant()));
    let typed = use_state(String::new);
    let error = use_state(|| false);
    {
        let stage = (*stage).clone();
        use_effect_with(stage, |stage| match stage {
            Stage::Start => focus("rl-participant-name"),
            Stage::Question(_) => focus("rl-participant-answer"),
            Stage::Done => focus("rl-participant-done"),
        });
    }
    let questions = props.workshop.workshop.questions();
    let body = match &*stage {
        Stage::Start => {
            let oninput = {
                let sheet = sheet.clone();
                Callback::from(move |event: InputEvent| {
                    let name = event
                        .target_dyn_into::<HtmlInputElement>()
                        .map(|input| input.value())
                        .unwrap_or_default();
                    let mut next = (*sheet).clone();
                    next.name = Some(name.trim().to_owned()).filter(|n| !n.is_empty());
                    sheet.set(next);
                })
            };
            let begin = go_to(lang, props, &stage, &typed, &sheet, questions_at(props, 0));
            html! {
                <form class="rl-participant__start" onsubmit={begin.reform(|e: SubmitEvent| e.prevent_default())}>
                    <div class="rl-field">
                        <label class="rl-field__label" for="rl-participant-name">{ lang.tr(WorkshopUiText::Name) }</label>
                        <input id="rl-participant-name" class="rl-field__input" type="text" autocomplete="off" {oninput}
                            value={sheet.name.clone().unwrap_or_default()} />
                    </div>
                    <button type="submit" class="utrecht-button utrecht-button--primary-action" data-action="participant-start">
                        { lang.tr(WorkshopUiText::Start) }
                    </button>
                </form>
            }
        }
        Stage::Question(at) => {
            let at = *at;
            let Some(question) = questions.get(at) else {
                return Html::default();
            };
            // Store what was typed before moving on; a number that does not read stops here.
            let commit = |target: Stage| {
                let (stage, sheet, typed, error) =
                    (stage.clone(), sheet.clone(), typed.clone(), error.clone());
                let (id, is_estimate) = (
                    question.id,
                    matches!(question.body, QuestionBody::Estimate(_)),
                );
                let workshop = props.workshop.clone();
                Callback::from(move |()| {
                    let mut next = (*sheet).clone();
                    if is_estimate {
                        match parse_number(&typed) {
                            Some(Some(value)) => {
                                next.answers.insert(id, Answer::Estimate(value));
                            }
                            Some(None) => {
                                next.answers.remove(&id);
                            }
                            None => {
                                error.set(true);
                                focus("rl-participant-answer");
                                return;
                            }
                        }
                    }
                    error.set(false);
                    typed.set(prefill(&next, &workshop, &target, lang));
                    sheet.set(next);
                    stage.set(target.clone());
                })
            };
            let next_stage = if at + 1 < questions.len() {
                Stage::Question(at + 1)
            } else {
                Stage::Done
            };
            let forward = commit(next_stage);
            let back = commit(if at == 0 {
                Stage::Start
            } else {
                Stage::Question(at - 1)
            });
            let field = match &question.body {
                QuestionBody::Estimate(estimate) => {
                    estimate_field(&typed, *error, &estimate.unit, lang)
                }
                QuestionBody::Assumption(_) => confidence_field(&sheet, question.id, lang),
            };
            html! {
                <form class="rl-participant__question" data-testid="participant-question" data-question={question.id.to_string()}
                    onsubmit={forward.reform(|e: SubmitEvent| e.prevent_default())}>
                    <p class="rl-participant__count">
                        { format!("{} {} {} {}", lang.tr(WorkshopUiText::QuestionOf), at + 1, lang.tr(WorkshopUiText::Of), questions.len()) }
                    </p>
                    <h3 class="rl-participant__text" id="rl-participant-text">{ &question.text }</h3>
                    { field }
                    <div class="rl-workshop__tools">
                        <button type="button" class="utrecht-button utrecht-button--subtle" data-action="participant-previous"
                            onclick={back.reform(|_: MouseEvent| ())}>{ lang.tr(WorkshopUiText::Previous) }</button>
                        <button type="submit" class="utrecht-button utrecht-button--primary-action" data-action="participant-next">
                            { lang.tr(if at + 1 < questions.len() { WorkshopUiText::Next } else { WorkshopUiText::Done }) }
                        </button>
                    </div>
                </form>
            }
        }
        Stage::Done => done(props, &sheet, &stage, lang),
    };
    html! {
        <section class="rl-participant" data-testid="participant" aria-labelledby="rl-participant-title">
            <h3 id="rl-participant-title" class="utrecht-heading-3">{ lang.tr(WorkshopUiText::AnswerHere) }</h3>
            { body }
            if !props.own_device {
                <button type="button" class="utrecht-button utrecht-button--subtle" data-action="participant-stop"
                    onclick={props.on_stop.reform(|_: MouseEvent| ())}>{ lang.tr(WorkshopUiText::StopAnswering) }</button>
            }
        </section>
    }
}

fn questions_at(props: &ParticipantProps, at: usize) -> Stage {
    if props.workshop.workshop.questions().get(at).is_some() {
        Stage::Question(at)
    } else {
        Stage::Done
    }
}

/// Moves to `target` with the estimate field showing the answer given there before, if any.
fn go_to(
    lang: Lang,
    props: &ParticipantProps,
    stage: &UseStateHandle<Stage>,
    typed: &UseStateHandle<String>,
    sheet: &UseStateHandle<Answers>,
    target: Stage,
) -> Callback<()> {
    let (stage, typed, sheet) = (stage.clone(), typed.clone(), sheet.clone());
    let workshop = props.workshop.clone();
    Callback::from(move |()| {
        typed.set(prefill(&sheet, &workshop, &target, lang));
        stage.set(target.clone());
    })
}

/// What the estimate field shows when arriving at `target`: the earlier answer, if any.
fn prefill(sheet: &Answers, workshop: &WorkshopSession, target: &Stage, lang: Lang) -> String {
    let Stage::Question(at) = target else {
        return String::new();
    };
    let Some(question) = workshop.workshop.questions().get(*at) else {
        return String::new();
    };
    match sheet.answers.get(&question.id) {
        Some(Answer::Estimate(value)) => crate::workshop::show_number(*value, lang),
        _ => String::new(),
    }
}

fn estimate_field(typed: &UseStateHandle<String>, error: bool, unit: &str, lang: Lang) -> Html {
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            let text = event
                .target_dyn_into::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            typed.set(text);
        })
    };
    html! {
        <div class="rl-field rl-participant__field">
            <label class="rl-field__label" for="rl-participant-answer">
                { format!("{} ({unit})", lang.tr(WorkshopUiText::YourEstimate)) }
            </label>
            <input id="rl-participant-answer" class="rl-field__input" type="text" inputmode="decimal" autocomplete="off"
                value={(**typed).clone()} {oninput} aria-invalid={error.then_some("true")}
                aria-describedby={error.then_some("rl-participant-answer-error")} />
            if error {
                <p id="rl-participant-answer-error" class="rl-field__error">{ lang.tr(WorkshopUiText::NotANumber) }</p>
            }
        </div>
    }
}

fn confidence_field(
    sheet: &UseStateHandle<Answers>,
    question: crate::workshop::QuestionId,
    lang: Lang,
) -> Html {
    let chosen = match sheet.answers.get(&question) {
        Some(Answer::Confidence(level)) => Some(*level),
        _ => None,
    };
    let options = Confidence::all().map(|level| {
        let onchange = {
            let sheet = sheet.clone();
            Callback::from(move |_: Event| {
                let mut next = (*sheet).clone();
                next.answers.insert(question, Answer::Confidence(level));
                sheet.set(next);
            })
        };
        let id = if level.level() == 1 {
            "rl-participant-answer".to_owned()
        } else {
            format!("rl-participant-level-{}", level.level())
        };
        html! {
            <li key={level.level()}>
                <input type="radio" name="rl-confidence" id={id.clone()} value={level.level().to_string()}
                    checked={chosen == Some(level)} {onchange} />
                <label for={id}>{ format!("{} – {}", level.level(), confidence_label(level, lang)) }</label>
            </li>
        }
    });
    html! {
        <fieldset class="rl-participant__confidence">
            <legend>{ lang.tr(WorkshopUiText::HowSure) }</legend>
            <ul>{ for options }</ul>
        </fieldset>
    }
}

/// The end: add the answers here, or save them as a file; then the next participant.
fn done(
    props: &ParticipantProps,
    sheet: &UseStateHandle<Answers>,
    stage: &UseStateHandle<Stage>,
    lang: Lang,
) -> Html {
    let record = {
        let (session, sheet, stage) = (props.session.clone(), sheet.clone(), stage.clone());
        let workshop = props.workshop.clone();
        Callback::from(move |_: MouseEvent| {
            session.dispatch(AppAction::Workshop(WorkshopCommand::RecordAnswers(
                (*sheet).clone(),
            )));
            sheet.set(Answers::new(&workshop.workshop, new_participant()));
            stage.set(Stage::Start);
        })
    };
    let save = {
        let (session, sheet) = (props.session.clone(), sheet.clone());
        Callback::from(move |_: MouseEvent| {
            let who = sheet.name.as_deref().map(slug).unwrap_or_default();
            let name = match who.as_str() {
                "" => format!("antwoorden-{}.json", sheet.participant.0),
                who => format!("antwoorden-{who}-{}.json", sheet.participant.0),
            };
            let result = export_answers(&sheet)
                .map_err(|error| error.messages(lang).join("\n"))
                .and_then(|text| download(&name, &text, "application/json"));
            if let Err(detail) = result {
                session.dispatch(AppAction::Notify(Notice::SaveFailed(detail)));
            }
        })
    };
    html! {
        <div class="rl-participant__done">
            <p id="rl-participant-done" tabindex="-1" class="utrecht-paragraph">{ lang.tr(WorkshopUiText::ThankYou) }</p>
            <div class="rl-workshop__tools">
                if !props.own_device {
                    <button type="button" class="utrecht-button utrecht-button--primary-action" data-action="answers-record" onclick={record}>
                        { lang.tr(WorkshopUiText::Record) }
                    </button>
                }
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="answers-save" onclick={save}>
                    { lang.tr(WorkshopUiText::SaveAnswers) }
                </button>
            </div>
        </div>
    }
}

/// An id no other participant has: random, so answers files from many devices never collide.
fn new_participant() -> ParticipantId {
    let mut bytes = [0u8; 6];
    let random = gloo::utils::window()
        .crypto()
        .ok()
        .and_then(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).ok());
    if random.is_none() {
        // No Web Crypto: the clock still tells participants on one device apart.
        let now = js_sys::Date::now() as u64;
        bytes.copy_from_slice(&now.to_le_bytes()[..6]);
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    ParticipantId(format!("p-{hex}"))
}
