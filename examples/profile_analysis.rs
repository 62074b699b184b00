//! Runs `analysis::analyse` in a loop on a generated line of N nodes against 5 N datasets, for a
//! profiler (`perf record`); see docs/benchmarks.md. The figures to report come from
//! `cargo bench --bench analysis`, not from this loop.
//!
//! Run: `cargo run --release --example profile_analysis -- 10000 [runs]`

use std::hint::black_box;
use std::time::Instant;

use redeneerlijn::analysis::{analyse, CatalogIndex};
use redeneerlijn::generate;

fn main() {
    let nodes: usize = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(10_000);
    let line = generate::reasoning_line(nodes, 42);
    let index = CatalogIndex::new(&generate::catalog(nodes * 5, 42));
    // By default about the same number of needs checked whatever the size, so a profile takes
    // seconds; a second argument sets the number of runs (1 or 2 under cachegrind).
    let runs = std::env::args()
        .nth(2)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or((20_000_000 / (nodes.max(1) * 10)).max(1));
    let start = Instant::now();
    for _ in 0..runs {
        black_box(analyse(black_box(&line), black_box(&index)));
    }
    let per_run = start.elapsed() / u32::try_from(runs).unwrap_or(u32::MAX);
    println!(
        "{nodes} nodes x {} datasets: {per_run:?} per analysis ({runs} runs)",
        nodes * 5
    );
}
