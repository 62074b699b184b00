use std::borrow::Borrow;
use std::collections::BTreeSet;

use super::columns::{Column, Mapping};
use super::split::{split_part, ConceptSeparator};
use super::table::Table;
use super::values;
use crate::catalog::{
    AccessClass, AssumedField, Catalog, Dataset, DatasetId, SourceKind, Variable,
};
use crate::i18n::Lang;
use crate::io::decode::is_valid_id;
use crate::model::{Frequency, GeoLevel, YearRange};

/// The outcome of importing a dataset list (a spreadsheet or a portal export): what was valid,
/// and a problem per row or record that was not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CatalogImport {
    pub catalog: Catalog,
    /// In line order.
    pub problems: Vec<RowProblem>,
    /// Headers of columns that were not imported.
    pub unmapped: Vec<String>,
    /// Data rows read (imported or skipped).
    pub rows: usize,
    /// Rows skipped entirely.
    pub skipped: usize,
    /// Imported concept cells that listed several concepts, split by `Mapping::separator`
    /// (the `|` the app writes does not count).
    pub split_cells: usize,
    /// Imported datasets whose access was assumed because the source has no access column at
    /// all: said once for the import (`no_access_column_message`), not on every row.
    pub no_access_column: usize,
}

impl CatalogImport {
    /// "12 cellen met meerdere begrippen gesplitst …", when any were.
    pub fn split_message(&self, lang: Lang) -> Option<String> {
        super::text::split_cells_message(self.split_cells, lang)
    }

    /// "Geen kolom met de toegang: bij 300 datasets is intern aangenomen …", when so.
    pub fn access_message(&self, lang: Lang) -> Option<String> {
        super::text::no_access_column_message(self.no_access_column, lang)
    }
}

/// Where a problem is: a line of a spreadsheet, or a record of a portal export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The line in the file (1 is the header).
    Line(u64),
    /// The JSON path of the record, e.g. `result.results[3]`.
    Record(String),
}

/// Something wrong in one row: the row was skipped, or a cell was read with an assumption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub place: Place,
    /// The header (or field) concerned, if any.
    pub column: Option<String>,
    pub kind: RowProblemKind,
}

impl RowProblem {
    /// "Regel 4, kolom „niveau”: ..." in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        super::text::row_problem(self, lang)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblemKind {
    /// No title: the row is skipped.
    MissingTitle,
    /// The id was used by an earlier row: this row is skipped.
    DuplicateId {
        id: String,
    },
    /// The id is too long to be an id; one was made from the title instead.
    InvalidId {
        id: String,
        new: String,
    },
    /// No concepts: imported, but it answers no need until concepts are added.
    NoConcepts,
    /// Empty level: assumed municipality (the coarsest common level, so nothing is overstated).
    MissingLevel,
    /// A level word the app does not know; assumed municipality.
    UnknownLevel {
        value: String,
    },
    /// Empty frequency: assumed yearly.
    MissingFrequency,
    UnknownFrequency {
        value: String,
    },
    /// A period that cannot be read (or runs backwards): the period is left unknown.
    InvalidPeriod {
        value: String,
    },
    /// Empty access: assumed internal, to be confirmed.
    MissingAccess,
    /// An access cell that does not say the class clearly: `assumed` (personal data when it
    /// names personal data, else internal), to be confirmed.
    UnknownAccess {
        value: String,
        assumed: AccessClass,
    },
    UnknownSource {
        value: String,
    },
    /// More cells than headers: the extra cells were ignored.
    ExtraCells {
        count: usize,
    },
}

impl RowProblemKind {
    /// Whether the row was left out of the catalog.
    pub fn skips_row(&self) -> bool {
        matches!(
            self,
            RowProblemKind::MissingTitle | RowProblemKind::DuplicateId { .. }
        )
    }
}

/// Imports every row of `table` through `mapping` into a catalog called `title`. Never panics;
/// rows that cannot become a dataset are reported and skipped, doubtful cells are reported with
/// the assumption made (always the one that claims less about the data).
pub fn import_table(table: &Table, mapping: &Mapping, title: &str) -> CatalogImport {
    CatalogImporter::table(table, mapping, title).finish()
}

/// How far an import has come: records read of all records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn is_finished(self) -> bool {
        self.done >= self.total
    }
}

/// An import done a number of records at a time, so a user interface can show its progress and
/// stay responsive in between. `finish` gives exactly what the one-shot import gives, whatever
/// the steps taken before: `import_table` and the portal imports are this importer run through.
pub struct CatalogImporter<'a> {
    records: Box<dyn Iterator<Item = Record> + 'a>,
    /// What the source calls each field (per `Column::ALL` entry), for messages.
    names: Vec<Option<String>>,
    import: CatalogImport,
    made_ids: BTreeSet<String>,
    progress: Progress,
    separator: ConceptSeparator,
}

impl<'a> CatalogImporter<'a> {
    /// An import of every row of `table` (borrowed, or shared as `Rc<Table>` for an importer
    /// that outlives the caller) through `mapping`, into a catalog called `title`.
    pub fn table<T: Borrow<Table> + 'a>(
        table: T,
        mapping: &Mapping,
        title: &str,
    ) -> CatalogImporter<'a> {
        let (unmapped, names, total) = {
            let table = table.borrow();
            let unmapped = table
                .headers
                .iter()
                .enumerate()
                .filter(|(position, header)| mapping.get(*position).is_none() && !header.is_empty())
                .map(|(_, header)| header.clone())
                .collect();
            let names = Column::ALL
                .iter()
                .map(|&column| {
                    mapping
                        .position(column)
                        .and_then(|p| table.headers.get(p))
                        .cloned()
                })
                .collect();
            (unmapped, names, table.rows.len())
        };
        let records = TableRecords {
            table,
            positions: Column::ALL.iter().map(|&c| mapping.position(c)).collect(),
            next: 0,
        };
        let mut importer = CatalogImporter::new(Box::new(records), total, names, title, unmapped);
        importer.separator = mapping.separator();
        importer
    }

    /// Portal records join their keywords with `|` (see `portal_importer`), so only that
    /// separates concepts unless `table` says otherwise.
    fn new(
        records: Box<dyn Iterator<Item = Record> + 'a>,
        total: usize,
        names: Vec<Option<String>>,
        title: &str,
        unmapped: Vec<String>,
    ) -> CatalogImporter<'a> {
        CatalogImporter {
            separator: ConceptSeparator::None,
            records,
            names,
            import: CatalogImport {
                catalog: Catalog::new(title),
                rows: total,
                unmapped,
                ..CatalogImport::default()
            },
            made_ids: BTreeSet::new(),
            progress: Progress { done: 0, total },
        }
    }

    /// Imports at most `max_records` more records.
    pub fn step(&mut self, max_records: usize) -> Progress {
        let mut taken = 0;
        while taken < max_records {
            let Some(record) = self.records.next() else {
                // Never short of the count given; if it were, the import still ends.
                self.progress.total = self.progress.done;
                break;
            };
            self.add(record);
            taken += 1;
            self.progress.done += 1;
        }
        self.progress
    }

    pub fn progress(&self) -> Progress {
        self.progress
    }

    /// Imports what is left and gives the outcome.
    pub fn finish(mut self) -> CatalogImport {
        self.step(usize::MAX);
        self.import
    }

    fn add(&mut self, record: Record) {
        let names = &self.names;
        let name_of = |column: Column| {
            Record::slot(column)
                .and_then(|at| names.get(at))
                .cloned()
                .flatten()
        };
        let cell = |column: Column| record.cell(column);
        let mut problems = Vec::new();
        let mut problem = |column: Option<Column>, kind: RowProblemKind| {
            problems.push(RowProblem {
                place: record.place.clone(),
                column: column.and_then(name_of),
                kind,
            });
        };
        if record.extra_cells > 0 {
            let count = record.extra_cells;
            problem(None, RowProblemKind::ExtraCells { count });
        }
        let access_column = name_of(Column::Access).is_some();
        let import = &mut self.import;
        let mut split = false;
        let dataset = read_dataset(
            &cell,
            &mut problem,
            &mut self.made_ids,
            &import.catalog,
            (self.separator, &mut split),
        );
        let skipped = problems.iter().any(|p| p.kind.skips_row());
        if !access_column {
            problems.retain(|p| p.kind != RowProblemKind::MissingAccess);
        }
        import.problems.append(&mut problems);
        match dataset {
            Some(dataset) if !skipped => {
                let assumed = !access_column && dataset.is_assumed(AssumedField::Access);
                import.no_access_column += usize::from(assumed);
                import.catalog.insert(dataset);
                import.split_cells += usize::from(split);
            }
            _ => import.skipped += 1,
        }
    }
}

/// The rows of a table as records, made one at a time (a copy of the whole table at once would
/// double the memory of a large import).
struct TableRecords<T> {
    table: T,
    /// The table position of each `Column::ALL` entry.
    positions: Vec<Option<usize>>,
    next: usize,
}

impl<T: Borrow<Table>> Iterator for TableRecords<T> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        let table = self.table.borrow();
        let row = table.rows.get(self.next)?;
        self.next += 1;
        Some(Record {
            place: Place::Line(row.line),
            cells: self
                .positions
                .iter()
                .map(|p| p.map_or("", |p| row.cell(p)).to_owned())
                .collect(),
            extra_cells: row.cells.len().saturating_sub(table.headers.len()),
        })
    }
}

/// One dataset's worth of text from any source: a cell per `Column::ALL` entry.
pub(crate) struct Record {
    pub(crate) place: Place,
    pub(crate) cells: Vec<String>,
    /// Cells the source had beyond its columns (a spreadsheet's wrong separator).
    pub(crate) extra_cells: usize,
}

impl Record {
    /// A record of a portal export, every field empty until `set`.
    pub(crate) fn at(path: String) -> Record {
        Record {
            place: Place::Record(path),
            cells: vec![String::new(); Column::ALL.len()],
            extra_cells: 0,
        }
    }

    pub(crate) fn set(&mut self, column: Column, value: String) {
        if let Some(cell) = Self::slot(column).and_then(|at| self.cells.get_mut(at)) {
            *cell = value;
        }
    }

    fn cell(&self, column: Column) -> &str {
        Self::slot(column)
            .and_then(|at| self.cells.get(at))
            .map_or("", String::as_str)
    }

    /// Where a field's cell is: records hold one cell per `Column::ALL` entry, in that order.
    fn slot(column: Column) -> Option<usize> {
        Column::ALL.iter().position(|&c| c == column)
    }
}

/// A portal record's description with its themes (vocabulary URIs, as labels) on a last line.
pub(crate) fn notes_with_themes(description: String, themes: &[String]) -> String {
    if themes.is_empty() {
        return description;
    }
    let labels: Vec<String> = themes.iter().map(|t| super::values::uri_label(t)).collect();
    let line = format!("Thema's: {}", labels.join(", "));
    if description.is_empty() {
        line
    } else {
        format!("{description}\n{line}")
    }
}

/// An import of portal records (fields named by `field_name` in messages) into a catalog called
/// `title`, listing the `unused` fields.
pub(crate) fn portal_importer(
    records: Vec<Record>,
    field_name: fn(Column) -> &'static str,
    title: &str,
    unused: BTreeSet<String>,
) -> CatalogImporter<'static> {
    let total = records.len();
    let names = Column::ALL
        .iter()
        .map(|&column| Some(field_name(column).to_owned()))
        .collect();
    let unused = unused.into_iter().collect();
    CatalogImporter::new(Box::new(records.into_iter()), total, names, title, unused)
}

/// `concepts`: what separates concepts in a cell, and where to say whether it split this one.
fn read_dataset<'a>(
    cell: &dyn Fn(Column) -> &'a str,
    problem: &mut dyn FnMut(Option<Column>, RowProblemKind),
    made_ids: &mut BTreeSet<String>,
    catalog: &Catalog,
    concepts: (ConceptSeparator, &mut bool),
) -> Option<Dataset> {
    let title = cell(Column::Title);
    if title.is_empty() {
        problem(Some(Column::Title), RowProblemKind::MissingTitle);
        return None;
    }
    let id = match cell(Column::Id) {
        "" => unique_id(title, made_ids, catalog),
        id if is_valid_id(id) => id.to_owned(),
        id => {
            let new = unique_id(title, made_ids, catalog);
            let kind = RowProblemKind::InvalidId {
                id: id.chars().take(40).collect(),
                new: new.clone(),
            };
            problem(Some(Column::Id), kind);
            new
        }
    };
    if catalog.contains(&DatasetId(id.clone())) {
        problem(Some(Column::Id), RowProblemKind::DuplicateId { id });
        return None;
    }
    made_ids.insert(id.clone());

    let mut assumed = Vec::new();
    let level = match cell(Column::Level).trim() {
        "" => {
            problem(Some(Column::Level), RowProblemKind::MissingLevel);
            None
        }
        text => values::level(text).or_else(|| {
            let value = text.to_owned();
            problem(Some(Column::Level), RowProblemKind::UnknownLevel { value });
            None
        }),
    }
    .unwrap_or_else(|| {
        assumed.push(AssumedField::Level);
        GeoLevel::Municipality
    });
    let frequency = match cell(Column::Frequency).trim() {
        "" => {
            problem(Some(Column::Frequency), RowProblemKind::MissingFrequency);
            None
        }
        text => values::frequency(text).or_else(|| {
            let value = text.to_owned();
            let kind = RowProblemKind::UnknownFrequency { value };
            problem(Some(Column::Frequency), kind);
            None
        }),
    }
    .unwrap_or_else(|| {
        assumed.push(AssumedField::Frequency);
        Frequency::Year
    });
    let mut dataset = Dataset::new(id, title, level, frequency);
    dataset.assumed = assumed;
    dataset.period = read_period(cell, problem);
    // A register's access class decides whether its data may be used at all: what the cell
    // does not say is assumed and left to the officer to confirm, like a level or frequency.
    dataset.access = match cell(Column::Access).trim() {
        "" => {
            problem(Some(Column::Access), RowProblemKind::MissingAccess);
            dataset.assume(AssumedField::Access);
            AccessClass::Internal
        }
        text => values::access(text).unwrap_or_else(|| {
            let assumed = values::access_guess(text);
            let value = text.to_owned();
            let kind = RowProblemKind::UnknownAccess { value, assumed };
            problem(Some(Column::Access), kind);
            dataset.assume(AssumedField::Access);
            assumed
        }),
    };
    let owner = cell(Column::Owner);
    let source_text = cell(Column::Source);
    let source_word = values::source(source_text);
    dataset.source = match source_word {
        Some(kind) => kind,
        // An owner such as "CBS" says where the data comes from when no column does.
        None if source_text.is_empty() => values::source(owner).unwrap_or_default(),
        None => {
            let value = source_text.to_owned();
            problem(
                Some(Column::Source),
                RowProblemKind::UnknownSource { value },
            );
            SourceKind::Other
        }
    };
    // A "bron" column often names the supplier itself ("GGD regio Utrecht").
    dataset.owner = match (owner, source_word) {
        ("", None) => source_text.to_owned(),
        _ => owner.to_owned(),
    };
    dataset.notes = cell(Column::Notes).to_owned();
    let (separator, split) = concepts;
    let (variables, was_split) =
        read_variables(cell(Column::Concepts), cell(Column::Aliases), separator);
    *split = was_split;
    dataset.variables = variables;
    if dataset.variables.is_empty() {
        problem(Some(Column::Concepts), RowProblemKind::NoConcepts);
    }
    Some(dataset)
}

fn read_period<'a>(
    cell: &dyn Fn(Column) -> &'a str,
    problem: &mut dyn FnMut(Option<Column>, RowProblemKind),
) -> Option<YearRange> {
    let mut invalid = |column: Column, text: &str| {
        let value = text.to_owned();
        problem(Some(column), RowProblemKind::InvalidPeriod { value });
        None
    };
    match (cell(Column::Period), cell(Column::From), cell(Column::To)) {
        ("", "", "") => None,
        ("", from, to) => {
            let mut year_in = |column: Column, text: &str| match text {
                "" => Ok(None),
                text => values::year(text)
                    .map(Some)
                    .ok_or_else(|| invalid(column, text)),
            };
            let (first, last) = match (year_in(Column::From, from), year_in(Column::To, to)) {
                (Ok(first), Ok(last)) => (first, last),
                _ => return None,
            };
            // One of the two alone is a period of one year.
            match (first.or(last), last.or(first)) {
                (Some(a), Some(b)) => {
                    YearRange::new(a, b).or_else(|| invalid(Column::To, &format!("{from} – {to}")))
                }
                _ => None,
            }
        }
        (period, _, _) => {
            values::period(period).unwrap_or_else(|()| invalid(Column::Period, period))
        }
    }
}

/// Variables from the concepts cell (`|` between concepts, and what `separator` says) and the
/// aliases cell (`|` between the concepts' lists, in the same order, `,` between the names of
/// one concept), and whether `separator` split the concepts cell. Each concept takes the next
/// aliases list, as does an empty place between two `|`: "Aantal inwoners, Wmo-cliënten" with
/// aliases "AantalInwoners_5 | WmoClienten_100" pairs up as "Aantal inwoners | Wmo-cliënten".
fn read_variables(
    concepts: &str,
    aliases: &str,
    separator: ConceptSeparator,
) -> (Vec<Variable>, bool) {
    let mut alias_lists = aliases.split('|');
    let mut variables: Vec<Variable> = Vec::new();
    let (mut names_of_part, mut split) = (Vec::new(), false);
    let listed = concepts.contains('|');
    for part in concepts.split('|') {
        names_of_part.clear();
        let count = split_part(part, listed, separator, &mut names_of_part);
        split |= count > 1;
        if count == 0 {
            alias_lists.next();
        }
        for &concept in &names_of_part {
            let names = alias_lists.next().unwrap_or("");
            variables.push(Variable {
                concept: concept.to_owned(),
                aliases: names
                    .split(',')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(str::to_owned)
                    .collect(),
            });
        }
    }
    (variables, split)
}

/// An id made from a title ("Aantal inwoners" → "aantal-inwoners"), unique in the import.
fn unique_id(title: &str, made: &BTreeSet<String>, catalog: &Catalog) -> String {
    let mut base: String = values::slug(title).chars().take(60).collect();
    if base.is_empty() {
        base.push_str("dataset");
    }
    let taken = |id: &str| made.contains(id) || catalog.contains(&DatasetId(id.to_owned()));
    if !taken(&base) {
        return base;
    }
    (2u32..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}
