texts! {
    /// The fixed texts of the app shell and the start screen.
    pub enum Msg {
        AppName => ("Redeneerlijn", "Redeneerlijn"),
        Tagline => (
            "Van beleidsdoel naar de data die je nodig hebt",
            "From policy goal to the data you need",
        ),
        SkipToContent => ("Naar de inhoud", "Skip to content"),
        LanguageNav => ("Taal", "Language"),
        CanvasRegion => ("Tekenvlak", "Canvas"),
        EmptyTitle => ("Begin een redeneerlijn", "Start a reasoning line"),
        EmptyIntro => (
            "Een redeneerlijn verbindt de doelen van je beleid met de effecten die je onderweg \
             verwacht en de interventies die ze moeten bereiken. De app leidt af welke data elk \
             onderdeel nodig heeft, legt dat naast de datasetlijst van je gemeente en laat zien \
             wat ontbreekt en welke data niemand gebruikt.",
            "A reasoning line connects the goals of your policy with the outcomes you expect on \
             the way and the interventions meant to reach them. The app derives which data each \
             part needs, checks that against your municipality's dataset list and shows what is \
             missing and which data nobody uses.",
        ),
        KindsTitle => ("Drie soorten onderdelen", "Three kinds of parts"),
        KindGoal => ("Doel", "Goal"),
        KindGoalHelp => (
            "het maatschappelijk effect dat de gemeente wil bereiken",
            "the societal effect the municipality wants to achieve",
        ),
        KindOutcome => ("Effect", "Outcome"),
        KindOutcomeHelp => (
            "het resultaat dat je onderweg verwacht te zien",
            "the result you expect to see on the way",
        ),
        KindIntervention => ("Interventie", "Intervention"),
        KindInterventionHelp => (
            "wat de gemeente of een partner doet",
            "what the municipality or a partner does",
        ),
        StartTitle => ("Aan de slag", "Get started"),
        StartNew => ("Nieuwe redeneerlijn", "New reasoning line"),
        StartNewHelp => (
            "Begin met een leeg tekenvlak en teken doelen, effecten en interventies.",
            "Start with an empty canvas and draw goals, outcomes and interventions.",
        ),
        StartOpen => ("Bestand openen", "Open file"),
        StartOpenHelp => (
            "Open een redeneerlijn of datasetlijst (JSON) van je computer. Het bestand blijft op je \
             computer.",
            "Open a reasoning line or dataset list (JSON) from your computer. The file stays on \
             your computer.",
        ),
        StartExample => ("Voorbeeld openen", "Open example"),
        StartExampleHelp => (
            "Bekijk een uitgewerkte redeneerlijn over armoede of eenzaamheid, met een \
             voorbeeld-datasetlijst.",
            "Look at a worked reasoning line on poverty or loneliness, with an example dataset \
             list.",
        ),
        PanelRegion => ("Details en bevindingen", "Details and findings"),
        DetailsTitle => ("Details", "Details"),
        DetailsEmpty => (
            "Selecteer een doel, effect of interventie om de gegevens en de benodigde data te \
             zien.",
            "Select a goal, outcome or intervention to see its details and the data it needs.",
        ),
        FindingsTitle => ("Bevindingen", "Findings"),
        FindingsEmpty => (
            "Zodra er een redeneerlijn open is, staat hier welke data ontbreekt, welke deels \
             beschikbaar is en welke datasets niemand gebruikt.",
            "Once a reasoning line is open, this lists which data is missing, which is partly \
             available and which datasets nobody uses.",
        ),
        PrivacyNote => (
            "Alles blijft in je browser: niets van wat je tekent of inlaadt gaat naar een server.",
            "Everything stays in your browser: nothing you draw or load is sent to a server.",
        ),
    }
}
