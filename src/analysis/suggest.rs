//! Suggestions for words being typed: the datasets of the list whose texts fit, ranked by text
//! score and then by fit for purpose, each with why it was offered and what it lacks; and the
//! list's own concept names among them, so the officer can take over the list's wording.
//!
//! Only offers: nothing here makes a need covered or a dataset used.

use super::check::Gaps;
use super::checker::{gap_count, gaps};
use super::index::{CatalogIndex, DatasetRef};
use super::needs::Need;
use crate::catalog::DatasetId;
use crate::matching::{Field, Reason, Searcher, Words};
use crate::order;

/// How much one gap lowers a suggestion's text score: among datasets whose texts fit about as
/// well, the one that fits the purpose comes first; a far better text fit still wins. The
/// analysis's candidates for open needs use the same penalty.
pub(crate) const GAP_PENALTY: f32 = 0.08;

/// The text score lowered for the gaps a dataset has for a need.
pub(crate) fn fit_score(score: f32, gap_count: u32) -> f32 {
    score * (1.0 - GAP_PENALTY * gap_count as f32).max(0.0)
}

/// The stems of a text's words, sorted and each once: equal for two texts that say the same.
fn sorted_stems(words: &mut Words, text: &str) -> Vec<String> {
    let mut stems: Vec<String> = words.words(text).into_iter().map(|w| w.stem).collect();
    stems.sort_unstable();
    stems.dedup();
    stems
}

/// One dataset offered for typed words.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub dataset: DatasetRef,
    /// The text score (BM25F; larger fits better). Only the order means something.
    pub score: f32,
    /// `score` lowered per gap: what the suggestions are ordered by.
    pub fit: f32,
    /// What the dataset lacks for the need (empty without a need).
    pub gaps: Gaps,
    /// Why it was offered: per typed word or phrase, the dataset's words it met and how.
    pub reasons: Vec<Reason>,
}

/// A concept name of the list that fits the typed words, as the list writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConceptSuggestion {
    pub concept: String,
    /// How many of the suggested datasets hold it.
    pub datasets: usize,
}

/// What the list offers for typed words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Suggestions {
    /// Best first; ties by the dataset's place in the list.
    pub datasets: Vec<Suggestion>,
    /// The concepts those datasets hold that contain the matched words, most held first.
    pub concepts: Vec<ConceptSuggestion>,
}

/// What to leave out and how many to give.
#[derive(Clone, Copy, Debug)]
pub struct SuggestOptions<'a> {
    /// Still typing: the last word may be the start of a longer one.
    pub typing: bool,
    /// The need the words are for: gaps are shown and lower the rank.
    pub need: Option<&'a Need>,
    /// Datasets not to offer (linked already, or rejected for this indicator).
    pub exclude: &'a [DatasetId],
    pub limit: usize,
}

/// How many text hits are judged for fit before the best `limit` are kept: enough that a dataset
/// a little lower in text score but without gaps can come first.
const JUDGED: usize = 40;
const MAX_CONCEPTS: usize = 5;

impl CatalogIndex {
    /// The datasets (and concepts) of this list that fit `phrase`. `searcher` keeps its buffers
    /// between keystrokes.
    pub fn suggest(
        &self,
        searcher: &mut Searcher,
        phrase: &str,
        options: SuggestOptions<'_>,
    ) -> Suggestions {
        let ranked = searcher.search(phrase, !options.typing, self.text(), self.vocabulary());
        let mut judged: Vec<(u32, f32, f32, u32)> = ranked
            .hits
            .iter()
            .filter(|hit| {
                !options
                    .exclude
                    .contains(self.dataset_id(DatasetRef(hit.doc)))
            })
            .take(JUDGED)
            .map(|hit| {
                let gap_count = match (options.need, self.traits(DatasetRef(hit.doc))) {
                    (Some(need), Some(traits)) => gap_count(need, traits),
                    _ => 0,
                };
                (
                    hit.doc,
                    hit.score,
                    fit_score(hit.score, gap_count),
                    gap_count,
                )
            })
            .collect();
        // Best fit first, ties by dataset; then a dataset whose title says exactly what was typed
        // first of all (the sort keeps the order otherwise): that is what the officer means,
        // however many others share the words.
        order::sort_by_key(&mut judged, |j| order::pair(order::larger_first(j.2), j.0));
        let mut words = Words::default();
        let wanted = sorted_stems(&mut words, phrase);
        if !wanted.is_empty() {
            order::sort_by_key(&mut judged, |j| {
                let titled = self
                    .dataset(DatasetRef(j.0))
                    .is_some_and(|d| sorted_stems(&mut words, &d.title) == wanted);
                u64::from(!titled)
            });
        }
        judged.truncate(options.limit);
        let datasets: Vec<Suggestion> = judged
            .into_iter()
            .map(|(doc, score, fit, _)| {
                let dataset = DatasetRef(doc);
                let gaps = match (options.need, self.traits(dataset)) {
                    (Some(need), Some(traits)) => gaps(need, traits),
                    _ => Gaps::default(),
                };
                Suggestion {
                    dataset,
                    score,
                    fit,
                    gaps,
                    reasons: ranked.reasons(doc, self.text()),
                }
            })
            .collect();
        let concepts = self.concepts_among(&datasets);
        Suggestions { datasets, concepts }
    }

    /// What the app offers for a need worded `phrase`, best first: the datasets holding it as a
    /// concept (those count as covering), then the suggestions (those do not, until linked). The
    /// evaluation of the matcher ranks by this.
    pub fn ranked_for(
        &self,
        searcher: &mut Searcher,
        phrase: &str,
        need: Option<&Need>,
        limit: usize,
    ) -> Vec<DatasetRef> {
        let mut ranked = self.holding(phrase);
        let exclude: Vec<DatasetId> = ranked.iter().map(|&d| self.dataset_id(d).clone()).collect();
        let suggestions = self.suggest(
            searcher,
            phrase,
            SuggestOptions {
                typing: false,
                need,
                exclude: &exclude,
                limit,
            },
        );
        ranked.extend(suggestions.datasets.iter().map(|s| s.dataset));
        ranked.truncate(limit);
        ranked
    }

    /// Why `dataset` fits `phrase` (empty when it does not): the reasons a suggestion shows,
    /// for a candidate the analysis offered.
    pub fn explain(
        &self,
        searcher: &mut Searcher,
        phrase: &str,
        dataset: DatasetRef,
    ) -> Vec<Reason> {
        self.explain_each(searcher, phrase, &[dataset])
            .pop()
            .unwrap_or_default()
    }

    /// `explain` for several datasets with one search: a need's candidates are explained
    /// together, not by searching its words again per candidate.
    pub fn explain_each(
        &self,
        searcher: &mut Searcher,
        phrase: &str,
        datasets: &[DatasetRef],
    ) -> Vec<Vec<Reason>> {
        let ranked = searcher.search(phrase, true, self.text(), self.vocabulary());
        datasets
            .iter()
            .map(|dataset| {
                if ranked.hits.iter().any(|hit| hit.doc == dataset.0) {
                    ranked.reasons(dataset.0, self.text())
                } else {
                    Vec::new()
                }
            })
            .collect()
    }

    /// The concept names (and aliases) of the suggested datasets that hold every word a reason
    /// found in a concept, counted over the datasets.
    fn concepts_among(&self, suggestions: &[Suggestion]) -> Vec<ConceptSuggestion> {
        let mut found: Vec<ConceptSuggestion> = Vec::new();
        let mut words = Words::default();
        let mut stems_of =
            |text: &str| -> Vec<String> { words.words(text).into_iter().map(|w| w.stem).collect() };
        for suggestion in suggestions {
            let wanted: Vec<String> = suggestion
                .reasons
                .iter()
                .filter(|r| r.field == Field::Concept)
                .flat_map(|r| stems_of(&r.found))
                .collect();
            if wanted.is_empty() {
                continue;
            }
            let Some(dataset) = self.dataset(suggestion.dataset) else {
                continue;
            };
            let names = dataset.variables.iter().flat_map(|v| {
                std::iter::once(v.concept.as_str()).chain(v.aliases.iter().map(String::as_str))
            });
            let mut seen_here: Vec<&str> = Vec::new();
            for name in names {
                let stems = stems_of(name);
                let holds = wanted.iter().all(|w| stems.contains(w));
                if !holds || seen_here.contains(&name) {
                    continue;
                }
                seen_here.push(name);
                match found.iter_mut().find(|c| c.concept == name) {
                    Some(known) => known.datasets += 1,
                    None => found.push(ConceptSuggestion {
                        concept: name.to_owned(),
                        datasets: 1,
                    }),
                }
            }
        }
        // Most held first; the list's own order (first seen) breaks ties, so it is deterministic.
        order::sort_by_key(&mut found, |c| !(c.datasets as u64));
        found.truncate(MAX_CONCEPTS);
        found
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::catalog::{AccessClass, Catalog, Dataset, Variable};
    use crate::model::{Frequency, GeoLevel};

    fn dataset(id: &str, title: &str, concept: &str, level: GeoLevel) -> Dataset {
        let mut d = Dataset::new(id, title, level, Frequency::Year);
        d.variables.push(Variable {
            concept: concept.into(),
            aliases: Vec::new(),
        });
        d
    }

    fn options(limit: usize) -> SuggestOptions<'static> {
        SuggestOptions {
            typing: false,
            need: None,
            exclude: &[],
            limit,
        }
    }

    fn index() -> CatalogIndex {
        let mut catalog = Catalog::new("test");
        catalog.insert(dataset(
            "bijstand-gemeente",
            "Bijstandsuitkeringen per gemeente",
            "Personen met een bijstandsuitkering",
            GeoLevel::Municipality,
        ));
        catalog.insert(dataset(
            "bijstand-buurt",
            "Kerncijfers wijken en buurten",
            "Personen met een bijstandsuitkering",
            GeoLevel::Neighbourhood,
        ));
        let mut register = dataset(
            "woz",
            "WOZ-registratie",
            "Gemiddelde WOZ-waarde van woningen",
            GeoLevel::Address,
        );
        register.access = AccessClass::Internal;
        catalog.insert(register);
        CatalogIndex::new(&catalog)
    }

    #[test]
    fn datasets_come_with_reasons_and_the_lists_concept() {
        let index = index();
        let found = index.suggest(&mut Searcher::default(), "bijstand", options(5));
        let ids: Vec<&str> = found
            .datasets
            .iter()
            .map(|s| index.dataset_id(s.dataset).0.as_str())
            .collect();
        assert!(ids.contains(&"bijstand-buurt") && ids.contains(&"bijstand-gemeente"));
        assert!(!ids.contains(&"woz"));
        assert!(found.datasets.iter().all(|s| !s.reasons.is_empty()));
        assert_eq!(
            found
                .concepts
                .first()
                .map(|c| (c.concept.as_str(), c.datasets)),
            Some(("Personen met een bijstandsuitkering", 2))
        );
    }

    #[test]
    fn excluded_datasets_are_not_offered_and_the_limit_holds() {
        let index = index();
        let exclude = [DatasetId("bijstand-buurt".into())];
        let found = index.suggest(
            &mut Searcher::default(),
            "bijstand",
            SuggestOptions {
                exclude: &exclude,
                ..options(1)
            },
        );
        let ids: Vec<&str> = found
            .datasets
            .iter()
            .map(|s| index.dataset_id(s.dataset).0.as_str())
            .collect();
        assert_eq!(ids, vec!["bijstand-gemeente"]);
    }

    #[test]
    fn nothing_typed_offers_nothing() {
        let index = index();
        for phrase in ["", "   ", "de het een", "%%%"] {
            let found = index.suggest(&mut Searcher::default(), phrase, options(5));
            assert!(found.datasets.is_empty(), "{phrase:?}");
            assert!(found.concepts.is_empty(), "{phrase:?}");
        }
    }
}
