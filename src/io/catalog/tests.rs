use super::*;
use crate::i18n::Lang;
use crate::model::{Frequency, GeoLevel};

#[test]
fn a_catalog_round_trips_in_id_order() {
    let mut catalog = Catalog::new("Datasetlijst");
    catalog.insert(Dataset::new(
        "gem-schuldhulpverlening",
        "Registratie schuldhulpverlening",
        GeoLevel::Person,
        Frequency::Month,
    ));
    let mut cbs = Dataset::new(
        "cbs-85984NED",
        "Kerncijfers wijken en buurten 2024",
        GeoLevel::Neighbourhood,
        Frequency::Year,
    );
    cbs.variables.push(Variable {
        concept: "Aantal inwoners".into(),
        aliases: vec!["AantalInwoners_5".into()],
    });
    catalog.insert(cbs);
    let text = export_catalog(&catalog).unwrap();
    let cbs_at = text.find("cbs-85984NED").unwrap();
    assert!(cbs_at < text.find("gem-schuldhulpverlening").unwrap());
    let loaded = import_catalog(text.as_bytes()).unwrap();
    assert_eq!(loaded.catalog, catalog);
    assert_eq!(export_catalog(&loaded.catalog).unwrap(), text);
}

#[test]
fn a_graph_given_as_a_catalog_says_so() {
    let text = r#"{"format": "redeneerlijn", "version": 2, "title": "Armoede",
        "nodes": [], "edges": []}"#;
    let error = import_catalog(text.as_bytes()).unwrap_err();
    assert_eq!(
        error.messages(Lang::Nl),
        ["format: Dit bestand is een redeneerlijn, maar hier wordt een datasetlijst (catalogus) \
          verwacht."]
    );
}

#[test]
fn empty_dataset_ids_are_refused_when_writing() {
    let mut catalog = Catalog::new("Datasetlijst");
    catalog.insert(Dataset::new(
        "",
        "Zonder id",
        GeoLevel::Person,
        Frequency::Year,
    ));
    let error = export_catalog(&catalog).unwrap_err();
    assert_eq!(error.problems[0].0.to_string(), "datasets[0].id");
}

#[test]
fn newer_catalogs_are_refused() {
    let text = r#"{"format": "redeneerlijn-catalog", "version": 2, "title": "x", "datasets": []}"#;
    let error = import_catalog(text.as_bytes()).unwrap_err();
    assert!(error.messages(Lang::En)[0].contains("made with a newer version of Redeneerlijn"));
}
