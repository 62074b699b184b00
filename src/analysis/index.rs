//! The catalog, prepared once for fast matching: normalised concepts and aliases are interned to
//! numbers, so checking a need is a hash lookup plus a walk over a short list of datasets.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

// A fast fixed-seed hash: the analysis hashes every indicator's concept per edit, and SipHash's
// protection against crafted collisions buys nothing in a single-user, in-browser index.
use foldhash::fast::FixedState;

use super::normalise::normalise_into;
use crate::catalog::{AccessClass, Catalog, Dataset, DatasetId};
use crate::matching::{DocTexts, Searcher, TextHit, TextIndex, TextIndexBuilder, Vocabulary};
use crate::model::{Frequency, GeoLevel, YearRange};

/// A dataset in a `CatalogIndex`: its position in catalog (id) order. Cheap to copy; ask the
/// index for the dataset itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DatasetRef(pub u32);

/// A normalised concept name the catalog knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConceptKey(pub u32);

/// An alias as written in the catalog, kept by the `CatalogIndex`; read it with
/// `CatalogIndex::alias`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AliasRef(pub u32);

/// How a dataset came to be considered for a need. A plain value (the alias text stays in the
/// index), so the analysis's list of candidates needs no drop work per entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchVia {
    /// The user linked the dataset to the indicator by hand.
    Linked,
    /// Its texts fit the indicator's words: offered to link, never counted (see `matching`).
    Suggested,
    /// A variable of the dataset has the indicator's concept as its name.
    Concept,
    /// A variable of the dataset is also known under the indicator's concept.
    Alias(AliasRef),
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
#[derive(Clone, Copy, Debug, PartialEq)]
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
    /// Concept key `k`'s matches are `matches[starts[k]..starts[k + 1]]`.
    starts: Vec<u32>,
    /// The datasets holding each concept, concept after concept (one array, so looking a concept
    /// up touches one compact block, not a list allocated apart per concept); per concept in
    /// dataset order, each dataset once.
    matches: Vec<ConceptMatch>,
    aliases: Vec<Box<str>>,
    /// Every dataset's texts, for suggestions in the officer's own words.
    text: TextIndex,
    vocabulary: Arc<Vocabulary>,
    /// The text hits of each concept the analysis looked up (normalised), kept for the index's
    /// life: a line is analysed after every edit and its concepts rarely change.
    hits: RefCell<HashMap<Box<str>, Rc<[TextHit]>, FixedState>>,
}

/// How many text hits per concept the analysis keeps to choose candidates from (rejected ones
/// and gaps taken into account).
const KEPT_HITS: usize = 16;

/// Builds a `CatalogIndex` a number of datasets at a time, so a user interface can build the
/// index of a very large list between frames. `CatalogIndex::new` is this same code run in one go.
#[derive(Debug)]
pub struct IndexBuilder {
    index: CatalogIndex,
    found: Vec<(ConceptKey, ConceptMatch)>,
    buffer: String,
    text: TextIndexBuilder,
}

impl IndexBuilder {
    /// With the shipped vocabulary of synonyms.
    pub fn new(title: &str) -> IndexBuilder {
        IndexBuilder::with_vocabulary(title, Vocabulary::shipped())
    }

    pub fn with_vocabulary(title: &str, vocabulary: Arc<Vocabulary>) -> IndexBuilder {
        IndexBuilder {
            index: CatalogIndex {
                title: title.to_owned(),
                vocabulary,
                ..CatalogIndex::default()
            },
            found: Vec::new(),
            buffer: String::new(),
            text: TextIndexBuilder::default(),
        }
    }

    /// Adds the next dataset; datasets must come in id order (as `Catalog::datasets` gives them).
    pub fn add(&mut self, dataset: &Dataset) {
        let index = &mut self.index;
        let position = u32::try_from(index.datasets.len()).unwrap_or(u32::MAX);
        let traits = Traits::of(dataset);
        index.datasets.push(dataset.clone());
        index.traits.push(traits);
        index.ids.insert(dataset.id.clone(), DatasetRef(position));
        let concepts: Vec<&str> = dataset
            .variables
            .iter()
            .flat_map(|v| {
                std::iter::once(v.concept.as_str()).chain(v.aliases.iter().map(String::as_str))
            })
            .collect();
        self.text.add(DocTexts {
            concepts: &concepts,
            title: &dataset.title,
            description: &dataset.notes,
            owner: &dataset.owner,
        });
        let by_concept = ConceptMatch {
            dataset: DatasetRef(position),
            via: MatchVia::Concept,
            traits,
        };
        for variable in &dataset.variables {
            if let Some(key) = index.key_for(&variable.concept, &mut self.buffer) {
                self.found.push((key, by_concept));
            }
            for alias in &variable.aliases {
                let Some(key) = index.key_for(alias, &mut self.buffer) else {
                    continue;
                };
                let alias_ref = AliasRef(u32::try_from(index.aliases.len()).unwrap_or(u32::MAX));
                index.aliases.push(alias.as_str().into());
                let via = MatchVia::Alias(alias_ref);
                self.found.push((key, ConceptMatch { via, ..by_concept }));
            }
        }
    }

    /// How many datasets are in so far.
    pub fn len(&self) -> usize {
        self.index.datasets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.datasets.is_empty()
    }

    pub fn finish(self) -> CatalogIndex {
        let IndexBuilder {
            mut index,
            mut found,
            text,
            ..
        } = self;
        index.text = text.finish();
        // Per concept, one entry per dataset: the strongest way it matches (a concept beats an
        // alias; of two aliases, the first in text order).
        found.sort_by(|(ka, a), (kb, b)| {
            (ka, a.dataset)
                .cmp(&(kb, b.dataset))
                .then_with(|| index.via_order(a.via).cmp(&index.via_order(b.via)))
        });
        found.dedup_by_key(|(key, m)| (*key, m.dataset));
        let mut starts = vec![0u32; index.concepts.len() + 1];
        for (key, _) in &found {
            if let Some(count) = starts.get_mut(key.0 as usize + 1) {
                *count += 1;
            }
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        index.starts = starts;
        index.matches = found.into_iter().map(|(_, m)| m).collect();
        index
    }
}

impl CatalogIndex {
    /// With the shipped vocabulary of synonyms.
    pub fn new(catalog: &Catalog) -> CatalogIndex {
        CatalogIndex::with_vocabulary(catalog, Vocabulary::shipped())
    }

    /// With `vocabulary` (the shipped one extended by a data team's, say) for the suggestions.
    pub fn with_vocabulary(catalog: &Catalog, vocabulary: Arc<Vocabulary>) -> CatalogIndex {
        let mut builder = IndexBuilder::with_vocabulary(&catalog.title, vocabulary);
        for dataset in catalog.datasets() {
            builder.add(dataset);
        }
        builder.finish()
    }

    /// Whether this index was built with this very vocabulary (the same `Arc`, not an equal
    /// copy): a cheap check that an index built beforehand still fits the vocabulary in use.
    pub fn built_with(&self, vocabulary: &Arc<Vocabulary>) -> bool {
        Arc::ptr_eq(&self.vocabulary, vocabulary)
    }

    /// The key of a concept name, new or known; `None` for a name without letters or digits.
    fn key_for(&mut self, name: &str, buffer: &mut String) -> Option<ConceptKey> {
        normalise_into(name, buffer);
        if buffer.is_empty() {
            return None;
        }
        let next = ConceptKey(u32::try_from(self.concepts.len()).unwrap_or(u32::MAX));
        Some(*self.concepts.entry(buffer.as_str().into()).or_insert(next))
    }

    /// Sorts ways of matching from strong to weak: linked, concept, then aliases by text.
    fn via_order(&self, via: MatchVia) -> (u8, &str) {
        match via {
            MatchVia::Linked => (0, ""),
            MatchVia::Concept => (1, ""),
            MatchVia::Alias(alias) => (2, self.alias(alias)),
            MatchVia::Suggested => (3, ""),
        }
    }

    /// An alias as written in the catalog ("" for an unknown reference).
    pub fn alias(&self, alias: AliasRef) -> &str {
        self.aliases.get(alias.0 as usize).map_or("", |a| a)
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

    /// The datasets holding `concept` (normalised) as a concept or alias, in list order: the
    /// ones an exact match counts.
    pub fn holding(&self, concept: &str) -> Vec<DatasetRef> {
        let mut buffer = String::new();
        self.lookup(concept, &mut buffer)
            .map(|key| self.matches(key).iter().map(|m| m.dataset).collect())
            .unwrap_or_default()
    }

    pub fn text(&self) -> &TextIndex {
        &self.text
    }

    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The best text hits of a concept (at most `KEPT_HITS`), looked up once per index.
    pub(crate) fn concept_hits(&self, concept: &str, buffer: &mut String) -> Rc<[TextHit]> {
        normalise_into(concept, buffer);
        if let Some(hits) = self.hits.borrow().get(buffer.as_str()) {
            return Rc::clone(hits);
        }
        let mut ranked = Searcher::default().search(buffer, true, &self.text, &self.vocabulary);
        ranked.hits.truncate(KEPT_HITS);
        let hits: Rc<[TextHit]> = ranked.hits.into();
        self.hits
            .borrow_mut()
            .insert(buffer.as_str().into(), Rc::clone(&hits));
        hits
    }

    pub(crate) fn traits(&self, dataset: DatasetRef) -> Option<&Traits> {
        self.traits.get(dataset.0 as usize)
    }

    pub(crate) fn matches(&self, key: ConceptKey) -> &[ConceptMatch] {
        let k = key.0 as usize;
        match (self.starts.get(k), self.starts.get(k + 1)) {
            (Some(&start), Some(&end)) => self
                .matches
                .get(start as usize..end as usize)
                .unwrap_or(&[]),
            _ => &[],
        }
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
            .map(|m| {
                let via = match m.via {
                    MatchVia::Alias(alias) => format!("alias {}", index.alias(alias)),
                    other => format!("{other:?}"),
                };
                (index.dataset_id(m.dataset).0.as_str(), via)
            })
            .collect();
        assert_eq!(
            found,
            vec![
                ("a", "alias Wmo-cliënten".to_owned()),
                ("b", "Concept".to_owned())
            ]
        );
        assert!(index.lookup("wmoclienten_100", &mut buffer).is_some());
        assert!(index.lookup("onbekend", &mut buffer).is_none());
    }

    #[test]
    fn a_team_vocabulary_makes_suggestions_the_shipped_one_does_not() {
        use crate::analysis::SuggestOptions;
        use crate::matching::{Searcher, SynonymGroup};
        use std::collections::BTreeMap;

        let mut catalog = Catalog::new("test");
        let mut help = dataset("formulierenbrigade", "Bezoeken formulierenbrigade", &[]);
        help.title = "Bezoeken formulierenbrigade per wijk".into();
        catalog.insert(help);
        catalog.insert(dataset("inwoners", "Aantal inwoners", &[]));
        let team = Vocabulary::new(
            BTreeMap::from([("team".to_owned(), "Datateam".to_owned())]),
            vec![SynonymGroup {
                terms: vec!["formulierenhulp".into(), "formulierenbrigade".into()],
                source: "team".into(),
            }],
        );
        let both = Arc::new(Vocabulary::shipped().extended(&team));
        let shipped = CatalogIndex::new(&catalog);
        let extended = CatalogIndex::with_vocabulary(&catalog, Arc::clone(&both));

        assert!(shipped.built_with(&Vocabulary::shipped()));
        assert!(!shipped.built_with(&both));
        assert!(extended.built_with(&both));
        // An equal copy is not the same vocabulary: the check is by identity.
        assert!(!extended.built_with(&Arc::new(Vocabulary::shipped().extended(&team))));
        assert_eq!(extended.vocabulary().groups().len(), both.groups().len());

        let suggested = |index: &CatalogIndex| -> Vec<String> {
            let options = SuggestOptions {
                typing: false,
                need: None,
                exclude: &[],
                limit: 5,
            };
            index
                .suggest(&mut Searcher::default(), "formulierenhulp", options)
                .datasets
                .iter()
                .map(|s| index.dataset_id(s.dataset).0.clone())
                .collect()
        };
        assert!(suggested(&shipped).is_empty());
        assert_eq!(suggested(&extended), vec!["formulierenbrigade".to_owned()]);
        // The datasets themselves are the same either way.
        assert_eq!(
            shipped.datasets().map(|(_, d)| d).collect::<Vec<_>>(),
            extended.datasets().map(|(_, d)| d).collect::<Vec<_>>()
        );
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
