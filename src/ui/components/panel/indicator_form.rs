use yew::prelude::*;

use super::concept_combobox::ConceptCombobox;
use super::fields::{format_number, parse_number, FieldErrors, SelectField, TextField};
use super::node_form::period_with;
use crate::analysis::{frequency_name, level_name};
use crate::editor::Command;
use crate::i18n::EditorText;
use crate::io::{frequency_word, level_word, parse_frequency, parse_level};
use crate::model::{Action, Frequency, GeoLevel, Indicator, NodeId};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::AppAction;

#[derive(Properties, PartialEq)]
pub struct IndicatorFormProps {
    pub session: Session,
    pub node_id: NodeId,
    pub index: usize,
    pub indicator: Indicator,
}

/// How a change typed into a field alters the indicator; `None` when the text is not valid.
type Apply = fn(&mut Indicator, &str) -> Option<()>;

/// One indicator of a node: what is measured, where, how often, over which years.
#[component]
pub fn IndicatorForm(props: &IndicatorFormProps) -> Html {
    let lang = use_lang();
    let errors = use_state(FieldErrors::default);
    let IndicatorFormProps {
        node_id,
        index,
        indicator,
        ..
    } = props;
    let (node_id, index) = (*node_id, *index);
    let session = props.session.clone();
    let change = |field: &'static str, error: EditorText, apply: Apply| {
        let session = session.clone();
        let errors = errors.clone();
        Callback::from(move |text: String| {
            let Some(mut node) = session.state.editor.line().node(node_id).cloned() else {
                return;
            };
            let Some(target) = node.indicators.get_mut(index) else {
                return;
            };
            let mut next = (*errors).clone();
            if apply(target, &text).is_some() {
                next.set(field, None);
                session.dispatch(AppAction::Command(Command::Edit(Action::EditNode {
                    id: node_id,
                    node,
                })));
            } else {
                next.set(field, Some(error));
            }
            errors.set(next);
        })
    };
    let error = |field: &str| errors.get(field).map(|e| AttrValue::from(lang.tr(e)));
    let field_id = |name: &str| AttrValue::from(format!("rl-{node_id}-ind{index}-{name}"));
    let levels: Vec<(AttrValue, AttrValue)> = GeoLevel::ALL
        .iter()
        .map(|&l| {
            (
                AttrValue::from(level_word(l)),
                AttrValue::from(level_name(l, lang)),
            )
        })
        .collect();
    let frequencies: Vec<(AttrValue, AttrValue)> = Frequency::ALL
        .iter()
        .map(|&f| {
            (
                AttrValue::from(frequency_word(f)),
                AttrValue::from(format!("per {}", frequency_name(f, lang))),
            )
        })
        .collect();
    let remove = {
        let session = session.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(mut node) = session.state.editor.line().node(node_id).cloned() else {
                return;
            };
            if index < node.indicators.len() {
                node.indicators.remove(index);
                session.dispatch(AppAction::Command(Command::Edit(Action::EditNode {
                    id: node_id,
                    node,
                })));
            }
        })
    };
    let label = format!("{} {}", lang.tr(EditorText::IndicatorLabel), index + 1);
    html! {
        <fieldset class="rl-form__indicator" data-testid="indicator">
            <legend>{ label }</legend>
            <ConceptCombobox session={session.clone()} {node_id} {index} indicator={indicator.clone()}
                id={field_id("concept")} label={lang.tr(EditorText::FieldConcept)} />
            <div class="rl-form__row">
                <TextField id={field_id("unit")} label={lang.tr(EditorText::FieldUnit)} value={indicator.unit.clone()}
                    on_change={change("unit", EditorText::FieldUnit, |i, v| { i.unit = v.trim().to_owned(); Some(()) })} />
                <TextField id={field_id("target-group")} label={lang.tr(EditorText::FieldTargetGroup)}
                    value={indicator.target_group.clone().unwrap_or_default()}
                    on_change={change("target-group", EditorText::FieldTargetGroup, |i, v| {
                        i.target_group = Some(v.trim().to_owned()).filter(|t| !t.is_empty()); Some(()) })} />
            </div>
            <div class="rl-form__row">
                <SelectField id={field_id("level")} label={lang.tr(EditorText::FieldLevel)} options={levels}
                    value={level_word(indicator.level)}
                    on_change={change("level", EditorText::FieldLevel, |i, v| { i.level = parse_level(v)?; Some(()) })} />
                <SelectField id={field_id("frequency")} label={lang.tr(EditorText::FieldFrequency)} options={frequencies}
                    value={frequency_word(indicator.frequency)}
                    on_change={change("frequency", EditorText::FieldFrequency, |i, v| { i.frequency = parse_frequency(v)?; Some(()) })} />
            </div>
            <div class="rl-form__row">
                <TextField id={field_id("from")} label={lang.tr(EditorText::FieldFrom)} number=true
                    value={indicator.period.map(|p| p.from().to_string()).unwrap_or_default()} error={error("from")}
                    on_change={change("from", EditorText::InvalidYear, |i, v| { i.period = period_with(i.period, v, true)?; Some(()) })} />
                <TextField id={field_id("to")} label={lang.tr(EditorText::FieldTo)} number=true
                    value={indicator.period.map(|p| p.to().to_string()).unwrap_or_default()} error={error("to")}
                    on_change={change("to", EditorText::InvalidYear, |i, v| { i.period = period_with(i.period, v, false)?; Some(()) })} />
            </div>
            <div class="rl-form__row">
                <TextField id={field_id("baseline")} label={lang.tr(EditorText::FieldBaseline)} number=true
                    value={format_number(indicator.baseline)} error={error("baseline")}
                    on_change={change("baseline", EditorText::InvalidNumber, |i, v| { i.baseline = parse_number(v)?; Some(()) })} />
                <TextField id={field_id("target")} label={lang.tr(EditorText::FieldTarget)} number=true
                    value={format_number(indicator.target)} error={error("target")}
                    on_change={change("target", EditorText::InvalidNumber, |i, v| { i.target = parse_number(v)?; Some(()) })} />
            </div>
            <button type="button" class="utrecht-button utrecht-button--subtle rl-form__remove" data-action="remove-indicator"
                onclick={remove}>{ lang.tr(EditorText::RemoveIndicator) }</button>
        </fieldset>
    }
}
