//! Several teams against one catalog: data islands, shared gaps and coverage per team.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod analysis_support;

use analysis_support::*;
use redeneerlijn::analysis::{analyse_portfolio, CatalogIndex};
use redeneerlijn::catalog::Catalog;
use redeneerlijn::model::{Frequency, GeoLevel, NodeKind, ReasoningLine};

fn check(lines: &[(&str, &ReasoningLine)], catalog: &Catalog, expected: &str) {
    let index = CatalogIndex::new(catalog);
    let portfolio = analyse_portfolio(lines, &index);
    let mut actual = String::new();
    for team in &portfolio.teams {
        let score = team.analysis.score;
        actual.push_str(&format!(
            "{}: {}/{} covered ({:.2})\n",
            team.team,
            score.covered,
            score.total(),
            score.share().unwrap_or(0.0)
        ));
    }
    for island in &portfolio.islands {
        actual.push_str(&format!(
            "island {} ({})\n",
            index.dataset_id(island.dataset),
            island.team
        ));
    }
    for gap in &portfolio.shared_gaps {
        actual.push_str(&format!(
            "shared gap \"{}\": {}\n",
            gap.concept,
            gap.teams.join(", ")
        ));
    }
    assert_text(&actual, expected);
}

fn jeugd_line() -> ReasoningLine {
    let mut line = ReasoningLine::new("Jeugd");
    let mut goal = node(
        NodeKind::Goal,
        "Kinderen groeien gezond op",
        vec![
            ind(
                "Huishoudens tot 120% van sociaal minimum",
                GeoLevel::Municipality,
                Frequency::Year,
            ),
            ind("Kinderen in armoede", GeoLevel::District, Frequency::Year),
        ],
    );
    goal.scope = scope("Huishoudens met kinderen", 2024, 2024);
    let goal = line.add_node(goal);
    let help = line.add_node(node(
        NodeKind::Intervention,
        "Jeugdfonds Sport en Cultuur",
        vec![ind("Aantal inwoners", GeoLevel::District, Frequency::Year)],
    ));
    connect(&mut line, help, goal);
    line
}

#[test]
fn islands_and_shared_gaps() {
    let mut schuldhulp = schuldhulp_line().line;
    // Both teams want "Kinderen in armoede"; no catalog holds it.
    let mut goal = schuldhulp
        .node(redeneerlijn::model::NodeId(0))
        .unwrap()
        .clone();
    goal.indicators.push(ind(
        "kinderen in  armoede",
        GeoLevel::Municipality,
        Frequency::Year,
    ));
    schuldhulp
        .set_node(redeneerlijn::model::NodeId(0), goal)
        .unwrap();
    let jeugd = jeugd_line();
    check(
        &[
            ("Team Schuldhulpverlening", &schuldhulp),
            ("Team Jeugd", &jeugd),
        ],
        &municipal_catalog(),
        r#"
Team Schuldhulpverlening: 1/9 covered (0.11)
Team Jeugd: 1/6 covered (0.17)
island brp-inwoners (Team Jeugd)
island shv-kwartaalcijfers (Team Schuldhulpverlening)
island shv-registratie (Team Schuldhulpverlening)
shared gap "huishoudens tot 120% van sociaal minimum": Team Jeugd, Team Schuldhulpverlening
shared gap "kinderen in armoede": Team Jeugd, Team Schuldhulpverlening
"#,
    );
}
