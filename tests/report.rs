#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The reports on the shipped example: the data request (missing and partly available data by
//! supplier) and the unused datasets (personal data first), written out.

use redeneerlijn::analysis::{analyse, CatalogIndex};
use redeneerlijn::i18n::Lang;
use redeneerlijn::io::{import_catalog, import_graph};
use redeneerlijn::report::{data_request, data_request_rows, purpose_rows, unused_rows, write_csv};

fn example() -> (redeneerlijn::model::ReasoningLine, CatalogIndex) {
    let line = import_graph(include_bytes!("../assets/examples/armoede-gezinnen.json"))
        .unwrap()
        .line;
    let catalog = import_catalog(include_bytes!(
        "../assets/examples/catalogus-voorbeeldgemeente.json"
    ))
    .unwrap()
    .catalog;
    (line, CatalogIndex::new(&catalog))
}

#[test]
fn the_data_request_of_the_poverty_example() {
    let (line, index) = example();
    let analysis = analyse(&line, &index);
    let request = data_request(&line, &analysis, &index, Lang::Nl);
    let text = write_csv(&data_request_rows(&request, Lang::Nl));
    assert_eq!(text, "\u{feff}leverancier;begrip;niveau;frequentie;periode;doelgroep;stand;nodig voor\r\nCentraal Bureau voor de Statistiek;Huishoudens met geregistreerde problematische schulden;gemeente;jaar;2024-2027;alle huishoudens;Ontbrekende jaren: 2025–2027. Eén meting in de periode, minstens twee nodig (nulmeting en eindmeting).;Minder gezinnen met problematische schulden\r\nCentraal Bureau voor de Statistiek;Huishoudens tot 120% van sociaal minimum;buurt;jaar;2024-2027;alle particuliere huishoudens;Ontbrekende jaren: 2024–2027.;Minder kinderen groeien op in armoede\r\nEnergieleveranciers, via het vroegsignaleringsplatform;Meldingen voorgenomen afsluiting van energie;wijk;jaar;2024-2027;huishoudens met minderjarige kinderen en (dreigende) schulden;Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.;Minder ontruimingen en afsluitingen van energie bij gezinnen\r\nGGD Voorbeeldregio;Moeite met rondkomen;wijk;jaar;2024-2027;volwassenen van 18 tot 65 jaar;Te grof: per gemeente, nodig per wijk. Ontbrekende jaren: 2024–2027.;Ouders ervaren minder geldstress\r\nJeugdfonds Sport & Cultuur (lokaal fonds);Kinderen met een bijdrage van het Jeugdfonds Sport & Cultuur;wijk;jaar;2024-2027;kinderen van 4 tot 18 jaar in huishoudens tot 120% van het sociaal minimum;Te grof: per gemeente, nodig per wijk. Ontbrekende jaren: 2026–2027.;Kinderen uit gezinnen met een laag inkomen doen volwaardig mee\r\nTeam Inkomen;Aanvragen kindpakket;wijk;kwartaal;2024-2027;huishoudens met minderjarige kinderen;Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.;Kindpakket actief aanbieden via scholen en wijkteams\r\nTeam Inkomen;Gebruik kindpakket voor sport en cultuur;wijk;jaar;2024-2027;kinderen van 4 tot 18 jaar in huishoudens tot 120% van het sociaal minimum;Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.;Kinderen uit gezinnen met een laag inkomen doen volwaardig mee\r\nTeam Onderzoek en Statistiek;Bereik kindpakket;wijk;jaar;2024-2027;huishoudens met minderjarige kinderen;Ontbrekende jaren: 2026–2027.;Meer gezinnen gebruiken de regelingen en toeslagen waar ze recht op hebben\r\nTeam Schuldhulpverlening;Gemiddelde schuldenlast bij aanmelding;wijk;jaar;2024-2027;huishoudens met minderjarige kinderen en (dreigende) schulden;Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.;Gezinnen met schulden krijgen eerder passende schuldhulp\r\nTeam Wijkteams;Huishoudens met budgetcoaching;persoon of huishouden;kwartaal;2024-2027;huishoudens met minderjarige kinderen en (dreigende) schulden;Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.;Budgetcoaching voor ouders\r\nTeam Wijkteams;Zelfredzaamheidsscore financiën;persoon of huishouden;kwartaal;2024-2027;ouders met budgetcoaching;Persoonsgegevens: gebruik vraagt een grondslag en meestal een DPIA.;Ouders hebben meer grip op hun geldzaken\r\n(nog onbekend);Kinderen in huishoudens met een laag inkomen;gemeente;jaar;2024-2027;kinderen van 0 tot 18 jaar;\"Te koppelen: geen dataset gekoppeld; mogelijk bruikbaar: Kerncijfers wijken en buurten 2023; Armoedemonitor Voorbeeldstad; Minima-effectrapportage Voorbeeldstad 2024.\";Minder kinderen groeien op in armoede\r\n");
}

#[test]
fn unused_personal_data_comes_first_with_a_warning() {
    let (line, index) = example();
    let analysis = analyse(&line, &index);
    let text = write_csv(&unused_rows(&analysis, &index, Lang::Nl));
    assert_eq!(text, "\u{feff}id;titel;eigenaar;toegang;let op\r\ngem-brp;Basisregistratie Personen (BRP), maandelijkse extractie;Team Burgerzaken;persoonsgegevens;Persoonsgegevens die geen redeneerlijn nodig heeft: privacyrisico. Is er nog een doel om ze te bewaren?\r\ngem-jeugdhulp;Registratie jeugdhulp;Team Jeugd;persoonsgegevens;Persoonsgegevens die geen redeneerlijn nodig heeft: privacyrisico. Is er nog een doel om ze te bewaren?\r\ngem-leerplicht;Leerplichtregistratie;Team Leerplicht;persoonsgegevens;Persoonsgegevens die geen redeneerlijn nodig heeft: privacyrisico. Is er nog een doel om ze te bewaren?\r\ngem-parkeren;Parkeervergunningen en parkeerdruk;Team Mobiliteit;persoonsgegevens;Persoonsgegevens die geen redeneerlijn nodig heeft: privacyrisico. Is er nog een doel om ze te bewaren?\r\ngem-participatiewet;Uitkeringsadministratie Participatiewet;Team Inkomen;persoonsgegevens;Persoonsgegevens die geen redeneerlijn nodig heeft: privacyrisico. Is er nog een doel om ze te bewaren?\r\ngem-vroegsignalering;Registratie vroegsignalering;Team Schuldhulpverlening;persoonsgegevens;Persoonsgegevens die niet nodig zijn: een dataset zonder persoonsgegevens dekt dezelfde behoefte (dataminimalisatie). Privacyrisico: is er nog een doel om ze te bewaren? Zijn ze toch nodig, koppel ze dan zelf.\r\ngem-wmo;Registratie Wmo-voorzieningen;Team Wmo;persoonsgegevens;Persoonsgegevens die geen redeneerlijn nodig heeft: privacyrisico. Is er nog een doel om ze te bewaren?\r\nwelzijn-huisbezoeken;Registratie preventieve huisbezoeken 75-plussers;Stichting Welzijn Voorbeeldstad;persoonsgegevens;Persoonsgegevens die geen redeneerlijn nodig heeft: privacyrisico. Is er nog een doel om ze te bewaren?\r\ngem-afvalinzameling;Afvalinzameling en containers;Team Beheer Openbare Ruimte;intern;\r\ngem-bag;Basisregistratie Adressen en Gebouwen (BAG);Team Geo-informatie;open;\r\ngem-burgerpeiling;Burgerpeiling Voorbeeldstad;Team Onderzoek en Statistiek;intern;\r\ngem-iv3-sociaal-domein;Iv3-verantwoording taakvelden sociaal domein;Afdeling Financiën;intern;\r\ngem-klantcontacten;Klantcontacten KCC;Team Klantcontactcentrum;intern;\r\ngem-subsidies;Subsidieregistratie sociaal domein;Team Subsidies;intern;\r\ngem-woz;WOZ-administratie;Team Belastingen;intern;\r\nmantelzorg-steunpunt;Registratie Steunpunt Mantelzorg;Stichting Welzijn Voorbeeldstad;intern;\r\nnetbeheer-kleinverbruik;Kleinverbruik gas en elektriciteit per postcodegebied;Regionale netbeheerder;open;\r\nnibud-minima-effectrapportage;Minima-effectrapportage Voorbeeldstad 2024;Nibud, in opdracht van de gemeente;intern;\r\nnibud-referentiebudgetten;Nibud referentiebudgetten;Nibud;intern;\r\nrivm-gezondheid-wijk-buurt;Gezondheid per wijk en buurt 2022;RIVM;open;\r\n");
}

#[test]
fn the_purpose_register_names_the_goals_each_dataset_serves() {
    let (line, index) = example();
    let analysis = analyse(&line, &index);
    let rows = purpose_rows(&line, &analysis, &index, Lang::Nl);
    assert_eq!(
        rows[0],
        [
            "id",
            "titel",
            "eigenaar",
            "toegang",
            "dient de doelen",
            "gebruikt door"
        ]
    );
    assert_eq!(rows.len(), index.len() + 1, "every dataset has a row");
    let row = |id: &str| rows.iter().find(|r| r[0] == id).unwrap().clone();
    // The debt registration serves the goal its outcome contributes to.
    let debts = row("gem-schuldhulpverlening");
    assert!(
        debts[4].contains("Minder gezinnen met problematische schulden"),
        "{debts:?}"
    );
    // Personal data no need counts: the register asks why it is kept.
    assert_eq!(
        row("gem-brp")[4],
        "(geen doel in deze redeneerlijn: waarom worden deze persoonsgegevens bewaard?)"
    );
    assert_eq!(row("gem-bag")[4], "(geen doel in deze redeneerlijn)");
    assert_eq!(row("gem-bag")[5], "");
}

#[test]
fn the_drawing_as_svg_has_every_node_edge_status_and_a_legend() {
    let loaded = import_graph(include_bytes!("../assets/examples/armoede-gezinnen.json")).unwrap();
    let (mut line, index) = example();
    let layout = redeneerlijn::layout::auto_layout(&line, &loaded.layout);
    let analysis = analyse(&line, &index);
    let svg = redeneerlijn::report::graph_svg(&line, &layout, &analysis, Lang::Nl);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(svg.matches("<g class=\"node\"").count(), line.node_count());
    assert_eq!(svg.matches("marker-end=").count(), line.edge_count());
    for label in [
        "Data aanwezig",
        "Data deels aanwezig",
        "Data ontbreekt",
        "Doel",
        "Effect",
        "Interventie",
    ] {
        assert!(svg.contains(label), "legend lacks {label}");
    }
    // Text is escaped, and the same input gives the same file.
    line.title = "Armoede & <schulden>".to_owned();
    let svg = redeneerlijn::report::graph_svg(&line, &layout, &analysis, Lang::Nl);
    assert!(svg.contains("Armoede &amp; &lt;schulden&gt;"));
    assert_eq!(
        svg,
        redeneerlijn::report::graph_svg(&line, &layout, &analysis, Lang::Nl)
    );
}

#[test]
fn the_dataset_list_filters_by_text_access_and_use() {
    use redeneerlijn::catalog::AccessClass;
    use redeneerlijn::report::{dataset_rows, dataset_users, DatasetFilter};
    let (line, index) = example();
    let analysis = analyse(&line, &index);
    let users = dataset_users(&line, &analysis, &index);
    let with_users: Vec<_> = users.keys().copied().collect();
    assert_eq!(
        with_users, analysis.used,
        "users are counted as the check counts them"
    );
    let ids = |filter: DatasetFilter| -> Vec<String> {
        dataset_rows(&index, &users, &filter)
            .iter()
            .map(|r| r.dataset.id.0.clone())
            .collect()
    };
    assert_eq!(ids(DatasetFilter::default()).len(), index.len());
    // Words match anywhere (title, concepts, aliases), accents and case aside, all must match.
    assert_eq!(
        ids(DatasetFilter {
            text: "WMO cliënten".into(),
            ..Default::default()
        }),
        ["cbs-85984NED"]
    );
    let wmo = ids(DatasetFilter {
        text: "wmo".into(),
        ..Default::default()
    });
    assert!(wmo.contains(&"gem-wmo".to_owned()) && wmo.contains(&"cbs-85984NED".to_owned()));
    assert_eq!(
        ids(DatasetFilter {
            text: "WmoClienten_100".into(),
            ..Default::default()
        }),
        ["cbs-85984NED"]
    );
    let used = ids(DatasetFilter {
        used: Some(true),
        ..Default::default()
    });
    assert_eq!(used.len(), analysis.used.len());
    let unused_personal = ids(DatasetFilter {
        access: Some(AccessClass::Personal),
        used: Some(false),
        ..Default::default()
    });
    assert!(
        unused_personal.contains(&"gem-brp".to_owned()),
        "{unused_personal:?}"
    );
    // Every row names the nodes that use it, and those use it in the analysis.
    for row in dataset_rows(
        &index,
        &users,
        &DatasetFilter {
            used: Some(true),
            ..Default::default()
        },
    ) {
        assert!(!row.users.is_empty());
    }
}

#[test]
fn the_dataset_view_finds_what_an_import_left_to_complete() {
    use redeneerlijn::catalog::{AssumedField, Catalog, Dataset, Variable};
    use redeneerlijn::model::{Frequency, GeoLevel};
    use redeneerlijn::report::{dataset_rows, DatasetFilter};
    let concept = |name: &str| Variable {
        concept: name.to_owned(),
        aliases: Vec::new(),
    };
    let mut catalog = Catalog::new("Ingelezen uit de CKAN-catalogus");
    let mut complete = Dataset::new(
        "cbs-85984NED",
        "Kerncijfers wijken en buurten 2024",
        GeoLevel::Neighbourhood,
        Frequency::Year,
    );
    complete.variables.push(concept("Aantal inwoners"));
    let mut assumed = Dataset::new(
        "enquete-leefbaarheid",
        "Enquête leefbaarheid",
        GeoLevel::Municipality,
        Frequency::Year,
    );
    assumed.variables.push(concept("Tevredenheid met de buurt"));
    assumed.assume(AssumedField::Level);
    let no_concepts = Dataset::new(
        "fietsparkeren",
        "Bezetting fietsenstallingen",
        GeoLevel::Municipality,
        Frequency::Week,
    );
    for dataset in [complete, assumed, no_concepts] {
        catalog.insert(dataset);
    }
    let index = redeneerlijn::analysis::CatalogIndex::new(&catalog);
    let filter = DatasetFilter {
        incomplete: true,
        ..Default::default()
    };
    let ids: Vec<&str> = dataset_rows(&index, &Default::default(), &filter)
        .iter()
        .map(|r| r.dataset.id.0.as_str())
        .collect();
    assert_eq!(ids, ["enquete-leefbaarheid", "fietsparkeren"]);
}
