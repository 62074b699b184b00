//! Concept names as people type them: "Huishoudens  met een laag inkomen", "huishoudens met een
//! laag inkomen " and "Huishoudens met één laag inkomen" must find the same datasets.

use crate::matching::push_lower_folded;

/// Trims, lowercases, collapses runs of whitespace to one space and folds diacritics
/// (é -> e, ë -> e, ĳ -> ij, ...), so spelling variants compare equal.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalise_into(text, &mut out);
    out
}

/// `normalise` into a buffer the caller reuses, so a hot loop does not allocate per concept.
pub fn normalise_into(text: &str, out: &mut String) {
    // Most names are plain ASCII with single spaces: then lowercasing is all there is to do,
    // and doing it in bulk is several times faster than the general loop (this runs for every
    // indicator on every analysis).
    if text.is_ascii() && spaced_normally(text.as_bytes()) {
        out.clear();
        out.push_str(text);
        out.make_ascii_lowercase();
        return;
    }
    normalise_slowly(text, out);
}

/// ASCII text needs no whitespace changes: no whitespace at either end, and only single
/// spaces between words (`char::is_whitespace` on ASCII: space, tab, LF, VT, FF, CR).
fn spaced_normally(bytes: &[u8]) -> bool {
    // Starting as if after a space rejects leading whitespace; ending after one rejects trailing.
    let mut after_space = true;
    for &b in bytes {
        if b == b' ' || (0x09..=0x0D).contains(&b) {
            if b != b' ' || after_space {
                return false;
            }
            after_space = true;
        } else {
            after_space = false;
        }
    }
    !after_space || bytes.is_empty()
}

/// The general case: any Unicode text.
fn normalise_slowly(text: &str, out: &mut String) {
    out.clear();
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            push_lower_folded(c, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_compare_equal() {
        assert_eq!(
            normalise("  Huishoudens   met een\tLAAG inkomen "),
            "huishoudens met een laag inkomen"
        );
        assert_eq!(normalise("Wmo-cliënten"), "wmo-clienten");
        assert_eq!(normalise("Twee-onder-één-kap"), "twee-onder-een-kap");
        assert_eq!(normalise("ĲSSELSTEIN"), "ijsselstein");
        assert_eq!(normalise("crèche"), "creche");
    }

    #[test]
    fn empty_and_blank_become_empty() {
        assert_eq!(normalise(""), "");
        assert_eq!(normalise(" \n\t "), "");
    }

    #[test]
    fn the_ascii_shortcut_agrees_with_the_general_case() {
        for text in [
            "Aantal inwoners",
            "aantal  INWONERS",
            " Aantal inwoners",
            "Aantal inwoners ",
            "Aantal\tinwoners",
            "Aantal\x0Binwoners",
            "Aantal\x0Cinwoners\r\n",
            "WmoClienten_100",
            "a b c",
            "",
            " ",
            "x",
            "Huish. onder of rond sociaal minimum",
        ] {
            let mut slow = String::new();
            normalise_slowly(text, &mut slow);
            assert_eq!(normalise(text), slow, "{text:?}");
        }
    }

    /// `normalise_slowly` as it was with the standard library's `char::to_lowercase`.
    fn normalise_slowly_std(text: &str, out: &mut String) {
        out.clear();
        let mut pending_space = false;
        for c in text.chars() {
            if c.is_whitespace() {
                pending_space = !out.is_empty();
                continue;
            }
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                for lower in c.to_lowercase() {
                    crate::matching::push_folded(lower, out);
                }
            }
        }
    }

    #[test]
    fn the_general_case_is_as_it_was_with_the_standard_library() {
        let (mut ours, mut std) = (String::new(), String::new());
        for text in crate::matching::sample_texts() {
            normalise_slowly(&text, &mut ours);
            normalise_slowly_std(&text, &mut std);
            assert_eq!(ours, std, "{text:?}");
        }
    }

    #[test]
    fn buffer_is_reused_and_cleared() {
        let mut buffer = String::from("old");
        normalise_into("Nieuw", &mut buffer);
        assert_eq!(buffer, "nieuw");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn the_ascii_shortcut_agrees_with_the_general_case(text in "[aA \t\n\x0B\x0C\r_1é]{0,12}") {
            let mut slow = String::new();
            normalise_slowly(&text, &mut slow);
            prop_assert_eq!(normalise(&text), slow);
        }
    }
}
