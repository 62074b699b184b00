//! The buttons with which an officer decides about a dataset for an indicator: link it, say it
//! does not fit, unlink it, or offer a rejected one again. Each is one undoable edit.

use yew::prelude::*;

use super::dataset_choice::choose;
use crate::catalog::DatasetId;
use crate::i18n::EditorText;
use crate::model::{DatasetChoice, NodeId};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;

#[derive(Properties, PartialEq)]
pub struct CandidateActionsProps {
    pub session: Session,
    pub node: NodeId,
    pub indicator: usize,
    pub dataset: DatasetId,
    /// Linked already: offer to unlink instead.
    pub linked: bool,
    /// The dataset's title, for the buttons' accessible names.
    pub title: AttrValue,
}

#[component]
pub fn CandidateActions(props: &CandidateActionsProps) -> Html {
    let lang = use_lang();
    let button =
        |choice: DatasetChoice, text: EditorText, class: &'static str, action: &'static str| {
            let (session, node, indicator, dataset) = (
                props.session.clone(),
                props.node,
                props.indicator,
                props.dataset.clone(),
            );
            let onclick = Callback::from(move |_: MouseEvent| {
                choose(&session, node, indicator, dataset.clone(), choice);
            });
            let label = format!("{}: {}", lang.tr(text), props.title);
            html! {
                <button type="button" class={classes!("utrecht-button", class)} data-action={action}
                    aria-label={label} {onclick}>{ lang.tr(text) }</button>
            }
        };
    html! {
        <span class="rl-candidate-actions">
            if props.linked {
                { button(DatasetChoice::Open, EditorText::UnlinkDataset, "utrecht-button--subtle", "unlink-dataset") }
            } else {
                { button(DatasetChoice::Linked, EditorText::LinkDataset, "utrecht-button--secondary-action", "link-dataset") }
                { button(DatasetChoice::Rejected, EditorText::RejectDataset, "utrecht-button--subtle", "reject-dataset") }
            }
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct RejectedListProps {
    pub session: Session,
    pub node: NodeId,
    pub indicator: usize,
    pub rejected: Vec<DatasetId>,
}

/// The datasets the officer said do not fit this indicator, each with a way back.
#[component]
pub fn RejectedList(props: &RejectedListProps) -> Html {
    let lang = use_lang();
    let index = &props.session.state.catalog.index;
    let items = props.rejected.iter().map(|id| {
        let title = index
            .find(id)
            .and_then(|d| index.dataset(d))
            .map_or_else(|| id.0.clone(), |d| d.title.clone());
        let (session, node, indicator, dataset) = (
            props.session.clone(),
            props.node,
            props.indicator,
            id.clone(),
        );
        let onclick = Callback::from(move |_: MouseEvent| {
            choose(&session, node, indicator, dataset.clone(), DatasetChoice::Open);
        });
        let label = format!("{}: {title}", lang.tr(EditorText::OfferAgain));
        html! {
            <li key={id.0.clone()} data-dataset={id.0.clone()}>
                { title.clone() }{ " " }
                <button type="button" class="utrecht-button utrecht-button--subtle" data-action="offer-again"
                    aria-label={label} {onclick}>{ lang.tr(EditorText::OfferAgain) }</button>
            </li>
        }
    });
    html! {
        <div class="rl-needs__rejected" data-testid="rejected-datasets">
            <p class="rl-needs__candidates-title">{ lang.tr(EditorText::RejectedDatasets) }</p>
            <ul>{ for items }</ul>
        </div>
    }
}
