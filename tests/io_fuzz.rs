#![cfg(not(target_arch = "wasm32"))]
// Test code: helpers outside #[test] functions fail loudly too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Mutation fuzzing of the importers: no input may panic, and whatever loads must write and load
//! back to the same value. The full campaign (a million inputs) is `examples/fuzz_importers.rs`.

mod io_support;

use std::panic::{catch_unwind, AssertUnwindSafe};

fn campaign(count: u64, seed: u64) {
    let seeds = io_support::all_fixture_bytes();
    let mut last = Vec::new();
    let result = catch_unwind(AssertUnwindSafe(|| {
        io_support::campaign::run(&seeds, seed, count, |_, input| {
            last.clear();
            last.extend_from_slice(input);
        })
    }));
    let outcome = result.unwrap_or_else(|_| {
        panic!(
            "an importer panicked on: {:?}",
            String::from_utf8_lossy(&last)
        )
    });
    assert_eq!(outcome.inputs, count);
    assert_eq!(outcome.failures, Vec::<String>::new());
    // The mutator must reach past the parser, or the campaign proves little.
    assert!(
        outcome.graphs_loaded > 0 && outcome.catalogs_loaded > 0 && outcome.vocabularies_loaded > 0,
        "{outcome:?}"
    );
    assert!(outcome.first_problems.len() >= 10, "{outcome:?}");
}

#[test]
fn twenty_thousand_mutated_inputs_never_panic() {
    campaign(20_000, 0x5EED);
}

/// `cargo test --release --test io_fuzz -- --ignored` (about as fast as the example).
#[test]
#[ignore = "a million inputs: run in release mode"]
fn a_million_mutated_inputs_never_panic() {
    campaign(1_000_000, 0x0005_EED1);
}
