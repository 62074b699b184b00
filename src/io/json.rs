//! Bytes to JSON and back, with the guards every file gets: a size limit checked before parsing,
//! a nesting limit checked without recursion, and one fixed output style.

use serde::Serialize;
use serde_json::Value;

use super::path::JsonPath;
use super::problem::{ExportError, ExportProblemKind, LoadError, ProblemKind};

/// Deeper nesting than this is refused before serde_json sees it. The formats need 6 levels;
/// the margin is for unknown fields in hand-written files. It stays well below serde_json's own
/// recursion limit (128), so that limit is never what stops a file.
pub const MAX_DEPTH: usize = 64;

/// Parses `bytes` as one JSON value, or says why not.
pub(crate) fn read_json(bytes: &[u8], limit: usize) -> Result<Value, LoadError> {
    within(bytes, limit)?;
    // Editors on Windows may start a UTF-8 file with a byte order mark; JSON does not allow it.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some((line, column)) = too_deep_at(bytes) {
        return Err(LoadError::single(
            JsonPath::root(),
            ProblemKind::TooDeep {
                line,
                column,
                limit: MAX_DEPTH,
            },
        ));
    }
    serde_json::from_slice(bytes).map_err(|error| {
        let (line, column) = readable_position(bytes, error.line(), error.column());
        let text = error.to_string();
        let kind = if text.contains("number out of range") {
            ProblemKind::NumberOutOfRange { line, column }
        } else if text.contains("recursion limit") {
            ProblemKind::TooDeep {
                line,
                column,
                limit: MAX_DEPTH,
            }
        } else {
            ProblemKind::NotJson { line, column }
        };
        LoadError::single(JsonPath::root(), kind)
    })
}

/// Refuses a file larger than `limit` bytes, naming the limit.
pub(crate) fn within(bytes: &[u8], limit: usize) -> Result<(), LoadError> {
    if bytes.len() > limit {
        return Err(LoadError::single(
            JsonPath::root(),
            ProblemKind::TooLarge {
                bytes: bytes.len(),
                limit,
            },
        ));
    }
    Ok(())
}

/// serde_json counts columns in bytes and reports an error found at a line break as column 0 of
/// the next line. People count characters, and look for the error where the line ends.
fn readable_position(bytes: &[u8], line: usize, byte_column: usize) -> (usize, usize) {
    let mut lines = bytes.split(|&b| b == b'\n');
    if byte_column == 0 && line > 1 {
        let previous = lines.nth(line - 2).unwrap_or_default();
        return (line - 1, char_count(previous) + 1);
    }
    let text = lines.nth(line.saturating_sub(1)).unwrap_or_default();
    let column = text.get(..byte_column).map_or(byte_column, char_count);
    (line, column)
}

fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// Where (line, column; both from 1, columns in characters) the nesting first exceeds
/// `MAX_DEPTH`. Brackets inside strings do not count. Invalid JSON is left to the parser.
fn too_deep_at(bytes: &[u8]) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    for (at, &byte) in bytes.iter().enumerate() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    // Only now is the place worked out: counting lines and columns on the way
                    // would cost every file a second pass's worth of work.
                    return Some(position_of(bytes, at));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The line and column (both from 1, columns in characters) of the byte at `at`.
fn position_of(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = bytes.get(..at).unwrap_or(bytes);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    let column = bytes.get(line_start..=at).map_or(0, char_count);
    (line, column)
}

/// The one output style: serde_json's pretty printer (2 spaces), fields in declaration order,
/// a trailing newline.
pub(crate) fn write_pretty<T: Serialize>(value: &T) -> Result<String, ExportError> {
    serde_json::to_string_pretty(value)
        .map(|mut text| {
            text.push('\n');
            text
        })
        .map_err(|error| ExportError {
            problems: vec![(
                JsonPath::root(),
                ExportProblemKind::Serialize {
                    detail: error.to_string(),
                },
            )],
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(bytes: &[u8]) -> Option<ProblemKind> {
        read_json(bytes, 1000)
            .err()
            .map(|e| e.problems[0].kind.clone())
    }

    #[test]
    fn too_deep_nesting_is_placed_at_the_bracket_past_the_limit() {
        let brackets = "[".repeat(MAX_DEPTH);
        // Line 2 starts with `"é": ` (five characters, six bytes), then the brackets: the one that
        // goes past the limit is the last.
        let text = format!("{{\n\"é\": {brackets}");
        assert_eq!(too_deep_at(text.as_bytes()), Some((2, 5 + MAX_DEPTH)));
        // Brackets inside a text, escaped quotes included, do not count.
        let quoted = format!("{{\"a\": \"\\\"{brackets}\"}}");
        assert_eq!(too_deep_at(quoted.as_bytes()), None);
        assert_eq!(too_deep_at(b"[[]]"), None);
    }

    /// The straightforward version: line and column counted at every byte.
    fn too_deep_at_reference(bytes: &[u8]) -> Option<(usize, usize)> {
        let (mut depth, mut line, mut column) = (0usize, 1usize, 0usize);
        let (mut in_string, mut escaped) = (false, false);
        for &byte in bytes {
            if byte == b'\n' {
                line += 1;
                column = 0;
            } else if byte & 0xC0 != 0x80 {
                column += 1;
            }
            if in_string {
                match (escaped, byte) {
                    (true, _) => escaped = false,
                    (false, b'\\') => escaped = true,
                    (false, b'"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match byte {
                b'"' => in_string = true,
                b'{' | b'[' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some((line, column));
                    }
                }
                b'}' | b']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        None
    }

    #[test]
    fn too_deep_nesting_is_placed_as_by_counting_at_every_byte() {
        // Mostly opening brackets, so most inputs go past the limit somewhere.
        let pieces: [&[u8]; 12] = [
            b"[",
            b"[",
            b"[",
            b"[",
            b"{",
            b"{",
            b"]",
            b"\"",
            b"\\",
            b"\n",
            "é".as_bytes(),
            b"x",
        ];
        let mut too_deep = 0;
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3_000 {
            let mut text = Vec::new();
            for _ in 0..300 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.extend_from_slice(pieces[(state % 12) as usize]);
            }
            let found = too_deep_at(&text);
            assert_eq!(found, too_deep_at_reference(&text));
            too_deep += usize::from(found.is_some());
        }
        assert!(
            (500..2_500).contains(&too_deep),
            "{too_deep} of 3,000 too deep"
        );
    }

    #[test]
    fn syntax_errors_have_a_line_and_column() {
        assert_eq!(
            kind_of(b"{\n  \"a\": tru\n}"),
            Some(ProblemKind::NotJson {
                line: 2,
                column: 11
            })
        );
        assert_eq!(
            kind_of("{\"één\": tru}".as_bytes()),
            Some(ProblemKind::NotJson {
                line: 1,
                column: 12
            })
        );
        assert!(matches!(kind_of(b""), Some(ProblemKind::NotJson { .. })));
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = "[".repeat(100_000);
        let kind = read_json(deep.as_bytes(), 1_000_000)
            .err()
            .map(|e| e.problems[0].kind.clone());
        assert_eq!(
            kind,
            Some(ProblemKind::TooDeep {
                line: 1,
                column: 65,
                limit: MAX_DEPTH
            })
        );
        let in_string = format!("{{\"a\": \"{}\"}}", "[".repeat(500));
        assert!(read_json(in_string.as_bytes(), 1000).is_ok());
    }

    #[test]
    fn size_is_checked_first() {
        assert_eq!(
            kind_of(&[b' '; 1001]),
            Some(ProblemKind::TooLarge {
                bytes: 1001,
                limit: 1000
            })
        );
    }

    #[test]
    fn huge_numbers_are_named() {
        assert!(matches!(
            kind_of(b"{\"a\": 1e400}"),
            Some(ProblemKind::NumberOutOfRange { line: 1, .. })
        ));
        assert!(read_json(b"\xEF\xBB\xBF{}", 1000).is_ok());
    }
}
