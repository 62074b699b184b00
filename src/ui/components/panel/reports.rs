use yew::prelude::*;

use crate::i18n::{Lang, ReportText};
use crate::io::csv::{export_catalog_csv, slug};
use crate::io::export_catalog;
use crate::report::{
    data_request, data_request_rows, graph_svg, print_html, purpose_rows, request_sections,
    unused_rows, write_csv, PrintPage, ReportSection,
};
use crate::ui::download::{download, download_png, today};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Notice};

#[derive(Properties, PartialEq)]
pub struct ReportsProps {
    pub session: Session,
}

/// The reports on the line and its dataset list, each as CSV for a spreadsheet and as a page to
/// print; the drawing as SVG, PNG or page; the dataset list as CSV or JSON. All made in the page.
#[component]
pub fn Reports(props: &ReportsProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let button = |action: &'static str, label: ReportText, name: String, onclick| {
        html! {
            <button type="button" class="utrecht-button utrecht-button--subtle" data-action={action}
                aria-label={format!("{name}: {}", lang.tr(label))} {onclick}>
                { lang.tr(label) }
            </button>
        }
    };
    let report = |which: Report| {
        let name = lang.tr(which.title()).to_owned();
        html! {
            <li class="rl-reports__item" key={which.key()}>
                <span class="rl-reports__name">{ name.clone() }</span>
                { button(which.key(), ReportText::AsCsv, name.clone(), on_csv(session, which, lang)) }
                { button(which.print_key(), ReportText::AsPage, name, on_page(session, which, lang)) }
            </li>
        }
    };
    let drawing = lang.tr(ReportText::DrawingTitle).to_owned();
    let catalog = lang.tr(ReportText::Catalog).to_owned();
    html! {
        <section class="rl-reports" aria-labelledby="rl-reports-title" data-testid="reports">
            <h3 id="rl-reports-title" class="utrecht-heading-3">{ lang.tr(crate::i18n::ImportText::Reports) }</h3>
            <ul class="rl-reports__list">
                { report(Report::Request) }
                { report(Report::Unused) }
                { report(Report::Purpose) }
                <li class="rl-reports__item" key="drawing">
                    <span class="rl-reports__name">{ drawing.clone() }</span>
                    { button("report-drawing", ReportText::AsSvg, drawing.clone(), on_drawing(session, Picture::Svg, lang)) }
                    { button("report-drawing-png", ReportText::AsPng, drawing.clone(), on_drawing(session, Picture::Png, lang)) }
                    { button("report-drawing-print", ReportText::AsPage, drawing, on_drawing(session, Picture::Page, lang)) }
                </li>
                <li class="rl-reports__item" key="catalog">
                    <span class="rl-reports__name">{ catalog.clone() }</span>
                    { button("export-catalog-csv", ReportText::AsCsv, catalog.clone(), on_catalog(session, false, lang)) }
                    { button("export-catalog-json", ReportText::AsJson, catalog, on_catalog(session, true, lang)) }
                </li>
            </ul>
        </section>
    }
}

#[derive(Clone, Copy)]
enum Report {
    Request,
    Unused,
    Purpose,
}

impl Report {
    fn key(self) -> &'static str {
        match self {
            Report::Request => "report-request",
            Report::Unused => "report-unused",
            Report::Purpose => "report-purpose",
        }
    }

    fn print_key(self) -> &'static str {
        match self {
            Report::Request => "report-request-print",
            Report::Unused => "report-unused-print",
            Report::Purpose => "report-purpose-print",
        }
    }

    fn title(self) -> ReportText {
        match self {
            Report::Request => ReportText::RequestTitle,
            Report::Unused => ReportText::UnusedTitle,
            Report::Purpose => ReportText::PurposeTitle,
        }
    }

    fn intro(self) -> ReportText {
        match self {
            Report::Request => ReportText::RequestIntro,
            Report::Unused => ReportText::UnusedIntro,
            Report::Purpose => ReportText::PurposeIntro,
        }
    }

    /// The file name without extension; the unused data concerns the list, the rest the line.
    fn file_stem(self, session: &Session) -> String {
        let state = &session.state;
        match self {
            Report::Request => format!("datavraag-{}", file_stem(&state.editor.line().title)),
            Report::Unused => format!(
                "ongebruikte-data-{}",
                file_stem(&state.catalog.catalog.title)
            ),
            Report::Purpose => format!("doelbinding-{}", file_stem(&state.editor.line().title)),
        }
    }

    /// The report's tables in the interface language.
    fn sections(self, session: &Session, lang: Lang) -> Vec<ReportSection> {
        let state = &session.state;
        let (line, index, analysis) =
            (state.editor.line(), &state.catalog.index, &session.analysis);
        match self {
            Report::Request => request_sections(&data_request(line, analysis, index, lang), lang),
            Report::Unused => vec![ReportSection {
                heading: String::new(),
                rows: unused_rows(analysis, index, lang),
            }],
            Report::Purpose => vec![ReportSection {
                heading: String::new(),
                rows: purpose_rows(line, analysis, index, lang),
            }],
        }
    }

    fn csv_rows(self, session: &Session, lang: Lang) -> Vec<Vec<String>> {
        let state = &session.state;
        let (line, index, analysis) =
            (state.editor.line(), &state.catalog.index, &session.analysis);
        match self {
            Report::Request => data_request_rows(&data_request(line, analysis, index, lang), lang),
            Report::Unused => unused_rows(analysis, index, lang),
            Report::Purpose => purpose_rows(line, analysis, index, lang),
        }
    }
}

fn on_csv(session: &Session, which: Report, lang: Lang) -> Callback<MouseEvent> {
    let session = session.clone();
    Callback::from(move |_: MouseEvent| {
        let name = format!("{}.csv", which.file_stem(&session));
        let text = write_csv(&which.csv_rows(&session, lang));
        offer(&session, &name, &text, "text/csv;charset=utf-8");
    })
}

fn on_page(session: &Session, which: Report, lang: Lang) -> Callback<MouseEvent> {
    let session = session.clone();
    Callback::from(move |_: MouseEvent| {
        let page = PrintPage {
            title: lang.tr(which.title()).to_owned(),
            intro: lang.tr(which.intro()).to_owned(),
            facts: facts(&session, lang),
            sections: which.sections(&session, lang),
            ..PrintPage::default()
        };
        let name = format!("{}.html", which.file_stem(&session));
        offer(
            &session,
            &name,
            &print_html(&page, lang),
            "text/html;charset=utf-8",
        );
    })
}

#[derive(Clone, Copy)]
enum Picture {
    Svg,
    Png,
    Page,
}

fn on_drawing(session: &Session, picture: Picture, lang: Lang) -> Callback<MouseEvent> {
    let session = session.clone();
    Callback::from(move |_: MouseEvent| {
        let line = session.state.editor.line();
        let svg = graph_svg(line, &session.placed, &session.analysis, lang);
        let stem = file_stem(&line.title);
        match picture {
            Picture::Svg => offer(&session, &format!("{stem}.svg"), &svg, "image/svg+xml"),
            Picture::Png => {
                let failed =
                    session.callback(|detail| AppAction::Notify(Notice::SaveFailed(detail)));
                download_png(format!("{stem}.png"), svg, failed);
            }
            Picture::Page => {
                let page = PrintPage {
                    title: lang.tr(ReportText::DrawingTitle).to_owned(),
                    intro: lang.tr(ReportText::DrawingIntro).to_owned(),
                    facts: facts(&session, lang),
                    figure: Some(&svg),
                    landscape: true,
                    ..PrintPage::default()
                };
                let html = print_html(&page, lang);
                offer(
                    &session,
                    &format!("{stem}.html"),
                    &html,
                    "text/html;charset=utf-8",
                );
            }
        }
    })
}

fn on_catalog(session: &Session, json: bool, lang: Lang) -> Callback<MouseEvent> {
    let session = session.clone();
    Callback::from(move |_: MouseEvent| {
        let catalog = &session.state.catalog.catalog;
        let stem = match slug(&catalog.title) {
            stem if stem.is_empty() => "datasetlijst".to_owned(),
            stem => stem,
        };
        if !json {
            let text = export_catalog_csv(catalog);
            offer(
                &session,
                &format!("{stem}.csv"),
                &text,
                "text/csv;charset=utf-8",
            );
            return;
        }
        match export_catalog(catalog) {
            Ok(text) => offer(&session, &format!("{stem}.json"), &text, "application/json"),
            Err(error) => {
                let detail = error.messages(lang).join("\n");
                session.dispatch(AppAction::Notify(Notice::SaveFailed(detail)));
            }
        }
    })
}

/// Which line, which dataset list, and today's date, for the head of a printed report.
fn facts(session: &Session, lang: Lang) -> Vec<(String, String)> {
    let state = &session.state;
    vec![
        (
            lang.tr(ReportText::Line).to_owned(),
            state.editor.line().title.clone(),
        ),
        (
            lang.tr(ReportText::Catalog).to_owned(),
            state.catalog.catalog.title.clone(),
        ),
        (lang.tr(ReportText::Made).to_owned(), today()),
    ]
}

fn offer(session: &Session, name: &str, text: &str, mime: &str) {
    if let Err(detail) = download(name, text, mime) {
        session.dispatch(AppAction::Notify(Notice::SaveFailed(detail)));
    }
}

/// A file name from a title: letters and digits, dashes between words.
fn file_stem(title: &str) -> String {
    match slug(title) {
        stem if stem.is_empty() => "redeneerlijn".to_owned(),
        stem => stem,
    }
}
