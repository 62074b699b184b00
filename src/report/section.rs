//! A titled table of a report: the unit both the CSV export and the printable page are made of.

/// One table of a report: a heading and its rows, the first row being the column headers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportSection {
    pub heading: String,
    pub rows: Vec<Vec<String>>,
}
