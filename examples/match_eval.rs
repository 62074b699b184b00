//! Judges the matching of an officer's words to datasets on a data team's own list.
//!
//! cargo run --release --example match_eval -- CATALOG QUERIES [--vocabulary FILE] [--exact-only]
//!
//! CATALOG: any dataset list the app opens (its JSON, a CSV spreadsheet, a CKAN or DCAT-AP
//! export). QUERIES: JSON, `[{"phrase": "...", "level": "neighbourhood", "frequency": "year",
//! "expected": ["dataset-id", ...]}, ...]` (`level`, `frequency` optional; `expected` may be
//! empty: no dataset in the list answers the phrase). Other fields are ignored.
//!
//! Prints one JSON line per query (`phrase`, `ranked`: the top 10 dataset ids in order,
//! `rank_of_first_expected`: 1-based, or null) and a last line with `recall_at_1`, `recall_at_5`
//! and `mrr` over the queries with expected datasets, and `false_suggestions_for_empty`: the
//! queries without expected datasets that got any dataset offered. The ranking is what the app
//! shows for an open need: datasets holding the phrase as a concept first (those count as
//! covering), then the suggestions. `--exact-only` leaves the suggestions out: the baseline of
//! exact concept matching. `--vocabulary FILE` adds a team's synonyms to the shipped ones.
//! `--explain` adds to each line why the first five datasets were offered.

use std::process::ExitCode;

use redeneerlijn::analysis::{reason_text, CatalogIndex, DatasetRef, IndexBuilder, Need};
use redeneerlijn::catalog::Catalog;
use redeneerlijn::i18n::Lang;
use redeneerlijn::io::csv::{guess_mapping, import_table, read_table};
use redeneerlijn::io::{import_vocabulary, open_json, parse_frequency, parse_level, Opened};
use redeneerlijn::matching::{Searcher, Vocabulary};
use redeneerlijn::model::{Frequency, GeoLevel};
use serde::Deserialize;
use serde_json::json;

const SHOWN: usize = 10;

#[derive(Deserialize)]
struct Query {
    phrase: String,
    level: Option<String>,
    frequency: Option<String>,
    #[serde(default)]
    expected: Vec<String>,
}

struct Args {
    catalog: String,
    queries: String,
    vocabulary: Option<String>,
    exact_only: bool,
    explain: bool,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("match_eval: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let catalog = read_catalog(&args.catalog)?;
    let vocabulary = match &args.vocabulary {
        None => Vocabulary::shipped(),
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
            let team = import_vocabulary(&bytes)
                .map_err(|e| format!("{path}: {}", e.messages(Lang::En).join("; ")))?;
            std::sync::Arc::new(Vocabulary::shipped().extended(&team.vocabulary))
        }
    };
    let mut builder = IndexBuilder::with_vocabulary(&catalog.title, vocabulary);
    for dataset in catalog.datasets() {
        builder.add(dataset);
    }
    let index = builder.finish();

    let text =
        std::fs::read_to_string(&args.queries).map_err(|e| format!("{}: {e}", args.queries))?;
    let queries: Vec<Query> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", args.queries))?;

    let mut searcher = Searcher::default();
    let (mut answered, mut at_1, mut at_5, mut reciprocal) = (0usize, 0usize, 0usize, 0.0f64);
    let (mut empty, mut false_suggestions) = (0usize, 0usize);
    for (number, query) in queries.iter().enumerate() {
        let need = need_of(query).map_err(|e| format!("{} [{number}]: {e}", args.queries))?;
        let ranked = rank(&index, &mut searcher, &query.phrase, &need, args.exact_only);
        let ids: Vec<&str> = ranked
            .iter()
            .map(|&d| index.dataset_id(d).0.as_str())
            .collect();
        let first = ids
            .iter()
            .position(|id| query.expected.iter().any(|e| e == id))
            .map(|at| at + 1);
        if query.expected.is_empty() {
            empty += 1;
            false_suggestions += usize::from(!ids.is_empty());
        } else {
            answered += 1;
            at_1 += usize::from(first == Some(1));
            at_5 += usize::from(first.is_some_and(|r| r <= 5));
            reciprocal += first.map_or(0.0, |r| 1.0 / r as f64);
        }
        let shown: Vec<&str> = ids.into_iter().take(SHOWN).collect();
        let mut line =
            json!({"phrase": query.phrase, "ranked": shown, "rank_of_first_expected": first});
        if args.explain {
            line["why"] = explain(&index, &mut searcher, &query.phrase, &ranked);
        }
        println!("{line}");
    }
    let share = |n: usize, of: usize| {
        if of == 0 {
            serde_json::Value::Null
        } else {
            json!(round(n as f64 / of as f64))
        }
    };
    println!(
        "{}",
        json!({
            "queries": queries.len(),
            "answered": answered,
            "empty": empty,
            "recall_at_1": share(at_1, answered),
            "recall_at_5": share(at_5, answered),
            "mrr": if answered == 0 { serde_json::Value::Null } else { json!(round(reciprocal / answered as f64)) },
            "false_suggestions_for_empty": false_suggestions,
        })
    );
    Ok(())
}

/// Per ranked dataset (the first five), why the matcher offered it.
fn explain(
    index: &CatalogIndex,
    searcher: &mut Searcher,
    phrase: &str,
    ranked: &[DatasetRef],
) -> serde_json::Value {
    let shown = ranked.get(..ranked.len().min(5)).unwrap_or(&[]);
    let reasons = index.explain_each(searcher, phrase, shown);
    let why: Vec<serde_json::Value> = shown
        .iter()
        .zip(reasons)
        .map(|(&dataset, reasons)| {
            let reasons: Vec<String> = reasons.iter().map(|r| reason_text(r, Lang::En)).collect();
            json!({"dataset": index.dataset_id(dataset).0, "reasons": reasons})
        })
        .collect();
    json!(why)
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Exact concept matches (in list order), then the suggestions; `exact_only`: the baseline.
fn rank(
    index: &CatalogIndex,
    searcher: &mut Searcher,
    phrase: &str,
    need: &Need,
    exact_only: bool,
) -> Vec<DatasetRef> {
    if exact_only {
        index.holding(phrase)
    } else {
        index.ranked_for(searcher, phrase, Some(need), SHOWN)
    }
}

/// The need a query stands for: its level and frequency, or the coarsest and rarest (no gaps).
fn need_of(query: &Query) -> Result<Need, String> {
    let level = match &query.level {
        None => GeoLevel::Municipality,
        Some(word) => parse_level(word).ok_or_else(|| format!("unknown level {word:?}"))?,
    };
    let frequency = match &query.frequency {
        None => Frequency::ALL.last().copied().unwrap_or(Frequency::Year),
        Some(word) => parse_frequency(word).ok_or_else(|| format!("unknown frequency {word:?}"))?,
    };
    Ok(Need::asked(level, frequency, None))
}

fn read_catalog(path: &str) -> Result<Catalog, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let is_csv = path.to_ascii_lowercase().ends_with(".csv") || path.ends_with(".tsv");
    if is_csv {
        let table = read_table(&bytes).map_err(|e| format!("{path}: {e:?}"))?;
        let mapping = guess_mapping(&table.headers);
        return Ok(import_table(&table, &mapping, path).catalog);
    }
    match open_json(&bytes, path)
        .map_err(|e| format!("{path}: {}", e.messages(Lang::En).join("; ")))?
    {
        Opened::Catalog(loaded) => Ok(loaded.catalog),
        Opened::Portal(importer) => Ok(importer.finish().catalog),
        _ => Err(format!("{path}: not a dataset list")),
    }
}

fn parse_args() -> Result<Args, String> {
    let usage = "usage: match_eval CATALOG QUERIES [--vocabulary FILE] [--exact-only] [--explain]";
    let mut positional = Vec::new();
    let (mut vocabulary, mut exact_only, mut explain) = (None, false, false);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--vocabulary" => vocabulary = Some(args.next().ok_or(usage)?),
            "--exact-only" => exact_only = true,
            "--explain" => explain = true,
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}; {usage}")),
            _ => positional.push(arg),
        }
    }
    let [catalog, queries]: [String; 2] = positional.try_into().map_err(|_| usage.to_owned())?;
    Ok(Args {
        catalog,
        queries,
        vocabulary,
        exact_only,
        explain,
    })
}
