texts! {
    /// Texts of the reports: their titles, what each is for, and how to get them out of the app.
    pub enum ReportText {
        RequestTitle => ("Datavraag", "Data request"),
        RequestIntro => (
            "Data die de redeneerlijn nodig heeft en die ontbreekt of maar deels beschikbaar is, per leverancier die haar zou kunnen leveren.",
            "Data the reasoning line needs that is missing or only partly available, by the supplier who could provide it.",
        ),
        UnusedTitle => ("Ongebruikte data", "Unused data"),
        UnusedIntro => (
            "Datasets in de lijst die de redeneerlijn niet nodig heeft: ze dekken geen behoefte, of het zijn persoonsgegevens waar een dataset zonder persoonsgegevens dezelfde behoefte al dekt. Persoonsgegevens staan bovenaan: die zonder doel bewaren is een privacyrisico.",
            "Datasets in the list the reasoning line does not need: they cover no need, or they are personal data where a dataset without personal data already covers the same need. Personal data comes first: keeping it without a purpose is a privacy risk.",
        ),
        PurposeTitle => ("Doelbinding", "Purpose register"),
        PurposeIntro => (
            "Voor elke dataset de doelen van de redeneerlijn die hij dient, zodat zichtbaar is waarom data bewaard wordt.",
            "For each dataset the goals of the reasoning line it serves, so it is clear why data is kept.",
        ),
        DrawingTitle => ("Tekening", "Drawing"),
        DrawingIntro => (
            "De redeneerlijn met per onderdeel de stand van de data.",
            "The reasoning line with the data status of each part.",
        ),
        Nothing => ("Niets te melden.", "Nothing to report."),
        Line => ("Redeneerlijn", "Reasoning line"),
        Catalog => ("Datasetlijst", "Dataset list"),
        Made => ("Gemaakt op", "Made on"),
        MadeWith => (
            "Gemaakt met Redeneerlijn, in de browser; er zijn geen gegevens verstuurd.",
            "Made with Redeneerlijn, in the browser; no data was sent anywhere.",
        ),
        Unknown => ("(nog onbekend)", "(not known yet)"),
        AsCsv => ("CSV", "CSV"),
        AsPage => ("Afdrukbare pagina", "Printable page"),
        AsSvg => ("SVG", "SVG"),
        AsPng => ("PNG", "PNG"),
        AsJson => ("JSON", "JSON"),
    }
}
