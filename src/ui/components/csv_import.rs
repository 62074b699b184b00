use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::{ImportText, Lang};
use crate::io::csv::{split_preview, Column, ConceptSeparator};
use crate::ui::hooks::use_lang;
use crate::ui::state::{AppAction, AppState, CsvImportState};

/// How many example cells per column the step shows.
const EXAMPLES: usize = 3;

#[derive(Properties, PartialEq)]
pub struct CsvImportStepProps {
    pub import: CsvImportState,
    pub dispatcher: UseReducerDispatcher<AppState>,
    /// Starts the import of the spreadsheet with the mapping as it stands.
    pub on_import: Callback<CsvImportState>,
}

/// The column mapping step of a spreadsheet import: every column of the file with its first
/// values and the field it fills, guessed from its header and changeable; import is possible
/// once the required fields have a column.
#[component]
pub fn CsvImportStep(props: &CsvImportStepProps) -> Html {
    let lang = use_lang();
    let heading = use_node_ref();
    {
        // Keyboard and screen reader users land on the step, not somewhere behind it.
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(element) = heading.cast::<HtmlElement>() {
                let _ = element.focus();
            }
        });
    }
    let import = &props.import;
    let missing = import.mapping.missing_required();
    let rows = (0..import.table.headers.len())
        .map(|position| column_row(import, position, &props.dispatcher, lang));
    let on_import = {
        let import = import.clone();
        props.on_import.reform(move |_: MouseEvent| import.clone())
    };
    let on_cancel = dispatch(&props.dispatcher, AppAction::CancelCsvImport);
    let missing_text = missing_fields(&missing, lang);
    html! {
        <section class="rl-csv-import" aria-labelledby="rl-csv-import-title" data-testid="csv-import">
            <h1 id="rl-csv-import-title" class="utrecht-heading-2" tabindex="-1" ref={heading}>
                { format!("{}: {}", lang.tr(ImportText::Title), import.file_name) }
            </h1>
            <p class="utrecht-paragraph">{ lang.tr(ImportText::Intro) }</p>
            <p class="utrecht-paragraph utrecht-paragraph--small">{ lang.tr(ImportText::Replaces) }</p>
            <div class="rl-csv-import__scroll">
                <table class="rl-csv-import__table">
                    <thead>
                        <tr>
                            <th scope="col">{ lang.tr(ImportText::Column) }</th>
                            <th scope="col">{ lang.tr(ImportText::Field) }</th>
                            <th scope="col">{ lang.tr(ImportText::Examples) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            { separator_choice(import, &props.dispatcher, lang) }
            if let Some(text) = missing_text {
                <p id="rl-csv-import-missing" class="rl-csv-import__missing" data-testid="csv-missing">{ text }</p>
            }
            <div class="rl-csv-import__actions">
                <button type="button" class="utrecht-button utrecht-button--primary-action" data-action="csv-import"
                    disabled={!missing.is_empty()} aria-describedby={(!missing.is_empty()).then_some("rl-csv-import-missing")}
                    onclick={on_import}>
                    { lang.tr(ImportText::Import) }
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="csv-cancel"
                    onclick={on_cancel}>
                    { lang.tr(ImportText::Cancel) }
                </button>
            </div>
        </section>
    }
}

fn dispatch(
    dispatcher: &UseReducerDispatcher<AppState>,
    action: AppAction,
) -> Callback<MouseEvent> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |_: MouseEvent| dispatcher.dispatch(action.clone()))
}

/// "Nog te kiezen (verplicht): Titel, Begrippen", when a required field has no column.
fn missing_fields(missing: &[Column], lang: Lang) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let labels: Vec<&str> = missing.iter().map(|c| c.label(lang)).collect();
    Some(format!(
        "{} {}",
        lang.tr(ImportText::Required),
        labels.join(", ")
    ))
}

/// What separates several concepts in one cell, with a cell of the file split that way; shown
/// once a column holds the concepts.
fn separator_choice(
    import: &CsvImportState,
    dispatcher: &UseReducerDispatcher<AppState>,
    lang: Lang,
) -> Html {
    if import.mapping.position(Column::Concepts).is_none() {
        return html! {};
    }
    let chosen = import.mapping.separator();
    let onchange = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .map(|select| select.value())
                .unwrap_or_default();
            if let Some(separator) = ConceptSeparator::from_key(&value) {
                dispatcher.dispatch(AppAction::SetCsvSeparator(separator));
            }
        })
    };
    let options = ConceptSeparator::ALL.into_iter().map(|separator| {
        html! {
            <option key={separator.key()} value={separator.key()} selected={chosen == separator}>
                { separator.label(lang) }
            </option>
        }
    });
    let preview = split_preview(&import.table, &import.mapping, lang);
    html! {
        <p class="rl-csv-import__separator-choice">
            <label for="rl-csv-import-separator">{ lang.tr(ImportText::Separator) }</label>
            { " " }
            <select id="rl-csv-import-separator" class="rl-csv-import__separator" data-testid="csv-separator"
                aria-describedby="rl-csv-import-split" {onchange}>
                { for options }
            </select>
            <span id="rl-csv-import-split" class="rl-csv-import__split" data-testid="csv-split" aria-live="polite">
                { preview.map(|text| format!(" {text}")).unwrap_or_default() }
            </span>
        </p>
    }
}

fn column_row(
    import: &CsvImportState,
    position: usize,
    dispatcher: &UseReducerDispatcher<AppState>,
    lang: Lang,
) -> Html {
    let header = import
        .table
        .headers
        .get(position)
        .cloned()
        .unwrap_or_default();
    let chosen = import.mapping.get(position);
    let examples: Vec<&str> = import
        .table
        .rows
        .iter()
        .map(|row| row.cell(position))
        .filter(|cell| !cell.is_empty())
        .take(EXAMPLES)
        .collect();
    let onchange = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
                .map(|select| select.value())
                .unwrap_or_default();
            let column = Column::from_key(&value);
            dispatcher.dispatch(AppAction::MapCsvColumn { position, column });
        })
    };
    let options = Column::ALL.into_iter().map(|column| {
        html! {
            <option key={column.key()} value={column.key()} selected={chosen == Some(column)}>
                { column.label(lang) }
            </option>
        }
    });
    let label = format!("{}: {header}", lang.tr(ImportText::Field));
    html! {
        <tr key={position} data-column={position.to_string()}>
            <th scope="row">{ header }</th>
            <td>
                <select class="rl-csv-import__select" aria-label={label} {onchange}>
                    <option value="" selected={chosen.is_none()}>{ lang.tr(ImportText::NotUsed) }</option>
                    { for options }
                </select>
            </td>
            <td class="rl-csv-import__examples">{ examples.join(" · ") }</td>
        </tr>
    }
}
