use yew::prelude::*;

use super::link_review::{open_items, LinkReview};
use super::reports::Reports;
use crate::analysis::{CheckedNeed, Coverage, NeedOrigin};
use crate::catalog::AccessClass;
use crate::i18n::{CatalogText, EditorText, Lang};
use crate::model::NodeId;
use crate::number;
use crate::ui::components::show_more::{more_than, ShowMore};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Selection};

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub session: Session,
}

/// Everything the analysis found, grouped; each finding leads to the node it concerns.
#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let analysis = &session.analysis;
    let line = session.state.editor.line();
    let index = &session.state.catalog.index;
    let select = session.callback(|id: NodeId| AppAction::Select(Selection::node(id)));
    let title_of = |id: NodeId| line.node(id).map(|n| n.title.clone()).unwrap_or_default();
    let need_item = |position: usize, concept: &str, node: NodeId| {
        let onclick = select.reform(move |_: MouseEvent| node);
        html! {
            <li key={position}>
                <button type="button" class="rl-findings__link" data-id={node.to_string()} {onclick}>
                    <strong>{ concept.to_owned() }</strong>{ " — " }{ title_of(node) }
                </button>
            </li>
        }
    };
    // Node needs only: edge needs repeat the same concepts and would list each twice.
    let node_needs = || {
        analysis
            .needs
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.need.origin, NeedOrigin::Node { .. }))
    };
    // Only the first items of each list are drawn (see `FIRST_SHOWN`); counts cover all.
    let shown = use_state(|| [FIRST_SHOWN; 5]);
    let reviewing = use_state(|| false);
    let limit = |group: usize| shown.get(group).copied().unwrap_or(FIRST_SHOWN);
    let more = |group: usize| {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = *shown;
            if let Some(n) = next.get_mut(group) {
                *n = more_than(*n);
            }
            shown.set(next);
        })
    };
    let is_missing = |c: &&CheckedNeed| matches!(c.coverage, Coverage::Missing);
    let is_partly = |c: &&CheckedNeed| matches!(c.coverage, Coverage::PartlyCovered(_));
    let is_to_link = |c: &&CheckedNeed| matches!(c.coverage, Coverage::ToLink(_));
    let to_link_count = node_needs().filter(|(_, c)| is_to_link(c)).count();
    let to_link: Vec<Html> = node_needs()
        .filter(|(_, c)| is_to_link(c))
        .take(limit(4))
        .map(|(i, c)| need_item(i, analysis.concept(&c.need), c.need.origin.node()))
        .collect();
    let missing_count = node_needs().filter(|(_, c)| is_missing(c)).count();
    let missing: Vec<Html> = node_needs()
        .filter(|(_, c)| is_missing(c))
        .take(limit(0))
        .map(|(i, c)| need_item(i, analysis.concept(&c.need), c.need.origin.node()))
        .collect();
    let partly_count = node_needs().filter(|(_, c)| is_partly(c)).count();
    let partly: Vec<Html> = node_needs()
        .filter(|(_, c)| is_partly(c))
        .take(limit(1))
        .map(|(i, c)| need_item(i, analysis.concept(&c.need), c.need.origin.node()))
        .collect();
    let unused: Vec<Html> = analysis
        .unused
        .iter()
        .take(limit(2))
        .filter_map(|&d| index.dataset(d))
        .map(|d| {
            // Personal data nobody needs (or that data without it replaces) is a privacy risk.
            let personal = d.access == AccessClass::Personal;
            html! {
                <li key={d.id.0.clone()}>
                    { &d.title }{ format!(" ({})", d.owner) }
                    if personal {
                        <span class="rl-findings__risk" data-testid="privacy-risk">{ format!(" — {}", lang.tr(EditorText::FindingsPrivacyRisk)) }</span>
                    }
                </li>
            }
        })
        .collect();
    let structure: Vec<Html> = analysis
        .diagnostics
        .iter()
        .take(limit(3))
        .enumerate()
        .map(|(i, d)| {
            let message = d.message(lang);
            match d.nodes.first().copied() {
                Some(node) => {
                    let onclick = select.reform(move |_: MouseEvent| node);
                    html! { <li key={i}><button type="button" class="rl-findings__link" data-id={node.to_string()} {onclick}>{ message }</button></li> }
                }
                None => html! { <li key={i}>{ message }</li> },
            }
        })
        .collect();
    let start_review = {
        let reviewing = reviewing.clone();
        Callback::from(move |_: MouseEvent| reviewing.set(true))
    };
    let stop_review = {
        let reviewing = reviewing.clone();
        Callback::from(move |()| reviewing.set(false))
    };
    let score = analysis.score;
    let share = score
        .share()
        .map(|s| number::fixed(s * 100.0, 0) + "%")
        .unwrap_or_else(|| "–".to_owned());
    let catalog = &session.state.catalog.catalog;
    let catalog_line = if session.state.restoring_catalog() {
        lang.tr(CatalogText::Restoring).to_owned()
    } else if catalog.is_empty() {
        lang.tr(EditorText::CatalogNone).to_owned()
    } else {
        format!(
            "{}: {} ({} {})",
            lang.tr(EditorText::CatalogLabel),
            catalog.title,
            catalog.len(),
            lang.tr(EditorText::Datasets)
        )
    };
    html! {
        <div class="rl-findings" data-testid="findings">
            <p class="rl-findings__catalog" data-testid="catalog-name" aria-live="polite">{ catalog_line }</p>
            if session.state.catalog_not_kept {
                <p class="rl-findings__warning" role="status" data-testid="catalog-not-kept">{ lang.tr(CatalogText::NotKept) }</p>
            }
            <p class="rl-findings__score">
                { format!("{}: {share} ({} / {})", lang.tr(EditorText::FindingsScore), score.covered, score.total()) }
            </p>
            if *reviewing {
                <LinkReview session={session.clone()} on_close={stop_review} />
            } else {
                if to_link_count > 0 {
                    <button type="button" class="utrecht-button utrecht-button--secondary-action rl-findings__review"
                        data-action="review-links" onclick={start_review}>
                        { format!("{} ({})", lang.tr(EditorText::ReviewLinks), open_items(analysis).len()) }
                    </button>
                }
                { group(Group { key: "to-link", title: EditorText::FindingsToLink, total: to_link_count }, to_link, more(4), lang) }
            }
            { group(Group { key: "missing", title: EditorText::FindingsMissing, total: missing_count }, missing, more(0), lang) }
            { group(Group { key: "partly", title: EditorText::FindingsPartly, total: partly_count }, partly, more(1), lang) }
            { group(Group { key: "unused", title: EditorText::FindingsUnused, total: analysis.unused.len() }, unused, more(2), lang) }
            { group(Group { key: "structure", title: EditorText::FindingsStructure, total: analysis.diagnostics.len() }, structure, more(3), lang) }
            if !catalog.is_empty() {
                <Reports session={session.clone()} />
            }
        </div>
    }
}

/// Findings lists start with this many items (see `ShowMore`): a catalog of 50,000 datasets can
/// have tens of thousands unused, and drawing them all would slow down every edit.
const FIRST_SHOWN: usize = 50;

struct Group {
    key: &'static str,
    title: EditorText,
    /// All findings of the group; `items` may be the first of them only.
    total: usize,
}

fn group(group: Group, items: Vec<Html>, more: Callback<MouseEvent>, lang: Lang) -> Html {
    let Group { key, title, total } = group;
    let hidden = total.saturating_sub(items.len());
    html! {
        <section class={classes!("rl-findings__group", format!("rl-findings__group--{key}"))} data-findings={key}>
            <h3 class="utrecht-heading-3">{ format!("{} ({total})", lang.tr(title)) }</h3>
            if items.is_empty() {
                <p class="rl-findings__none">{ lang.tr(EditorText::FindingsNone) }</p>
            } else {
                <ul class="rl-findings__list">{ for items }</ul>
            }
            <ShowMore {hidden} onclick={more} />
        </section>
    }
}
