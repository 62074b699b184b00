//! What makes a group of synonyms usable, checked the same way when reading a file and before
//! writing one.

use std::collections::BTreeSet;

use crate::io::decode::{is_valid_id, Cx};
use crate::io::path::JsonPath;
use crate::io::problem::{NoticeKind, ProblemKind};
use crate::matching::{is_word_char, push_lowercase};

/// Two spellings are the same term when they differ only in capitals and spaces: matching folds
/// both away, so the second adds nothing. Lower-cased a character at a time (`matching`'s case
/// table, not the standard library's): the one difference with `str::to_lowercase` is a Greek
/// capital sigma ending a word, which becomes σ here and ς there.
fn term_key(term: &str) -> String {
    let mut key = String::with_capacity(term.len());
    for word in term.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        for c in word.chars() {
            push_lowercase(c, &mut key);
        }
    }
    key
}

/// Matching looks at words; a "term" of only dashes or punctuation would never match anything,
/// so it is a mistake in the file rather than a term.
fn is_term(term: &str) -> bool {
    term.chars().any(is_word_char)
}

/// The group's terms, trimmed and each kept once (later spellings of the same term get a notice),
/// or `None` when a term is not a term or fewer than two different terms remain.
pub(super) fn checked_terms(cx: &mut Cx, path: &JsonPath, terms: &[String]) -> Option<Vec<String>> {
    let mut kept = Vec::with_capacity(terms.len());
    let mut seen = BTreeSet::new();
    let mut usable = true;
    for (index, term) in terms.iter().enumerate() {
        let trimmed = term.trim();
        if !is_term(trimmed) {
            let term = term.clone();
            cx.problem(path.index(index), ProblemKind::NotATerm { term });
            usable = false;
        } else if seen.insert(term_key(trimmed)) {
            kept.push(trimmed.to_owned());
        } else {
            let term = trimmed.to_owned();
            cx.notice(path.index(index), NoticeKind::DuplicateTerm { term });
        }
    }
    if kept.len() < 2 {
        let found = kept.len();
        cx.problem(path.clone(), ProblemKind::TooFewTerms { found });
        usable = false;
    }
    usable.then_some(kept)
}

/// A source key is what groups name; blank it cannot be told apart from a forgotten one.
pub(super) fn check_source_key(cx: &mut Cx, path: &JsonPath, key: &str) -> bool {
    let valid = is_valid_id(key) && !key.trim().is_empty();
    if !valid {
        let key = key.to_owned();
        cx.problem(path.clone(), ProblemKind::InvalidSourceKey { key });
    }
    valid
}

/// Every group says where its knowledge comes from, so a source it names must be listed.
pub(super) fn unknown_source(cx: &mut Cx, path: JsonPath, source: &str) {
    let source = source.to_owned();
    cx.problem(path, ProblemKind::UnknownSource { source });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_compare_as_they_did_with_the_standard_library() {
        for text in crate::matching::sample_texts() {
            let std_key = text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if !text.contains('Σ') {
                assert_eq!(term_key(&text), std_key, "{text:?}");
            }
            assert_eq!(
                is_term(&text),
                text.chars().any(char::is_alphanumeric),
                "{text:?}"
            );
        }
        assert_eq!(
            term_key("  Wet  Maatschappelijke\tOndersteuning "),
            "wet maatschappelijke ondersteuning"
        );
        assert_eq!(term_key("ĲSSEL İ"), "ĳssel i\u{307}");
    }
}
