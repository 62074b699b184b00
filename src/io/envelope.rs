//! The two fields every file starts with: `"format"` says which kind of file it is, `"version"`
//! which shape it has. Both are checked before anything else, because without them the rest of
//! the file cannot be read sensibly.

use serde_json::Value;

use super::decode::type_of;
use super::path::JsonPath;
use super::problem::{FileKind, JsonType, LoadError, ProblemKind};

/// The format version of the file, if it is a file of the `expected` kind this app can read.
pub(crate) fn check_envelope(
    value: &Value,
    expected: FileKind,
    newest: u32,
) -> Result<u32, LoadError> {
    let root = JsonPath::root();
    let Value::Object(map) = value else {
        let found = type_of(value);
        let expected = JsonType::Object;
        return Err(LoadError::single(
            root,
            ProblemKind::WrongType { expected, found },
        ));
    };
    let format_path = root.field("format");
    match map.get("format") {
        None | Some(Value::Null) => {
            return Err(LoadError::single(format_path, ProblemKind::MissingFormat));
        }
        Some(Value::String(word)) if word == expected.format_word() => {}
        Some(Value::String(word)) => {
            let kind = match FileKind::from_format_word(word) {
                Some(found) => ProblemKind::OtherFileKind { found, expected },
                None => ProblemKind::UnknownFormat {
                    found: word.clone(),
                    expected,
                },
            };
            return Err(LoadError::single(format_path, kind));
        }
        Some(other) => {
            let found = other.to_string();
            let kind = ProblemKind::UnknownFormat { found, expected };
            return Err(LoadError::single(format_path, kind));
        }
    }
    let version_path = root.field("version");
    let version = match map.get("version") {
        None | Some(Value::Null) => {
            return Err(LoadError::single(version_path, ProblemKind::MissingVersion));
        }
        Some(value) => value.as_u64().filter(|&version| version >= 1),
    };
    match version {
        None => Err(LoadError::single(version_path, ProblemKind::InvalidVersion)),
        Some(found) => match u32::try_from(found) {
            Ok(version) if version <= newest => Ok(version),
            _ => Err(LoadError::single(
                version_path,
                ProblemKind::NewerVersion {
                    found,
                    supported: newest,
                },
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn code(value: Value) -> String {
        match check_envelope(&value, FileKind::Graph, 2) {
            Ok(version) => format!("v{version}"),
            Err(error) => error.problems[0].kind.code().to_owned(),
        }
    }

    #[test]
    fn format_and_version_are_told_apart() {
        assert_eq!(code(json!({"format": "redeneerlijn", "version": 1})), "v1");
        assert_eq!(code(json!([])), "wrong-type");
        assert_eq!(code(json!({"version": 2})), "missing-format");
        assert_eq!(
            code(json!({"format": "redeneerlijn-catalog", "version": 1})),
            "other-file-kind"
        );
        assert_eq!(
            code(json!({"format": "drawio", "version": 1})),
            "unknown-format"
        );
        assert_eq!(code(json!({"format": 7})), "unknown-format");
        assert_eq!(code(json!({"format": "redeneerlijn"})), "missing-version");
        assert_eq!(
            code(json!({"format": "redeneerlijn", "version": "2"})),
            "invalid-version"
        );
        assert_eq!(
            code(json!({"format": "redeneerlijn", "version": 0})),
            "invalid-version"
        );
        assert_eq!(
            code(json!({"format": "redeneerlijn", "version": 2.0})),
            "invalid-version"
        );
        assert_eq!(
            code(json!({"format": "redeneerlijn", "version": 3})),
            "newer-version"
        );
        assert_eq!(
            code(json!({"format": "redeneerlijn", "version": u64::MAX})),
            "newer-version"
        );
    }
}
