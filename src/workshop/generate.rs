//! Questions drawn from a reasoning line: an estimate question for every indicator with a known
//! value (its baseline), and an assumption question for every edge. The trainer picks from these;
//! nothing is added to a workshop without being chosen.

use super::model::{AssumptionQuestion, EstimateQuestion, QuestionBody, Source};
use crate::analysis::{Analysis, CatalogIndex, Coverage, NeedOrigin};
use crate::catalog::DatasetId;
use crate::i18n::{Lang, WorkshopText};
use crate::model::{Indicator, NodeId, ReasoningLine};

/// A proposed question: its text and body, ready for `Workshop::add`.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub text: String,
    pub body: QuestionBody,
}

/// Every question the line offers: estimates first (nodes in id order, indicators in the node's
/// order), then assumptions (edges in id order). With an analysis and its catalog, an estimate's
/// source is the dataset covering the indicator and an assumption records the edge's data
/// status; without them, sources are the line itself and nothing is claimed about data.
pub fn draft_questions(
    line: &ReasoningLine,
    analysed: Option<(&Analysis, &CatalogIndex)>,
    lang: Lang,
) -> Vec<Draft> {
    let mut drafts = Vec::new();
    for node in line.nodes() {
        for (position, indicator) in node.node.indicators.iter().enumerate() {
            let Some(value) = indicator.baseline.filter(|v| v.is_finite()) else {
                continue;
            };
            let scope = line.effective_scope(node.id);
            let year = indicator.period.or(scope.period).map(|p| p.from());
            let dataset = indicator
                .linked_datasets
                .first()
                .cloned()
                .or_else(|| covering_dataset(analysed, node.id, position));
            let source = match dataset {
                Some(id) => Source::Dataset { id, year },
                None => Source::Text {
                    text: format!("{}: {}", lang.tr(WorkshopText::BaselineOf), line.title),
                    year,
                },
            };
            let area = scope.area.as_deref();
            let group = indicator
                .target_group
                .as_deref()
                .or(scope.target_group.as_deref());
            drafts.push(Draft {
                text: estimate_text(indicator, group, area, year, lang),
                body: QuestionBody::Estimate(EstimateQuestion {
                    unit: indicator.unit.clone(),
                    value,
                    source,
                    node: Some(node.id),
                }),
            });
        }
    }
    for edge in line.edges() {
        let title = |id: NodeId| line.node(id).map(|n| n.title.clone()).unwrap_or_default();
        let (from, to) = (title(edge.from), title(edge.to));
        drafts.push(Draft {
            text: assumption_text(&from, &to, lang),
            body: QuestionBody::Assumption(AssumptionQuestion {
                from,
                to,
                assumption: edge.edge.assumption.clone(),
                evidence: edge.edge.evidence,
                data: analysed
                    .and_then(|(analysis, _)| analysis.edge_status.get(&edge.id).copied()),
                edge: Some(edge.id),
            }),
        });
    }
    drafts
}

/// "How sure are you that “from” leads to “to”?"
pub fn assumption_text(from: &str, to: &str, lang: Lang) -> String {
    let (how_sure, leads_to) = (WorkshopText::HowSure, WorkshopText::LeadsTo);
    format!(
        "{} “{from}” {} “{to}”?",
        lang.tr(how_sure),
        lang.tr(leads_to)
    )
}

/// "Estimate: concept (target group, area, year)".
fn estimate_text(
    indicator: &Indicator,
    group: Option<&str>,
    area: Option<&str>,
    year: Option<i32>,
    lang: Lang,
) -> String {
    let year = year.map(|y| y.to_string());
    let details: Vec<&str> = [group, area, year.as_deref()]
        .into_iter()
        .flatten()
        .filter(|part| !part.trim().is_empty())
        .collect();
    let mut text = format!(
        "{}: {}",
        lang.tr(WorkshopText::EstimatePrompt),
        indicator.concept
    );
    if !details.is_empty() {
        text.push_str(" (");
        text.push_str(&details.join(", "));
        text.push(')');
    }
    text
}

/// The first dataset that fully covers the need of this indicator itself (not edge needs).
fn covering_dataset(
    analysed: Option<(&Analysis, &CatalogIndex)>,
    node: NodeId,
    position: usize,
) -> Option<DatasetId> {
    let (analysis, index) = analysed?;
    analysis
        .needs_of_node(node)
        .filter(|checked| matches!(checked.need.origin, NeedOrigin::Node { .. }))
        .filter(|checked| checked.need.origin.indicator() == position)
        .filter(|checked| matches!(checked.coverage, Coverage::Covered(_)))
        .find_map(|checked| analysis.candidates_of(&checked.coverage).first())
        .map(|candidate| index.dataset_id(candidate.dataset).clone())
}
