//! What the group answered, per question, set against the real value or the backing of a link.
//!
//! How far off the group was is measured on the median estimate `m` against the real value `r`:
//! - the direction is read on the number line: `m > r` overestimated, `m < r` underestimated,
//!   `m == r` exact;
//! - the factor compares sizes: `|m| / |r|` when overestimating the size, `|r| / |m|` when
//!   underestimating it, so it is always at least 1 ("3 times too high" and "3 times too low"
//!   weigh the same);
//! - when `r` or `m` is 0, or they have opposite signs, no factor exists (`None`): the group was
//!   off by the difference only, and such questions are ranked after those with a factor.
//!
//! No input panics: empty answer sets give no median; estimates that are not finite (only
//! possible for answers made in code, files refuse them) are skipped.

use std::cmp::Ordering;

use super::answers::{Answer, Answers, Confidence};
use super::model::{AssumptionQuestion, EstimateQuestion, Question, QuestionBody, QuestionId};
use crate::analysis::DataStatus;
use crate::model::EvidenceLevel;
use crate::order;

/// Which way the group's median went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Direction {
    Over,
    Under,
    Exact,
}

/// How far the median estimate was from the real value; see the module documentation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Misjudgement {
    pub direction: Direction,
    /// At least 1; `None` when the real value or the median is 0 or their signs differ.
    pub factor: Option<f64>,
    /// `median - real`.
    pub difference: f64,
}

impl Misjudgement {
    pub fn of(median: f64, real: f64) -> Misjudgement {
        let difference = median - real;
        let direction = match median.partial_cmp(&real) {
            Some(Ordering::Greater) => Direction::Over,
            Some(Ordering::Less) => Direction::Under,
            _ => Direction::Exact,
        };
        let comparable = median != 0.0 && real != 0.0 && (median > 0.0) == (real > 0.0);
        let factor = if direction == Direction::Exact {
            Some(1.0)
        } else if comparable {
            let (m, r) = (median.abs(), real.abs());
            Some(if m >= r { m / r } else { r / m }).filter(|f| f.is_finite())
        } else {
            None
        };
        Misjudgement {
            direction,
            factor,
            difference,
        }
    }

    /// Orders the worst misjudgement first: a larger factor, then (no factor) a larger difference.
    pub fn worse_first(&self, other: &Misjudgement) -> Ordering {
        match (self.factor, other.factor) {
            (Some(a), Some(b)) => b.total_cmp(&a),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => other.difference.abs().total_cmp(&self.difference.abs()),
        }
    }

    /// `worse_first` as two sort keys (smallest first): the kind (0 with a factor, 1 without),
    /// and within a kind the size (the larger factor or difference first). A stable sort by size
    /// and then by kind gives the `worse_first` order.
    pub(crate) fn kind_key(&self) -> u64 {
        u64::from(self.factor.is_none())
    }

    /// See `kind_key`.
    pub(crate) fn size_key(&self) -> u64 {
        order::larger_first_f64(self.factor.unwrap_or(self.difference.abs()))
    }
}

/// The reveal of an estimate question.
#[derive(Clone, Debug, PartialEq)]
pub struct EstimateReveal {
    pub question: QuestionId,
    pub real: f64,
    /// Every finite estimate, smallest first: the dots of the plot.
    pub estimates: Vec<f64>,
    /// `None` when nobody answered.
    pub median: Option<f64>,
    pub misjudgement: Option<Misjudgement>,
    /// How many single estimates were above, below and exactly on the real value.
    pub above: usize,
    pub below: usize,
    pub exact: usize,
}

/// The reveal of an assumption question.
#[derive(Clone, Debug, PartialEq)]
pub struct AssumptionReveal {
    pub question: QuestionId,
    /// How many participants chose each level, level 1 first.
    pub counts: [usize; 5],
    pub median: Option<f64>,
    pub evidence: EvidenceLevel,
    pub data: Option<DataStatus>,
}

impl AssumptionReveal {
    pub fn answered(&self) -> usize {
        self.counts.iter().sum()
    }

    /// The group is confident when its median level is "fairly sure" or higher.
    pub fn confident(&self) -> bool {
        self.median
            .is_some_and(|m| m >= f64::from(Confidence::CONFIDENT))
    }

    /// Nothing backs the link: no evidence, or no dataset counts for the data its needs ask for
    /// (missing, or only offered and not yet linked).
    pub fn missing_backing(&self) -> Backing {
        Backing {
            no_evidence: self.evidence == EvidenceLevel::None,
            no_data: matches!(self.data, Some(DataStatus::Missing)),
            data_to_link: matches!(self.data, Some(DataStatus::ToLink)),
        }
    }
}

/// What is missing behind a link.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Backing {
    pub no_evidence: bool,
    pub no_data: bool,
    /// Datasets may fit, but none is linked: until then nothing counts.
    pub data_to_link: bool,
}

impl Backing {
    pub fn any(self) -> bool {
        self.no_evidence || self.no_data || self.data_to_link
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Reveal {
    Estimate(EstimateReveal),
    Assumption(AssumptionReveal),
}

/// Gathers every participant's answer to `question`. Answers of the wrong kind are skipped.
pub fn reveal(question: &Question, answers: &[Answers]) -> Reveal {
    let given = answers.iter().filter_map(|a| a.answers.get(&question.id));
    match &question.body {
        QuestionBody::Estimate(estimate) => {
            let values = given.filter_map(|answer| match answer {
                Answer::Estimate(value) if value.is_finite() => Some(*value),
                _ => None,
            });
            Reveal::Estimate(estimate_reveal(question.id, estimate, values.collect()))
        }
        QuestionBody::Assumption(assumption) => {
            let levels = given.filter_map(|answer| match answer {
                Answer::Confidence(level) => Some(*level),
                Answer::Estimate(_) => None,
            });
            Reveal::Assumption(assumption_reveal(question.id, assumption, levels))
        }
    }
}

fn estimate_reveal(
    id: QuestionId,
    question: &EstimateQuestion,
    mut values: Vec<f64>,
) -> EstimateReveal {
    order::sort_by_key(&mut values, |v| order::smaller_first_f64(*v));
    let real = question.value;
    let median = median(&values);
    let count = |ordering: Ordering| {
        values
            .iter()
            .filter(|v| v.partial_cmp(&&real) == Some(ordering))
            .count()
    };
    EstimateReveal {
        question: id,
        real,
        misjudgement: median.map(|m| Misjudgement::of(m, real)),
        median,
        above: count(Ordering::Greater),
        below: count(Ordering::Less),
        exact: count(Ordering::Equal),
        estimates: values,
    }
}

fn assumption_reveal(
    id: QuestionId,
    question: &AssumptionQuestion,
    levels: impl Iterator<Item = Confidence>,
) -> AssumptionReveal {
    let mut counts = [0usize; 5];
    let mut values = Vec::new();
    for level in levels {
        let slot = usize::from(level.level().saturating_sub(Confidence::MIN));
        if let Some(count) = counts.get_mut(slot) {
            *count += 1;
        }
        values.push(f64::from(level.level()));
    }
    order::sort_by_key(&mut values, |v| order::smaller_first_f64(*v));
    AssumptionReveal {
        question: id,
        counts,
        median: median(&values),
        evidence: question.evidence,
        data: question.data,
    }
}

/// The median of sorted values; the mean of the middle two for an even count, halved first so
/// two huge values cannot overflow to infinity.
pub fn median(sorted: &[f64]) -> Option<f64> {
    let middle = sorted.len() / 2;
    if sorted.len() % 2 == 1 {
        return sorted.get(middle).copied();
    }
    let low = sorted.get(middle.checked_sub(1)?)?;
    let high = sorted.get(middle)?;
    Some(low / 2.0 + high / 2.0)
}

#[cfg(test)]
mod tests;
