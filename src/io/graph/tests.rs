use super::*;
use crate::catalog::DatasetId;
use crate::i18n::Lang;
use crate::io::NoticeKind;
use crate::layout::Point;
use crate::model::{Edge, EvidenceLevel, Frequency, GeoLevel, Indicator, Node, NodeId, NodeKind};

fn graph(body: &str) -> String {
    format!("{{\"format\": \"redeneerlijn\", \"version\": 3, \"title\": \"Armoede\", {body}}}")
}

#[test]
fn a_line_with_layout_round_trips() {
    let mut line = ReasoningLine::new("Armoede");
    let goal = line.add_node(Node::new(NodeKind::Goal, "Minder kinderen in armoede"));
    let mut brigade = Node::new(NodeKind::Intervention, "Formulierenbrigade");
    let mut indicator = Indicator::new("Bereik Kindpakket", GeoLevel::District, Frequency::Quarter);
    indicator.baseline = Some(0.1 + 0.2);
    brigade.indicators.push(indicator);
    let brigade = line.add_node(brigade);
    let edge = Edge {
        assumption: String::new(),
        evidence: EvidenceLevel::PracticeBased,
    };
    line.add_edge(brigade, goal, edge).unwrap();
    let mut layout = Layout::default();
    layout.positions.insert(goal, Point { x: 1.5, y: -2.0 });
    layout
        .positions
        .insert(NodeId(99), Point { x: 0.0, y: 0.0 });

    let text = export_graph(&line, &layout).unwrap();
    assert!(text.ends_with("}\n") && text.contains("\n  \"nodes\": [\n"));
    assert!(
        !text.contains("n99"),
        "positions of absent nodes are not written"
    );
    let loaded = import_graph(text.as_bytes()).unwrap();
    assert_eq!(loaded.line, line);
    assert_eq!(loaded.layout.positions.len(), 1);
    assert_eq!(export_graph(&loaded.line, &loaded.layout).unwrap(), text);
}

#[test]
fn what_analysis_reports_still_loads() {
    // Goal -> intervention is not allowed, n1 <-> n2 is a cycle, e3 repeats e1, e4 is a self-loop.
    let text = graph(
        r#""nodes": [
            {"id": "n1", "kind": "goal", "title": "Doel"},
            {"id": "n2", "kind": "intervention", "title": "Interventie"}],
        "edges": [
            {"id": "e1", "from": "n1", "to": "n2", "evidence": "none"},
            {"id": "e2", "from": "n2", "to": "n1", "evidence": "none"},
            {"id": "e3", "from": "n1", "to": "n2", "evidence": "none"},
            {"id": "e4", "from": "n2", "to": "n2", "evidence": "none"}]"#,
    );
    let loaded = import_graph(text.as_bytes()).unwrap();
    assert_eq!(loaded.line.edge_count(), 4);
}

#[test]
fn version_1_edges_and_indicators_are_converted() {
    let text = r#"{"format": "redeneerlijn", "version": 1, "title": "Oud",
        "nodes": [
            {"id": "n1", "kind": "goal", "title": "Doel",
             "indicator": {"concept": "Aantal inwoners", "level": "municipality", "frequency": "year"}},
            {"id": "n2", "kind": "outcome", "title": "Effect", "indicator": null}],
        "edges": [
            {"id": "e1", "from": "n2", "to": "n1", "evidence_based": true},
            {"id": "e2", "from": "n2", "to": "n1"}]}"#;
    let loaded = import_graph(text.as_bytes()).unwrap();
    assert_eq!(loaded.file_version, 1);
    let evidence: Vec<_> = loaded.line.edges().map(|e| e.edge.evidence).collect();
    assert_eq!(
        evidence,
        [EvidenceLevel::ResearchBased, EvidenceLevel::None]
    );
    assert_eq!(loaded.line.node(NodeId(1)).unwrap().indicators.len(), 1);
    assert!(loaded.line.node(NodeId(2)).unwrap().indicators.is_empty());
    let written = export_graph(&loaded.line, &loaded.layout).unwrap();
    assert!(written.contains("\"version\": 3"));
    let notices: Vec<_> = loaded.notices.iter().map(|n| &n.kind).collect();
    assert_eq!(notices, [&NoticeKind::Migrated { from: 1, to: 3 }]);
}

#[test]
fn version_2_fields_in_a_version_1_file_are_unknown() {
    let text = r#"{"format": "redeneerlijn", "version": 1, "title": "Oud", "nodes": [],
        "edges": [], "layout": {}}"#;
    let loaded = import_graph(text.as_bytes()).unwrap();
    let notices: Vec<_> = loaded.notices.iter().map(|n| n.kind.code()).collect();
    assert_eq!(notices, ["unknown-field", "migrated"]);
    assert_eq!(loaded.notices[0].path.to_string(), "layout");
}

#[test]
fn unknown_fields_are_notices_with_their_path() {
    let text = graph(
        r#""nodes": [{"id": "n1", "kind": "goal", "title": "Doel", "kleur": "groen"}],
        "edges": [], "auteur": "Team Armoede""#,
    );
    let loaded = import_graph(text.as_bytes()).unwrap();
    let paths: Vec<String> = loaded.notices.iter().map(|n| n.path.to_string()).collect();
    assert_eq!(paths, ["nodes[0].kleur", "auteur"]);
    assert!(loaded.notices[0].message(Lang::Nl).contains("overgeslagen"));
}

#[test]
fn problems_are_collected_and_capped() {
    let nodes: Vec<String> = (0..300)
        .map(|i| format!("{{\"id\": \"n{i}\", \"kind\": \"doel\", \"title\": \"Doel {i}\"}}"))
        .collect();
    let text = graph(&format!("\"nodes\": [{}], \"edges\": []", nodes.join(",")));
    let error = import_graph(text.as_bytes()).unwrap_err();
    assert_eq!(error.problems.len(), crate::io::MAX_PROBLEMS + 1);
    assert_eq!(error.codes()[0], "nodes[0].kind unknown-word");
    assert_eq!(error.codes()[100], " too-many-problems");
    let message = error.problems[0].message(Lang::En);
    assert_eq!(
        message,
        "nodes[0].kind: Unknown value “doel” for kind of part. Allowed: goal, outcome, \
         intervention."
    );
}

#[test]
fn a_node_with_a_problem_still_counts_for_its_edges() {
    let text = graph(
        r#""nodes": [{"id": "n1", "kind": "doel", "title": "Doel"},
                     {"id": "n2", "kind": "outcome", "title": "Effect"}],
        "edges": [{"id": "e1", "from": "n2", "to": "n1", "evidence": "none"}]"#,
    );
    let error = import_graph(text.as_bytes()).unwrap_err();
    assert_eq!(error.codes(), ["nodes[0].kind unknown-word"]);
}

#[test]
fn layout_problems_and_unknown_positions() {
    let text = graph(
        r#""nodes": [{"id": "n1", "kind": "goal", "title": "Doel"}], "edges": [],
        "layout": {"n1": {"x": 1}, "n2": {"x": 1, "y": 2}}"#,
    );
    let error = import_graph(text.as_bytes()).unwrap_err();
    assert_eq!(error.codes(), ["layout.n1.y missing-field"]);
    let text = graph(
        r#""nodes": [{"id": "n1", "kind": "goal", "title": "Doel"}], "edges": [],
        "layout": {"n2": {"x": 1, "y": 2}}"#,
    );
    let loaded = import_graph(text.as_bytes()).unwrap();
    assert_eq!(loaded.notices[0].kind.code(), "position-ignored");
    assert!(loaded.layout.positions.is_empty());
}

fn ids(list: &[DatasetId]) -> Vec<&str> {
    list.iter().map(|id| id.0.as_str()).collect()
}

fn notice_codes(loaded: &LoadedGraph) -> Vec<String> {
    let codes = loaded.notices.iter();
    codes
        .map(|n| format!("{} {}", n.path, n.kind.code()))
        .collect()
}

#[test]
fn a_version_2_file_keeps_its_links_and_rejects_nothing() {
    // What a browser's autosave from before version 3 holds: it must still restore.
    let text = r#"{"format": "redeneerlijn", "version": 2, "title": "Armoede",
        "nodes": [{"id": "n1", "kind": "goal", "title": "Doel",
            "indicators": [{"concept": "Aantal inwoners", "level": "district",
                "frequency": "year", "datasets": ["cbs-85984NED", "gem-bijstand"],
                "rejected_datasets": ["cbs-83765NED"]}]}],
        "edges": [], "layout": {"n1": {"x": 1, "y": 2}}}"#;
    let loaded = import_graph(text.as_bytes()).unwrap();
    assert_eq!(loaded.file_version, 2);
    let indicator = &loaded.line.node(NodeId(1)).unwrap().indicators[0];
    assert_eq!(
        ids(&indicator.linked_datasets),
        ["cbs-85984NED", "gem-bijstand"]
    );
    assert!(indicator.rejected_datasets.is_empty());
    assert_eq!(loaded.layout.positions.len(), 1);
    assert_eq!(
        notice_codes(&loaded),
        [
            "nodes[0].indicators[0].rejected_datasets unknown-field",
            " migrated"
        ],
        "version 2 did not know rejections"
    );
    assert!(loaded.notices[1].message(Lang::Nl).contains("versie 3"));
}

#[test]
fn rejections_are_written_after_the_links_and_read_back() {
    let mut line = ReasoningLine::new("Armoede");
    let mut goal = Node::new(NodeKind::Goal, "Minder kinderen in armoede");
    let mut indicator = Indicator::new(
        "Huishoudens tot 120% van sociaal minimum",
        GeoLevel::Neighbourhood,
        Frequency::Year,
    );
    let dataset = |id: &str| DatasetId(id.to_owned());
    indicator.linked_datasets = vec![dataset("gem-minimabeleid"), dataset("cbs-85984NED")];
    indicator.rejected_datasets = vec![dataset("cbs-83765NED"), dataset("ggm-inkomen")];
    goal.indicators.push(indicator);
    goal.indicators.push(Indicator::new(
        "Aantal inwoners",
        GeoLevel::District,
        Frequency::Year,
    ));
    line.add_node(goal);
    let text = export_graph(&line, &Layout::default()).unwrap();
    assert!(text.contains(
        "\"datasets\": [\n            \"gem-minimabeleid\",\n            \"cbs-85984NED\"\n          ],\n          \
         \"rejected_datasets\": [\n            \"cbs-83765NED\",\n            \"ggm-inkomen\"\n          ]\n"
    ), "{text}");
    assert_eq!(
        text.matches("rejected_datasets").count(),
        1,
        "omitted when empty"
    );
    let loaded = import_graph(text.as_bytes()).unwrap();
    assert_eq!(loaded.file_version, 3);
    assert!(loaded.notices.is_empty());
    assert_eq!(loaded.line, line);
    assert_eq!(export_graph(&loaded.line, &loaded.layout).unwrap(), text);
}

#[test]
fn repeated_and_contradicting_choices_are_settled_with_notices() {
    let text = graph(
        r#""nodes": [{"id": "doel", "kind": "goal", "title": "Doel",
            "indicators": [{"concept": "Aantal inwoners", "level": "district", "frequency": "year"},
                {"concept": "Bijstand", "level": "district", "frequency": "year",
                 "datasets": ["a", "b", "a"],
                 "rejected_datasets": ["c", "b", "c", "d", "b"]}]}],
        "edges": []"#,
    );
    let loaded = import_graph(text.as_bytes()).unwrap();
    let indicator = &loaded.line.node(NodeId(1)).unwrap().indicators[1];
    assert_eq!(ids(&indicator.linked_datasets), ["a", "b"]);
    assert_eq!(ids(&indicator.rejected_datasets), ["c", "d"]);
    assert_eq!(
        notice_codes(&loaded),
        [
            "nodes[0].indicators[1].datasets[2] repeated-dataset",
            "nodes[0].indicators[1].rejected_datasets[1] linked-and-rejected",
            "nodes[0].indicators[1].rejected_datasets[2] repeated-dataset",
            "nodes[0].indicators[1].rejected_datasets[4] linked-and-rejected",
            "nodes[0].id renumbered",
        ]
    );
    assert_eq!(
        loaded.notices[1].message(Lang::Nl),
        "nodes[0].indicators[1].rejected_datasets[1]: Dataset “b” is bij onderdeel “doel”, \
         indicator 2, zowel gekoppeld als afgewezen (past niet). De koppeling blijft; de afwijzing \
         is weggelaten."
    );
    assert_eq!(
        loaded.notices[1].message(Lang::En),
        "nodes[0].indicators[1].rejected_datasets[1]: Dataset “b” is both linked to and rejected \
         for part “doel”, indicator 2 (does not fit). The link is kept; the rejection was left out."
    );
    // What was settled is written as settled, and then loads without notices.
    let written = export_graph(&loaded.line, &loaded.layout).unwrap();
    let again = import_graph(written.as_bytes()).unwrap();
    assert!(again.notices.is_empty());
    assert_eq!(again.line, loaded.line);
}

#[test]
fn rejected_datasets_must_be_a_list_of_ids() {
    let text = graph(
        r#""nodes": [{"id": "n1", "kind": "goal", "title": "Doel",
            "indicators": [{"concept": "Inwoners", "level": "district", "frequency": "year",
                "rejected_datasets": ["cbs-85984NED", 7, ""]},
                {"concept": "Inwoners", "level": "district", "frequency": "year",
                "rejected_datasets": "cbs-85984NED"}]}],
        "edges": []"#,
    );
    let error = import_graph(text.as_bytes()).unwrap_err();
    assert_eq!(
        error.codes(),
        [
            "nodes[0].indicators[0].rejected_datasets[1] wrong-type",
            "nodes[0].indicators[0].rejected_datasets[2] invalid-id",
            "nodes[0].indicators[1].rejected_datasets wrong-type",
        ]
    );
}

#[test]
fn a_rejected_dataset_with_an_id_no_file_can_hold_is_refused_when_writing() {
    let mut line = ReasoningLine::new("Armoede");
    let mut goal = Node::new(NodeKind::Goal, "Doel");
    let mut indicator = Indicator::new("Inwoners", GeoLevel::District, Frequency::Year);
    indicator.rejected_datasets = vec![DatasetId(String::new())];
    goal.indicators.push(indicator);
    line.add_node(goal);
    let error = export_graph(&line, &Layout::default()).unwrap_err();
    let paths: Vec<String> = error.problems.iter().map(|(p, _)| p.to_string()).collect();
    assert_eq!(paths, ["nodes[0].indicators[0].rejected_datasets[0]"]);
}
