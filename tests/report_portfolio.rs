#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The portfolio report on the shipped examples: two teams' reasoning lines (and a third, small
//! one from the e2e fixtures) against the example catalog, as tables and as CSV.

use redeneerlijn::analysis::{analyse_portfolio, CatalogIndex, Portfolio};
use redeneerlijn::i18n::Lang;
use redeneerlijn::io::{import_catalog, import_graph};
use redeneerlijn::model::ReasoningLine;
use redeneerlijn::report::{portfolio_report, portfolio_rows, portfolio_sections, write_csv};

fn line(bytes: &[u8]) -> ReasoningLine {
    let loaded = import_graph(bytes).unwrap();
    assert!(loaded.notices.is_empty(), "{:?}", loaded.notices);
    loaded.line
}

fn index() -> CatalogIndex {
    let catalog = import_catalog(include_bytes!(
        "../assets/examples/catalogus-voorbeeldgemeente.json"
    ))
    .unwrap()
    .catalog;
    CatalogIndex::new(&catalog)
}

fn three_lines() -> Vec<(&'static str, ReasoningLine)> {
    vec![
        (
            "Armoede",
            line(include_bytes!("../assets/examples/armoede-gezinnen.json")),
        ),
        (
            "Eenzaamheid",
            line(include_bytes!(
                "../assets/examples/eenzaamheid-ouderen.json"
            )),
        ),
        (
            "Meedoen",
            line(include_bytes!("e2e/fixtures/meedoen-jeugd.json")),
        ),
    ]
}

fn portfolio(lines: &[(&'static str, ReasoningLine)], index: &CatalogIndex) -> Portfolio {
    let refs: Vec<(&str, &ReasoningLine)> = lines.iter().map(|(t, l)| (*t, l)).collect();
    analyse_portfolio(&refs, index)
}

fn rows(cells: &[&[&str]]) -> Vec<Vec<String>> {
    cells
        .iter()
        .map(|row| row.iter().map(|c| (*c).to_owned()).collect())
        .collect()
}

#[test]
fn coverage_per_line_counts_needs_by_verdict() {
    let index = index();
    let report = portfolio_report(&portfolio(&three_lines(), &index), &index, Lang::Nl);
    assert_eq!(report.coverage.heading, "Dekking per redeneerlijn");
    // The figures of the examples as `tests/examples.rs` has them: 23/65 and 16/56.
    assert_eq!(
        report.coverage.rows,
        rows(&[
            &[
                "Redeneerlijn",
                "Databehoeften",
                "Gedekt",
                "Deels gedekt",
                "Te koppelen",
                "Ontbreekt",
                "Aandeel gedekt"
            ],
            &["Armoede", "65", "23", "38", "4", "0", "35%"],
            &["Eenzaamheid", "56", "16", "28", "0", "12", "29%"],
            &["Meedoen", "14", "0", "9", "3", "2", "0%"],
        ])
    );
}

#[test]
fn the_matrix_marks_each_line_under_the_datasets_it_uses_in_id_order() {
    let index = index();
    let lines = three_lines();
    let portfolio = portfolio(&lines, &index);
    let matrix = portfolio_report(&portfolio, &index, Lang::Nl).matrix;
    assert_eq!(
        matrix.rows[0],
        [
            "Dataset",
            "Id",
            "Armoede",
            "Eenzaamheid",
            "Meedoen",
            "Aantal redeneerlijnen"
        ]
    );
    let body = &matrix.rows[1..];
    // 33 datasets, 13 of which no line uses (the personal "Registratie vroegsignalering" among
    // them: the dashboard without personal data covers what Armoede asks of it).
    assert_eq!(body.len(), 20);
    let ids: Vec<&str> = body.iter().map(|r| r[1].as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(ids, sorted, "datasets in id order");
    let row = |id: &str| body.iter().find(|r| r[1] == id).unwrap().clone();
    assert_eq!(
        row("cbs-85984NED"),
        [
            "Kerncijfers wijken en buurten 2024",
            "cbs-85984NED",
            "ja",
            "",
            "ja",
            "2"
        ]
    );
    assert_eq!(row("gem-wijkteam")[2..], ["ja", "ja", "", "2"]);
    assert_eq!(row("gem-leerplicht")[2..], ["", "", "ja", "1"]);
    assert!(!ids.contains(&"gem-bag"), "nobody uses the BAG");
    // Each column has as many marks as the line uses datasets; the count column adds them up.
    for (column, team) in portfolio.teams.iter().enumerate() {
        let marks = body.iter().filter(|r| r[2 + column] == "ja").count();
        assert_eq!(marks, team.analysis.used.len(), "{}", team.team);
    }
    assert_eq!(
        portfolio
            .teams
            .iter()
            .map(|t| t.analysis.used.len())
            .collect::<Vec<_>>(),
        [13, 9, 3]
    );
    for r in body {
        let marks = r[2..5].iter().filter(|c| *c == "ja").count();
        assert_eq!(r[5], marks.to_string(), "{r:?}");
    }
}

#[test]
fn data_islands_are_the_datasets_one_line_uses_with_their_owner() {
    let index = index();
    let report = portfolio_report(&portfolio(&three_lines(), &index), &index, Lang::Nl);
    let islands = &report.islands.rows;
    assert_eq!(
        islands[0],
        [
            "Dataset",
            "Id",
            "Eigenaar",
            "Toegang",
            "Alleen gebruikt door"
        ]
    );
    assert_eq!(islands.len(), 1 + 15);
    assert_eq!(
        islands[1],
        [
            "Kerncijfers wijken en buurten 2023",
            "cbs-85618NED",
            "Centraal Bureau voor de Statistiek",
            "open",
            "Armoede"
        ]
    );
    assert!(islands.contains(&vec![
        "Leerplichtregistratie".to_owned(),
        "gem-leerplicht".to_owned(),
        "Team Leerplicht".to_owned(),
        "persoonsgegevens".to_owned(),
        "Meedoen".to_owned(),
    ]));
    // Exactly the matrix rows with one mark.
    let single: Vec<&String> = report.matrix.rows[1..]
        .iter()
        .filter(|r| r[5] == "1")
        .map(|r| &r[1])
        .collect();
    let island_ids: Vec<&String> = islands[1..].iter().map(|r| &r[1]).collect();
    assert_eq!(single, island_ids);
}

#[test]
fn shared_gaps_are_concepts_several_lines_lack() {
    let index = index();
    let report = portfolio_report(&portfolio(&three_lines(), &index), &index, Lang::Nl);
    assert_eq!(
        report.shared_gaps.rows,
        rows(&[
            &["Begrip", "Nodig voor", "Aantal redeneerlijnen"],
            &[
                "kinderen in huishoudens met een laag inkomen",
                "Armoede | Meedoen",
                "2"
            ],
            // The Jeugdfonds data is there, but per municipality only and not for 2026-2027.
            &[
                "kinderen met een bijdrage van het jeugdfonds sport & cultuur",
                "Armoede | Meedoen",
                "2"
            ],
        ])
    );
}

#[test]
fn the_two_examples_alone_share_no_gap() {
    let index = index();
    let lines = three_lines();
    let report = portfolio_report(&portfolio(&lines[..2], &index), &index, Lang::En);
    assert_eq!(report.shared_gaps.rows.len(), 1, "{:?}", report.shared_gaps);
    assert_eq!(
        report.matrix.rows[0][2..],
        ["Armoede", "Eenzaamheid", "Number of reasoning lines"]
    );
    // Without the third line, the 2024 key figures are Armoede's alone.
    assert!(report
        .islands
        .rows
        .iter()
        .any(|r| r[1] == "cbs-85984NED" && r[3] == "open" && r[4] == "Armoede"));
}

#[test]
fn the_whole_portfolio_is_one_csv_with_each_table_under_its_heading() {
    let index = index();
    let portfolio = portfolio(&three_lines(), &index);
    let sections = portfolio_sections(&portfolio, &index, Lang::En);
    let headings: Vec<&str> = sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "Coverage per reasoning line",
            "Which reasoning line uses which dataset",
            "Data islands: datasets only one reasoning line uses",
            "Shared gaps: concepts several reasoning lines need that no dataset covers",
        ]
    );
    let csv = write_csv(&portfolio_rows(&portfolio, &index, Lang::En));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "Coverage per reasoning line");
    assert_eq!(
        lines[1],
        "Reasoning line;Data needs;Covered;Partly covered;To link;Missing;Share covered"
    );
    assert_eq!(lines[2], "Armoede;65;23;38;4;0;35%");
    assert_eq!(lines[5], "");
    assert_eq!(lines[6], "Which reasoning line uses which dataset");
    assert_eq!(
        lines[7],
        "Dataset;Id;Armoede;Eenzaamheid;Meedoen;Number of reasoning lines"
    );
    assert_eq!(
        lines[8],
        "Kerncijfers wijken en buurten 2023;cbs-85618NED;yes;;;1"
    );
    // 4 headings, 4 header rows, 3 teams, 20 datasets, 15 islands, 2 gaps, 3 blank rows, and
    // the empty text after the last line end.
    assert_eq!(lines.len(), 4 + 4 + 3 + 20 + 15 + 2 + 3 + 1);
    assert!(
        csv.contains("\r\nkinderen in huishoudens met een laag inkomen;Armoede | Meedoen;2\r\n")
    );
    // The same work gives the same bytes.
    assert_eq!(
        csv,
        write_csv(&portfolio_rows(&portfolio, &index, Lang::En))
    );
}

#[test]
fn without_a_catalog_every_need_is_missing_and_nothing_is_used() {
    let index = CatalogIndex::default();
    let mut lines = three_lines();
    lines.push(("Leeg", ReasoningLine::new("Leeg")));
    let report = portfolio_report(&portfolio(&lines, &index), &index, Lang::Nl);
    assert_eq!(
        report.coverage.rows[1],
        ["Armoede", "65", "0", "0", "0", "65", "0%"]
    );
    // A line without needs has no share.
    assert_eq!(
        report.coverage.rows[4],
        ["Leeg", "0", "0", "0", "0", "0", "–"]
    );
    assert_eq!(report.matrix.rows.len(), 1);
    assert_eq!(report.islands.rows.len(), 1);
    // The lines share only two concepts, which are gaps either way.
    let concepts: Vec<&str> = report.shared_gaps.rows[1..]
        .iter()
        .map(|r| r[0].as_str())
        .collect();
    assert_eq!(
        concepts,
        [
            "kinderen in huishoudens met een laag inkomen",
            "kinderen met een bijdrage van het jeugdfonds sport & cultuur"
        ]
    );
}
