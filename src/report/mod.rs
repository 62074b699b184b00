//! Reports a data team can act on, from an analysis: the data request (what is missing or only
//! partly there, grouped by who could supply it), the unused datasets (with personal data nobody
//! needs called out as a privacy risk), the purpose register (the goals each dataset serves) and
//! the portfolio of several teams' lines. Framework-free; written as CSV for a spreadsheet.

mod datasets;
mod portfolio;
mod print;
mod purpose;
mod section;
mod svg;

use std::collections::BTreeMap;

use crate::analysis::{frequency_name, level_name, Analysis, CatalogIndex, Coverage};
use crate::catalog::AccessClass;
use crate::i18n::Lang;
use crate::model::{NodeId, ReasoningLine};

pub use crate::io::csv::write_csv;
pub use datasets::{dataset_rows, dataset_users, DatasetFilter, DatasetRow};
pub use portfolio::{
    portfolio_report, portfolio_rows, portfolio_sections, uses_mark, PortfolioReport,
};
pub(crate) use print::escape;
pub use print::{print_html, request_sections, PrintPage};
pub use purpose::purpose_rows;
pub use section::{sections_rows, ReportSection};
pub use svg::graph_svg;

/// One line of the data request: a distinct need and the parts of the line that ask for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestLine {
    /// Owner of the best candidate dataset (who could supply it finer, more often or longer);
    /// empty when no dataset holds the concept.
    pub supplier: String,
    pub concept: String,
    pub level: String,
    pub frequency: String,
    /// `2020-2026`, or empty when no period is known.
    pub period: String,
    pub target_group: String,
    /// Why the data is not (fully) there: the best candidate's gaps, or that nothing holds it.
    pub status: String,
    /// Titles of the nodes whose indicators ask for it, in id order.
    pub nodes: Vec<String>,
}

/// The data request: every need of the nodes' own indicators that is missing or partly covered,
/// one line per distinct request (needs that ask the same are merged, their nodes listed),
/// ordered by supplier (unknown suppliers last), then concept. Edge needs repeat node needs at
/// another level and are left out, so each request appears once.
pub fn data_request(
    line: &ReasoningLine,
    analysis: &Analysis,
    index: &CatalogIndex,
    lang: Lang,
) -> Vec<RequestLine> {
    let mut merged: BTreeMap<RequestKey, (String, Vec<NodeId>)> = BTreeMap::new();
    for checked in &analysis.needs {
        let need = &checked.need;
        if !matches!(need.origin, crate::analysis::NeedOrigin::Node { .. }) {
            continue;
        }
        let (supplier, status) = match checked.coverage {
            Coverage::Covered(_) => continue,
            Coverage::Missing => (String::new(), missing_text(lang).to_owned()),
            Coverage::ToLink(_) => {
                let offered: Vec<&str> = analysis
                    .candidates_of(&checked.coverage)
                    .iter()
                    .filter_map(|c| index.dataset(c.dataset))
                    .map(|d| d.title.as_str())
                    .collect();
                (String::new(), to_link_text(&offered, lang))
            }
            Coverage::PartlyCovered(_) => {
                let best = analysis.candidates_of(&checked.coverage).first();
                let supplier = best
                    .and_then(|c| index.dataset(c.dataset))
                    .map(|d| d.owner.clone())
                    .unwrap_or_default();
                let gaps: Vec<String> = best
                    .map(|c| c.gaps.iter().map(|g| g.message(lang)).collect())
                    .unwrap_or_default();
                (supplier, gaps.join(" "))
            }
        };
        let key = RequestKey {
            unknown_supplier: supplier.is_empty(),
            supplier,
            concept: analysis.concept(need).to_owned(),
            level: level_name(need.level, lang).to_owned(),
            frequency: frequency_name(need.frequency, lang).to_owned(),
            period: need
                .period
                .map(|p| format!("{}-{}", p.from(), p.to()))
                .unwrap_or_default(),
            target_group: analysis.target_group(need).unwrap_or("").to_owned(),
        };
        let entry = merged.entry(key).or_insert_with(|| (status, Vec::new()));
        let node = need.origin.node();
        if !entry.1.contains(&node) {
            entry.1.push(node);
        }
    }
    merged
        .into_iter()
        .map(|(key, (status, mut nodes))| {
            nodes.sort_unstable();
            RequestLine {
                supplier: key.supplier,
                concept: key.concept,
                level: key.level,
                frequency: key.frequency,
                period: key.period,
                target_group: key.target_group,
                status,
                nodes: nodes
                    .into_iter()
                    .filter_map(|id| line.node(id).map(|n| n.title.clone()))
                    .collect(),
            }
        })
        .collect()
}

/// What makes two needs the same request; the field order is the report's order.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct RequestKey {
    /// Known suppliers first.
    unknown_supplier: bool,
    supplier: String,
    concept: String,
    level: String,
    frequency: String,
    period: String,
    target_group: String,
}

/// A need with suggestions: before requesting data, check whether an offered dataset fits.
fn to_link_text(offered: &[&str], lang: Lang) -> String {
    let list = offered.join("; ");
    match lang {
        Lang::Nl => format!("Te koppelen: geen dataset gekoppeld; mogelijk bruikbaar: {list}."),
        Lang::En => format!("To link: no dataset linked; possibly usable: {list}."),
    }
}

fn missing_text(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Geen dataset in de lijst bevat dit begrip.",
        Lang::En => "No dataset in the list holds this concept.",
    }
}

/// The data request as CSV rows (header first), for a spreadsheet or a mail to the data team.
pub fn data_request_rows(lines: &[RequestLine], lang: Lang) -> Vec<Vec<String>> {
    let header = match lang {
        Lang::Nl => [
            "leverancier",
            "begrip",
            "niveau",
            "frequentie",
            "periode",
            "doelgroep",
            "stand",
            "nodig voor",
        ],
        Lang::En => [
            "supplier",
            "concept",
            "level",
            "frequency",
            "period",
            "target group",
            "status",
            "needed for",
        ],
    };
    let unknown = match lang {
        Lang::Nl => "(nog onbekend)",
        Lang::En => "(not known yet)",
    };
    std::iter::once(header.iter().map(|h| (*h).to_owned()).collect())
        .chain(lines.iter().map(|l| {
            vec![
                if l.supplier.is_empty() {
                    unknown.to_owned()
                } else {
                    l.supplier.clone()
                },
                l.concept.clone(),
                l.level.clone(),
                l.frequency.clone(),
                l.period.clone(),
                l.target_group.clone(),
                l.status.clone(),
                l.nodes.join(" | "),
            ]
        }))
        .collect()
}

/// The unused datasets as CSV rows (header first): personal data first, because keeping
/// personal data no reasoning line needs is a privacy risk (AVG: purpose limitation), then the
/// rest, each in id order. Personal data held back because data without it covers the need
/// (`Analysis::minimised`) says so.
pub fn unused_rows(analysis: &Analysis, index: &CatalogIndex, lang: Lang) -> Vec<Vec<String>> {
    let header = match lang {
        Lang::Nl => ["id", "titel", "eigenaar", "toegang", "let op"],
        Lang::En => ["id", "title", "owner", "access", "note"],
    };
    let risk = match lang {
        Lang::Nl => "Persoonsgegevens die geen redeneerlijn nodig heeft: privacyrisico. Is er nog een doel om ze te bewaren?",
        Lang::En => "Personal data no reasoning line needs: a privacy risk. Is there still a purpose to keep it?",
    };
    let minimised = match lang {
        Lang::Nl => "Persoonsgegevens die niet nodig zijn: een dataset zonder persoonsgegevens dekt dezelfde behoefte (dataminimalisatie). Privacyrisico: is er nog een doel om ze te bewaren? Zijn ze toch nodig, koppel ze dan zelf.",
        Lang::En => "Personal data that is not needed: a dataset without personal data covers the same need (data minimisation). A privacy risk: is there still a purpose to keep it? If it is needed after all, link it by hand.",
    };
    let datasets: Vec<_> = analysis
        .unused
        .iter()
        .filter_map(|&at| {
            Some((
                index.dataset(at)?,
                analysis.minimised.binary_search(&at).is_ok(),
            ))
        })
        .collect();
    // Personal data first, each part in id order: `unused` is in id order already, so splitting
    // it keeps that order without a sort.
    let (personal, other): (Vec<_>, Vec<_>) = datasets
        .into_iter()
        .partition(|(d, _)| d.access == AccessClass::Personal);
    std::iter::once(header.iter().map(|h| (*h).to_owned()).collect())
        .chain(personal.into_iter().chain(other).map(|(d, held_back)| {
            let note = match (d.access == AccessClass::Personal, held_back) {
                (true, true) => minimised,
                (true, false) => risk,
                (false, _) => "",
            };
            vec![
                d.id.0.clone(),
                d.title.clone(),
                d.owner.clone(),
                access_name(d.access, lang).to_owned(),
                note.to_owned(),
            ]
        }))
        .collect()
}

pub(crate) fn access_name(access: AccessClass, lang: Lang) -> &'static str {
    match (access, lang) {
        (AccessClass::Open, Lang::Nl) => "open",
        (AccessClass::Internal, Lang::Nl) => "intern",
        (AccessClass::Personal, Lang::Nl) => "persoonsgegevens",
        (AccessClass::Open, Lang::En) => "open",
        (AccessClass::Internal, Lang::En) => "internal",
        (AccessClass::Personal, Lang::En) => "personal data",
    }
}
