use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::question_form::QuestionForm;
use crate::i18n::{Lang, WorkshopUiText};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::AppAction;
use crate::workshop::{
    draft_questions, show_number, Draft, Question, QuestionBody, QuestionId, WorkshopCommand,
    WorkshopSession,
};

#[derive(Properties, PartialEq)]
pub struct QuestionsStepProps {
    pub session: Session,
    pub workshop: Rc<WorkshopSession>,
}

/// What the form below the list edits.
#[derive(Clone, PartialEq)]
enum Editing {
    None,
    New,
    Question(Question),
}

/// Step 1: the questions in order, each editable, movable and removable; proposals drawn from
/// the reasoning line; a question of one's own.
#[component]
pub fn QuestionsStep(props: &QuestionsStepProps) -> Html {
    let lang = use_lang();
    let editing = use_state(|| Editing::None);
    let proposals = use_state(|| None::<Rc<Vec<Draft>>>);
    let session = &props.session;
    let questions = props.workshop.workshop.questions();
    let command = |make: fn(QuestionId) -> WorkshopCommand, id: QuestionId| {
        session.callback(move |_: MouseEvent| AppAction::Workshop(make(id)))
    };
    let items = questions.iter().enumerate().map(|(at, question)| {
        let id = question.id;
        let edit = {
            let (editing, question) = (editing.clone(), question.clone());
            Callback::from(move |_: MouseEvent| editing.set(Editing::Question(question.clone())))
        };
        html! {
            <li key={id.to_string()} class="rl-workshop__question" data-question={id.to_string()}>
                <span class="rl-workshop__number">{ at + 1 }</span>
                <div class="rl-workshop__question-text">
                    <span class="rl-workshop__kind">{ lang.tr(kind_label(question)) }</span>
                    <p>{ &question.text }</p>
                    { answer_line(question, lang) }
                </div>
                <div class="rl-workshop__question-tools">
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-action="question-up"
                        disabled={at == 0} onclick={command(|id| WorkshopCommand::MoveQuestion(id, -1), id)}
                        aria-label={format!("{} {}", lang.tr(WorkshopUiText::Up), at + 1)}>{ lang.tr(WorkshopUiText::Up) }</button>
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-action="question-down"
                        disabled={at + 1 == questions.len()} onclick={command(|id| WorkshopCommand::MoveQuestion(id, 1), id)}
                        aria-label={format!("{} {}", lang.tr(WorkshopUiText::Down), at + 1)}>{ lang.tr(WorkshopUiText::Down) }</button>
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-action="question-edit" onclick={edit}
                        aria-label={format!("{} {}", lang.tr(WorkshopUiText::Edit), at + 1)}>{ lang.tr(WorkshopUiText::Edit) }</button>
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-action="question-remove"
                        onclick={command(WorkshopCommand::RemoveQuestion, id)}
                        aria-label={format!("{} {}", lang.tr(WorkshopUiText::Remove), at + 1)}>{ lang.tr(WorkshopUiText::Remove) }</button>
                </div>
            </li>
        }
    });
    let propose = {
        let (proposals, session) = (proposals.clone(), session.clone());
        Callback::from(move |_: MouseEvent| {
            let state = &session.state;
            let analysed = (!state.catalog.catalog.is_empty())
                .then_some((&*session.analysis, &state.catalog.index));
            let drafts = draft_questions(state.editor.line(), analysed, lang);
            proposals.set(Some(Rc::new(drafts)));
        })
    };
    let add_own = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(Editing::New))
    };
    let close = {
        let editing = editing.clone();
        Callback::from(move |()| editing.set(Editing::None))
    };
    let form = match &*editing {
        Editing::None => Html::default(),
        Editing::New => {
            html! { <QuestionForm session={session.clone()} question={None::<Question>} on_close={close} /> }
        }
        Editing::Question(question) => html! {
            <QuestionForm session={session.clone()} question={Some(question.clone())} on_close={close} />
        },
    };
    html! {
        <div class="rl-workshop__step" data-testid="workshop-questions">
            if questions.is_empty() {
                <p class="utrecht-paragraph">{ lang.tr(WorkshopUiText::NoQuestions) }</p>
            } else {
                <ol class="rl-workshop__questions">{ for items }</ol>
            }
            { form }
            <div class="rl-workshop__tools">
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="workshop-propose" onclick={propose}>
                    { lang.tr(WorkshopUiText::Propose) }
                </button>
                <button type="button" class="utrecht-button utrecht-button--subtle" data-action="question-add" onclick={add_own}>
                    { lang.tr(WorkshopUiText::AddOwn) }
                </button>
            </div>
            if let Some(drafts) = &*proposals {
                <Proposals session={session.clone()} drafts={drafts.clone()}
                    on_done={{ let proposals = proposals.clone(); Callback::from(move |()| proposals.set(None)) }} />
            }
        </div>
    }
}

fn kind_label(question: &Question) -> WorkshopUiText {
    match question.body {
        QuestionBody::Estimate(_) => WorkshopUiText::KindEstimate,
        QuestionBody::Assumption(_) => WorkshopUiText::KindAssumption,
    }
}

/// The real value of an estimate question (the trainer's view only), or the link an assumption
/// question is about.
fn answer_line(question: &Question, lang: Lang) -> Html {
    let text = match &question.body {
        QuestionBody::Estimate(estimate) => format!(
            "{}: {} {}",
            lang.tr(WorkshopUiText::RealValue),
            show_number(estimate.value, lang),
            estimate.unit
        ),
        QuestionBody::Assumption(link) => format!("{} → {}", link.from, link.to),
    };
    html! { <p class="rl-workshop__answer">{ text }</p> }
}

#[derive(Properties, PartialEq)]
struct ProposalsProps {
    session: Session,
    drafts: Rc<Vec<Draft>>,
    on_done: Callback<()>,
}

/// The questions the line offers, each with a box to tick. Ticked at first: every estimate, and
/// the links nothing backs (no evidence) — the ones a workshop learns most from; a line easily
/// offers dozens of links.
#[component]
fn Proposals(props: &ProposalsProps) -> Html {
    let lang = use_lang();
    let chosen = {
        let drafts = props.drafts.clone();
        use_state(move || {
            drafts
                .iter()
                .map(proposed_by_default)
                .collect::<Vec<bool>>()
        })
    };
    if props.drafts.is_empty() {
        return html! {
            <section class="rl-workshop__proposals" data-testid="workshop-proposals">
                <p class="utrecht-paragraph">{ lang.tr(WorkshopUiText::NoProposals) }</p>
            </section>
        };
    }
    let items = props.drafts.iter().enumerate().map(|(at, draft)| {
        let onchange = {
            let chosen = chosen.clone();
            Callback::from(move |event: Event| {
                let on = event
                    .target_dyn_into::<HtmlInputElement>()
                    .is_some_and(|input| input.checked());
                let mut next = (*chosen).clone();
                if let Some(slot) = next.get_mut(at) {
                    *slot = on;
                }
                chosen.set(next);
            })
        };
        let id = format!("rl-proposal-{at}");
        let checked = chosen.get(at).copied().unwrap_or(false);
        html! {
            <li key={at}>
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>{ &draft.text }</label>
            </li>
        }
    });
    let add = {
        let (drafts, chosen, session, done) = (
            props.drafts.clone(),
            chosen.clone(),
            props.session.clone(),
            props.on_done.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let picked = drafts
                .iter()
                .zip(chosen.iter())
                .filter(|(_, on)| **on)
                .map(|(draft, _)| (draft.text.clone(), draft.body.clone()))
                .collect();
            session.dispatch(AppAction::Workshop(WorkshopCommand::AddQuestions(picked)));
            done.emit(());
        })
    };
    html! {
        <section class="rl-workshop__proposals" data-testid="workshop-proposals" aria-labelledby="rl-proposals-title">
            <h3 id="rl-proposals-title" class="utrecht-heading-3">{ lang.tr(WorkshopUiText::ProposalsTitle) }</h3>
            <p class="utrecht-paragraph">{ lang.tr(WorkshopUiText::ProposalsIntro) }</p>
            <ul class="rl-workshop__proposal-list">{ for items }</ul>
            <div class="rl-workshop__tools">
                <button type="button" class="utrecht-button utrecht-button--primary-action" data-action="proposals-add" onclick={add}>
                    { lang.tr(WorkshopUiText::AddChosen) }
                </button>
                <button type="button" class="utrecht-button utrecht-button--subtle" data-action="proposals-cancel"
                    onclick={props.on_done.reform(|_: MouseEvent| ())}>
                    { lang.tr(WorkshopUiText::Cancel) }
                </button>
            </div>
        </section>
    }
}

fn proposed_by_default(draft: &Draft) -> bool {
    match &draft.body {
        QuestionBody::Estimate(_) => true,
        QuestionBody::Assumption(link) => link.evidence == crate::model::EvidenceLevel::None,
    }
}
