use yew::prelude::*;

use crate::analysis::{frequency_name, level_name, Coverage};
use crate::i18n::{EditorText, Lang};
use crate::model::{NodeId, YearRange};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;

#[derive(Properties, PartialEq)]
pub struct NeedsListProps {
    pub session: Session,
    pub node: NodeId,
}

/// The data one node needs, as the analysis derived it, with the verdict and its reasons.
#[component]
pub fn NeedsList(props: &NeedsListProps) -> Html {
    let lang = use_lang();
    let analysis = &props.session.analysis;
    let index = &props.session.state.catalog.index;
    let needs: Vec<_> = analysis.needs_of_node(props.node).collect();
    if needs.is_empty() {
        return html! { <p class="utrecht-paragraph rl-needs__none">{ lang.tr(EditorText::NeedsNone) }</p> };
    }
    let items = needs.iter().enumerate().map(|(position, checked)| {
        let need = &checked.need;
        let (key, verdict) = match checked.coverage {
            Coverage::Covered(_) => ("covered", EditorText::NeedCovered),
            Coverage::PartlyCovered(_) => ("partly", EditorText::NeedPartly),
            Coverage::ToLink(_) => ("to-link", EditorText::NeedToLink),
            Coverage::Missing => ("missing", EditorText::NeedMissing),
        };
        let indicator = need.origin.indicator();
        let candidates = analysis.candidates_of(&checked.coverage).iter().map(|candidate| {
            let title = index.dataset(candidate.dataset).map(|d| d.title.clone()).unwrap_or_default();
            let reasons: Vec<String> = candidate.gaps.iter().map(|gap| gap.message(lang)).collect();
            html! {
                <li>
                    <strong>{ title }</strong>{ " — " }{ candidate.via.message(index, lang) }
                    if !reasons.is_empty() {
                        <ul class="rl-needs__reasons">{ for reasons.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                    }
                </li>
            }
        });
        html! {
            <li key={position} class={classes!("rl-needs__item", format!("rl-needs__item--{key}"))} data-need-status={key}>
                <p class="rl-needs__head">
                    <span class="rl-needs__verdict">{ lang.tr(verdict) }</span>{ " " }
                    <strong>{ analysis.concept(need) }</strong>
                </p>
                <p class="rl-needs__spec">{ spec(need.level, need.frequency, need.period, need.min_measurements, indicator, lang) }</p>
                <p class="rl-needs__reason">{ need.reason.explanation(lang) }</p>
                if checked.coverage != Coverage::Missing {
                    <ul class="rl-needs__datasets" aria-label={lang.tr(EditorText::NeedDatasets)}>{ for candidates }</ul>
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
