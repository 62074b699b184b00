//! The text index: for every word stem, the datasets whose texts hold it and how often per field.
//! Built one dataset at a time (datasets come in catalog order), so a large list can be indexed
//! between frames; per distinct written word the stemmer runs once.

use std::collections::HashMap;

use foldhash::fast::FixedState;

use super::words::{fold_text, is_kept, Words};

/// The texts of a dataset the index reads, from strong to weak evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The names of its variables and their aliases: what the list says the data holds.
    Concept,
    Title,
    /// Notes, description and themes.
    Description,
    /// Who supplies it: weak evidence ("GGD" in a health question), but evidence.
    Owner,
}

pub(crate) const FIELDS: usize = 4;

impl Field {
    pub const ALL: [Field; FIELDS] = [
        Field::Concept,
        Field::Title,
        Field::Description,
        Field::Owner,
    ];

    fn slot(self) -> usize {
        self as usize
    }
}

/// A word stem the index knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TermId(pub u32);

/// How often a term occurs in each field of one document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Posting {
    pub(crate) doc: u32,
    pub(crate) tf: [u8; FIELDS],
}

/// One document's texts, as the builder takes them.
#[derive(Clone, Copy, Debug, Default)]
pub struct DocTexts<'a> {
    pub concepts: &'a [&'a str],
    pub title: &'a str,
    pub description: &'a str,
    pub owner: &'a str,
}

#[derive(Clone, Debug, Default)]
pub struct TextIndex {
    terms: HashMap<Box<str>, TermId, FixedState>,
    stems: Vec<Box<str>>,
    /// The first written (folded) form of each term, to show why a dataset was suggested.
    surfaces: Vec<Box<str>>,
    postings: Vec<Vec<Posting>>,
    lengths: Vec<[u16; FIELDS]>,
    total_lengths: [u64; FIELDS],
    /// Terms sorted by stem, for "starts with" lookups (a typed word that begins a compound).
    by_stem: Vec<TermId>,
    /// Terms sorted by reversed stem, for "ends with" lookups (a typed word that ends one).
    by_reversed: Vec<(Box<str>, TermId)>,
    /// Terms by stem length in characters, for typo lookups.
    by_length: Vec<Vec<TermId>>,
}

/// Builds a `TextIndex` a document at a time.
#[derive(Debug, Default)]
pub struct TextIndexBuilder {
    index: TextIndex,
    words: Words,
    /// Written word to term, so each distinct word is stemmed once.
    seen: HashMap<Box<str>, TermId, FixedState>,
    /// The current document's (term, field) occurrences.
    counts: Vec<(TermId, usize)>,
    folded: String,
}

impl TextIndexBuilder {
    /// Adds the next document; documents are numbered in the order they are added.
    pub fn add(&mut self, doc: DocTexts<'_>) {
        let number = u32::try_from(self.index.lengths.len()).unwrap_or(u32::MAX);
        let mut lengths = [0u16; FIELDS];
        self.counts.clear();
        for concept in doc.concepts {
            self.read(concept, Field::Concept, &mut lengths);
        }
        self.read(doc.title, Field::Title, &mut lengths);
        self.read(doc.description, Field::Description, &mut lengths);
        self.read(doc.owner, Field::Owner, &mut lengths);
        self.counts.sort_unstable();
        let mut last: Option<TermId> = None;
        for &(term, slot) in &self.counts {
            let Some(list) = self.index.postings.get_mut(term.0 as usize) else {
                continue;
            };
            if last != Some(term) {
                list.push(Posting {
                    doc: number,
                    tf: [0; FIELDS],
                });
                last = Some(term);
            }
            if let Some(tf) = list.last_mut().and_then(|p| p.tf.get_mut(slot)) {
                *tf = tf.saturating_add(1);
            }
        }
        for (total, length) in self.index.total_lengths.iter_mut().zip(lengths) {
            *total += u64::from(length);
        }
        self.index.lengths.push(lengths);
    }

    fn read(&mut self, text: &str, field: Field, lengths: &mut [u16; FIELDS]) {
        fold_text(text, &mut self.folded);
        let mut length = 0u16;
        for word in self.folded.split(' ').filter(|w| is_kept(w)) {
            let term = match self.seen.get(word) {
                Some(&term) => term,
                None => {
                    let stem = self.words.stem(word);
                    let term = self.index.intern(&stem, word);
                    self.seen.insert(word.into(), term);
                    term
                }
            };
            self.counts.push((term, field.slot()));
            length = length.saturating_add(1);
        }
        if let Some(total) = lengths.get_mut(field.slot()) {
            *total = total.saturating_add(length);
        }
    }

    pub fn len(&self) -> usize {
        self.index.lengths.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.lengths.is_empty()
    }

    pub fn finish(self) -> TextIndex {
        let mut index = self.index;
        // Sorted as (text, term) pairs, the same sort as `by_reversed` below (stems are unique,
        // so this is the order of the stems): a comparison closure, or owned texts, would compile
        // a sort of their own.
        let mut by_stem: Vec<(&str, TermId)> = (0..index.stems.len() as u32)
            .map(|t| (index.stem(TermId(t)), TermId(t)))
            .collect();
        by_stem.sort_unstable();
        let by_stem = by_stem.into_iter().map(|(_, term)| term).collect();
        index.by_stem = by_stem;
        let mut reversed: Vec<Box<str>> = (0..index.stems.len() as u32)
            .map(|t| {
                index
                    .stem(TermId(t))
                    .chars()
                    .rev()
                    .collect::<String>()
                    .into()
            })
            .collect();
        let mut by_reversed: Vec<(&str, TermId)> = reversed
            .iter()
            .zip(0..)
            .map(|(r, t)| (&**r, TermId(t)))
            .collect();
        by_reversed.sort_unstable();
        let order: Vec<TermId> = by_reversed.into_iter().map(|(_, term)| term).collect();
        index.by_reversed = order
            .into_iter()
            .map(|term| {
                let text = reversed.get_mut(term.0 as usize).map(std::mem::take);
                (text.unwrap_or_default(), term)
            })
            .collect();
        for t in 0..index.stems.len() as u32 {
            let length = index.stem(TermId(t)).chars().count();
            if index.by_length.len() <= length {
                index.by_length.resize_with(length + 1, Vec::new);
            }
            if let Some(bucket) = index.by_length.get_mut(length) {
                bucket.push(TermId(t));
            }
        }
        index
    }
}

impl TextIndex {
    fn intern(&mut self, stem: &str, surface: &str) -> TermId {
        if let Some(&term) = self.terms.get(stem) {
            return term;
        }
        let term = TermId(u32::try_from(self.stems.len()).unwrap_or(u32::MAX));
        self.terms.insert(stem.into(), term);
        self.stems.push(stem.into());
        self.surfaces.push(surface.into());
        self.postings.push(Vec::new());
        term
    }

    /// How many documents are indexed.
    pub fn docs(&self) -> usize {
        self.lengths.len()
    }

    pub fn term(&self, stem: &str) -> Option<TermId> {
        self.terms.get(stem).copied()
    }

    pub fn stem(&self, term: TermId) -> &str {
        self.stems.get(term.0 as usize).map_or("", |s| s)
    }

    /// The word as a dataset wrote it (folded), for reasons shown to the officer.
    pub fn surface(&self, term: TermId) -> &str {
        self.surfaces.get(term.0 as usize).map_or("", |s| s)
    }

    pub(crate) fn postings(&self, term: TermId) -> &[Posting] {
        self.postings.get(term.0 as usize).map_or(&[], |p| p)
    }

    /// In how many documents the term occurs.
    pub fn frequency(&self, term: TermId) -> usize {
        self.postings(term).len()
    }

    /// The term's counts in one document, if it occurs there.
    pub(crate) fn posting(&self, term: TermId, doc: u32) -> Option<&Posting> {
        let list = self.postings(term);
        list.binary_search_by_key(&doc, |p| p.doc)
            .ok()
            .and_then(|at| list.get(at))
    }

    pub(crate) fn lengths(&self, doc: u32) -> [u16; FIELDS] {
        self.lengths.get(doc as usize).copied().unwrap_or_default()
    }

    /// The average length of each field over all documents (at least 1, to divide by).
    pub(crate) fn average_lengths(&self) -> [f32; FIELDS] {
        let docs = self.docs().max(1) as f32;
        self.total_lengths
            .map(|total| (total as f32 / docs).max(1.0))
    }

    /// Terms whose stem starts with `prefix` and is longer, in stem order.
    pub fn starting_with<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = TermId> + 'a {
        let start = self.by_stem.partition_point(|&t| self.stem(t) < prefix);
        self.by_stem
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .copied()
            .take_while(move |&t| self.stem(t).starts_with(prefix))
            .filter(move |&t| self.stem(t).len() > prefix.len())
    }

    /// Terms whose stem ends with `suffix` and is longer, in reversed-stem order.
    pub fn ending_with(&self, suffix: &str) -> impl Iterator<Item = TermId> + '_ {
        let reversed: String = suffix.chars().rev().collect();
        let start = self.by_reversed.partition_point(|(r, _)| **r < *reversed);
        let length = suffix.len();
        self.by_reversed
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |(r, _)| r.starts_with(reversed.as_str()))
            .filter(move |(r, _)| r.len() > length)
            .map(|&(_, t)| t)
    }

    /// Terms of `length` characters.
    pub(crate) fn of_length(&self, length: usize) -> &[TermId] {
        self.by_length.get(length).map_or(&[], |b| b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(docs: &[(&str, &[&str])]) -> TextIndex {
        let mut builder = TextIndexBuilder::default();
        for (title, concepts) in docs {
            builder.add(DocTexts {
                concepts,
                title,
                ..DocTexts::default()
            });
        }
        builder.finish()
    }

    #[test]
    fn postings_count_per_field_in_document_order() {
        let index = index(&[
            (
                "Huishoudens met een laag inkomen",
                &["Huishoudens", "Laag inkomen"],
            ),
            ("Bijstandsuitkeringen", &["Personen met bijstand"]),
        ]);
        let words = Words::default();
        let term = index
            .term(&words.stem("inkomen"))
            .unwrap_or(TermId(u32::MAX));
        let postings = index.postings(term);
        assert_eq!(postings.len(), 1);
        assert_eq!(postings[0].doc, 0);
        assert_eq!(postings[0].tf, [1, 1, 0, 0]);
        // "met" and "een" are stopwords.
        assert_eq!(index.lengths(0), [3, 3, 0, 0]);
        assert_eq!(index.docs(), 2);
    }

    #[test]
    fn prefix_suffix_and_length_lookups() {
        let index = index(&[("Schuldhulpverlening", &["Jeugdwerkloosheid", "schuld"])]);
        let stems = |it: Vec<TermId>| -> Vec<String> {
            it.into_iter().map(|t| index.stem(t).to_owned()).collect()
        };
        let words = Words::default();
        assert_eq!(
            stems(index.starting_with("schuld").collect()),
            [words.stem("schuldhulpverlening")]
        );
        assert_eq!(
            stems(index.ending_with(&words.stem("werkloosheid")).collect()),
            [words.stem("jeugdwerkloosheid")]
        );
        assert!(index.ending_with("jeugdwerklos").next().is_none());
        assert!(!index.of_length(6).is_empty());
    }
}
