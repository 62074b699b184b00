use yew::prelude::*;

use crate::analysis::{Coverage, NeedOrigin};
use crate::i18n::{EditorText, ImportText, Lang};
use crate::io::csv::export_catalog_csv;
use crate::model::NodeId;
use crate::ui::download::download;
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Notice, Selection};

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
    let missing: Vec<Html> = node_needs()
        .filter(|(_, c)| matches!(c.coverage, Coverage::Missing))
        .map(|(i, c)| need_item(i, analysis.concept(&c.need), c.need.origin.node()))
        .collect();
    let partly: Vec<Html> = node_needs()
        .filter(|(_, c)| matches!(c.coverage, Coverage::PartlyCovered(_)))
        .map(|(i, c)| need_item(i, analysis.concept(&c.need), c.need.origin.node()))
        .collect();
    let unused: Vec<Html> = analysis
        .unused
        .iter()
        .filter_map(|&d| index.dataset(d))
        .map(|d| html! { <li key={d.id.0.clone()}>{ &d.title }{ format!(" ({})", d.owner) }</li> })
        .collect();
    let structure: Vec<Html> = analysis
        .diagnostics
        .iter()
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
    let score = analysis.score;
    let share = score
        .share()
        .map(|s| format!("{:.0}%", s * 100.0))
        .unwrap_or_else(|| "–".to_owned());
    let catalog = &session.state.catalog.catalog;
    let catalog_line = if catalog.is_empty() {
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
            <p class="rl-findings__catalog" data-testid="catalog-name">{ catalog_line }</p>
            if !catalog.is_empty() {
                <button type="button" class="utrecht-button utrecht-button--subtle rl-findings__export"
                    data-action="export-catalog-csv" onclick={export_csv(session)}>
                    { lang.tr(ImportText::ExportCsv) }
                </button>
            }
            <p class="rl-findings__score">
                { format!("{}: {share} ({} / {})", lang.tr(EditorText::FindingsScore), score.covered, score.total()) }
            </p>
            { group("missing", EditorText::FindingsMissing, missing, lang) }
            { group("partly", EditorText::FindingsPartly, partly, lang) }
            { group("unused", EditorText::FindingsUnused, unused, lang) }
            { group("structure", EditorText::FindingsStructure, structure, lang) }
        </div>
    }
}

fn group(key: &'static str, title: EditorText, items: Vec<Html>, lang: Lang) -> Html {
    let count = items.len();
    html! {
        <section class={classes!("rl-findings__group", format!("rl-findings__group--{key}"))} data-findings={key}>
            <h3 class="utrecht-heading-3">{ format!("{} ({count})", lang.tr(title)) }</h3>
            if items.is_empty() {
                <p class="rl-findings__none">{ lang.tr(EditorText::FindingsNone) }</p>
            } else {
                <ul class="rl-findings__list">{ for items }</ul>
            }
        </section>
    }
}

/// Downloads the dataset list as CSV for a spreadsheet (built in the page, nothing is sent).
fn export_csv(session: &Session) -> Callback<MouseEvent> {
    let state = session.state.clone();
    Callback::from(move |_: MouseEvent| {
        let catalog = &state.catalog.catalog;
        let text = export_catalog_csv(catalog);
        let name = format!("{}.csv", file_stem(&catalog.title));
        if let Err(detail) = download(&name, &text, "text/csv;charset=utf-8") {
            state.dispatch(AppAction::Notify(Notice::SaveFailed(detail)));
        }
    })
}

/// A file name from a title: letters and digits, dashes between words.
fn file_stem(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "datasetlijst".to_owned()
    } else {
        words.join("-")
    }
}
