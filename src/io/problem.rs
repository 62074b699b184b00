//! What can be wrong with a file, and what a reader is told about a file that loaded.
//! Messages are data: the kinds carry values, `message(lang)` phrases them (see `problem_text`).

use std::fmt;

use super::path::JsonPath;
use super::words::WordList;
use crate::i18n::Lang;

/// The kinds of file the app reads and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Graph,
    Catalog,
    /// A workshop a trainer prepared: estimate and assumption questions.
    Workshop,
    /// One participant's answers to a workshop.
    Answers,
    /// A data team's own groups of synonyms, added to the shipped ones.
    Vocabulary,
}

impl FileKind {
    /// The value of the `"format"` field.
    pub fn format_word(self) -> &'static str {
        match self {
            FileKind::Graph => "redeneerlijn",
            FileKind::Catalog => "redeneerlijn-catalog",
            FileKind::Workshop => "redeneerlijn-workshop",
            FileKind::Answers => "redeneerlijn-answers",
            FileKind::Vocabulary => "redeneerlijn-vocabulary",
        }
    }

    pub fn from_format_word(word: &str) -> Option<FileKind> {
        [
            FileKind::Graph,
            FileKind::Catalog,
            FileKind::Workshop,
            FileKind::Answers,
            FileKind::Vocabulary,
        ]
        .into_iter()
        .find(|kind| kind.format_word() == word)
    }
}

/// The JSON type a value has or should have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    Object,
    Array,
    Text,
    Number,
    WholeNumber,
    Boolean,
    Null,
}

/// One reason a file cannot be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Checked before parsing, so a huge file never reaches the parser.
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    NumberOutOfRange {
        line: usize,
        column: usize,
    },
    TooDeep {
        line: usize,
        column: usize,
        limit: usize,
    },
    MissingFormat,
    /// A known format, but the other kind of file (a catalog opened as a reasoning line).
    OtherFileKind {
        found: FileKind,
        expected: FileKind,
    },
    UnknownFormat {
        found: String,
        expected: FileKind,
    },
    MissingVersion,
    InvalidVersion,
    NewerVersion {
        found: u64,
        supported: u32,
    },
    WrongType {
        expected: JsonType,
        found: JsonType,
    },
    MissingField {
        field: String,
    },
    /// An id that is empty or longer than `MAX_ID_CHARS`.
    InvalidId {
        id: String,
    },
    DuplicateId {
        id: String,
        first: JsonPath,
    },
    /// An edge (or a linked reference) names a node the file does not have.
    UnknownNode {
        id: String,
    },
    UnknownWord {
        found: String,
        list: WordList,
    },
    PeriodReversed {
        from: i64,
        to: i64,
    },
    ImplausibleYear {
        year: i64,
    },
    /// No fresh id is left above the highest id in the file.
    IdsExhausted,
    /// An id that must be a letter and a number (`q3`, `n7`, `e2`) is not.
    InvalidPrefixedId {
        id: String,
        prefix: char,
    },
    /// A whole number outside its range (a confidence level from 1 to 5).
    NotInRange {
        min: i64,
        max: i64,
    },
    /// Exactly one of two fields must be given (a source's `dataset` or `text`).
    ExactlyOneOf {
        first: &'static str,
        second: &'static str,
    },
    /// Answers made for another workshop (titles of both, to tell them apart).
    OtherWorkshop {
        found: String,
        expected: String,
    },
    /// Answers made for this workshop before its questions were changed.
    ChangedWorkshop,
    /// An answer to a question the workshop does not have.
    UnknownQuestion {
        id: String,
    },
    /// An answer of the wrong kind; `expected` names the field the question asks for.
    WrongAnswerKind {
        expected: &'static str,
    },
    /// A synonym term (in a vocabulary file) with no letter or digit in it.
    NotATerm {
        term: String,
    },
    /// A group of synonyms with fewer than two different terms: nothing to stand for anything.
    TooFewTerms {
        found: usize,
    },
    /// A group names a source the file's `"sources"` does not list.
    UnknownSource {
        source: String,
    },
    /// A source key that is blank or longer than `MAX_ID_CHARS`.
    InvalidSourceKey {
        key: String,
    },
    /// The list stops here; there were more problems.
    TooManyProblems {
        limit: usize,
    },
}

impl ProblemKind {
    /// A stable short name for tests, logs and the documentation.
    pub fn code(&self) -> &'static str {
        match self {
            ProblemKind::TooLarge { .. } => "too-large",
            ProblemKind::NotJson { .. } => "not-json",
            ProblemKind::NumberOutOfRange { .. } => "number-out-of-range",
            ProblemKind::TooDeep { .. } => "too-deep",
            ProblemKind::MissingFormat => "missing-format",
            ProblemKind::OtherFileKind { .. } => "other-file-kind",
            ProblemKind::UnknownFormat { .. } => "unknown-format",
            ProblemKind::MissingVersion => "missing-version",
            ProblemKind::InvalidVersion => "invalid-version",
            ProblemKind::NewerVersion { .. } => "newer-version",
            ProblemKind::WrongType { .. } => "wrong-type",
            ProblemKind::MissingField { .. } => "missing-field",
            ProblemKind::InvalidId { .. } => "invalid-id",
            ProblemKind::DuplicateId { .. } => "duplicate-id",
            ProblemKind::UnknownNode { .. } => "unknown-node",
            ProblemKind::UnknownWord { .. } => "unknown-word",
            ProblemKind::PeriodReversed { .. } => "period-reversed",
            ProblemKind::ImplausibleYear { .. } => "implausible-year",
            ProblemKind::IdsExhausted => "ids-exhausted",
            ProblemKind::InvalidPrefixedId { .. } => "invalid-id-form",
            ProblemKind::NotInRange { .. } => "not-in-range",
            ProblemKind::ExactlyOneOf { .. } => "exactly-one-of",
            ProblemKind::OtherWorkshop { .. } => "other-workshop",
            ProblemKind::ChangedWorkshop => "changed-workshop",
            ProblemKind::UnknownQuestion { .. } => "unknown-question",
            ProblemKind::WrongAnswerKind { .. } => "wrong-answer-kind",
            ProblemKind::NotATerm { .. } => "not-a-term",
            ProblemKind::TooFewTerms { .. } => "too-few-terms",
            ProblemKind::UnknownSource { .. } => "unknown-source",
            ProblemKind::InvalidSourceKey { .. } => "invalid-source-key",
            ProblemKind::TooManyProblems { .. } => "too-many-problems",
        }
    }
}

/// A problem and where it is. The path is empty for problems with the file as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: JsonPath,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(path: JsonPath, kind: ProblemKind) -> Problem {
        Problem { path, kind }
    }

    /// The location (when there is one) and the message, e.g. `nodes[3].kind: ...`.
    pub fn message(&self, lang: Lang) -> String {
        with_location(&self.path, self.kind.message(lang))
    }
}

/// Why a file was not loaded: every problem found (up to `MAX_PROBLEMS`), in the order they were
/// found: the fields of each item in file order, then ids (duplicates, references), then layout.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    pub problems: Vec<Problem>,
}

impl LoadError {
    /// `path code` per problem, for tests to compare with what they expect.
    #[cfg(test)]
    pub(crate) fn codes(&self) -> Vec<String> {
        self.problems
            .iter()
            .map(|p| format!("{} {}", p.path, p.kind.code()))
            .collect()
    }

    pub(crate) fn single(path: JsonPath, kind: ProblemKind) -> LoadError {
        LoadError {
            problems: vec![Problem::new(path, kind)],
        }
    }

    /// One line per problem, in the interface language.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        self.problems.iter().map(|p| p.message(lang)).collect()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.messages(Lang::En).join("\n"))
    }
}

/// Something the reader should know about a file that did load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// The file was written in an older version of the format and was converted.
    Migrated { from: u32, to: u32 },
    /// A field this version of the app does not know; it was ignored and is not written back.
    UnknownField,
    /// An id not of the form `n<number>` / `e<number>` was given a fresh one.
    Renumbered { old: String, new: String },
    /// A position for a node the file does not have; it was ignored.
    PositionIgnored { id: String },
    /// A dataset listed again in the same list of an indicator; the repeat was left out.
    RepeatedDataset { id: String },
    /// A dataset both linked to and rejected for one indicator: the link is kept. `node` is the
    /// node's id as the file has it, `indicator` its position (from 0).
    LinkedAndRejected {
        id: String,
        node: String,
        indicator: usize,
    },
    /// A term given twice in one group of synonyms (ignoring capitals and spaces); kept once.
    DuplicateTerm { term: String },
    /// The list of notices stops here; there were more.
    TooManyNotices { limit: usize },
}

impl NoticeKind {
    pub fn code(&self) -> &'static str {
        match self {
            NoticeKind::Migrated { .. } => "migrated",
            NoticeKind::UnknownField => "unknown-field",
            NoticeKind::Renumbered { .. } => "renumbered",
            NoticeKind::PositionIgnored { .. } => "position-ignored",
            NoticeKind::RepeatedDataset { .. } => "repeated-dataset",
            NoticeKind::LinkedAndRejected { .. } => "linked-and-rejected",
            NoticeKind::DuplicateTerm { .. } => "duplicate-term",
            NoticeKind::TooManyNotices { .. } => "too-many-notices",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub path: JsonPath,
    pub kind: NoticeKind,
}

impl Notice {
    pub fn message(&self, lang: Lang) -> String {
        with_location(&self.path, self.kind.message(lang))
    }
}

/// Why a model could not be written. Files the app writes must load again, so what the reader
/// would refuse is refused here too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportProblemKind {
    /// NaN or infinity: JSON cannot hold it.
    NotFinite,
    InvalidDatasetId {
        id: String,
    },
    /// An id (of a workshop or participant) that is empty or longer than `MAX_ID_CHARS`.
    InvalidId {
        id: String,
    },
    /// A year outside 1800 to 2200, which the reader would refuse.
    ImplausibleYear {
        year: i64,
    },
    /// What the reader would refuse (a vocabulary built in code without the reader's checks).
    Unreadable {
        problem: ProblemKind,
    },
    /// The serializer failed; not expected with the types used.
    Serialize {
        detail: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct ExportError {
    pub problems: Vec<(JsonPath, ExportProblemKind)>,
}

impl ExportError {
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        self.problems
            .iter()
            .map(|(path, kind)| with_location(path, kind.message(lang)))
            .collect()
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.messages(Lang::En).join("\n"))
    }
}

fn with_location(path: &JsonPath, message: String) -> String {
    if path.is_root() {
        message
    } else {
        format!("{path}: {message}")
    }
}
