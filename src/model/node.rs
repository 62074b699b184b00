use super::terms::{EvidenceLevel, Frequency, GeoLevel, NodeKind, YearRange};
use crate::catalog::DatasetId;

/// Where, for whom and when. Set on a goal, it flows to the outcomes and interventions that
/// contribute to the goal unless they set their own (see `ReasoningLine::effective_scope`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scope {
    /// The area the policy is about, e.g. "Gemeente Utrecht" or "wijk Overvecht".
    pub area: Option<String>,
    pub target_group: Option<String>,
    pub period: Option<YearRange>,
}

impl Scope {
    /// Fields set here win; unset fields are taken from `inherited`.
    pub fn or(&self, inherited: &Scope) -> Scope {
        Scope {
            area: self.area.clone().or_else(|| inherited.area.clone()),
            target_group: self
                .target_group
                .clone()
                .or_else(|| inherited.target_group.clone()),
            period: self.period.or(inherited.period),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.area.is_none() && self.target_group.is_none() && self.period.is_none()
    }
}

/// What is measured for a node, and at which level, frequency and period it is needed.
#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    /// What is measured, e.g. "huishoudens met een inkomen tot 120% van het sociaal minimum".
    pub concept: String,
    pub unit: String,
    pub level: GeoLevel,
    pub frequency: Frequency,
    /// `None`: the period of the node's (inherited) scope.
    pub period: Option<YearRange>,
    /// `None`: the target group of the node's (inherited) scope.
    pub target_group: Option<String>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    /// Datasets a user linked to this indicator by hand. They win over automatic matching.
    pub linked_datasets: Vec<DatasetId>,
    /// Datasets the officer said do not fit this indicator: never suggested for it again.
    pub rejected_datasets: Vec<DatasetId>,
}

impl Indicator {
    pub fn new(concept: impl Into<String>, level: GeoLevel, frequency: Frequency) -> Indicator {
        Indicator {
            concept: concept.into(),
            unit: String::new(),
            level,
            frequency,
            period: None,
            target_group: None,
            baseline: None,
            target: None,
            linked_datasets: Vec::new(),
            rejected_datasets: Vec::new(),
        }
    }
}

/// A goal, outcome or intervention.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub title: String,
    pub description: String,
    /// The team that owns this part of the policy.
    pub owner: String,
    pub scope: Scope,
    pub indicators: Vec<Indicator>,
}

impl Node {
    pub fn new(kind: NodeKind, title: impl Into<String>) -> Node {
        Node {
            kind,
            title: title.into(),
            description: String::new(),
            owner: String::new(),
            scope: Scope::default(),
            indicators: Vec::new(),
        }
    }
}

/// "Contributes to": the source node is expected to contribute to the target node.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Edge {
    /// Why do we expect this?
    pub assumption: String,
    pub evidence: EvidenceLevel,
}
