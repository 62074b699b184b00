use super::split::ConceptSeparator;
use super::values::simplify;

/// A catalog field a CSV column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    Id,
    Title,
    Owner,
    Source,
    /// The concepts (variables) the dataset holds, separated by `|` (and by what
    /// `Mapping::separator` says).
    Concepts,
    /// Other names per concept: `|` between concepts (in the same order), `,` between names.
    Aliases,
    Level,
    Frequency,
    /// A period such as `2019-2024` or `2019`.
    Period,
    /// The first year, when the period is split over two columns.
    From,
    /// The last year.
    To,
    Access,
    Notes,
}

impl Column {
    pub const ALL: [Column; 13] = [
        Column::Id,
        Column::Title,
        Column::Owner,
        Column::Source,
        Column::Concepts,
        Column::Aliases,
        Column::Level,
        Column::Frequency,
        Column::Period,
        Column::From,
        Column::To,
        Column::Access,
        Column::Notes,
    ];

    /// Without these a row cannot become a useful dataset.
    pub fn is_required(self) -> bool {
        matches!(self, Column::Title | Column::Concepts)
    }

    /// A stable key for forms and tests ("title", "concepts", ...).
    pub fn key(self) -> &'static str {
        match self {
            Column::Id => "id",
            Column::Title => "title",
            Column::Owner => "owner",
            Column::Source => "source",
            Column::Concepts => "concepts",
            Column::Aliases => "aliases",
            Column::Level => "level",
            Column::Frequency => "frequency",
            Column::Period => "period",
            Column::From => "from",
            Column::To => "to",
            Column::Access => "access",
            Column::Notes => "notes",
        }
    }

    pub fn from_key(key: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The header the app writes (Dutch, as the spreadsheets of its users), and reads back.
    pub fn header(self) -> &'static str {
        self.synonyms().first().copied().unwrap_or("")
    }

    /// Header names this column goes by in Dutch and English spreadsheets and in DCAT/CKAN
    /// exports, simplified (lower case, single spaces, no punctuation); the first is the app's.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Column::Id => &[
                "id",
                "identificatie",
                "identifier",
                "code",
                "kenmerk",
                "dataset id",
                "datasetid",
                "tabelnummer",
                "tabel",
            ],
            Column::Title => &[
                "titel",
                "title",
                "naam",
                "name",
                "dataset",
                "datasetnaam",
                "naam dataset",
                "dataset naam",
                "registratie",
            ],
            Column::Owner => &[
                "eigenaar",
                "owner",
                "houder",
                "beheerder",
                "bronhouder",
                "publisher",
                "uitgever",
                "leverancier",
                "afdeling",
                "organisatie",
                "verantwoordelijke",
                "beheerd door",
            ],
            Column::Source => &[
                "soort bron",
                "bron",
                "source",
                "brontype",
                "type bron",
                "herkomst",
                "source kind",
            ],
            Column::Concepts => &[
                "begrippen",
                "begrip",
                "variabelen",
                "variabele",
                "concepten",
                "concept",
                "concepts",
                "variables",
                "variable",
                "onderwerpen",
                "onderwerp",
                "indicatoren",
                "indicator",
                "gegevens",
                "kenmerken",
            ],
            Column::Aliases => &[
                "aliassen",
                "alias",
                "aliases",
                "synoniemen",
                "andere namen",
                "ook bekend als",
            ],
            Column::Level => &[
                "niveau",
                "geografisch niveau",
                "level",
                "geographic level",
                "ruimtelijk niveau",
                "detailniveau",
                "regionaal niveau",
                "granulariteit",
                "spatial resolution",
                "ruimtelijke resolutie",
                "schaal",
            ],
            Column::Frequency => &[
                "frequentie",
                "frequency",
                "actualisatie",
                "actualisatiefrequentie",
                "update frequency",
                "verversing",
                "accrual periodicity",
                "wijzigingsfrequentie",
                "hoe vaak",
            ],
            Column::Period => &[
                "periode",
                "period",
                "temporal coverage",
                "jaren",
                "looptijd",
                "tijdvak",
            ],
            Column::From => &[
                "van",
                "vanaf",
                "van jaar",
                "from",
                "start",
                "beginjaar",
                "periode van",
                "startjaar",
                "begin",
            ],
            Column::To => &[
                "tot en met",
                "tot",
                "t m",
                "to",
                "until",
                "eind",
                "eindjaar",
                "periode tot",
                "einde",
            ],
            Column::Access => &[
                "toegang",
                "access",
                "toegangsklasse",
                "vertrouwelijkheid",
                "access rights",
                "classificatie",
                "openbaarheid",
                "toegangsrechten",
            ],
            Column::Notes => &[
                "opmerkingen",
                "opmerking",
                "notes",
                "note",
                "toelichting",
                "beschrijving",
                "omschrijving",
                "description",
            ],
        }
    }
}

/// Which catalog field each column of a table fills (`None`: not imported), at most one column
/// per field, and what separates the concepts in one cell of the concepts column.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    columns: Vec<Option<Column>>,
    separator: ConceptSeparator,
}

impl Mapping {
    /// A mapping of `width` columns, none used; concepts separated automatically.
    pub fn unmapped(width: usize) -> Mapping {
        Mapping {
            columns: vec![None; width],
            separator: ConceptSeparator::Automatic,
        }
    }

    /// What separates the concepts in one cell besides `|`.
    pub fn separator(&self) -> ConceptSeparator {
        self.separator
    }

    pub fn set_separator(&mut self, separator: ConceptSeparator) {
        self.separator = separator;
    }

    pub fn width(&self) -> usize {
        self.columns.len()
    }

    /// What the column at `position` fills.
    pub fn get(&self, position: usize) -> Option<Column> {
        self.columns.get(position).copied().flatten()
    }

    /// Lets the column at `position` fill `column`; another column that filled it no longer does.
    pub fn set(&mut self, position: usize, column: Option<Column>) {
        if let Some(column) = column {
            for slot in &mut self.columns {
                if *slot == Some(column) {
                    *slot = None;
                }
            }
        }
        if let Some(slot) = self.columns.get_mut(position) {
            *slot = column;
        }
    }

    /// Where the column filling `column` is.
    pub fn position(&self, column: Column) -> Option<usize> {
        self.columns.iter().position(|c| *c == Some(column))
    }

    /// Required fields no column fills, in `Column::ALL` order.
    pub fn missing_required(&self) -> Vec<Column> {
        Column::ALL
            .into_iter()
            .filter(|c| c.is_required() && self.position(*c).is_none())
            .collect()
    }
}

/// Guesses each column's field from its header; unknown headers stay unmapped. When two headers
/// name the same field, the first wins. Concepts are separated automatically, except in the
/// app's own CSV (exactly its headers): that separates them by `|` only, so a concept with a
/// comma or semicolon in its name ("Personen per soort uitkering; Bijstand") reads back whole.
pub fn guess_mapping(headers: &[String]) -> Mapping {
    let mut mapping = Mapping::unmapped(headers.len());
    if super::export::is_own_header(headers) {
        mapping.set_separator(ConceptSeparator::None);
    }
    for (position, header) in headers.iter().enumerate() {
        let simple = simplify(header);
        let found = Column::ALL
            .into_iter()
            .find(|c| c.synonyms().contains(&simple.as_str()));
        if let Some(column) = found {
            if mapping.position(column).is_none() {
                mapping.set(position, Some(column));
            }
        }
    }
    mapping
}
