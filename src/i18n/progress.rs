//! Texts of a long import in progress (a large spreadsheet or portal export), and the counts it
//! shows ("12.000 van 50.000 datasets ingelezen").

use super::Lang;

texts! {
    /// Texts of the progress display of a large import.
    pub enum ProgressText {
        Reading => ("Bestand lezen", "Reading the file"),
        Importing => ("Datasetlijst inlezen", "Importing the dataset list"),
        Indexing => (
            "Datasetlijst voorbereiden voor de analyse",
            "Preparing the dataset list for the analysis",
        ),
        DatasetsPrepared => ("datasets voorbereid", "datasets prepared"),
        Of => ("van", "of"),
        DatasetsImported => ("datasets ingelezen", "datasets imported"),
        Read => ("gelezen", "read"),
        Stop => ("Stoppen", "Stop"),
        StopHint => (
            "Stoppen laat de huidige datasetlijst zoals hij is.",
            "Stopping leaves the current dataset list as it is.",
        ),
        Stopped => ("Inlezen gestopt", "Import stopped"),
        StoppedKept => (
            "De datasetlijst is niet veranderd.",
            "The dataset list has not changed.",
        ),
    }
}

/// A count with its thousands grouped as the language writes them: 50.000 in Dutch, 50,000 in
/// English.
pub fn grouped(count: usize, lang: Lang) -> String {
    let separator = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (n, digit) in digits.chars().enumerate() {
        if n > 0 && (digits.len() - n) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// "12.000 van 50.000 datasets ingelezen" (records of a dataset list imported so far).
pub fn records_imported(done: usize, total: usize, lang: Lang) -> String {
    counted(done, total, ProgressText::DatasetsImported, lang)
}

/// "12.000 van 50.000 datasets voorbereid" (datasets of a new list in its index so far).
pub fn datasets_prepared(done: usize, total: usize, lang: Lang) -> String {
    counted(done, total, ProgressText::DatasetsPrepared, lang)
}

fn counted(done: usize, total: usize, what: ProgressText, lang: Lang) -> String {
    format!(
        "{} {} {} {}",
        grouped(done, lang),
        lang.tr(ProgressText::Of),
        grouped(total, lang),
        lang.tr(what)
    )
}

/// "45% gelezen" (of a file being read), rounded down so 100% means done.
pub fn share_read(done: usize, total: usize, lang: Lang) -> String {
    let percent = (done as u128 * 100)
        .checked_div(total as u128)
        .unwrap_or(100)
        .min(100);
    format!("{percent}% {}", lang.tr(ProgressText::Read))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_per_language() {
        assert_eq!(grouped(0, Lang::Nl), "0");
        assert_eq!(grouped(999, Lang::Nl), "999");
        assert_eq!(grouped(1_000, Lang::Nl), "1.000");
        assert_eq!(grouped(50_000, Lang::En), "50,000");
        assert_eq!(grouped(1_234_567, Lang::Nl), "1.234.567");
        assert_eq!(
            records_imported(12_000, 50_000, Lang::Nl),
            "12.000 van 50.000 datasets ingelezen"
        );
        assert_eq!(
            records_imported(12_000, 50_000, Lang::En),
            "12,000 of 50,000 datasets imported"
        );
    }

    #[test]
    fn shares_read_never_pass_a_hundred() {
        assert_eq!(share_read(0, 10, Lang::Nl), "0% gelezen");
        assert_eq!(share_read(999, 1_000, Lang::En), "99% read");
        assert_eq!(share_read(10, 10, Lang::En), "100% read");
        assert_eq!(share_read(0, 0, Lang::Nl), "100% gelezen");
    }
}
