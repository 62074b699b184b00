//! Decoding a parsed JSON value into the versioned file types, field by field, so every problem
//! is reported with its path and decoding goes on after a problem to find the others.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use super::path::JsonPath;
use super::problem::{JsonType, LoadError, Notice, NoticeKind, Problem, ProblemKind};
use super::words::FileWord;
use crate::model::YearRange;

/// Problems and notices beyond these counts are summarised in one last entry.
pub const MAX_PROBLEMS: usize = 100;
pub const MAX_NOTICES: usize = 100;

/// Ids (node, edge, dataset) are 1 to this many characters.
pub const MAX_ID_CHARS: usize = 100;

/// Collects what decoding finds. Every `None` a decoder returns has put a problem here.
#[derive(Debug, Default)]
pub(crate) struct Cx {
    problems: Vec<Problem>,
    notices: Vec<Notice>,
    problems_capped: bool,
    notices_capped: bool,
}

impl Cx {
    pub(crate) fn problem(&mut self, path: JsonPath, kind: ProblemKind) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem::new(path, kind));
        } else if !self.problems_capped {
            self.problems_capped = true;
            let limit = MAX_PROBLEMS;
            self.problems.push(Problem::new(
                JsonPath::root(),
                ProblemKind::TooManyProblems { limit },
            ));
        }
    }

    pub(crate) fn notice(&mut self, path: JsonPath, kind: NoticeKind) {
        if self.notices.len() < MAX_NOTICES {
            self.notices.push(Notice { path, kind });
        } else if !self.notices_capped {
            self.notices_capped = true;
            let limit = MAX_NOTICES;
            self.notices.push(Notice {
                path: JsonPath::root(),
                kind: NoticeKind::TooManyNotices { limit },
            });
        }
    }

    pub(crate) fn has_problems(&self) -> bool {
        !self.problems.is_empty()
    }

    /// The decoded value with its notices, or every problem found.
    pub(crate) fn finish<T>(self, value: Option<T>) -> Result<(T, Vec<Notice>), LoadError> {
        match value {
            Some(value) if self.problems.is_empty() => Ok((value, self.notices)),
            _ => Err(LoadError {
                problems: self.problems,
            }),
        }
    }

    pub(crate) fn object<'v>(&mut self, path: &JsonPath, value: &'v Value) -> Option<Obj<'v>> {
        match value {
            Value::Object(map) => Some(Obj {
                path: path.clone(),
                map,
                known: Vec::new(),
            }),
            other => {
                self.wrong_type(path, JsonType::Object, other);
                None
            }
        }
    }

    pub(crate) fn wrong_type(&mut self, path: &JsonPath, expected: JsonType, found: &Value) {
        let found = type_of(found);
        self.problem(path.clone(), ProblemKind::WrongType { expected, found });
    }
}

pub(crate) fn type_of(value: &Value) -> JsonType {
    match value {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Boolean,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::Text,
        Value::Array(_) => JsonType::Array,
        Value::Object(_) => JsonType::Object,
    }
}

/// A JSON object being decoded: remembers which fields were read, to report the others.
pub(crate) struct Obj<'v> {
    path: JsonPath,
    map: &'v Map<String, Value>,
    known: Vec<&'static str>,
}

impl<'v> Obj<'v> {
    pub(crate) fn path(&self) -> &JsonPath {
        &self.path
    }

    /// Marks fields as known without decoding them (read elsewhere, e.g. `format`, `version`).
    pub(crate) fn allow(&mut self, keys: &[&'static str]) {
        self.known.extend_from_slice(keys);
    }

    /// The raw value of a field, absent or `null` giving `None`.
    pub(crate) fn raw(&mut self, key: &'static str) -> Option<&'v Value> {
        self.known.push(key);
        self.map.get(key).filter(|value| !value.is_null())
    }

    pub(crate) fn required<T: Decode>(&mut self, cx: &mut Cx, key: &'static str) -> Option<T> {
        self.known.push(key);
        let path = self.path.field(key);
        match self.map.get(key) {
            Some(value) => T::decode(cx, &path, value),
            None => {
                let field = key.to_owned();
                cx.problem(path, ProblemKind::MissingField { field });
                None
            }
        }
    }

    /// An optional field: absent or `null` is `Some(None)`; `None` means it was there but wrong.
    pub(crate) fn optional<T: Decode>(
        &mut self,
        cx: &mut Cx,
        key: &'static str,
    ) -> Option<Option<T>> {
        let path = self.path.field(key);
        match self.raw(key) {
            Some(value) => T::decode(cx, &path, value).map(Some),
            None => Some(None),
        }
    }

    /// An optional field whose absence means its empty value (empty text, empty list).
    pub(crate) fn or_empty<T: Decode + Default>(
        &mut self,
        cx: &mut Cx,
        key: &'static str,
    ) -> Option<T> {
        self.optional(cx, key).map(Option::unwrap_or_default)
    }

    /// Reports the fields nobody read as notices: they are ignored, not errors, so a file with an
    /// extra annotation (or from a newer app of the same format version) still opens.
    pub(crate) fn finish(self, cx: &mut Cx) {
        for key in self.map.keys() {
            if !self.known.contains(&key.as_str()) {
                cx.notice(self.path.key(key), NoticeKind::UnknownField);
            }
        }
    }
}

/// A file type that can be decoded from a JSON value.
pub(crate) trait Decode: Sized {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Self>;
}

impl Decode for String {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<String> {
        match value {
            Value::String(text) => Some(text.clone()),
            other => {
                cx.wrong_type(path, JsonType::Text, other);
                None
            }
        }
    }
}

impl Decode for bool {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<bool> {
        match value {
            Value::Bool(flag) => Some(*flag),
            other => {
                cx.wrong_type(path, JsonType::Boolean, other);
                None
            }
        }
    }
}

impl Decode for f64 {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<f64> {
        // serde_json only makes finite numbers; the filter keeps that a checked fact here.
        match value.as_f64().filter(|number| number.is_finite()) {
            Some(number) => Some(number),
            None => {
                cx.wrong_type(path, JsonType::Number, value);
                None
            }
        }
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Vec<T>> {
        let Value::Array(items) = value else {
            cx.wrong_type(path, JsonType::Array, value);
            return None;
        };
        let decoded: Vec<Option<T>> = items
            .iter()
            .enumerate()
            .map(|(index, item)| T::decode(cx, &path.index(index), item))
            .collect();
        decoded.into_iter().collect()
    }
}

impl<W: FileWord> Decode for W {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<W> {
        let word = String::decode(cx, path, value)?;
        let parsed = W::from_word(&word);
        if parsed.is_none() {
            let list = W::LIST;
            cx.problem(path.clone(), ProblemKind::UnknownWord { found: word, list });
        }
        parsed
    }
}

/// An id as written: 1 to `MAX_ID_CHARS` characters. What it means is decided by the format.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub(crate) struct FileId(pub String);

pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().count() <= MAX_ID_CHARS
}

impl Decode for FileId {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<FileId> {
        let id = String::decode(cx, path, value)?;
        if is_valid_id(&id) {
            Some(FileId(id))
        } else {
            cx.problem(path.clone(), ProblemKind::InvalidId { id });
            None
        }
    }
}

/// A period `{from, to}` of plausible years, `from <= to`, checked while decoding.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct FilePeriod(pub YearRange);

impl Serialize for FilePeriod {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut period = serializer.serialize_struct("Period", 2)?;
        period.serialize_field("from", &self.0.from())?;
        period.serialize_field("to", &self.0.to())?;
        period.end()
    }
}

fn year(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<i64> {
    let year = match value {
        Value::Number(number) => number
            .as_i64()
            .or_else(|| number.as_u64().map(|_| i64::MAX)),
        _ => None,
    };
    let plausible = i64::from(YearRange::MIN_YEAR)..=i64::from(YearRange::MAX_YEAR);
    match year {
        Some(year) if plausible.contains(&year) => Some(year),
        Some(year) => {
            cx.problem(path.clone(), ProblemKind::ImplausibleYear { year });
            None
        }
        None => {
            cx.wrong_type(path, JsonType::WholeNumber, value);
            None
        }
    }
}

impl Decode for FilePeriod {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<FilePeriod> {
        let mut obj = cx.object(path, value)?;
        let from = obj.required::<YearValue>(cx, "from");
        let to = obj.required::<YearValue>(cx, "to");
        obj.finish(cx);
        let (from, to) = (from?.0, to?.0);
        let range = i32::try_from(from)
            .ok()
            .zip(i32::try_from(to).ok())
            .and_then(|(from, to)| YearRange::new(from, to));
        if range.is_none() {
            cx.problem(path.clone(), ProblemKind::PeriodReversed { from, to });
        }
        range.map(FilePeriod)
    }
}

/// A plausible calendar year (see `YearRange::MIN_YEAR`).
pub(crate) struct YearValue(pub i64);

impl Decode for YearValue {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<YearValue> {
        year(cx, path, value).map(YearValue)
    }
}

/// A typed id written as a letter and a number: `q3`, `n7`, `e2`.
pub(crate) trait PrefixedId: std::str::FromStr + std::fmt::Display + Copy {
    const PREFIX: char;
}

impl PrefixedId for crate::model::NodeId {
    const PREFIX: char = 'n';
}

impl PrefixedId for crate::model::EdgeId {
    const PREFIX: char = 'e';
}

impl PrefixedId for crate::workshop::QuestionId {
    const PREFIX: char = 'q';
}

/// A prefixed id as written in a file; anything but the exact form is refused (no renumbering:
/// these files are written by the app, and answers point at question ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Prefixed<T>(pub T);

impl<T: PrefixedId> Prefixed<T> {
    pub(crate) fn parse(cx: &mut Cx, path: &JsonPath, text: &str) -> Option<Prefixed<T>> {
        let parsed = text.parse::<T>().ok().map(Prefixed);
        if parsed.is_none() {
            let (id, prefix) = (text.to_owned(), T::PREFIX);
            cx.problem(path.clone(), ProblemKind::InvalidPrefixedId { id, prefix });
        }
        parsed
    }
}

impl<T: PrefixedId> Decode for Prefixed<T> {
    fn decode(cx: &mut Cx, path: &JsonPath, value: &Value) -> Option<Prefixed<T>> {
        let text = String::decode(cx, path, value)?;
        Prefixed::parse(cx, path, &text)
    }
}

impl<T: PrefixedId> Serialize for Prefixed<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn decode<T: Decode>(value: Value) -> (Option<T>, Vec<String>) {
        let mut cx = Cx::default();
        let decoded = T::decode(&mut cx, &JsonPath::root().field("x"), &value);
        let codes = cx
            .problems
            .iter()
            .map(|p| format!("{} {}", p.path, p.kind.code()))
            .collect();
        (decoded, codes)
    }

    #[test]
    fn periods_are_checked() {
        let (ok, _) = decode::<FilePeriod>(json!({"from": 2020, "to": 2024}));
        assert_eq!(ok, YearRange::new(2020, 2024).map(FilePeriod));
        let (_, codes) = decode::<FilePeriod>(json!({"from": 2024, "to": 2020}));
        assert_eq!(codes, ["x period-reversed"]);
        let (_, codes) = decode::<FilePeriod>(json!({"from": 20.5, "to": 99999}));
        assert_eq!(codes, ["x.from wrong-type", "x.to implausible-year"]);
        let (_, codes) = decode::<FilePeriod>(json!({"to": 2020}));
        assert_eq!(codes, ["x.from missing-field"]);
    }

    #[test]
    fn every_list_item_is_checked() {
        let (_, codes) = decode::<Vec<String>>(json!(["a", 1, "b", null]));
        assert_eq!(codes, ["x[1] wrong-type", "x[3] wrong-type"]);
        let (_, codes) = decode::<FileId>(json!(""));
        assert_eq!(codes, ["x invalid-id"]);
    }

    #[test]
    fn problems_are_capped() {
        let many = Value::Array(vec![Value::Null; 500]);
        let (_, codes) = decode::<Vec<String>>(many);
        assert_eq!(codes.len(), MAX_PROBLEMS + 1);
        assert_eq!(codes.last().map(String::as_str), Some(" too-many-problems"));
    }
}
