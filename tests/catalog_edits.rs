//! Property tests of random edit sequences on a dataset list: a refused edit leaves the list as
//! it was, and undoing every applied edit in reverse order gives back the list it started from,
//! whatever a replaced list held (undo never refuses).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use redeneerlijn::catalog::{Catalog, CatalogEdit, Dataset, DatasetId};
use redeneerlijn::model::{Frequency, GeoLevel};

/// Ids from a small pool, so edits often meet datasets that exist (and sometimes ones that don't).
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec!["cbs-85984NED", "gem-bag", "gem-brp", "ggd-monitor"])
            .prop_map(str::to_owned),
        Just(String::new()),
        "[a-z]{101,102}",
    ]
}

fn dataset() -> impl Strategy<Value = Dataset> {
    (
        id(),
        prop_oneof![Just(String::new()), "[A-Za-z ]{1,20}"],
        prop::sample::select(GeoLevel::ALL.to_vec()),
        prop::sample::select(Frequency::ALL.to_vec()),
    )
        .prop_map(|(id, title, level, frequency)| Dataset::new(id, title, level, frequency))
}

fn edit() -> impl Strategy<Value = CatalogEdit> {
    prop_oneof![
        4 => dataset().prop_map(CatalogEdit::Add),
        3 => dataset().prop_map(CatalogEdit::Change),
        2 => id().prop_map(|id| CatalogEdit::Remove(DatasetId(id))),
        1 => prop::collection::vec(dataset(), 0..3).prop_map(|datasets| {
            let mut catalog = Catalog::new("Geïmporteerd");
            for dataset in datasets {
                catalog.insert(dataset);
            }
            CatalogEdit::ReplaceAll(catalog)
        }),
    ]
}

proptest! {
    #[test]
    fn undo_in_reverse_restores_and_refusals_change_nothing(edits in prop::collection::vec(edit(), 0..40)) {
        let mut catalog = Catalog::new("Voorbeeldstad");
        let start = catalog.clone();
        let mut undo = Vec::new();
        for edit in edits {
            let before = catalog.clone();
            match catalog.apply_checked(edit) {
                Ok(inverse) => undo.push(inverse),
                Err(_) => prop_assert_eq!(&catalog, &before),
            }
        }
        while let Some(inverse) = undo.pop() {
            prop_assert!(catalog.apply(inverse).is_ok());
        }
        prop_assert_eq!(catalog, start);
    }
}
