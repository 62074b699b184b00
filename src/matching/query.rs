//! A typed phrase turned into what to look for: per word (or per known phrase) the index terms
//! that may stand for it, each with a weight and the reason it may. Exact word forms weigh most,
//! then synonyms, then parts of compounds, word beginnings and typos.

use super::index::{TermId, TextIndex};
use super::vocabulary::Vocabulary;
use super::words::{Word, Words};

/// How a dataset's word relates to the officer's.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum How {
    /// The same word, or another form of it (singular, plural, inflection).
    Word,
    /// A synonym from the vocabulary: the term that links them and the source that says so.
    Synonym { term: String, source: String },
    /// One is part of the other's compound ("schuldhulp" in "schuldhulpverlening").
    Part,
    /// The word as typed differs by one letter.
    Typo,
}

impl How {
    /// A stable word for reasons in files and test output.
    pub fn key(&self) -> &'static str {
        match self {
            How::Word => "word",
            How::Synonym { .. } => "synonym",
            How::Part => "part",
            How::Typo => "typo",
        }
    }
}

/// Weights of the ways a term may stand for a typed word (a word itself weighs 1).
const SYNONYM: f32 = 0.8;
const COMPOUND_SPLIT: f32 = 0.7;
const PART: f32 = 0.55;
/// The word being typed is probably not finished: its continuations weigh almost as much.
const PARTIAL: f32 = 0.85;
const TYPO: f32 = 0.6;
/// Compound parts, word beginnings and ends are at least this long, so "wo" does not stand for
/// "woning" and "heid" for every abstract noun.
const MIN_PART: usize = 4;
const MAX_EXPANSIONS: usize = 48;

/// Index terms that together may stand for a unit: all must occur in a dataset.
#[derive(Clone, Debug)]
pub(crate) struct Alternative {
    pub(crate) terms: Vec<TermId>,
    pub(crate) weight: f32,
    pub(crate) how: How,
}

/// One thing the officer asked for: a word, or a phrase the vocabulary knows.
#[derive(Clone, Debug)]
pub(crate) struct Unit {
    /// As typed (folded words).
    pub(crate) typed: String,
    pub(crate) alternatives: Vec<Alternative>,
}

/// Builds the units of `phrase`. `finished`: the officer typed a space or chose the phrase, so
/// its last word is complete (while typing, it may be the start of a word).
pub(crate) fn units(
    phrase: &str,
    finished: bool,
    index: &TextIndex,
    vocabulary: &Vocabulary,
    words: &mut Words,
) -> Vec<Unit> {
    let typed = without_granularity(words.words(phrase));
    let last_partial = !finished && !phrase.ends_with(char::is_whitespace);
    let mut units = Vec::with_capacity(typed.len());
    let mut at = 0;
    while at < typed.len() {
        if let Some((length, unit)) = phrase_unit(&typed[at..], index, vocabulary, words) {
            units.push(unit);
            at += length;
            continue;
        }
        let Some(word) = typed.get(at) else { break };
        let partial = last_partial && at + 1 == typed.len();
        units.push(word_unit(word, partial, index, vocabulary, words));
        at += 1;
    }
    units
}

/// Words that say at which level or how often ("per buurt", "per jaar", "per neighbourhood"):
/// the need's level and frequency, not what is measured, so they are not looked for.
const GRANULARITY: &[&str] = &[
    "adres",
    "buurt",
    "buurten",
    "district",
    "gemeente",
    "gemeenten",
    "huishouden",
    "jaar",
    "kwartaal",
    "maand",
    "municipality",
    "neighbourhood",
    "persoon",
    "postcode",
    "quarter",
    "week",
    "wijk",
    "wijken",
    "year",
];

fn without_granularity(typed: Vec<Word>) -> Vec<Word> {
    let mut kept = Vec::with_capacity(typed.len());
    let mut skip_next = false;
    for (at, word) in typed.iter().enumerate() {
        if skip_next {
            skip_next = false;
            continue;
        }
        let next_is_level = typed
            .get(at + 1)
            .is_some_and(|n| GRANULARITY.binary_search(&n.folded.as_str()).is_ok());
        if word.folded == "per" && next_is_level {
            skip_next = true;
            continue;
        }
        kept.push(word.clone());
    }
    // A phrase that is only "per buurt" still looks for what it says.
    if kept.is_empty() {
        typed
    } else {
        kept
    }
}

/// The longest run of two or more words at the start of `typed` that the vocabulary knows.
fn phrase_unit(
    typed: &[Word],
    index: &TextIndex,
    vocabulary: &Vocabulary,
    words: &mut Words,
) -> Option<(usize, Unit)> {
    let longest = vocabulary.longest_term().min(typed.len());
    for length in (2..=longest).rev() {
        let run = typed.get(..length)?;
        let key = run
            .iter()
            .map(|w| w.stem.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let groups = vocabulary.groups_of(&key);
        if groups.is_empty() {
            continue;
        }
        let mut alternatives = Vec::new();
        if let Some(terms) = all_terms(run.iter().map(|w| w.stem.as_str()), index) {
            alternatives.push(Alternative {
                terms,
                weight: 1.0,
                how: How::Word,
            });
        }
        synonyms(groups, &key, vocabulary, index, words, &mut alternatives);
        let typed = run
            .iter()
            .map(|w| w.folded.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        return Some((
            length,
            Unit {
                typed,
                alternatives,
            },
        ));
    }
    None
}

fn word_unit(
    word: &Word,
    partial: bool,
    index: &TextIndex,
    vocabulary: &Vocabulary,
    words: &mut Words,
) -> Unit {
    let mut alternatives = Vec::new();
    let exact = index.term(&word.stem);
    if let Some(term) = exact {
        alternatives.push(single(term, 1.0, How::Word));
    }
    synonyms(
        vocabulary.groups_of(&word.stem),
        &word.stem,
        vocabulary,
        index,
        words,
        &mut alternatives,
    );
    compound_split(word, index, words, &mut alternatives);
    parts_of(word, index, words, &mut alternatives);
    let stem = word.stem.as_str();
    if stem.len() >= MIN_PART {
        let continuation = if partial { PARTIAL } else { PART };
        let starting = index.starting_with(stem).take(MAX_EXPANSIONS);
        let ending = index.ending_with(stem).take(MAX_EXPANSIONS);
        for term in starting.chain(ending) {
            alternatives.push(single(term, continuation, How::Part));
        }
        // While typing, the folded beginning may be shorter than any stem ("bijsta").
        if partial && word.folded != stem && word.folded.len() >= MIN_PART {
            for term in index.starting_with(&word.folded).take(MAX_EXPANSIONS) {
                alternatives.push(single(term, PARTIAL, How::Part));
            }
        }
    }
    if exact.is_none() && word.folded.chars().count() >= 5 {
        typos(stem, &word.folded, index, &mut alternatives);
    }
    Unit {
        typed: word.folded.clone(),
        alternatives,
    }
}

fn single(term: TermId, weight: f32, how: How) -> Alternative {
    Alternative {
        terms: vec![term],
        weight,
        how,
    }
}

/// The index terms of `stems`, when the index has every one.
fn all_terms<'a>(stems: impl Iterator<Item = &'a str>, index: &TextIndex) -> Option<Vec<TermId>> {
    stems.map(|stem| index.term(stem)).collect()
}

/// The other terms of the groups, each as an alternative when the index has all its words.
fn synonyms(
    groups: &[u32],
    own_key: &str,
    vocabulary: &Vocabulary,
    index: &TextIndex,
    words: &mut Words,
    out: &mut Vec<Alternative>,
) {
    for &group in groups {
        let source = vocabulary.source_of(group).to_owned();
        for (written, folded) in vocabulary.terms_of(group) {
            let stems: Vec<String> = folded.iter().map(|w| words.stem(w)).collect();
            if stems.join(" ") == own_key {
                continue;
            }
            if let Some(terms) = all_terms(stems.iter().map(String::as_str), index) {
                if out.iter().any(|a| a.terms == terms) {
                    continue;
                }
                out.push(Alternative {
                    terms,
                    weight: SYNONYM,
                    how: How::Synonym {
                        term: written.to_owned(),
                        source: source.clone(),
                    },
                });
            }
        }
    }
}

/// A compound the list writes as separate words: "jeugdwerkloosheid" as "jeugd" and
/// "werkloosheid" (with the linking -s-, -e- or -en- of Dutch compounds dropped).
fn compound_split(word: &Word, index: &TextIndex, words: &Words, out: &mut Vec<Alternative>) {
    let folded = word.folded.as_str();
    if folded.len() < 2 * MIN_PART - 1 {
        return;
    }
    let mut best: Option<(usize, Vec<TermId>)> = None;
    for split in MIN_PART - 1..=folded.len().saturating_sub(MIN_PART) {
        let (Some(left), Some(right)) = (folded.get(..split), folded.get(split..)) else {
            continue;
        };
        let Some(head) = index.term(&words.stem(right)) else {
            continue;
        };
        let modifier = [
            left,
            left.strip_suffix('s').unwrap_or(""),
            left.strip_suffix("en").unwrap_or(""),
            left.strip_suffix('e').unwrap_or(""),
        ]
        .into_iter()
        .filter(|l| l.len() >= MIN_PART - 1)
        .find_map(|l| index.term(&words.stem(l)).or_else(|| index.term(l)));
        let Some(modifier) = modifier else { continue };
        let balance = split.min(folded.len() - split);
        if best.as_ref().is_none_or(|(b, _)| balance > *b) {
            best = Some((balance, vec![modifier, head]));
        }
    }
    if let Some((_, terms)) = best {
        out.push(Alternative {
            terms,
            weight: COMPOUND_SPLIT,
            how: How::Part,
        });
    }
}

/// A part of a compound tells more the more of the word it is: "tevredenheid" in
/// "woontevredenheid" more than "reden"; the square root keeps a half-word part at 0.7 of `PART`.
fn part_weight(part: &str, word: &str) -> f32 {
    let share = part.len() as f32 / word.len().max(1) as f32;
    PART * share.min(1.0).sqrt()
}

/// Index terms that begin or end the typed word: "schuldhulp" for "schuldhulpverlening".
fn parts_of(word: &Word, index: &TextIndex, words: &Words, out: &mut Vec<Alternative>) {
    let folded = word.folded.as_str();
    for split in MIN_PART..folded.len().saturating_sub(MIN_PART - 1) {
        for part in [folded.get(..split), folded.get(split..)]
            .into_iter()
            .flatten()
        {
            if let Some(term) = index.term(&words.stem(part)) {
                if !out.iter().any(|a| a.terms == [term]) {
                    out.push(single(term, part_weight(part, folded), How::Part));
                }
            }
        }
    }
}

/// Index terms one edit (a letter changed, added, dropped, or two swapped) from the typed word:
/// stem against stem, else the word as typed against words as written.
fn typos(stem: &str, folded: &str, index: &TextIndex, out: &mut Vec<Alternative>) {
    let mut found = 0;
    let typed: Vec<char> = stem.chars().collect();
    for length in typed.len().saturating_sub(1)..=typed.len() + 1 {
        for &term in index.of_length(length) {
            if found >= MAX_EXPANSIONS {
                return;
            }
            if within_one_edit(&typed, index.stem(term)) {
                out.push(single(term, TYPO, How::Typo));
                found += 1;
            }
        }
    }
    if found > 0 {
        return;
    }
    let typed: Vec<char> = folded.chars().collect();
    for length in typed.len().saturating_sub(1)..=typed.len() + 1 {
        for &term in index.of_surface_length(length) {
            if found >= MAX_EXPANSIONS {
                return;
            }
            if within_one_edit(&typed, index.surface(term))
                && !out.iter().any(|a| a.terms == [term])
            {
                out.push(single(term, TYPO, How::Typo));
                found += 1;
            }
        }
    }
}

/// Damerau-Levenshtein distance at most 1 (without computing the whole table).
pub(crate) fn within_one_edit(a: &[char], b: &str) -> bool {
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() {
        (a, &b[..])
    } else {
        (&b[..], a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let common = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if common == short.len() {
        return true;
    }
    if short.len() == long.len() {
        let rest_equal = |from: usize| short.get(from..) == long.get(from..);
        // One letter changed, or two neighbours swapped.
        rest_equal(common + 1)
            || (short.get(common) == long.get(common + 1)
                && short.get(common + 1) == long.get(common)
                && rest_equal(common + 2))
    } else {
        short.get(common..) == long.get(common + 1..)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_means_one_letter() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(within_one_edit(&chars("bijstnad"), "bijstand"));
        assert!(within_one_edit(&chars("bijstan"), "bijstand"));
        assert!(within_one_edit(&chars("bijsstand"), "bijstand"));
        assert!(within_one_edit(&chars("bijstend"), "bijstand"));
        assert!(within_one_edit(&chars("bijstand"), "bijstand"));
        assert!(!within_one_edit(&chars("bjstnd"), "bijstand"));
        assert!(!within_one_edit(&chars("bistnad"), "bijstand"));
        assert!(!within_one_edit(&chars("uitkering"), "bijstand"));
    }
}
