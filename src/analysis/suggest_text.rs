//! Suggestions in words: why a dataset was offered and what it is, in the interface language.

use super::messages::{frequency_name, level_name};
use crate::catalog::{AccessClass, Dataset};
use crate::i18n::Lang;
use crate::matching::{Field, How, Reason};

fn field_name(field: Field, lang: Lang) -> &'static str {
    match (field, lang) {
        (Field::Concept, Lang::Nl) => "begrippen",
        (Field::Concept, Lang::En) => "concepts",
        (Field::Title, Lang::Nl) => "titel",
        (Field::Title, Lang::En) => "title",
        (Field::Description, Lang::Nl) => "beschrijving",
        (Field::Description, Lang::En) => "description",
        (Field::Owner, Lang::Nl) => "eigenaar",
        (Field::Owner, Lang::En) => "owner",
    }
}

/// Why a dataset was offered for one typed word or phrase, e.g. "„bijstand” is een synoniem van
/// „participatiewet” (bron: wetten), in de titel".
pub fn reason_text(reason: &Reason, lang: Lang) -> String {
    let Reason {
        typed,
        found,
        how,
        field,
    } = reason;
    let place = field_name(*field, lang);
    match (how, lang) {
        (How::Word, Lang::Nl) if typed == found => format!("deelt „{typed}” ({place})"),
        (How::Word, Lang::En) if typed == found => format!("shares “{typed}” ({place})"),
        (How::Word, Lang::Nl) => format!("„{typed}” als „{found}” ({place})"),
        (How::Word, Lang::En) => format!("“{typed}” as “{found}” ({place})"),
        (How::Synonym { source, .. }, Lang::Nl) => {
            format!("„{typed}” is een synoniem van „{found}” (bron: {source}; {place})")
        }
        (How::Synonym { source, .. }, Lang::En) => {
            format!("“{typed}” is a synonym of “{found}” (source: {source}; {place})")
        }
        (How::Part, Lang::Nl) => {
            format!("„{typed}” en „{found}” delen een samenstelling ({place})")
        }
        (How::Part, Lang::En) => format!("“{typed}” and “{found}” share a compound ({place})"),
        (How::Typo, Lang::Nl) => format!("„{typed}” lijkt op „{found}”, tikfout? ({place})"),
        (How::Typo, Lang::En) => format!("“{typed}” looks like “{found}”, a typo? ({place})"),
    }
}

/// What a dataset is, in one line: owner, level, frequency, period and access.
pub fn dataset_facts(dataset: &Dataset, lang: Lang) -> String {
    let mut parts: Vec<String> = Vec::with_capacity(4);
    if !dataset.owner.trim().is_empty() {
        parts.push(dataset.owner.clone());
    }
    let mut measured = format!(
        "per {}, per {}",
        level_name(dataset.level, lang),
        frequency_name(dataset.frequency, lang)
    );
    if let Some(period) = dataset.period {
        if period.from() == period.to() {
            measured.push_str(&format!(", {}", period.from()));
        } else {
            measured.push_str(&format!(", {}–{}", period.from(), period.to()));
        }
    }
    parts.push(measured);
    parts.push(
        match (dataset.access, lang) {
            (AccessClass::Open, Lang::Nl) => "open data",
            (AccessClass::Open, Lang::En) => "open data",
            (AccessClass::Internal, Lang::Nl) => "intern",
            (AccessClass::Internal, Lang::En) => "internal",
            (AccessClass::Personal, Lang::Nl) => "persoonsgegevens",
            (AccessClass::Personal, Lang::En) => "personal data",
        }
        .to_owned(),
    );
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Frequency, GeoLevel, YearRange};

    #[test]
    fn a_reason_names_the_typed_word_what_it_met_and_where() {
        let reason = Reason {
            typed: "bijstand".into(),
            found: "participatiewet".into(),
            how: How::Synonym {
                term: "bijstand".into(),
                source: "wetten".into(),
            },
            field: Field::Title,
        };
        assert_eq!(
            reason_text(&reason, Lang::Nl),
            "„bijstand” is een synoniem van „participatiewet” (bron: wetten; titel)"
        );
        let same = Reason {
            typed: "inwoners".into(),
            found: "inwoners".into(),
            how: How::Word,
            field: Field::Concept,
        };
        assert_eq!(reason_text(&same, Lang::En), "shares “inwoners” (concepts)");
    }

    #[test]
    fn facts_give_owner_level_frequency_period_and_access() {
        let mut d = Dataset::new("x", "X", GeoLevel::Neighbourhood, Frequency::Year);
        d.owner = "CBS".into();
        d.access = AccessClass::Open;
        d.period = YearRange::new(2019, 2024);
        let text = dataset_facts(&d, Lang::Nl);
        assert!(
            text.starts_with("CBS · per buurt, per jaar, 2019–2024"),
            "{text}"
        );
        assert!(text.ends_with("open data"), "{text}");
        d.period = YearRange::new(2022, 2022);
        assert!(dataset_facts(&d, Lang::En).contains("per year, 2022 ·"));
    }
}
