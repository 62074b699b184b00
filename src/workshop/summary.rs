//! The end of a workshop: which figures the group misjudged most and which way, and where the
//! group was confident about a link that nothing backs. Also as CSV rows for a spreadsheet.

use super::answers::Answers;
use super::model::{QuestionBody, QuestionId, Source, Workshop};
use super::score::{reveal, AssumptionReveal, EstimateReveal, Misjudgement, Reveal};
use super::text::{
    data_text, direction_text, evidence_text, misjudgement_text, show_number, source_text,
};
use crate::catalog::Catalog;
use crate::i18n::{Lang, WorkshopText};
use crate::order;

/// An estimate question and its reveal.
#[derive(Clone, Debug, PartialEq)]
pub struct EstimateLine {
    pub question: QuestionId,
    pub text: String,
    pub unit: String,
    pub source: Source,
    pub reveal: EstimateReveal,
}

/// An assumption question and its reveal.
#[derive(Clone, Debug, PartialEq)]
pub struct AssumptionLine {
    pub question: QuestionId,
    pub text: String,
    pub from: String,
    pub to: String,
    pub reveal: AssumptionReveal,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub participants: usize,
    /// Most misjudged first (see `Misjudgement::worse_first`); unanswered questions last; ties
    /// keep the trainer's order.
    pub estimates: Vec<EstimateLine>,
    /// In the trainer's order.
    pub assumptions: Vec<AssumptionLine>,
}

impl Summary {
    /// Links the group was confident about although no evidence or no data backs them, most
    /// confident first (ties in the trainer's order).
    pub fn confident_without_backing(&self) -> Vec<&AssumptionLine> {
        let mut lines: Vec<&AssumptionLine> = self
            .assumptions
            .iter()
            .filter(|line| line.reveal.confident() && line.reveal.missing_backing().any())
            .collect();
        let median = |line: &AssumptionLine| line.reveal.median.unwrap_or(0.0);
        order::sort_by_key(&mut lines, |line| order::larger_first_f64(median(line)));
        lines
    }
}

/// Reveals every question of `workshop` over `answers` and orders them for the summary.
pub fn summary(workshop: &Workshop, answers: &[Answers]) -> Summary {
    let mut summary = Summary {
        participants: answers.len(),
        ..Summary::default()
    };
    for question in workshop.questions() {
        match (reveal(question, answers), &question.body) {
            (Reveal::Estimate(reveal), QuestionBody::Estimate(estimate)) => {
                summary.estimates.push(EstimateLine {
                    question: question.id,
                    text: question.text.clone(),
                    unit: estimate.unit.clone(),
                    source: estimate.source.clone(),
                    reveal,
                });
            }
            (Reveal::Assumption(reveal), QuestionBody::Assumption(assumption)) => {
                summary.assumptions.push(AssumptionLine {
                    question: question.id,
                    text: question.text.clone(),
                    from: assumption.from.clone(),
                    to: assumption.to.clone(),
                    reveal,
                });
            }
            _ => {}
        }
    }
    // Stable sorts: equal misjudgements keep the trainer's order. By size first, then by kind
    // (a factor, only a difference, none), so each kind stays in size order.
    order::sort_by_key(&mut summary.estimates, |line| {
        line.reveal
            .misjudgement
            .as_ref()
            .map_or(0, Misjudgement::size_key)
    });
    order::sort_by_key(&mut summary.estimates, |line| {
        line.reveal
            .misjudgement
            .as_ref()
            .map_or(2, Misjudgement::kind_key)
    });
    summary
}

/// The summary as CSV rows (write them with `crate::report::write_csv`): a header, the estimate
/// questions in summary order, then the assumption questions. Columns that do not apply to a
/// kind of question are left empty.
pub fn summary_rows(summary: &Summary, catalog: Option<&Catalog>, lang: Lang) -> Vec<Vec<String>> {
    use WorkshopText as T;
    let header = [
        T::Kind,
        T::Question,
        T::Unit,
        T::RealValue,
        T::Median,
        T::Direction,
        T::Factor,
        T::Answers,
        T::Source,
        T::MedianConfidence,
        T::Evidence,
        T::Data,
        T::Confident,
        T::Unbacked,
    ];
    let mut rows = vec![header.iter().map(|&t| lang.tr(t).to_owned()).collect()];
    for line in &summary.estimates {
        let reveal = &line.reveal;
        let misjudgement = reveal.misjudgement.as_ref();
        rows.push(vec![
            lang.tr(T::KindEstimate).to_owned(),
            line.text.clone(),
            line.unit.clone(),
            show_number(reveal.real, lang),
            reveal
                .median
                .map(|m| show_number(m, lang))
                .unwrap_or_default(),
            misjudgement
                .map(|m| direction_text(m.direction, lang).to_owned())
                .unwrap_or_default(),
            misjudgement_text(misjudgement, lang),
            reveal.estimates.len().to_string(),
            source_text(&line.source, catalog, lang),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    let yes_no = |flag: bool| lang.tr(if flag { T::Yes } else { T::No }).to_owned();
    for line in &summary.assumptions {
        let reveal = &line.reveal;
        rows.push(vec![
            lang.tr(T::KindAssumption).to_owned(),
            line.text.clone(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            reveal.answered().to_string(),
            String::new(),
            reveal
                .median
                .map(|m| show_number(m, lang))
                .unwrap_or_default(),
            evidence_text(reveal.evidence, lang).to_owned(),
            data_text(reveal.data, lang).to_owned(),
            yes_no(reveal.confident()),
            yes_no(reveal.missing_backing().any()),
        ]);
    }
    rows
}
