//! How workshop values read in the interface, the CSV and the printable page. Numbers go through
//! `crate::number`, not `format!`, so the WebAssembly bundle leaves out core's float formatter.

use super::answers::Confidence;
use super::model::Source;
use super::score::{Direction, Misjudgement};
use crate::analysis::DataStatus;
use crate::catalog::Catalog;
use crate::i18n::{Lang, WorkshopText};
use crate::model::EvidenceLevel;
use crate::number;

/// A value with at most two decimals, trailing zeros left off, with the decimal sign of the
/// language: `9,4` in Dutch, `9.4` in English; `1250`, `0,33`.
pub fn show_number(value: f64, lang: Lang) -> String {
    let mut text = number::fixed(value, 2);
    if text.contains('.') {
        let trimmed = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(trimmed);
    }
    if text == "-0" {
        text = "0".to_owned();
    }
    if lang == Lang::Nl {
        text = text.replace('.', ",");
    }
    text
}

/// A value and its unit: `9,4 %`, `410 aantal`.
pub fn with_unit(value: f64, unit: &str, lang: Lang) -> String {
    let mut text = show_number(value, lang);
    if !unit.trim().is_empty() {
        text.push(' ');
        text.push_str(unit.trim());
    }
    text
}

/// "Dataset cbs-85984NED: Kerncijfers wijken en buurten 2024, 2024", or the text and its year.
pub fn source_text(source: &Source, catalog: Option<&Catalog>, lang: Lang) -> String {
    let mut text = match source {
        Source::Dataset { id, .. } => {
            let mut text = format!("{} {}", lang.tr(WorkshopText::Dataset), id.0);
            if let Some(dataset) = catalog.and_then(|c| c.get(id)) {
                text.push_str(": ");
                text.push_str(&dataset.title);
            }
            text
        }
        Source::Text { text, .. } => text.clone(),
    };
    if let Some(year) = source.year() {
        text.push_str(&format!(" ({} {year})", lang.tr(WorkshopText::Year)));
    }
    text
}

pub fn direction_text(direction: Direction, lang: Lang) -> &'static str {
    lang.tr(match direction {
        Direction::Over => WorkshopText::Over,
        Direction::Under => WorkshopText::Under,
        Direction::Exact => WorkshopText::Exact,
    })
}

/// "2.5 times too high" ("2,5 keer te hoog"), "exactly right", or why no factor exists.
pub fn misjudgement_text(misjudgement: Option<&Misjudgement>, lang: Lang) -> String {
    let Some(misjudgement) = misjudgement else {
        return lang.tr(WorkshopText::NoAnswers).to_owned();
    };
    match (misjudgement.direction, misjudgement.factor) {
        (Direction::Exact, _) => lang.tr(WorkshopText::Exact).to_owned(),
        (direction, Some(factor)) => {
            let words = match direction {
                Direction::Under => WorkshopText::TimesTooLow,
                _ => WorkshopText::TimesTooHigh,
            };
            let factor = number::fixed(factor, 1);
            let factor = match lang {
                Lang::Nl => factor.replace('.', ","),
                Lang::En => factor,
            };
            format!("{factor} {}", lang.tr(words))
        }
        (direction, None) => format!(
            "{}; {}",
            direction_text(direction, lang),
            lang.tr(WorkshopText::NoFactor)
        ),
    }
}

pub fn evidence_text(evidence: EvidenceLevel, lang: Lang) -> &'static str {
    lang.tr(match evidence {
        EvidenceLevel::None => WorkshopText::NoEvidence,
        EvidenceLevel::PracticeBased => WorkshopText::PracticeBased,
        EvidenceLevel::ResearchBased => WorkshopText::ResearchBased,
    })
}

pub fn data_text(data: Option<DataStatus>, lang: Lang) -> &'static str {
    match data {
        Some(status) => status.label(lang),
        None => lang.tr(WorkshopText::DataUnknown),
    }
}

/// "1 – not sure at all" … "5 – very sure", for the answer scale.
pub fn confidence_label(level: Confidence, lang: Lang) -> &'static str {
    lang.tr(match level.level() {
        1 => WorkshopText::Confidence1,
        2 => WorkshopText::Confidence2,
        3 => WorkshopText::Confidence3,
        4 => WorkshopText::Confidence4,
        _ => WorkshopText::Confidence5,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_plainly_with_the_decimal_sign_of_the_language() {
        let en = Lang::En;
        assert_eq!(show_number(9.4, en), "9.4");
        assert_eq!(show_number(1250.0, en), "1250");
        assert_eq!(show_number(1.0 / 3.0, en), "0.33");
        assert_eq!(show_number(-0.001, en), "0");
        assert_eq!(show_number(-2.5, en), "-2.5");
        assert_eq!(with_unit(9.4, "%", en), "9.4 %");
        assert_eq!(show_number(9.4, Lang::Nl), "9,4");
        assert_eq!(with_unit(-0.25, "%", Lang::Nl), "-0,25 %");
    }

    #[test]
    fn misjudgements_read_as_sentences() {
        let over = Misjudgement::of(20.0, 8.0);
        assert_eq!(
            misjudgement_text(Some(&over), Lang::En),
            "2.5 times too high"
        );
        let under = Misjudgement::of(2.0, 8.0);
        assert_eq!(
            misjudgement_text(Some(&under), Lang::Nl),
            "4,0 keer te laag"
        );
        let zero = Misjudgement::of(2.0, 0.0);
        assert!(misjudgement_text(Some(&zero), Lang::En).starts_with("overestimated; no factor"));
        assert_eq!(misjudgement_text(None, Lang::En), "no answers yet");
    }
}
