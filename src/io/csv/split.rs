//! Concept cells that list several concepts. Spreadsheets kept by hand put them in one cell with
//! commas, semicolons or line breaks ("Aantal inwoners, Huishoudens met kinderen"); read as one
//! long concept, such a cell matches no need at all. The `|` the app itself writes always
//! separates; the officer chooses what else does in the mapping step.

use super::columns::{Column, Mapping};
use super::table::Table;

/// What separates the concepts of one cell besides `|`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ConceptSeparator {
    /// Per cell: `|` when it has one (the app's own list), else the first of line breaks,
    /// semicolons and commas that separates anything.
    #[default]
    Automatic,
    Comma,
    Semicolon,
    LineBreak,
    /// Only `|`: the cell is one concept unless it holds `|`.
    None,
}

impl ConceptSeparator {
    pub const ALL: [ConceptSeparator; 5] = [
        ConceptSeparator::Automatic,
        ConceptSeparator::Comma,
        ConceptSeparator::Semicolon,
        ConceptSeparator::LineBreak,
        ConceptSeparator::None,
    ];

    /// A stable key for forms and tests ("automatic", "comma", ...).
    pub fn key(self) -> &'static str {
        match self {
            ConceptSeparator::Automatic => "automatic",
            ConceptSeparator::Comma => "comma",
            ConceptSeparator::Semicolon => "semicolon",
            ConceptSeparator::LineBreak => "line-break",
            ConceptSeparator::None => "none",
        }
    }

    pub fn from_key(key: &str) -> Option<ConceptSeparator> {
        ConceptSeparator::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// How many rows `split_sample` looks at: enough to find a listing cell in a list that has them,
/// and cheap on every change of the mapping of a list of 50,000 rows.
const SAMPLED_ROWS: usize = 1_000;

/// A cell of the concepts column to show how the mapping splits it, with its concepts: the first
/// that the separator splits (among the first rows), else the first that is not empty. `None`
/// when no column holds the concepts or it is empty.
pub fn split_sample<'a>(table: &'a Table, mapping: &Mapping) -> Option<(&'a str, Vec<&'a str>)> {
    let position = mapping.position(Column::Concepts)?;
    let cells = || {
        table
            .rows
            .iter()
            .take(SAMPLED_ROWS)
            .map(move |row| row.cell(position))
            .filter(|cell| !cell.trim().is_empty())
    };
    let mut scratch = Vec::new();
    let cell = cells()
        .find(|cell| {
            scratch.clear();
            split_into(cell, mapping.separator(), &mut scratch)
        })
        .or_else(|| cells().next())?;
    Some((cell, split_concepts(cell, mapping.separator())))
}

/// The concepts of one cell, in order, trimmed, empty ones left out.
pub fn split_concepts(cell: &str, separator: ConceptSeparator) -> Vec<&str> {
    let mut concepts = Vec::new();
    split_into(cell, separator, &mut concepts);
    concepts
}

/// Appends the concepts of `cell` to `out`; true when a separator other than `|` made more than
/// one concept of some part (the import counts those cells).
pub(crate) fn split_into<'a>(
    cell: &'a str,
    separator: ConceptSeparator,
    out: &mut Vec<&'a str>,
) -> bool {
    let mut split = false;
    let listed = cell.contains('|');
    for part in cell.split('|') {
        split |= split_part(part, listed, separator, out) > 1;
    }
    split
}

/// Appends the concepts of `part`, a piece of a cell between `|` (`listed`: the cell has a `|`),
/// to `out`; how many it appended.
pub(crate) fn split_part<'a>(
    part: &'a str,
    listed: bool,
    separator: ConceptSeparator,
    out: &mut Vec<&'a str>,
) -> usize {
    let kind = match separator {
        ConceptSeparator::Automatic if listed => None,
        ConceptSeparator::Automatic => [Kind::LineBreak, Kind::Semicolon, Kind::Comma]
            .into_iter()
            .find(|&kind| separates(part, kind)),
        ConceptSeparator::Comma => Some(Kind::Comma),
        ConceptSeparator::Semicolon => Some(Kind::Semicolon),
        ConceptSeparator::LineBreak => Some(Kind::LineBreak),
        ConceptSeparator::None => None,
    };
    let before = out.len();
    match kind {
        Some(kind) => pieces(part, kind, |piece| push(piece, out)),
        // Nothing separates, but a stray separator at an end ("Aantal inwoners,") is no part
        // of the name.
        None if separator == ConceptSeparator::Automatic && !listed => push(
            part.trim_matches(|c: char| c.is_whitespace() || c == ',' || c == ';'),
            out,
        ),
        None => push(part, out),
    }
    out.len() - before
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Comma,
    Semicolon,
    LineBreak,
}

fn push<'a>(piece: &'a str, out: &mut Vec<&'a str>) {
    let piece = piece.trim();
    if !piece.is_empty() {
        out.push(piece);
    }
}

/// Whether `kind` would make more than one concept of `text`.
fn separates(text: &str, kind: Kind) -> bool {
    let mut count = 0;
    pieces(text, kind, |piece| {
        if !piece.trim().is_empty() {
            count += 1;
        }
    });
    count > 1
}

/// Hands each piece of `text` between separators of `kind` to `each`. A line break always
/// separates; a semicolon or comma not inside parentheses ("Uitkeringen (WW, WIA)"), and a comma
/// not between two digits either (the decimal comma of "1,5 km").
fn pieces<'a>(text: &'a str, kind: Kind, mut each: impl FnMut(&'a str)) {
    let mut depth = 0u32;
    let mut start = 0;
    let mut previous = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let separates = match (kind, c) {
            (Kind::LineBreak, '\n' | '\r') => true,
            (Kind::Semicolon, ';') => depth == 0,
            (Kind::Comma, ',') => {
                let in_number = previous.is_some_and(|p: char| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit());
                depth == 0 && !in_number
            }
            (_, '(') => {
                depth = depth.saturating_add(1);
                false
            }
            (_, ')') => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => false,
        };
        if separates {
            each(text.get(start..at).unwrap_or(""));
            start = at + c.len_utf8();
        }
        previous = Some(c);
    }
    each(text.get(start..).unwrap_or(""));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn auto(cell: &str) -> Vec<&str> {
        split_concepts(cell, ConceptSeparator::Automatic)
    }

    #[test]
    fn automatic_takes_line_breaks_then_semicolons_then_commas() {
        assert_eq!(
            auto("Aantal inwoners, Huishoudens met kinderen"),
            ["Aantal inwoners", "Huishoudens met kinderen"]
        );
        assert_eq!(
            auto("Aantal inwoners; Huishoudens met kinderen, waarvan eenoudergezinnen"),
            [
                "Aantal inwoners",
                "Huishoudens met kinderen, waarvan eenoudergezinnen"
            ]
        );
        assert_eq!(
            auto("Wmo-cliënten\r\nPersonen per soort uitkering; Bijstand\n"),
            ["Wmo-cliënten", "Personen per soort uitkering; Bijstand"]
        );
        // The app's own list: commas and semicolons belong to the names.
        assert_eq!(
            auto("Personen per soort uitkering; Bijstand | Aantal inwoners"),
            ["Personen per soort uitkering; Bijstand", "Aantal inwoners"]
        );
        assert_eq!(auto("  Aantal inwoners  "), ["Aantal inwoners"]);
        assert_eq!(auto("Aantal inwoners;"), ["Aantal inwoners"]);
        assert_eq!(auto(" , ;\n"), Vec::<&str>::new());
    }

    #[test]
    fn numbers_and_parentheses_keep_their_commas() {
        assert_eq!(
            auto("Gemiddelde afstand tot huisartsenpraktijk (1,5 km), Aantal inwoners"),
            [
                "Gemiddelde afstand tot huisartsenpraktijk (1,5 km)",
                "Aantal inwoners"
            ]
        );
        assert_eq!(
            auto("Gemiddeld inkomen per inwoner x 1,000 euro"),
            ["Gemiddeld inkomen per inwoner x 1,000 euro"]
        );
        assert_eq!(
            auto("Personen met een uitkering (WW, WIA; Bijstand), Wmo-cliënten"),
            [
                "Personen met een uitkering (WW, WIA; Bijstand)",
                "Wmo-cliënten"
            ]
        );
        // An unclosed parenthesis keeps the rest together rather than guess.
        assert_eq!(
            auto("Inwoners (0 tot 15 jaar, 15 tot 25 jaar"),
            ["Inwoners (0 tot 15 jaar, 15 tot 25 jaar"]
        );
    }

    #[test]
    fn a_chosen_separator_is_the_only_one_besides_the_bar() {
        let cell = "Aantal inwoners, mannen; Aantal inwoners, vrouwen";
        assert_eq!(
            split_concepts(cell, ConceptSeparator::Semicolon),
            ["Aantal inwoners, mannen", "Aantal inwoners, vrouwen"]
        );
        assert_eq!(
            split_concepts(cell, ConceptSeparator::Comma),
            ["Aantal inwoners", "mannen; Aantal inwoners", "vrouwen"]
        );
        assert_eq!(split_concepts(cell, ConceptSeparator::None), [cell]);
        assert_eq!(
            split_concepts("a, b | c, d", ConceptSeparator::Comma),
            ["a", "b", "c", "d"]
        );
        assert_eq!(
            split_concepts("a\nb", ConceptSeparator::LineBreak),
            ["a", "b"]
        );
    }

    #[test]
    fn only_other_separators_count_as_a_split() {
        let mut out = Vec::new();
        assert!(!split_into("a | b", ConceptSeparator::Automatic, &mut out));
        assert!(!split_into("a,", ConceptSeparator::Comma, &mut out));
        assert!(split_into("a, b", ConceptSeparator::Automatic, &mut out));
        assert!(split_into(
            "a | b; c",
            ConceptSeparator::Semicolon,
            &mut out
        ));
        assert_eq!(out, ["a", "b", "a", "a", "b", "a", "b", "c"]);
    }

    #[test]
    fn keys_read_back() {
        for separator in ConceptSeparator::ALL {
            assert_eq!(ConceptSeparator::from_key(separator.key()), Some(separator));
        }
        assert_eq!(ConceptSeparator::from_key("tab"), None);
    }

    // proptest is a native dev-dependency; the browser tests compile this crate for wasm32.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Cells made of names, separators, digits and parentheses.
        fn cell() -> impl Strategy<Value = String> {
            let piece = prop::sample::select(vec![
                "Aantal inwoners",
                "Wmo-cliënten",
                ",",
                ";",
                "\n",
                "\r\n",
                "|",
                " ",
                "(",
                ")",
                "1",
                "5",
                "x",
                "é",
            ]);
            prop::collection::vec(piece, 0..40).prop_map(|p| p.concat())
        }

        fn separator() -> impl Strategy<Value = ConceptSeparator> {
            prop::sample::select(ConceptSeparator::ALL.to_vec())
        }

        fn kept(text: &str) -> String {
            text.chars()
                .filter(|c| !c.is_whitespace() && !matches!(c, '|' | ',' | ';'))
                .collect()
        }

        proptest! {
            /// Splitting drops separators and the spaces around concepts, never anything else:
            /// every other character is in a concept, in order.
            #[test]
            fn splitting_never_loses_other_characters(cell in cell(), separator in separator()) {
                let concepts = split_concepts(&cell, separator);
                prop_assert_eq!(kept(&concepts.concat()), kept(&cell));
                for concept in &concepts {
                    prop_assert!(!concept.is_empty() && concept.trim() == *concept);
                    prop_assert!(!concept.contains('|'));
                }
            }

            /// No split ever happens inside parentheses or a number.
            #[test]
            fn protected_commas_stay(a in 0..100u32, b in 0..100u32, separator in separator()) {
                let cell = format!("Afstand ({a},{b} km, {a}; {b}), {a},{b} euro");
                let concepts = split_concepts(&cell, separator);
                let protected = format!("Afstand ({a},{b} km, {a}; {b})");
                prop_assert!(concepts.contains(&protected.as_str()) || concepts == [cell.as_str()]);
                let amount = format!("{a},{b} euro");
                prop_assert!(concepts.iter().any(|c| c.ends_with(&amount)));
            }
        }
    }
}
