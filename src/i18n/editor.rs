texts! {
    /// Texts of the editor: toolbar, canvas, side panel and findings.
    pub enum EditorText {
        Toolbar => ("Werkbalk", "Toolbar"),
        AddGoal => ("Doel toevoegen", "Add goal"),
        AddOutcome => ("Effect toevoegen", "Add outcome"),
        AddIntervention => ("Interventie toevoegen", "Add intervention"),
        Connect => ("Verbinden", "Connect"),
        ConnectHint => (
            "Kies het onderdeel waaraan dit bijdraagt (Enter), of Escape om te stoppen.",
            "Choose the part this contributes to (Enter), or Escape to stop.",
        ),
        Delete => ("Verwijderen", "Delete"),
        Undo => ("Ongedaan maken", "Undo"),
        Redo => ("Opnieuw", "Redo"),
        ZoomIn => ("Inzoomen", "Zoom in"),
        ZoomOut => ("Uitzoomen", "Zoom out"),
        Fit => ("Alles tonen", "Fit to screen"),
        AutoLayout => ("Automatisch schikken", "Arrange automatically"),
        Save => ("Opslaan", "Save"),
        OpenFile => ("Bestand openen", "Open file"),
        ViewCanvas => ("Tekening", "Drawing"),
        ViewOutline => ("Lijst", "List"),
        ViewDatasets => ("Datasets", "Datasets"),
        ViewWorkshop => ("Workshop", "Workshop"),
        ViewChoice => ("Weergave", "View"),
        Untitled => ("Naamloze redeneerlijn", "Untitled reasoning line"),
        CatalogNone => ("Geen datasetlijst geladen", "No dataset list loaded"),
        CatalogLabel => ("Datasetlijst", "Dataset list"),
        Datasets => ("datasets", "datasets"),
        FindingsMissing => ("Ontbrekende data", "Missing data"),
        FindingsPartly => ("Deels aanwezige data", "Partly available data"),
        FindingsUnused => ("Ongebruikte datasets", "Unused datasets"),
        FindingsPrivacyRisk => ("persoonsgegevens: privacyrisico", "personal data: privacy risk"),
        FindingsStructure => ("Opbouw van de redeneerlijn", "Structure of the reasoning line"),
        FindingsNone => ("Niets gevonden.", "Nothing found."),
        FindingsMore => ("Meer tonen", "Show more"),
        FindingsScore => ("Gedekt", "Covered"),
        NeedsTitle => ("Benodigde data", "Data needed"),
        NeedsNone => (
            "Dit onderdeel heeft nog geen indicatoren, dus er is nog geen data af te leiden.",
            "This part has no indicators yet, so no data needs can be derived.",
        ),
        NeedCovered => ("gedekt", "covered"),
        NeedPartly => ("deels gedekt", "partly covered"),
        NeedMissing => ("ontbreekt", "missing"),
        NeedToLink => ("te koppelen", "to link"),
        SuggestionsLabel => ("Voorstellen uit de datasetlijst", "Suggestions from the dataset list"),
        SuggestedConcepts => ("Begrippen uit de lijst", "Concepts of the list"),
        SuggestedDatasets => ("Datasets", "Datasets"),
        SuggestionWhy => ("Waarom", "Why"),
        SuggestionLacks => ("Mist", "Lacks"),
        PossiblyUsable => (
            "Mogelijk bruikbaar (telt pas na koppelen)",
            "Possibly usable (counts only once linked)",
        ),
        LinkDataset => ("Koppelen", "Link"),
        RejectDataset => ("Past niet", "Does not fit"),
        UnlinkDataset => ("Ontkoppelen", "Unlink"),
        LinkedByHand => ("gekoppeld met de hand", "linked by hand"),
        RejectedDatasets => ("Past niet volgens u", "Does not fit, you said"),
        OfferAgain => ("Weer aanbieden", "Offer again"),
        ReviewLinks => ("Koppelingen nalopen", "Review links"),
        ReviewNext => ("Volgende", "Next"),
        ReviewPrevious => ("Vorige", "Previous"),
        ReviewClose => ("Stoppen met nalopen", "Stop reviewing"),
        ReviewDone => (
            "Alle voorstellen zijn nagelopen: geen behoefte wacht nog op een koppeling.",
            "All suggestions reviewed: no need is waiting for a link.",
        ),
        ReviewNothing => (
            "Er zijn geen voorstellen om na te lopen.",
            "There are no suggestions to review.",
        ),
        FindingsToLink => ("Te koppelen", "To link"),
        NeedDatasets => ("Datasets", "Datasets"),
        Assumption => ("Aanname", "Assumption"),
        Evidence => ("Onderbouwing", "Evidence"),
        EvidenceNone => ("geen onderbouwing", "no evidence"),
        EvidencePractice => ("praktijkgericht", "practice-based"),
        EvidenceResearch => ("onderzoeksgericht", "research-based"),
        ContributesTo => ("draagt bij aan", "contributes to"),
        MultipleSelected => ("onderdelen geselecteerd", "parts selected"),
        Close => ("Sluiten", "Close"),
        LoadFailedTitle => ("Het bestand kon niet worden geopend", "The file could not be opened"),
        LoadFailedKept => (
            "Je werk op het scherm is niet veranderd.",
            "The work on screen has not changed.",
        ),
        LoadedNotes => ("Geopend, met opmerkingen", "Opened, with remarks"),
        RefusedTitle => ("Dat kan niet", "That is not possible"),
        AutosaveFailedTitle => ("Automatisch bewaren lukt niet", "Autosave is not working"),
        AutosaveFailedHelp => (
            "De browser weigert een kopie te bewaren (is de opslag vol?). Sla je werk op als bestand.",
            "The browser refuses to keep a copy (is storage full?). Save your work as a file.",
        ),
        OutlineLoose => (
            "Nog niet verbonden met een doel",
            "Not yet connected to a goal",
        ),
        OutlineDeeper => ("Verder in de redeneerlijn", "Further along the reasoning line"),
        OutlineSeeAbove => ("(zie hierboven)", "(see above)"),
        OutlineDoesNotFit => ("past niet", "does not fit"),
        FieldTitle => ("Titel", "Title"),
        FieldDescription => ("Omschrijving", "Description"),
        FieldOwner => ("Eigenaar (team)", "Owner (team)"),
        ScopeTitle => ("Reikwijdte", "Scope"),
        ScopeHelp => (
            "Leeg laten: geldt wat het doel zegt waaraan dit bijdraagt.",
            "Leave empty to use what the goal it contributes to says.",
        ),
        FieldArea => ("Gebied", "Area"),
        FieldTargetGroup => ("Doelgroep", "Target group"),
        FieldFrom => ("Van (jaar)", "From (year)"),
        FieldTo => ("Tot en met (jaar)", "To (year)"),
        IndicatorsTitle => ("Indicatoren", "Indicators"),
        IndicatorLabel => ("Indicator", "Indicator"),
        FieldConcept => ("Wat wordt gemeten", "What is measured"),
        FieldUnit => ("Eenheid", "Unit"),
        FieldLevel => ("Geografisch niveau", "Geographic level"),
        FieldFrequency => ("Frequentie", "Frequency"),
        FieldBaseline => ("Nulmeting", "Baseline"),
        FieldTarget => ("Streefwaarde", "Target"),
        AddIndicator => ("Indicator toevoegen", "Add indicator"),
        RemoveIndicator => ("Indicator verwijderen", "Remove indicator"),
        NewIndicator => ("Nieuwe indicator", "New indicator"),
        ConnectTo => ("Laat bijdragen aan", "Make it contribute to"),
        ConnectChoose => ("Kies een onderdeel…", "Choose a part…"),
        KindLabel => ("Soort", "Kind"),
        InvalidYear => (
            "Vul een jaartal in tussen 1800 en 2200; het begin mag niet na het einde liggen.",
            "Enter a year between 1800 and 2200; the start may not be after the end.",
        ),
        InvalidNumber => ("Vul een getal in, zoals 12,5.", "Enter a number, such as 12.5."),
        SaveFailedTitle => ("Opslaan is mislukt", "Saving failed"),
        ConnectionsTitle => ("Verbindingen", "Connections"),
        ExamplesTitle => ("Kies een voorbeeld", "Choose an example"),
    }
}

texts! {
    /// Keyboard help for the canvas, read by screen readers and shown on request.
    pub enum CanvasHelp {
        Instructions => (
            "Tab gaat van onderdeel naar onderdeel. Pijltjes verplaatsen het gekozen onderdeel \
             (met Shift verder). C begint een verbinding vanaf het gekozen onderdeel; kies daarna \
             het doel van de verbinding en druk op Enter. Delete verwijdert, Escape stopt. \
             Plus en min zoomen, 0 toont alles. De lijstweergave toont hetzelfde als lijst.",
            "Tab moves from part to part. Arrow keys move the chosen part (further with Shift). \
             C starts a connection from the chosen part; then choose where it goes and press \
             Enter. Delete removes, Escape stops. Plus and minus zoom, 0 shows everything. The \
             list view shows the same as a list.",
        ),
        Selecting => (
            "Ctrl+A kiest alle onderdelen. Met de muis: houd Shift ingedrukt en sleep over een \
             leeg deel van de tekening; alles wat de rechthoek raakt wordt gekozen. Met Ctrl in \
             plaats van Shift komt het erbij.",
            "Ctrl+A chooses all parts. With the mouse: hold Shift and drag over an empty part of \
             the drawing; everything the rectangle touches is chosen. With Ctrl instead of Shift \
             it is added.",
        ),
    }
}
