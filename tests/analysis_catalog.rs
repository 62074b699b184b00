//! Data needs and the catalog check on a realistic debt-assistance line, written out in full.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod analysis_support;

use analysis_support::*;
use redeneerlijn::analysis::{analyse, CatalogIndex};
use redeneerlijn::catalog::{AccessClass, Catalog};
use redeneerlijn::i18n::Lang;
use redeneerlijn::model::{Frequency, GeoLevel, NodeKind, ReasoningLine};

/// Needs with verdicts, then unused datasets, node badges and link findings.
fn check(line: &ReasoningLine, catalog: &Catalog, expected: &str) {
    let index = CatalogIndex::new(catalog);
    let analysis = analyse(line, &index);
    let mut actual = render_needs(&analysis, &index);
    actual.push_str(&format!(
        "unused: {}\n",
        dataset_ids(&index, &analysis.unused)
    ));
    if !analysis.minimised.is_empty() {
        actual.push_str(&format!(
            "minimised: {}\n",
            dataset_ids(&index, &analysis.minimised)
        ));
    }
    for (node, status) in &analysis.node_status {
        actual.push_str(&format!("{node}: {}\n", status.label(Lang::Nl)));
    }
    for d in &analysis.diagnostics {
        actual.push_str(&format!("finding {:?}: {}\n", d.nodes, d.message(Lang::En)));
    }
    assert_text(&actual, expected);
}

#[test]
fn schuldhulp_against_the_municipal_catalog() {
    check(
        &schuldhulp_line().line,
        &municipal_catalog(),
        r#"
n0#0 GoalBaselineAndEnd "Huishoudens tot 120% van sociaal minimum" Municipality/Year 2024-2026 x2 tg=Huishoudens met een laag inkomen: partly
    cbs-85984NED (Voorstel: zelfde begrip.) Ontbrekende jaren: 2025–2026. Eén meting in de periode, minstens twee nodig (nulmeting en eindmeting).
n1#0 OutcomeBeforeAfter { at_intervention_level: true } "Aanmelding  schuldhulpverlening" Neighbourhood/Year 2024-2026 x2 tg=Huishoudens met een laag inkomen: partly
    shv-kwartaalcijfers (Voorstel: zelfde begrip.) Te grof: per gemeente, nodig per buurt.
    shv-registratie (Voorstel: zelfde begrip.) Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.
n2#0 InterventionReach "Begeleiding schuldhulpverlening" Neighbourhood/Month 2024-2026 x1 tg=Huishoudens met een laag inkomen: partly
    shv-registratie (Voorstel: zelfde begrip.) Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.
e0/From n2#0 EdgeAssumption "Begeleiding schuldhulpverlening" District/Year 2024-2026 x2 tg=Huishoudens met een laag inkomen: partly
    shv-registratie (Voorstel: zelfde begrip.) Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.
e0/To n1#0 EdgeAssumption "Aanmelding  schuldhulpverlening" District/Year 2024-2026 x2 tg=Huishoudens met een laag inkomen: partly
    shv-kwartaalcijfers (Voorstel: zelfde begrip.) Te grof: per gemeente, nodig per wijk.
    shv-registratie (Voorstel: zelfde begrip.) Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.
e1/From n1#0 EdgeAssumption "Aanmelding  schuldhulpverlening" Municipality/Year 2024-2026 x2 tg=Huishoudens met een laag inkomen: covered
    shv-kwartaalcijfers (Voorstel: zelfde begrip.)
e1/To n0#0 EdgeAssumption "Huishoudens tot 120% van sociaal minimum" Municipality/Year 2024-2026 x2 tg=Huishoudens met een laag inkomen: partly
    cbs-85984NED (Voorstel: zelfde begrip.) Ontbrekende jaren: 2025–2026. Eén meting in de periode, minstens twee nodig (nulmeting en eindmeting).
unused: brp-inwoners, ggd-gezondheidsmonitor
n0: Data deels aanwezig
n1: Data deels aanwezig
n2: Data deels aanwezig
"#,
    );
}

#[test]
fn links_win_over_matching_and_unknown_links_are_reported() {
    let mut line = ReasoningLine::new("Inkomen");
    let mut goal = node(
        NodeKind::Goal,
        "Minder bijstandsafhankelijkheid",
        vec![ind(
            "Personen met bijstand",
            GeoLevel::Municipality,
            Frequency::Year,
        )],
    );
    goal.scope = scope("Inwoners 18-67 jaar", 2024, 2024);
    // No dataset names "Personen met bijstand", but CBS's "Personen per soort uitkering; Bijstand"
    // is offered to link; it does not count, so it stays unused.
    // Linked by hand: only these count, although "Aantal inwoners" would match the BRP too.
    let mut inhabitants = ind("Aantal inwoners", GeoLevel::District, Frequency::Year);
    inhabitants.linked_datasets = vec![id("cbs-85984NED"), id("cbs-oud"), id("cbs-85984NED")];
    goal.indicators.push(inhabitants);
    line.add_node(goal);
    check(
        &line,
        &municipal_catalog(),
        r#"
n0#0 GoalBaselineAndEnd "Personen met bijstand" Municipality/Year 2024-2024 x2 tg=Inwoners 18-67 jaar: to link
    cbs-85984NED (Mogelijk bruikbaar: de beschrijving past bij uw woorden. Telt pas na koppelen.) Eén meting in de periode, minstens twee nodig (nulmeting en eindmeting).
n0#1 GoalBaselineAndEnd "Aantal inwoners" District/Year 2024-2024 x2 tg=Inwoners 18-67 jaar: partly
    cbs-85984NED (Gekoppeld met de hand.) Eén meting in de periode, minstens twee nodig (nulmeting en eindmeting).
unused: brp-inwoners, ggd-gezondheidsmonitor, shv-kwartaalcijfers, shv-registratie
n0: Data deels aanwezig
finding [NodeId(0)]: No intervention contributes (through outcomes) to this goal. What does the municipality do about it?
finding [NodeId(0)]: Indicator 2 is linked to dataset cbs-oud, which is not (or no longer) in the dataset list.
"#,
    );
}

#[test]
fn aliases_and_diacritics_match_and_unknown_periods_count_as_missing() {
    let mut line = ReasoningLine::new("Gezondheid");
    let mut goal = node(
        NodeKind::Goal,
        "Minder geldzorgen",
        vec![
            ind(
                "moeite  met RONDKOMEN",
                GeoLevel::Municipality,
                Frequency::Year,
            ),
            ind(
                "Ervaren financiele stress",
                GeoLevel::District,
                Frequency::Year,
            ),
            ind(
                "huishoudensmeteenlaaginkomen_89",
                GeoLevel::Municipality,
                Frequency::Year,
            ),
        ],
    );
    goal.scope = scope("Volwassenen", 2024, 2024);
    line.add_node(goal);
    check(
        &line,
        &municipal_catalog(),
        r#"
n0#0 GoalBaselineAndEnd "moeite  met RONDKOMEN" Municipality/Year 2024-2024 x2 tg=Volwassenen: partly
    ggd-gezondheidsmonitor (Voorstel: bekend onder de naam “Moeite met rondkomen”.) Onbekend over welke jaren de dataset gaat; nodig: 2024.
n0#1 GoalBaselineAndEnd "Ervaren financiele stress" District/Year 2024-2024 x2 tg=Volwassenen: partly
    ggd-gezondheidsmonitor (Voorstel: zelfde begrip.) Onbekend over welke jaren de dataset gaat; nodig: 2024.
n0#2 GoalBaselineAndEnd "huishoudensmeteenlaaginkomen_89" Municipality/Year 2024-2024 x2 tg=Volwassenen: partly
    cbs-85984NED (Voorstel: bekend onder de naam “HuishoudensMetEenLaagInkomen_89”.) Eén meting in de periode, minstens twee nodig (nulmeting en eindmeting).
unused: brp-inwoners, shv-kwartaalcijfers, shv-registratie
n0: Data deels aanwezig
finding [NodeId(0)]: No intervention contributes (through outcomes) to this goal. What does the municipality do about it?
"#,
    );
}

/// The outcome need sits at the finer of the indicator's own level and the finest level the
/// contributing interventions act on: coarser interventions never make it coarser.
#[test]
fn outcome_needs_are_never_coarser_than_their_indicator() {
    use redeneerlijn::analysis::{derive_needs, NeedOrigin, NeedReason};

    let outcome_need = |own: GeoLevel, intervention: Option<GeoLevel>| {
        let mut line = ReasoningLine::new("Schulden");
        let outcome = line.add_node(node(
            NodeKind::Outcome,
            "Inwoners met schulden vinden eerder hulp",
            vec![ind("Aanmelding schuldhulpverlening", own, Frequency::Year)],
        ));
        if let Some(level) = intervention {
            let help = line.add_node(node(
                NodeKind::Intervention,
                "Vroegsignalering",
                vec![ind(
                    "Begeleiding schuldhulpverlening",
                    level,
                    Frequency::Month,
                )],
            ));
            connect(&mut line, help, outcome);
        }
        let need = derive_needs(&line)
            .needs
            .into_iter()
            .find(|n| matches!(n.origin, NeedOrigin::Node { node, .. } if node == outcome))
            .unwrap();
        let NeedReason::OutcomeBeforeAfter {
            at_intervention_level,
        } = need.reason
        else {
            panic!("not an outcome need: {:?}", need.reason);
        };
        (need.level, at_intervention_level)
    };

    // The indicator asks for persons; an intervention per district does not make it coarser.
    assert_eq!(
        outcome_need(GeoLevel::Person, Some(GeoLevel::District)),
        (GeoLevel::Person, false)
    );
    // An intervention per neighbourhood makes a district indicator finer.
    assert_eq!(
        outcome_need(GeoLevel::District, Some(GeoLevel::Neighbourhood)),
        (GeoLevel::Neighbourhood, true)
    );
    // The same level either way: it is the interventions' level too.
    assert_eq!(
        outcome_need(GeoLevel::District, Some(GeoLevel::District)),
        (GeoLevel::District, true)
    );
    // No intervention: the indicator's own level.
    assert_eq!(
        outcome_need(GeoLevel::Municipality, None),
        (GeoLevel::Municipality, false)
    );
}

/// A goal is judged on a baseline and an end measurement: a one-year period with yearly data has
/// one measurement, so the data answers it only in part; quarterly data, or a second year, has
/// enough. An intervention's reach needs one measurement.
#[test]
fn a_goal_needs_a_baseline_and_an_end_measurement() {
    let mut catalog = Catalog::new("Datasetlijst Gemeente Utrecht");
    catalog.insert(dataset(
        "armoedemonitor",
        &[("Huishoudens met een laag inkomen", &[])],
        GeoLevel::Municipality,
        Frequency::Year,
        years(2019, 2026),
        AccessClass::Internal,
    ));
    catalog.insert(dataset(
        "bijstand-kwartaalcijfers",
        &[("Personen met bijstand", &[])],
        GeoLevel::Municipality,
        Frequency::Quarter,
        years(2019, 2026),
        AccessClass::Internal,
    ));
    catalog.insert(dataset(
        "shv-jaarcijfers",
        &[("Begeleiding schuldhulpverlening", &[])],
        GeoLevel::Municipality,
        Frequency::Year,
        years(2025, 2030),
        AccessClass::Internal,
    ));
    let mut line = ReasoningLine::new("Armoede 2025");
    let mut one_year = node(
        NodeKind::Goal,
        "Minder huishoudens in armoede",
        vec![
            ind(
                "Huishoudens met een laag inkomen",
                GeoLevel::Municipality,
                Frequency::Year,
            ),
            ind(
                "Personen met bijstand",
                GeoLevel::Municipality,
                Frequency::Year,
            ),
        ],
    );
    one_year.scope = scope("Huishoudens met een laag inkomen", 2025, 2025);
    line.add_node(one_year);
    let mut two_years = node(
        NodeKind::Goal,
        "Minder armoede over twee jaar",
        vec![ind(
            "Huishoudens met een laag inkomen",
            GeoLevel::Municipality,
            Frequency::Year,
        )],
    );
    two_years.scope = scope("Huishoudens met een laag inkomen", 2025, 2026);
    line.add_node(two_years);
    let mut help = node(
        NodeKind::Intervention,
        "Vroegsignalering betalingsachterstanden",
        vec![ind(
            "Begeleiding schuldhulpverlening",
            GeoLevel::Municipality,
            Frequency::Year,
        )],
    );
    // The dataset starts in 2025: one shared year of 2024–2025.
    help.scope = scope("Huishoudens met een laag inkomen", 2024, 2025);
    line.add_node(help);
    check(
        &line,
        &catalog,
        r#"
n0#0 GoalBaselineAndEnd "Huishoudens met een laag inkomen" Municipality/Year 2025-2025 x2 tg=Huishoudens met een laag inkomen: partly
    armoedemonitor (Voorstel: zelfde begrip.) Eén meting in de periode, minstens twee nodig (nulmeting en eindmeting).
n0#1 GoalBaselineAndEnd "Personen met bijstand" Municipality/Year 2025-2025 x2 tg=Huishoudens met een laag inkomen: covered
    bijstand-kwartaalcijfers (Voorstel: zelfde begrip.)
n1#0 GoalBaselineAndEnd "Huishoudens met een laag inkomen" Municipality/Year 2025-2026 x2 tg=Huishoudens met een laag inkomen: covered
    armoedemonitor (Voorstel: zelfde begrip.)
n2#0 InterventionReach "Begeleiding schuldhulpverlening" Municipality/Year 2024-2025 x1 tg=Huishoudens met een laag inkomen: partly
    shv-jaarcijfers (Voorstel: zelfde begrip.) Ontbrekende jaren: 2024.
unused: 
n0: Data deels aanwezig
n1: Data aanwezig
n2: Data deels aanwezig
finding [NodeId(2)]: This intervention leads to no goal along any connection. What does it contribute to?
finding [NodeId(0)]: No intervention contributes (through outcomes) to this goal. What does the municipality do about it?
finding [NodeId(1)]: No intervention contributes (through outcomes) to this goal. What does the municipality do about it?
"#,
    );
    let mut english = String::new();
    let index = CatalogIndex::new(&catalog);
    let analysis = analyse(&line, &index);
    for candidate in analysis.candidates_of(&analysis.needs[0].coverage) {
        for gap in candidate.gaps.iter() {
            english.push_str(&gap.message(Lang::En));
        }
    }
    assert_eq!(
        english,
        "One measurement in the period, at least two needed (a baseline and an end measurement)."
    );
}

/// Data minimisation: a personal-data register that names a need's concept does not count for a
/// need that a dataset without personal data covers; it is unused (and said to be held back)
/// unless another need has no better data, or the officer linked it by hand.
#[test]
fn personal_data_is_not_used_where_data_without_it_covers() {
    let mut catalog = Catalog::new("Datasetlijst Gemeente Utrecht");
    // The aggregated dashboard (per wijk, monthly) and the register behind it (per person).
    catalog.insert(dataset(
        "gem-dashboard-schulden",
        &[
            ("Vroegsignalen", &[]),
            ("Aanmeldingen schuldhulpverlening", &[]),
        ],
        GeoLevel::District,
        Frequency::Month,
        years(2022, 2027),
        AccessClass::Internal,
    ));
    catalog.insert(dataset(
        "gem-vroegsignalering",
        &[("Vroegsignaal", &["Vroegsignalen"]), ("Contactpoging", &[])],
        GeoLevel::Person,
        Frequency::Week,
        years(2021, 2027),
        AccessClass::Personal,
    ));
    catalog.insert(dataset(
        "gem-schuldhulpverlening",
        &[("Aanmeldingen schuldhulpverlening", &[])],
        GeoLevel::Person,
        Frequency::Week,
        years(2019, 2027),
        AccessClass::Personal,
    ));
    let intervention = |concept: &str, level| {
        let mut help = node(
            NodeKind::Intervention,
            "Vroegsignalering betalingsachterstanden",
            vec![ind(concept, level, Frequency::Month)],
        );
        help.scope = scope("Huishoudens met schulden", 2024, 2027);
        help
    };

    // Both needs are covered by the dashboard: both registers are held back.
    let mut line = ReasoningLine::new("Vroegsignalering");
    line.add_node(intervention("Vroegsignalen", GeoLevel::District));
    line.add_node(intervention(
        "Aanmeldingen schuldhulpverlening",
        GeoLevel::Municipality,
    ));
    check(
        &line,
        &catalog,
        r#"
n0#0 InterventionReach "Vroegsignalen" District/Month 2024-2027 x1 tg=Huishoudens met schulden: covered
    gem-dashboard-schulden (Voorstel: zelfde begrip.)
n1#0 InterventionReach "Aanmeldingen schuldhulpverlening" Municipality/Month 2024-2027 x1 tg=Huishoudens met schulden: covered
    gem-dashboard-schulden (Voorstel: zelfde begrip.)
unused: gem-schuldhulpverlening, gem-vroegsignalering
minimised: gem-schuldhulpverlening, gem-vroegsignalering
n0: Data aanwezig
n1: Data aanwezig
finding [NodeId(0)]: This intervention leads to no goal along any connection. What does it contribute to?
finding [NodeId(1)]: This intervention leads to no goal along any connection. What does it contribute to?
"#,
    );
    let index = CatalogIndex::new(&catalog);
    let analysis = analyse(&line, &index);
    let unused = redeneerlijn::report::unused_rows(&analysis, &index, Lang::En);
    assert_eq!(
        unused[1][4],
        "Personal data that is not needed: a dataset without personal data covers the same need \
         (data minimisation). A privacy risk: is there still a purpose to keep it? If it is \
         needed after all, link it by hand."
    );
    let users = redeneerlijn::report::dataset_users(&line, &analysis, &index);
    assert_eq!(users.keys().copied().collect::<Vec<_>>(), analysis.used);

    // Per address the dashboard is too coarse, so the register is needed there (and only
    // there); the officer linked the other register by hand, so it counts although the
    // dashboard covers that need.
    let mut line = ReasoningLine::new("Vroegsignalering");
    line.add_node(intervention("Vroegsignalen", GeoLevel::Address));
    let mut linked = intervention("Aanmeldingen schuldhulpverlening", GeoLevel::Municipality);
    linked.indicators[0].linked_datasets =
        vec![id("gem-dashboard-schulden"), id("gem-schuldhulpverlening")];
    line.add_node(linked);
    check(
        &line,
        &catalog,
        r#"
n0#0 InterventionReach "Vroegsignalen" Address/Month 2024-2027 x1 tg=Huishoudens met schulden: partly
    gem-dashboard-schulden (Voorstel: zelfde begrip.) Te grof: per wijk, nodig per adres.
    gem-vroegsignalering (Voorstel: bekend onder de naam “Vroegsignalen”.) Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.
n1#0 InterventionReach "Aanmeldingen schuldhulpverlening" Municipality/Month 2024-2027 x1 tg=Huishoudens met schulden: covered
    gem-dashboard-schulden (Gekoppeld met de hand.)
unused: 
n0: Data deels aanwezig
n1: Data aanwezig
finding [NodeId(0)]: This intervention leads to no goal along any connection. What does it contribute to?
finding [NodeId(1)]: This intervention leads to no goal along any connection. What does it contribute to?
"#,
    );
    let analysis = analyse(&line, &index);
    let users = redeneerlijn::report::dataset_users(&line, &analysis, &index);
    assert_eq!(users.keys().copied().collect::<Vec<_>>(), analysis.used);
}
