//! Writes a generated reasoning line (and optionally a catalog) as files, for browser benchmarks
//! and load tests: `cargo run --release --example generate_graph -- NODES OUT.json [DATASETS
//! CATALOG.json|CATALOG.csv]` (a `.csv` name writes the catalog as a spreadsheet export).

use std::process::ExitCode;

use redeneerlijn::generate;
use redeneerlijn::io::csv::export_catalog_csv;
use redeneerlijn::io::{export_catalog, export_graph};
use redeneerlijn::layout::Layout;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(nodes), Some(out)) = (args.first().and_then(|n| n.parse().ok()), args.get(1)) else {
        eprintln!("usage: generate_graph NODES OUT.json [DATASETS CATALOG.json]");
        return ExitCode::FAILURE;
    };
    let line = generate::reasoning_line(nodes, 42);
    let written = export_graph(&line, &Layout::default())
        .map_err(|e| e.to_string())
        .and_then(|text| std::fs::write(out, text).map_err(|e| e.to_string()));
    if let Err(error) = written {
        eprintln!("{out}: {error}");
        return ExitCode::FAILURE;
    }
    println!(
        "{out}: {} nodes, {} edges",
        line.node_count(),
        line.edge_count()
    );
    if let (Some(datasets), Some(path)) = (args.get(2).and_then(|n| n.parse().ok()), args.get(3)) {
        let catalog = generate::catalog(datasets, 42);
        let text = if path.ends_with(".csv") {
            Ok(export_catalog_csv(&catalog))
        } else {
            export_catalog(&catalog).map_err(|e| e.to_string())
        };
        match text.and_then(|t| std::fs::write(path, t).map_err(|e| e.to_string())) {
            Ok(()) => println!("{path}: {} datasets", catalog.len()),
            Err(error) => {
                eprintln!("{path}: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
