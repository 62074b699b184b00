//! The catalog, prepared once for fast matching: normalised concepts and aliases are interned to
//! numbers, so checking a need is a hash lookup plus a walk over a short list of datasets.

use std::collections::HashMap;

// A fast fixed-seed hash: the analysis hashes every indicator's concept per edit, and SipHash's
// protection against crafted collisions buys nothing in a single-user, in-browser index.
use foldhash::fast::FixedState;
use std::rc::Rc;

use super::normalise::normalise_into;
use crate::catalog::{AccessClass, Catalog, Dataset, DatasetId};
use crate::model::{Frequency, GeoLevel, YearRange};

/// A dataset in a `CatalogIndex`: its position in catalog (id) order. Cheap to copy; ask the
/// index for the dataset itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DatasetRef(pub u32);

/// A normalised concept name the catalog knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConceptKey(pub u32);

/// How a dataset came to be considered for a need.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchVia {
    /// The user linked the dataset to the indicator by hand.
    Linked,
    /// A variable of the dataset has the indicator's concept as its name.
    Concept,
    /// A variable of the dataset is also known under the indicator's concept: the alias as written
    /// in the catalog.
    Alias(Rc<str>),
}

/// What the check compares of a dataset, copied next to each match so judging a candidate reads
/// one small record instead of the whole dataset (a cache miss per candidate otherwise).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Traits {
    pub(crate) level: GeoLevel,
    pub(crate) frequency: Frequency,
    pub(crate) period: Option<YearRange>,
    pub(crate) access: AccessClass,
}

impl Traits {
    fn of(dataset: &Dataset) -> Traits {
        Traits {
            level: dataset.level,
            frequency: dataset.frequency,
            period: dataset.period,
            access: dataset.access,
        }
    }
}

/// One dataset that holds a concept, and how.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ConceptMatch {
    pub(crate) dataset: DatasetRef,
    pub(crate) via: MatchVia,
    pub(crate) traits: Traits,
}

/// A catalog prepared for analysis. Build it when the catalog changes and keep it while the
/// reasoning line is edited: building costs time proportional to the catalog, using it does not.
#[derive(Clone, Debug, Default)]
pub struct CatalogIndex {
    title: String,
    datasets: Vec<Dataset>,
    traits: Vec<Traits>,
    concepts: HashMap<Box<str>, ConceptKey, FixedState>,
    /// Dataset ids to positions: a hash lookup per linked dataset instead of a binary search
    /// that compares a dozen cold strings.
    ids: HashMap<DatasetId, DatasetRef, FixedState>,
    /// Per concept key, the datasets holding it, in dataset order, each dataset once.
    matches: Vec<Vec<ConceptMatch>>,
}

impl CatalogIndex {
    pub fn new(catalog: &Catalog) -> CatalogIndex {
        let mut index = CatalogIndex {
            title: catalog.title.clone(),
            datasets: catalog.datasets().cloned().collect(),
            traits: catalog.datasets().map(Traits::of).collect(),
            ids: (0u32..)
                .zip(catalog.datasets())
                .map(|(position, d)| (d.id.clone(), DatasetRef(position)))
                .collect(),
            ..CatalogIndex::default()
        };
        let mut buffer = String::new();
        for (position, dataset) in catalog.datasets().enumerate() {
            let by_concept = ConceptMatch {
                dataset: DatasetRef(u32::try_from(position).unwrap_or(u32::MAX)),
                via: MatchVia::Concept,
                traits: Traits::of(dataset),
            };
            for variable in &dataset.variables {
                index.add(&variable.concept, by_concept.clone(), &mut buffer);
                for alias in &variable.aliases {
                    let by_alias = ConceptMatch {
                        via: MatchVia::Alias(Rc::from(alias.as_str())),
                        ..by_concept.clone()
                    };
                    index.add(alias, by_alias, &mut buffer);
                }
            }
        }
        for list in &mut index.matches {
            // One entry per dataset: the strongest way it matches (a concept beats an alias).
            list.sort_by(|a, b| (a.dataset, &a.via).cmp(&(b.dataset, &b.via)));
            list.dedup_by_key(|m| m.dataset);
        }
        index
    }

    fn add(&mut self, name: &str, found: ConceptMatch, buffer: &mut String) {
        normalise_into(name, buffer);
        if buffer.is_empty() {
            return;
        }
        let next = ConceptKey(u32::try_from(self.matches.len()).unwrap_or(u32::MAX));
        let key = *self.concepts.entry(buffer.as_str().into()).or_insert(next);
        if key == next {
            self.matches.push(Vec::new());
        }
        if let Some(list) = self.matches.get_mut(key.0 as usize) {
            list.push(found);
        }
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn len(&self) -> usize {
        self.datasets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.datasets.is_empty()
    }

    pub fn dataset(&self, dataset: DatasetRef) -> Option<&Dataset> {
        self.datasets.get(dataset.0 as usize)
    }

    /// The id of a dataset; an unknown reference gives an empty id rather than a panic.
    pub fn dataset_id(&self, dataset: DatasetRef) -> &DatasetId {
        static NONE: DatasetId = DatasetId(String::new());
        self.dataset(dataset).map_or(&NONE, |d| &d.id)
    }

    /// All datasets with their references, in id order.
    pub fn datasets(&self) -> impl Iterator<Item = (DatasetRef, &Dataset)> + '_ {
        (0u32..)
            .zip(&self.datasets)
            .map(|(position, dataset)| (DatasetRef(position), dataset))
    }

    /// Finds a dataset by id (the datasets are in id order).
    pub fn find(&self, id: &DatasetId) -> Option<DatasetRef> {
        self.ids.get(id).copied()
    }

    /// The key of an already normalised concept, if any dataset holds it.
    pub fn concept_key(&self, normalised: &str) -> Option<ConceptKey> {
        self.concepts.get(normalised).copied()
    }

    /// Normalises `concept` into `buffer` and looks it up.
    pub fn lookup(&self, concept: &str, buffer: &mut String) -> Option<ConceptKey> {
        normalise_into(concept, buffer);
        self.concept_key(buffer)
    }

    pub(crate) fn traits(&self, dataset: DatasetRef) -> Option<&Traits> {
        self.traits.get(dataset.0 as usize)
    }

    pub(crate) fn matches(&self, key: ConceptKey) -> &[ConceptMatch] {
        self.matches.get(key.0 as usize).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::catalog::Variable;
    use crate::model::{Frequency, GeoLevel};

    fn dataset(id: &str, concept: &str, aliases: &[&str]) -> Dataset {
        let mut d = Dataset::new(id, id, GeoLevel::Municipality, Frequency::Year);
        d.variables.push(Variable {
            concept: concept.into(),
            aliases: aliases.iter().map(|a| (*a).into()).collect(),
        });
        d
    }

    #[test]
    fn concepts_and_aliases_are_found_normalised() {
        let mut catalog = Catalog::new("test");
        catalog.insert(dataset("b", "Wmo-cliënten", &["WmoClienten_100"]));
        catalog.insert(dataset("a", "wmo clienten", &["Wmo-cliënten"]));
        let index = CatalogIndex::new(&catalog);
        let mut buffer = String::new();
        let key = index.lookup("WMO-clienten ", &mut buffer).unwrap();
        let found: Vec<_> = index
            .matches(key)
            .iter()
            .map(|m| (index.dataset_id(m.dataset).0.as_str(), m.via.clone()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("a", MatchVia::Alias(Rc::from("Wmo-cliënten"))),
                ("b", MatchVia::Concept)
            ]
        );
        assert!(index.lookup("wmoclienten_100", &mut buffer).is_some());
        assert!(index.lookup("onbekend", &mut buffer).is_none());
    }

    #[test]
    fn datasets_are_found_by_id() {
        let mut catalog = Catalog::new("test");
        catalog.insert(dataset("cbs-85984NED", "Aantal inwoners", &[]));
        catalog.insert(dataset("brp", "Inwoners", &[]));
        let index = CatalogIndex::new(&catalog);
        assert_eq!(index.find(&DatasetId("brp".into())), Some(DatasetRef(0)));
        assert_eq!(
            index.find(&DatasetId("cbs-85984NED".into())),
            Some(DatasetRef(1))
        );
        assert_eq!(index.find(&DatasetId("x".into())), None);
        assert_eq!(index.dataset_id(DatasetRef(9)).0, "");
    }
}
