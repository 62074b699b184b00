//! Dataset lists exported from a spreadsheet as CSV: read the table, map its columns to catalog
//! fields (guessed from Dutch or English headers, adjustable by the officer), import row by row.
//! Rows with problems are reported by line number; what is valid is imported. Also writes a
//! catalog as CSV for a spreadsheet.
//!
//! Three steps, so the app can show the table and the guessed mapping before importing:
//! `read_table` (bytes → rows of text), `guess_mapping` (headers → columns), `import_table`
//! (table + mapping → catalog + row problems).

mod columns;
mod export;
mod rows;
mod table;
mod text;
mod values;

#[cfg(test)]
mod tests;

pub use columns::{guess_mapping, Column, Mapping};
pub use export::{export_catalog_csv, write_csv};
pub(crate) use rows::{import_portal, notes_with_themes, Record};
pub use rows::{import_table, CatalogImport, Place, RowProblem, RowProblemKind};
pub use table::{read_table, CsvError, Row, Table, MAX_CSV_BYTES};
pub(crate) use values::{slug, uri_label, uri_tail};
