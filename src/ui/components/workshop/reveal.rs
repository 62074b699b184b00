//! The reveal of one question, as presentation and summary show it.

use yew::prelude::*;

use crate::catalog::Catalog;
use crate::i18n::{Lang, WorkshopText, WorkshopUiText};
use crate::number;
use crate::workshop::{
    confidence_label, data_text, estimate_plot_svg_unstyled, evidence_text, misjudgement_text,
    source_text, with_unit, AssumptionLine, Confidence, EstimateLine,
};

/// The dot plot, the real value and its source, the median and how far off the group was.
pub fn estimate_reveal(line: &EstimateLine, catalog: Option<&Catalog>, lang: Lang) -> Html {
    let reveal = &line.reveal;
    // The SVG is made by the core from escaped text; it carries no script and no style.
    let plot = Html::from_html_unchecked(AttrValue::from(estimate_plot_svg_unstyled(line, lang)));
    let median = reveal.median.map_or_else(
        || lang.tr(WorkshopText::NoAnswers).to_owned(),
        |m| with_unit(m, &line.unit, lang),
    );
    let facts = [
        (
            WorkshopText::RealValue,
            with_unit(reveal.real, &line.unit, lang),
        ),
        (WorkshopText::Median, median),
        (
            WorkshopText::Direction,
            misjudgement_text(reveal.misjudgement.as_ref(), lang),
        ),
        (WorkshopText::Answers, reveal.estimates.len().to_string()),
        (
            WorkshopText::Source,
            source_text(&line.source, catalog, lang),
        ),
    ];
    html! {
        <div class="rl-reveal" data-testid="reveal" data-question={line.question.to_string()}>
            <div class="rl-reveal__plot">{ plot }</div>
            <dl class="rl-reveal__facts">
                { for facts.into_iter().map(|(label, value)| html! {
                    <div key={label.text(Lang::En)}>
                        <dt>{ lang.tr(label) }</dt>
                        <dd>{ value }</dd>
                    </div>
                }) }
            </dl>
        </div>
    }
}

/// How sure the group was (a bar per level), the evidence and data behind the link, and a
/// warning when the group was sure of a link nothing backs.
pub fn assumption_reveal(line: &AssumptionLine, lang: Lang) -> Html {
    let reveal = &line.reveal;
    let answered = reveal.answered().max(1);
    let bars = Confidence::all().zip(reveal.counts).map(|(level, count)| {
        let label = format!("{} – {}", level.level(), confidence_label(level, lang));
        html! {
            <li key={level.level()}>
                <span class="rl-reveal__level">{ label }</span>
                <progress max={answered.to_string()} value={count.to_string()} aria-hidden="true"></progress>
                <span class="rl-reveal__count">{ count }</span>
            </li>
        }
    });
    let median = reveal.median.map_or_else(
        || lang.tr(WorkshopText::NoAnswers).to_owned(),
        |m| number::fixed(m, 1),
    );
    let backing = reveal.missing_backing();
    html! {
        <div class="rl-reveal" data-testid="reveal" data-question={line.question.to_string()}>
            <p class="rl-reveal__link">{ format!("{} → {}", line.from, line.to) }</p>
            <h4 class="rl-reveal__heading">{ lang.tr(WorkshopUiText::ConfidenceCounts) }</h4>
            <ul class="rl-reveal__bars">{ for bars }</ul>
            <dl class="rl-reveal__facts">
                <div><dt>{ lang.tr(WorkshopText::MedianConfidence) }</dt><dd>{ median }</dd></div>
                <div><dt>{ lang.tr(WorkshopText::Evidence) }</dt><dd>{ evidence_text(reveal.evidence, lang) }</dd></div>
                <div><dt>{ lang.tr(WorkshopText::Data) }</dt><dd>{ data_text(reveal.data, lang) }</dd></div>
            </dl>
            if reveal.confident() && backing.any() {
                <p class="rl-reveal__warning" data-testid="reveal-warning">{ lang.tr(WorkshopUiText::Warning) }</p>
            }
        </div>
    }
}
