use super::rows::Progress;
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
    TableReader::new(bytes)?.finish()
}

/// `read_table` a number of bytes at a time, so a user interface can show its progress on a
/// large file and stay responsive in between. The file is checked (size, encoding, empty) when
/// the reader is made; `finish` gives exactly what `read_table` gives, whatever the steps taken.
/// Uses the `csv-core` state machine directly: the `csv` crate's reader brings `std::io` along,
/// which costs the browser bundle more than this loop.
pub struct TableReader<B> {
    bytes: B,
    /// Where the text starts (after a byte order mark) and how far it has been read.
    start: usize,
    at: usize,
    delimiter: u8,
    reader: csv_core::Reader,
    field: Vec<u8>,
    filled: usize,
    row: Row,
    /// The header, then every row with a cell that is not empty.
    records: Vec<Row>,
    ended: bool,
}

impl<B: AsRef<[u8]>> TableReader<B> {
    pub fn new(bytes: B) -> Result<TableReader<B>, CsvError> {
        let all = bytes.as_ref();
        if all.len() > MAX_CSV_BYTES {
            return Err(CsvError::TooLarge {
                size: all.len(),
                limit: MAX_CSV_BYTES,
            });
        }
        let text = all.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(all);
        if let Err(error) = std::str::from_utf8(text) {
            let line = text
                .get(..error.valid_up_to())
                .map_or(0, |valid| valid.iter().filter(|&&b| b == b'\n').count());
            return Err(CsvError::NotUtf8 {
                line: line as u64 + 1,
            });
        }
        if text.iter().all(u8::is_ascii_whitespace) {
            return Err(CsvError::Empty);
        }
        let delimiter = detect_delimiter(text);
        let start = all.len() - text.len();
        let reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
        let row = Row {
            line: reader.line(),
            cells: Vec::new(),
        };
        Ok(TableReader {
            bytes,
            start,
            at: start,
            delimiter,
            reader,
            field: vec![0u8; 256],
            filled: 0,
            row,
            records: Vec::new(),
            ended: false,
        })
    }

    /// Reads at most `max_bytes` more bytes; progress is counted in bytes.
    pub fn step(&mut self, max_bytes: usize) -> Progress {
        let bytes = self.bytes.as_ref();
        // csv-core skips a byte order mark at the start of the first input it sees (a file with
        // two has one left after ours), and takes what is left empty as the end of the text: its
        // first input must hold a mark and a byte more, as when read in one go.
        let least = if self.at == self.start { 4 } else { 0 };
        let end = self
            .at
            .saturating_add(max_bytes.max(least))
            .min(bytes.len());
        while !self.ended {
            // An empty input tells csv-core the text has ended: only at the real end.
            if self.at == end && end < bytes.len() {
                break;
            }
            let input = bytes.get(self.at..end).unwrap_or_default();
            let output = self.field.get_mut(self.filled..).unwrap_or_default();
            let (result, read, written) = self.reader.read_field(input, output);
            self.at += read;
            self.filled += written;
            match result {
                csv_core::ReadFieldResult::InputEmpty => {}
                csv_core::ReadFieldResult::OutputFull => {
                    self.field.resize(self.field.len() * 2, 0);
                }
                csv_core::ReadFieldResult::Field { record_end } => {
                    let text = self.field.get(..self.filled).unwrap_or_default();
                    // Fields end at ASCII separators, so each is valid UTF-8 when the file is.
                    self.row
                        .cells
                        .push(String::from_utf8_lossy(text).trim().to_owned());
                    self.filled = 0;
                    if record_end {
                        end_record(&mut self.row, &mut self.records, self.reader.line());
                    }
                }
                csv_core::ReadFieldResult::End => self.ended = true,
            }
        }
        self.progress()
    }

    /// Bytes read of all bytes (after a byte order mark); finished only when the text has ended.
    pub fn progress(&self) -> Progress {
        let total = self.bytes.as_ref().len() - self.start;
        let done = if self.ended {
            total
        } else {
            (self.at - self.start).min(total.saturating_sub(1))
        };
        Progress { done, total }
    }

    /// Reads what is left and gives the table.
    pub fn finish(mut self) -> Result<Table, CsvError> {
        self.step(usize::MAX);
        let mut records = self.records.into_iter();
        let headers: Vec<String> = match records.next() {
            Some(header) => header.cells,
            None => return Err(CsvError::Empty),
        };
        if headers.iter().all(String::is_empty) {
            return Err(CsvError::NoHeader);
        }
        Ok(Table {
            delimiter: self.delimiter,
            headers,
            rows: records.collect(),
        })
    }
}

/// Keeps the record just read (the header whatever it holds, a row unless all its cells are
/// empty) and starts the next one, on `line`.
fn end_record(row: &mut Row, records: &mut Vec<Row>, line: u64) {
    let next = Row {
        line,
        cells: Vec::new(),
    };
    let row = std::mem::replace(row, next);
    if records.is_empty() || row.cells.iter().any(|cell| !cell.is_empty()) {
        records.push(row);
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
