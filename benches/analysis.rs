//! Benchmarks of the core analysis on generated inputs (see `redeneerlijn::generate`).
//! Run: `cargo bench --bench analysis`. Budget and figures: docs/benchmarks.md.
#![cfg(not(target_arch = "wasm32"))]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use redeneerlijn::analysis::{analyse, CatalogIndex};
use redeneerlijn::generate;

/// (nodes, datasets): 10x steps, so growth can be compared with 10x.
const SIZES: [(usize, usize); 3] = [(100, 500), (1_000, 5_000), (10_000, 50_000)];

fn full_analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyse");
    group.sample_size(20);
    for (nodes, datasets) in SIZES {
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

criterion_group!(benches, full_analysis, index_build);
criterion_main!(benches);
