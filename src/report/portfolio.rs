//! The portfolio report: several teams' reasoning lines against one dataset list, as four tables
//! (coverage per line, which line uses which dataset, data islands, shared gaps) in the interface
//! language, for the portfolio view, a CSV file and a printable page.

use super::section::{sections_rows, ReportSection};
use crate::analysis::{CatalogIndex, DatasetRef, Portfolio};
use crate::i18n::{Lang, PortfolioText};
use crate::number;
use crate::order;

/// The four tables of a portfolio, by name; `sections` gives them in report order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PortfolioReport {
    /// Per line: needs, covered, partly covered, to link, missing, share covered.
    pub coverage: ReportSection,
    /// Per dataset some line uses (in id order): a mark under each line that uses it.
    pub matrix: ReportSection,
    /// Datasets only one line uses, with their owner.
    pub islands: ReportSection,
    /// Concepts several lines need that no dataset covers for any of them.
    pub shared_gaps: ReportSection,
}

impl PortfolioReport {
    /// The tables in report order: coverage, matrix, islands, shared gaps.
    pub fn sections(self) -> Vec<ReportSection> {
        vec![self.coverage, self.matrix, self.islands, self.shared_gaps]
    }
}

/// The portfolio's tables in `lang`; dataset titles, owners and access come from `index`.
pub fn portfolio_report(
    portfolio: &Portfolio,
    index: &CatalogIndex,
    lang: Lang,
) -> PortfolioReport {
    PortfolioReport {
        coverage: coverage_section(portfolio, lang),
        matrix: matrix_section(portfolio, index, lang),
        islands: islands_section(portfolio, index, lang),
        shared_gaps: shared_gaps_section(portfolio, lang),
    }
}

/// The portfolio's tables in report order (see `portfolio_report`).
pub fn portfolio_sections(
    portfolio: &Portfolio,
    index: &CatalogIndex,
    lang: Lang,
) -> Vec<ReportSection> {
    portfolio_report(portfolio, index, lang).sections()
}

/// The whole portfolio as CSV rows: each table under its heading, a blank row between.
pub fn portfolio_rows(portfolio: &Portfolio, index: &CatalogIndex, lang: Lang) -> Vec<Vec<String>> {
    sections_rows(&portfolio_sections(portfolio, index, lang))
}

/// The mark in the matrix where a line uses a dataset.
pub fn uses_mark(lang: Lang) -> &'static str {
    lang.tr(PortfolioText::Uses)
}

fn header(texts: &[PortfolioText], lang: Lang) -> Vec<String> {
    texts.iter().map(|&t| lang.tr(t).to_owned()).collect()
}

fn coverage_section(portfolio: &Portfolio, lang: Lang) -> ReportSection {
    use PortfolioText::*;
    let mut rows = vec![header(
        &[
            ColumnLine,
            ColumnNeeds,
            ColumnCovered,
            ColumnPartly,
            ColumnToLink,
            ColumnMissing,
            ColumnShare,
        ],
        lang,
    )];
    rows.extend(portfolio.teams.iter().map(|team| {
        let score = team.analysis.score;
        let share = score.share().map_or_else(
            || lang.tr(NoShare).to_owned(),
            |s| number::fixed(s * 100.0, 0) + "%",
        );
        vec![
            team.team.clone(),
            score.total().to_string(),
            score.covered.to_string(),
            score.partly.to_string(),
            score.to_link.to_string(),
            score.missing.to_string(),
            share,
        ]
    }));
    ReportSection {
        heading: lang.tr(SectionCoverage).to_owned(),
        rows,
    }
}

fn matrix_section(portfolio: &Portfolio, index: &CatalogIndex, lang: Lang) -> ReportSection {
    use PortfolioText::*;
    let mut head = header(&[ColumnDataset, ColumnId], lang);
    head.extend(portfolio.teams.iter().map(|t| t.team.clone()));
    head.push(lang.tr(ColumnLineCount).to_owned());
    // `DatasetRef`s are positions in id order, so the set is in id order too.
    let mut used: Vec<DatasetRef> = portfolio
        .teams
        .iter()
        .flat_map(|t| t.analysis.used.iter().copied())
        .collect();
    order::sort_by_key(&mut used, |at| u64::from(at.0));
    used.dedup();
    let mark = uses_mark(lang);
    let mut rows = vec![head];
    rows.extend(used.into_iter().filter_map(|at| {
        let dataset = index.dataset(at)?;
        let mut row = vec![dataset.title.clone(), dataset.id.0.clone()];
        let mut count = 0usize;
        for team in &portfolio.teams {
            // `used` is sorted, so a binary search finds the dataset.
            let uses = team.analysis.used.binary_search(&at).is_ok();
            count += usize::from(uses);
            row.push(if uses { mark.to_owned() } else { String::new() });
        }
        row.push(count.to_string());
        Some(row)
    }));
    ReportSection {
        heading: lang.tr(SectionMatrix).to_owned(),
        rows,
    }
}

fn islands_section(portfolio: &Portfolio, index: &CatalogIndex, lang: Lang) -> ReportSection {
    use PortfolioText::*;
    let mut rows = vec![header(
        &[
            ColumnDataset,
            ColumnId,
            ColumnOwner,
            ColumnAccess,
            ColumnOnlyUsedBy,
        ],
        lang,
    )];
    rows.extend(portfolio.islands.iter().filter_map(|island| {
        let dataset = index.dataset(island.dataset)?;
        Some(vec![
            dataset.title.clone(),
            dataset.id.0.clone(),
            dataset.owner.clone(),
            super::access_name(dataset.access, lang).to_owned(),
            island.team.clone(),
        ])
    }));
    ReportSection {
        heading: lang.tr(SectionIslands).to_owned(),
        rows,
    }
}

fn shared_gaps_section(portfolio: &Portfolio, lang: Lang) -> ReportSection {
    use PortfolioText::*;
    let mut rows = vec![header(
        &[ColumnConcept, ColumnNeededBy, ColumnLineCount],
        lang,
    )];
    rows.extend(portfolio.shared_gaps.iter().map(|gap| {
        vec![
            gap.concept.clone(),
            gap.teams.join(" | "),
            gap.teams.len().to_string(),
        ]
    }));
    ReportSection {
        heading: lang.tr(SectionSharedGaps).to_owned(),
        rows,
    }
}
