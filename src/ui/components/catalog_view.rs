use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::dataset_form::DatasetForm;
use super::show_more::{more_than, ShowMore};
use super::vocabulary_status::VocabularyStatus;
use crate::analysis::{frequency_name, level_name};
use crate::catalog::{AccessClass, AssumedField, Dataset, DatasetDraft};
use crate::i18n::{CatalogText, EditorText, ImportText, Lang};
use crate::model::NodeId;
use crate::report::{dataset_rows, dataset_users, DatasetFilter, DatasetRow};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Selection};

/// Rows drawn at first (catalogs run to 50,000 datasets); see `ShowMore`.
const FIRST_SHOWN: usize = 100;

#[derive(Properties, PartialEq)]
pub struct CatalogViewProps {
    pub session: Session,
}

/// The dataset list: search and filter it, see for each dataset which parts of the reasoning
/// line use it (a click selects the part, whose details the side panel shows), add, edit and
/// remove datasets, complete what an import had to assume, and undo those changes.
#[component]
pub fn CatalogView(props: &CatalogViewProps) -> Html {
    let lang = use_lang();
    let filter = use_state(DatasetFilter::default);
    let shown = use_state(|| FIRST_SHOWN);
    let editing = use_state(|| None::<DatasetDraft>);
    // Where the keyboard focus goes back to when the form closes: the dataset's edit button, or
    // "add" (`None`).
    let came_from = use_mut_ref(|| None::<Option<String>>);
    {
        let came_from = came_from.clone();
        use_effect_with(editing.is_some(), move |open| {
            if !*open {
                if let Some(from) = came_from.borrow_mut().take() {
                    focus_button(from.as_deref());
                }
            }
        });
    }
    let session = &props.session;
    let catalog = &session.state.catalog;
    if let Some(draft) = &*editing {
        let on_close = {
            let editing = editing.clone();
            Callback::from(move |()| editing.set(None))
        };
        return html! {
            <section class="rl-catalog" data-testid="catalog-view">
                <DatasetForm draft={draft.clone()} catalog={catalog.clone()} state={session.state.clone()} {on_close} />
            </section>
        };
    }
    let edit = {
        let editing = editing.clone();
        Callback::from(move |draft: DatasetDraft| {
            *came_from.borrow_mut() = Some(draft.existing.as_ref().map(|id| id.0.clone()));
            editing.set(Some(draft));
        })
    };
    let tools = tools(session, &edit, lang);
    let users = {
        let session = session.clone();
        use_memo(
            (
                session.analysis.clone(),
                catalog.revision,
                session.state.editor.revision(),
            ),
            move |_| {
                let state = &session.state;
                dataset_users(state.editor.line(), &session.analysis, &state.catalog.index)
            },
        )
    };
    // The other teams' lines of the portfolio that use each dataset ("in which graphs").
    let elsewhere: Rc<OtherLines> = {
        let state = session.state.clone();
        use_memo((catalog.revision, state.portfolio.revision), move |_| {
            other_lines(&state)
        })
    };
    if catalog.catalog.is_empty() {
        return html! {
            <section class="rl-catalog" data-testid="catalog-view">
                <h2 class="utrecht-heading-2">{ lang.tr(ImportText::CatalogTitle) }</h2>
                <p class="utrecht-paragraph">{ lang.tr(ImportText::CatalogEmpty) }</p>
                { tools }
                <VocabularyStatus session={session.clone()} />
            </section>
        };
    }
    let rows = dataset_rows(&catalog.index, &users, &filter);
    let total = rows.len();
    let select = session.callback(|id: NodeId| AppAction::Select(Selection::node(id)));
    let line = session.state.editor.line();
    let items = rows
        .iter()
        .take(*shown)
        .map(|row| dataset_row(row, line, &select, &edit, &elsewhere, lang));
    let count = count_line(total, catalog.catalog.len(), lang);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(more_than(*shown)))
    };
    html! {
        <section class="rl-catalog" data-testid="catalog-view" aria-labelledby="rl-catalog-title">
            <h2 id="rl-catalog-title" class="utrecht-heading-2">{ lang.tr(ImportText::CatalogTitle) }</h2>
            { tools }
            <VocabularyStatus session={session.clone()} />
            { filters(&filter, lang) }
            <p class="rl-catalog__count" role="status" data-testid="catalog-count">
                { count }
            </p>
            <div class="rl-catalog__scroll">
                <table class="rl-catalog__table">
                    <thead>
                        <tr>
                            <th scope="col">{ lang.tr(ImportText::ColumnDataset) }</th>
                            <th scope="col">{ lang.tr(ImportText::ColumnUsedBy) }</th>
                            <th scope="col">{ lang.tr(ImportText::ColumnOwner) }</th>
                            <th scope="col">{ lang.tr(ImportText::ColumnMeasured) }</th>
                            <th scope="col">{ lang.tr(ImportText::AccessFilter) }</th>
                            <th scope="col">{ lang.tr(ImportText::ColumnConcepts) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for items }</tbody>
                </table>
            </div>
            <ShowMore hidden={total.saturating_sub(*shown)} onclick={more} />
        </section>
    }
}

fn filters(filter: &UseStateHandle<DatasetFilter>, lang: Lang) -> Html {
    let on_text = {
        let filter = filter.clone();
        Callback::from(move |event: InputEvent| {
            let text = event
                .target_dyn_into::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            filter.set(DatasetFilter {
                text,
                ..(*filter).clone()
            });
        })
    };
    let on_access = {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            let access = match select_value(&event).as_str() {
                "open" => Some(AccessClass::Open),
                "internal" => Some(AccessClass::Internal),
                "personal" => Some(AccessClass::Personal),
                _ => None,
            };
            filter.set(DatasetFilter {
                access,
                ..(*filter).clone()
            });
        })
    };
    let on_use = {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            let used = match select_value(&event).as_str() {
                "used" => Some(true),
                "unused" => Some(false),
                _ => None,
            };
            filter.set(DatasetFilter {
                used,
                ..(*filter).clone()
            });
        })
    };
    let on_incomplete = {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            let incomplete = event
                .target_dyn_into::<HtmlInputElement>()
                .is_some_and(|input| input.checked());
            filter.set(DatasetFilter {
                incomplete,
                ..(*filter).clone()
            });
        })
    };
    html! {
        <div class="rl-catalog__filters">
            <label class="rl-catalog__filter">
                <span>{ lang.tr(ImportText::Search) }</span>
                <input type="search" class="rl-catalog__search" data-testid="catalog-search" value={filter.text.clone()} oninput={on_text} />
            </label>
            <label class="rl-catalog__filter">
                <span>{ lang.tr(ImportText::AccessFilter) }</span>
                <select data-testid="catalog-access" onchange={on_access}>
                    <option value="" selected={filter.access.is_none()}>{ lang.tr(ImportText::All) }</option>
                    <option value="open" selected={filter.access == Some(AccessClass::Open)}>{ lang.tr(ImportText::AccessOpen) }</option>
                    <option value="internal" selected={filter.access == Some(AccessClass::Internal)}>{ lang.tr(ImportText::AccessInternal) }</option>
                    <option value="personal" selected={filter.access == Some(AccessClass::Personal)}>{ lang.tr(ImportText::AccessPersonal) }</option>
                </select>
            </label>
            <label class="rl-catalog__filter">
                <span>{ lang.tr(ImportText::UseFilter) }</span>
                <select data-testid="catalog-use" onchange={on_use}>
                    <option value="" selected={filter.used.is_none()}>{ lang.tr(ImportText::All) }</option>
                    <option value="used" selected={filter.used == Some(true)}>{ lang.tr(ImportText::UsedOnly) }</option>
                    <option value="unused" selected={filter.used == Some(false)}>{ lang.tr(ImportText::UnusedOnly) }</option>
                </select>
            </label>
            <label class="rl-catalog__filter rl-catalog__filter--check">
                <input type="checkbox" data-testid="catalog-incomplete" checked={filter.incomplete} onchange={on_incomplete} />
                <span>{ lang.tr(CatalogText::Incomplete) }</span>
            </label>
        </div>
    }
}

/// "33 datasets", or "2 van 33 datasets" when a filter leaves out some.
fn count_line(matching: usize, all: usize, lang: Lang) -> String {
    let datasets = lang.tr(EditorText::Datasets);
    if matching == all {
        format!("{all} {datasets}")
    } else {
        format!(
            "{matching} {} {all} {datasets}",
            lang.tr(ImportText::ShownOf)
        )
    }
}

/// Concepts shown per dataset; CBS tables hold dozens, the search finds the rest.
const CONCEPTS_SHOWN: usize = 6;

fn concept_list(dataset: &crate::catalog::Dataset, lang: Lang) -> String {
    let names: Vec<&str> = dataset
        .variables
        .iter()
        .take(CONCEPTS_SHOWN)
        .map(|v| v.concept.as_str())
        .collect();
    let more = dataset.variables.len().saturating_sub(CONCEPTS_SHOWN);
    match (more, lang) {
        (0, _) => names.join(", "),
        (more, Lang::Nl) => format!("{} en nog {more}", names.join(", ")),
        (more, Lang::En) => format!("{} and {more} more", names.join(", ")),
    }
}

fn select_value(event: &Event) -> String {
    event
        .target_dyn_into::<web_sys::HtmlSelectElement>()
        .map(|select| select.value())
        .unwrap_or_default()
}

fn dataset_row(
    row: &DatasetRow<'_>,
    line: &crate::model::ReasoningLine,
    select: &Callback<NodeId>,
    edit: &Callback<DatasetDraft>,
    elsewhere: &OtherLines,
    lang: Lang,
) -> Html {
    let d = row.dataset;
    let period = d
        .period
        .map(|p| format!(", {}–{}", p.from(), p.to()))
        .unwrap_or_default();
    let measured = format!(
        "{}, {}{period}",
        level_name(d.level, lang),
        frequency_name(d.frequency, lang)
    );
    let access = match d.access {
        AccessClass::Open => ImportText::AccessOpen,
        AccessClass::Internal => ImportText::AccessInternal,
        AccessClass::Personal => ImportText::AccessPersonal,
    };
    let concepts = concept_list(d, lang);
    let on_edit = {
        let draft = DatasetDraft::of(d);
        edit.reform(move |_: MouseEvent| draft.clone())
    };
    let users = row.users.iter().map(|&node| {
        let title = line.node(node).map(|n| n.title.clone()).unwrap_or_default();
        let onclick = select.reform(move |_: MouseEvent| node);
        html! {
            <li key={node.to_string()}>
                <button type="button" class="rl-findings__link" data-id={node.to_string()} {onclick}>{ title }</button>
            </li>
        }
    });
    html! {
        <tr key={d.id.0.clone()} data-dataset={d.id.0.clone()}>
            <th scope="row">
                <span class="rl-catalog__title">{ &d.title }</span><br /><code>{ &d.id.0 }</code>
                { badges(d, lang) }
                <button type="button" class="utrecht-button utrecht-button--subtle rl-catalog__edit" data-action="edit-dataset" data-dataset-id={d.id.0.clone()}
                    aria-label={format!("{}: {}", lang.tr(CatalogText::Edit), d.title)} onclick={on_edit}>
                    { lang.tr(CatalogText::Edit) }
                </button>
            </th>
            <td>
                if row.users.is_empty() {
                    <span class="rl-catalog__none">{ lang.tr(ImportText::NoUsers) }</span>
                } else {
                    <ul class="rl-catalog__users">{ for users }</ul>
                }
                if let Some(titles) = elsewhere.get(&d.id) {
                    <p class="rl-catalog__elsewhere" data-testid="used-elsewhere">
                        { format!("{}: {}", lang.tr(CatalogText::AlsoUsedBy), titles.join("; ")) }
                    </p>
                }
            </td>
            <td>{ &d.owner }</td>
            <td>{ measured }</td>
            <td>{ lang.tr(access) }</td>
            <td>{ concepts }</td>
        </tr>
    }
}

/// Add a dataset, and undo the latest change to the list.
fn tools(session: &Session, edit: &Callback<DatasetDraft>, lang: Lang) -> Html {
    let add = edit.reform(|_: MouseEvent| DatasetDraft::new_dataset());
    let undo = session.callback(|_: MouseEvent| AppAction::UndoCatalogEdit);
    let nothing_to_undo = session.state.catalog_undo.is_empty();
    html! {
        <div class="rl-catalog__tools">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="add-dataset" onclick={add}>
                { lang.tr(CatalogText::Add) }
            </button>
            <button type="button" class="utrecht-button utrecht-button--subtle" data-action="catalog-undo"
                disabled={nothing_to_undo} onclick={undo}>
                { lang.tr(CatalogText::Undo) }
            </button>
        </div>
    }
}

/// What the officer still has to complete in a dataset.
fn badges(dataset: &Dataset, lang: Lang) -> Html {
    let mut texts = Vec::new();
    if dataset.is_assumed(AssumedField::Level) {
        texts.push(CatalogText::BadgeLevel);
    }
    if dataset.is_assumed(AssumedField::Frequency) {
        texts.push(CatalogText::BadgeFrequency);
    }
    if dataset.is_assumed(AssumedField::Access) {
        texts.push(CatalogText::BadgeAccess);
    }
    if dataset.variables.is_empty() {
        texts.push(CatalogText::BadgeConcepts);
    }
    if texts.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="rl-catalog__badges">
            { for texts.into_iter().map(|text| html! { <li key={text.text(Lang::En)}>{ lang.tr(text) }</li> }) }
        </ul>
    }
}

/// Focuses the edit button of dataset `id`, or "add" for `None` (or when the dataset is gone).
fn focus_button(id: Option<&str>) {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let edit_button = id.and_then(|id| {
        let buttons = document
            .query_selector_all("[data-action=\"edit-dataset\"]")
            .ok()?;
        (0..buttons.length())
            .filter_map(|i| buttons.item(i))
            .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
            .find(|button| button.get_attribute("data-dataset-id").as_deref() == Some(id))
    });
    let button = edit_button.or_else(|| {
        document
            .query_selector("[data-action=\"add-dataset\"]")
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    });
    if let Some(button) = button {
        let _ = button.focus();
    }
}

/// Per dataset, the titles of the portfolio's other lines whose needs count it.
type OtherLines = std::collections::BTreeMap<crate::catalog::DatasetId, Vec<String>>;

fn other_lines(state: &crate::ui::state::AppState) -> OtherLines {
    let index = &state.catalog.index;
    let mut found = OtherLines::new();
    for team in &state.portfolio.lines {
        let analysis = crate::analysis::analyse(&team.line, index);
        for &used in &analysis.used {
            if let Some(dataset) = index.dataset(used) {
                found
                    .entry(dataset.id.clone())
                    .or_default()
                    .push(team.line.title.clone());
            }
        }
    }
    found
}
