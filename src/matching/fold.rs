//! Folding characters so spelling variants compare equal: case, diacritics, typographic marks.

use super::case::case_of;

/// Appends `c` lower-cased (as `char::to_lowercase` does, see `case`) with its diacritics
/// folded away.
pub(crate) fn push_lower_folded(c: char, out: &mut String) {
    push_folded(case_of(c).1, out);
    // 'İ' lower-cases to 'i' and a combining dot above.
    if c == 'İ' {
        out.push('\u{307}');
    }
}

/// Appends `c` (already lowercase) with its diacritics folded away.
pub(crate) fn push_folded(c: char, out: &mut String) {
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        // The Dutch ligature is typed both as one character and as two letters.
        'ĳ' => {
            out.push_str("ij");
            return;
        }
        // Typographic quotes and dashes come in from word processors.
        '‘' | '’' => '\'',
        '“' | '”' => '"',
        '–' | '—' => '-',
        other => other,
    };
    out.push(folded);
}
