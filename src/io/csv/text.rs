//! What the CSV import says, in Dutch and English.

use super::columns::{Column, Mapping};
use super::rows::{Place, RowProblem, RowProblemKind};
use super::split::ConceptSeparator;
use super::table::{CsvError, Table};
use crate::catalog::AccessClass;
use crate::i18n::Lang;

fn pick(lang: Lang, nl: String, en: String) -> String {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

pub(super) fn csv_error(error: &CsvError, lang: Lang) -> String {
    match error {
        CsvError::TooLarge { size, limit } => pick(
            lang,
            format!("Het bestand is te groot ({size} bytes; hooguit {limit})."),
            format!("The file is too large ({size} bytes; at most {limit})."),
        ),
        CsvError::Empty => pick(
            lang,
            "Het bestand is leeg.".into(),
            "The file is empty.".into(),
        ),
        CsvError::NotUtf8 { line } => pick(
            lang,
            format!(
                "Regel {line}: dit is geen UTF-8-tekst. Sla het bestand in het rekenblad op als \
                 „CSV UTF-8”."
            ),
            format!("Line {line}: this is not UTF-8 text. Save the file as “CSV UTF-8” in the spreadsheet."),
        ),
        CsvError::NoHeader => pick(
            lang,
            "De eerste regel moet de kolomnamen bevatten, maar is leeg.".into(),
            "The first line must hold the column names, but it is empty.".into(),
        ),
    }
}

pub(super) fn row_problem(problem: &RowProblem, lang: Lang) -> String {
    let place = match (&problem.place, &problem.column, lang) {
        (Place::Line(line), Some(column), Lang::Nl) => format!("Regel {line}, kolom „{column}”: "),
        (Place::Line(line), Some(column), Lang::En) => format!("Line {line}, column “{column}”: "),
        (Place::Line(line), None, Lang::Nl) => format!("Regel {line}: "),
        (Place::Line(line), None, Lang::En) => format!("Line {line}: "),
        (Place::Record(path), Some(field), _) => format!("{path}.{field}: "),
        (Place::Record(path), None, _) => format!("{path}: "),
    };
    place + &kind(&problem.kind, lang)
}

fn kind(kind: &RowProblemKind, lang: Lang) -> String {
    match kind {
        RowProblemKind::MissingTitle => pick(
            lang,
            "geen titel; overgeslagen.".into(),
            "no title; skipped.".into(),
        ),
        RowProblemKind::DuplicateId { id } => pick(
            lang,
            format!("de id „{id}” is al eerder gebruikt; overgeslagen."),
            format!("the id “{id}” is already used earlier; skipped."),
        ),
        RowProblemKind::InvalidId { id, new } => pick(
            lang,
            format!("„{id}” is te lang voor een id; de dataset heet nu „{new}”."),
            format!("“{id}” is too long for an id; the dataset is now called “{new}”."),
        ),
        RowProblemKind::NoConcepts => pick(
            lang,
            "geen begrippen; de dataset is ingelezen maar beantwoordt geen enkele databehoefte \
             tot er begrippen bij staan."
                .into(),
            "no concepts; the dataset was imported but answers no data need until it has \
             concepts."
                .into(),
        ),
        RowProblemKind::MissingLevel => pick(
            lang,
            "geen niveau; aangenomen: gemeente. Vul het aan als de data fijner is.".into(),
            "no level; assumed: municipality. Fill it in if the data is finer.".into(),
        ),
        RowProblemKind::UnknownLevel { value } => pick(
            lang,
            format!(
                "onbekend niveau „{value}”; aangenomen: gemeente. Gebruik persoon, adres, buurt, \
                 wijk, gemeente, regio of land."
            ),
            format!(
                "unknown level “{value}”; assumed: municipality. Use person, address, \
                 neighbourhood, district, municipality, region or country."
            ),
        ),
        RowProblemKind::MissingFrequency => pick(
            lang,
            "geen frequentie; aangenomen: jaarlijks.".into(),
            "no frequency; assumed: yearly.".into(),
        ),
        RowProblemKind::UnknownFrequency { value } => pick(
            lang,
            format!(
                "onbekende frequentie „{value}”; aangenomen: jaarlijks. Gebruik week, maand, \
                 kwartaal of jaar."
            ),
            format!(
                "unknown frequency “{value}”; assumed: yearly. Use week, month, quarter or year."
            ),
        ),
        RowProblemKind::InvalidPeriod { value } => pick(
            lang,
            format!(
                "„{value}” is geen periode (zoals 2019-2024 of 2021) of een ongeldige datum; de \
                 periode blijft onbekend."
            ),
            format!(
                "“{value}” is not a period (such as 2019-2024 or 2021) or an invalid date; the \
                 period stays unknown."
            ),
        ),
        RowProblemKind::MissingAccess => pick(
            lang,
            "geen toegang; aangenomen: intern. Bevestig of verbeter het in de datasetlijst."
                .into(),
            "no access; assumed: internal. Confirm or correct it in the dataset list.".into(),
        ),
        RowProblemKind::UnknownAccess { value, assumed } => pick(
            lang,
            format!(
                "onduidelijke toegang „{value}”; aangenomen: {}. Bevestig of verbeter het in de \
                 datasetlijst; herkend worden onder meer openbaar, open data, intern, \
                 vertrouwelijk, gesloten, persoonsgegevens, AVG en persoonsgebonden.",
                access_text(*assumed, lang)
            ),
            format!(
                "unclear access “{value}”; assumed: {}. Confirm or correct it in the dataset \
                 list; recognised are open, internal and personal, and the Dutch words of \
                 registers (openbaar, intern, vertrouwelijk, persoonsgegevens, AVG, ...).",
                access_text(*assumed, lang)
            ),
        ),
        RowProblemKind::UnknownSource { value } => pick(
            lang,
            format!("onbekende soort bron „{value}”; aangenomen: overig."),
            format!("unknown kind of source “{value}”; assumed: other."),
        ),
        RowProblemKind::ExtraCells { count } => pick(
            lang,
            format!("{count} cel(len) meer dan er kolommen zijn; die zijn niet gebruikt. Staat het scheidingsteken goed?"),
            format!("{count} cell(s) more than there are columns; they were not used. Is the separator right?"),
        ),
    }
}

impl Column {
    /// The field's name in the interface language, for the column mapping.
    pub fn label(self, lang: Lang) -> &'static str {
        let (nl, en) = match self {
            Column::Id => ("Id", "Id"),
            Column::Title => ("Titel", "Title"),
            Column::Owner => ("Eigenaar", "Owner"),
            Column::Source => ("Soort bron", "Kind of source"),
            Column::Concepts => ("Begrippen", "Concepts"),
            Column::Aliases => ("Andere namen (aliassen)", "Other names (aliases)"),
            Column::Level => ("Geografisch niveau", "Geographic level"),
            Column::Frequency => ("Frequentie", "Frequency"),
            Column::Period => ("Periode", "Period"),
            Column::From => ("Van (jaar)", "From (year)"),
            Column::To => ("Tot en met (jaar)", "To (year)"),
            Column::Access => ("Toegang", "Access"),
            Column::Notes => ("Opmerkingen", "Notes"),
        };
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

/// How the mapping splits a sample cell of the concepts column (see `split_sample`), for the
/// mapping step: "Voorbeeld: „A, B” wordt 2 begrippen: A · B".
pub fn split_preview(table: &Table, mapping: &Mapping, lang: Lang) -> Option<String> {
    let (cell, concepts) = super::split::split_sample(table, mapping)?;
    // A cell with line breaks shows them as the spreadsheet does not: as ⏎.
    let shown = cell
        .trim()
        .replace("\r\n", " ⏎ ")
        .replace(['\n', '\r'], " ⏎ ");
    let list = concepts.join(" · ");
    Some(match (concepts.len(), lang) {
        (0 | 1, Lang::Nl) => format!("Voorbeeld: „{shown}” blijft één begrip."),
        (0 | 1, Lang::En) => format!("Example: “{shown}” stays one concept."),
        (n, Lang::Nl) => format!("Voorbeeld: „{shown}” wordt {n} begrippen: {list}"),
        (n, Lang::En) => format!("Example: “{shown}” becomes {n} concepts: {list}"),
    })
}

/// That the source has no access column, so `count` datasets were assumed internal; `None` for
/// none.
pub fn no_access_column_message(count: usize, lang: Lang) -> Option<String> {
    let datasets = match (count, lang) {
        (0, _) => return None,
        (1, _) => "1 dataset".to_owned(),
        (n, _) => format!("{n} datasets"),
    };
    Some(match lang {
        Lang::Nl => format!(
            "Geen kolom met de toegang: bij {datasets} is intern aangenomen. Bevestig of verbeter \
             dat in de datasetlijst (Alleen aan te vullen), zeker bij persoonsgegevens."
        ),
        Lang::En => format!(
            "No column with the access: internal was assumed for {datasets}. Confirm or correct \
             it in the dataset list (Only to complete), above all for personal data."
        ),
    })
}

/// How many concept cells the import split, in a sentence; `None` when it split none.
pub fn split_cells_message(count: usize, lang: Lang) -> Option<String> {
    let text = match (count, lang) {
        (0, _) => return None,
        (1, Lang::Nl) => "1 cel met meerdere begrippen gesplitst in losse begrippen.".to_owned(),
        (1, Lang::En) => "1 cell with several concepts split into separate concepts.".to_owned(),
        (n, Lang::Nl) => format!("{n} cellen met meerdere begrippen gesplitst in losse begrippen."),
        (n, Lang::En) => format!("{n} cells with several concepts split into separate concepts."),
    };
    Some(text)
}

impl ConceptSeparator {
    /// The choice's name in the interface language, for the column mapping.
    pub fn label(self, lang: Lang) -> &'static str {
        let (nl, en) = match self {
            ConceptSeparator::Automatic => (
                "Automatisch (regeleinde, puntkomma of komma)",
                "Automatic (line break, semicolon or comma)",
            ),
            ConceptSeparator::Comma => ("Komma", "Comma"),
            ConceptSeparator::Semicolon => ("Puntkomma", "Semicolon"),
            ConceptSeparator::LineBreak => ("Regeleinde", "Line break"),
            ConceptSeparator::None => ("Niet splitsen (alleen |)", "Do not split (only |)"),
        };
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

/// An access class inside a sentence.
fn access_text(access: AccessClass, lang: Lang) -> &'static str {
    match (access, lang) {
        (AccessClass::Open, Lang::Nl) => "open",
        (AccessClass::Internal, Lang::Nl) => "intern",
        (AccessClass::Personal, Lang::Nl) => "persoonsgegevens",
        (AccessClass::Open, Lang::En) => "open",
        (AccessClass::Internal, Lang::En) => "internal",
        (AccessClass::Personal, Lang::En) => "personal data",
    }
}
