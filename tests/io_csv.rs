#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Catalogs from spreadsheets (CSV): real-shaped files in `tests/fixtures/csv/` (a Dutch
//! semicolon export with a byte order mark, an English comma file, broken dates, HTML in cells,
//! unknown headers, another encoding, the wrong separator) with what the import must make of
//! them written out; a round trip through the app's own CSV export; and large input.

#[path = "catalog_support/mod.rs"]
mod catalog_support;

use catalog_support::{assert_text, render};
use redeneerlijn::catalog::Catalog;
use redeneerlijn::i18n::Lang;
use redeneerlijn::io::csv::{
    export_catalog_csv, guess_mapping, import_table, read_table, split_preview, CatalogImport,
    Column, ConceptSeparator, CsvError,
};
use redeneerlijn::io::import_catalog;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/csv/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn import(name: &str) -> CatalogImport {
    let table = read_table(&fixture(name)).unwrap();
    import_table(&table, &guess_mapping(&table.headers), name)
}

#[test]
fn a_dutch_spreadsheet_export_imports_with_every_problem_named() {
    let table = read_table(&fixture("datasetlijst-nl.csv")).unwrap();
    assert_eq!(table.delimiter, b';');
    assert_eq!(
        table.headers.first().map(String::as_str),
        Some("Identificatie")
    );
    assert_text(
        &render(&import("datasetlijst-nl.csv")),
        r#"
cbs-85984NED | Kerncijfers wijken en buurten 2024 | Centraal Bureau voor de Statistiek | Cbs | neighbourhood | Year | 2024-2024 | Open | Aantal inwoners (AantalInwoners_5); Huishoudens met kinderen (HuishoudensMetKinderen_32); Wmo-cliënten (WmoClienten_100) | CBS StatLine tabel 85984NED; selectie van onderwerpen
gem-bag | Basisregistratie Adressen en Gebouwen (BAG) | Team Geo-informatie | Municipality | address | Month | 2012-2026 | Open | Verblijfsobject (Woningen); Pand; Nummeraanduiding (Adressen) | Objectnamen volgens het Gemeentelijk Gegevensmodel
gem-minimaregelingen | Minimaregelingen en kindpakket | Team Inkomen | Municipality | person | Year? | - | Internal | Gebruik kindpakket | Niveau zonder frequentie en een onleesbare periode
gem-schuldhulp | Registratie schuldhulpverlening | Team Schuldhulpverlening | Municipality | person | Month | 2019-2025 | Personal | Aanmelding schuldhulpverlening; Schuldregeling | Persoonsgegevens: grondslag Wet gemeentelijke schuldhulpverlening
ggd-gezondheidsmonitor | Gezondheidsmonitor Volwassenen en Ouderen | GGD regio Utrecht | Partner | district | Year? | 2020-2024 | Internal | Eenzaamheid; Ervaren gezondheid | Peiling om de vier jaar per wijk
wijkpeiling-leefbaarheid | Wijkpeiling leefbaarheid | Team Onderzoek | Municipality | district | Year | 2022-2022 | Open | Tevredenheid met de buurt | 
! Regel 5, kolom „Frequentie”: onbekende frequentie „Tweejaarlijks”; aangenomen: jaarlijks. Gebruik week, maand, kwartaal of jaar.
! Regel 7, kolom „Identificatie”: de id „cbs-85984NED” is al eerder gebruikt; overgeslagen.
! Regel 8, kolom „Titel”: geen titel; overgeslagen.
! Regel 9, kolom „Frequentie”: geen frequentie; aangenomen: jaarlijks.
! Regel 9, kolom „Periode”: „sinds jaren” is geen periode (zoals 2019-2024 of 2021) of een ongeldige datum; de periode blijft onbekend.
not used: 
records 8, skipped 2
"#,
    );
}

#[test]
fn an_english_comma_file_with_years_in_two_columns() {
    let table = read_table(&fixture("datasets-en.csv")).unwrap();
    assert_eq!(table.delimiter, b',');
    assert_text(
        &render(&import("datasets-en.csv")),
        r#"
cbs-85618NED | Kerncijfers wijken en buurten 2023 | Statistics Netherlands | Cbs | neighbourhood | Year | 2023-2023 | Open | Huishoudens met een laag inkomen; Huishoudens tot 120% van sociaal minimum | Table 85618NED, with a comma, in quotes
partner-energie | Betalingsachterstanden energie | Energy suppliers | Partner | person | Month | - | Personal | Betalingsachterstanden energie | Years reversed
partner-woningcorporatie | Huurachterstanden | Housing association | Partner | address | Quarter | 2021-2021 | Internal | Huurachterstanden | Only a start year
! Regel 4, kolom „to”: „2021 – 2019” is geen periode (zoals 2019-2024 of 2021) of een ongeldige datum; de periode blijft onbekend.
not used: 
records 3, skipped 0
"#,
    );
}

#[test]
fn broken_dates_are_named_and_leave_the_period_unknown() {
    let import = import("kapotte-datums.csv");
    // No access column: one line for the import, not one per row.
    assert_eq!(import.no_access_column, 3);
    assert_eq!(
        import.access_message(Lang::Nl).as_deref(),
        Some(
            "Geen kolom met de toegang: bij 3 datasets is intern aangenomen. Bevestig of verbeter \
             dat in de datasetlijst (Alleen aan te vullen), zeker bij persoonsgegevens."
        )
    );
    assert_text(
        &render(&import),
        r#"
buurtpreventie | Buurtpreventie |  | Municipality | district | Year | - | Internal? | Buurtpreventieteams | 
jeugdoverlast | Jeugdoverlast |  | Municipality | district | Year | 2020-2024 | Internal? | Jeugdoverlast | 
meldingen-overlast | Meldingen overlast |  | Municipality | neighbourhood | Month | - | Internal? | Overlastmeldingen | 
! Regel 2, kolom „van”: „31-02-2020” is geen periode (zoals 2019-2024 of 2021) of een ongeldige datum; de periode blijft onbekend.
! Regel 3, kolom „van”: „2019-13-01” is geen periode (zoals 2019-2024 of 2021) of een ongeldige datum; de periode blijft onbekend.
not used: 
records 3, skipped 0
"#,
    );
}

#[test]
fn html_in_cells_stays_plain_text() {
    assert_text(
        &render(&import("html-in-velden.csv")),
        r#"
script-alert-x-script-fietsparkeren | <script>alert('x')</script>Fietsparkeren |  | Municipality | neighbourhood | Year | - | Internal? | Fietsparkeerplaatsen | <b>vet</b> & <i>cursief</i>
not used: 
records 1, skipped 0
"#,
    );
}

#[test]
fn unknown_headers_leave_required_fields_to_map_by_hand() {
    let table = read_table(&fixture("onbekende-kolommen.csv")).unwrap();
    let mut mapping = guess_mapping(&table.headers);
    assert_eq!(
        mapping.get(0),
        Some(Column::Title),
        "\"Dataset\" is a title"
    );
    assert_eq!(
        mapping.get(4),
        Some(Column::Owner),
        "\"Beheerd door\" is the owner"
    );
    assert_eq!(
        mapping.get(1),
        None,
        "\"Wat zit erin\" means nothing to the guess"
    );
    assert_eq!(mapping.missing_required(), vec![Column::Concepts]);
    // What the officer picks in the column mapping step.
    mapping.set(1, Some(Column::Concepts));
    assert!(mapping.missing_required().is_empty());
    let import = import_table(&table, &mapping, "Datasetlijst");
    assert_eq!(
        import.access_message(Lang::En).as_deref(),
        Some(
            "No column with the access: internal was assumed for 1 dataset. Confirm or correct \
             it in the dataset list (Only to complete), above all for personal data."
        )
    );
    assert_text(
        &render(&import),
        r#"
registratie-leerlingenvervoer | Registratie leerlingenvervoer | Team Onderwijs | Municipality | person | Year | - | Internal? | Leerlingen met vervoer | 
not used: 
records 1, skipped 0
"#,
    );
    // A field is filled by one column at most: mapping another column to it moves it.
    mapping.set(4, Some(Column::Level));
    assert_eq!(
        (mapping.get(2), mapping.get(4)),
        (None, Some(Column::Level))
    );
}

/// Each dataset's concepts, one line per dataset: `concept (aliases)` between ` ‖ `.
fn concepts(import: &CatalogImport) -> String {
    let mut out = String::new();
    for d in import.catalog.datasets() {
        let names: Vec<String> = d
            .variables
            .iter()
            .map(|v| match v.aliases.as_slice() {
                [] => v.concept.clone(),
                aliases => format!("{} ({})", v.concept, aliases.join(", ")),
            })
            .collect();
        out.push_str(&format!("{}: {}\n", d.id, names.join(" ‖ ")));
    }
    out
}

#[test]
fn cells_listing_several_concepts_are_split() {
    let table = read_table(&fixture("meerdere-begrippen.csv")).unwrap();
    let mut mapping = guess_mapping(&table.headers);
    assert_eq!(mapping.separator(), ConceptSeparator::Automatic);
    let import = import_table(&table, &mapping, "Datasetlijst");
    assert_eq!(import.problems, vec![], "{}", render(&import));
    // Commas, line breaks and semicolons separate; commas inside parentheses do not; a cell with
    // the app's own `|` keeps the semicolon of a CBS name; aliases go with the concept at their
    // position.
    assert_text(
        &concepts(&import),
        r#"
bijstand-per-buurt: Personen per soort uitkering ‖ Bijstand
gezondheidsmonitor-volwassenen-en-ouderen: Eenzaamheid ‖ Ervaren gezondheid ‖ Moeite met rondkomen
huur-en-energieschulden: Huurachterstanden ‖ Betalingsachterstanden energie
kerncijfers-uitkeringen: Wmo-cliënten (WmoClienten_100) ‖ Personen per soort uitkering; Bijstand (PersonenPerSoortUitkeringBijstand_94)
kerncijfers-wijken-en-buurten-2024: Aantal inwoners (AantalInwoners_5) ‖ Huishoudens met kinderen (HuishoudensMetKinderen_32) ‖ Bevolkingsdichtheid (Bevolkingsdichtheid_34)
nabijheid-voorzieningen: Afstand tot huisartsenpraktijk
opleidingsniveau-per-wijk: Opleidingsniveau (basisonderwijs, vmbo, mbo1) ‖ Opleidingsniveau (havo, vwo, mbo2-4) ‖ Opleidingsniveau (hbo, wo)
"#,
    );
    assert_eq!(import.split_cells, 5);
    assert_eq!(
        import.split_message(Lang::Nl).as_deref(),
        Some("5 cellen met meerdere begrippen gesplitst in losse begrippen.")
    );
    assert_eq!(
        import.split_message(Lang::En).as_deref(),
        Some("5 cells with several concepts split into separate concepts.")
    );
    // The mapping step shows how a cell is split.
    assert_eq!(
        split_preview(&table, &mapping, Lang::Nl).as_deref(),
        Some(
            "Voorbeeld: „Aantal inwoners, Huishoudens met kinderen, Bevolkingsdichtheid” wordt 3 \
             begrippen: Aantal inwoners · Huishoudens met kinderen · Bevolkingsdichtheid"
        )
    );
    // A CBS name with a semicolon alone in its cell is split too: the mapping step shows the
    // officer a split cell, and "do not split" keeps every cell whole.
    mapping.set_separator(ConceptSeparator::None);
    assert_eq!(
        split_preview(&table, &mapping, Lang::En).as_deref(),
        Some(
            "Example: “Aantal inwoners, Huishoudens met kinderen, Bevolkingsdichtheid” stays one \
             concept."
        )
    );
    let whole = import_table(&table, &mapping, "Datasetlijst");
    assert_eq!(whole.split_cells, 0);
    assert_eq!(whole.split_message(Lang::Nl), None);
    assert!(
        concepts(&whole).contains("bijstand-per-buurt: Personen per soort uitkering; Bijstand\n")
    );
    mapping.set_separator(ConceptSeparator::LineBreak);
    assert_eq!(
        split_preview(&table, &mapping, Lang::En).as_deref(),
        Some(
            "Example: “Eenzaamheid ⏎ Ervaren gezondheid ⏎ Moeite met rondkomen” becomes 3 \
             concepts: Eenzaamheid · Ervaren gezondheid · Moeite met rondkomen"
        )
    );
    let by_line = import_table(&table, &mapping, "Datasetlijst");
    assert_eq!(by_line.split_cells, 1);
    assert_eq!(
        by_line.split_message(Lang::Nl).as_deref(),
        Some("1 cel met meerdere begrippen gesplitst in losse begrippen.")
    );
    assert_eq!(
        by_line.split_message(Lang::En).as_deref(),
        Some("1 cell with several concepts split into separate concepts.")
    );
}

#[test]
fn semicolons_in_a_comma_file_separate_concepts() {
    let import = import("meerdere-begrippen-en.csv");
    assert_text(
        &concepts(&import),
        r#"
gem-armoede: Huishoudens met een laag inkomen ‖ Huishoudens tot 120% van sociaal minimum
gem-wmo: Wmo-cliënten ‖ Huishoudelijke hulp ‖ Hulpmiddelen
"#,
    );
    assert_eq!(import.split_cells, 2);
}

/// The app's own CSV separates concepts by `|` only, so names with commas or semicolons read
/// back whole.
#[test]
fn the_apps_own_csv_is_not_split_further() {
    let mut catalog = Catalog::new("Datasetlijst");
    let mut dataset = redeneerlijn::catalog::Dataset::new(
        "cbs-85984NED",
        "Kerncijfers wijken en buurten 2024",
        redeneerlijn::model::GeoLevel::Neighbourhood,
        redeneerlijn::model::Frequency::Year,
    );
    dataset.variables = ["Personen per soort uitkering; Bijstand"]
        .into_iter()
        .map(|concept| redeneerlijn::catalog::Variable {
            concept: concept.to_owned(),
            aliases: vec![],
        })
        .collect();
    catalog.insert(dataset);
    let csv = export_catalog_csv(&catalog);
    let table = read_table(csv.as_bytes()).unwrap();
    let mapping = guess_mapping(&table.headers);
    assert_eq!(mapping.separator(), ConceptSeparator::None);
    let import = import_table(&table, &mapping, "Datasetlijst");
    assert_eq!(import.catalog, catalog);
    assert_eq!(import.split_cells, 0);
}

/// Access as municipal registers write it. What the cell says is read as it means; what it does
/// not say clearly (an empty cell, an unknown word, a negation, two classes) is assumed and marked
/// to confirm, so the dataset shows under "Alleen aan te vullen".
#[test]
fn access_words_as_registers_write_them() {
    let import = import("toegang-registers.csv");
    // The column is there: an empty cell is named at its row.
    assert_eq!(import.no_access_column, 0);
    assert_eq!(import.access_message(Lang::Nl), None);
    assert_text(
        &render(&import),
        r#"
afvalinzameling-en-containers | Afvalinzameling en containers | Team Beheer Openbare Ruimte | Municipality | address | Week | - | Internal? | Containers | 
basisregistratie-adressen-en-gebouwen-bag | Basisregistratie Adressen en Gebouwen (BAG) | Team Geo-informatie | Municipality | address | Month | - | Open | Verblijfsobject | 
basisregistratie-personen-brp | Basisregistratie Personen (BRP) | Team Burgerzaken | Municipality | person | Month | - | Personal | Aantal inwoners | 
burgerpeiling | Burgerpeiling | Team Onderzoek en Statistiek | Municipality | district | Year | - | Internal | Tevredenheid met de buurt | 
dashboard-schulden-per-wijk | Dashboard schulden per wijk | Team Onderzoek en Statistiek | Municipality | district | Month | - | Internal? | Vroegsignalen | 
kerncijfers-wijken-en-buurten-2024 | Kerncijfers wijken en buurten 2024 | Centraal Bureau voor de Statistiek | Cbs | neighbourhood | Year | - | Open | Aantal inwoners | 
klantcontacten-kcc | Klantcontacten KCC | Team Klantcontactcentrum | Municipality | person | Week | - | Internal | Klantcontacten | 
leerplichtregistratie | Leerplichtregistratie | Team Leerplicht | Municipality | person | Month | - | Personal | Verzuimmeldingen | 
parkeervergunningen-en-parkeerdruk | Parkeervergunningen en parkeerdruk | Team Mobiliteit | Municipality | address | Month | - | Internal? | Parkeervergunningen | 
registratie-jeugdhulp | Registratie jeugdhulp | Team Jeugd | Municipality | person | Month | - | Personal | Jeugdhulptrajecten | 
registratie-mantelzorg | Registratie mantelzorg | Steunpunt Mantelzorg | Municipality | person | Year | - | Personal? | Mantelzorgers | 
registratie-minimaregelingen | Registratie minimaregelingen | Team Inkomen | Municipality | person | Year | - | Personal | Gebruik kindpakket | 
registratie-preventieve-huisbezoeken-75-plussers | Registratie preventieve huisbezoeken 75-plussers | Stichting Welzijn | Municipality | person | Quarter | - | Personal | Huisbezoeken | 
registratie-schuldhulpverlening | Registratie schuldhulpverlening | Team Schuldhulpverlening | Municipality | person | Month | - | Personal | Aanmelding schuldhulpverlening | 
registratie-vroegsignalering | Registratie vroegsignalering | Team Schuldhulpverlening | Municipality | person | Week | - | Personal | Vroegsignalen | 
registratie-wmo-voorzieningen | Registratie Wmo-voorzieningen | Team Wmo | Municipality | person | Month | - | Personal | Wmo-cliënten | 
subsidieregistratie-sociaal-domein | Subsidieregistratie sociaal domein | Team Subsidies | Municipality | municipality | Year | - | Internal | Verleende subsidies | 
uitkeringsadministratie-participatiewet | Uitkeringsadministratie Participatiewet | Team Inkomen | Municipality | person | Month | - | Personal | Personen met bijstand | 
! Regel 15, kolom „Toegang”: geen toegang; aangenomen: intern. Bevestig of verbeter het in de datasetlijst.
! Regel 16, kolom „Toegang”: onduidelijke toegang „Op aanvraag”; aangenomen: intern. Bevestig of verbeter het in de datasetlijst; herkend worden onder meer openbaar, open data, intern, vertrouwelijk, gesloten, persoonsgegevens, AVG en persoonsgebonden.
! Regel 17, kolom „Toegang”: onduidelijke toegang „Openbaar, behalve persoonsgegevens”; aangenomen: persoonsgegevens. Bevestig of verbeter het in de datasetlijst; herkend worden onder meer openbaar, open data, intern, vertrouwelijk, gesloten, persoonsgegevens, AVG en persoonsgebonden.
! Regel 18, kolom „Toegang”: onduidelijke toegang „Geen persoonsgegevens”; aangenomen: intern. Bevestig of verbeter het in de datasetlijst; herkend worden onder meer openbaar, open data, intern, vertrouwelijk, gesloten, persoonsgegevens, AVG en persoonsgebonden.
not used: 
records 18, skipped 0
"#,
    );
    // The six registers that say "Persoonsgegevens (AVG)" are personal data, not internal.
    let personal_avg = import
        .catalog
        .datasets()
        .filter(|d| {
            d.access == redeneerlijn::catalog::AccessClass::Personal && !d.needs_completion()
        })
        .count();
    assert_eq!(personal_avg, 9);
    // The guessed ones are what "Alleen aan te vullen" lists.
    let index = redeneerlijn::analysis::CatalogIndex::new(&import.catalog);
    let line = redeneerlijn::model::ReasoningLine::new("leeg");
    let analysis = redeneerlijn::analysis::analyse(&line, &index);
    let users = redeneerlijn::report::dataset_users(&line, &analysis, &index);
    let filter = redeneerlijn::report::DatasetFilter {
        incomplete: true,
        ..Default::default()
    };
    let to_complete: Vec<&str> = redeneerlijn::report::dataset_rows(&index, &users, &filter)
        .iter()
        .map(|row| row.dataset.id.0.as_str())
        .collect();
    assert_eq!(
        to_complete,
        [
            "afvalinzameling-en-containers",
            "dashboard-schulden-per-wijk",
            "parkeervergunningen-en-parkeerdruk",
            "registratie-mantelzorg"
        ]
    );
    let english: Vec<String> = import
        .problems
        .iter()
        .map(|p| p.message(Lang::En))
        .collect();
    assert_eq!(
        english[2],
        "Line 17, column “Toegang”: unclear access “Openbaar, behalve persoonsgegevens”; assumed: \
         personal data. Confirm or correct it in the dataset list; recognised are open, internal \
         and personal, and the Dutch words of registers (openbaar, intern, vertrouwelijk, \
         persoonsgegevens, AVG, ...)."
    );
    // Written as CSV, an assumed access is left empty (internal) or written as assumed personal
    // data, so reading it back assumes the same again.
    let csv = export_catalog_csv(&import.catalog);
    assert!(csv.contains(";persoonsgegevens (aangenomen);"));
    let table = read_table(csv.as_bytes()).unwrap();
    let again = import_table(
        &table,
        &guess_mapping(&table.headers),
        "toegang-registers.csv",
    );
    assert_eq!(again.catalog, import.catalog);
}

#[test]
fn a_file_in_another_encoding_is_refused_with_the_line() {
    let error = read_table(&fixture("windows-1252.csv")).unwrap_err();
    assert_eq!(error, CsvError::NotUtf8 { line: 2 });
    assert_eq!(
        error.message(Lang::Nl),
        "Regel 2: dit is geen UTF-8-tekst. Sla het bestand in het rekenblad op als „CSV UTF-8”."
    );
    assert_eq!(
        error.message(Lang::En),
        "Line 2: this is not UTF-8 text. Save the file as “CSV UTF-8” in the spreadsheet."
    );
}

#[test]
fn the_wrong_separator_shows_as_extra_cells() {
    assert_text(
        &render(&import("verkeerd-scheidingsteken.csv")),
        r#"
! Regel 2: 2 cel(len) meer dan er kolommen zijn; die zijn niet gebruikt. Staat het scheidingsteken goed?
! Regel 2: geen titel; overgeslagen.
not used: titel,begrippen
records 1, skipped 1
"#,
    );
}

#[test]
fn empty_and_oversized_files_are_refused() {
    assert_eq!(read_table(b""), Err(CsvError::Empty));
    assert_eq!(read_table(b"\xEF\xBB\xBF \r\n\n"), Err(CsvError::Empty));
    assert_eq!(read_table(b";;\nx;y;z\n"), Err(CsvError::NoHeader));
    let huge = vec![b'a'; redeneerlijn::io::csv::MAX_CSV_BYTES + 1];
    assert!(matches!(read_table(&huge), Err(CsvError::TooLarge { .. })));
}

#[test]
fn the_apps_own_csv_reads_back_as_the_same_catalog() {
    let example = include_bytes!("../assets/examples/catalogus-voorbeeldgemeente.json");
    let catalog = import_catalog(example).unwrap().catalog;
    let csv = export_catalog_csv(&catalog);
    assert!(csv.starts_with("\u{FEFF}id;titel;eigenaar;soort bron;begrippen;aliassen;niveau;"));
    let table = read_table(csv.as_bytes()).unwrap();
    let import = import_table(&table, &guess_mapping(&table.headers), &catalog.title);
    assert_eq!(import.problems, vec![], "{}", render(&import));
    assert_eq!(import.catalog, catalog);
    // Deterministic: the same catalog gives the same bytes.
    assert_eq!(export_catalog_csv(&import.catalog), csv);
}

#[test]
fn fifty_thousand_rows_import() {
    let catalog: Catalog = redeneerlijn::generate::catalog(50_000, 7);
    let csv = export_catalog_csv(&catalog);
    assert!(csv.len() > 5_000_000, "{} bytes", csv.len());
    let table = read_table(csv.as_bytes()).unwrap();
    let import = import_table(&table, &guess_mapping(&table.headers), &catalog.title);
    assert_eq!(import.catalog.len(), 50_000);
    assert_eq!(import.catalog, catalog);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text made of what spreadsheet rows are made of: separators, quotes, line ends, the
    /// list characters, words the import knows, digits and dashes for periods, and accents.
    fn csvish() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            ";",
            ",",
            "\t",
            "\"",
            "\r\n",
            "\n",
            "|",
            " ",
            "-",
            "/",
            "2019",
            "2024",
            "31-02-2020",
            "titel",
            "begrippen",
            "aliassen",
            "niveau",
            "frequentie",
            "periode",
            "toegang",
            "id",
            "eigenaar",
            "bron",
            "buurt",
            "wijk",
            "jaar",
            "maand",
            "cbs",
            "open",
            "persoonsgegevens",
            "Wmo-cliënten",
            "Aantal inwoners",
            "x",
            "ä",
            "\u{FEFF}",
            "<b>",
            "é",
        ]);
        let text = prop::collection::vec(pieces, 0..120).prop_map(|p| p.concat());
        // Half the inputs start with a header the guess knows, so rows become datasets.
        let header = prop::sample::select(vec![
            "titel;begrippen;aliassen;niveau;frequentie;periode;toegang;bron;eigenaar\n",
            "id,title,concepts,aliases,level,frequency,from,to,access,source,notes\n",
        ]);
        prop_oneof![
            text.clone(),
            (header, text).prop_map(|(header, rows)| format!("{header}{rows}")),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
            if let Ok(table) = read_table(&bytes) {
                let _ = import_table(&table, &guess_mapping(&table.headers), "t");
            }
        }

        /// Whatever a CSV import makes, the app's own CSV of it reads back as the same catalog,
        /// without problems, and is written the same again.
        #[test]
        fn an_imported_catalog_round_trips_through_csv(text in csvish()) {
            let Ok(table) = read_table(text.as_bytes()) else { return Ok(()) };
            let first = import_table(&table, &guess_mapping(&table.headers), "t").catalog;
            let written = export_catalog_csv(&first);
            let table = read_table(written.as_bytes()).unwrap();
            let again = import_table(&table, &guess_mapping(&table.headers), "t");
            let problems: Vec<String> = again.problems.iter().map(|p| p.message(Lang::En)).collect();
            prop_assert_eq!(&again.catalog, &first, "{:?}\n{}", problems, written);
            prop_assert_eq!(export_catalog_csv(&again.catalog), written);
        }
    }

    /// The round trip above is only worth something if the inputs make datasets.
    #[test]
    fn the_round_trip_sees_datasets() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let mut seen = 0;
        for _ in 0..500 {
            let text = csvish().new_tree(&mut runner).unwrap().current();
            if let Ok(table) = read_table(text.as_bytes()) {
                seen += import_table(&table, &guess_mapping(&table.headers), "t")
                    .catalog
                    .len();
            }
        }
        assert!(seen > 500, "only {seen} datasets from 500 inputs");
    }
}
