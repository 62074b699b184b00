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
    let mut records = records(bytes, delimiter).into_iter();
    let headers: Vec<String> = match records.next() {
        Some(header) => header.cells,
        None => return Err(CsvError::Empty),
    };
    if headers.iter().all(String::is_empty) {
        return Err(CsvError::NoHeader);
    }
    let rows = records
        .filter(|row| row.cells.iter().any(|cell| !cell.is_empty()))
        .collect();
    Ok(Table {
        delimiter,
        headers,
        rows,
    })
}

/// Every record of `bytes` (valid UTF-8), cells trimmed, with the line each starts on. Uses the
/// `csv-core` state machine directly: the `csv` crate's reader brings `std::io` along, which
/// costs the browser bundle more than this loop.
fn records(bytes: &[u8], delimiter: u8) -> Vec<Row> {
    let mut reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let mut rows = Vec::new();
    let mut input = bytes;
    let mut field = vec![0u8; 256];
    let mut filled = 0;
    let mut row = Row {
        line: reader.line(),
        cells: Vec::new(),
    };
    loop {
        let (result, read, written) =
            reader.read_field(input, field.get_mut(filled..).unwrap_or_default());
        input = input.get(read..).unwrap_or_default();
        filled += written;
        match result {
            csv_core::ReadFieldResult::InputEmpty => {}
            csv_core::ReadFieldResult::OutputFull => field.resize(field.len() * 2, 0),
            csv_core::ReadFieldResult::Field { record_end } => {
                let text = field.get(..filled).unwrap_or_default();
                // Fields end at ASCII separators, so each is valid UTF-8 when the file is.
                row.cells
                    .push(String::from_utf8_lossy(text).trim().to_owned());
                filled = 0;
                if record_end {
                    let next = Row {
                        line: reader.line(),
                        cells: Vec::new(),
                    };
                    rows.push(std::mem::replace(&mut row, next));
                }
            }
            csv_core::ReadFieldResult::End => break,
        }
    }
    rows
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
