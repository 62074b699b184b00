use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::form_fields::{focus, select, text_area, text_input, Field};
use crate::analysis::{frequency_name, level_name};
use crate::catalog::{
    AccessClass, AssumedField, CatalogEdit, DatasetDraft, DraftField, DraftProblem, SourceKind,
};
use crate::i18n::{CatalogText, ImportText, Lang};
use crate::io::{frequency_word, level_word, parse_frequency, parse_level};
use crate::model::{Frequency, GeoLevel};
use crate::ui::hooks::use_lang;
use crate::ui::state::{AppAction, AppState, CatalogData};

#[derive(Properties, PartialEq)]
pub struct DatasetFormProps {
    pub draft: DatasetDraft,
    pub catalog: Rc<CatalogData>,
    pub state: UseReducerHandle<AppState>,
    pub on_close: Callback<()>,
}

/// Edits one dataset of the list, or a new one. Nothing changes until "Opslaan"; then the whole
/// form is checked and each problem shown at its field. Escape or "Annuleren" leaves the list as
/// it was; a saved change or a removal can be undone from the dataset view.
#[component]
pub fn DatasetForm(props: &DatasetFormProps) -> Html {
    let lang = use_lang();
    let draft = use_state(|| props.draft.clone());
    let problems = use_state(Vec::<(DraftField, DraftProblem)>::new);
    use_effect_with((), |_| focus("rl-dataset-title"));
    let update = |change: fn(&mut DatasetDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = (*draft).clone();
            change(&mut next, value);
            draft.set(next);
        })
    };
    let save = {
        let (draft, problems) = (draft.clone(), problems.clone());
        let (catalog, state, on_close) = (
            props.catalog.clone(),
            props.state.clone(),
            props.on_close.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match draft.to_dataset(&catalog.catalog) {
                Ok(dataset) => {
                    let edit = match draft.existing {
                        Some(_) => CatalogEdit::Change(dataset),
                        None => CatalogEdit::Add(dataset),
                    };
                    state.dispatch(AppAction::EditCatalog(edit));
                    on_close.emit(());
                }
                Err(found) => {
                    if let Some((field, _)) = found.first() {
                        focus(field_id(*field));
                    }
                    problems.set(found);
                }
            }
        })
    };
    let remove = draft.existing.clone().map(|id| {
        let (state, on_close) = (props.state.clone(), props.on_close.clone());
        Callback::from(move |_: MouseEvent| {
            state.dispatch(AppAction::EditCatalog(CatalogEdit::Remove(id.clone())));
            on_close.emit(());
        })
    });
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    let escape = {
        let on_close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                on_close.emit(());
            }
        })
    };
    let problem = |field: DraftField| {
        problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| p.message(lang))
    };
    let heading = match draft.existing {
        Some(_) => CatalogText::EditTitle,
        None => CatalogText::NewTitle,
    };
    html! {
        <form class="rl-dataset-form" data-testid="dataset-form" aria-labelledby="rl-dataset-form-title"
            onsubmit={save} onkeydown={escape} novalidate=true>
            <h2 id="rl-dataset-form-title" class="utrecht-heading-2">{ lang.tr(heading) }</h2>
            if !problems.is_empty() {
                <p class="rl-field__error" role="alert">{ lang.tr(CatalogText::FixErrors) }</p>
            }
            <div class="rl-dataset-form__grid">
                if draft.existing.is_none() {
                    { text_input(Field { id: field_id(DraftField::Id), label: lang.tr(CatalogText::Id),
                        hint: Some(lang.tr(CatalogText::IdHint)), error: problem(DraftField::Id) },
                        &draft.id, update(|d, v| d.id = v)) }
                } else {
                    <div class="rl-field">
                        <span class="rl-field__label">{ lang.tr(CatalogText::Id) }</span>
                        <code data-testid="dataset-id">{ &draft.id }</code>
                    </div>
                }
                { text_input(Field { id: field_id(DraftField::Title), label: lang.tr(CatalogText::Title),
                    hint: None, error: problem(DraftField::Title) }, &draft.title, update(|d, v| d.title = v)) }
                { text_input(Field { id: "rl-dataset-owner", label: lang.tr(CatalogText::Owner),
                    hint: None, error: None }, &draft.owner, update(|d, v| d.owner = v)) }
                { select("rl-dataset-source", lang.tr(CatalogText::Source), source_options(lang),
                    source_word(draft.source), update(|d, v| d.source = parse_source(&v).unwrap_or(d.source))) }
                <div class="rl-dataset-form__cell">
                    { select("rl-dataset-level", lang.tr(CatalogText::Level), level_options(lang),
                        level_word(draft.level), update(|d, v| {
                            d.level = parse_level(&v).unwrap_or(d.level);
                            d.set_confirmed(AssumedField::Level, true);
                        })) }
                    { assumed(&draft, AssumedField::Level, lang, &props.draft) }
                </div>
                <div class="rl-dataset-form__cell">
                    { select("rl-dataset-frequency", lang.tr(CatalogText::Frequency), frequency_options(lang),
                        frequency_word(draft.frequency), update(|d, v| {
                            d.frequency = parse_frequency(&v).unwrap_or(d.frequency);
                            d.set_confirmed(AssumedField::Frequency, true);
                        })) }
                    { assumed(&draft, AssumedField::Frequency, lang, &props.draft) }
                </div>
                { text_input(Field { id: field_id(DraftField::From), label: lang.tr(CatalogText::From),
                    hint: None, error: problem(DraftField::From) }, &draft.from, update(|d, v| d.from = v)) }
                { text_input(Field { id: field_id(DraftField::To), label: lang.tr(CatalogText::To),
                    hint: None, error: problem(DraftField::To) }, &draft.to, update(|d, v| d.to = v)) }
                <div class="rl-dataset-form__cell">
                    { select("rl-dataset-access", lang.tr(CatalogText::Access), access_options(lang),
                        access_word(draft.access), update(|d, v| {
                            d.access = parse_access(&v).unwrap_or(d.access);
                            d.set_confirmed(AssumedField::Access, true);
                        })) }
                    { assumed(&draft, AssumedField::Access, lang, &props.draft) }
                </div>
            </div>
            { text_area(Field { id: "rl-dataset-concepts", label: lang.tr(CatalogText::Concepts),
                hint: Some(lang.tr(CatalogText::ConceptsHint)), error: None }, &draft.concepts, update(|d, v| d.concepts = v)) }
            { text_area(Field { id: "rl-dataset-notes", label: lang.tr(CatalogText::Notes),
                hint: None, error: None }, &draft.notes, update(|d, v| d.notes = v)) }
            <div class="rl-dataset-form__actions">
                <button type="submit" class="utrecht-button utrecht-button--primary-action" data-action="dataset-save">
                    { lang.tr(CatalogText::Save) }
                </button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="dataset-cancel" onclick={cancel}>
                    { lang.tr(CatalogText::Cancel) }
                </button>
                if let Some(onclick) = remove {
                    <button type="button" class="utrecht-button utrecht-button--subtle rl-dataset-form__remove" data-action="dataset-remove" {onclick}>
                        { lang.tr(CatalogText::Delete) }
                    </button>
                }
            </div>
        </form>
    }
}

/// The note and the "checked" box for a field an import assumed (in the dataset as it was when
/// the form opened, so the note stays while the officer ticks the box).
fn assumed(
    draft: &UseStateHandle<DatasetDraft>,
    field: AssumedField,
    lang: Lang,
    original: &DatasetDraft,
) -> Html {
    if !original.assumed.contains(&field) {
        return Html::default();
    }
    let (note, key) = match field {
        AssumedField::Level => (CatalogText::AssumedLevel, "level"),
        AssumedField::Frequency => (CatalogText::AssumedFrequency, "frequency"),
        AssumedField::Access => (CatalogText::AssumedAccess, "access"),
    };
    let checked = !draft.assumed.contains(&field);
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |event: Event| {
            let on = event
                .target_dyn_into::<HtmlInputElement>()
                .is_some_and(|input| input.checked());
            let mut next = (*draft).clone();
            next.set_confirmed(field, on);
            draft.set(next);
        })
    };
    let id = format!("rl-dataset-confirm-{key}");
    html! {
        <div class="rl-dataset-form__assumed" data-assumed={key}>
            <p>{ lang.tr(note) }</p>
            <input type="checkbox" id={id.clone()} {checked} {onchange} />
            <label for={id}>{ lang.tr(CatalogText::Confirmed) }</label>
        </div>
    }
}

fn field_id(field: DraftField) -> &'static str {
    match field {
        DraftField::Id => "rl-dataset-id",
        DraftField::Title => "rl-dataset-title",
        DraftField::From => "rl-dataset-from",
        DraftField::To => "rl-dataset-to",
    }
}

fn level_options(lang: Lang) -> Vec<(String, String)> {
    GeoLevel::ALL
        .iter()
        .map(|&l| (level_word(l).to_owned(), level_name(l, lang).to_owned()))
        .collect()
}

fn frequency_options(lang: Lang) -> Vec<(String, String)> {
    Frequency::ALL
        .iter()
        .map(|&f| {
            (
                frequency_word(f).to_owned(),
                format!("per {}", frequency_name(f, lang)),
            )
        })
        .collect()
}

const SOURCES: [(SourceKind, &str, CatalogText); 4] = [
    (SourceKind::Cbs, "cbs", CatalogText::SourceCbs),
    (
        SourceKind::Municipality,
        "municipality",
        CatalogText::SourceMunicipality,
    ),
    (SourceKind::Partner, "partner", CatalogText::SourcePartner),
    (SourceKind::Other, "other", CatalogText::SourceOther),
];

fn source_options(lang: Lang) -> Vec<(String, String)> {
    SOURCES
        .iter()
        .map(|(_, word, text)| ((*word).to_owned(), lang.tr(*text).to_owned()))
        .collect()
}

fn source_word(source: SourceKind) -> &'static str {
    SOURCES
        .iter()
        .find(|(s, _, _)| *s == source)
        .map_or("other", |(_, word, _)| word)
}

fn parse_source(word: &str) -> Option<SourceKind> {
    SOURCES
        .iter()
        .find(|(_, w, _)| *w == word)
        .map(|(s, _, _)| *s)
}

const ACCESS: [(AccessClass, &str, ImportText); 3] = [
    (AccessClass::Open, "open", ImportText::AccessOpen),
    (
        AccessClass::Internal,
        "internal",
        ImportText::AccessInternal,
    ),
    (
        AccessClass::Personal,
        "personal",
        ImportText::AccessPersonal,
    ),
];

fn access_options(lang: Lang) -> Vec<(String, String)> {
    ACCESS
        .iter()
        .map(|(_, word, text)| ((*word).to_owned(), lang.tr(*text).to_owned()))
        .collect()
}

fn access_word(access: AccessClass) -> &'static str {
    ACCESS
        .iter()
        .find(|(a, _, _)| *a == access)
        .map_or("internal", |(_, word, _)| word)
}

fn parse_access(word: &str) -> Option<AccessClass> {
    ACCESS
        .iter()
        .find(|(_, w, _)| *w == word)
        .map(|(a, _, _)| *a)
}
