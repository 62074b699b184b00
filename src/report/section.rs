//! A report in titled parts, each a table of text: what the CSV export and the printable page
//! both write.

/// One titled table of a report: a header row, then the data rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportSection {
    pub heading: String,
    /// The header row first; every row as long as the header.
    pub rows: Vec<Vec<String>>,
}

/// Several sections as one list of CSV rows: each section's heading as a row of its own, then
/// its rows, with a blank row between sections.
pub fn sections_rows(sections: &[ReportSection]) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for (n, section) in sections.iter().enumerate() {
        if n > 0 {
            rows.push(Vec::new());
        }
        rows.push(vec![section.heading.clone()]);
        rows.extend(section.rows.iter().cloned());
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(heading: &str, cells: &[&[&str]]) -> ReportSection {
        ReportSection {
            heading: heading.to_owned(),
            rows: cells
                .iter()
                .map(|row| row.iter().map(|c| (*c).to_owned()).collect())
                .collect(),
        }
    }

    #[test]
    fn sections_follow_each_other_with_a_blank_row_between() {
        let rows = sections_rows(&[
            section("A", &[&["x", "y"], &["1", "2"]]),
            section("B", &[&["z"]]),
        ]);
        let expected: Vec<Vec<String>> = vec![
            vec!["A".into()],
            vec!["x".into(), "y".into()],
            vec!["1".into(), "2".into()],
            vec![],
            vec!["B".into()],
            vec!["z".into()],
        ];
        assert_eq!(rows, expected);
        assert!(sections_rows(&[]).is_empty());
    }
}
