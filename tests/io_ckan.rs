#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Dataset lists from CKAN portals (data.overheid.nl-shaped `package_search` and `package_show`
//! responses in `tests/fixtures/ckan/`), with what the import makes of them written out.

#[path = "catalog_support/mod.rs"]
mod catalog_support;

use catalog_support::{assert_text, render};
use redeneerlijn::io::ckan::import_ckan;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/ckan/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn a_package_search_from_data_overheid_nl() {
    let import = import_ckan(&fixture("package_search-donl.json"), "data.overheid.nl").unwrap();
    assert_text(
        &render(&import),
        r#"
c0ffee00-0000-4000-8000-000000000003 | Enquête leefbaarheid | Utrecht | Municipality | municipality? | Year? | - | Internal? |  | 
gemeente-utrecht-schuldhulpverlening | Aanmeldingen schuldhulpverlening | Utrecht | Municipality | district | Quarter | 2019-2025 | Internal | Aanmelding schuldhulpverlening | Aantal aanmeldingen voor schuldhulpverlening per wijk.
kerncijfers-wijken-en-buurten-2024 | Kerncijfers wijken en buurten 2024 | Centraal Bureau voor de Statistiek | Cbs | neighbourhood | Year | 2024-2024 | Open | Aantal inwoners; Huishoudens met kinderen; Wmo-cliënten | Kerncijfers over bevolking, huishoudens, inkomen en voorzieningen per gemeente, wijk en buurt (CBS StatLine tabel 85984NED). / Thema's: Sociale zekerheid, Huisvesting
! result.results[2].spatial_resolution: geen niveau; aangenomen: gemeente. Vul het aan als de data fijner is.
! result.results[2].frequency: onbekende frequentie „http://publications.europa.eu/resource/authority/frequency/IRREG”; aangenomen: jaarlijks. Gebruik week, maand, kwartaal of jaar.
! result.results[2].temporal_end: „2024-01-01 – 2020-12-31” is geen periode (zoals 2019-2024 of 2021) of een ongeldige datum; de periode blijft onbekend.
! result.results[2].access_rights: geen toegang; aangenomen: intern. Bevestig of verbeter het in de datasetlijst.
! result.results[2].tags: geen begrippen; de dataset is ingelezen maar beantwoordt geen enkele databehoefte tot er begrippen bij staan.
! result.results[3].title: geen titel; overgeslagen.
not used: identifier, license_id, resources
records 4, skipped 1
"#,
    );
}

#[test]
fn a_package_show() {
    let import = import_ckan(&fixture("package_show.json"), "GGD").unwrap();
    assert_text(
        &render(&import),
        r#"
ggd-gezondheidsmonitor-volwassenen-en-ouderen | Gezondheidsmonitor Volwassenen en Ouderen | GGD regio Utrecht | Partner | district | Year? | 2020-2024 | Internal | Eenzaamheid; Ervaren gezondheid | 
! result.frequency: onbekende frequentie „http://publications.europa.eu/resource/authority/frequency/BIENNIAL”; aangenomen: jaarlijks. Gebruik week, maand, kwartaal of jaar.
not used: 
records 1, skipped 0
"#,
    );
}

#[test]
fn json_that_is_not_a_ckan_response_is_refused() {
    let graph = include_bytes!("../assets/examples/armoede-gezinnen.json");
    assert!(import_ckan(graph, "x").is_err());
    assert!(import_ckan(br#"{"success": true, "result": 3}"#, "x").is_err());
    assert!(import_ckan(b"not json", "x").is_err());
    let empty = import_ckan(
        br#"{"success": true, "result": {"count": 0, "results": []}}"#,
        "x",
    );
    assert_eq!(empty.unwrap().catalog.len(), 0);
}
