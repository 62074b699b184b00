use std::rc::Rc;

use yew::prelude::*;

use super::reveal::{assumption_reveal, estimate_reveal};
use crate::i18n::{Lang, WorkshopText, WorkshopUiText};
use crate::io::csv::slug;
use crate::report::write_csv;
use crate::ui::download::download;
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Notice};
use crate::workshop::{
    misjudgement_text, summary, summary_html, summary_rows, with_unit, Summary, WorkshopSession,
};

#[derive(Properties, PartialEq)]
pub struct SummaryStepProps {
    pub session: Session,
    pub workshop: Rc<WorkshopSession>,
}

/// Step 4: which figures were misjudged most and which way, where the group was sure of a link
/// nothing backs, every reveal; as CSV or a page to print.
#[component]
pub fn SummaryStep(props: &SummaryStepProps) -> Html {
    let lang = use_lang();
    let summary: Rc<Summary> = {
        let workshop = props.workshop.clone();
        use_memo(props.session.state.workshop_revision, move |_| {
            summary(&workshop.workshop, &workshop.answers)
        })
    };
    let catalog = &props.session.state.catalog.catalog;
    let catalog = (!catalog.is_empty()).then_some(catalog);
    if props.workshop.workshop.questions().is_empty() || summary.participants == 0 {
        return html! {
            <div class="rl-workshop__step" data-testid="workshop-summary">
                <p class="utrecht-paragraph">{ lang.tr(WorkshopUiText::NoSummary) }</p>
            </div>
        };
    }
    let reveals = summary
        .estimates
        .iter()
        .map(|line| {
            (
                line.question,
                line.text.clone(),
                estimate_reveal(line, catalog, lang),
            )
        })
        .chain(summary.assumptions.iter().map(|line| {
            (
                line.question,
                line.text.clone(),
                assumption_reveal(line, lang),
            )
        }))
        .map(|(id, text, reveal)| {
            html! {
                <section key={id.to_string()} class="rl-workshop__reveal">
                    <h4 class="utrecht-heading-4">{ text }</h4>
                    { reveal }
                </section>
            }
        });
    html! {
        <div class="rl-workshop__step" data-testid="workshop-summary">
            { summary_content(&summary, lang) }
            <div class="rl-workshop__tools">
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="summary-csv"
                    onclick={export(&props.session, &props.workshop, &summary, false, lang)}>{ lang.tr(WorkshopUiText::SummaryCsv) }</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="summary-print"
                    onclick={export(&props.session, &props.workshop, &summary, true, lang)}>{ lang.tr(WorkshopUiText::SummaryPage) }</button>
            </div>
            { for reveals }
        </div>
    }
}

/// The heart of the summary: the figures worst misjudged first, and the links the group was sure
/// of without backing. Also the last slide of the presentation.
pub fn summary_content(summary: &Summary, lang: Lang) -> Html {
    let estimates = summary.estimates.iter().map(|line| {
        let reveal = &line.reveal;
        let median = reveal.median.map_or_else(
            || lang.tr(WorkshopText::NoAnswers).to_owned(),
            |m| with_unit(m, &line.unit, lang),
        );
        html! {
            <tr key={line.question.to_string()} data-question={line.question.to_string()}>
                <th scope="row">{ &line.text }</th>
                <td>{ with_unit(reveal.real, &line.unit, lang) }</td>
                <td>{ median }</td>
                <td>{ misjudgement_text(reveal.misjudgement.as_ref(), lang) }</td>
            </tr>
        }
    });
    let unbacked = summary.confident_without_backing();
    html! {
        <div class="rl-workshop__summary" data-testid="summary-content">
            <h3 class="utrecht-heading-3">{ lang.tr(WorkshopText::SummaryTitle) }</h3>
            <p class="utrecht-paragraph">{ format!("{}: {}", lang.tr(WorkshopText::Participants), summary.participants) }</p>
            if !summary.estimates.is_empty() {
                <table class="rl-workshop__table" data-testid="summary-estimates">
                    <caption>{ lang.tr(WorkshopText::MisjudgedTitle) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.tr(WorkshopText::Question) }</th>
                            <th scope="col">{ lang.tr(WorkshopText::RealValue) }</th>
                            <th scope="col">{ lang.tr(WorkshopText::Median) }</th>
                            <th scope="col">{ lang.tr(WorkshopText::Direction) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for estimates }</tbody>
                </table>
            }
            if !summary.assumptions.is_empty() {
                <h4 class="utrecht-heading-4">{ lang.tr(WorkshopText::ConfidentWithoutBacking) }</h4>
                if unbacked.is_empty() {
                    <p class="utrecht-paragraph">{ lang.tr(WorkshopText::NothingUnbacked) }</p>
                } else {
                    <ul class="rl-workshop__unbacked" data-testid="summary-unbacked">
                        { for unbacked.iter().map(|line| html! {
                            <li key={line.question.to_string()}>{ format!("{} → {}", line.from, line.to) }</li>
                        }) }
                    </ul>
                }
            }
        </div>
    }
}

fn export(
    session: &Session,
    workshop: &Rc<WorkshopSession>,
    summary: &Rc<Summary>,
    page: bool,
    lang: Lang,
) -> Callback<MouseEvent> {
    let (session, workshop, summary) = (session.clone(), workshop.clone(), summary.clone());
    Callback::from(move |_: MouseEvent| {
        let catalog = &session.state.catalog.catalog;
        let catalog = (!catalog.is_empty()).then_some(catalog);
        let stem = match slug(&workshop.workshop.title) {
            stem if stem.is_empty() => "workshop".to_owned(),
            stem => stem,
        };
        let result = if page {
            let html = summary_html(&workshop.workshop, &summary, catalog, lang);
            download(
                &format!("samenvatting-{stem}.html"),
                &html,
                "text/html;charset=utf-8",
            )
        } else {
            let csv = write_csv(&summary_rows(&summary, catalog, lang));
            download(
                &format!("samenvatting-{stem}.csv"),
                &csv,
                "text/csv;charset=utf-8",
            )
        };
        if let Err(detail) = result {
            session.dispatch(AppAction::Notify(Notice::SaveFailed(detail)));
        }
    })
}
