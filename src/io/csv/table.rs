use crate::i18n::Lang;

/// CSV files larger than this are refused before reading (as for JSON catalogs).
pub const MAX_CSV_BYTES: usize = 50_000_000;

/// A CSV file as text: its header and its rows, cells trimmed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The separator found in the header line: `;`, `,` or a tab.
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

/// One data row, with the line it starts on (1 is the header) for messages.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

impl Row {
    /// The cell at `position`, "" when the row is shorter.
    pub fn cell(&self, position: usize) -> &str {
        self.cells.get(position).map_or("", String::as_str)
    }
}

/// Why a CSV file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("the file is larger than {limit} bytes")]
    TooLarge { size: usize, limit: usize },
    #[error("the file is empty")]
    Empty,
    #[error("the file is not UTF-8 text (line {line})")]
    NotUtf8 { line: u64 },
    #[error("the first line has no column names")]
    NoHeader,
    #[error("line {line} cannot be read: {detail}")]
    Unreadable { line: u64, detail: String },
}

impl CsvError {
    pub fn message(&self, lang: Lang) -> String {
        super::text::csv_error(self, lang)
    }
}

/// Reads a CSV file exported from a spreadsheet: UTF-8 with or without a byte order mark,
/// separated by semicolons (Dutch spreadsheet default), commas or tabs, whichever the header
/// line uses most outside quotes. Empty lines are skipped. Never panics.
pub fn read_table(bytes: &[u8]) -> Result<Table, CsvError> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(CsvError::TooLarge {
            size: bytes.len(),
            limit: MAX_CSV_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Err(error) = std::str::from_utf8(bytes) {
        let line = bytes
            .get(..error.valid_up_to())
            .map_or(0, |valid| valid.iter().filter(|&&b| b == b'\n').count());
        return Err(CsvError::NotUtf8 {
            line: line as u64 + 1,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(CsvError::Empty);
    }
    let delimiter = detect_delimiter(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        Some(Ok(record)) => record.iter().map(|c| c.trim().to_owned()).collect(),
        Some(Err(error)) => return Err(unreadable(&error)),
        None => return Err(CsvError::Empty),
    };
    if headers.iter().all(String::is_empty) {
        return Err(CsvError::NoHeader);
    }
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(|e| unreadable(&e))?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        rows.push(Row {
            line: record.position().map_or(0, csv::Position::line),
            cells: record.iter().map(|c| c.trim().to_owned()).collect(),
        });
    }
    Ok(Table {
        delimiter,
        headers,
        rows,
    })
}

fn unreadable(error: &csv::Error) -> CsvError {
    CsvError::Unreadable {
        line: error.position().map_or(0, csv::Position::line),
        detail: error.to_string(),
    }
}

/// The separator the header line uses most, counting outside double quotes.
fn detect_delimiter(bytes: &[u8]) -> u8 {
    let mut counts = [(b';', 0usize), (b',', 0), (b'\t', 0)];
    let mut quoted = false;
    for &byte in bytes {
        if byte == b'\n' && !quoted {
            break;
        }
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (candidate, count) in &mut counts {
                if byte == *candidate {
                    *count += 1;
                }
            }
        }
    }
    // Ties go to the semicolon: Dutch spreadsheets write it, and a title may hold commas.
    counts
        .iter()
        .fold(
            (b';', 0),
            |best, &(d, n)| if n > best.1 { (d, n) } else { best },
        )
        .0
}
