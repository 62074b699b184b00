use std::rc::Rc;

use crate::io::csv::{CatalogImporter, Column, Mapping, Table};

/// A spreadsheet being imported as the dataset list: the table as read, and the column mapping
/// the officer is checking before the import.
#[derive(Clone, Debug)]
pub struct CsvImportState {
    pub file_name: String,
    pub table: Rc<Table>,
    pub mapping: Mapping,
}

/// The table is never changed after reading, so it is compared by identity.
impl PartialEq for CsvImportState {
    fn eq(&self, other: &Self) -> bool {
        self.file_name == other.file_name
            && Rc::ptr_eq(&self.table, &other.table)
            && self.mapping == other.mapping
    }
}

impl CsvImportState {
    pub fn new(file_name: String, table: Table) -> CsvImportState {
        let mapping = crate::io::csv::guess_mapping(&table.headers);
        CsvImportState {
            file_name,
            table: Rc::new(table),
            mapping,
        }
    }

    pub fn set_column(&mut self, position: usize, column: Option<Column>) {
        self.mapping.set(position, column);
    }

    /// The import of the table with the mapping as it stands, to be run a part at a time; the
    /// catalog is named after the file.
    pub fn importer(&self) -> CatalogImporter<'static> {
        CatalogImporter::table(
            Rc::clone(&self.table),
            &self.mapping,
            catalog_title(&self.file_name),
        )
    }
}

/// The title of a dataset list imported from a file: the file name without its extension.
pub fn catalog_title(file_name: &str) -> &str {
    file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem)
}
