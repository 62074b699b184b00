//! Several teams' reasoning lines against one catalog: which data only one team uses (a data
//! island, worth sharing) and which needs several teams have that no dataset covers (worth
//! acquiring together).

use std::collections::{BTreeMap, BTreeSet};

use super::index::{CatalogIndex, DatasetRef};
use super::normalise::normalise_into;
use super::{analyse, Analysis};
use crate::model::ReasoningLine;

/// One team's reasoning line, analysed.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamAnalysis {
    pub team: String,
    pub analysis: Analysis,
}

/// A dataset that only one team's reasoning line uses.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DataIsland {
    pub dataset: DatasetRef,
    pub team: String,
}

/// A concept (normalised) several teams need that no dataset covers for any of them.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SharedGap {
    pub concept: String,
    /// The teams that need it, sorted.
    pub teams: Vec<String>,
}

/// The analysis of several reasoning lines against one catalog.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Portfolio {
    /// One entry per input line, in input order; `analysis.score` is the team's coverage.
    pub teams: Vec<TeamAnalysis>,
    /// By dataset, in id order.
    pub islands: Vec<DataIsland>,
    /// By concept.
    pub shared_gaps: Vec<SharedGap>,
}

/// Analyses each `(team, line)` and compares them. Lines with the same team name count as one
/// team.
pub fn analyse_portfolio(lines: &[(&str, &ReasoningLine)], index: &CatalogIndex) -> Portfolio {
    let teams: Vec<TeamAnalysis> = lines
        .iter()
        .map(|(team, line)| TeamAnalysis {
            team: (*team).to_owned(),
            analysis: analyse(line, index),
        })
        .collect();

    let mut users: BTreeMap<DatasetRef, BTreeSet<&str>> = BTreeMap::new();
    // Per normalised concept: the teams needing it, and whether any of them has it covered.
    let mut concepts: BTreeMap<String, (BTreeSet<&str>, bool)> = BTreeMap::new();
    let mut buffer = String::new();
    for team in &teams {
        for &dataset in &team.analysis.used {
            users.entry(dataset).or_default().insert(&team.team);
        }
        for checked in &team.analysis.needs {
            normalise_into(team.analysis.concept(&checked.need), &mut buffer);
            let entry = match concepts.get_mut(buffer.as_str()) {
                Some(entry) => entry,
                None => concepts.entry(buffer.clone()).or_default(),
            };
            entry.0.insert(&team.team);
            entry.1 |= checked.coverage.is_covered();
        }
    }

    let islands = users
        .into_iter()
        .filter(|(_, teams)| teams.len() == 1)
        .filter_map(|(dataset, teams)| {
            teams.first().map(|team| DataIsland {
                dataset,
                team: (*team).to_owned(),
            })
        })
        .collect();
    let shared_gaps = concepts
        .into_iter()
        .filter(|(_, (teams, covered))| teams.len() > 1 && !covered)
        .map(|(concept, (teams, _))| SharedGap {
            concept,
            teams: teams.into_iter().map(str::to_owned).collect(),
        })
        .collect();

    Portfolio {
        teams,
        islands,
        shared_gaps,
    }
}
