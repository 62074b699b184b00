use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::portfolio_tables::{PortfolioTable, TableKind};
use crate::analysis::analyse_portfolio;
use crate::i18n::{Lang, PortfolioText, ReportText};
use crate::io::csv::slug;
use crate::model::ReasoningLine;
use crate::report::{
    portfolio_report, print_html, sections_rows, write_csv, PrintPage, ReportSection,
};
use crate::ui::download::{download, today};
use crate::ui::files::take_chosen_files;
use crate::ui::hooks::{use_lang, use_portfolio_files};
use crate::ui::session::Session;
use crate::ui::shared::Shared;
use crate::ui::state::{AppAction, Notice, PortfolioProblem};

#[derive(Properties, PartialEq)]
pub struct PortfolioViewProps {
    pub session: Session,
}

/// The report's tables, each shared so a table redraws only when its report is new.
struct Tables {
    coverage: Shared<ReportSection>,
    matrix: Shared<ReportSection>,
    islands: Shared<ReportSection>,
    shared_gaps: Shared<ReportSection>,
}

/// The portfolio: the open reasoning line and other teams' lines (added from files) against the
/// one dataset list: coverage per line, which line uses which dataset, data islands and shared
/// gaps, each downloadable as CSV.
#[component]
pub fn PortfolioView(props: &PortfolioViewProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let state = &session.state;
    let add_files = use_portfolio_files(state.dispatcher());
    let input = use_node_ref();
    let names = {
        let state = state.clone();
        use_memo(
            (state.editor.revision(), state.portfolio.revision, lang),
            move |_| state.portfolio.team_names(state.editor.line(), lang),
        )
    };
    // Analysing every line is not free for a big catalog: once per change of the dataset list,
    // the open line, the portfolio or the language.
    let tables = {
        let state = state.clone();
        let names = names.clone();
        use_memo(
            (
                state.catalog.revision,
                state.editor.revision(),
                state.portfolio.revision,
                lang,
            ),
            move |_| {
                let mut lines: Vec<(&str, &ReasoningLine)> = Vec::new();
                let mut names_iter = names.iter();
                if let Some(name) = names_iter.next() {
                    lines.push((name.as_str(), state.editor.line()));
                }
                for (name, loaded) in names_iter.zip(&state.portfolio.lines) {
                    lines.push((name.as_str(), &loaded.line));
                }
                let index = &state.catalog.index;
                let report = portfolio_report(&analyse_portfolio(&lines, index), index, lang);
                Tables {
                    coverage: Shared(Rc::new(report.coverage)),
                    matrix: Shared(Rc::new(report.matrix)),
                    islands: Shared(Rc::new(report.islands)),
                    shared_gaps: Shared(Rc::new(report.shared_gaps)),
                }
            },
        )
    };
    let open_picker = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_chosen = Callback::from(move |event: Event| {
        add_files.emit(take_chosen_files(&event));
    });
    let portfolio = &state.portfolio;
    let open_name = names.first().cloned().unwrap_or_default();
    let loaded = portfolio
        .lines
        .iter()
        .zip(names.iter().skip(1))
        .map(|(line, name)| {
            let id = line.id;
            let remove = session.callback(move |_: MouseEvent| AppAction::RemovePortfolioLine(id));
            html! {
                <li key={id} class="rl-portfolio__line" data-line={id.to_string()}>
                    <span class="rl-portfolio__name">{ name }</span>
                    <span class="rl-portfolio__file">{ &line.file_name }</span>
                    <button type="button" class="utrecht-button utrecht-button--subtle rl-portfolio__remove"
                        data-action="portfolio-remove" aria-label={format!("{}: {name}", lang.tr(PortfolioText::Remove))}
                        onclick={remove}>
                        { lang.tr(PortfolioText::Remove) }
                    </button>
                </li>
            }
        });
    html! {
        <section class="rl-portfolio" data-testid="portfolio-view" aria-labelledby="rl-portfolio-title">
            <h2 id="rl-portfolio-title" class="utrecht-heading-2">{ lang.tr(PortfolioText::Title) }</h2>
            <p class="utrecht-paragraph rl-portfolio__intro">{ lang.tr(PortfolioText::Intro) }</p>
            if state.catalog.catalog.is_empty() {
                <p class="rl-portfolio__hint" data-testid="portfolio-no-catalog">{ lang.tr(PortfolioText::NoCatalog) }</p>
            }
            <section class="rl-portfolio__lines" aria-labelledby="rl-portfolio-lines">
                <div class="rl-portfolio__lines-bar">
                    <h3 id="rl-portfolio-lines" class="utrecht-heading-3">{ lang.tr(PortfolioText::LinesTitle) }</h3>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action"
                        data-action="portfolio-add" onclick={open_picker}>{ lang.tr(PortfolioText::AddLines) }</button>
                    <input ref={input} type="file" multiple=true accept=".json,application/json" class="rl-visually-hidden"
                        tabindex="-1" aria-label={lang.tr(PortfolioText::FilesLabel)} data-testid="portfolio-file-input" onchange={on_chosen} />
                </div>
                <ol class="rl-portfolio__list" data-testid="portfolio-lines">
                    <li key="open" class="rl-portfolio__line rl-portfolio__line--open" data-line="open">
                        <span class="rl-portfolio__name">{ open_name }</span>
                        <span class="rl-portfolio__file">{ lang.tr(PortfolioText::OpenLine) }</span>
                    </li>
                    { for loaded }
                </ol>
                if portfolio.lines.is_empty() {
                    <p class="rl-portfolio__none">{ lang.tr(PortfolioText::OnlyOpenLine) }</p>
                }
                { problems(&portfolio.problems, lang) }
            </section>
            <PortfolioTable kind={TableKind::Coverage} section={tables.coverage.clone()} />
            <PortfolioTable kind={TableKind::Matrix} section={tables.matrix.clone()} />
            <PortfolioTable kind={TableKind::Islands} section={tables.islands.clone()} />
            <PortfolioTable kind={TableKind::SharedGaps} section={tables.shared_gaps.clone()} />
            { downloads(session, &tables, lang) }
        </section>
    }
}

/// The files of the last choice that were not added, each named with its problem.
fn problems(problems: &[PortfolioProblem], lang: Lang) -> Html {
    if problems.is_empty() {
        return html! { <div role="status" aria-live="polite"></div> };
    }
    let items = problems.iter().enumerate().map(|(n, problem)| {
        html! {
            <li key={n}>
                <strong>{ problem.file() }</strong>{ ": " }{ problem.messages(lang).join(" ") }
            </li>
        }
    });
    html! {
        <div role="alert">
            <div class="rl-portfolio__problems" data-testid="portfolio-problems">
                <p class="rl-portfolio__problems-title"><strong>{ lang.tr(PortfolioText::ProblemsTitle) }</strong></p>
                <ul class="rl-portfolio__problem-list">{ for items }</ul>
            </div>
        </div>
    }
}

#[derive(Clone, Copy)]
enum Export {
    All,
    /// Every table on a page to print.
    Page,
    Coverage,
    Matrix,
    Islands,
    SharedGaps,
}

fn downloads(session: &Session, tables: &Rc<Tables>, lang: Lang) -> Html {
    let button = |which: Export, action: &'static str, label: PortfolioText| {
        let onclick = export(session, tables, which, lang);
        html! {
            <button type="button" class="utrecht-button utrecht-button--subtle" data-action={action} {onclick}>
                { lang.tr(label) }
            </button>
        }
    };
    html! {
        <section class="rl-portfolio__exports" aria-labelledby="rl-portfolio-downloads">
            <h3 id="rl-portfolio-downloads" class="utrecht-heading-3">{ lang.tr(PortfolioText::Downloads) }</h3>
            { button(Export::All, "portfolio-csv", PortfolioText::ExportAll) }
            { button(Export::Page, "portfolio-print", PortfolioText::ExportPage) }
            { button(Export::Coverage, "portfolio-coverage-csv", PortfolioText::ExportCoverage) }
            { button(Export::Matrix, "portfolio-matrix-csv", PortfolioText::ExportMatrix) }
            { button(Export::Islands, "portfolio-islands-csv", PortfolioText::ExportIslands) }
            { button(Export::SharedGaps, "portfolio-shared-gaps-csv", PortfolioText::ExportSharedGaps) }
        </section>
    }
}

/// Downloads the whole portfolio (every table under its heading) or one table as CSV, in the
/// language on screen (built in the page, nothing is sent).
fn export(
    session: &Session,
    tables: &Rc<Tables>,
    which: Export,
    lang: Lang,
) -> Callback<MouseEvent> {
    let state = session.state.clone();
    let tables = Rc::clone(tables);
    Callback::from(move |_: MouseEvent| {
        let t = &tables;
        if let Export::Page = which {
            let sections = [&t.coverage, &t.matrix, &t.islands, &t.shared_gaps]
                .map(|section| ReportSection::clone(section))
                .to_vec();
            let page = PrintPage {
                title: lang.tr(PortfolioText::Title).to_owned(),
                intro: lang.tr(PortfolioText::Intro).to_owned(),
                facts: vec![
                    (
                        lang.tr(ReportText::Catalog).to_owned(),
                        state.catalog.catalog.title.clone(),
                    ),
                    (lang.tr(ReportText::Made).to_owned(), today()),
                ],
                sections,
                landscape: true,
                ..PrintPage::default()
            };
            let name = format!("portfolio-{}.html", slug(&state.catalog.catalog.title));
            if let Err(detail) =
                download(&name, &print_html(&page, lang), "text/html;charset=utf-8")
            {
                state.dispatch(AppAction::Notify(Notice::SaveFailed(detail)));
            }
            return;
        }
        let (rows, part) = match which {
            Export::Page => return,
            Export::All => {
                let sections = [&t.coverage, &t.matrix, &t.islands, &t.shared_gaps]
                    .map(|section| ReportSection::clone(section));
                (sections_rows(&sections), "")
            }
            Export::Coverage => (t.coverage.rows.clone(), "-dekking"),
            Export::Matrix => (t.matrix.rows.clone(), "-matrix"),
            Export::Islands => (t.islands.rows.clone(), "-data-eilanden"),
            Export::SharedGaps => (t.shared_gaps.rows.clone(), "-gedeelde-tekorten"),
        };
        let catalog = slug(&state.catalog.catalog.title);
        let name = if catalog.is_empty() {
            format!("portfolio{part}.csv")
        } else {
            format!("portfolio{part}-{catalog}.csv")
        };
        if let Err(detail) = download(&name, &write_csv(&rows), "text/csv;charset=utf-8") {
            state.dispatch(AppAction::Notify(Notice::SaveFailed(detail)));
        }
    })
}
