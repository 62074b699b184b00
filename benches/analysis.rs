//! Benchmarks of the core analysis on generated inputs (see `redeneerlijn::generate`).
//! Run: `cargo bench --bench analysis`. Budget and figures: docs/benchmarks.md.
#![cfg(not(target_arch = "wasm32"))]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion};
use redeneerlijn::analysis::{analyse, CatalogIndex};
use redeneerlijn::generate;

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
    index_build
);
criterion_main!(benches);
