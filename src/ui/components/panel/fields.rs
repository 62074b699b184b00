//! Small form controls that report a committed value (on change, not per keystroke), so each
//! field edit is one undo step.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::EditorText;

fn value_of(event: &Event) -> String {
    let Some(target) = event.target() else {
        return String::new();
    };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(area) = target.dyn_ref::<HtmlTextAreaElement>() {
        area.value()
    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        String::new()
    }
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub number: bool,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let onchange = props.on_change.reform(|event: Event| value_of(&event));
    let error_id = format!("{}-error", props.id);
    let described = props.error.as_ref().map(|_| error_id.clone());
    let invalid = props.error.is_some().then_some("true");
    let control = if props.multiline {
        html! { <textarea id={props.id.clone()} class="rl-field__input" rows="3" value={props.value.clone()}
        aria-describedby={described} aria-invalid={invalid} {onchange} /> }
    } else {
        html! { <input id={props.id.clone()} class="rl-field__input" type="text" value={props.value.clone()}
        inputmode={props.number.then_some("decimal")} aria-describedby={described} aria-invalid={invalid} {onchange} /> }
    };
    html! {
        <div class="rl-field">
            <label class="rl-field__label" for={props.id.clone()}>{ &props.label }</label>
            { control }
            if let Some(error) = &props.error {
                <p id={error_id} class="rl-field__error">{ error }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, label)
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub on_change: Callback<String>,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let onchange = props.on_change.reform(|event: Event| value_of(&event));
    html! {
        <div class="rl-field">
            <label class="rl-field__label" for={props.id.clone()}>{ &props.label }</label>
            <select id={props.id.clone()} class="rl-field__input" {onchange}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option key={value.to_string()} value={value.clone()} selected={*value == props.value}>{ label }</option>
                }) }
            </select>
        </div>
    }
}

/// The refused fields of a form and why, by field name. A form has a handful of fields, so a short
/// list does: a `BTreeMap` here cost a whole instantiation of the B-tree code in the WebAssembly.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldErrors(Vec<(&'static str, EditorText)>);

impl FieldErrors {
    pub fn get(&self, field: &str) -> Option<EditorText> {
        self.0
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, error)| *error)
    }

    /// Records `error` for `field`, or clears the field with `None`.
    pub fn set(&mut self, field: &'static str, error: Option<EditorText>) {
        self.0.retain(|(name, _)| *name != field);
        if let Some(error) = error {
            self.0.push((field, error));
        }
    }
}

/// Parses a number as officers type it: a decimal comma or point, spaces allowed.
pub fn parse_number(text: &str) -> Option<Option<f64>> {
    let cleaned: String = text.trim().chars().filter(|c| !c.is_whitespace()).collect();
    if cleaned.is_empty() {
        return Some(None);
    }
    crate::number::parse(&cleaned.replace(',', ".")).map(Some)
}

/// A year field: empty means "not set".
pub fn parse_year(text: &str) -> Option<Option<i32>> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Some(None);
    }
    trimmed.parse().ok().map(Some)
}

pub fn format_number(value: Option<f64>) -> String {
    value.map(crate::number::shortest).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_officers_type_them() {
        assert_eq!(parse_number("12,5"), Some(Some(12.5)));
        assert_eq!(parse_number(" 1 200 "), Some(Some(1200.0)));
        assert_eq!(parse_number(""), Some(None));
        assert_eq!(parse_number("twaalf"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_year("2024"), Some(Some(2024)));
        assert_eq!(parse_year(""), Some(None));
        assert_eq!(parse_year("20x4"), None);
    }
}
