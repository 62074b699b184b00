//! The catalog check: which datasets answer each need, fully or in part, and which datasets no
//! need uses.
//!
//! Runs after every edit, so it allocates per analysis, not per need: candidates of all needs go
//! into one list and a verdict points into it (needs asking the same share one run of it). The
//! work itself is in `checker`.

use std::ops::Range;

use super::diagnostics::Diagnostic;
use super::index::{DatasetRef, MatchVia};
use super::needs::Need;
use crate::catalog::AccessClass;
use crate::model::{Frequency, GeoLevel, YearRange};

/// At most this many partial candidates are kept per need, best first.
pub const MAX_PARTIAL_CANDIDATES: usize = 3;

/// Why a dataset answers a need only in part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gap {
    /// The data is about larger areas than needed; it cannot be split up.
    LevelTooCoarse { have: GeoLevel, need: GeoLevel },
    /// The data is measured less often than needed.
    FrequencyTooLow { have: Frequency, need: Frequency },
    /// Years of the needed period the dataset does not cover (`have: None`: its period is
    /// unknown, so all of it counts as missing).
    PeriodNotCovered {
        have: Option<YearRange>,
        missing: MissingYears,
    },
    /// Within the needed period the dataset gives fewer measurements than the need asks for
    /// (a goal's baseline and end measurement are two): `have` at most, `need` at least.
    TooFewMeasurements { have: u32, need: u32 },
    /// Personal data: using it needs a legal basis and usually a DPIA.
    PersonalData,
}

/// The years of a needed period a dataset lacks: one range, or two when the dataset covers the
/// middle only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MissingYears {
    pub first: YearRange,
    pub second: Option<YearRange>,
}

impl MissingYears {
    pub fn ranges(&self) -> impl Iterator<Item = YearRange> {
        std::iter::once(self.first).chain(self.second)
    }
}

/// Everything a dataset lacks for a need, stored compactly; read it with `iter`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Gaps {
    /// (have, need)
    pub level: Option<(GeoLevel, GeoLevel)>,
    /// (have, need)
    pub frequency: Option<(Frequency, Frequency)>,
    /// (the needed years, the dataset's years) when some needed years are missing.
    pub period: Option<(YearRange, Option<YearRange>)>,
    /// (have, need): measurements within the needed period, when fewer than needed.
    pub measurements: Option<(u32, u32)>,
    pub personal: bool,
}

impl Gaps {
    /// The gaps, in a fixed order: level, frequency, period, measurements, personal data.
    pub fn iter(&self) -> impl Iterator<Item = Gap> {
        let level = self
            .level
            .map(|(have, need)| Gap::LevelTooCoarse { have, need });
        let frequency = self
            .frequency
            .map(|(have, need)| Gap::FrequencyTooLow { have, need });
        let period = self.period.and_then(|(wanted, have)| {
            missing_years(wanted, have).map(|missing| Gap::PeriodNotCovered { have, missing })
        });
        let measurements = self
            .measurements
            .map(|(have, need)| Gap::TooFewMeasurements { have, need });
        let personal = self.personal.then_some(Gap::PersonalData);
        [level, frequency, period, measurements, personal]
            .into_iter()
            .flatten()
    }

    pub fn len(&self) -> usize {
        usize::from(self.level.is_some())
            + usize::from(self.frequency.is_some())
            + usize::from(self.period.is_some())
            + usize::from(self.measurements.is_some())
            + usize::from(self.personal)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A dataset considered for a need, how it was found, and what it lacks (nothing when it covers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub dataset: DatasetRef,
    pub via: MatchVia,
    pub gaps: Gaps,
}

/// A run of candidates in `CatalogCheck::candidates` (or `Analysis::candidates`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CandidateSpan {
    pub start: u32,
    pub len: u32,
}

impl CandidateSpan {
    pub fn range(self) -> Range<usize> {
        let start = self.start as usize;
        start..start.saturating_add(self.len as usize)
    }
}

/// How well the catalog answers one need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Coverage {
    /// These datasets answer it fully (linked ones first, then by id).
    Covered(CandidateSpan),
    /// No dataset answers it fully; the best candidates (fewest gaps first), each with every gap.
    PartlyCovered(CandidateSpan),
    /// No dataset is linked or names the concept, but these datasets' texts fit the officer's
    /// words (best first, each with its gaps): the officer links or rejects them. Not covered.
    ToLink(CandidateSpan),
    /// No dataset holds the concept (or every linked dataset is missing from the catalog).
    Missing,
}

impl Coverage {
    pub fn is_covered(&self) -> bool {
        matches!(self, Coverage::Covered(_))
    }

    pub fn span(&self) -> CandidateSpan {
        match *self {
            Coverage::Covered(span) | Coverage::PartlyCovered(span) | Coverage::ToLink(span) => {
                span
            }
            Coverage::Missing => CandidateSpan::default(),
        }
    }
}

/// A need with its verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckedNeed {
    pub need: Need,
    pub coverage: Coverage,
}

/// What the catalog check found besides the verdicts.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct CatalogCheck {
    /// The candidates every verdict points into.
    pub candidates: Vec<Candidate>,
    /// Datasets some need counts (linked, or matched when the indicator has no links), in id order.
    pub used: Vec<DatasetRef>,
    /// Datasets no need counts, in id order.
    pub unused: Vec<DatasetRef>,
    /// The unused personal data held back by `matched_counts`, in id order.
    pub minimised: Vec<DatasetRef>,
    /// Links to datasets the catalog does not list.
    pub diagnostics: Vec<Diagnostic>,
}

/// Whether a dataset that names a need's concept (not linked by hand) counts as used by that
/// need. Data minimisation (AVG article 5(1)(c)): personal data does not count for a need that
/// data without it covers fully (only data without gaps covers, so without personal data). The
/// officer who still wants the register for it links it by hand. Everything else found by its
/// concept counts, with gaps or without.
pub(crate) fn matched_counts(coverage: &Coverage, access: AccessClass) -> bool {
    access != AccessClass::Personal || !coverage.is_covered()
}

/// The parts of `wanted` outside `have` (all of it when `have` is unknown); `None` when covered.
pub(crate) fn missing_years(wanted: YearRange, have: Option<YearRange>) -> Option<MissingYears> {
    let whole = MissingYears {
        first: wanted,
        second: None,
    };
    let Some(have) = have else {
        return Some(whole);
    };
    if have.contains(wanted) {
        return None;
    }
    if wanted.overlap(have).is_none() {
        return Some(whole);
    }
    let before = YearRange::new(wanted.from(), have.from().saturating_sub(1));
    let after = YearRange::new(have.to().saturating_add(1), wanted.to());
    match (before, after) {
        (Some(first), second) => Some(MissingYears { first, second }),
        (None, Some(first)) => Some(MissingYears {
            first,
            second: None,
        }),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn years(from: i32, to: i32) -> YearRange {
        YearRange::new(from, to).unwrap()
    }

    fn missing(wanted: YearRange, have: Option<YearRange>) -> Vec<YearRange> {
        missing_years(wanted, have)
            .map(|m| m.ranges().collect())
            .unwrap_or_default()
    }

    #[test]
    fn missing_years_are_the_parts_outside() {
        assert_eq!(missing(years(2020, 2024), Some(years(2018, 2030))), vec![]);
        assert_eq!(
            missing(years(2020, 2024), Some(years(2021, 2023))),
            vec![years(2020, 2020), years(2024, 2024)]
        );
        assert_eq!(
            missing(years(2020, 2024), Some(years(2022, 2030))),
            vec![years(2020, 2021)]
        );
        assert_eq!(
            missing(years(2020, 2024), Some(years(2010, 2015))),
            vec![years(2020, 2024)]
        );
        assert_eq!(missing(years(2020, 2024), None), vec![years(2020, 2024)]);
    }
}
