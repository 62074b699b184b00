//! Generators of plain values shared by the property tests of the file formats (`io_props`,
//! `workshop_props`, `io_vocabulary_props`) and of the edits (`model_edits`, `editor_history`).
// Each test crate that includes this module uses only some of the generators.
#![allow(dead_code)]

use proptest::prelude::*;
use redeneerlijn::catalog::DatasetId;
use redeneerlijn::model::DatasetChoice;

/// Any text: empty, printable, or any Unicode at all.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "\\PC{0,24}", any::<String>()]
}

/// An id: usually the plain kind the app writes, sometimes any printable text.
pub fn id_text() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z0-9-]{1,20}", "\\PC{1,100}"]
}

/// Any finite number, with the edge cases a number writer gets wrong (signed zero, extremes,
/// the smallest subnormal).
pub fn finite() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>().prop_filter("finite", |x| x.is_finite()),
        (-1_000_000i64..1_000_000).prop_map(|x| x as f64 / 10.0),
        Just(0.0),
        Just(-0.0),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
    ]
}

/// Any decision about a dataset.
pub fn dataset_choice() -> impl Strategy<Value = DatasetChoice> {
    prop::sample::select(vec![
        DatasetChoice::Linked,
        DatasetChoice::Rejected,
        DatasetChoice::Open,
    ])
}

/// The linked and the rejected datasets of one indicator as choosing leaves them: each id at
/// most once, in no more than one of the two lists, each list in the order of choosing.
pub fn dataset_lists() -> impl Strategy<Value = (Vec<DatasetId>, Vec<DatasetId>)> {
    prop::collection::vec((id_text(), any::<bool>()), 0..5).prop_map(|chosen| {
        let (mut linked, mut rejected) = (Vec::new(), Vec::new());
        let mut seen = std::collections::BTreeSet::new();
        for (id, link) in chosen {
            if seen.insert(id.clone()) {
                let list = if link { &mut linked } else { &mut rejected };
                list.push(DatasetId(id));
            }
        }
        (linked, rejected)
    })
}
