//! Deterministic generators of realistic-shaped reasoning lines and catalogs, for benchmarks, load
//! tests and example files. Not used by the app itself.
//!
//! The same arguments always give the same output (a small xorshift generator, no dependency), so
//! benchmark figures can be compared between runs and machines.
//!
//! Shape: goals, outcomes and interventions in layers (about 10 %, 40 % and 50 % of the nodes),
//! about 1.8 edges per node, all pointing towards the goals (no cycles), 1 to 3 indicators per
//! node. Concepts come from CBS Kerncijfers wijken en buurten (table 85984NED) and the
//! Gemeentelijk Gegevensmodel, numbered beyond the base list so large inputs stay distinct.

use std::collections::HashSet;

use crate::catalog::{AccessClass, Catalog, Dataset, DatasetId, SourceKind, Variable};
use crate::model::{
    Edge, EvidenceLevel, Frequency, GeoLevel, Indicator, Node, NodeId, NodeKind, ReasoningLine,
    Scope, YearRange,
};

/// Concept names the generated lines and catalogs share: CBS topic titles (85984NED) and
/// Gemeentelijk Gegevensmodel objects (domain Schuldhulpverlening).
const BASE_CONCEPTS: [(&str, &str); 16] = [
    ("Aantal inwoners", "AantalInwoners_5"),
    (
        "Huishoudens met een laag inkomen",
        "HuishoudensMetEenLaagInkomen_89",
    ),
    (
        "Huishoudens tot 120% van sociaal minimum",
        "HuishoudensTot120VanSociaalMinimum_92",
    ),
    (
        "Huish. onder of rond sociaal minimum",
        "HuishOnderOfRondSociaalMinimum_90",
    ),
    (
        "Gemiddeld inkomen per inwoner",
        "GemiddeldInkomenPerInwoner_83",
    ),
    (
        "Personen per soort uitkering; Bijstand",
        "PersonenPerSoortUitkeringBijstand_94",
    ),
    ("Nettoarbeidsparticipatie", "Nettoarbeidsparticipatie_78"),
    ("Wmo-cliënten", "WmoClienten_100"),
    (
        "Jongeren met jeugdzorg in natura",
        "JongerenMetJeugdzorgInNatura_98",
    ),
    ("Eenpersoonshuishoudens", "Eenpersoonshuishoudens_30"),
    ("Aanmelding schuldhulpverlening", "Aanmelding"),
    ("Begeleiding schuldhulpverlening", "Begeleiding"),
    ("Crisisinterventie", "Crisisinterventie"),
    ("Nazorg schuldhulpverlening", "Nazorg"),
    ("Oplossing schulden", "Oplossing"),
    ("Intake schuldhulpverlening", "Intake"),
];

const TEAMS: [&str; 4] = [
    "Team Werk en Inkomen",
    "Team Schuldhulpverlening",
    "Team Jeugd",
    "Team Wmo",
];

/// A xorshift64* generator: tiny, fast and the same everywhere. Not for anything secret.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // Zero is a fixed point of xorshift; any other seed works.
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..bound` (0 when `bound` is 0).
    pub fn below(&mut self, bound: usize) -> usize {
        if bound == 0 {
            return 0;
        }
        (self.next_u64() % bound as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T], fallback: T) -> T {
        items
            .get(self.below(items.len()))
            .copied()
            .unwrap_or(fallback)
    }
}

/// Concept number `n`: a base concept, with a suffix beyond the base list.
pub fn concept(n: usize) -> String {
    let (name, _) = base(n);
    match n / BASE_CONCEPTS.len() {
        0 => name.to_owned(),
        round => format!("{name} {round}"),
    }
}

/// Another name for concept `n`, as a catalog might list it (a CBS key or GGM object name).
pub fn concept_alias(n: usize) -> String {
    let (_, alias) = base(n);
    match n / BASE_CONCEPTS.len() {
        0 => alias.to_owned(),
        round => format!("{alias}_{round}"),
    }
}

fn base(n: usize) -> (&'static str, &'static str) {
    BASE_CONCEPTS
        .get(n % BASE_CONCEPTS.len())
        .copied()
        .unwrap_or(("Aantal inwoners", "AantalInwoners_5"))
}

/// The id of generated dataset number `n`.
pub fn dataset_id(n: usize) -> DatasetId {
    DatasetId(format!("ds-{n:06}"))
}

fn years(from: i32, to: i32) -> Option<YearRange> {
    YearRange::new(from, to)
}

/// A reasoning line of `nodes` nodes and about `1.8 * nodes` edges. Indicators use concepts
/// `0..nodes`; about 5 % link a dataset of a catalog of `nodes * 5` datasets by hand.
pub fn reasoning_line(nodes: usize, seed: u64) -> ReasoningLine {
    let mut rng = Rng::new(seed);
    let mut line = ReasoningLine::new(format!("Gegenereerde redeneerlijn ({nodes} onderdelen)"));
    let goals = nodes.div_ceil(10);
    let outcomes = (nodes * 4 / 10).min(nodes.saturating_sub(goals));
    let mut ids: Vec<NodeId> = Vec::with_capacity(nodes);
    for n in 0..nodes {
        let kind = if n < goals {
            NodeKind::Goal
        } else if n < goals + outcomes {
            NodeKind::Outcome
        } else {
            NodeKind::Intervention
        };
        ids.push(line.add_node(node(&mut rng, kind, n, nodes)));
    }

    let mut seen: HashSet<(usize, usize)> = HashSet::new();
    let mut connect = |rng: &mut Rng, line: &mut ReasoningLine, from: usize, to: usize| {
        if from != to && seen.insert((from, to)) {
            if let (Some(&a), Some(&b)) = (ids.get(from), ids.get(to)) {
                let edge = Edge {
                    assumption: "Naar verwachting draagt dit bij.".to_owned(),
                    evidence: rng.pick(
                        &[
                            EvidenceLevel::None,
                            EvidenceLevel::PracticeBased,
                            EvidenceLevel::ResearchBased,
                        ],
                        EvidenceLevel::None,
                    ),
                };
                // Both ids were just handed out, so this cannot fail; ignore it if it did.
                let _ = line.add_edge(a, b, edge);
            }
        }
    };
    // Layers, from the goals down: top goals, sub-goals, three rings of outcomes, interventions.
    // Every edge points one or two layers up, so the graph has no cycles and stays as shallow as
    // real reasoning lines are. Averages: goals 0.7, outcomes 1.8, interventions 2.1 edges.
    let top_goals = goals.div_ceil(3);
    let third = outcomes.div_ceil(3);
    let bounds = [
        0,
        top_goals,
        goals,
        goals + third,
        goals + (2 * third).min(outcomes),
        goals + outcomes,
        nodes,
    ];
    let layer_of = |n: usize| bounds.iter().rposition(|&b| b <= n).unwrap_or(0);
    let range = |layer: usize| {
        let from = bounds.get(layer).copied().unwrap_or(0);
        let to = bounds.get(layer + 1).copied().unwrap_or(from);
        from..to
    };
    for n in 0..nodes {
        let layer = layer_of(n);
        let (count, near, far) = match layer {
            0 => (0, 0, 0),
            1 => (1, 0, 0),
            2 => (1 + usize::from(rng.chance(80)), 0, 1),
            5 => (2, 4, 3),
            _ => (
                1 + usize::from(rng.chance(80)),
                layer - 1,
                layer.saturating_sub(2).max(1),
            ),
        };
        for _ in 0..count {
            let target_layer = if rng.chance(75) { near } else { far };
            let target_layer = if layer == 5 && rng.chance(10) {
                1
            } else {
                target_layer
            };
            let targets = range(target_layer);
            let span = targets.end.saturating_sub(targets.start);
            if span > 0 {
                let to = targets.start + rng.below(span);
                connect(&mut rng, &mut line, n, to);
            }
        }
    }
    line
}

fn node(rng: &mut Rng, kind: NodeKind, n: usize, nodes: usize) -> Node {
    let title = match kind {
        NodeKind::Goal => format!("Minder huishoudens in armoede ({n})"),
        NodeKind::Outcome => format!("Meer inwoners op tijd geholpen bij schulden ({n})"),
        NodeKind::Intervention => format!("Vroegsignalering betalingsachterstanden ({n})"),
    };
    let mut node = Node::new(kind, title);
    node.owner = rng.pick(&TEAMS, "Team Werk en Inkomen").to_owned();
    if kind == NodeKind::Goal {
        node.scope = Scope {
            area: Some("Gemeente Utrecht".to_owned()),
            target_group: Some(
                "Huishoudens met een inkomen tot 120% van het sociaal minimum".to_owned(),
            ),
            period: years(2020, 2026),
        };
    }
    for _ in 0..1 + rng.below(3) {
        let concept_n = rng.below(nodes.max(1));
        let level = rng.pick(
            &[
                GeoLevel::Person,
                GeoLevel::Neighbourhood,
                GeoLevel::District,
                GeoLevel::Municipality,
            ],
            GeoLevel::Municipality,
        );
        let frequency = rng.pick(
            &[Frequency::Month, Frequency::Quarter, Frequency::Year],
            Frequency::Year,
        );
        let mut indicator = Indicator::new(concept(concept_n), level, frequency);
        indicator.unit = "aantal".to_owned();
        if rng.chance(20) {
            indicator.period = years(2022, 2025);
        }
        if rng.chance(5) {
            indicator
                .linked_datasets
                .push(dataset_id(rng.below(nodes * 5 + 1)));
        }
        node.indicators.push(indicator);
    }
    node
}

/// A catalog of `datasets` datasets, each with 1 to 4 variables drawn from concepts
/// `0..datasets / 2` (so a line of `datasets / 5` nodes finds about five datasets per concept).
pub fn catalog(datasets: usize, seed: u64) -> Catalog {
    let mut rng = Rng::new(seed.wrapping_add(1));
    let mut catalog = Catalog::new(format!("Gegenereerde datasetlijst ({datasets} datasets)"));
    let concepts = (datasets / 2).max(1);
    for n in 0..datasets {
        let level = rng.pick(&GeoLevel::ALL, GeoLevel::Municipality);
        let frequency = rng.pick(&Frequency::ALL, Frequency::Year);
        let mut dataset = Dataset::new(
            dataset_id(n).0,
            format!("Registratie {n}"),
            level,
            frequency,
        );
        dataset.source = rng.pick(
            &[
                SourceKind::Cbs,
                SourceKind::Municipality,
                SourceKind::Partner,
                SourceKind::Other,
            ],
            SourceKind::Municipality,
        );
        dataset.owner = rng.pick(&TEAMS, "Team Werk en Inkomen").to_owned();
        dataset.access = rng.pick(
            &[
                AccessClass::Open,
                AccessClass::Internal,
                AccessClass::Internal,
                AccessClass::Personal,
            ],
            AccessClass::Internal,
        );
        let start = 2010 + rng.below(12) as i32;
        dataset.period = if rng.chance(10) {
            None
        } else {
            years(start, start + rng.below(16) as i32)
        };
        for _ in 0..1 + rng.below(4) {
            let concept_n = rng.below(concepts);
            dataset.variables.push(Variable {
                concept: concept(concept_n),
                aliases: if rng.chance(30) {
                    vec![concept_alias(concept_n)]
                } else {
                    Vec::new()
                },
            });
        }
        catalog.insert(dataset);
    }
    catalog
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_output() {
        assert_eq!(reasoning_line(200, 7), reasoning_line(200, 7));
        assert_eq!(catalog(300, 7), catalog(300, 7));
        assert_ne!(reasoning_line(200, 7), reasoning_line(200, 8));
    }

    #[test]
    fn shape_is_as_documented() {
        let line = reasoning_line(1000, 1);
        assert_eq!(line.node_count(), 1000);
        let ratio = line.edge_count() as f64 / 1000.0;
        assert!((1.6..=2.0).contains(&ratio), "{ratio} edges per node");
        assert!(line
            .nodes()
            .all(|n| (1..=3).contains(&n.node.indicators.len())));
        assert!(line.invariant_violations().is_empty());
        assert_eq!(catalog(500, 1).len(), 500);
    }

    #[test]
    fn tiny_sizes_do_not_panic() {
        for n in 0..5 {
            let _ = reasoning_line(n, 3);
            let _ = catalog(n, 3);
        }
    }
}
