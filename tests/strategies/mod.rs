//! Generators of plain values shared by the property tests of the file formats (`io_props`,
//! `workshop_props`, `io_vocabulary_props`).

use proptest::prelude::*;

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
