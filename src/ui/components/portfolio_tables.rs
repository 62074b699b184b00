use yew::prelude::*;

use super::show_more::{more_than, ShowMore};
use crate::i18n::{Lang, PortfolioText};
use crate::report::{uses_mark, ReportSection};
use crate::ui::hooks::use_lang;
use crate::ui::shared::Shared;

/// Rows drawn at first; a matrix of a big catalog has thousands (see `ShowMore`).
const FIRST_SHOWN: usize = 100;

/// Which of the portfolio's tables, for its look and what it says when empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableKind {
    Coverage,
    Matrix,
    Islands,
    SharedGaps,
}

impl TableKind {
    /// For `data-table` attributes, ids and tests.
    pub fn key(self) -> &'static str {
        match self {
            TableKind::Coverage => "coverage",
            TableKind::Matrix => "matrix",
            TableKind::Islands => "islands",
            TableKind::SharedGaps => "shared-gaps",
        }
    }

    fn empty(self) -> Option<PortfolioText> {
        match self {
            TableKind::Coverage => None,
            TableKind::Matrix => Some(PortfolioText::NoneUsed),
            TableKind::Islands => Some(PortfolioText::NoIslands),
            TableKind::SharedGaps => Some(PortfolioText::NoSharedGaps),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PortfolioTableProps {
    pub kind: TableKind,
    pub section: Shared<ReportSection>,
}

/// One table of the portfolio report under its heading: the header row as column headers, the
/// first cell of each row as the row's header; long tables draw their first rows only.
#[component]
pub fn PortfolioTable(props: &PortfolioTableProps) -> Html {
    let lang = use_lang();
    let shown = use_state(|| FIRST_SHOWN);
    let kind = props.kind;
    let section = &props.section;
    let heading_id = format!("rl-portfolio-{}", kind.key());
    let Some((header, body)) = section.rows.split_first() else {
        return Html::default();
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(more_than(*shown)))
    };
    let rows = body
        .iter()
        .take(*shown)
        .map(|row| table_row(kind, header.len(), row, lang));
    html! {
        <section class={classes!("rl-portfolio__section", format!("rl-portfolio__section--{}", kind.key()))}
            data-table={kind.key()} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id.clone()} class="utrecht-heading-3">{ &section.heading }</h3>
            if body.is_empty() && kind.empty().is_some() {
                <p class="rl-portfolio__none">{ kind.empty().map(|t| lang.tr(t)) }</p>
            } else {
                // Focusable, so a keyboard can scroll a table wider than the screen.
                <div class="rl-portfolio__scroll" tabindex="0" role="group" aria-labelledby={heading_id.clone()}>
                    <table class="rl-portfolio__table" aria-labelledby={heading_id}>
                        if kind == TableKind::Matrix {
                            <caption class="rl-portfolio__caption">{ lang.tr(PortfolioText::MatrixCaption) }</caption>
                        }
                        <thead>
                            <tr>{ for header.iter().enumerate().filter(|(n, _)| !id_column(kind, *n)).map(|(n, cell)| {
                                let class = classes!(
                                    numeric_column(kind, n, header.len()).then_some("rl-portfolio__number"),
                                    line_column(kind, n, header.len()).then_some("rl-portfolio__line-column"),
                                );
                                html! { <th scope="col" {class}>{ cell }</th> }
                            }) }</tr>
                        </thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <ShowMore hidden={body.len().saturating_sub(*shown)} onclick={more} />
            }
        </section>
    }
}

/// The dataset id column, shown under the dataset's title instead of in a column of its own.
fn id_column(kind: TableKind, n: usize) -> bool {
    n == 1 && matches!(kind, TableKind::Matrix | TableKind::Islands)
}

/// Whether column `n` of the matrix is one reasoning line's.
fn line_column(kind: TableKind, n: usize, width: usize) -> bool {
    kind == TableKind::Matrix && n > 1 && n + 1 < width
}

/// Whether column `n` of `width` holds numbers (aligned to the end).
fn numeric_column(kind: TableKind, n: usize, width: usize) -> bool {
    match kind {
        TableKind::Coverage => n > 0,
        TableKind::Matrix | TableKind::SharedGaps => n + 1 == width,
        TableKind::Islands => false,
    }
}

fn table_row(kind: TableKind, width: usize, row: &[String], lang: Lang) -> Html {
    let mark = uses_mark(lang);
    let key = match kind {
        // The dataset id, or the (unique) name of the line or concept.
        TableKind::Matrix | TableKind::Islands => row.get(1),
        TableKind::Coverage | TableKind::SharedGaps => row.first(),
    }
    .cloned()
    .unwrap_or_default();
    let cells = row.iter().enumerate().skip(1).map(|(n, cell)| {
        let number = numeric_column(kind, n, width);
        let class = classes!(number.then_some("rl-portfolio__number"));
        if id_column(kind, n) {
            return Html::default();
        }
        if line_column(kind, n, width) {
            return if cell == mark {
                html! {
                    <td class="rl-portfolio__mark" data-uses="true">
                        <span aria-hidden="true">{ "✓" }</span>
                        <span class="rl-visually-hidden">{ cell }</span>
                    </td>
                }
            } else {
                html! { <td data-uses="false"></td> }
            };
        }
        if kind == TableKind::Coverage && n + 1 == width {
            return html! { <td {class}>{ share(cell) }</td> };
        }
        html! { <td {class}>{ cell }</td> }
    });
    let title = row.first().cloned().unwrap_or_default();
    let head = match row.get(1) {
        Some(id) if id_column(kind, 1) => html! {
            <th scope="row"><span class="rl-portfolio__title">{ title }</span><br /><code>{ id }</code></th>
        },
        _ => html! { <th scope="row">{ title }</th> },
    };
    html! {
        <tr key={key.clone()} data-key={key}>
            { head }
            { for cells }
        </tr>
    }
}

/// The share covered as text with a bar beside it (the bar repeats the text, so it is hidden
/// from screen readers).
fn share(cell: &str) -> Html {
    let value = cell.strip_suffix('%').and_then(|n| n.parse::<u32>().ok());
    html! {
        <span class="rl-portfolio__share">
            { cell }
            if let Some(value) = value {
                <meter class="rl-portfolio__meter" min="0" max="100" low="50" high="80" optimum="100"
                    value={value.to_string()} aria-hidden="true"></meter>
            }
        </span>
    }
}
