//! The indicator's concept field as a combobox (WAI-ARIA APG "combobox with listbox popup"):
//! while the officer types, the datasets of the open list that fit and the list's own concept
//! names are offered, each with why. Arrow keys move through them, Enter chooses, Escape closes
//! (a second Escape brings back the saved words). Choosing a dataset links it; choosing a concept
//! takes over the list's name. The typed words are saved when the field is left, as elsewhere.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::dataset_choice::link_with_concept;
use super::suggestion_view::DatasetSummary;
use crate::analysis::{SuggestOptions, Suggestions};
use crate::catalog::DatasetId;
use crate::editor::Command;
use crate::i18n::{EditorText, Lang};
use crate::matching::Searcher;
use crate::model::{Action, Indicator, NodeId};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::AppAction;

/// At most this many datasets and concepts are offered while typing.
const SHOWN_DATASETS: usize = 6;
const SHOWN_CONCEPTS: usize = 3;

#[derive(Properties, PartialEq)]
pub struct ConceptComboboxProps {
    pub session: Session,
    pub node_id: NodeId,
    pub index: usize,
    pub indicator: Indicator,
    pub id: AttrValue,
    pub label: AttrValue,
}

/// One choice in the popup.
#[derive(Clone, Debug, PartialEq)]
enum Choice {
    Concept(String),
    Dataset(DatasetId),
}

#[derive(Clone, Default, PartialEq)]
struct Popup {
    /// What is in the field (not yet saved).
    text: String,
    suggestions: Rc<Suggestions>,
    open: bool,
    /// Position in `choices`.
    active: Option<usize>,
}

#[component]
pub fn ConceptCombobox(props: &ConceptComboboxProps) -> Html {
    let lang = use_lang();
    let session = props.session.clone();
    let saved = props.indicator.concept.clone();
    let popup = use_state(|| Popup {
        text: saved.clone(),
        ..Popup::default()
    });
    let searcher = use_mut_ref(Searcher::default);
    // The saved words changed elsewhere (undo, another field): show them.
    {
        let popup = popup.clone();
        use_effect_with(saved.clone(), move |saved| {
            if popup.text != *saved {
                popup.set(Popup {
                    text: saved.clone(),
                    ..Popup::default()
                });
            }
        });
    }

    let index = &session.state.catalog.index;
    let (node_id, position) = (props.node_id, props.index);
    let choices: Vec<Choice> = popup
        .suggestions
        .concepts
        .iter()
        .take(SHOWN_CONCEPTS)
        .map(|c| Choice::Concept(c.concept.clone()))
        .chain(
            popup
                .suggestions
                .datasets
                .iter()
                .take(SHOWN_DATASETS)
                .map(|s| Choice::Dataset(index.dataset_id(s.dataset).clone())),
        )
        .collect();

    let suggest = {
        let session = session.clone();
        let searcher = searcher.clone();
        let indicator = props.indicator.clone();
        move |text: &str| -> Rc<Suggestions> {
            let index = &session.state.catalog.index;
            if index.is_empty() || text.trim().is_empty() {
                return Rc::new(Suggestions::default());
            }
            let need = session
                .analysis
                .needs_of_node(node_id)
                .find(|c| c.need.origin.indicator() == position)
                .map(|c| c.need);
            let exclude: Vec<DatasetId> = indicator
                .linked_datasets
                .iter()
                .chain(&indicator.rejected_datasets)
                .cloned()
                .collect();
            let found = index.suggest(
                &mut searcher.borrow_mut(),
                text,
                SuggestOptions {
                    typing: true,
                    need: need.as_ref(),
                    exclude: &exclude,
                    limit: SHOWN_DATASETS,
                },
            );
            Rc::new(found)
        }
    };

    let save_text = {
        let session = session.clone();
        move |text: &str| {
            let Some(mut node) = session.state.editor.line().node(node_id).cloned() else {
                return;
            };
            let Some(target) = node.indicators.get_mut(position) else {
                return;
            };
            let text = text.trim();
            if target.concept != text {
                target.concept = text.to_owned();
                session.dispatch(AppAction::Command(Command::Edit(Action::EditNode {
                    id: node_id,
                    node,
                })));
            }
        }
    };

    let choose = {
        let session = session.clone();
        let popup = popup.clone();
        let save_text = save_text.clone();
        move |choice: &Choice| {
            match choice {
                Choice::Concept(concept) => save_text(concept),
                Choice::Dataset(id) => {
                    link_with_concept(&session, node_id, position, &popup.text, id.clone())
                }
            }
            let text = match choice {
                Choice::Concept(concept) => concept.clone(),
                Choice::Dataset(_) => popup.text.clone(),
            };
            popup.set(Popup {
                text,
                ..Popup::default()
            });
        }
    };

    let oninput = {
        let popup = popup.clone();
        let suggest = suggest.clone();
        Callback::from(move |event: InputEvent| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let text = input.value();
            let suggestions = suggest(&text);
            let open = !suggestions.datasets.is_empty() || !suggestions.concepts.is_empty();
            popup.set(Popup {
                text,
                suggestions,
                open,
                active: None,
            });
        })
    };

    let onkeydown = {
        let popup = popup.clone();
        let choices = choices.clone();
        let choose = choose.clone();
        let saved = saved.clone();
        let suggest = suggest.clone();
        Callback::from(move |event: KeyboardEvent| {
            let count = choices.len();
            let mut next = (*popup).clone();
            match event.key().as_str() {
                "ArrowDown" | "ArrowUp" => {
                    event.prevent_default();
                    if !next.open {
                        next.suggestions = suggest(&next.text);
                        next.open = true;
                    }
                    let count = if count == 0 {
                        next.suggestions.concepts.len().min(SHOWN_CONCEPTS)
                            + next.suggestions.datasets.len().min(SHOWN_DATASETS)
                    } else {
                        count
                    };
                    if count == 0 {
                        return;
                    }
                    let down = event.key() == "ArrowDown";
                    next.active = Some(match (next.active, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(at), true) => (at + 1) % count,
                        (Some(at), false) => (at + count - 1) % count,
                    });
                    popup.set(next);
                }
                "Enter" => {
                    if let (true, Some(choice)) =
                        (next.open, next.active.and_then(|at| choices.get(at)))
                    {
                        event.prevent_default();
                        choose(choice);
                    }
                }
                "Escape" => {
                    event.prevent_default();
                    // Inside the side panel Escape would otherwise also clear the selection.
                    event.stop_propagation();
                    if next.open {
                        next.open = false;
                        next.active = None;
                    } else {
                        next.text = saved.clone();
                    }
                    popup.set(next);
                }
                _ => {}
            }
        })
    };

    let onchange = {
        let save_text = save_text.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                save_text(&input.value());
            }
        })
    };
    let onblur = {
        let popup = popup.clone();
        Callback::from(move |_: FocusEvent| {
            if popup.open {
                let mut next = (*popup).clone();
                next.open = false;
                next.active = None;
                popup.set(next);
            }
        })
    };

    let list_id = format!("{}-suggestions", props.id);
    let status_id = format!("{}-status", props.id);
    let option_id = |at: usize| format!("{}-option-{at}", props.id);
    let expanded = popup.open && !choices.is_empty();
    let active_id = popup
        .active
        .filter(|_| expanded)
        .map(|at| AttrValue::from(option_id(at)));
    let concepts = popup
        .suggestions
        .concepts
        .iter()
        .take(SHOWN_CONCEPTS)
        .enumerate();
    let concept_options = concepts.map(|(at, concept)| {
        let choice = Choice::Concept(concept.concept.clone());
        let onmousedown = {
            let choose = choose.clone();
            Callback::from(move |event: MouseEvent| {
                // Keeps the focus in the field, so leaving it does not save the typed words first.
                event.prevent_default();
                choose(&choice);
            })
        };
        let selected = popup.active == Some(at);
        html! {
            <div key={format!("c-{}", concept.concept)} id={option_id(at)} role="option" aria-selected={selected.to_string()}
                class={classes!("rl-combobox__option", selected.then_some("rl-combobox__option--active"))}
                data-choice="concept" {onmousedown}>
                <span class="rl-combobox__title">{ &concept.concept }</span>
                <span class="rl-combobox__facts">{ concept_note(concept.datasets, lang) }</span>
            </div>
        }
    });
    let first_dataset = popup.suggestions.concepts.len().min(SHOWN_CONCEPTS);
    let dataset_options = popup
        .suggestions
        .datasets
        .iter()
        .take(SHOWN_DATASETS)
        .enumerate()
        .filter_map(|(n, suggestion)| {
            let at = first_dataset + n;
            let dataset = index.dataset(suggestion.dataset)?;
            let choice = Choice::Dataset(dataset.id.clone());
            let onmousedown = {
                let choose = choose.clone();
                Callback::from(move |event: MouseEvent| {
                    event.prevent_default();
                    choose(&choice);
                })
            };
            let selected = popup.active == Some(at);
            Some(html! {
                <div key={dataset.id.0.clone()} id={option_id(at)} role="option" aria-selected={selected.to_string()}
                    class={classes!("rl-combobox__option", selected.then_some("rl-combobox__option--active"))}
                    data-choice="dataset" data-dataset={dataset.id.0.clone()} {onmousedown}>
                    <DatasetSummary dataset={dataset.clone()} reasons={suggestion.reasons.clone()} gaps={suggestion.gaps} />
                </div>
            })
        });
    let count = choices.len();
    let status = if !popup.open {
        String::new()
    } else {
        announce(count, lang)
    };
    html! {
        <div class="rl-field rl-combobox">
            <label class="rl-field__label" for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} class="rl-field__input" type="text" value={popup.text.clone()}
                role="combobox" aria-autocomplete="list" aria-expanded={expanded.to_string()}
                aria-controls={list_id.clone()} aria-activedescendant={active_id} aria-describedby={status_id.clone()}
                autocomplete="off" spellcheck="false"
                {oninput} {onkeydown} {onchange} {onblur} />
            <p id={status_id} class="rl-visually-hidden" role="status" aria-live="polite">{ status }</p>
            <div id={list_id.clone()} role="listbox" class="rl-combobox__list" hidden={!expanded}
                aria-label={lang.tr(EditorText::SuggestionsLabel)}>
                if first_dataset > 0 {
                    <div role="group" aria-labelledby={format!("{list_id}-concepts")} class="rl-combobox__group">
                        <div role="presentation" id={format!("{list_id}-concepts")} class="rl-combobox__heading">{ lang.tr(EditorText::SuggestedConcepts) }</div>
                        { for concept_options }
                    </div>
                }
                if !popup.suggestions.datasets.is_empty() {
                    <div role="group" aria-labelledby={format!("{list_id}-datasets")} class="rl-combobox__group">
                        <div role="presentation" id={format!("{list_id}-datasets")} class="rl-combobox__heading">{ lang.tr(EditorText::SuggestedDatasets) }</div>
                        { for dataset_options }
                    </div>
                }
            </div>
        </div>
    }
}

fn concept_note(datasets: usize, lang: Lang) -> String {
    match (lang, datasets) {
        (Lang::Nl, 1) => "begrip uit de lijst, in 1 dataset".to_owned(),
        (Lang::Nl, n) => format!("begrip uit de lijst, in {n} datasets"),
        (Lang::En, 1) => "concept of the list, in 1 dataset".to_owned(),
        (Lang::En, n) => format!("concept of the list, in {n} datasets"),
    }
}

fn announce(count: usize, lang: Lang) -> String {
    match (lang, count) {
        (Lang::Nl, 0) => "Geen voorstellen.".to_owned(),
        (Lang::Nl, 1) => "1 voorstel; pijltje omlaag om te kiezen.".to_owned(),
        (Lang::Nl, n) => format!("{n} voorstellen; pijltje omlaag om te kiezen."),
        (Lang::En, 0) => "No suggestions.".to_owned(),
        (Lang::En, 1) => "1 suggestion; arrow down to choose.".to_owned(),
        (Lang::En, n) => format!("{n} suggestions; arrow down to choose."),
    }
}
