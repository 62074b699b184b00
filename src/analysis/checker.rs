//! The catalog check of one need after another, as the analysis derives them.
//!
//! Runs after every edit on thousands of needs, so the work per need is kept small and in cache:
//! a verdict depends only on the candidate datasets and the need's level, frequency and period,
//! and needs repeat those often (the edge needs of an indicator, indicators with the same
//! concept), so each distinct question is judged once and later needs share its candidates.
//! What the check reads of a concept's datasets is copied once into a small local list, so
//! judging does not go back to the (large, cold) catalog index.

use std::collections::HashMap;

use foldhash::fast::FixedState;
use std::ops::Range;

use super::check::{
    matched_counts, Candidate, CandidateSpan, CatalogCheck, Coverage, Gaps, MAX_PARTIAL_CANDIDATES,
};
use super::diagnostics::Diagnostic;
use super::index::{CatalogIndex, ConceptKey, DatasetRef, MatchVia, Traits};
use super::needs::{Need, NeedOrigin};
use super::suggest::fit_score;
use crate::catalog::{AccessClass, DatasetId};
use crate::model::{Frequency, GeoLevel, Indicator, YearRange};
use crate::order;

const NO_MORE: u32 = u32::MAX;

/// Per indicator (slot), where its candidates come from, worked out at its first need.
#[derive(Clone, Copy)]
struct Slot {
    /// The candidate list (see `Checker::lists`); `NO_MORE` while unknown.
    list: u32,
}

/// The candidates a need can have: the datasets holding a concept, or an indicator's links.
struct CandidateList {
    /// In `Checker::options`.
    options: Range<usize>,
    /// The datasets hold the concept under this key (`None`: linked or suggested datasets).
    concept: Option<ConceptKey>,
    /// The datasets were found by their texts: offered, never counted.
    suggested: bool,
}

/// A dataset in a candidate list, with what the check compares of it.
#[derive(Clone, Copy)]
struct Listed {
    dataset: DatasetRef,
    traits: Traits,
    /// It matched under an alias: the text is in the concept's matches at `position` (read for
    /// chosen candidates only, so judging stays out of the catalog index).
    alias: bool,
    position: u32,
    /// The text score of a suggested dataset (0 for the others).
    score: f32,
}

/// A candidate judged but not yet chosen. Ordered by gap count, then dataset: each dataset is
/// listed once, so that is a total order. The full `Candidate` is built for chosen ones only.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Judged {
    gap_count: u32,
    dataset: DatasetRef,
    /// Where it is in `Checker::options`.
    option: usize,
}

/// Checks needs one by one; `finish` gives everything but the verdicts.
pub(crate) struct Checker<'a> {
    index: &'a CatalogIndex,
    used: Vec<bool>,
    /// Personal data found by its concept and held back from a need data without it covers.
    spared: Vec<bool>,
    slots: Vec<Slot>,
    lists: Vec<CandidateList>,
    by_concept: HashMap<ConceptKey, u32, FixedState>,
    options: Vec<Listed>,
    /// Verdicts already given, by candidate list and measure (see `verdict_key`): one hash
    /// probe per need, where a chain per list would cost a cache miss per link.
    verdicts: HashMap<u64, Coverage, FixedState>,
    buffer: String,
    diagnostics: Vec<Diagnostic>,
    candidates: Vec<Candidate>,
    scratch: Vec<Judged>,
}

impl<'a> Checker<'a> {
    /// `needs`: about how many needs will be checked, to allocate once.
    pub(crate) fn new(index: &'a CatalogIndex, needs: usize) -> Checker<'a> {
        Checker {
            index,
            used: vec![false; index.len()],
            spared: vec![false; index.len()],
            slots: Vec::new(),
            lists: Vec::new(),
            by_concept: HashMap::default(),
            options: Vec::new(),
            verdicts: HashMap::with_capacity_and_hasher(needs / 2, FixedState::default()),
            buffer: String::new(),
            diagnostics: Vec::new(),
            // Repeated needs share candidates, so there are about half as many as needs.
            candidates: Vec::with_capacity(needs / 2),
            scratch: Vec::new(),
        }
    }

    /// The verdict for one need. Needs must come in origin order (as `derive_needs` gives them),
    /// so links to unknown datasets are reported once, at the indicator's own need.
    /// `indicator`: the need's indicator, required for the first need of each subject (later
    /// needs of the subject reuse its candidate list).
    pub(crate) fn check(&mut self, need: &Need, indicator: Option<&Indicator>) -> Coverage {
        let list = self.list_of(need, indicator);
        let Some(entry) = self.lists.get(list as usize) else {
            return Coverage::Missing;
        };
        let key = measure_of(need).map(|measure| verdict_key(list, measure));
        if let Some(coverage) = key.and_then(|key| self.verdicts.get(&key)) {
            return *coverage;
        }

        let options = entry.options.clone();
        self.scratch.clear();
        for (at, option) in self
            .options
            .get(options.clone())
            .unwrap_or(&[])
            .iter()
            .enumerate()
        {
            let gaps = gap_count(need, &option.traits);
            self.scratch.push(Judged {
                gap_count: gaps,
                dataset: option.dataset,
                option: options.start + at,
            });
        }
        let coverage = if entry.suggested {
            self.suggestions(need)
        } else {
            let concept = entry.concept;
            let coverage = self.verdict(need, concept);
            if concept.is_some() {
                self.count_personal(options, &coverage);
            }
            coverage
        };
        if let Some(key) = key {
            self.verdicts.insert(key, coverage);
        }
        coverage
    }

    pub(crate) fn finish(self) -> CatalogCheck {
        let (mut in_use, mut unused, mut minimised) = (Vec::new(), Vec::new(), Vec::new());
        for ((position, used), spared) in (0u32..).zip(&self.used).zip(&self.spared) {
            if *used {
                in_use.push(DatasetRef(position));
            } else {
                unused.push(DatasetRef(position));
                if *spared {
                    minimised.push(DatasetRef(position));
                }
            }
        }
        CatalogCheck {
            candidates: self.candidates,
            used: in_use,
            unused,
            minimised,
            diagnostics: self.diagnostics,
        }
    }

    /// The candidate list of the need's indicator, made at its first need.
    fn list_of(&mut self, need: &Need, indicator: Option<&Indicator>) -> u32 {
        let slot = need.subject.0 as usize;
        if self.slots.len() <= slot {
            self.slots
                .resize(slot.saturating_add(1), Slot { list: NO_MORE });
        }
        match self.slots.get(slot) {
            Some(s) if s.list != NO_MORE => return s.list,
            Some(_) => {}
            None => return NO_MORE,
        }
        let list = match indicator {
            None => self.new_list(0..0, None),
            Some(i) if i.linked_datasets.is_empty() => {
                match self.index.lookup(&i.concept, &mut self.buffer) {
                    Some(key) => self.concept_list(key),
                    None => self.suggestion_list(i),
                }
            }
            Some(i) => self.links_list(need, &i.linked_datasets),
        };
        if let Some(s) = self.slots.get_mut(slot) {
            s.list = list;
        }
        list
    }

    /// The list of datasets holding `key`, shared by all indicators with that concept.
    fn concept_list(&mut self, key: ConceptKey) -> u32 {
        if let Some(&list) = self.by_concept.get(&key) {
            return list;
        }
        let start = self.options.len();
        for (position, m) in (0u32..).zip(self.index.matches(key)) {
            self.options.push(Listed {
                dataset: m.dataset,
                traits: m.traits,
                alias: matches!(m.via, MatchVia::Alias(_)),
                position,
                score: 0.0,
            });
        }
        let list = self.new_list(start..self.options.len(), Some(key));
        self.by_concept.insert(key, list);
        list
    }

    /// The list of an indicator's linked datasets the catalog has (repeats count once); links to
    /// datasets it lacks are reported.
    fn links_list(&mut self, need: &Need, linked: &[DatasetId]) -> u32 {
        let start = self.options.len();
        for (n, id) in linked.iter().enumerate() {
            if linked.iter().take(n).any(|o| o == id) {
                continue;
            }
            let Some(dataset) = self.index.find(id) else {
                if let NeedOrigin::Node { node, indicator } = need.origin {
                    self.diagnostics.push(Diagnostic::unknown_link(
                        node,
                        indicator as usize,
                        id.clone(),
                    ));
                }
                continue;
            };
            if let Some(&traits) = self.index.traits(dataset) {
                self.options.push(Listed {
                    dataset,
                    traits,
                    alias: false,
                    position: 0,
                    score: 0.0,
                });
            }
        }
        self.new_list(start..self.options.len(), None)
    }

    /// The datasets whose texts fit an indicator that no dataset names exactly, without those
    /// the officer rejected for it.
    fn suggestion_list(&mut self, indicator: &Indicator) -> u32 {
        let start = self.options.len();
        if !indicator.concept.trim().is_empty() {
            let hits = self
                .index
                .concept_hits(&indicator.concept, &mut self.buffer);
            for hit in hits.iter() {
                let dataset = DatasetRef(hit.doc);
                if rejected(indicator).contains(self.index.dataset_id(dataset)) {
                    continue;
                }
                if let Some(&traits) = self.index.traits(dataset) {
                    self.options.push(Listed {
                        dataset,
                        traits,
                        alias: false,
                        position: 0,
                        score: hit.score,
                    });
                }
            }
        }
        let options = start..self.options.len();
        self.lists.push(CandidateList {
            options,
            concept: None,
            suggested: true,
        });
        u32::try_from(self.lists.len() - 1).unwrap_or(NO_MORE)
    }

    fn new_list(&mut self, options: Range<usize>, concept: Option<ConceptKey>) -> u32 {
        // Every dataset a list holds counts as used by the needs that ask for it, linked ones
        // always; personal data found by its concept only by the needs that need it (see
        // `count_personal`).
        for option in self.options.get(options.clone()).unwrap_or(&[]) {
            if concept.is_some() && option.traits.access == AccessClass::Personal {
                continue;
            }
            if let Some(flag) = self.used.get_mut(option.dataset.0 as usize) {
                *flag = true;
            }
        }
        self.lists.push(CandidateList {
            options,
            concept,
            suggested: false,
        });
        u32::try_from(self.lists.len() - 1).unwrap_or(NO_MORE)
    }

    /// Counts the personal data of a concept list as used by a need with `coverage`, or holds it
    /// back when data without personal data covers the need (see `matched_counts`).
    fn count_personal(&mut self, options: Range<usize>, coverage: &Coverage) {
        let counts = matched_counts(coverage, AccessClass::Personal);
        for option in self.options.get(options).unwrap_or(&[]) {
            if option.traits.access != AccessClass::Personal {
                continue;
            }
            let flags = if counts {
                &mut self.used
            } else {
                &mut self.spared
            };
            if let Some(flag) = flags.get_mut(option.dataset.0 as usize) {
                *flag = true;
            }
        }
    }

    /// Chooses the verdict's datasets from the judged ones and appends them to `candidates`.
    fn verdict(&mut self, need: &Need, concept: Option<ConceptKey>) -> Coverage {
        let scratch = &mut self.scratch;
        if scratch.is_empty() {
            return Coverage::Missing;
        }
        let covered = scratch.iter().any(|j| j.gap_count == 0);
        if covered {
            scratch.retain(|j| j.gap_count == 0);
        }
        // Fewest gaps first, then by dataset. Linked datasets never mix with matched ones, so
        // dataset order is the order asked for when covered.
        scratch.sort_unstable();
        if !covered {
            scratch.truncate(MAX_PARTIAL_CANDIDATES);
        }
        let span = CandidateSpan {
            start: u32::try_from(self.candidates.len()).unwrap_or(u32::MAX),
            len: u32::try_from(scratch.len()).unwrap_or(u32::MAX),
        };
        let index = self.index;
        for judged in scratch.iter() {
            let Some(option) = self.options.get(judged.option) else {
                continue;
            };
            let via = match concept {
                None => MatchVia::Linked,
                Some(_) if !option.alias => MatchVia::Concept,
                Some(key) => index
                    .matches(key)
                    .get(option.position as usize)
                    .map_or(MatchVia::Concept, |m| m.via),
            };
            self.candidates.push(Candidate {
                dataset: option.dataset,
                via,
                gaps: gaps(need, &option.traits),
            });
        }
        if covered {
            Coverage::Covered(span)
        } else {
            Coverage::PartlyCovered(span)
        }
    }
}

impl Checker<'_> {
    /// The best suggestions for a need no dataset covers by link or concept: text score lowered
    /// per gap, ties by dataset. They never count: the need is to be linked, not covered.
    fn suggestions(&mut self, need: &Need) -> Coverage {
        if self.scratch.is_empty() {
            return Coverage::Missing;
        }
        let options = &self.options;
        order::sort_by_key(&mut self.scratch, |j| {
            let score = options.get(j.option).map_or(0.0, |o| o.score);
            order::pair(
                order::larger_first(fit_score(score, j.gap_count)),
                j.dataset.0,
            )
        });
        self.scratch.truncate(MAX_PARTIAL_CANDIDATES);
        let span = CandidateSpan {
            start: u32::try_from(self.candidates.len()).unwrap_or(u32::MAX),
            len: u32::try_from(self.scratch.len()).unwrap_or(u32::MAX),
        };
        for judged in &self.scratch {
            if let Some(option) = self.options.get(judged.option) {
                self.candidates.push(Candidate {
                    dataset: option.dataset,
                    via: MatchVia::Suggested,
                    gaps: gaps(need, &option.traits),
                });
            }
        }
        Coverage::ToLink(span)
    }
}

/// The datasets the officer said do not fit this indicator.
fn rejected(indicator: &Indicator) -> &[DatasetId] {
    &indicator.rejected_datasets
}

/// Everything a dataset with `traits` lacks for `need`. Finer or more frequent data is always
/// good enough.
pub(crate) fn gaps(need: &Need, traits: &Traits) -> Gaps {
    Gaps {
        level: (!traits.level.satisfies(need.level)).then_some((traits.level, need.level)),
        frequency: (!traits.frequency.satisfies(need.frequency))
            .then_some((traits.frequency, need.frequency)),
        period: need
            .period
            .filter(|&wanted| !period_covered(wanted, traits.period))
            .map(|wanted| (wanted, traits.period)),
        measurements: too_few_measurements(need, traits),
        personal: traits.access == AccessClass::Personal,
    }
}

/// How many gaps `gaps` would list, without building them (most judged datasets are not chosen).
pub(crate) fn gap_count(need: &Need, traits: &Traits) -> u32 {
    u32::from(!traits.level.satisfies(need.level))
        + u32::from(!traits.frequency.satisfies(need.frequency))
        + u32::from(
            need.period
                .is_some_and(|w| !period_covered(w, traits.period)),
        )
        + u32::from(too_few_measurements(need, traits).is_some())
        + u32::from(traits.access == AccessClass::Personal)
}

fn period_covered(wanted: YearRange, have: Option<YearRange>) -> bool {
    have.is_some_and(|have| have.contains(wanted))
}

/// (have, need) when the dataset gives fewer measurements within the needed period than the
/// need asks for; see `measurements_within`.
fn too_few_measurements(need: &Need, traits: &Traits) -> Option<(u32, u32)> {
    let have = measurements_within(need.period?, traits.period?, traits.frequency)?;
    (have < need.min_measurements).then_some((have, need.min_measurements))
}

/// How many measurements data measured per `frequency` over the years `have` gives within the
/// years `wanted`: the measurements a year times the years both periods share.
///
/// Periods are whole years and a frequency says how often data is measured, not in which
/// months, so this is the most the data can give there (one yearly figure per shared year, four
/// quarterly ones, ...): a count below a need's minimum is certain, never an artefact of
/// rounding. `None` when the periods share no year: the period gap already says that none of
/// the needed years is there, and a count of zero would only repeat it. (A need or dataset
/// without a period gives no count at all: the caller passes known periods only.)
pub(crate) fn measurements_within(
    wanted: YearRange,
    have: YearRange,
    frequency: Frequency,
) -> Option<u32> {
    let shared = wanted.overlap(have)?;
    let years = u32::try_from(shared.to().saturating_sub(shared.from())).ok()?;
    let per_year = match frequency {
        Frequency::Week => 52,
        Frequency::Month => 12,
        Frequency::Quarter => 4,
        Frequency::Year => 1,
    };
    Some(years.saturating_add(1).saturating_mul(per_year))
}

/// What a verdict depends on besides the candidates, packed into one number so comparing two
/// needs is one comparison: the measurements asked for (8 bits), level (3 bits), frequency (2
/// bits) and the period's years (9 bits each, years are within `YearRange::MIN_YEAR..=MAX_YEAR`,
/// 401 values) plus whether it is set.
fn verdict_key(list: u32, measure: u32) -> u64 {
    (u64::from(list) << 32) | u64::from(measure)
}

/// `None` for a need asking more measurements than 8 bits hold (the analysis asks one or two):
/// its verdict is judged afresh rather than shared with a need asking fewer.
fn measure_of(need: &Need) -> Option<u32> {
    let measurements = u8::try_from(need.min_measurements).ok()?;
    let level = GeoLevel::ALL
        .iter()
        .position(|&l| l == need.level)
        .unwrap_or(0) as u32;
    let frequency = Frequency::ALL
        .iter()
        .position(|&f| f == need.frequency)
        .unwrap_or(0) as u32;
    let year = |y: i32| (y.saturating_sub(YearRange::MIN_YEAR) as u32) & 0x1FF;
    let period = need
        .period
        .map_or(0, |p| 1 << 18 | year(p.from()) << 9 | year(p.to()));
    Some(u32::from(measurements) << 24 | level << 21 | frequency << 19 | period)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn years(from: i32, to: i32) -> YearRange {
        YearRange::new(from, to).unwrap()
    }

    #[test]
    fn measurements_are_counted_over_the_shared_years() {
        let count = |wanted, have, frequency| measurements_within(wanted, have, frequency);
        // A one-year goal with yearly data: one measurement, not a baseline and an end.
        assert_eq!(
            count(years(2024, 2024), years(2020, 2030), Frequency::Year),
            Some(1)
        );
        assert_eq!(
            count(years(2024, 2026), years(2020, 2030), Frequency::Year),
            Some(3)
        );
        // Only the shared years count: 2025 and 2026.
        assert_eq!(
            count(years(2022, 2026), years(2025, 2030), Frequency::Quarter),
            Some(8)
        );
        assert_eq!(
            count(years(2024, 2024), years(2024, 2024), Frequency::Month),
            Some(12)
        );
        assert_eq!(
            count(years(2024, 2024), years(2024, 2024), Frequency::Week),
            Some(52)
        );
        // No shared year: the period gap says it, not a count of zero.
        assert_eq!(
            count(years(2024, 2026), years(2010, 2015), Frequency::Year),
            None
        );
    }

    #[test]
    fn the_verdict_key_tells_needs_asking_different_counts_apart() {
        let need = |min_measurements| Need {
            subject: super::super::needs::SubjectRef(0),
            level: GeoLevel::Municipality,
            frequency: Frequency::Year,
            period: Some(years(2024, 2024)),
            min_measurements,
            origin: NeedOrigin::Node {
                node: crate::model::NodeId(0),
                indicator: 0,
            },
            reason: super::super::needs::NeedReason::GoalBaselineAndEnd,
        };
        assert_ne!(measure_of(&need(1)), measure_of(&need(2)));
        assert!(measure_of(&need(255)).is_some());
        assert_eq!(measure_of(&need(256)), None);
    }
}
