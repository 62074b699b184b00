//! Fixtures shared by the `analysis_*` tests: a small builder for reasoning lines and catalogs
//! with realistic Dutch content (CBS Kerncijfers wijken en buurten 2024, table 85984NED; the
//! Gemeentelijk Gegevensmodel domain Schuldhulpverlening), and renderers that turn results into
//! text so expectations can be written out in full.
#![allow(dead_code)]

use redeneerlijn::analysis::{Analysis, CatalogIndex, Coverage, NeedOrigin};
use redeneerlijn::catalog::{AccessClass, Catalog, Dataset, DatasetId, SourceKind, Variable};
use redeneerlijn::i18n::Lang;
use redeneerlijn::model::{
    Edge, Frequency, GeoLevel, Indicator, Node, NodeId, NodeKind, ReasoningLine, Scope, YearRange,
};

pub fn years(from: i32, to: i32) -> Option<YearRange> {
    YearRange::new(from, to)
}

pub fn ind(concept: &str, level: GeoLevel, frequency: Frequency) -> Indicator {
    Indicator::new(concept, level, frequency)
}

pub fn node(kind: NodeKind, title: &str, indicators: Vec<Indicator>) -> Node {
    let mut node = Node::new(kind, title);
    node.indicators = indicators;
    node
}

pub fn scope(target_group: &str, from: i32, to: i32) -> Scope {
    Scope {
        area: Some("Gemeente Utrecht".to_owned()),
        target_group: Some(target_group.to_owned()),
        period: years(from, to),
    }
}

pub fn connect(line: &mut ReasoningLine, from: NodeId, to: NodeId) {
    line.add_edge(from, to, Edge::default()).unwrap();
}

pub fn dataset(
    id: &str,
    concepts: &[(&str, &[&str])],
    level: GeoLevel,
    frequency: Frequency,
    period: Option<YearRange>,
    access: AccessClass,
) -> Dataset {
    let mut d = Dataset::new(id, id, level, frequency);
    d.source = if id.starts_with("cbs") {
        SourceKind::Cbs
    } else {
        SourceKind::Municipality
    };
    d.period = period;
    d.access = access;
    d.variables = concepts
        .iter()
        .map(|(concept, aliases)| Variable {
            concept: (*concept).to_owned(),
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        })
        .collect();
    d
}

/// A catalog like a municipality's: CBS 85984NED (per buurt, yearly, 2024 only), the BRP, the
/// municipal debt-assistance register (personal data) and a GGD health monitor.
pub fn municipal_catalog() -> Catalog {
    let mut catalog = Catalog::new("Datasetlijst Gemeente Utrecht");
    catalog.insert(dataset(
        "cbs-85984NED",
        &[
            ("Aantal inwoners", &["AantalInwoners_5"]),
            (
                "Huishoudens met een laag inkomen",
                &["HuishoudensMetEenLaagInkomen_89"],
            ),
            (
                "Huishoudens tot 120% van sociaal minimum",
                &["HuishoudensTot120VanSociaalMinimum_92"],
            ),
            (
                "Personen per soort uitkering; Bijstand",
                &["PersonenPerSoortUitkeringBijstand_94"],
            ),
        ],
        GeoLevel::Neighbourhood,
        Frequency::Year,
        years(2024, 2024),
        AccessClass::Open,
    ));
    catalog.insert(dataset(
        "brp-inwoners",
        &[("Aantal inwoners", &[])],
        GeoLevel::Person,
        Frequency::Month,
        years(2015, 2026),
        AccessClass::Personal,
    ));
    catalog.insert(dataset(
        "shv-registratie",
        &[
            ("Aanmelding schuldhulpverlening", &["Aanmelding"]),
            ("Begeleiding schuldhulpverlening", &["Begeleiding"]),
            ("Oplossing schulden", &["Oplossing"]),
        ],
        GeoLevel::Person,
        Frequency::Month,
        years(2019, 2026),
        AccessClass::Personal,
    ));
    catalog.insert(dataset(
        "shv-kwartaalcijfers",
        &[("Aanmelding schuldhulpverlening", &[])],
        GeoLevel::Municipality,
        Frequency::Quarter,
        years(2019, 2026),
        AccessClass::Internal,
    ));
    catalog.insert(dataset(
        "ggd-gezondheidsmonitor",
        &[("Ervaren financiële stress", &["Moeite met rondkomen"])],
        GeoLevel::District,
        Frequency::Year,
        None,
        AccessClass::Internal,
    ));
    catalog
}

/// The debt-assistance reasoning line of a municipality, as an officer would sketch it.
pub struct Schuldhulp {
    pub line: ReasoningLine,
    pub goal: NodeId,
    pub outcome: NodeId,
    pub intervention: NodeId,
}

pub fn schuldhulp_line() -> Schuldhulp {
    let mut line = ReasoningLine::new("Schuldhulpverlening 2024–2026");
    let mut goal = node(
        NodeKind::Goal,
        "Minder huishoudens in armoede",
        vec![ind(
            "Huishoudens tot 120% van sociaal minimum",
            GeoLevel::Municipality,
            Frequency::Year,
        )],
    );
    goal.scope = scope("Huishoudens met een laag inkomen", 2024, 2026);
    let goal = line.add_node(goal);
    let outcome = line.add_node(node(
        NodeKind::Outcome,
        "Inwoners met schulden vinden eerder hulp",
        vec![ind(
            "Aanmelding  schuldhulpverlening",
            GeoLevel::District,
            Frequency::Year,
        )],
    ));
    let intervention = line.add_node(node(
        NodeKind::Intervention,
        "Vroegsignalering betalingsachterstanden",
        vec![ind(
            "Begeleiding schuldhulpverlening",
            GeoLevel::Neighbourhood,
            Frequency::Month,
        )],
    ));
    connect(&mut line, intervention, outcome);
    connect(&mut line, outcome, goal);
    Schuldhulp {
        line,
        goal,
        outcome,
        intervention,
    }
}

/// One line per need: origin, what, level/frequency/period, verdict with datasets and gaps.
pub fn render_needs(analysis: &Analysis, index: &CatalogIndex) -> String {
    let mut out = String::new();
    for checked in &analysis.needs {
        let need = &checked.need;
        let origin = match need.origin {
            NeedOrigin::Node { node, indicator } => format!("{node}#{indicator}"),
            NeedOrigin::Edge {
                edge,
                end,
                node,
                indicator,
            } => {
                format!("{edge}/{end:?} {node}#{indicator}")
            }
        };
        let period = need
            .period
            .map_or("-".to_owned(), |p| format!("{}-{}", p.from(), p.to()));
        let verdict = match checked.coverage {
            Coverage::Covered(_) => "covered",
            Coverage::PartlyCovered(_) => "partly",
            Coverage::ToLink(_) => "to link",
            Coverage::Missing => "missing",
        };
        out.push_str(&format!(
            "{origin} {:?} \"{}\" {:?}/{:?} {period} x{} tg={}: {verdict}\n",
            need.reason,
            analysis.concept(need),
            need.level,
            need.frequency,
            need.min_measurements,
            analysis.target_group(need).unwrap_or("-"),
        ));
        for candidate in analysis.candidates_of(&checked.coverage) {
            let gaps: Vec<String> = candidate.gaps.iter().map(|g| g.message(Lang::Nl)).collect();
            let line = format!(
                "    {} ({}) {}",
                index.dataset_id(candidate.dataset),
                candidate.via.message(index, Lang::Nl),
                gaps.join(" ")
            );
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

pub fn dataset_ids(index: &CatalogIndex, refs: &[redeneerlijn::analysis::DatasetRef]) -> String {
    let ids: Vec<&str> = refs
        .iter()
        .map(|r| index.dataset_id(*r).0.as_str())
        .collect();
    ids.join(", ")
}

pub fn id(text: &str) -> DatasetId {
    DatasetId(text.to_owned())
}

/// Compares texts line by line, so a failure shows the first differing line and the whole actual
/// text to paste back when the change is intended.
pub fn assert_text(actual: &str, expected: &str) {
    let expected = expected.trim_start_matches('\n');
    if actual.trim_end() != expected.trim_end() {
        for (n, (a, e)) in actual.lines().zip(expected.lines()).enumerate() {
            if a != e {
                eprintln!(
                    "first difference at line {}:\n  actual:   {a}\n  expected: {e}",
                    n + 1
                );
                break;
            }
        }
        panic!("actual text:\n{actual}");
    }
}
