use yew::prelude::*;

use crate::catalog::DatasetId;
use crate::i18n::{Lang, WorkshopUiText};
use crate::ui::components::form_fields::{focus, select, text_area, text_input, Field};
use crate::ui::components::panel::parse_number;
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::AppAction;
use crate::workshop::{
    show_number, EstimateQuestion, Question, QuestionBody, Source, WorkshopCommand,
};

#[derive(Properties, PartialEq)]
pub struct QuestionFormProps {
    pub session: Session,
    /// `None`: a new estimate question.
    pub question: Option<Question>,
    pub on_close: Callback<()>,
}

/// The form as typed.
#[derive(Clone, Default, PartialEq)]
struct Typed {
    text: String,
    unit: String,
    value: String,
    dataset: String,
    source: String,
    year: String,
    node: String,
}

impl Typed {
    fn of(question: Option<&Question>, lang: Lang) -> Typed {
        let Some(question) = question else {
            return Typed::default();
        };
        let mut typed = Typed {
            text: question.text.clone(),
            ..Typed::default()
        };
        if let QuestionBody::Estimate(estimate) = &question.body {
            typed.unit = estimate.unit.clone();
            typed.value = show_number(estimate.value, lang);
            match &estimate.source {
                Source::Dataset { id, .. } => typed.dataset = id.0.clone(),
                Source::Text { text, .. } => typed.source = text.clone(),
            }
            typed.year = estimate
                .source
                .year()
                .map(|y| y.to_string())
                .unwrap_or_default();
            typed.node = estimate.node.map(|n| n.to_string()).unwrap_or_default();
        }
        typed
    }
}

/// Which field a problem belongs to, and the problem.
type Problems = Vec<(&'static str, WorkshopUiText)>;

/// An estimate question as the trainer writes it (text, unit, real value, source, the part of
/// the line it belongs to), or the wording of an assumption question drawn from a link.
#[component]
pub fn QuestionForm(props: &QuestionFormProps) -> Html {
    let lang = use_lang();
    let typed = use_state(|| Typed::of(props.question.as_ref(), lang));
    let problems = use_state(Problems::new);
    use_effect_with((), |_| focus("rl-question-text"));
    let is_assumption = matches!(
        props.question.as_ref().map(|q| &q.body),
        Some(QuestionBody::Assumption(_))
    );
    let set = |change: fn(&mut Typed, String)| {
        let typed = typed.clone();
        Callback::from(move |value: String| {
            let mut next = (*typed).clone();
            change(&mut next, value);
            typed.set(next);
        })
    };
    let save = {
        let (typed, problems) = (typed.clone(), problems.clone());
        let (session, question, close) = (
            props.session.clone(),
            props.question.clone(),
            props.on_close.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match build(&typed, question.as_ref(), &session) {
                Ok(command) => {
                    session.dispatch(AppAction::Workshop(command));
                    close.emit(());
                }
                Err(found) => {
                    if let Some((field, _)) = found.first() {
                        focus(field);
                    }
                    problems.set(found);
                }
            }
        })
    };
    let field = |id: &'static str, label: WorkshopUiText| Field {
        id,
        label: lang.tr(label),
        hint: None,
        error: problems
            .iter()
            .find(|(f, _)| *f == id)
            .map(|(_, text)| lang.tr(*text).to_owned()),
    };
    let escape = {
        let close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                close.emit(());
            }
        })
    };
    let line = props.session.state.editor.line();
    let nodes: Vec<(String, String)> = line
        .nodes()
        .map(|n| (n.id.to_string(), n.node.title.clone()))
        .collect();
    html! {
        <form class="rl-workshop__form" data-testid="question-form" onsubmit={save} novalidate=true onkeydown={escape}>
            { text_area(field("rl-question-text", WorkshopUiText::QuestionText), &typed.text, set(|t, v| t.text = v)) }
            if !is_assumption {
                <div class="rl-workshop__form-grid">
                    { text_input(field("rl-question-value", WorkshopUiText::RealValue), &typed.value, set(|t, v| t.value = v)) }
                    { text_input(field("rl-question-unit", WorkshopUiText::Unit), &typed.unit, set(|t, v| t.unit = v)) }
                    { text_input(field("rl-question-dataset", WorkshopUiText::SourceDataset), &typed.dataset, set(|t, v| t.dataset = v)) }
                    { text_input(field("rl-question-source", WorkshopUiText::SourceText), &typed.source, set(|t, v| t.source = v)) }
                    { text_input(field("rl-question-year", WorkshopUiText::SourceYear), &typed.year, set(|t, v| t.year = v)) }
                    { select("rl-question-node", lang.tr(WorkshopUiText::LinkedNode), node_options(&nodes, lang), &typed.node, set(|t, v| t.node = v)) }
                </div>
            }
            <div class="rl-workshop__tools">
                <button type="submit" class="utrecht-button utrecht-button--primary-action" data-action="question-save">
                    { lang.tr(WorkshopUiText::SaveQuestion) }
                </button>
                <button type="button" class="utrecht-button utrecht-button--subtle" data-action="question-cancel"
                    onclick={props.on_close.reform(|_: MouseEvent| ())}>{ lang.tr(WorkshopUiText::Cancel) }</button>
            </div>
        </form>
    }
}

/// The command the form asks for, or the problems with the field each belongs to.
fn build(
    typed: &Typed,
    question: Option<&Question>,
    session: &Session,
) -> Result<WorkshopCommand, Problems> {
    let mut problems = Problems::new();
    let text = typed.text.trim().to_owned();
    if text.is_empty() {
        problems.push(("rl-question-text", WorkshopUiText::NeedText));
    }
    if let Some(Question {
        id,
        body: body @ QuestionBody::Assumption(_),
        ..
    }) = question
    {
        return match problems.is_empty() {
            true => Ok(WorkshopCommand::ChangeQuestion(Question {
                id: *id,
                text,
                body: body.clone(),
            })),
            false => Err(problems),
        };
    }
    let value = match parse_number(&typed.value) {
        Some(Some(value)) => Some(value),
        _ => {
            problems.push(("rl-question-value", WorkshopUiText::NeedValue));
            None
        }
    };
    let year = match typed.year.trim() {
        "" => None,
        text => match text.parse::<i32>() {
            Ok(year) if (1800..=2200).contains(&year) => Some(year),
            _ => {
                problems.push(("rl-question-year", WorkshopUiText::BadYear));
                None
            }
        },
    };
    let dataset = typed.dataset.trim();
    let source = if !dataset.is_empty() {
        let id = DatasetId(dataset.to_owned());
        if !session.state.catalog.catalog.contains(&id) {
            problems.push(("rl-question-dataset", WorkshopUiText::UnknownDataset));
        }
        Source::Dataset { id, year }
    } else if !typed.source.trim().is_empty() {
        Source::Text {
            text: typed.source.trim().to_owned(),
            year,
        }
    } else {
        problems.push(("rl-question-source", WorkshopUiText::NeedSource));
        Source::Text {
            text: String::new(),
            year,
        }
    };
    let node = session
        .state
        .editor
        .line()
        .nodes()
        .map(|n| n.id)
        .find(|id| id.to_string() == typed.node);
    let (Some(value), true) = (value, problems.is_empty()) else {
        return Err(problems);
    };
    let body = QuestionBody::Estimate(EstimateQuestion {
        unit: typed.unit.trim().to_owned(),
        value,
        source,
        node,
    });
    Ok(match question {
        Some(question) => WorkshopCommand::ChangeQuestion(Question {
            id: question.id,
            text,
            body,
        }),
        None => WorkshopCommand::AddQuestions(vec![(text, body)]),
    })
}

/// The parts of the line a question can belong to, "none" first.
fn node_options(nodes: &[(String, String)], lang: Lang) -> Vec<(String, String)> {
    std::iter::once((String::new(), lang.tr(WorkshopUiText::NoNode).to_owned()))
        .chain(nodes.iter().cloned())
        .collect()
}
