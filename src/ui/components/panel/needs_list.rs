use yew::prelude::*;

use super::candidate_actions::{CandidateActions, RejectedList};
use super::suggestion_view::DatasetSummary;
use crate::analysis::{frequency_name, level_name, Coverage, MatchVia};
use crate::i18n::{EditorText, Lang};
use crate::matching::Searcher;
use crate::model::{NodeId, YearRange};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;

#[derive(Properties, PartialEq)]
pub struct NeedsListProps {
    pub session: Session,
    pub node: NodeId,
}

/// The data one node needs, as the analysis derived it, with the verdict and its reasons; for a
/// need no dataset covers, the candidates to link or reject.
#[component]
pub fn NeedsList(props: &NeedsListProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let analysis = &session.analysis;
    let index = &session.state.catalog.index;
    let line = session.state.editor.line();
    let searcher = use_mut_ref(Searcher::default);
    let needs: Vec<_> = analysis.needs_of_node(props.node).collect();
    if needs.is_empty() {
        return html! { <p class="utrecht-paragraph rl-needs__none">{ lang.tr(EditorText::NeedsNone) }</p> };
    }
    let node = props.node;
    let items = needs.iter().enumerate().map(|(position, checked)| {
        let need = &checked.need;
        let (key, verdict) = match checked.coverage {
            Coverage::Covered(_) => ("covered", EditorText::NeedCovered),
            Coverage::PartlyCovered(_) => ("partly", EditorText::NeedPartly),
            Coverage::ToLink(_) => ("to-link", EditorText::NeedToLink),
            Coverage::Missing => ("missing", EditorText::NeedMissing),
        };
        let indicator = need.origin.indicator();
        let concept = analysis.concept(need).to_owned();
        let to_link = matches!(checked.coverage, Coverage::ToLink(_));
        let shown = analysis.candidates_of(&checked.coverage);
        let mut reasons_of = if to_link {
            let datasets: Vec<_> = shown.iter().map(|c| c.dataset).collect();
            index.explain_each(&mut searcher.borrow_mut(), &concept, &datasets)
        } else {
            Vec::new()
        }
        .into_iter();
        let candidates = shown.iter().filter_map(|candidate| {
            let reasons = reasons_of.next().unwrap_or_default();
            let dataset = index.dataset(candidate.dataset)?;
            let linked = candidate.via == MatchVia::Linked;
            Some(html! {
                <li key={dataset.id.0.clone()} data-dataset={dataset.id.0.clone()}>
                    <DatasetSummary dataset={dataset.clone()} {reasons} gaps={candidate.gaps} />
                    // A candidate to link is under the "possibly usable" heading already.
                    if !to_link {
                        <span class="rl-needs__via">
                            if linked { { lang.tr(EditorText::LinkedByHand) } } else { { candidate.via.message(index, lang) } }
                        </span>
                    }
                    if to_link || linked {
                        <CandidateActions session={session.clone()} {node} {indicator}
                            dataset={dataset.id.clone()} linked={linked} title={dataset.title.clone()} />
                    }
                </li>
            })
        });
        let rejected = line
            .node(node)
            .and_then(|n| n.indicators.get(indicator))
            .map(|i| i.rejected_datasets.clone())
            .unwrap_or_default();
        let heading = if to_link { Some(lang.tr(EditorText::PossiblyUsable)) } else { None };
        html! {
            <li key={position} class={classes!("rl-needs__item", format!("rl-needs__item--{key}"))} data-need-status={key}>
                <p class="rl-needs__head">
                    <span class="rl-needs__verdict">{ lang.tr(verdict) }</span>{ " " }
                    <strong>{ concept.clone() }</strong>
                </p>
                <p class="rl-needs__spec">{ spec(need.level, need.frequency, need.period, need.min_measurements, indicator, lang) }</p>
                <p class="rl-needs__reason">{ need.reason.explanation(lang) }</p>
                if let Some(heading) = heading {
                    <p class="rl-needs__candidates-title">{ heading }</p>
                }
                if checked.coverage != Coverage::Missing {
                    <ul class="rl-needs__datasets" aria-label={lang.tr(EditorText::NeedDatasets)}>{ for candidates }</ul>
                }
                if !rejected.is_empty() {
                    <RejectedList session={session.clone()} {node} {indicator} {rejected} />
                }
            </li>
        }
    });
    html! { <ul class="rl-needs" data-testid="needs">{ for items }</ul> }
}

fn spec(
    level: crate::model::GeoLevel,
    frequency: crate::model::Frequency,
    period: Option<YearRange>,
    measurements: u32,
    indicator: usize,
    lang: Lang,
) -> String {
    let period = period
        .map(|p| format!("{}–{}", p.from(), p.to()))
        .unwrap_or_else(|| "?".to_owned());
    match lang {
        Lang::Nl => format!(
            "Indicator {}: per {}, elke {}, {period}, minstens {measurements} meting(en).",
            indicator + 1,
            level_name(level, lang),
            frequency_name(frequency, lang)
        ),
        Lang::En => format!(
            "Indicator {}: per {}, every {}, {period}, at least {measurements} measurement(s).",
            indicator + 1,
            level_name(level, lang),
            frequency_name(frequency, lang)
        ),
    }
}
