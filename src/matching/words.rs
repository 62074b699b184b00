//! Dutch-aware words of a text, as the matcher compares them: case, diacritics and punctuation
//! folded, identifiers split (`AantalInwoners_5` → aantal, inwoners, 5), Dutch stopwords dropped,
//! each word with its Snowball stem, so "huishoudens" and "huishouden" meet.

use rust_stemmers::{Algorithm, Stemmer};

use super::case::{case_of, is_word_char, Case};
use super::fold::push_lower_folded;

/// One word of a text: as written (folded) and as stemmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub folded: String,
    pub stem: String,
}

/// Splits texts into words. Holds the Dutch stemmer, so make one and reuse it.
pub struct Words {
    stemmer: Stemmer,
    folded: String,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Words")
    }
}

impl Default for Words {
    fn default() -> Self {
        Words {
            stemmer: Stemmer::create(Algorithm::Dutch),
            folded: String::new(),
        }
    }
}

impl Words {
    /// Calls `each` with every folded word of `text` that is not a stopword, in text order.
    pub fn folded_words(&mut self, text: &str, mut each: impl FnMut(&str)) {
        fold_text(&without_apostrophe_endings(text), &mut self.folded);
        for word in self.folded.split(' ') {
            if is_kept(word) {
                each(word);
            }
        }
    }

    /// The words of `text` with their stems, in text order.
    pub fn words(&mut self, text: &str) -> Vec<Word> {
        let mut found: Vec<String> = Vec::new();
        self.folded_words(text, |w| found.push(w.to_owned()));
        found
            .into_iter()
            .map(|folded| {
                let stem = self.stem(&folded);
                Word { folded, stem }
            })
            .collect()
    }

    /// The stem of a folded word (digits stay as they are): the Snowball Dutch stem, taken
    /// twice and with a final z or v written as s or f.
    ///
    /// Why twice: Snowball removes one suffix per call, so "huishoudens" (plural -s of a word
    /// ending in -en) stems to "huishouden" while "huishouden" stems to "huishoud"; a second call
    /// brings them together and is a no-op on a word already stemmed. Why z/v: Dutch writes the
    /// stem's last consonant voiced before a vowel (werklozen, werkloos; huizen, huis), which
    /// Snowball leaves as it is.
    pub fn stem(&self, folded: &str) -> String {
        if folded.bytes().any(|b| b.is_ascii_digit()) {
            return folded.to_owned();
        }
        let once = self.stemmer.stem(folded);
        let mut stem = self.stemmer.stem(&once).into_owned();
        if stem.len() > 3 {
            if stem.ends_with('z') {
                stem.pop();
                stem.push('s');
            } else if stem.ends_with('v') {
                stem.pop();
                stem.push('f');
            }
        }
        stem
    }
}

/// Dutch writes the plural or agent ending of an abbreviation or a word ending in a vowel after
/// an apostrophe ("AOW'ers", "zzp'er", "auto's", "cd'tje"): the ending goes, so the word is the
/// abbreviation itself rather than two words.
fn without_apostrophe_endings(text: &str) -> std::borrow::Cow<'_, str> {
    const ENDINGS: &[&str] = &["er", "ers", "je", "jes", "s", "tje", "tjes"];
    if !text.contains(['\'', '\u{2019}']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['\'', '\u{2019}']) {
        let (before, after) = rest.split_at(at);
        let mark = after.chars().next().map_or(1, char::len_utf8);
        let after = after.get(mark..).unwrap_or("");
        // The letters after the mark, and a letter or digit before it: the crate's own
        // character classes (`case`), as `fold_text` uses, so the standard library's Unicode
        // tables stay out of the bundle.
        let ending_len = after
            .find(|c: char| !is_word_char(c) || c.is_numeric())
            .unwrap_or(after.len());
        let ending = after.get(..ending_len).unwrap_or("");
        let after_letter = before.chars().next_back().is_some_and(is_word_char);
        out.push_str(before);
        if after_letter && ENDINGS.contains(&ending.to_ascii_lowercase().as_str()) {
            rest = after.get(ending_len..).unwrap_or("");
        } else {
            out.push(' ');
            rest = after;
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// A kept word: not empty, not a stopword, and not a single letter (a lone "s" of "auto's").
pub(crate) fn is_kept(word: &str) -> bool {
    !word.is_empty()
        && (word.len() > 1 || word.bytes().all(|b| b.is_ascii_digit()))
        && STOPWORDS.binary_search(&word).is_err()
}

/// Lowercases and folds `text` into `out` with one space between words: every character that is
/// not a letter or digit separates, and so does a change from a lowercase letter to a capital
/// (identifiers in CamelCase) and between letters and digits.
pub(crate) fn fold_text(text: &str, out: &mut String) {
    out.clear();
    // The previous character's case and whether it was a digit.
    let mut previous: Option<(Case, bool)> = None;
    for c in text.chars() {
        let (case, lower) = case_of(c);
        if case == Case::Separator {
            push_space(out);
            previous = None;
            continue;
        }
        let digit = c.is_ascii_digit();
        if let Some((p, p_digit)) = previous {
            let camel = p == Case::Lower && case == Case::Upper;
            if camel || p_digit != digit {
                push_space(out);
            }
        }
        previous = Some((case, digit));
        if c.is_ascii() {
            out.push(lower);
        } else {
            push_lower_folded(c, out);
        }
    }
}

fn push_space(out: &mut String) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// Dutch stopwords: the Snowball project's Dutch stop list (snowballstem.org, `dutch/stop.txt`),
/// folded, plus the few English function words officers mix in. Sorted for binary search.
/// Deliberately not in it: words that carry meaning in indicator names, such as "onder" (onder
/// het sociaal minimum), "geen" (geen startkwalificatie) and "meer" (65 jaar of meer).
const STOPWORDS: &[&str] = &[
    "a", "aan", "al", "alles", "als", "altijd", "an", "and", "andere", "are", "ben", "bij", "by",
    "daar", "dan", "dat", "de", "der", "deze", "die", "dit", "doch", "doen", "door", "dus", "een",
    "eens", "en", "er", "for", "ge", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem",
    "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan",
    "kon", "kunnen", "maar", "me", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet",
    "niets", "nog", "nu", "of", "om", "omdat", "on", "ons", "ook", "op", "over", "per", "reeds",
    "te", "tegen", "the", "to", "toch", "toen", "tot", "u", "uit", "uw", "van", "veel", "voor",
    "want", "waren", "was", "wat", "we", "werd", "wezen", "wie", "wij", "wil", "with", "worden",
    "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        let mut words = Words::default();
        let mut out = Vec::new();
        words.folded_words(text, |w| out.push(w.to_owned()));
        out
    }

    /// `fold_text` as it was with the standard library's Unicode functions.
    fn fold_text_std(text: &str, out: &mut String) {
        out.clear();
        let mut previous: Option<char> = None;
        for c in text.chars() {
            if !c.is_alphanumeric() {
                push_space(out);
                previous = None;
                continue;
            }
            if let Some(p) = previous {
                let camel = p.is_lowercase() && c.is_uppercase();
                let digits = p.is_ascii_digit() != c.is_ascii_digit();
                if camel || digits {
                    push_space(out);
                }
            }
            previous = Some(c);
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
    fn folding_is_as_it_was_with_the_standard_library() {
        let (mut ours, mut std) = (String::new(), String::new());
        for text in crate::matching::case::sample_texts() {
            fold_text(&text, &mut ours);
            fold_text_std(&text, &mut std);
            assert_eq!(ours, std, "{text:?}");
        }
    }

    #[test]
    fn accented_capitals_camel_case_digits_and_other_scripts_fold() {
        assert_eq!(folded("CAFÉ Gezin"), ["cafe", "gezin"]);
        assert_eq!(folded("CRÈCHE"), ["creche"]);
        assert_eq!(folded("WoningVoorraad2024"), ["woning", "voorraad", "2024"]);
        assert_eq!(folded("Leeftijd65Plus"), ["leeftijd", "65", "plus"]);
        assert_eq!(folded("Население ГОРОДА"), ["население", "города"]);
        assert_eq!(folded("ΠΛΗΘΥΣΜΟΣ"), ["πληθυσμοσ"]);
        assert_eq!(folded("人口 😀 armoede"), ["人口", "armoede"]);
    }

    #[test]
    fn stopwords_are_sorted_and_unique() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn identifiers_and_punctuation_split_into_words() {
        assert_eq!(folded("AantalInwoners_5"), ["aantal", "inwoners", "5"]);
        assert_eq!(folded("Wmo-cliënten"), ["wmo", "clienten"]);
        assert_eq!(
            folded("Huish. onder of rond sociaal minimum"),
            ["huish", "onder", "rond", "sociaal", "minimum"]
        );
        assert_eq!(
            folded("Personenauto's per huishouden"),
            ["personenauto", "huishouden"]
        );
        assert_eq!(folded("AOW'ers en zzp\u{2019}ers"), ["aow", "zzp"]);
        assert_eq!(folded("auto's, cd'tje"), ["auto", "cd"]);
        // An apostrophe that is no ending separates: a quote, or an elision.
        assert_eq!(folded("'s-Hertogenbosch"), ["hertogenbosch"]);
        assert_eq!(folded("zo'n 'wijk'"), ["wijk"]);
        assert_eq!(folded("65 jaar of ouder"), ["65", "jaar", "ouder"]);
        assert_eq!(folded("tot 120%"), ["120"]);
        assert_eq!(folded("ĲSSELSTEIN"), ["ijsselstein"]);
        assert!(folded(" \t,;- ").is_empty());
    }

    #[test]
    fn stems_bring_word_forms_together() {
        let mut words = Words::default();
        let stems = |w: &mut Words, text: &str| -> Vec<String> {
            w.words(text).into_iter().map(|w| w.stem).collect()
        };
        assert_eq!(
            stems(&mut words, "huishoudens"),
            stems(&mut words, "huishouden")
        );
        assert_eq!(
            stems(&mut words, "minimaregelingen"),
            stems(&mut words, "minimaregeling")
        );
        assert_eq!(
            stems(&mut words, "uitkeringen"),
            stems(&mut words, "uitkering")
        );
        assert_eq!(
            stems(&mut words, "werklozen"),
            stems(&mut words, "werkloosheid")
        );
        assert_eq!(stems(&mut words, "woningen"), stems(&mut words, "woning"));
        assert_eq!(stems(&mut words, "2024"), ["2024"]);
    }
}
