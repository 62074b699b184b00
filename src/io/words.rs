//! The closed vocabularies as they are spelled in files. Each file word list is its own enum with
//! an explicit conversion to and from the model enum, so a model variant without a file word (or
//! the reverse) does not compile, and renaming a model variant cannot silently change files.

use serde::{Serialize, Serializer};

use crate::analysis::DataStatus;
use crate::catalog::{AccessClass, AssumedField, SourceKind};
use crate::model::{EvidenceLevel, Frequency, GeoLevel, NodeKind};
use crate::workshop::QuestionKind;

/// Which word list a value belongs to; used to tell the reader what is allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordList {
    NodeKind,
    Level,
    Frequency,
    Evidence,
    Source,
    Access,
    Assumed,
    QuestionKind,
    Data,
}

impl WordList {
    /// The allowed words, in the order the documentation and the schemas list them.
    pub fn words(self) -> &'static [&'static str] {
        match self {
            WordList::NodeKind => KindWord::WORDS,
            WordList::Level => LevelWord::WORDS,
            WordList::Frequency => FrequencyWord::WORDS,
            WordList::Evidence => EvidenceWord::WORDS,
            WordList::Source => SourceWord::WORDS,
            WordList::Access => AccessWord::WORDS,
            WordList::Assumed => AssumedWord::WORDS,
            WordList::QuestionKind => QuestionKindWord::WORDS,
            WordList::Data => DataWord::WORDS,
        }
    }
}

/// A file word enum: parsed from and written as a fixed word.
pub(crate) trait FileWord: Sized + Copy {
    const LIST: WordList;
    fn from_word(word: &str) -> Option<Self>;
}

macro_rules! file_words {
    ($(#[$meta:meta])* $name:ident <-> $model:ident, $list:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum $name {
            $($variant),+
        }

        impl $name {
            pub(crate) const WORDS: &'static [&'static str] = &[$($word),+];

            pub(crate) fn word(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }
        }

        impl FileWord for $name {
            const LIST: WordList = WordList::$list;

            fn from_word(word: &str) -> Option<Self> {
                match word {
                    $($word => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl From<$name> for $model {
            fn from(word: $name) -> $model {
                match word {
                    $($name::$variant => $model::$variant),+
                }
            }
        }

        impl From<$model> for $name {
            fn from(value: $model) -> $name {
                match value {
                    $($model::$variant => $name::$variant),+
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.word())
            }
        }
    };
}

file_words!(KindWord <-> NodeKind, NodeKind {
    Goal = "goal",
    Outcome = "outcome",
    Intervention = "intervention",
});

file_words!(LevelWord <-> GeoLevel, Level {
    Person = "person",
    Address = "address",
    Neighbourhood = "neighbourhood",
    District = "district",
    Municipality = "municipality",
    Region = "region",
    Country = "country",
});

file_words!(FrequencyWord <-> Frequency, Frequency {
    Week = "week",
    Month = "month",
    Quarter = "quarter",
    Year = "year",
});

file_words!(EvidenceWord <-> EvidenceLevel, Evidence {
    None = "none",
    PracticeBased = "practice-based",
    ResearchBased = "research-based",
});

file_words!(SourceWord <-> SourceKind, Source {
    Cbs = "cbs",
    Municipality = "municipality",
    Partner = "partner",
    Other = "other",
});

file_words!(AccessWord <-> AccessClass, Access {
    Open = "open",
    Internal = "internal",
    Personal = "personal",
});

file_words!(AssumedWord <-> AssumedField, Assumed {
    Level = "level",
    Frequency = "frequency",
    Access = "access",
});

file_words!(QuestionKindWord <-> QuestionKind, QuestionKind {
    Estimate = "estimate",
    Assumption = "assumption",
});

file_words!(
    /// An edge's data status as recorded in an assumption question.
    DataWord <-> DataStatus, Data {
    Covered = "covered",
    Partly = "partly",
    ToLink = "to-link",
    Missing = "missing",
    NoNeeds = "none",
});

/// The file word of a level ("neighbourhood"), also used as a stable form value in the UI.
pub fn level_word(level: GeoLevel) -> &'static str {
    LevelWord::from(level).word()
}

pub fn parse_level(word: &str) -> Option<GeoLevel> {
    LevelWord::from_word(word).map(GeoLevel::from)
}

/// The file word of a frequency ("quarter"), also used as a stable form value in the UI.
pub fn frequency_word(frequency: Frequency) -> &'static str {
    FrequencyWord::from(frequency).word()
}

pub fn parse_frequency(word: &str) -> Option<Frequency> {
    FrequencyWord::from_word(word).map(Frequency::from)
}

/// The file word of an evidence level ("practice-based"), also used as a stable form value.
pub fn evidence_word(evidence: EvidenceLevel) -> &'static str {
    EvidenceWord::from(evidence).word()
}

pub fn parse_evidence(word: &str) -> Option<EvidenceLevel> {
    EvidenceWord::from_word(word).map(EvidenceLevel::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every model value has a word, and the word lists are in model order.
    #[test]
    fn word_lists_follow_the_model_enums() {
        let kinds: Vec<_> = NodeKind::ALL.map(|k| KindWord::from(k).word()).to_vec();
        assert_eq!(kinds, KindWord::WORDS);
        let levels: Vec<_> = GeoLevel::ALL.map(|l| LevelWord::from(l).word()).to_vec();
        assert_eq!(levels, LevelWord::WORDS);
        let frequencies: Vec<_> = Frequency::ALL
            .map(|f| FrequencyWord::from(f).word())
            .to_vec();
        assert_eq!(frequencies, FrequencyWord::WORDS);
    }

    #[test]
    fn words_parse_back() {
        for word in EvidenceWord::WORDS {
            let parsed = EvidenceWord::from_word(word).map(EvidenceWord::word);
            assert_eq!(parsed, Some(*word));
        }
        assert_eq!(LevelWord::from_word("buurt"), None);
        assert_eq!(AccessWord::from_word("Open"), None);
    }
}
