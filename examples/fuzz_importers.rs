//! Fuzz campaign against the importers (graph, catalog and vocabulary JSON, catalog CSV, CKAN,
//! DCAT-AP): mutated fixtures (byte flips, truncation, splicing, duplicated fragments, deep
//! nesting, huge numbers, unicode). No dependencies, deterministic.
//!
//! cargo run --release --example fuzz_importers -- 1000000 [seed]
//!
//! The release profile aborts on panic, so a panic ends the run with a non-zero exit; the panic
//! hook first saves the input to `target/fuzz-crash.bin` and prints its number.

#[path = "../tests/io_support/mod.rs"]
mod io_support;

use std::cell::RefCell;
use std::process::ExitCode;
use std::time::Instant;

thread_local! {
    static CURRENT: RefCell<(u64, Vec<u8>)> = const { RefCell::new((0, Vec::new())) };
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let count = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000u64);
    let seed = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(0x5EED_u64);
    let seeds = io_support::all_fixture_bytes();

    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        CURRENT.with(|current| {
            let (index, input) = &*current.borrow();
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/target/fuzz-crash.bin");
            let _ = std::fs::write(path, input);
            eprintln!("PANIC on input {index} (seed {seed}); input saved to {path}");
        });
        default_hook(info);
    }));

    let started = Instant::now();
    let outcome = io_support::campaign::run(&seeds, seed, count, |index, input| {
        CURRENT.with(|current| {
            let mut current = current.borrow_mut();
            current.0 = index;
            current.1.clear();
            current.1.extend_from_slice(input);
        });
    });
    let elapsed = started.elapsed();

    println!("inputs:           {}", outcome.inputs);
    println!("seed:             {seed}");
    println!("time:             {:.1} s", elapsed.as_secs_f64());
    println!("panics:           0");
    println!("graphs loaded:    {}", outcome.graphs_loaded);
    println!("catalogs loaded:  {}", outcome.catalogs_loaded);
    println!("vocabularies:     {}", outcome.vocabularies_loaded);
    println!(
        "CSV tables read:  {} ({} datasets)",
        outcome.csv_tables, outcome.csv_datasets
    );
    println!(
        "CKAN/DCAT read:   {} ({} datasets)",
        outcome.portal_files, outcome.portal_datasets
    );
    println!("refused, by first problem (graph, catalog and vocabulary importer together):");
    for (code, times) in &outcome.first_problems {
        println!("  {code:<22} {times}");
    }
    if outcome.failures.is_empty() {
        println!("round-trip failures: 0");
        ExitCode::SUCCESS
    } else {
        println!("round-trip failures: {}", outcome.failures.len());
        for failure in outcome.failures.iter().take(20) {
            println!("  {failure}");
        }
        ExitCode::FAILURE
    }
}
