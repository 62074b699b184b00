#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Dataset lists in DCAT-AP JSON-LD (`tests/fixtures/dcat/`): prefixed names, full IRIs,
//! language-tagged values and vocabulary URIs, with what the import makes of them written out.

#[path = "catalog_support/mod.rs"]
mod catalog_support;

use catalog_support::{assert_text, render};
use redeneerlijn::io::dcat::{import_dcat, is_dcat};

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
    assert_text(
        &render(&import),
        r#"
fietsparkeren | Bezetting fietsenstallingen | Voorbeeldstad | Municipality | municipality? | Week | - | Open | Fietsparkeerplaatsen | 
gem-wmo-voorzieningen | Wmo-voorzieningen per wijk | Gemeente Voorbeeldstad, Team Wmo | Municipality | district | Month | 2020-2025 | Internal | Wmo-cliënten; Maatwerkvoorzieningen | Toegekende maatwerkvoorzieningen Wmo, per wijk. / Thema's: Zorg en gezondheid
! ["@graph"][0]["dcat:dataset"][1].dcat:spatialResolution: geen niveau; aangenomen: gemeente. Vul het aan als de data fijner is.
! ["@graph"][0]["dcat:dataset"][2].dct:title: geen titel; overgeslagen.
not used: distribution
records 3, skipped 1
"#,
    );
}

#[test]
fn json_without_dcat_datasets_is_refused() {
    let graph = include_bytes!("../assets/examples/armoede-gezinnen.json");
    assert!(!is_dcat(&serde_json::from_slice(graph).unwrap()));
    assert!(import_dcat(graph, "x").is_err());
    assert!(import_dcat(b"{\"@graph\": []}", "x").is_err());
}
