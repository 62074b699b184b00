//! Ranking: BM25F (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and
//! Beyond", 2009) over the dataset fields, with per typed unit the best of its alternatives, so a
//! synonym and the word itself do not count twice. Deterministic: ties go to the dataset that
//! comes first in the list's id order.

use super::index::{Field, Posting, TermId, TextIndex, FIELDS};
use super::query::{units, Alternative, How, Unit};
use super::vocabulary::Vocabulary;
use super::words::Words;
use crate::order;

const K1: f32 = 1.2;
/// Length normalisation per field. Lower for concepts: a table with a hundred variables holds
/// each of them as truly as a register with one.
const B: [f32; FIELDS] = [0.5, 0.75, 0.75, 0.75];
/// Concepts and aliases above title, above description, above owner.
const WEIGHTS: [f32; FIELDS] = [3.0, 2.0, 1.0, 0.5];

/// A dataset is offered when its score is at least this share of what a dataset naming every
/// typed word in a concept would score...
const MIN_RELATIVE_SCORE: f32 = 0.3;
/// ...and it answers at least this share of what was typed (weighted by how telling each word is).
const MIN_COVERAGE: f32 = 0.55;

/// Why a dataset was suggested: what the officer typed, what the dataset has, and how they meet.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Reason {
    /// The officer's word or phrase (folded).
    pub typed: String,
    /// The dataset's words it met (folded, as the list writes them).
    pub found: String,
    pub how: How,
    /// Where in the dataset.
    pub field: Field,
}

/// A dataset whose texts fit the typed words, and how well.
#[derive(Clone, Debug, PartialEq)]
pub struct TextHit {
    /// The document number (the dataset's position in the list's id order).
    pub doc: u32,
    pub score: f32,
    /// `score` as a share of a dataset naming every typed word in a concept.
    pub relative: f32,
    /// The share of what was typed that this dataset answers, 0 to 1.
    pub coverage: f32,
}

/// Scores the datasets of an index for typed phrases. Reuses its buffers between phrases.
#[derive(Debug, Default)]
pub struct Searcher {
    words: Words,
    unit_best: Vec<f32>,
    total: Vec<f32>,
    answered: Vec<f32>,
    touched: Vec<u32>,
    unit_touched: Vec<u32>,
}

/// A scored phrase: its units (to explain hits) and the hits above the display threshold.
#[derive(Debug)]
pub struct Ranked {
    units: Vec<Unit>,
    pub hits: Vec<TextHit>,
}

impl Searcher {
    /// The datasets that fit `phrase`, best first (ties by document number), above the display
    /// threshold. `finished`: see `query::units`.
    pub fn search(
        &mut self,
        phrase: &str,
        finished: bool,
        index: &TextIndex,
        vocabulary: &Vocabulary,
    ) -> Ranked {
        let units = units(phrase, finished, index, vocabulary, &mut self.words);
        let docs = index.docs();
        self.reset(docs);
        let bm = Bm25::new(index);
        let ideals: Vec<f32> = units.iter().map(|u| bm.ideal(u)).collect();
        let all: f32 = ideals.iter().sum();
        if all <= 0.0 {
            return Ranked {
                units,
                hits: Vec::new(),
            };
        }
        for (unit, ideal) in units.iter().zip(&ideals) {
            self.unit_touched.clear();
            for alternative in &unit.alternatives {
                bm.score_alternative(alternative, |doc, score| {
                    if let Some(best) = self.unit_best.get_mut(doc as usize) {
                        if *best == 0.0 {
                            self.unit_touched.push(doc);
                        }
                        if score > *best {
                            *best = score;
                        }
                    }
                });
            }
            for &doc in &self.unit_touched {
                let d = doc as usize;
                let (Some(best), Some(total), Some(answered)) = (
                    self.unit_best.get_mut(d),
                    self.total.get_mut(d),
                    self.answered.get_mut(d),
                ) else {
                    continue;
                };
                if *total == 0.0 {
                    self.touched.push(doc);
                }
                *total += *best;
                *answered += *ideal;
                *best = 0.0;
            }
        }
        let mut hits: Vec<TextHit> = self
            .touched
            .iter()
            .filter_map(|&doc| {
                let score = *self.total.get(doc as usize)?;
                let relative = score / all;
                let coverage = self.answered.get(doc as usize)? / all;
                (relative >= MIN_RELATIVE_SCORE && coverage >= MIN_COVERAGE).then_some(TextHit {
                    doc,
                    score,
                    relative,
                    coverage,
                })
            })
            .collect();
        // Best score first, ties by document.
        order::sort_by_key(&mut hits, |h| {
            order::pair(order::larger_first(h.score), h.doc)
        });
        Ranked { units, hits }
    }

    fn reset(&mut self, docs: usize) {
        for buffer in [&mut self.unit_best, &mut self.total, &mut self.answered] {
            buffer.clear();
            buffer.resize(docs, 0.0);
        }
        self.touched.clear();
    }
}

impl Ranked {
    /// Why `doc` was found: per typed unit it answers, the best way it does.
    pub fn reasons(&self, doc: u32, index: &TextIndex) -> Vec<Reason> {
        let bm = Bm25::new(index);
        let mut reasons = Vec::new();
        for unit in &self.units {
            let best = unit
                .alternatives
                .iter()
                .filter_map(|a| bm.score_in(a, doc).map(|(score, field)| (a, score, field)))
                .max_by(|x, y| x.1.total_cmp(&y.1));
            if let Some((alternative, _, field)) = best {
                let found: Vec<&str> = alternative
                    .terms
                    .iter()
                    .map(|&t| index.surface(t))
                    .collect();
                reasons.push(Reason {
                    typed: unit.typed.clone(),
                    found: found.join(" "),
                    how: alternative.how.clone(),
                    field,
                });
            }
        }
        reasons
    }

    /// Whether anything typed could be looked for at all.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }
}

/// BM25F of one index.
struct Bm25<'a> {
    index: &'a TextIndex,
    docs: f32,
    average: [f32; FIELDS],
}

impl<'a> Bm25<'a> {
    fn new(index: &'a TextIndex) -> Bm25<'a> {
        Bm25 {
            index,
            docs: index.docs() as f32,
            average: index.average_lengths(),
        }
    }

    fn idf(&self, frequency: usize) -> f32 {
        let df = frequency as f32;
        (1.0 + (self.docs - df + 0.5) / (df + 0.5)).ln()
    }

    /// The weighted, length-normalised term frequency of a posting, and its strongest field.
    fn weighted_tf(&self, posting: &Posting) -> (f32, Field) {
        let lengths = self.index.lengths(posting.doc);
        let mut tf = 0.0;
        let mut strongest = (0.0, Field::Owner);
        for (slot, field) in Field::ALL.iter().enumerate() {
            let count = f32::from(posting.tf.get(slot).copied().unwrap_or(0));
            if count == 0.0 {
                continue;
            }
            let length = f32::from(lengths.get(slot).copied().unwrap_or(0));
            let (b, weight, average) = (B[slot], WEIGHTS[slot], self.average[slot]);
            let part = weight * count / (1.0 - b + b * length / average);
            tf += part;
            if part > strongest.0 {
                strongest = (part, *field);
            }
        }
        (tf, strongest.1)
    }

    fn term_score(&self, term: TermId, posting: &Posting) -> (f32, Field) {
        let (tf, field) = self.weighted_tf(posting);
        let idf = self.idf(self.index.frequency(term));
        (idf * tf * (K1 + 1.0) / (K1 + tf), field)
    }

    /// What a dataset naming the unit's best alternative once, in a concept of average length,
    /// would score; for a word the list does not know at all, that of the rarest possible word
    /// (asking for something the list lacks lowers every dataset's share).
    fn ideal(&self, unit: &Unit) -> f32 {
        let once = WEIGHTS[0] * (K1 + 1.0) / (K1 + WEIGHTS[0]);
        let best = unit
            .alternatives
            .iter()
            .map(|a| {
                let idf: f32 = a
                    .terms
                    .iter()
                    .map(|&t| self.idf(self.index.frequency(t)))
                    .sum();
                a.weight * idf / a.terms.len().max(1) as f32
            })
            .fold(0.0, f32::max);
        if best > 0.0 {
            best * once
        } else {
            self.idf(0) * once
        }
    }

    /// Calls `each(doc, score)` for every document holding all of the alternative's terms.
    fn score_alternative(&self, alternative: &Alternative, mut each: impl FnMut(u32, f32)) {
        let Some((&rarest, others)) = alternative.terms.split_first() else {
            return;
        };
        let count = alternative.terms.len() as f32;
        'postings: for posting in self.index.postings(rarest) {
            let mut sum = self.term_score(rarest, posting).0;
            for &other in others {
                let Some(p) = self.index.posting(other, posting.doc) else {
                    continue 'postings;
                };
                sum += self.term_score(other, p).0;
            }
            each(posting.doc, alternative.weight * sum / count);
        }
    }

    /// The alternative's score in one document and the field it is strongest in, if it occurs.
    fn score_in(&self, alternative: &Alternative, doc: u32) -> Option<(f32, Field)> {
        let mut sum = 0.0;
        let mut field = Field::Owner;
        for &term in &alternative.terms {
            let posting = self.index.posting(term, doc)?;
            let (score, strongest) = self.term_score(term, posting);
            sum += score;
            field = field.min(strongest);
        }
        let count = alternative.terms.len().max(1) as f32;
        Some((alternative.weight * sum / count, field))
    }
}
