use yew::prelude::*;

use super::fields::{parse_year, FieldErrors, SelectField, TextField};
use super::indicator_form::IndicatorForm;
use crate::editor::Command;
use crate::i18n::{EditorText, Lang};
use crate::model::{kind_name, Action, Edge, Indicator, Node, NodeId, YearRange};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::AppAction;

#[derive(Properties, PartialEq)]
pub struct NodeFormProps {
    pub session: Session,
    pub id: NodeId,
}

/// Edits one node: its texts, scope, indicators, and what it contributes to.
#[component]
pub fn NodeForm(props: &NodeFormProps) -> Html {
    let lang = use_lang();
    let errors = use_state(FieldErrors::default);
    let Some(node) = props.session.state.editor.line().node(props.id).cloned() else {
        return Html::default();
    };
    let id = props.id;
    let dispatcher = props.session.state.dispatcher();
    let edit = |apply: fn(&mut Node, String)| {
        let dispatcher = dispatcher.clone();
        let node = node.clone();
        Callback::from(move |value: String| {
            let mut changed = node.clone();
            apply(&mut changed, value);
            if changed != node {
                dispatcher.dispatch(AppAction::Command(Command::Edit(Action::EditNode {
                    id,
                    node: changed,
                })));
            }
        })
    };
    let year = |field: &'static str, is_from: bool| {
        let dispatcher = dispatcher.clone();
        let node = node.clone();
        let errors = errors.clone();
        Callback::from(move |text: String| {
            let mut next = (*errors).clone();
            match period_with(node.scope.period, &text, is_from) {
                Some(period) => {
                    next.set(field, None);
                    let mut changed = node.clone();
                    changed.scope.period = period;
                    if changed != node {
                        dispatcher.dispatch(AppAction::Command(Command::Edit(Action::EditNode {
                            id,
                            node: changed,
                        })));
                    }
                }
                None => {
                    next.set(field, Some(EditorText::InvalidYear));
                }
            }
            errors.set(next);
        })
    };
    let error = |field: &str| errors.get(field).map(|e| AttrValue::from(lang.tr(e)));
    let field_id = |name: &str| AttrValue::from(format!("rl-node-{}-{name}", id));
    let indicators = node.indicators.iter().enumerate().map(|(index, indicator)| {
        html! {
            <IndicatorForm key={index} session={props.session.clone()} node_id={id} {index} indicator={indicator.clone()} />
        }
    });
    let add_indicator = {
        let dispatcher = dispatcher.clone();
        let node = node.clone();
        Callback::from(move |_: MouseEvent| {
            let mut changed = node.clone();
            changed.indicators.push(Indicator::new(
                lang.tr(EditorText::NewIndicator),
                crate::model::GeoLevel::Municipality,
                crate::model::Frequency::Year,
            ));
            dispatcher.dispatch(AppAction::Command(Command::Edit(Action::EditNode {
                id,
                node: changed,
            })));
        })
    };
    html! {
        <form class="rl-form" data-testid="node-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <p class="rl-form__kind">{ format!("{}: {}", lang.tr(EditorText::KindLabel), kind_name(node.kind, lang)) }</p>
            <TextField id={field_id("title")} label={lang.tr(EditorText::FieldTitle)} value={node.title.clone()}
                on_change={edit(|n, v| n.title = v)} />
            <TextField id={field_id("description")} label={lang.tr(EditorText::FieldDescription)} multiline=true
                value={node.description.clone()} on_change={edit(|n, v| n.description = v)} />
            <TextField id={field_id("owner")} label={lang.tr(EditorText::FieldOwner)} value={node.owner.clone()}
                on_change={edit(|n, v| n.owner = v)} />
            <fieldset class="rl-form__group">
                <legend>{ lang.tr(EditorText::ScopeTitle) }</legend>
                <p class="rl-form__help">{ lang.tr(EditorText::ScopeHelp) }</p>
                <TextField id={field_id("area")} label={lang.tr(EditorText::FieldArea)}
                    value={node.scope.area.clone().unwrap_or_default()} on_change={edit(|n, v| n.scope.area = non_empty(v))} />
                <TextField id={field_id("target-group")} label={lang.tr(EditorText::FieldTargetGroup)}
                    value={node.scope.target_group.clone().unwrap_or_default()}
                    on_change={edit(|n, v| n.scope.target_group = non_empty(v))} />
                <div class="rl-form__row">
                    <TextField id={field_id("from")} label={lang.tr(EditorText::FieldFrom)} number=true
                        value={node.scope.period.map(|p| p.from().to_string()).unwrap_or_default()}
                        on_change={year("from", true)} error={error("from")} />
                    <TextField id={field_id("to")} label={lang.tr(EditorText::FieldTo)} number=true
                        value={node.scope.period.map(|p| p.to().to_string()).unwrap_or_default()}
                        on_change={year("to", false)} error={error("to")} />
                </div>
            </fieldset>
            <fieldset class="rl-form__group">
                <legend>{ lang.tr(EditorText::IndicatorsTitle) }</legend>
                { for indicators }
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="add-indicator"
                    onclick={add_indicator}>{ lang.tr(EditorText::AddIndicator) }</button>
            </fieldset>
            <Connections session={props.session.clone()} {id} {lang} />
            <ConnectTo session={props.session.clone()} {id} {lang} />
        </form>
    }
}

fn non_empty(value: String) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The period after typing `text` into its start (`is_from`) or end; `None` when invalid. An
/// empty start and end clear the period; one year alone means that single year.
pub fn period_with(
    current: Option<YearRange>,
    text: &str,
    is_from: bool,
) -> Option<Option<YearRange>> {
    let typed = parse_year(text)?;
    let other = current.map(|p| if is_from { p.to() } else { p.from() });
    let (from, to) = if is_from {
        (typed, other)
    } else {
        (other, typed)
    };
    match (from, to) {
        (None, None) => Some(None),
        (Some(year), None) | (None, Some(year)) => YearRange::new(year, year).map(Some),
        (Some(from), Some(to)) => YearRange::new(from, to).map(Some),
    }
}

#[derive(Properties, PartialEq)]
struct ConnectToProps {
    session: Session,
    id: NodeId,
    lang: Lang,
}

/// A keyboard-friendly way to connect: pick the part this one contributes to from a list of the
/// parts it may contribute to.
#[component]
fn ConnectTo(props: &ConnectToProps) -> Html {
    let line = props.session.state.editor.line();
    let lang = props.lang;
    let from = props.id;
    let options: Vec<(AttrValue, AttrValue)> = std::iter::once((
        AttrValue::from(""),
        AttrValue::from(lang.tr(EditorText::ConnectChoose)),
    ))
    .chain(
        line.nodes()
            .filter(|n| line.check_connection(from, n.id).is_ok())
            .map(|n| {
                (
                    AttrValue::from(n.id.to_string()),
                    AttrValue::from(format!(
                        "{}: {}",
                        kind_name(n.node.kind, lang),
                        n.node.title
                    )),
                )
            }),
    )
    .collect();
    if options.len() == 1 {
        return Html::default();
    }
    let dispatcher = props.session.state.dispatcher();
    let on_change = Callback::from(move |value: String| {
        if let Ok(to) = value.parse::<NodeId>() {
            dispatcher.dispatch(AppAction::Command(Command::Edit(Action::Connect {
                from,
                to,
                edge: Edge::default(),
            })));
        }
    });
    html! {
        <SelectField id={format!("rl-node-{from}-connect")} label={lang.tr(EditorText::ConnectTo)} {options}
            value="" {on_change} />
    }
}

#[derive(Properties, PartialEq)]
struct ConnectionsProps {
    session: Session,
    id: NodeId,
    lang: Lang,
}

/// The node's connections as buttons, so an edge can be chosen (and edited or deleted) without
/// pointing at the drawing.
#[component]
fn Connections(props: &ConnectionsProps) -> Html {
    let line = props.session.state.editor.line();
    let lang = props.lang;
    let select = props.session.callback(|edge: crate::model::EdgeId| {
        AppAction::Select(crate::ui::state::Selection::edge(edge))
    });
    let title = |node: NodeId| line.node(node).map(|n| n.title.clone()).unwrap_or_default();
    let outgoing = line.outgoing(props.id);
    let incoming = line.incoming(props.id);
    if outgoing.is_empty() && incoming.is_empty() {
        return Html::default();
    }
    let item = |edge: crate::model::EdgeId, text: String| {
        let onclick = select.reform(move |_: MouseEvent| edge);
        html! {
            <li key={edge.0}>
                <button type="button" class="rl-findings__link" data-edge={edge.to_string()} {onclick}>{ text }</button>
            </li>
        }
    };
    html! {
        <fieldset class="rl-form__group">
            <legend>{ lang.tr(EditorText::ConnectionsTitle) }</legend>
            <ul class="rl-findings__list">
                { for outgoing.iter().map(|e| item(e.id, format!("→ {} {}", lang.tr(EditorText::ContributesTo), title(e.to)))) }
                { for incoming.iter().map(|e| item(e.id, format!("← {} {}", title(e.from), lang.tr(EditorText::ContributesTo)))) }
            </ul>
        </fieldset>
    }
}
