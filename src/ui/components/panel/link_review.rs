//! "Koppelingen nalopen": all needs of the line that wait for a link, one at a time, each with
//! its candidates to link or reject. Keyboard first: every decision is a button in reading
//! order, and after a decision the focus goes to the next need's heading, which is announced.

use yew::prelude::*;

use super::candidate_actions::CandidateActions;
use super::suggestion_view::DatasetSummary;
use crate::analysis::{Analysis, Coverage, NeedOrigin};
use crate::i18n::{EditorText, Lang};
use crate::matching::Searcher;
use crate::model::NodeId;
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;

#[derive(Properties, PartialEq)]
pub struct LinkReviewProps {
    pub session: Session,
    pub on_close: Callback<()>,
}

/// A need of a node's own indicator: node and indicator position.
type Item = (NodeId, usize);

/// The node needs waiting for a link, in the line's order.
pub fn open_items(analysis: &Analysis) -> Vec<Item> {
    analysis
        .needs
        .iter()
        .filter(|c| matches!(c.coverage, Coverage::ToLink(_)))
        .filter_map(|c| match c.need.origin {
            NeedOrigin::Node { node, indicator } => Some((node, indicator as usize)),
            NeedOrigin::Edge { .. } => None,
        })
        .collect()
}

fn is_open(analysis: &Analysis, item: Item) -> bool {
    analysis.needs.iter().any(|c| {
        c.need.origin
            == NeedOrigin::Node {
                node: item.0,
                indicator: item.1 as u32,
            }
            && matches!(c.coverage, Coverage::ToLink(_))
    })
}

#[component]
pub fn LinkReview(props: &LinkReviewProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let analysis = &session.analysis;
    // The needs open when the review began: the progress counts those, whatever is decided.
    let items = {
        let analysis = analysis.clone();
        use_state(move || open_items(&analysis))
    };
    let cursor = use_state(|| 0usize);
    let heading = use_node_ref();
    let close_button = use_node_ref();
    let searcher = use_mut_ref(Searcher::default);

    let open: Vec<bool> = items.iter().map(|&item| is_open(analysis, item)).collect();
    let resolved = open.iter().filter(|o| !**o).count();
    // After a decision closes the current need, go on to the next open one.
    {
        let cursor = cursor.clone();
        let open = open.clone();
        use_effect_with(open, move |open| {
            let at = *cursor;
            if !open.get(at).copied().unwrap_or(false) {
                let count = open.len();
                if let Some(next) = (1..=count)
                    .map(|step| (at + step) % count.max(1))
                    .find(|&i| open.get(i).copied().unwrap_or(false))
                {
                    cursor.set(next);
                }
            }
        });
    }
    {
        let heading = heading.clone();
        use_effect_with(*cursor, move |_| {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    }

    let total = items.len();
    let all_done = total > 0 && resolved == total;
    // Nothing left to decide: the focus would be lost with the last button, so it goes to "stop".
    {
        let close_button = close_button.clone();
        use_effect_with(all_done || total == 0, move |&finished| {
            if finished {
                if let Some(element) = close_button.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let close = props.on_close.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                close.emit(());
            }
        })
    };
    let step = |forward: bool| {
        let cursor = cursor.clone();
        Callback::from(move |_: MouseEvent| {
            let at = *cursor;
            let next = if forward {
                (at + 1).min(total.saturating_sub(1))
            } else {
                at.saturating_sub(1)
            };
            cursor.set(next);
        })
    };
    let body = if total == 0 {
        html! { <p class="utrecht-paragraph">{ lang.tr(EditorText::ReviewNothing) }</p> }
    } else if all_done {
        html! { <p class="utrecht-paragraph" data-testid="review-done">{ lang.tr(EditorText::ReviewDone) }</p> }
    } else {
        let at = (*cursor).min(total - 1);
        match items.get(at) {
            Some(&item) => current(session, item, &heading, &mut searcher.borrow_mut(), lang),
            None => Html::default(),
        }
    };
    let at = (*cursor).min(total.saturating_sub(1));
    html! {
        <section class="rl-review" aria-labelledby="rl-review-title" data-testid="link-review" onkeydown={onkeydown}>
            <h3 id="rl-review-title" class="utrecht-heading-3">{ lang.tr(EditorText::ReviewLinks) }</h3>
            if total > 0 {
                <p class="rl-review__progress" role="status" aria-live="polite" data-testid="review-progress">
                    { progress(at + 1, total, resolved, lang) }
                </p>
                <progress class="rl-review__bar" max={total.to_string()} value={resolved.to_string()}
                    aria-hidden="true"></progress>
            }
            { body }
            <div class="rl-review__nav">
                if total > 1 && !all_done {
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-action="review-previous"
                        disabled={at == 0} onclick={step(false)}>{ lang.tr(EditorText::ReviewPrevious) }</button>
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-action="review-next"
                        disabled={at + 1 >= total} onclick={step(true)}>{ lang.tr(EditorText::ReviewNext) }</button>
                }
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="review-close"
                    ref={close_button} onclick={close}>{ lang.tr(EditorText::ReviewClose) }</button>
            </div>
        </section>
    }
}

/// One need with its candidates (or, once decided, its verdict).
fn current(
    session: &Session,
    (node, indicator): Item,
    heading: &NodeRef,
    searcher: &mut Searcher,
    lang: Lang,
) -> Html {
    let analysis = &session.analysis;
    let index = &session.state.catalog.index;
    let line = session.state.editor.line();
    let title = line.node(node).map(|n| n.title.clone()).unwrap_or_default();
    let Some(checked) = analysis.needs.iter().find(|c| {
        c.need.origin
            == NeedOrigin::Node {
                node,
                indicator: indicator as u32,
            }
    }) else {
        return Html::default();
    };
    let concept = analysis.concept(&checked.need).to_owned();
    let shown = analysis.candidates_of(&checked.coverage);
    let datasets: Vec<_> = shown.iter().map(|c| c.dataset).collect();
    let mut reasons_of = index
        .explain_each(searcher, &concept, &datasets)
        .into_iter();
    let candidates = shown
        .iter()
        .filter_map(|candidate| {
            let reasons = reasons_of.next().unwrap_or_default();
            let dataset = index.dataset(candidate.dataset)?;
            Some(html! {
                <li key={dataset.id.0.clone()} data-dataset={dataset.id.0.clone()}>
                    <DatasetSummary dataset={dataset.clone()} {reasons} gaps={candidate.gaps} />
                    <CandidateActions session={session.clone()} {node} {indicator} dataset={dataset.id.clone()}
                        linked={false} title={dataset.title.clone()} />
                </li>
            })
        });
    let open = matches!(checked.coverage, Coverage::ToLink(_));
    html! {
        <div class="rl-review__item" data-node={node.to_string()} data-indicator={indicator.to_string()}>
            <p class="rl-review__need" tabindex="-1" ref={heading.clone()}>
                <strong>{ concept.clone() }</strong>{ format!(" — {title}, indicator {}", indicator + 1) }
            </p>
            if open {
                <p class="rl-needs__candidates-title">{ lang.tr(EditorText::PossiblyUsable) }</p>
                <ul class="rl-review__candidates">{ for candidates }</ul>
            } else {
                <p class="utrecht-paragraph">{ decided(&checked.coverage, lang) }</p>
            }
        </div>
    }
}

fn decided(coverage: &Coverage, lang: Lang) -> &'static str {
    match (coverage, lang) {
        (Coverage::Covered(_), Lang::Nl) => "Gekoppeld: deze behoefte is gedekt.",
        (Coverage::Covered(_), Lang::En) => "Linked: this need is covered.",
        (Coverage::PartlyCovered(_), Lang::Nl) => "Gekoppeld: deze behoefte is deels gedekt.",
        (Coverage::PartlyCovered(_), Lang::En) => "Linked: this need is partly covered.",
        (_, Lang::Nl) => "Geen voorstellen meer: deze data ontbreekt.",
        (_, Lang::En) => "No suggestions left: this data is missing.",
    }
}

fn progress(at: usize, total: usize, resolved: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Behoefte {at} van {total} · {resolved} afgehandeld"),
        Lang::En => format!("Need {at} of {total} · {resolved} done"),
    }
}
