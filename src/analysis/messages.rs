//! What the analysis says to an officer, in Dutch and English. Sentences name the finding and,
//! where it helps, what to do about it.

use super::check::{Gap, MissingYears};
use super::diagnostics::{Diagnostic, DiagnosticKind};
use super::index::{CatalogIndex, MatchVia};
use super::needs::NeedReason;
use super::DataStatus;
use crate::i18n::Lang;
use crate::model::{kind_name, Frequency, GeoLevel, NodeKind, YearRange};

fn pick(lang: Lang, nl: &str, en: &str) -> String {
    match lang {
        Lang::Nl => nl.to_owned(),
        Lang::En => en.to_owned(),
    }
}

fn kind_word(kind: NodeKind, lang: Lang) -> String {
    kind_name(kind, lang).to_ascii_lowercase()
}

fn years(range: YearRange) -> String {
    if range.from() == range.to() {
        range.from().to_string()
    } else {
        format!("{}–{}", range.from(), range.to())
    }
}

/// The name of a geographic level, lowercase, for use inside a sentence.
pub fn level_name(level: GeoLevel, lang: Lang) -> &'static str {
    let (nl, en) = match level {
        GeoLevel::Person => ("persoon of huishouden", "person or household"),
        GeoLevel::Address => ("adres", "address"),
        GeoLevel::Neighbourhood => ("buurt", "neighbourhood"),
        GeoLevel::District => ("wijk", "district"),
        GeoLevel::Municipality => ("gemeente", "municipality"),
        GeoLevel::Region => ("regio", "region"),
        GeoLevel::Country => ("land", "country"),
    };
    if lang == Lang::Nl {
        nl
    } else {
        en
    }
}

/// The name of a frequency, lowercase, for use inside a sentence ("per ...").
pub fn frequency_name(frequency: Frequency, lang: Lang) -> &'static str {
    let (nl, en) = match frequency {
        Frequency::Week => ("week", "week"),
        Frequency::Month => ("maand", "month"),
        Frequency::Quarter => ("kwartaal", "quarter"),
        Frequency::Year => ("jaar", "year"),
    };
    if lang == Lang::Nl {
        nl
    } else {
        en
    }
}

impl Diagnostic {
    /// The finding in words an officer understands, in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        match (&self.kind, lang) {
            (DiagnosticKind::KindNotAllowed { from, to }, Lang::Nl) => format!(
                "Een {} kan niet bijdragen aan een {}. Draai de verbinding om of verwijder haar.",
                kind_word(*from, lang),
                kind_word(*to, lang)
            ),
            (DiagnosticKind::KindNotAllowed { from, to }, Lang::En) => {
                let with_article = |kind: NodeKind| match kind {
                    NodeKind::Goal => "a goal",
                    NodeKind::Outcome => "an outcome",
                    NodeKind::Intervention => "an intervention",
                };
                let first = with_article(*from);
                format!(
                    "{}{} cannot contribute to {}. Reverse the connection or remove it.",
                    // "a"/"an": ASCII, so no Unicode case table in the bundle.
                    first.get(..1).unwrap_or_default().to_ascii_uppercase(),
                    first.get(1..).unwrap_or_default(),
                    with_article(*to)
                )
            }
            (DiagnosticKind::Cycle, Lang::Nl) if self.nodes.len() == 1 => {
                "Dit onderdeel draagt via een verbinding bij aan zichzelf.".to_owned()
            }
            (DiagnosticKind::Cycle, Lang::En) if self.nodes.len() == 1 => {
                "This part contributes to itself through a connection.".to_owned()
            }
            (DiagnosticKind::Cycle, Lang::Nl) => format!(
                "Deze {} onderdelen dragen in een kringetje aan elkaar bij. Een redeneerlijn loopt \
                 van interventies naar doelen; haal één verbinding weg.",
                self.nodes.len()
            ),
            (DiagnosticKind::Cycle, Lang::En) => format!(
                "These {} parts contribute to each other in a circle. A reasoning line runs from \
                 interventions to goals; remove one connection.",
                self.nodes.len()
            ),
            (DiagnosticKind::DuplicateEdge, _) => pick(
                lang,
                "Deze twee onderdelen zijn meer dan eens in dezelfde richting verbonden.",
                "These two parts are connected in the same direction more than once.",
            ),
            (DiagnosticKind::InterventionReachesNoGoal, _) => pick(
                lang,
                "Deze interventie leidt via geen enkele verbinding naar een doel. Waar draagt ze \
                 aan bij?",
                "This intervention leads to no goal along any connection. What does it \
                 contribute to?",
            ),
            (DiagnosticKind::GoalReachedByNoIntervention, _) => pick(
                lang,
                "Geen enkele interventie draagt (via effecten) bij aan dit doel. Wat doet de \
                 gemeente eraan?",
                "No intervention contributes (through outcomes) to this goal. What does the \
                 municipality do about it?",
            ),
            (DiagnosticKind::NoIndicators, _) => pick(
                lang,
                "Dit onderdeel heeft geen indicatoren, dus er is niet te bepalen welke data het \
                 nodig heeft.",
                "This part has no indicators, so it cannot be determined which data it needs.",
            ),
            (DiagnosticKind::NoCommonPeriod { from, to }, Lang::Nl) => format!(
                "De onderdelen van deze verbinding gaan over verschillende jaren ({} en {}), \
                 dus de aanname erachter is niet te toetsen.",
                years(*from),
                years(*to)
            ),
            (DiagnosticKind::NoCommonPeriod { from, to }, Lang::En) => format!(
                "The parts of this connection are about different years ({} and {}), so the \
                 assumption behind it cannot be tested.",
                years(*from),
                years(*to)
            ),
            (DiagnosticKind::UnknownLinkedDataset { indicator, dataset }, Lang::Nl) => format!(
                "Indicator {} is gekoppeld aan dataset {dataset}, maar die staat niet (meer) in de \
                 datasetlijst.",
                indicator.saturating_add(1)
            ),
            (DiagnosticKind::UnknownLinkedDataset { indicator, dataset }, Lang::En) => format!(
                "Indicator {} is linked to dataset {dataset}, which is not (or no longer) in the \
                 dataset list.",
                indicator.saturating_add(1)
            ),
        }
    }
}

impl NeedReason {
    /// Why the data is needed, in the interface language.
    pub fn explanation(&self, lang: Lang) -> String {
        match self {
            NeedReason::GoalBaselineAndEnd => pick(
                lang,
                "Om te zien of het doel gehaald is, is een nulmeting en een meting aan het eind \
                 van de periode nodig.",
                "To see whether the goal was reached, a baseline and a measurement at the end of \
                 the period are needed.",
            ),
            NeedReason::OutcomeBeforeAfter {
                at_intervention_level: true,
            } => pick(
                lang,
                "Om het effect te zien is een meting voor en na nodig bij de doelgroep, op het \
                 fijnste niveau waarop de bijdragende interventies werken.",
                "To see the outcome, a measurement before and after is needed for the target \
                 group, at the finest level the contributing interventions work on.",
            ),
            NeedReason::OutcomeBeforeAfter {
                at_intervention_level: false,
            } => pick(
                lang,
                "Om het effect te zien is een meting voor en na nodig bij de doelgroep.",
                "To see the outcome, a measurement before and after is needed for the target \
                 group.",
            ),
            NeedReason::InterventionReach => pick(
                lang,
                "Om te weten wie de interventie bereikte en wat er geleverd is, op het niveau van \
                 de effecten die ze moet bereiken.",
                "To know whom the intervention reached and what was delivered, at the level of \
                 the outcomes it should bring about.",
            ),
            NeedReason::EdgeAssumption => pick(
                lang,
                "Om de aanname achter deze verbinding te toetsen, zijn beide kanten nodig op een \
                 gemeenschappelijk niveau en over dezelfde jaren.",
                "To test the assumption behind this connection, both ends are needed at a common \
                 level and over the same years.",
            ),
        }
    }
}

impl Gap {
    /// What the dataset lacks, in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Gap::LevelTooCoarse { have, need }, Lang::Nl) => format!(
                "Te grof: per {}, nodig per {}.",
                level_name(*have, lang),
                level_name(*need, lang)
            ),
            (Gap::LevelTooCoarse { have, need }, Lang::En) => format!(
                "Too coarse: per {}, needed per {}.",
                level_name(*have, lang),
                level_name(*need, lang)
            ),
            (Gap::FrequencyTooLow { have, need }, Lang::Nl) => format!(
                "Te weinig metingen: per {}, nodig per {}.",
                frequency_name(*have, lang),
                frequency_name(*need, lang)
            ),
            (Gap::FrequencyTooLow { have, need }, Lang::En) => format!(
                "Not measured often enough: per {}, needed per {}.",
                frequency_name(*have, lang),
                frequency_name(*need, lang)
            ),
            (
                Gap::PeriodNotCovered {
                    have: None,
                    missing,
                },
                Lang::Nl,
            ) => format!(
                "Onbekend over welke jaren de dataset gaat; nodig: {}.",
                year_list(missing)
            ),
            (
                Gap::PeriodNotCovered {
                    have: None,
                    missing,
                },
                Lang::En,
            ) => format!(
                "Unknown which years the dataset covers; needed: {}.",
                year_list(missing)
            ),
            (Gap::PeriodNotCovered { missing, .. }, Lang::Nl) => {
                format!("Ontbrekende jaren: {}.", year_list(missing))
            }
            (Gap::PeriodNotCovered { missing, .. }, Lang::En) => {
                format!("Missing years: {}.", year_list(missing))
            }
            (Gap::TooFewMeasurements { have, need }, _) => too_few_measurements(*have, *need, lang),
            (Gap::PersonalData, _) => pick(
                lang,
                "Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.",
                "Personal data: use requires a legal basis and usually a DPIA.",
            ),
        }
    }
}

/// "Eén meting in de periode, minstens twee nodig (nulmeting en eindmeting)."
fn too_few_measurements(have: u32, need: u32, lang: Lang) -> String {
    // Capitalised (sentence start) and lower-case number words; digits beyond them.
    const NL_START: [&str; 11] = [
        "Geen", "Eén", "Twee", "Drie", "Vier", "Vijf", "Zes", "Zeven", "Acht", "Negen", "Tien",
    ];
    const NL: [&str; 11] = [
        "nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    ];
    const EN_START: [&str; 11] = [
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ];
    const EN: [&str; 11] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let word = |words: &[&str; 11], n: u32| {
        words
            .get(n as usize)
            .map_or_else(|| n.to_string(), |w| (*w).to_owned())
    };
    // Two are a baseline and a measurement at the end (or before and after): say so.
    match lang {
        Lang::Nl => format!(
            "{} {} in de periode, minstens {} nodig{}.",
            word(&NL_START, have),
            if have == 1 { "meting" } else { "metingen" },
            word(&NL, need),
            if need == 2 {
                " (nulmeting en eindmeting)"
            } else {
                ""
            }
        ),
        Lang::En => format!(
            "{} {} in the period, at least {} needed{}.",
            word(&EN_START, have),
            if have == 1 {
                "measurement"
            } else {
                "measurements"
            },
            word(&EN, need),
            if need == 2 {
                " (a baseline and an end measurement)"
            } else {
                ""
            }
        ),
    }
}

fn year_list(missing: &MissingYears) -> String {
    let parts: Vec<String> = missing.ranges().map(years).collect();
    parts.join(", ")
}

impl MatchVia {
    /// How the dataset was found, in the interface language (`index` knows the alias texts).
    pub fn message(&self, index: &CatalogIndex, lang: Lang) -> String {
        match (*self, lang) {
            (MatchVia::Linked, _) => pick(lang, "Gekoppeld met de hand.", "Linked by hand."),
            (MatchVia::Concept, _) => pick(
                lang,
                "Voorstel: zelfde begrip.",
                "Suggestion: same concept.",
            ),
            (MatchVia::Alias(alias), Lang::Nl) => {
                format!("Voorstel: bekend onder de naam “{}”.", index.alias(alias))
            }
            (MatchVia::Alias(alias), Lang::En) => {
                format!("Suggestion: known under the name “{}”.", index.alias(alias))
            }
            (MatchVia::Suggested, _) => pick(
                lang,
                "Mogelijk bruikbaar: de beschrijving past bij uw woorden. Telt pas na koppelen.",
                "Possibly usable: its description fits your words. Counts only once linked.",
            ),
        }
    }
}

impl DataStatus {
    /// A short label for a badge.
    pub fn label(self, lang: Lang) -> &'static str {
        let (nl, en) = match self {
            DataStatus::Covered => ("Data aanwezig", "Data available"),
            DataStatus::Partly => ("Data deels aanwezig", "Data partly available"),
            DataStatus::ToLink => ("Data te koppelen", "Data to link"),
            DataStatus::Missing => ("Data ontbreekt", "Data missing"),
            DataStatus::NoNeeds => ("Geen databehoefte", "No data needs"),
        };
        if lang == Lang::Nl {
            nl
        } else {
            en
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_few_measurements_in_words_with_the_right_plural() {
        let gap = |have, need| Gap::TooFewMeasurements { have, need };
        assert_eq!(
            gap(1, 2).message(Lang::Nl),
            "Eén meting in de periode, minstens twee nodig (nulmeting en eindmeting)."
        );
        assert_eq!(
            gap(1, 2).message(Lang::En),
            "One measurement in the period, at least two needed (a baseline and an end \
             measurement)."
        );
        assert_eq!(
            gap(3, 12).message(Lang::Nl),
            "Drie metingen in de periode, minstens 12 nodig."
        );
        assert_eq!(
            gap(0, 1).message(Lang::En),
            "No measurements in the period, at least one needed."
        );
    }
}
