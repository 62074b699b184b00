//! The summary as a standalone, printable HTML page (A4), to hand out or archive after a
//! workshop. Everything a trainer or participant wrote is escaped: a question may contain
//! `<script>`, and the page must show it as text.

use std::fmt::Write as _;

use super::model::Workshop;
use super::summary::{AssumptionLine, Summary};
use super::svg::estimate_plot_svg;
use super::text::{
    data_text, evidence_text, misjudgement_text, show_number, source_text, with_unit,
};
use crate::catalog::Catalog;
use crate::i18n::{Lang, WorkshopText};
use crate::report::escape;

/// Print styles: A4 with margins, plots kept whole on a page, colours kept when printing.
const STYLE: &str = "@page{size:A4;margin:18mm 15mm}\
body{font-family:Arial,sans-serif;font-size:11pt;color:#000;max-width:180mm;margin:0 auto}\
h1{font-size:18pt}h2{font-size:14pt;margin-top:1.5em}h3{font-size:12pt}\
section.question{break-inside:avoid;page-break-inside:avoid;margin-bottom:1em}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #b3b3b3;padding:4px;text-align:left;vertical-align:top}\
.unbacked{color:#b00020;font-weight:bold}.meta{color:#4b4b4b}\
svg{max-width:100%;height:auto}\
@media print{body{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

/// The whole page. `catalog`, when given, names the datasets behind the real values.
pub fn summary_html(
    workshop: &Workshop,
    summary: &Summary,
    catalog: Option<&Catalog>,
    lang: Lang,
) -> String {
    use WorkshopText as T;
    let mut html = String::new();
    let title = format!("{}: {}", lang.tr(T::SummaryTitle), workshop.title);
    let _ = writeln!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        lang.code(),
        escape(&title)
    );
    let _ = writeln!(html, "<h1>{}</h1>", escape(&title));
    if !workshop.description.trim().is_empty() {
        let _ = writeln!(html, "<p>{}</p>", escape(&workshop.description));
    }
    let _ = writeln!(
        html,
        "<p class=\"meta\">{}: {}</p>",
        escape(lang.tr(T::Participants)),
        summary.participants
    );
    unbacked_section(&mut html, summary, lang);
    let _ = writeln!(html, "<h2>{}</h2>", escape(lang.tr(T::MisjudgedTitle)));
    for line in &summary.estimates {
        let reveal = &line.reveal;
        let _ = writeln!(
            html,
            "<section class=\"question\">\n<h3>{}</h3>",
            escape(&line.text)
        );
        html.push_str(&estimate_plot_svg(line, lang));
        let median = reveal
            .median
            .map(|m| with_unit(m, &line.unit, lang))
            .unwrap_or_default();
        let facts = [
            (T::RealValue, with_unit(reveal.real, &line.unit, lang)),
            (T::Median, median),
            (
                T::Factor,
                misjudgement_text(reveal.misjudgement.as_ref(), lang),
            ),
            (T::Answers, reveal.estimates.len().to_string()),
            (T::Source, source_text(&line.source, catalog, lang)),
        ];
        html.push_str("<dl>\n");
        for (label, value) in facts {
            let _ = writeln!(
                html,
                "<dt>{}</dt><dd>{}</dd>",
                escape(lang.tr(label)),
                escape(&value)
            );
        }
        html.push_str("</dl>\n</section>\n");
    }
    assumptions_table(&mut html, &summary.assumptions, lang);
    html.push_str("</body>\n</html>\n");
    html
}

fn unbacked_section(html: &mut String, summary: &Summary, lang: Lang) {
    let _ = writeln!(
        html,
        "<h2>{}</h2>",
        escape(lang.tr(WorkshopText::ConfidentWithoutBacking))
    );
    let lines = summary.confident_without_backing();
    if lines.is_empty() {
        let _ = writeln!(
            html,
            "<p>{}</p>",
            escape(lang.tr(WorkshopText::NothingUnbacked))
        );
        return;
    }
    html.push_str("<ul>\n");
    for line in lines {
        let backing = line.reveal.missing_backing();
        let missing: Vec<&str> = [
            backing
                .no_evidence
                .then(|| lang.tr(WorkshopText::NoEvidence)),
            backing.no_data.then(|| lang.tr(WorkshopText::NoData)),
            backing
                .data_to_link
                .then(|| lang.tr(WorkshopText::DataNotLinked)),
        ]
        .into_iter()
        .flatten()
        .collect();
        let _ = writeln!(
            html,
            "<li>“{}” → “{}”: {} {} <span class=\"unbacked\">({})</span></li>",
            escape(&line.from),
            escape(&line.to),
            escape(lang.tr(WorkshopText::MedianConfidence)),
            escape(
                &line
                    .reveal
                    .median
                    .map(|m| show_number(m, lang))
                    .unwrap_or_default()
            ),
            escape(&missing.join(", "))
        );
    }
    html.push_str("</ul>\n");
}

fn assumptions_table(html: &mut String, lines: &[AssumptionLine], lang: Lang) {
    use WorkshopText as T;
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(
        html,
        "<h2>{}</h2>\n<table>\n<thead><tr>",
        escape(lang.tr(T::AssumptionsTitle))
    );
    for heading in [
        T::Link,
        T::MedianConfidence,
        T::Answers,
        T::Evidence,
        T::Data,
    ] {
        let _ = write!(html, "<th scope=\"col\">{}</th>", escape(lang.tr(heading)));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for line in lines {
        let reveal = &line.reveal;
        let class = if reveal.confident() && reveal.missing_backing().any() {
            " class=\"unbacked\""
        } else {
            ""
        };
        let _ = writeln!(
            html,
            "<tr{class}><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&line.text),
            escape(
                &reveal
                    .median
                    .map(|m| show_number(m, lang))
                    .unwrap_or_default()
            ),
            reveal.answered(),
            escape(evidence_text(reveal.evidence, lang)),
            escape(data_text(reveal.data, lang))
        );
    }
    html.push_str("</tbody>\n</table>\n");
}
