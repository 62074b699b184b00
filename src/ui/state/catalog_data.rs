use std::sync::Arc;

use crate::analysis::CatalogIndex;
use crate::catalog::Catalog;
use crate::matching::Vocabulary;

/// Lists larger than this get their `CatalogIndex` built a part at a time, between frames (by the
/// hooks), before they are shown; smaller ones are indexed at once.
pub const INDEX_APART: usize = 5_000;

/// The dataset list the line is checked against, with its index (built once per catalog, not per
/// edit) and a revision so analysis can be memoised cheaply.
#[derive(Debug)]
pub struct CatalogData {
    pub catalog: Catalog,
    pub index: CatalogIndex,
    pub revision: u64,
}

impl CatalogData {
    /// With the index built now, with `vocabulary` for the suggestions.
    pub fn new(catalog: Catalog, vocabulary: Arc<Vocabulary>, revision: u64) -> CatalogData {
        let index = CatalogIndex::with_vocabulary(&catalog, vocabulary);
        CatalogData::with_index(catalog, index, revision)
    }

    /// With `index` built beforehand: it must be `CatalogIndex::with_vocabulary` of `catalog`.
    pub fn with_index(catalog: Catalog, index: CatalogIndex, revision: u64) -> CatalogData {
        CatalogData {
            catalog,
            index,
            revision,
        }
    }
}

impl PartialEq for CatalogData {
    fn eq(&self, other: &Self) -> bool {
        self.revision == other.revision
    }
}
