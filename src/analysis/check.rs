//! The catalog check: which datasets answer each need, fully or in part, and which datasets no
//! need uses.
//!
//! Runs after every edit, so it allocates per analysis, not per need: candidates of all needs go
//! into one list and a verdict points into it.

use std::ops::Range;

use super::diagnostics::Diagnostic;
use super::index::{CatalogIndex, ConceptKey, DatasetRef, MatchVia, Traits};
use super::needs::{Need, NeedOrigin};
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
    pub personal: bool,
}

impl Gaps {
    /// The gaps, in a fixed order: level, frequency, period, personal data.
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
        let personal = self.personal.then_some(Gap::PersonalData);
        [level, frequency, period, personal].into_iter().flatten()
    }

    pub fn len(&self) -> usize {
        usize::from(self.level.is_some())
            + usize::from(self.frequency.is_some())
            + usize::from(self.period.is_some())
            + usize::from(self.personal)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A dataset considered for a need, how it was found, and what it lacks (nothing when it covers).
#[derive(Clone, Debug, PartialEq, Eq)]
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
    /// No dataset holds the concept (or every linked dataset is missing from the catalog).
    Missing,
}

impl Coverage {
    pub fn is_covered(&self) -> bool {
        matches!(self, Coverage::Covered(_))
    }

    pub fn span(&self) -> CandidateSpan {
        match *self {
            Coverage::Covered(span) | Coverage::PartlyCovered(span) => span,
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

/// What the catalog check found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CatalogCheck {
    /// Every need with exactly one verdict, in the order of the needs.
    pub needs: Vec<CheckedNeed>,
    /// The candidates every verdict points into.
    pub candidates: Vec<Candidate>,
    /// Datasets some need counts (linked, or matched when the indicator has no links), in id order.
    pub used: Vec<DatasetRef>,
    /// Datasets no need counts, in id order.
    pub unused: Vec<DatasetRef>,
    /// Links to datasets the catalog does not list.
    pub diagnostics: Vec<Diagnostic>,
}

impl CatalogCheck {
    /// The datasets behind a verdict.
    pub fn candidates_of(&self, coverage: &Coverage) -> &[Candidate] {
        self.candidates.get(coverage.span().range()).unwrap_or(&[])
    }
}

/// Checks needs against a catalog index.
pub fn check_needs(needs: Vec<Need>, index: &CatalogIndex) -> CatalogCheck {
    let mut checked: Vec<CheckedNeed> = needs
        .into_iter()
        .map(|need| CheckedNeed {
            need,
            coverage: Coverage::Missing,
        })
        .collect();
    let mut check = check_in_place(&mut checked, index);
    check.needs = checked;
    check
}

/// Per indicator (slot), what was already worked out for an earlier need of it.
#[derive(Clone, Default)]
struct SlotCache {
    key: Option<Option<ConceptKey>>,
    links: Option<Range<usize>>,
}

/// Fills in the verdicts; returns everything else (with `needs` left empty).
pub(crate) fn check_in_place(needs: &mut [CheckedNeed], index: &CatalogIndex) -> CatalogCheck {
    let mut used = vec![false; index.len()];
    let mut cache: Vec<SlotCache> = Vec::new();
    let mut resolved_links: Vec<Option<DatasetRef>> = Vec::new();
    let mut buffer = String::new();
    let mut diagnostics = Vec::new();
    let mut candidates: Vec<Candidate> = Vec::with_capacity(needs.len() * 2);
    let mut scratch: Vec<Candidate> = Vec::new();

    for checked in needs.iter_mut() {
        let need = &checked.need;
        let slot = need.concept_slot as usize;
        if cache.len() <= slot {
            cache.resize(slot.saturating_add(1), SlotCache::default());
        }
        let Some(memo) = cache.get_mut(slot) else {
            continue;
        };
        scratch.clear();
        if need.linked_datasets.is_empty() {
            let key = *memo
                .key
                .get_or_insert_with(|| index.lookup(&need.concept, &mut buffer));
            for m in key.map_or(&[][..], |k| index.matches(k)) {
                scratch.push(judge(need, m.dataset, &m.traits, m.via.clone()));
            }
        } else {
            let links = match &memo.links {
                Some(range) => range.clone(),
                None => {
                    let start = resolved_links.len();
                    for (n, id) in need.linked_datasets.iter().enumerate() {
                        let repeated = need.linked_datasets.iter().take(n).any(|o| o == id);
                        let found = index.find(id);
                        if found.is_none() && !repeated {
                            if let NeedOrigin::Node { node, indicator } = need.origin {
                                diagnostics.push(Diagnostic::unknown_link(
                                    node,
                                    indicator,
                                    id.clone(),
                                ));
                            }
                        }
                        resolved_links.push(found.filter(|_| !repeated));
                    }
                    memo.links.insert(start..resolved_links.len()).clone()
                }
            };
            for dataset in resolved_links.get(links).unwrap_or(&[]).iter().flatten() {
                if let Some(traits) = index.traits(*dataset) {
                    scratch.push(judge(need, *dataset, traits, MatchVia::Linked));
                }
            }
        }
        for c in &scratch {
            if let Some(flag) = used.get_mut(c.dataset.0 as usize) {
                *flag = true;
            }
        }
        checked.coverage = verdict(&mut scratch, &mut candidates);
    }

    let (mut in_use, mut unused) = (Vec::new(), Vec::new());
    for (position, flag) in (0u32..).zip(&used) {
        if *flag {
            in_use.push(DatasetRef(position));
        } else {
            unused.push(DatasetRef(position));
        }
    }
    CatalogCheck {
        needs: Vec::new(),
        candidates,
        used: in_use,
        unused,
        diagnostics,
    }
}

/// Moves the verdict's datasets from the scratch list to the end of `all`.
fn verdict(scratch: &mut Vec<Candidate>, all: &mut Vec<Candidate>) -> Coverage {
    if scratch.is_empty() {
        return Coverage::Missing;
    }
    let covered = scratch.iter().any(|c| c.gaps.is_empty());
    if covered {
        scratch.retain(|c| c.gaps.is_empty());
        // Linked datasets never mix with matched ones, so dataset order is the order asked for.
        scratch.sort_unstable_by_key(|c| c.dataset);
    } else {
        // Each dataset is listed once, so (gap count, dataset) is a total order.
        scratch.sort_unstable_by_key(|c| (c.gaps.len(), c.dataset));
        scratch.truncate(MAX_PARTIAL_CANDIDATES);
    }
    let span = CandidateSpan {
        start: u32::try_from(all.len()).unwrap_or(u32::MAX),
        len: u32::try_from(scratch.len()).unwrap_or(u32::MAX),
    };
    all.append(scratch);
    if covered {
        Coverage::Covered(span)
    } else {
        Coverage::PartlyCovered(span)
    }
}

/// Everything `dataset` lacks for `need`. Finer or more frequent data is always good enough.
fn judge(need: &Need, dataset_ref: DatasetRef, dataset: &Traits, via: MatchVia) -> Candidate {
    let gaps = Gaps {
        level: (!dataset.level.satisfies(need.level)).then_some((dataset.level, need.level)),
        frequency: (!dataset.frequency.satisfies(need.frequency))
            .then_some((dataset.frequency, need.frequency)),
        period: need
            .period
            .filter(|&wanted| !dataset.period.is_some_and(|have| have.contains(wanted)))
            .map(|wanted| (wanted, dataset.period)),
        personal: dataset.access == AccessClass::Personal,
    };
    Candidate {
        dataset: dataset_ref,
        via,
        gaps,
    }
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
