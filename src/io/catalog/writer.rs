//! The catalog file written a number of datasets at a time, so a user interface can write a list of
//! tens of thousands of datasets between frames instead of holding up the page.

use super::{to_file, v1, CATALOG_VERSION, FORMAT};
use crate::catalog::Catalog;
use crate::io::decode::is_valid_id;
use crate::io::json::write_pretty;
use crate::io::path::JsonPath;
use crate::io::problem::{ExportError, ExportProblemKind};

/// Writes the same text as `export_catalog`, in steps. Pass the same, unchanged catalog to every
/// step.
#[derive(Debug)]
pub struct CatalogWriter {
    text: String,
    /// What follows the datasets: the end of the array and of the file.
    tail: String,
    written: usize,
}

impl CatalogWriter {
    /// Starts writing `catalog`, or says why it cannot be written (as `export_catalog` would).
    pub fn new(catalog: &Catalog) -> Result<CatalogWriter, ExportError> {
        let problems: Vec<_> = catalog
            .datasets()
            .enumerate()
            .filter(|(_, dataset)| !is_valid_id(&dataset.id.0))
            .map(|(index, dataset)| {
                let path = JsonPath::root().field("datasets").index(index).field("id");
                let id = dataset.id.0.clone();
                (path, ExportProblemKind::InvalidDatasetId { id })
            })
            .collect();
        if !problems.is_empty() {
            return Err(ExportError { problems });
        }
        // The file without datasets ends in `"datasets": []`, then the closing brace: the datasets
        // go between the brackets.
        let empty = write_pretty(&v1::CatalogFile {
            format: FORMAT,
            version: CATALOG_VERSION,
            title: catalog.title.clone(),
            datasets: Vec::new(),
        })?;
        let (head, tail) = empty.rsplit_once("[]").unwrap_or((empty.as_str(), ""));
        let mut text = String::with_capacity(catalog.len().saturating_mul(400));
        text.push_str(head);
        text.push('[');
        let tail = if catalog.is_empty() {
            format!("]{tail}")
        } else {
            format!("\n  ]{tail}")
        };
        Ok(CatalogWriter {
            text,
            tail,
            written: 0,
        })
    }

    /// Writes up to `count` more datasets; `true` once all are written.
    pub fn step(&mut self, catalog: &Catalog, count: usize) -> Result<bool, ExportError> {
        for dataset in catalog.datasets().skip(self.written).take(count) {
            let item = write_pretty(&to_file(dataset))?;
            self.text
                .push_str(if self.written == 0 { "\n" } else { ",\n" });
            // Inside the array an item sits two levels deep. JSON texts hold no raw line breaks
            // (they are written `\n`), so every line break in the item is one of the layout.
            for (n, line) in item.trim_end().split('\n').enumerate() {
                if n > 0 {
                    self.text.push('\n');
                }
                self.text.push_str("    ");
                self.text.push_str(line);
            }
            self.written += 1;
        }
        Ok(self.written >= catalog.len())
    }

    /// How many datasets are written so far.
    pub fn written(&self) -> usize {
        self.written
    }

    /// The whole file; call once `step` said it is done.
    pub fn finish(self) -> String {
        let mut text = self.text;
        text.push_str(&self.tail);
        text
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::catalog::Dataset;
    use crate::io::export_catalog;
    use crate::model::{Frequency, GeoLevel};

    fn written_in_steps(catalog: &Catalog) -> String {
        let mut writer = CatalogWriter::new(catalog).unwrap();
        while !writer.step(catalog, 2).unwrap() {}
        writer.finish()
    }

    #[test]
    fn an_empty_list_is_written_as_at_once() {
        let catalog = Catalog::new("Leeg [] register");
        assert_eq!(
            written_in_steps(&catalog),
            export_catalog(&catalog).unwrap()
        );
    }

    #[test]
    fn five_datasets_in_steps_of_two_are_written_as_at_once() {
        let mut catalog = Catalog::new("Register []");
        for n in 0..5 {
            let mut dataset = Dataset::new(
                format!("gem-{n}"),
                format!("Registratie {n}\nmet een regel []"),
                GeoLevel::Neighbourhood,
                Frequency::Year,
            );
            dataset.notes = "{\n  \"niet\": []\n}".to_owned();
            catalog.insert(dataset);
        }
        assert_eq!(
            written_in_steps(&catalog),
            export_catalog(&catalog).unwrap()
        );
    }

    #[test]
    fn a_list_that_cannot_be_written_is_refused_as_at_once() {
        let mut catalog = Catalog::new("Register");
        catalog.insert(Dataset::new(
            "",
            "Zonder id",
            GeoLevel::Municipality,
            Frequency::Year,
        ));
        let refused = CatalogWriter::new(&catalog).unwrap_err();
        assert_eq!(refused, export_catalog(&catalog).unwrap_err());
    }
}
