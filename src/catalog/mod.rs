//! The dataset list (data catalog) a reasoning line is checked against. Framework-free.

mod draft;
mod edit;
mod text;

use std::collections::BTreeMap;
use std::fmt;

use crate::model::{Frequency, GeoLevel, YearRange};

pub use draft::{DatasetDraft, DraftField, DraftProblem};
pub use edit::{CatalogEdit, CatalogEditError};
pub use text::{variables_from_text, variables_text};

/// Identity of a dataset in a catalog, chosen by whoever keeps the catalog (e.g. `cbs-85984NED`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DatasetId(pub String);

impl fmt::Display for DatasetId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who may see the data. Personal data needs a legal basis and usually a DPIA before use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AccessClass {
    Open,
    #[default]
    Internal,
    /// Persoonsgegevens (AVG/GDPR).
    Personal,
}

/// Where a dataset comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    /// Centraal Bureau voor de Statistiek.
    Cbs,
    /// The municipality's own registers and departments.
    #[default]
    Municipality,
    /// A partner: a health service (GGD), housing association, welfare organisation, ...
    Partner,
    Other,
}

/// One concept (variable) a dataset holds, with other names it is known by.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Variable {
    pub concept: String,
    pub aliases: Vec<String>,
}

/// A field of a dataset that its source did not give, so the importer assumed a value (the one
/// that claims less). The officer confirms or corrects it in the dataset view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AssumedField {
    Level,
    Frequency,
    /// Internal (or personal data, when the cell named it unclearly) was assumed.
    Access,
}

/// One dataset in the catalog.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub id: DatasetId,
    pub title: String,
    /// The owner or source who can supply it (a department, CBS, a partner organisation).
    pub owner: String,
    pub source: SourceKind,
    pub variables: Vec<Variable>,
    pub level: GeoLevel,
    pub frequency: Frequency,
    /// `None`: the period covered is not known.
    pub period: Option<YearRange>,
    pub access: AccessClass,
    pub notes: String,
    /// Fields assumed on import and not yet confirmed, sorted, without repeats.
    pub assumed: Vec<AssumedField>,
}

impl Dataset {
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        level: GeoLevel,
        frequency: Frequency,
    ) -> Dataset {
        Dataset {
            id: DatasetId(id.into()),
            title: title.into(),
            owner: String::new(),
            source: SourceKind::default(),
            variables: Vec::new(),
            level,
            frequency,
            period: None,
            access: AccessClass::default(),
            notes: String::new(),
            assumed: Vec::new(),
        }
    }

    pub fn is_assumed(&self, field: AssumedField) -> bool {
        self.assumed.contains(&field)
    }

    /// Marks `field` as assumed (kept sorted and without repeats).
    pub fn assume(&mut self, field: AssumedField) {
        if let Err(at) = self.assumed.binary_search(&field) {
            self.assumed.insert(at, field);
        }
    }

    /// Whether the officer still has something to fill in: an assumed field, or no concept at
    /// all (a dataset without concepts answers no need).
    pub fn needs_completion(&self) -> bool {
        !self.assumed.is_empty() || self.variables.is_empty()
    }
}

/// A catalog: datasets by id, iterated in id order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    pub title: String,
    datasets: BTreeMap<DatasetId, Dataset>,
}

impl Catalog {
    pub fn new(title: impl Into<String>) -> Catalog {
        Catalog {
            title: title.into(),
            datasets: BTreeMap::new(),
        }
    }

    /// Adds or replaces the dataset with the same id; returns the replaced one.
    pub fn insert(&mut self, dataset: Dataset) -> Option<Dataset> {
        self.datasets.insert(dataset.id.clone(), dataset)
    }

    pub fn remove(&mut self, id: &DatasetId) -> Option<Dataset> {
        self.datasets.remove(id)
    }

    pub fn get(&self, id: &DatasetId) -> Option<&Dataset> {
        self.datasets.get(id)
    }

    pub fn contains(&self, id: &DatasetId) -> bool {
        self.datasets.contains_key(id)
    }

    pub fn len(&self) -> usize {
        self.datasets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.datasets.is_empty()
    }

    /// All datasets in id order.
    pub fn datasets(&self) -> impl Iterator<Item = &Dataset> + '_ {
        self.datasets.values()
    }

    /// Moves `other`'s datasets in (a dataset with an id already here replaces it); the title
    /// stays. For a list read back in parts.
    pub fn append(&mut self, other: Catalog) {
        if self.datasets.is_empty() {
            self.datasets = other.datasets;
        } else {
            self.datasets.extend(other.datasets);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset(id: &str, title: &str) -> Dataset {
        Dataset::new(id, title, GeoLevel::Municipality, Frequency::Year)
    }

    #[test]
    fn append_moves_datasets_in_and_keeps_the_title() {
        let mut list = Catalog::new("Register");
        list.insert(dataset("b", "B"));
        let mut part = Catalog::new("Deel");
        part.insert(dataset("a", "A"));
        part.insert(dataset("b", "B, nieuw"));
        list.append(part);
        assert_eq!(list.title, "Register");
        let titles: Vec<&str> = list.datasets().map(|d| d.title.as_str()).collect();
        assert_eq!(titles, ["A", "B, nieuw"]);

        let mut empty = Catalog::new("Leeg");
        empty.append(list.clone());
        assert_eq!(empty.len(), 2);
        assert_eq!(empty.title, "Leeg");
    }
}
