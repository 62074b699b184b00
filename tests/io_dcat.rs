#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Dataset lists in DCAT-AP JSON-LD (`tests/fixtures/dcat/`): prefixed names, full IRIs,
//! language-tagged values and vocabulary URIs, with what the import makes of them written out.

use redeneerlijn::i18n::Lang;
use redeneerlijn::io::dcat::{import_dcat, is_dcat};
use redeneerlijn::io::level_word;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/dcat/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn a_dcat_ap_donl_catalog() {
    let bytes = fixture("catalogus-dcat-ap-donl.jsonld");
    assert!(is_dcat(&serde_json::from_slice(&bytes).unwrap()));
    let import = import_dcat(&bytes, "Voorbeeldstad").unwrap();
    let mut out = String::new();
    for d in import.catalog.datasets() {
        let concepts: Vec<&str> = d.variables.iter().map(|v| v.concept.as_str()).collect();
        let period = d
            .period
            .map_or("-".to_owned(), |p| format!("{}-{}", p.from(), p.to()));
        out.push_str(&format!(
            "{} | {} | {} | {} | {:?} | {period} | {:?} | {} | {}\n",
            d.id,
            d.title,
            d.owner,
            level_word(d.level),
            d.frequency,
            d.access,
            concepts.join("; "),
            d.notes.replace('\n', " / ")
        ));
    }
    for problem in &import.problems {
        out.push_str(&format!("! {}\n", problem.message(Lang::Nl)));
    }
    out.push_str(&format!("unused: {}\n", import.unmapped.join(", ")));
    out.push_str(&format!(
        "records {}, skipped {}\n",
        import.rows, import.skipped
    ));
    let expected = r#"
fietsparkeren | Bezetting fietsenstallingen | Voorbeeldstad | municipality | Week | - | Open | Fietsparkeerplaatsen | 
gem-wmo-voorzieningen | Wmo-voorzieningen per wijk | Gemeente Voorbeeldstad, Team Wmo | district | Month | 2020-2025 | Internal | Wmo-cliënten; Maatwerkvoorzieningen | Toegekende maatwerkvoorzieningen Wmo, per wijk. / Thema's: Zorg en gezondheid
! ["@graph"][0]["dcat:dataset"][1].dcat:spatialResolution: geen niveau; aangenomen: gemeente. Vul het aan als de data fijner is.
! ["@graph"][0]["dcat:dataset"][2].dct:title: geen titel; overgeslagen.
unused: distribution
records 3, skipped 1
"#;
    assert_eq!(out.trim(), expected.trim(), "\n--- actual ---\n{out}");
}

#[test]
fn json_without_dcat_datasets_is_refused() {
    let graph = include_bytes!("../assets/examples/armoede-gezinnen.json");
    assert!(!is_dcat(&serde_json::from_slice(graph).unwrap()));
    assert!(import_dcat(graph, "x").is_err());
    assert!(import_dcat(b"{\"@graph\": []}", "x").is_err());
}
