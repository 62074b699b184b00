//! Shared by the catalog import tests (`io_csv`, `io_ckan`, `io_dcat`): what an import made,
//! written out one line per dataset, then the problems in Dutch, the fields not used and counts.
#![allow(dead_code)]

use redeneerlijn::catalog::AssumedField;
use redeneerlijn::i18n::Lang;
use redeneerlijn::io::csv::CatalogImport;
use redeneerlijn::io::level_word;

pub fn render(import: &CatalogImport) -> String {
    let mut out = String::new();
    for d in import.catalog.datasets() {
        let variables: Vec<String> = d
            .variables
            .iter()
            .map(|v| match v.aliases.as_slice() {
                [] => v.concept.clone(),
                aliases => format!("{} ({})", v.concept, aliases.join(", ")),
            })
            .collect();
        let period = d
            .period
            .map_or("-".to_owned(), |p| format!("{}-{}", p.from(), p.to()));
        // An assumed value is marked `?`: the source did not give it.
        let mark = |field| if d.is_assumed(field) { "?" } else { "" };
        out.push_str(&format!(
            "{} | {} | {} | {:?} | {}{} | {:?}{} | {period} | {:?}{} | {} | {}\n",
            d.id,
            d.title,
            d.owner,
            d.source,
            level_word(d.level),
            mark(AssumedField::Level),
            d.frequency,
            mark(AssumedField::Frequency),
            d.access,
            mark(AssumedField::Access),
            variables.join("; "),
            d.notes.replace('\n', " / ")
        ));
    }
    for problem in &import.problems {
        out.push_str(&format!("! {}\n", problem.message(Lang::Nl)));
    }
    out.push_str(&format!("not used: {}\n", import.unmapped.join(", ")));
    out.push_str(&format!(
        "records {}, skipped {}\n",
        import.rows, import.skipped
    ));
    out
}

#[track_caller]
pub fn assert_text(actual: &str, expected: &str) {
    assert_eq!(actual.trim(), expected.trim(), "\n--- actual ---\n{actual}");
}
