//! Reading the cells of a spreadsheet: the words officers and portals use for levels,
//! frequencies, access and sources (Dutch and English), periods and lists.

use crate::catalog::{AccessClass, SourceKind};
use crate::matching::{is_word_char, push_lowercase};
use crate::model::{Frequency, GeoLevel, YearRange};

/// Lower case, letters and digits only, single spaces: "Geografisch niveau:" → "geografisch
/// niveau", "t/m" → "t m". Accents are kept ("cliënten").
pub(crate) fn simplify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut lower = String::with_capacity(2);
    for c in text.chars() {
        lower.clear();
        push_lowercase(c, &mut lower);
        for c in lower.chars() {
            if is_word_char(c) {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

pub(crate) fn level(cell: &str) -> Option<GeoLevel> {
    Some(match simplify(cell).as_str() {
        "person"
        | "persoon"
        | "personen"
        | "huishouden"
        | "huishoudens"
        | "persoon of huishouden"
        | "persoon huishouden"
        | "individu"
        | "individueel"
        | "household"
        | "person or household"
        | "client"
        | "cliënt" => GeoLevel::Person,
        "address" | "adres" | "adressen" | "pand" | "object" | "postcode 6" | "pc6" => {
            GeoLevel::Address
        }
        "neighbourhood" | "neighborhood" | "buurt" | "buurten" | "postcode 4" | "pc4" => {
            GeoLevel::Neighbourhood
        }
        "district" | "wijk" | "wijken" | "stadsdeel" => GeoLevel::District,
        "municipality" | "gemeente" | "gemeentelijk" | "gemeenten" => GeoLevel::Municipality,
        "region" | "regio" | "regionaal" | "provincie" | "arbeidsmarktregio" | "ggd regio"
        | "veiligheidsregio" | "corop" => GeoLevel::Region,
        "country" | "land" | "nederland" | "nationaal" | "national" | "rijk" => GeoLevel::Country,
        _ => return None,
    })
}

/// The last segment of a URI from a controlled vocabulary (`.../frequency/ANNUAL` → `ANNUAL`,
/// `...#NON_PUBLIC` → `NON_PUBLIC`); other text as it is.
pub(crate) fn uri_tail(cell: &str) -> &str {
    let cell = cell.trim().trim_end_matches('/');
    if cell.starts_with("http://") || cell.starts_with("https://") {
        cell.rsplit(['/', '#']).next().unwrap_or(cell)
    } else {
        cell
    }
}

/// Letters and digits of `text` in lower case, words joined by `-` ("Aantal inwoners 2024" →
/// "aantal-inwoners-2024"): ids made from titles, and file names.
pub(crate) fn slug(text: &str) -> String {
    simplify(text).replace(' ', "-")
}

/// A readable name from a vocabulary URI: its last segment with `_` as spaces and a
/// parenthesised qualifier dropped (`.../Sociale_zekerheid` → `Sociale zekerheid`,
/// `.../Werk_(thema)` → `Werk`); other text as it is.
pub(crate) fn uri_label(text: &str) -> String {
    let tail = uri_tail(text);
    if tail.len() == text.trim().len() {
        return text.trim().to_owned();
    }
    tail.split("_(").next().unwrap_or(tail).replace('_', " ")
}

pub(crate) fn frequency(cell: &str) -> Option<Frequency> {
    Some(match simplify(uri_tail(cell)).as_str() {
        // Finer than a week still answers a weekly need: the model's finest step is a week.
        "week" | "wekelijks" | "weekly" | "per week" | "dag" | "dagelijks" | "daily"
        | "continu" | "continuous" | "realtime" | "real time" | "cont" | "update cont"
        | "biweekly" => Frequency::Week,
        "month" | "maand" | "maandelijks" | "monthly" | "per maand" | "semimonthly" => {
            Frequency::Month
        }
        // Every two months: counted as quarterly, which claims less.
        "quarter" | "kwartaal" | "per kwartaal" | "quarterly" | "driemaandelijks" | "bimonthly" => {
            Frequency::Quarter
        }
        // Two or three times a year: counted as yearly, which claims less.
        "year" | "jaar" | "jaarlijks" | "per jaar" | "yearly" | "annual" | "annually"
        | "annual 2" | "annual 3" | "halfjaarlijks" => Frequency::Year,
        _ => return None,
    })
}

/// The access class an access cell states, read as Dutch registers write it: "Persoonsgegevens
/// (AVG)", "Bijzondere persoonsgegevens", "Persoonsgebonden", "Vertrouwelijk", "Gesloten",
/// "Intern gebruik", "Openbaar (open data)", the EU access-right URIs. `None` when the cell does
/// not say it clearly: a word the app does not know, a negation ("Geen persoonsgegevens" says
/// what the data is not), words of two classes ("Gedeeltelijk openbaar"), or a doubt
/// ("Persoonsgegevens?", "persoonsgegevens (aangenomen)", as the app writes an assumed class);
/// see `access_guess`.
pub(crate) fn access(cell: &str) -> Option<AccessClass> {
    if cell.trim_end().ends_with('?') {
        return None;
    }
    let simple = simplify(uri_tail(cell));
    if let Some(class) = access_phrase(&simple) {
        return Some(class);
    }
    let words = AccessWords::of(&simple);
    if words.negated || words.doubted {
        return None;
    }
    match (words.personal, words.internal, words.open) {
        (true, false, false) => Some(AccessClass::Personal),
        (false, true, false) => Some(AccessClass::Internal),
        (false, false, true) => Some(AccessClass::Open),
        _ => None,
    }
}

/// What an import assumes for an access cell `access` cannot read: personal data when it names
/// personal data without denying it (missing a privacy risk is worse than a question too many),
/// else internal. Either way the officer is asked to confirm it.
pub(crate) fn access_guess(cell: &str) -> AccessClass {
    let words = AccessWords::of(&simplify(uri_tail(cell)));
    if words.personal && !words.negated {
        AccessClass::Personal
    } else {
        AccessClass::Internal
    }
}

/// Whole cells with a fixed meaning, simplified (see `simplify`).
fn access_phrase(simple: &str) -> Option<AccessClass> {
    Some(match simple {
        "open" | "openbaar" | "public" | "publiek" | "open data" | "opendata" => AccessClass::Open,
        "internal" | "intern" | "beperkt" | "restricted" | "vertrouwelijk" | "confidential"
        | "niet openbaar" | "non public" | "beperkt openbaar" | "gesloten" => AccessClass::Internal,
        "personal"
        | "persoonsgegevens"
        | "persoonlijk"
        | "bijzondere persoonsgegevens"
        | "personal data"
        | "avg"
        | "gdpr" => AccessClass::Personal,
        _ => return None,
    })
}

/// Which kinds of access words a simplified cell holds.
struct AccessWords {
    personal: bool,
    internal: bool,
    open: bool,
    /// "geen", "niet", "non", ...: the cell says what the data is not.
    negated: bool,
    /// "aangenomen", "onbekend", ...: the cell says it is not sure.
    doubted: bool,
}

impl AccessWords {
    fn of(simple: &str) -> AccessWords {
        let mut words = AccessWords {
            personal: false,
            internal: false,
            open: false,
            negated: false,
            doubted: false,
        };
        for word in simple.split(' ') {
            match word {
                // Pseudonymised data is still personal data under the AVG.
                "avg" | "gdpr" | "bsn" | "personal" | "persoonlijk" | "privacygevoelig"
                | "gepseudonimiseerd" | "pseudonymised" | "pseudonymized" => {
                    words.personal = true;
                }
                // Compounds too: "persoonsgegevensregistratie", "persoonsgebonden".
                w if w.contains("persoonsgegeven") || w.starts_with("persoonsgebonden") => {
                    words.personal = true;
                }
                "intern"
                | "interne"
                | "internal"
                | "vertrouwelijk"
                | "bedrijfsvertrouwelijk"
                | "confidential"
                | "gesloten"
                | "beperkt"
                | "restricted"
                | "geheim"
                | "gedeeltelijk"
                | "deels" => words.internal = true,
                "open" | "openbaar" | "opendata" | "public" | "publiek" => words.open = true,
                "geen" | "niet" | "non" | "no" | "not" | "zonder" | "without" => {
                    words.negated = true;
                }
                "aangenomen" | "assumed" | "onbekend" | "unknown" | "waarschijnlijk"
                | "probably" | "mogelijk" | "possibly" => words.doubted = true,
                _ => {}
            }
        }
        words
    }
}

pub(crate) fn source(cell: &str) -> Option<SourceKind> {
    let simple = simplify(cell);
    Some(match simple.as_str() {
        "cbs" | "centraal bureau voor de statistiek" | "statistics netherlands" => SourceKind::Cbs,
        "municipality" | "gemeente" | "eigen" | "eigen registratie" | "eigen gemeente" | "own" => {
            SourceKind::Municipality
        }
        "partner" | "ketenpartner" | "ggd" | "woningcorporatie" | "zorgaanbieder" => {
            SourceKind::Partner
        }
        "other" | "anders" | "overig" | "overige" => SourceKind::Other,
        _ if simple.starts_with("cbs ") => SourceKind::Cbs,
        _ if simple.starts_with("ggd ") => SourceKind::Partner,
        _ => return None,
    })
}

/// A year on its own, or the year of a date (`2019-01-01`, `01-01-2019`, `1-1-2019`).
pub(crate) fn year(cell: &str) -> Option<i32> {
    let cell = cell.trim();
    let parts: Vec<&str> = cell.split(['-', '/', '.']).map(str::trim).collect();
    let text = match parts.as_slice() {
        [year] => *year,
        [year, month, day] | [day, month, year] if year.len() == 4 && is_date(day, month) => year,
        _ => return None,
    };
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = text.parse().ok()?;
    (YearRange::MIN_YEAR..=YearRange::MAX_YEAR)
        .contains(&year)
        .then_some(year)
}

/// A day and month that exist in some year (1–31, 1–12; `31-02` is refused).
fn is_date(day: &str, month: &str) -> bool {
    let number = |text: &str| {
        (!text.is_empty() && text.len() <= 2 && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u32>().ok())
            .flatten()
    };
    match (number(day), number(month)) {
        (Some(day), Some(month)) => {
            let days = match month {
                2 => 29,
                4 | 6 | 9 | 11 => 30,
                1..=12 => 31,
                _ => 0,
            };
            (1..=days).contains(&day)
        }
        _ => false,
    }
}

/// A period: `2019-2024`, `2019–2024`, `2019 t/m 2024`, `2019 tot en met 2024`, `2019 to
/// 2024`, `2019/2024` (DCAT style), or one year. `Err` when the cell is not empty but no
/// period can be read from it.
pub(crate) fn period(cell: &str) -> Result<Option<YearRange>, ()> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    if let Some(year) = year(cell) {
        return YearRange::new(year, year).map(Some).ok_or(());
    }
    // ASCII lower case is enough: the separators and the years are ASCII.
    let lower = cell.to_ascii_lowercase();
    for separator in [
        " t/m ",
        " tot en met ",
        " tot ",
        " to ",
        " - ",
        " – ",
        "–",
        "/",
        "-",
    ] {
        if let Some((from, to)) = lower.split_once(separator) {
            if let (Some(from), Some(to)) = (year(from), year(to)) {
                return YearRange::new(from, to).map(Some).ok_or(());
            }
        }
    }
    Err(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_dutch_and_english() {
        assert_eq!(level("Buurt"), Some(GeoLevel::Neighbourhood));
        assert_eq!(level("persoon/huishouden"), Some(GeoLevel::Person));
        assert_eq!(level(" WIJK "), Some(GeoLevel::District));
        assert_eq!(level("planeet"), None);
        assert_eq!(frequency("Jaarlijks"), Some(Frequency::Year));
        assert_eq!(frequency("per kwartaal"), Some(Frequency::Quarter));
        assert_eq!(frequency("dagelijks"), Some(Frequency::Week));
        assert_eq!(frequency("tweejaarlijks"), None);
        assert_eq!(access("Persoonsgegevens"), Some(AccessClass::Personal));
        assert_eq!(access("Openbaar"), Some(AccessClass::Open));
        assert_eq!(source("CBS StatLine"), Some(SourceKind::Cbs));
        assert_eq!(source("GGD"), Some(SourceKind::Partner));
        let eu = "http://publications.europa.eu/resource/authority/";
        assert_eq!(
            frequency(&format!("{eu}frequency/ANNUAL")),
            Some(Frequency::Year)
        );
        assert_eq!(
            frequency(&format!("{eu}frequency/QUARTERLY")),
            Some(Frequency::Quarter)
        );
        assert_eq!(frequency(&format!("{eu}frequency/IRREG")), None);
        assert_eq!(
            access(&format!("{eu}access-right/NON_PUBLIC")),
            Some(AccessClass::Internal)
        );
        assert_eq!(
            access(&format!("{eu}access-right/PUBLIC")),
            Some(AccessClass::Open)
        );
    }

    /// Access as Dutch registers write it; what is not clear is left to guess (and confirm).
    #[test]
    fn access_words_of_registers() {
        let personal = Some(AccessClass::Personal);
        let internal = Some(AccessClass::Internal);
        let open = Some(AccessClass::Open);
        for (cell, class) in [
            ("Persoonsgegevens (AVG)", personal),
            ("AVG", personal),
            ("Bijzondere persoonsgegevens", personal),
            ("Bijzondere persoonsgegevens (art. 9 AVG)", personal),
            ("Persoonsgebonden", personal),
            ("persoonsgebonden gegevens", personal),
            ("Bevat persoonsgegevens", personal),
            ("AVG-gevoelig", personal),
            ("Gepseudonimiseerd", personal),
            ("Vertrouwelijk", internal),
            ("Bedrijfsvertrouwelijk", internal),
            ("Gesloten", internal),
            ("Intern", internal),
            ("Alleen intern gebruik", internal),
            ("Niet-openbaar", internal),
            ("Openbaar", open),
            ("Open data", open),
            ("Openbaar (open data)", open),
            ("Geen persoonsgegevens", None),
            ("Niet persoonsgebonden", None),
            ("Gedeeltelijk openbaar", None),
            ("Openbaar, behalve persoonsgegevens", None),
            ("Op aanvraag", None),
            ("Persoonsgegevens?", None),
            ("persoonsgegevens (aangenomen)", None),
            ("Waarschijnlijk openbaar", None),
            ("", None),
        ] {
            assert_eq!(access(cell), class, "{cell}");
        }
        assert_eq!(
            access_guess("Openbaar, behalve persoonsgegevens"),
            AccessClass::Personal
        );
        assert_eq!(access_guess("Geen persoonsgegevens"), AccessClass::Internal);
        assert_eq!(access_guess("Op aanvraag"), AccessClass::Internal);
        assert_eq!(
            access_guess("persoonsgegevens (aangenomen)"),
            AccessClass::Personal
        );
        assert_eq!(access_guess(""), AccessClass::Internal);
    }

    #[test]
    fn periods_and_dates() {
        let range = |a, b| Ok(YearRange::new(a, b));
        assert_eq!(period("2019-2024"), range(2019, 2024));
        assert_eq!(period("2019 – 2024"), range(2019, 2024));
        assert_eq!(period("2019 t/m 2024"), range(2019, 2024));
        assert_eq!(period("2019-01-01/2024-12-31"), range(2019, 2024));
        assert_eq!(period("01-01-2019 tot 31-12-2024"), range(2019, 2024));
        assert_eq!(period("2021"), range(2021, 2021));
        assert_eq!(period(""), Ok(None));
        assert_eq!(period("2024-2019"), Err(()));
        assert_eq!(period("sinds jaren"), Err(()));
        assert_eq!(period("31-02-20199"), Err(()));
        assert_eq!(year("2019-13-45"), None);
        assert_eq!(year("31-02-2019"), None);
        assert_eq!(year("29-2-2020"), Some(2020));
        assert_eq!(year("1066"), None);
    }

    /// `simplify` as it was with the standard library's Unicode functions.
    fn simplify_std(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars().flat_map(char::to_lowercase) {
            if c.is_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        }
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    /// `period` as it was, lower-casing with the standard library.
    fn period_std(cell: &str) -> Result<Option<YearRange>, ()> {
        let cell = cell.trim();
        if cell.is_empty() {
            return Ok(None);
        }
        if let Some(year) = year(cell) {
            return YearRange::new(year, year).map(Some).ok_or(());
        }
        let lower = cell.to_lowercase();
        for separator in [
            " t/m ",
            " tot en met ",
            " tot ",
            " to ",
            " - ",
            " – ",
            "–",
            "/",
            "-",
        ] {
            if let Some((from, to)) = lower.split_once(separator) {
                if let (Some(from), Some(to)) = (year(from), year(to)) {
                    return YearRange::new(from, to).map(Some).ok_or(());
                }
            }
        }
        Err(())
    }

    #[test]
    fn simplify_and_period_are_as_they_were_with_the_standard_library() {
        let mut texts = crate::matching::sample_texts();
        for cell in [
            "2019 TOT 2024",
            "2019 T/M 2024",
            "2019 Tot En Met 2024",
            "2019 TO 2024",
            "İ2019 – 2024",
            "2019 K 2024",
        ] {
            texts.push(cell.to_owned());
        }
        for text in &texts {
            assert_eq!(simplify(text), simplify_std(text), "{text:?}");
            assert_eq!(period(text), period_std(text), "{text:?}");
        }
    }

    #[test]
    fn simplify_keeps_letters_and_digits() {
        assert_eq!(simplify("  Geografisch   niveau: "), "geografisch niveau");
        assert_eq!(simplify("t/m"), "t m");
        assert_eq!(simplify("Wmo-cliënten"), "wmo cliënten");
    }
}
