//! From the officer's own words to the datasets of the list: a text index over every dataset's
//! concepts, aliases, title, description and owner, Dutch word forms and compounds, a vocabulary
//! of synonyms with sources, and ranked hits with the reasons they were found. Framework-free.
//! Suggestions are offered, never counted: only a link or an exact concept match covers a need
//! (see `analysis`, which adds the fit for purpose to the ranking).

mod case;
mod fold;
mod index;
mod query;
mod score;
mod vocabulary;
mod words;

#[cfg(test)]
pub(crate) use case::sample_texts;
pub(crate) use case::{is_word_char, push_lowercase};
#[cfg(test)]
pub(crate) use fold::push_folded;
pub(crate) use fold::push_lower_folded;
pub use index::{DocTexts, Field, TermId, TextIndex, TextIndexBuilder};
pub use query::How;
pub use score::{Ranked, Reason, Searcher, TextHit};
pub use vocabulary::{SynonymGroup, Vocabulary};
pub use words::{Word, Words};
