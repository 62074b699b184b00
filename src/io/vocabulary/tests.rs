use std::collections::BTreeMap;

use super::*;
use crate::i18n::Lang;

const SHIPPED: &[u8] = include_bytes!("../../../assets/vocabulary/synoniemen.json");

fn codes(text: &str) -> Vec<String> {
    match import_vocabulary(text.as_bytes()) {
        Ok(loaded) => panic!("loaded: {loaded:?}"),
        Err(error) => error.codes(),
    }
}

fn file(sources: &str, groups: &str) -> String {
    format!(
        r#"{{"format": "redeneerlijn-vocabulary", "version": 1, "title": "Datateam",
            "sources": {sources}, "groups": {groups}}}"#
    )
}

#[test]
fn the_shipped_file_reads_without_problems_as_the_shipped_vocabulary() {
    let loaded = import_vocabulary(SHIPPED).unwrap();
    assert_eq!(loaded.notices, Vec::new());
    assert_eq!(loaded.file_version, VOCABULARY_VERSION);
    assert_eq!(
        loaded.title,
        "Synoniemen voor gemeentelijk beleid en statistiek"
    );
    let shipped = Vocabulary::shipped();
    assert_eq!(loaded.vocabulary.sources(), shipped.sources());
    assert_eq!(loaded.vocabulary.groups().len(), shipped.groups().len());
    for (read, ours) in loaded.vocabulary.groups().iter().zip(shipped.groups()) {
        assert_eq!(read, ours);
    }
    assert_eq!(loaded.vocabulary, *shipped);
}

#[test]
fn the_shipped_vocabulary_round_trips() {
    let shipped = Vocabulary::shipped();
    let text = export_vocabulary("Synoniemen", &shipped).unwrap();
    let loaded = import_vocabulary(text.as_bytes()).unwrap();
    assert_eq!(loaded.vocabulary, *shipped);
    assert_eq!(loaded.title, "Synoniemen");
    assert_eq!(
        export_vocabulary("Synoniemen", &loaded.vocabulary).unwrap(),
        text
    );
}

#[test]
fn groups_need_two_different_terms() {
    let sources = r#"{"cbs": "CBS, Begrippen"}"#;
    let groups = r#"[
        {"terms": ["bijstand"], "source": "cbs"},
        {"terms": ["WW", " ww ", "ww"], "source": "cbs"},
        {"terms": ["armoede", "  ", "--", "minima"], "source": "cbs"},
        {"terms": [], "source": "cbs"}
    ]"#;
    assert_eq!(
        codes(&file(sources, groups)),
        [
            "groups[0].terms too-few-terms",
            "groups[1].terms too-few-terms",
            "groups[2].terms[1] not-a-term",
            "groups[2].terms[2] not-a-term",
            "groups[3].terms too-few-terms",
        ]
    );
}

#[test]
fn duplicate_terms_are_kept_once_with_a_notice() {
    let sources = r#"{"wetten": "wetten.overheid.nl"}"#;
    let groups = r#"[{"terms": [" Participatiewet", "bijstand", "participatiewet ",
        "Algemene  Bijstand", "algemene bijstand"], "source": "wetten"}]"#;
    let loaded = import_vocabulary(file(sources, groups).as_bytes()).unwrap();
    assert_eq!(
        loaded.vocabulary.groups()[0].terms,
        ["Participatiewet", "bijstand", "Algemene  Bijstand"]
    );
    let notices: Vec<String> = loaded
        .notices
        .iter()
        .map(|n| format!("{} {}", n.path, n.kind.code()))
        .collect();
    assert_eq!(
        notices,
        [
            "groups[0].terms[2] duplicate-term",
            "groups[0].terms[4] duplicate-term"
        ]
    );
    assert_eq!(
        loaded.notices[0].message(Lang::Nl),
        "groups[0].terms[2]: De term “participatiewet” staat al eerder in deze groep; hij telt \
         één keer."
    );
}

#[test]
fn sources_must_be_listed_and_keys_not_blank() {
    let sources = r#"{"": "Zonder sleutel", " ": "Spatie", "cbs": 7}"#;
    let groups = r#"[
        {"terms": ["wmo", "maatschappelijke ondersteuning"], "source": "wetten"},
        {"terms": ["jeugdzorg", "jeugdhulp"], "source": ""},
        {"terms": ["inwoners"], "source": "gemeente"}
    ]"#;
    assert_eq!(
        codes(&file(sources, groups)),
        [
            "sources[\"\"] invalid-source-key",
            "sources[\" \"] invalid-source-key",
            "sources.cbs wrong-type",
            "groups[2].terms too-few-terms",
            "groups[0].source unknown-source",
            "groups[2].source unknown-source",
        ]
    );
    let error = import_vocabulary(file(sources, groups).as_bytes()).unwrap_err();
    assert_eq!(
        error.messages(Lang::En)[4],
        "groups[0].source: The source “wetten” is not listed under \"sources\"; list every source \
         there with where the knowledge comes from."
    );
}

#[test]
fn the_same_term_may_be_in_two_groups() {
    let sources = r#"{"ggm": "Gemeentelijk Gegevensmodel"}"#;
    let groups = r#"[
        {"terms": ["uitkering", "bijstandsuitkering"], "source": "ggm"},
        {"terms": ["uitkering", "ww-uitkering"], "source": "ggm"}
    ]"#;
    let loaded = import_vocabulary(file(sources, groups).as_bytes()).unwrap();
    assert_eq!(loaded.vocabulary.groups().len(), 2);
    assert!(loaded.notices.is_empty());
}

#[test]
fn unknown_fields_are_skipped_with_a_notice() {
    let sources = r#"{"cbs": "CBS"}"#;
    let groups = r#"[{"terms": ["ao", "arbeidsongeschiktheid"], "source": "cbs", "let op": "x"}]"#;
    let text = file(sources, groups).replace("\"title\"", "\"owner\": \"BI\", \"title\"");
    let loaded = import_vocabulary(text.as_bytes()).unwrap();
    let notices: Vec<String> = loaded
        .notices
        .iter()
        .map(|n| format!("{} {}", n.path, n.kind.code()))
        .collect();
    assert_eq!(
        notices,
        ["groups[0][\"let op\"] unknown-field", "owner unknown-field"]
    );
}

#[test]
fn other_kinds_of_file_say_what_they_are() {
    let text = r#"{"format": "redeneerlijn-catalog", "version": 1, "title": "x", "datasets": []}"#;
    let error = import_vocabulary(text.as_bytes()).unwrap_err();
    assert_eq!(
        error.messages(Lang::Nl),
        ["format: Dit bestand is een datasetlijst (catalogus), maar hier wordt een woordenlijst \
          met synoniemen verwacht."]
    );
    let error = crate::io::import_catalog(SHIPPED).unwrap_err();
    assert_eq!(
        error.messages(Lang::En),
        [
            "format: This file is a vocabulary of synonyms, but a dataset list (catalog) is \
          expected here."
        ]
    );
    let newer = file("{}", "[]").replace("\"version\": 1", "\"version\": 2");
    assert_eq!(codes(&newer), ["version newer-version"]);
    assert_eq!(
        codes(&file("[]", "{}")),
        ["sources wrong-type", "groups wrong-type"]
    );
}

#[test]
fn what_the_reader_refuses_is_not_written() {
    let sources = BTreeMap::from([
        (String::new(), "Zonder sleutel".to_owned()),
        ("cbs".to_owned(), "CBS".to_owned()),
    ]);
    let groups = vec![
        SynonymGroup {
            terms: vec!["bijstand".into(), "participatiewet".into()],
            source: "cbs".into(),
        },
        SynonymGroup {
            terms: vec!["jeugdzorg".into(), "…".into()],
            source: "iv3".into(),
        },
    ];
    let error = export_vocabulary("Team", &Vocabulary::new(sources, groups)).unwrap_err();
    let paths: Vec<String> = error.problems.iter().map(|(p, _)| p.to_string()).collect();
    assert_eq!(
        paths,
        [
            "sources[\"\"]",
            "groups[1].terms[1]",
            "groups[1].terms",
            "groups[1].source"
        ]
    );
    assert!(error.messages(Lang::Nl)[3].starts_with(
        "groups[1].source: Zo opgeslagen zou het bestand niet te lezen zijn: De bron “iv3”"
    ));
}

#[test]
fn an_empty_vocabulary_writes_and_reads() {
    let text = export_vocabulary("Leeg", &Vocabulary::default()).unwrap();
    assert_eq!(
        text,
        "{\n  \"format\": \"redeneerlijn-vocabulary\",\n  \"version\": 1,\n  \"title\": \"Leeg\",\n  \
         \"sources\": {},\n  \"groups\": []\n}\n"
    );
    let loaded = import_vocabulary(text.as_bytes()).unwrap();
    assert!(loaded.vocabulary.is_empty());
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let huge = vec![b'x'; MAX_VOCABULARY_BYTES + 1];
    assert_eq!(
        import_vocabulary(&huge).unwrap_err().codes(),
        [" too-large"]
    );
}
