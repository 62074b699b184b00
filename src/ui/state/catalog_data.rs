use crate::analysis::CatalogIndex;
use crate::catalog::Catalog;

/// The dataset list the line is checked against, with its index (built once per catalog, not per
/// edit) and a revision so analysis can be memoised cheaply.
#[derive(Debug)]
pub struct CatalogData {
    pub catalog: Catalog,
    pub index: CatalogIndex,
    pub revision: u64,
}

impl CatalogData {
    pub fn new(catalog: Catalog, revision: u64) -> CatalogData {
        let index = CatalogIndex::new(&catalog);
        CatalogData::with_index(catalog, index, revision)
    }

    /// With `index` built beforehand: it must be `CatalogIndex::new(&catalog)`.
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
