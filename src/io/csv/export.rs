use super::columns::Column;
use crate::catalog::{AccessClass, AssumedField, Catalog, Dataset, SourceKind};
use crate::model::{Frequency, GeoLevel};

/// The columns written, in order: everything `import_table` reads back.
const COLUMNS: [Column; 11] = [
    Column::Id,
    Column::Title,
    Column::Owner,
    Column::Source,
    Column::Concepts,
    Column::Aliases,
    Column::Level,
    Column::Frequency,
    Column::Period,
    Column::Access,
    Column::Notes,
];

/// Whether `headers` are exactly those `export_catalog_csv` writes.
pub(super) fn is_own_header(headers: &[String]) -> bool {
    headers.len() == COLUMNS.len()
        && headers
            .iter()
            .zip(COLUMNS)
            .all(|(header, column)| header.trim() == column.header())
}

/// Writes a catalog as CSV for a spreadsheet: a UTF-8 byte order mark (so spreadsheet programs
/// read accents right), semicolons, Dutch headers, datasets in id order, values in the words
/// `import_table` reads back. Deterministic. Concepts and aliases that themselves contain `|`
/// (or aliases containing `,`) cannot be told apart when read back.
pub fn export_catalog_csv(catalog: &Catalog) -> String {
    let header = COLUMNS.iter().map(|c| c.header().to_owned()).collect();
    let rows: Vec<Vec<String>> = std::iter::once(header)
        .chain(
            catalog
                .datasets()
                .map(|d| COLUMNS.iter().map(|&c| value(d, c)).collect()),
        )
        .collect();
    write_csv(&rows)
}

/// Rows as CSV for a spreadsheet: a byte order mark (so spreadsheet programs read accents
/// right), `;` between cells, CRLF line ends; cells holding `;`, `"` or a line break are quoted
/// with inner quotes doubled, so they read back unchanged.
pub fn write_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{FEFF}");
    for row in rows {
        for (n, cell) in row.iter().enumerate() {
            if n > 0 {
                out.push(';');
            }
            if cell.contains([';', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push_str("\r\n");
    }
    out
}

fn value(dataset: &Dataset, column: Column) -> String {
    match column {
        Column::Id => dataset.id.0.clone(),
        Column::Title => dataset.title.clone(),
        Column::Owner => dataset.owner.clone(),
        Column::Source => source_word(dataset.source).to_owned(),
        Column::Concepts => join(dataset.variables.iter().map(|v| v.concept.clone())),
        Column::Aliases => {
            if dataset.variables.iter().all(|v| v.aliases.is_empty()) {
                String::new()
            } else {
                join(dataset.variables.iter().map(|v| v.aliases.join(", ")))
            }
        }
        // An assumed value was not in the source: left empty, so reading the file back assumes it
        // again instead of passing it off as known.
        Column::Level if dataset.is_assumed(AssumedField::Level) => String::new(),
        Column::Level => level_text(dataset.level).to_owned(),
        Column::Frequency if dataset.is_assumed(AssumedField::Frequency) => String::new(),
        Column::Frequency => frequency_text(dataset.frequency).to_owned(),
        Column::Period => dataset
            .period
            .map(|p| format!("{}-{}", p.from(), p.to()))
            .unwrap_or_default(),
        // Assumed personal data says so, so that reading it back assumes it again, not internal.
        Column::Access if dataset.is_assumed(AssumedField::Access) => match dataset.access {
            AccessClass::Personal => "persoonsgegevens (aangenomen)".to_owned(),
            _ => String::new(),
        },
        Column::Access => access_word(dataset.access).to_owned(),
        Column::Notes => dataset.notes.clone(),
        Column::From | Column::To => String::new(),
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(" | ")
}

/// Dutch words for a Dutch spreadsheet; `import_table` reads them (and the English file words).
fn level_text(level: GeoLevel) -> &'static str {
    match level {
        GeoLevel::Person => "persoon of huishouden",
        GeoLevel::Address => "adres",
        GeoLevel::Neighbourhood => "buurt",
        GeoLevel::District => "wijk",
        GeoLevel::Municipality => "gemeente",
        GeoLevel::Region => "regio",
        GeoLevel::Country => "land",
    }
}

fn frequency_text(frequency: Frequency) -> &'static str {
    match frequency {
        Frequency::Week => "week",
        Frequency::Month => "maand",
        Frequency::Quarter => "kwartaal",
        Frequency::Year => "jaar",
    }
}

fn source_word(source: SourceKind) -> &'static str {
    match source {
        SourceKind::Cbs => "cbs",
        SourceKind::Municipality => "gemeente",
        SourceKind::Partner => "partner",
        SourceKind::Other => "overig",
    }
}

fn access_word(access: AccessClass) -> &'static str {
    match access {
        AccessClass::Open => "open",
        AccessClass::Internal => "intern",
        AccessClass::Personal => "persoonsgegevens",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::csv::values;
    use crate::io::words::{frequency_word, level_word};

    /// Every word written is read back as the same value.
    #[test]
    fn written_words_read_back() {
        for level in GeoLevel::ALL {
            assert_eq!(values::level(level_text(level)), Some(level));
            assert_eq!(values::level(level_word(level)), Some(level));
        }
        for frequency in Frequency::ALL {
            assert_eq!(
                values::frequency(frequency_text(frequency)),
                Some(frequency)
            );
            assert_eq!(
                values::frequency(frequency_word(frequency)),
                Some(frequency)
            );
        }
        for source in [
            SourceKind::Cbs,
            SourceKind::Municipality,
            SourceKind::Partner,
            SourceKind::Other,
        ] {
            assert_eq!(values::source(source_word(source)), Some(source));
        }
        for access in [
            AccessClass::Open,
            AccessClass::Internal,
            AccessClass::Personal,
        ] {
            assert_eq!(values::access(access_word(access)), Some(access));
        }
    }
}
