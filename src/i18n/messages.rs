use super::Lang;

/// Every fixed text of the interface. Texts that carry data (names, numbers, paths) are built by
/// the code that owns the data, from a `Msg` plus the values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    AppName,
    Tagline,
    SkipToContent,
    LanguageNav,
    CanvasRegion,
    EmptyTitle,
    EmptyIntro,
    KindsTitle,
    KindGoal,
    KindGoalHelp,
    KindOutcome,
    KindOutcomeHelp,
    KindIntervention,
    KindInterventionHelp,
    StartTitle,
    StartNew,
    StartNewUnavailable,
    StartOpen,
    StartOpenUnavailable,
    StartExample,
    StartExampleUnavailable,
    PanelRegion,
    DetailsTitle,
    DetailsEmpty,
    FindingsTitle,
    FindingsEmpty,
    PrivacyNote,
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        let (nl, en) = self.pair();
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Msg::AppName => ("Redeneerlijn", "Redeneerlijn"),
            Msg::Tagline => (
                "Van beleidsdoel naar de data die je nodig hebt",
                "From policy goal to the data you need",
            ),
            Msg::SkipToContent => ("Naar de inhoud", "Skip to content"),
            Msg::LanguageNav => ("Taal", "Language"),
            Msg::CanvasRegion => ("Tekenvlak", "Canvas"),
            Msg::EmptyTitle => ("Begin een redeneerlijn", "Start a reasoning line"),
            Msg::EmptyIntro => (
                "Een redeneerlijn verbindt de doelen van je beleid met de effecten die je onderweg \
                 verwacht en de interventies die ze moeten bereiken. De app leidt af welke data elk \
                 onderdeel nodig heeft, legt dat naast de datasetlijst van je gemeente en laat zien \
                 wat ontbreekt en welke data niemand gebruikt.",
                "A reasoning line connects the goals of your policy with the outcomes you expect on \
                 the way and the interventions meant to reach them. The app derives which data each \
                 part needs, checks that against your municipality's dataset list and shows what is \
                 missing and which data nobody uses.",
            ),
            Msg::KindsTitle => ("Drie soorten onderdelen", "Three kinds of parts"),
            Msg::KindGoal => ("Doel", "Goal"),
            Msg::KindGoalHelp => (
                "het maatschappelijk effect dat de gemeente wil bereiken",
                "the societal effect the municipality wants to achieve",
            ),
            Msg::KindOutcome => ("Effect", "Outcome"),
            Msg::KindOutcomeHelp => (
                "het resultaat dat je onderweg verwacht te zien",
                "the result you expect to see on the way",
            ),
            Msg::KindIntervention => ("Interventie", "Intervention"),
            Msg::KindInterventionHelp => (
                "wat de gemeente of een partner doet",
                "what the municipality or a partner does",
            ),
            Msg::StartTitle => ("Aan de slag", "Get started"),
            Msg::StartNew => ("Nieuwe redeneerlijn", "New reasoning line"),
            Msg::StartNewUnavailable => (
                "Nog niet beschikbaar in deze versie: het tekenvlak voor doelen, effecten en \
                 interventies volgt.",
                "Not available in this version yet: the canvas for goals, outcomes and \
                 interventions is coming.",
            ),
            Msg::StartOpen => ("Bestand openen", "Open file"),
            Msg::StartOpenUnavailable => (
                "Nog niet beschikbaar in deze versie: redeneerlijnen openen uit een JSON-bestand \
                 volgt.",
                "Not available in this version yet: opening reasoning lines from a JSON file is \
                 coming.",
            ),
            Msg::StartExample => ("Voorbeeld openen", "Open example"),
            Msg::StartExampleUnavailable => (
                "Nog niet beschikbaar in deze versie: voorbeelden over armoede en eenzaamheid \
                 volgen.",
                "Not available in this version yet: examples on poverty and loneliness are \
                 coming.",
            ),
            Msg::PanelRegion => ("Details en bevindingen", "Details and findings"),
            Msg::DetailsTitle => ("Details", "Details"),
            Msg::DetailsEmpty => (
                "Selecteer een doel, effect of interventie om de gegevens en de benodigde data te \
                 zien.",
                "Select a goal, outcome or intervention to see its details and the data it needs.",
            ),
            Msg::FindingsTitle => ("Bevindingen", "Findings"),
            Msg::FindingsEmpty => (
                "Zodra er een redeneerlijn open is, staat hier welke data ontbreekt, welke deels \
                 beschikbaar is en welke datasets niemand gebruikt.",
                "Once a reasoning line is open, this lists which data is missing, which is partly \
                 available and which datasets nobody uses.",
            ),
            Msg::PrivacyNote => (
                "Alles blijft in je browser: niets van wat je tekent of inlaadt gaat naar een server.",
                "Everything stays in your browser: nothing you draw or load is sent to a server.",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant, so tests can check texts without listing them twice by hand.
    const ALL: &[Msg] = &[
        Msg::AppName,
        Msg::Tagline,
        Msg::SkipToContent,
        Msg::LanguageNav,
        Msg::CanvasRegion,
        Msg::EmptyTitle,
        Msg::EmptyIntro,
        Msg::KindsTitle,
        Msg::KindGoal,
        Msg::KindGoalHelp,
        Msg::KindOutcome,
        Msg::KindOutcomeHelp,
        Msg::KindIntervention,
        Msg::KindInterventionHelp,
        Msg::StartTitle,
        Msg::StartNew,
        Msg::StartNewUnavailable,
        Msg::StartOpen,
        Msg::StartOpenUnavailable,
        Msg::StartExample,
        Msg::StartExampleUnavailable,
        Msg::PanelRegion,
        Msg::DetailsTitle,
        Msg::DetailsEmpty,
        Msg::FindingsTitle,
        Msg::FindingsEmpty,
        Msg::PrivacyNote,
    ];

    #[test]
    fn every_text_is_filled_in_both_languages() {
        for msg in ALL {
            for lang in Lang::ALL {
                let text = msg.text(lang);
                assert!(!text.trim().is_empty(), "{msg:?} is empty in {lang:?}");
                assert!(
                    !text.contains("  "),
                    "{msg:?} has a double space in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn sentences_are_translated() {
        // Names (the product, "Details") may be equal; anything with a space is a phrase and must differ.
        for msg in ALL {
            let (nl, en) = msg.pair();
            if nl.contains(' ') {
                assert_ne!(nl, en, "{msg:?} is not translated");
            }
        }
    }
}
