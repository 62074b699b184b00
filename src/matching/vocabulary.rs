//! Words that mean the same to the officer and to the list: "bijstand" and "participatiewet",
//! "WW" and "werkloosheidswet", "unemployment" and "werkloosheid". Shipped as a data file with
//! sources (`assets/vocabulary/synoniemen.json`); a data team adds its own groups from a file of
//! the same format (read and checked by `io::vocabulary_from_json`).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

use foldhash::fast::FixedState;
use serde_json::Value;

use super::words::Words;

/// Terms that may stand for each other, with where that knowledge comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynonymGroup {
    /// As written in the file.
    pub terms: Vec<String>,
    /// A key of `Vocabulary::sources`.
    pub source: String,
}

/// Groups of synonyms, looked up by a term's folded words.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    groups: Vec<SynonymGroup>,
    /// Source key to its description (title, address).
    sources: BTreeMap<String, String>,
    /// A term's word stems joined by one space, to the groups holding it (stems, so "uitkeringen"
    /// finds the group of "uitkering").
    by_term: HashMap<Box<str>, Vec<u32>, FixedState>,
    /// Per group, each term (its position in the group) with its folded words, in file order.
    folded: Vec<Vec<(usize, Vec<String>)>>,
    longest: usize,
}

impl PartialEq for Vocabulary {
    fn eq(&self, other: &Self) -> bool {
        self.groups == other.groups && self.sources == other.sources
    }
}

const SHIPPED: &str = include_str!("../../assets/vocabulary/synoniemen.json");

/// The shipped file's sources and groups, or `None` when it does not have the expected shape
/// (the file is ours and tested; a team's file goes through `io`, with messages). Walked by
/// hand over a `serde_json::Value` rather than through a derived `Deserialize`: the derive and
/// the error texts it needs (which format floats) cost the bundle several KB.
fn read_shipped(json: &str) -> Option<(BTreeMap<String, String>, Vec<SynonymGroup>)> {
    let file: Value = serde_json::from_slice(json.as_bytes()).ok()?;
    let mut sources = BTreeMap::new();
    for (key, description) in file.get("sources")?.as_object()? {
        sources.insert(key.clone(), description.as_str()?.to_owned());
    }
    let mut groups = Vec::new();
    for group in file.get("groups")?.as_array()? {
        let terms = group.get("terms")?.as_array()?;
        let terms = terms
            .iter()
            .map(|term| term.as_str().map(str::to_owned))
            .collect::<Option<Vec<String>>>()?;
        let source = group.get("source")?.as_str()?.to_owned();
        groups.push(SynonymGroup { terms, source });
    }
    Some((sources, groups))
}

impl Vocabulary {
    /// The vocabulary shipped with the app (read once, then shared).
    pub fn shipped() -> Arc<Vocabulary> {
        static SHIPPED_VOCABULARY: OnceLock<Arc<Vocabulary>> = OnceLock::new();
        let shipped = SHIPPED_VOCABULARY.get_or_init(|| {
            let (sources, groups) = read_shipped(SHIPPED).unwrap_or_default();
            Arc::new(Vocabulary::new(sources, groups))
        });
        Arc::clone(shipped)
    }

    pub fn new(sources: BTreeMap<String, String>, groups: Vec<SynonymGroup>) -> Vocabulary {
        let mut vocabulary = Vocabulary {
            sources,
            ..Vocabulary::default()
        };
        let mut words = Words::default();
        for group in groups {
            vocabulary.push(group, &mut words);
        }
        vocabulary
    }

    fn push(&mut self, group: SynonymGroup, words: &mut Words) {
        let number = u32::try_from(self.groups.len()).unwrap_or(u32::MAX);
        let mut folded_terms = Vec::with_capacity(group.terms.len());
        for (at, term) in group.terms.iter().enumerate() {
            let mut folded: Vec<String> = Vec::new();
            words.folded_words(term, |w| folded.push(w.to_owned()));
            if folded.is_empty() {
                continue;
            }
            self.longest = self.longest.max(folded.len());
            let key: Vec<String> = folded.iter().map(|w| words.stem(w)).collect();
            let groups = self.by_term.entry(key.join(" ").into()).or_default();
            if !groups.contains(&number) {
                groups.push(number);
            }
            folded_terms.push((at, folded));
        }
        self.folded.push(folded_terms);
        self.groups.push(group);
    }

    /// This vocabulary with `other`'s groups and sources added (a data team's own words).
    pub fn extended(&self, other: &Vocabulary) -> Vocabulary {
        let mut sources = self.sources.clone();
        sources.extend(other.sources.clone());
        let groups = self.groups.iter().chain(&other.groups).cloned().collect();
        Vocabulary::new(sources, groups)
    }

    pub fn groups(&self) -> &[SynonymGroup] {
        &self.groups
    }

    pub fn sources(&self) -> &BTreeMap<String, String> {
        &self.sources
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The most words any term has.
    pub(crate) fn longest_term(&self) -> usize {
        self.longest
    }

    /// The groups holding the term whose word stems, joined by spaces, are `key`.
    pub(crate) fn groups_of(&self, key: &str) -> &[u32] {
        self.by_term.get(key).map_or(&[], |g| g)
    }

    /// The folded words of every term of a group, with the term as written.
    pub(crate) fn terms_of(&self, group: u32) -> impl Iterator<Item = (&str, &[String])> + '_ {
        let terms = self
            .groups
            .get(group as usize)
            .map_or(&[][..], |g| &g.terms[..]);
        self.folded
            .get(group as usize)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(move |(at, folded)| {
                let written = terms.get(*at).map_or("", String::as_str);
                (written, folded.as_slice())
            })
    }

    pub(crate) fn source_of(&self, group: u32) -> &str {
        self.groups
            .get(group as usize)
            .map_or("", |g| g.source.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_reads_and_every_group_names_a_known_source() {
        let vocabulary = Vocabulary::shipped();
        assert!(vocabulary.groups().len() >= 100);
        for group in vocabulary.groups() {
            assert!(
                vocabulary.sources().contains_key(&group.source),
                "{:?} names an unknown source",
                group.terms
            );
            assert!(group.terms.len() >= 2, "{:?}", group.terms);
        }
    }

    /// The derived reader this module used before `read_shipped`: both must read the shipped
    /// file to the same sources and groups.
    #[derive(serde::Deserialize)]
    struct DerivedFile {
        sources: BTreeMap<String, String>,
        groups: Vec<DerivedGroup>,
    }

    #[derive(serde::Deserialize)]
    struct DerivedGroup {
        terms: Vec<String>,
        source: String,
    }

    fn derived(json: &str) -> Option<(BTreeMap<String, String>, Vec<SynonymGroup>)> {
        let file: DerivedFile = serde_json::from_str(json).ok()?;
        let groups = file
            .groups
            .into_iter()
            .map(|g| SynonymGroup {
                terms: g.terms,
                source: g.source,
            })
            .collect();
        Some((file.sources, groups))
    }

    #[test]
    fn the_hand_walked_reader_reads_what_the_derived_one_did() {
        let shipped = read_shipped(SHIPPED);
        assert!(shipped.is_some());
        assert_eq!(shipped, derived(SHIPPED));
        for json in [
            r#"{"sources": {}, "groups": []}"#,
            r#"{"format": "x", "sources": {"a": "A"}, "groups": [{"terms": ["x", "y"], "source": "a", "extra": 1}]}"#,
            r#"{"sources": {"a": "A", "a": "B"}, "groups": []}"#,
            r#"{"sources": {"a": 1}, "groups": []}"#,
            r#"{"sources": {}, "groups": [{"terms": ["x", 2], "source": "a"}]}"#,
            r#"{"sources": {}, "groups": [{"terms": ["x"]}]}"#,
            r#"{"sources": {}}"#,
            r#"{"groups": []}"#,
            r#"[]"#,
            r#"not json"#,
        ] {
            assert_eq!(read_shipped(json), derived(json), "{json}");
        }
    }

    fn key(text: &str) -> String {
        let mut words = Words::default();
        let stems: Vec<String> = words.words(text).into_iter().map(|w| w.stem).collect();
        stems.join(" ")
    }

    #[test]
    fn terms_are_found_by_their_stems() {
        let vocabulary = Vocabulary::shipped();
        assert!(!vocabulary.groups_of(&key("participatiewet")).is_empty());
        assert!(!vocabulary
            .groups_of(&key("Wet Maatschappelijke Ondersteuning"))
            .is_empty());
        assert!(!vocabulary.groups_of(&key("WW")).is_empty());
        assert!(!vocabulary.groups_of(&key("minimaregeling")).is_empty());
        assert!(vocabulary.groups_of(&key("fietsenstalling")).is_empty());
        assert!(vocabulary.longest_term() >= 4);
    }

    #[test]
    fn a_team_vocabulary_extends_the_shipped_one() {
        let team = Vocabulary::new(
            BTreeMap::from([("team".to_owned(), "Datateam".to_owned())]),
            vec![SynonymGroup {
                terms: vec!["KCC-contacten".into(), "klantcontacten".into()],
                source: "team".into(),
            }],
        );
        let both = Vocabulary::shipped().extended(&team);
        assert_eq!(
            both.groups().len(),
            Vocabulary::shipped().groups().len() + 1
        );
        assert!(!both.groups_of(&key("KCC-contacten")).is_empty());
        assert_eq!(
            both.sources().get("team").map(String::as_str),
            Some("Datateam")
        );
    }
}
