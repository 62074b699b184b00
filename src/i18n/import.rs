texts! {
    /// Texts of importing a dataset list from a spreadsheet (CSV).
    pub enum ImportText {
        Title => ("Datasetlijst inlezen", "Import dataset list"),
        Intro => (
            "Kies per kolom welk gegeven erin staat. Herkende kolommen zijn al ingevuld; controleer ze aan de hand van de eerste regels.",
            "Choose for each column what it holds. Recognised columns are filled in already; check them against the first lines.",
        ),
        Column => ("Kolom in het bestand", "Column in the file"),
        Examples => ("Eerste regels", "First lines"),
        Field => ("Gegeven", "Field"),
        NotUsed => ("— niet inlezen —", "— do not import —"),
        Required => ("Nog te kiezen (verplicht):", "Still to choose (required):"),
        Import => ("Inlezen", "Import"),
        Cancel => ("Annuleren", "Cancel"),
        Replaces => (
            "De ingelezen lijst vervangt de huidige datasetlijst; de redeneerlijn blijft zoals hij is.",
            "The imported list replaces the current dataset list; the reasoning line stays as it is.",
        ),
        Imported => ("Datasetlijst ingelezen", "Dataset list imported"),
        NothingImported => (
            "Geen enkele regel kon worden ingelezen; de huidige datasetlijst is behouden.",
            "Not a single line could be imported; the current dataset list was kept.",
        ),
        NotUsedColumns => ("Niet ingelezen kolommen of velden:", "Columns or fields not imported:"),
        ExportCsv => ("Datasetlijst als CSV", "Dataset list as CSV"),
        Reports => ("Rapporten en export", "Reports and export"),
        ReportRequest => ("Datavraag (CSV)", "Data request (CSV)"),
        ReportUnused => ("Ongebruikte data (CSV)", "Unused data (CSV)"),
        ReportDrawing => ("Tekening (SVG)", "Drawing (SVG)"),
        ReportPurpose => ("Doelbinding (CSV)", "Purpose register (CSV)"),
    }
}
