texts! {
    /// Texts of editing the dataset list in the dataset view.
    pub enum CatalogText {
        Add => ("Dataset toevoegen", "Add dataset"),
        Edit => ("Bewerken", "Edit"),
        Undo => ("Laatste wijziging ongedaan maken", "Undo last change"),
        EditTitle => ("Dataset bewerken", "Edit dataset"),
        NewTitle => ("Nieuwe dataset", "New dataset"),
        Save => ("Opslaan", "Save"),
        Cancel => ("Annuleren", "Cancel"),
        Delete => ("Verwijderen uit de lijst", "Remove from the list"),
        Id => ("Id", "Id"),
        IdHint => (
            "Leeg laten: de id wordt gemaakt uit de titel. Een id verandert later niet meer, omdat indicatoren ernaar kunnen verwijzen.",
            "Leave empty to make the id from the title. An id does not change later, because indicators may refer to it.",
        ),
        Title => ("Titel", "Title"),
        Owner => ("Eigenaar of leverancier", "Owner or supplier"),
        Source => ("Bron", "Source"),
        SourceCbs => ("CBS", "CBS"),
        SourceMunicipality => ("Gemeente", "Municipality"),
        SourcePartner => ("Partner (GGD, corporatie, ...)", "Partner (health service, housing association, ...)"),
        SourceOther => ("Anders", "Other"),
        Level => ("Fijnste niveau", "Finest level"),
        Frequency => ("Frequentie", "Frequency"),
        From => ("Periode van (jaar)", "Period from (year)"),
        To => ("Periode tot en met (jaar)", "Period to (year)"),
        Access => ("Toegang", "Access"),
        Concepts => ("Begrippen", "Concepts"),
        ConceptsHint => (
            "Eén begrip per regel; andere namen voor hetzelfde begrip erachter, gescheiden door |, bijvoorbeeld: Aantal inwoners | AantalInwoners_5",
            "One concept per line; other names for the same concept after it, separated by |, for example: Number of inhabitants | AantalInwoners_5",
        ),
        Notes => ("Toelichting", "Notes"),
        AssumedLevel => (
            "Het niveau stond niet (leesbaar) in de bron; bij het inlezen is gemeente aangenomen.",
            "The level was not (readable) in the source; municipality was assumed on import.",
        ),
        AssumedFrequency => (
            "De frequentie stond niet (leesbaar) in de bron; bij het inlezen is jaarlijks aangenomen.",
            "The frequency was not (readable) in the source; yearly was assumed on import.",
        ),
        AssumedAccess => (
            "De toegang stond niet (duidelijk) in de bron; bij het inlezen is deze waarde aangenomen. Klopt ze, met name of het om persoonsgegevens gaat?",
            "The access was not (clearly) in the source; this value was assumed on import. Is it right, in particular whether this is personal data?",
        ),
        Confirmed => ("Klopt, gecontroleerd", "Correct, checked"),
        Incomplete => ("Alleen aan te vullen", "Only to complete"),
        BadgeLevel => ("niveau aangenomen", "level assumed"),
        BadgeFrequency => ("frequentie aangenomen", "frequency assumed"),
        BadgeAccess => ("toegang aangenomen", "access assumed"),
        BadgeConcepts => ("geen begrippen", "no concepts"),
        AlsoUsedBy => ("Ook gebruikt in", "Also used in"),
        NotKept => (
            "Deze datasetlijst kon niet in de browser worden bewaard: na herladen is hij weg. Bewaar hem als bestand (Datasetlijst als JSON of CSV, hieronder).",
            "This dataset list could not be kept in the browser: it is gone after a reload. Save it as a file (dataset list as JSON or CSV, below).",
        ),
        Restoring => (
            "Datasetlijst: de bewaarde lijst wordt teruggezet…",
            "Dataset list: the kept list is being brought back…",
        ),
        NotRestored => (
            "De bewaarde datasetlijst kon niet worden teruggezet",
            "The kept dataset list could not be brought back",
        ),
        NotRestoredHelp => (
            "Open de datasetlijst opnieuw vanuit het bestand. De redeneerlijn zelf is teruggezet.",
            "Open the dataset list again from its file. The reasoning line itself is back.",
        ),
        FixErrors => (
            "Niet opgeslagen: verbeter de gemarkeerde velden.",
            "Not saved: correct the marked fields.",
        ),
    }
}
