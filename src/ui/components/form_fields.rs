//! Form fields for forms that check on "save" (the dataset and workshop question forms): the
//! value as typed goes to a callback on every keystroke, the problem found at saving shows under
//! the field and is tied to it with `aria-describedby`.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A form field: its element id (also the base of its hint's and error's ids), label, an
/// optional hint and the problem to show, if any.
pub struct Field<'a> {
    pub id: &'static str,
    pub label: &'a str,
    pub hint: Option<&'a str>,
    pub error: Option<String>,
}

fn described_by(field: &Field<'_>) -> Option<String> {
    let ids: Vec<String> = [
        field.hint.map(|_| format!("{}-hint", field.id)),
        field.error.as_ref().map(|_| format!("{}-error", field.id)),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn notes(field: &Field<'_>) -> Html {
    html! {
        <>
            if let Some(hint) = field.hint {
                <p id={format!("{}-hint", field.id)} class="rl-field__hint">{ hint }</p>
            }
            if let Some(error) = &field.error {
                <p id={format!("{}-error", field.id)} class="rl-field__error">{ error }</p>
            }
        </>
    }
}

pub fn text_input(field: Field<'_>, value: &str, on_input: Callback<String>) -> Html {
    let oninput = on_input.reform(|event: InputEvent| {
        event
            .target_dyn_into::<HtmlInputElement>()
            .map(|input| input.value())
            .unwrap_or_default()
    });
    html! {
        <div class="rl-field">
            <label class="rl-field__label" for={field.id}>{ field.label }</label>
            <input id={field.id} class="rl-field__input" type="text" value={value.to_owned()} {oninput}
                aria-describedby={described_by(&field)} aria-invalid={field.error.is_some().then_some("true")} />
            { notes(&field) }
        </div>
    }
}

pub fn text_area(field: Field<'_>, value: &str, on_input: Callback<String>) -> Html {
    let oninput = on_input.reform(|event: InputEvent| {
        event
            .target_dyn_into::<HtmlTextAreaElement>()
            .map(|area| area.value())
            .unwrap_or_default()
    });
    html! {
        <div class="rl-field">
            <label class="rl-field__label" for={field.id}>{ field.label }</label>
            <textarea id={field.id} class="rl-field__input" rows="4" value={value.to_owned()} {oninput}
                aria-describedby={described_by(&field)} />
            { notes(&field) }
        </div>
    }
}

pub fn select(
    id: &'static str,
    label: &str,
    options: Vec<(String, String)>,
    value: &str,
    on_change: Callback<String>,
) -> Html {
    let onchange = on_change.reform(|event: Event| {
        event
            .target_dyn_into::<HtmlSelectElement>()
            .map(|select| select.value())
            .unwrap_or_default()
    });
    html! {
        <div class="rl-field">
            <label class="rl-field__label" for={id}>{ label }</label>
            <select {id} class="rl-field__input" {onchange}>
                { for options.into_iter().map(|(word, text)| {
                    let selected = word == value;
                    html! { <option key={word.clone()} value={word} {selected}>{ text }</option> }
                }) }
            </select>
        </div>
    }
}

pub fn focus(id: &str) {
    if let Some(element) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
