//! Texts of a data team's own vocabulary of synonyms in the app: loading, using, removing and
//! keeping it.

use super::{grouped, Lang};

texts! {
    /// Texts of the vocabulary of synonyms the matching uses.
    pub enum VocabularyText {
        Synonyms => ("Synoniemen", "Synonyms"),
        Shipped => ("meegeleverde lijst", "shipped list"),
        Remove => ("Woordenlijst van het team verwijderen", "Remove the team's vocabulary"),
        Download => ("Woordenlijst van het team downloaden", "Download the team's vocabulary"),
        AddHint => (
            "Eigen synoniemen van een datateam toevoegen? Open hun woordenlijst (JSON) met „Bestand openen”.",
            "Adding a data team's own synonyms? Open their vocabulary (JSON) with “Open file”.",
        ),
        OnlySuggestions => (
            "Synoniemen leveren alleen voorstellen op: een gegeven telt pas als gedekt als een dataset gekoppeld is of het begrip precies overeenkomt.",
            "Synonyms only make suggestions: data counts as covered only when a dataset is linked or its concept matches exactly.",
        ),
        RemovedTitle => ("Woordenlijst van het team verwijderd", "Team's vocabulary removed"),
        StoppedTitle => ("Woordenlijst niet in gebruik genomen", "Vocabulary not taken into use"),
        StoppedKept => (
            "Het voorbereiden van de datasetlijst is gestopt; de synoniemen in gebruik en de datasetlijst zijn niet veranderd.",
            "Preparing the dataset list was stopped; the synonyms in use and the dataset list have not changed.",
        ),
        NotKeptTitle => (
            "Woordenlijst niet bewaard in de browser",
            "Vocabulary not kept in the browser",
        ),
        NotKeptHelp => (
            "De woordenlijst wordt nu gebruikt, maar na herladen is hij weg: open het bestand dan opnieuw.",
            "The vocabulary is in use now, but it is gone after a reload: open the file again then.",
        ),
        NotForgottenTitle => (
            "Woordenlijst niet uit de browser verwijderd",
            "Vocabulary not removed from the browser",
        ),
        NotForgottenHelp => (
            "Nu wordt alleen de meegeleverde lijst gebruikt, maar na herladen komt de woordenlijst van het team terug: verwijder hem dan opnieuw.",
            "Only the shipped list is used now, but the team's vocabulary comes back after a reload: remove it again then.",
        ),
        NotRestoredTitle => (
            "De bewaarde woordenlijst van het team kon niet worden teruggezet",
            "The team's kept vocabulary could not be brought back",
        ),
        NotRestoredHelp => (
            "Voorstellen gebruiken nu alleen de meegeleverde lijst. Open de woordenlijst opnieuw vanuit het bestand.",
            "Suggestions now use the shipped list only. Open the vocabulary again from its file.",
        ),
    }
}

/// "12 groepen" (groups of synonyms).
pub fn group_count(groups: usize, lang: Lang) -> String {
    let count = grouped(groups, lang);
    match (lang, groups) {
        (Lang::Nl, 1) => format!("{count} groep"),
        (Lang::Nl, _) => format!("{count} groepen"),
        (Lang::En, 1) => format!("{count} group"),
        (Lang::En, _) => format!("{count} groups"),
    }
}

/// "Woordenlijst „Woorden van het datateam” geladen: 12 groepen synoniemen worden nu gebruikt
/// bij voorstellen."
pub fn vocabulary_loaded(title: &str, groups: usize, lang: Lang) -> String {
    let count = group_count(groups, lang);
    match (lang, groups) {
        (Lang::Nl, 1) => format!(
            "Woordenlijst „{title}” geladen: {count} synoniemen wordt nu gebruikt bij voorstellen."
        ),
        (Lang::Nl, _) => format!(
            "Woordenlijst „{title}” geladen: {count} synoniemen worden nu gebruikt bij voorstellen."
        ),
        (Lang::En, 1) => {
            format!("Vocabulary “{title}” loaded: {count} of synonyms is now used for suggestions.")
        }
        (Lang::En, _) => format!(
            "Vocabulary “{title}” loaded: {count} of synonyms are now used for suggestions."
        ),
    }
}

/// What a removal leaves: "„Woorden van het datateam” wordt niet meer gebruikt; voorstellen
/// gebruiken weer alleen de meegeleverde lijst (120 groepen)."
pub fn vocabulary_removed(title: &str, shipped_groups: usize, lang: Lang) -> String {
    let count = group_count(shipped_groups, lang);
    match lang {
        Lang::Nl => format!(
            "„{title}” wordt niet meer gebruikt; voorstellen gebruiken weer alleen de meegeleverde lijst ({count})."
        ),
        Lang::En => format!(
            "“{title}” is no longer used; suggestions use the shipped list alone again ({count})."
        ),
    }
}

/// "Synoniemen: meegeleverde lijst (120 groepen) + Woorden van het datateam (12 groepen)".
pub fn vocabulary_in_use(shipped_groups: usize, team: Option<(&str, usize)>, lang: Lang) -> String {
    let mut line = format!(
        "{}: {} ({})",
        lang.tr(VocabularyText::Synonyms),
        lang.tr(VocabularyText::Shipped),
        group_count(shipped_groups, lang)
    );
    if let Some((title, groups)) = team {
        line.push_str(&format!(" + {title} ({})", group_count(groups, lang)));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_the_language_writes_them() {
        assert_eq!(
            vocabulary_loaded("Team", 2, Lang::Nl),
            "Woordenlijst „Team” geladen: 2 groepen synoniemen worden nu gebruikt bij voorstellen."
        );
        assert_eq!(
            vocabulary_loaded("Team", 1, Lang::En),
            "Vocabulary “Team” loaded: 1 group of synonyms is now used for suggestions."
        );
        assert_eq!(
            vocabulary_in_use(1200, Some(("Team", 1)), Lang::Nl),
            "Synoniemen: meegeleverde lijst (1.200 groepen) + Team (1 groep)"
        );
        assert_eq!(
            vocabulary_in_use(120, None, Lang::En),
            "Synonyms: shipped list (120 groups)"
        );
        assert!(vocabulary_removed("Team", 120, Lang::Nl).contains("(120 groepen)"));
    }
}
