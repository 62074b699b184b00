//! Dataset lists exported from a spreadsheet as CSV: read the table, map its columns to catalog
//! fields (guessed from Dutch or English headers, adjustable by the officer), import row by row.
//! Rows with problems are reported by line number; what is valid is imported. Also writes a
//! catalog as CSV for a spreadsheet.
//!
//! Three steps, so the app can show the table and the guessed mapping before importing:
//! `read_table` (bytes → rows of text), `guess_mapping` (headers → columns), `import_table`
//! (table + mapping → catalog + row problems). `TableReader` and `CatalogImporter` run the first
//! and the last step (and the portal imports) a number of bytes or rows at a time, so the app can
//! show progress on a large list and stay responsive.

mod columns;
mod export;
mod rows;
mod split;
mod table;
mod text;
mod values;

#[cfg(test)]
mod tests;

pub use columns::{guess_mapping, Column, Mapping};
pub use export::{export_catalog_csv, write_csv};
pub use rows::{
    import_table, CatalogImport, CatalogImporter, Place, Progress, RowProblem, RowProblemKind,
};
pub(crate) use rows::{notes_with_themes, portal_importer, Record};
pub use split::{split_concepts, split_sample, ConceptSeparator};
pub use table::{read_table, CsvError, Row, Table, TableReader, MAX_CSV_BYTES};
pub use text::{no_access_column_message, split_cells_message, split_preview};
pub(crate) use values::{slug, uri_label, uri_tail};
