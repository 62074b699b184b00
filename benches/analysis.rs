//! Benchmarks of the core analysis on generated inputs (see `redeneerlijn::generate`).
//! Run: `cargo bench --bench analysis`. Budget and figures: docs/benchmarks.md.
#![cfg(not(target_arch = "wasm32"))]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};
use redeneerlijn::analysis::{analyse, CatalogIndex, SuggestOptions};
use redeneerlijn::generate;
use redeneerlijn::matching::Searcher;

/// (nodes, datasets): 10x steps, so growth can be compared with 10x.
const SIZES: [(usize, usize); 3] = [(100, 500), (1_000, 5_000), (10_000, 50_000)];

fn full_analysis(c: &mut Criterion) {
    warm(c, "analyse", &SIZES);
}

/// The analysis of each (nodes, datasets) pair, run back to back.
fn warm(c: &mut Criterion, name: &str, pairs: &[(usize, usize)]) {
    let mut group = c.benchmark_group(name);
    group.sample_size(20);
    for &(nodes, datasets) in pairs {
        let line = generate::reasoning_line(nodes, 42);
        let index = CatalogIndex::new(&generate::catalog(datasets, 42));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{nodes}x{datasets}")),
            &(line, index),
            |b, (line, index)| b.iter(|| analyse(black_box(line), black_box(index))),
        );
    }
    group.finish();
}

/// Like `full_analysis`, but each run starts with caches holding other data (a 64 MB buffer is
/// written first, outside the measured time), as in the app, where an analysis follows an edit and
/// a render rather than another analysis of the same line. Reported next to the warm figures, not
/// instead of them.
fn cold_analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyse_cold");
    group.sample_size(20);
    let mut other = vec![0u8; 64 << 20];
    for (nodes, datasets) in SIZES {
        let line = generate::reasoning_line(nodes, 42);
        let index = CatalogIndex::new(&generate::catalog(datasets, 42));
        group.bench_function(
            BenchmarkId::from_parameter(format!("{nodes}x{datasets}")),
            |b| {
                b.iter_batched(
                    || {
                        for (i, byte) in other.iter_mut().enumerate().step_by(64) {
                            *byte = byte.wrapping_add(i as u8);
                        }
                    },
                    |()| analyse(black_box(&line), black_box(&index)),
                    BatchSize::PerIteration,
                )
            },
        );
    }
    group.finish();
}

/// Which input drives the growth: the line grows with the catalog fixed, then the catalog grows
/// with the line fixed (warm, as `full_analysis`).
fn line_or_catalog(c: &mut Criterion) {
    let pairs = [
        (100, 500),
        (1_000, 500),
        (10_000, 500),
        (1_000, 5_000),
        (1_000, 50_000),
    ];
    warm(c, "line_or_catalog", &pairs);
}

/// The first analysis after the index was built: every concept no dataset names exactly is looked
/// up in the text index once (later analyses reuse the remembered hits, as `full_analysis` shows).
fn first_analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyse_first");
    group.sample_size(10);
    for (nodes, datasets) in [(100, 500), (1_000, 5_000)] {
        let line = generate::reasoning_line(nodes, 42);
        let catalog = generate::catalog(datasets, 42);
        group.bench_function(
            BenchmarkId::from_parameter(format!("{nodes}x{datasets}")),
            |b| {
                b.iter_batched(
                    || CatalogIndex::new(&catalog),
                    // The index is returned, so dropping it is not measured.
                    |index| {
                        let analysis = analyse(black_box(&line), black_box(&index));
                        (index, analysis)
                    },
                    BatchSize::PerIteration,
                )
            },
        );
    }
    group.finish();
}

/// Suggestions for one keystroke in the concept field, natively (the browser figure is in
/// docs/benchmarks.md, from scripts/bench-suggest.mjs): phrases from officers' words, typed a
/// letter at a time, against 5,000 and 50,000 generated datasets.
fn suggest_keystroke(c: &mut Criterion) {
    let mut group = c.benchmark_group("suggest_keystroke");
    group.sample_size(20);
    let phrases = [
        "kinderen in armoede",
        "uitstroom naar werk",
        "schuldhulpverlening",
        "eenzame ouderen",
    ];
    let prefixes: Vec<&str> = phrases
        .iter()
        .flat_map(|p| (1..=p.len()).filter_map(move |n| p.get(..n)))
        .collect();
    for datasets in [5_000, 50_000] {
        let index = CatalogIndex::new(&generate::catalog(datasets, 42));
        let mut searcher = Searcher::default();
        let mut next = 0;
        group.bench_function(BenchmarkId::from_parameter(datasets), |b| {
            b.iter(|| {
                next = (next + 1) % prefixes.len();
                let typed = prefixes.get(next).copied().unwrap_or("");
                index.suggest(
                    &mut searcher,
                    black_box(typed),
                    SuggestOptions {
                        typing: true,
                        need: None,
                        exclude: &[],
                        limit: 6,
                    },
                )
            })
        });
    }
    group.finish();
}

fn index_build(c: &mut Criterion) {
    let mut group = c.benchmark_group("catalog_index");
    group.sample_size(10);
    for (_, datasets) in SIZES {
        let catalog = generate::catalog(datasets, 42);
        group.bench_with_input(
            BenchmarkId::from_parameter(datasets),
            &catalog,
            |b, catalog| b.iter(|| CatalogIndex::new(black_box(catalog))),
        );
    }
    group.finish();
}

criterion_group!(
    benches,
    full_analysis,
    cold_analysis,
    line_or_catalog,
    first_analysis,
    suggest_keystroke,
    index_build
);
criterion_main!(benches);
