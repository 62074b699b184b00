//! The sentences a policy officer reads about a file, in Dutch and English. Kept apart from the
//! kinds so the wording can be improved without touching the reader.

use super::problem::{ExportProblemKind, FileKind, JsonType, NoticeKind, ProblemKind};
use super::words::WordList;
use crate::i18n::Lang;

fn pick(lang: Lang, nl: String, en: String) -> String {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

fn file_kind(kind: FileKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (FileKind::Graph, Lang::Nl) => "een redeneerlijn",
        (FileKind::Graph, Lang::En) => "a reasoning line",
        (FileKind::Catalog, Lang::Nl) => "een datasetlijst (catalogus)",
        (FileKind::Catalog, Lang::En) => "a dataset list (catalog)",
        (FileKind::Workshop, Lang::Nl) => "een workshop",
        (FileKind::Workshop, Lang::En) => "a workshop",
        (FileKind::Answers, Lang::Nl) => "een antwoordenbestand van een workshop",
        (FileKind::Answers, Lang::En) => "an answers file of a workshop",
        (FileKind::Vocabulary, Lang::Nl) => "een woordenlijst met synoniemen",
        (FileKind::Vocabulary, Lang::En) => "a vocabulary of synonyms",
    }
}

fn json_type(kind: JsonType, lang: Lang) -> &'static str {
    match (kind, lang) {
        (JsonType::Object, Lang::Nl) => "een object { … }",
        (JsonType::Object, Lang::En) => "an object { … }",
        (JsonType::Array, Lang::Nl) => "een lijst [ … ]",
        (JsonType::Array, Lang::En) => "a list [ … ]",
        (JsonType::Text, Lang::Nl) => "tekst tussen aanhalingstekens",
        (JsonType::Text, Lang::En) => "text in quotes",
        (JsonType::Number, Lang::Nl) => "een getal",
        (JsonType::Number, Lang::En) => "a number",
        (JsonType::WholeNumber, Lang::Nl) => "een geheel getal",
        (JsonType::WholeNumber, Lang::En) => "a whole number",
        (JsonType::Boolean, Lang::Nl) => "true of false",
        (JsonType::Boolean, Lang::En) => "true or false",
        (JsonType::Null, Lang::Nl) => "null (leeg)",
        (JsonType::Null, Lang::En) => "null (empty)",
    }
}

fn word_list(list: WordList, lang: Lang) -> &'static str {
    match (list, lang) {
        (WordList::NodeKind, Lang::Nl) => "soort onderdeel",
        (WordList::NodeKind, Lang::En) => "kind of part",
        (WordList::Level, Lang::Nl) => "niveau",
        (WordList::Level, Lang::En) => "level",
        (WordList::Frequency, Lang::Nl) => "frequentie",
        (WordList::Frequency, Lang::En) => "frequency",
        (WordList::Evidence, Lang::Nl) => "onderbouwing",
        (WordList::Evidence, Lang::En) => "evidence",
        (WordList::Source, Lang::Nl) => "bron",
        (WordList::Source, Lang::En) => "source",
        (WordList::Access, Lang::Nl) => "toegang",
        (WordList::Access, Lang::En) => "access",
        (WordList::Assumed, Lang::Nl) => "aangenomen gegeven",
        (WordList::Assumed, Lang::En) => "assumed field",
        (WordList::QuestionKind, Lang::Nl) => "soort vraag",
        (WordList::QuestionKind, Lang::En) => "kind of question",
        (WordList::Data, Lang::Nl) => "data",
        (WordList::Data, Lang::En) => "data",
    }
}

/// Long or hostile values are shortened so one message stays one readable line.
fn shown(text: &str) -> String {
    const MAX: usize = 60;
    let mut short: String = text.chars().take(MAX).collect();
    if text.chars().count() > MAX {
        short.push('…');
    }
    format!("“{short}”")
}

fn megabytes(bytes: usize) -> String {
    let mut text = crate::number::fixed(bytes as f64 / 1_000_000.0, 1);
    text.push_str(" MB");
    text
}

impl ProblemKind {
    /// The problem in words a policy officer understands, without the location.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        match self {
            TooLarge { bytes, limit } => pick(
                lang,
                format!(
                    "Het bestand is te groot ({}); de grens is {}.",
                    megabytes(*bytes),
                    megabytes(*limit)
                ),
                format!(
                    "The file is too large ({}); the limit is {}.",
                    megabytes(*bytes),
                    megabytes(*limit)
                ),
            ),
            NotJson { line, column } => pick(
                lang,
                format!(
                    "Dit is geen geldig JSON-bestand: de fout zit in regel {line}, kolom {column}."
                ),
                format!(
                    "This is not a valid JSON file: the error is at line {line}, column {column}."
                ),
            ),
            NumberOutOfRange { line, column } => pick(
                lang,
                format!("Een getal is te groot om te bewaren (regel {line}, kolom {column})."),
                format!("A number is too large to store (line {line}, column {column})."),
            ),
            TooDeep {
                line,
                column,
                limit,
            } => pick(
                lang,
                format!(
                    "Het bestand is dieper genest dan {limit} niveaus (regel {line}, kolom \
                     {column}); zo'n bestand maakt Redeneerlijn niet."
                ),
                format!(
                    "The file is nested deeper than {limit} levels (line {line}, column {column}); \
                     Redeneerlijn does not make such files."
                ),
            ),
            MissingFormat => pick(
                lang,
                "Het veld \"format\" ontbreekt: dit lijkt geen bestand van Redeneerlijn.".into(),
                "The field \"format\" is missing: this does not look like a Redeneerlijn file."
                    .into(),
            ),
            OtherFileKind { found, expected } => pick(
                lang,
                format!(
                    "Dit bestand is {}, maar hier wordt {} verwacht.",
                    file_kind(*found, lang),
                    file_kind(*expected, lang)
                ),
                format!(
                    "This file is {}, but {} is expected here.",
                    file_kind(*found, lang),
                    file_kind(*expected, lang)
                ),
            ),
            UnknownFormat { found, expected } => pick(
                lang,
                format!(
                    "Onbekend formaat {}; verwacht wordt \"{}\" ({}).",
                    shown(found),
                    expected.format_word(),
                    file_kind(*expected, lang)
                ),
                format!(
                    "Unknown format {}; expected \"{}\" ({}).",
                    shown(found),
                    expected.format_word(),
                    file_kind(*expected, lang)
                ),
            ),
            MissingVersion => pick(
                lang,
                "Het veld \"version\" ontbreekt, dus het bestand kan niet worden gelezen.".into(),
                "The field \"version\" is missing, so the file cannot be read.".into(),
            ),
            InvalidVersion => pick(
                lang,
                "Het veld \"version\" moet een geheel getal vanaf 1 zijn.".into(),
                "The field \"version\" must be a whole number from 1 up.".into(),
            ),
            NewerVersion { found, supported } => pick(
                lang,
                format!(
                    "Dit bestand is gemaakt met een nieuwere versie van Redeneerlijn (formaat \
                     versie {found}; deze app leest tot en met versie {supported}). Gebruik de \
                     nieuwste versie van de app."
                ),
                format!(
                    "This file was made with a newer version of Redeneerlijn (format version \
                     {found}; this app reads up to version {supported}). Use the latest version \
                     of the app."
                ),
            ),
            WrongType { expected, found } => pick(
                lang,
                format!(
                    "Verwacht: {}, maar gevonden: {}.",
                    json_type(*expected, lang),
                    json_type(*found, lang)
                ),
                format!(
                    "Expected {}, but found {}.",
                    json_type(*expected, lang),
                    json_type(*found, lang)
                ),
            ),
            MissingField { field } => pick(
                lang,
                format!("Het verplichte veld \"{field}\" ontbreekt."),
                format!("The required field \"{field}\" is missing."),
            ),
            InvalidId { id } => pick(
                lang,
                format!(
                    "Ongeldige id {}: een id is 1 tot 100 tekens lang.",
                    shown(id)
                ),
                format!(
                    "Invalid id {}: an id is 1 to 100 characters long.",
                    shown(id)
                ),
            ),
            DuplicateId { id, first } => pick(
                lang,
                format!(
                    "De id {} komt twee keer voor (eerder bij {first}).",
                    shown(id)
                ),
                format!("The id {} occurs twice (first at {first}).", shown(id)),
            ),
            UnknownNode { id } => pick(
                lang,
                format!("Er is geen onderdeel met id {} in dit bestand.", shown(id)),
                format!("There is no part with id {} in this file.", shown(id)),
            ),
            UnknownWord { found, list } => pick(
                lang,
                format!(
                    "Onbekende waarde {} voor {}. Toegestaan: {}.",
                    shown(found),
                    word_list(*list, lang),
                    list.words().join(", ")
                ),
                format!(
                    "Unknown value {} for {}. Allowed: {}.",
                    shown(found),
                    word_list(*list, lang),
                    list.words().join(", ")
                ),
            ),
            PeriodReversed { from, to } => pick(
                lang,
                format!("De periode begint ({from}) na het einde ({to})."),
                format!("The period starts ({from}) after it ends ({to})."),
            ),
            ImplausibleYear { year } => pick(
                lang,
                format!("Het jaar {year} ligt niet tussen 1800 en 2200; is het een typefout?"),
                format!("The year {year} is not between 1800 and 2200; is it a typing error?"),
            ),
            IdsExhausted => pick(
                lang,
                "Er is geen nieuwe id meer vrij boven de hoogste id in het bestand.".into(),
                "No fresh id is left above the highest id in the file.".into(),
            ),
            InvalidPrefixedId { id, prefix } => pick(
                lang,
                format!(
                    "Ongeldige id {}: verwacht „{prefix}” met een getal, bijvoorbeeld {prefix}3.",
                    shown(id)
                ),
                format!(
                    "Invalid id {}: expected “{prefix}” and a number, e.g. {prefix}3.",
                    shown(id)
                ),
            ),
            NotInRange { min, max } => pick(
                lang,
                format!("Verwacht een geheel getal van {min} tot en met {max}."),
                format!("Expected a whole number from {min} to {max}."),
            ),
            ExactlyOneOf { first, second } => pick(
                lang,
                format!("Geef precies één van de velden \"{first}\" en \"{second}\"."),
                format!("Give exactly one of the fields \"{first}\" and \"{second}\"."),
            ),
            OtherWorkshop { found, expected } => pick(
                lang,
                format!(
                    "Deze antwoorden horen bij een andere workshop ({}), niet bij {}.",
                    shown(found),
                    shown(expected)
                ),
                format!(
                    "These answers belong to another workshop ({}), not to {}.",
                    shown(found),
                    shown(expected)
                ),
            ),
            ChangedWorkshop => pick(
                lang,
                "Deze antwoorden zijn gegeven op een eerdere versie van deze workshop: de vragen \
                 zijn sindsdien veranderd, dus de antwoorden passen er niet meer bij."
                    .into(),
                "These answers were given to an earlier version of this workshop: the questions \
                 have changed since, so the answers no longer fit."
                    .into(),
            ),
            UnknownQuestion { id } => pick(
                lang,
                format!("De workshop heeft geen vraag met id {}.", shown(id)),
                format!("The workshop has no question with id {}.", shown(id)),
            ),
            WrongAnswerKind { expected } => pick(
                lang,
                format!("Deze vraag vraagt om een antwoord in het veld \"{expected}\"."),
                format!("This question asks for an answer in the field \"{expected}\"."),
            ),
            NotATerm { term } => pick(
                lang,
                format!(
                    "{} is geen term: een term heeft minstens één letter of cijfer.",
                    shown(term)
                ),
                format!(
                    "{} is not a term: a term has at least one letter or digit.",
                    shown(term)
                ),
            ),
            TooFewTerms { found } => pick(
                lang,
                format!(
                    "Een groep synoniemen heeft minstens twee verschillende termen nodig; deze \
                     heeft er {found}."
                ),
                format!(
                    "A group of synonyms needs at least two different terms; this one has {found}."
                ),
            ),
            UnknownSource { source } => pick(
                lang,
                format!(
                    "De bron {} staat niet bij \"sources\"; noem daar elke bron met waar de kennis \
                     vandaan komt.",
                    shown(source)
                ),
                format!(
                    "The source {} is not listed under \"sources\"; list every source there with \
                     where the knowledge comes from.",
                    shown(source)
                ),
            ),
            InvalidSourceKey { key } => pick(
                lang,
                format!(
                    "Ongeldige bronsleutel {}: een sleutel is 1 tot 100 tekens lang en niet alleen \
                     spaties.",
                    shown(key)
                ),
                format!(
                    "Invalid source key {}: a key is 1 to 100 characters long and not only spaces.",
                    shown(key)
                ),
            ),
            TooManyProblems { limit } => pick(
                lang,
                format!("Er zijn meer dan {limit} problemen; alleen de eerste {limit} staan hier."),
                format!("There are more than {limit} problems; only the first {limit} are listed."),
            ),
        }
    }
}

impl NoticeKind {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            NoticeKind::Migrated { from, to } => pick(
                lang,
                format!(
                    "Dit bestand had formaat versie {from} en is omgezet naar versie {to}. Bij \
                     opslaan wordt versie {to} geschreven."
                ),
                format!(
                    "This file had format version {from} and was converted to version {to}. \
                     Saving writes version {to}."
                ),
            ),
            NoticeKind::UnknownField => pick(
                lang,
                "Onbekend veld; het is overgeslagen en wordt niet opgeslagen.".into(),
                "Unknown field; it was skipped and will not be saved.".into(),
            ),
            NoticeKind::Renumbered { old, new } => pick(
                lang,
                format!("De id {} heeft de nieuwe id {new} gekregen.", shown(old)),
                format!("The id {} was given the new id {new}.", shown(old)),
            ),
            NoticeKind::PositionIgnored { id } => pick(
                lang,
                format!(
                    "Positie overgeslagen: er is geen onderdeel met id {}.",
                    shown(id)
                ),
                format!("Position skipped: there is no part with id {}.", shown(id)),
            ),
            NoticeKind::RepeatedDataset { id } => pick(
                lang,
                format!(
                    "Dataset {} staat hier al eerder; de herhaling is weggelaten.",
                    shown(id)
                ),
                format!(
                    "Dataset {} is already listed here; the repeat was left out.",
                    shown(id)
                ),
            ),
            // Indicators are counted from 1 in words, as in the analysis's messages.
            NoticeKind::LinkedAndRejected {
                id,
                node,
                indicator,
            } => pick(
                lang,
                format!(
                    "Dataset {} is bij onderdeel {}, indicator {}, zowel gekoppeld als \
                     afgewezen (past niet). De koppeling blijft; de afwijzing is weggelaten.",
                    shown(id),
                    shown(node),
                    indicator.saturating_add(1)
                ),
                format!(
                    "Dataset {} is both linked to and rejected for part {}, indicator {} (does \
                     not fit). The link is kept; the rejection was left out.",
                    shown(id),
                    shown(node),
                    indicator.saturating_add(1)
                ),
            ),
            NoticeKind::DuplicateTerm { term } => pick(
                lang,
                format!(
                    "De term {} staat al eerder in deze groep; hij telt één keer.",
                    shown(term)
                ),
                format!(
                    "The term {} is already in this group; it counts once.",
                    shown(term)
                ),
            ),
            NoticeKind::TooManyNotices { limit } => pick(
                lang,
                format!("Er zijn meer dan {limit} meldingen; alleen de eerste {limit} staan hier."),
                format!("There are more than {limit} notices; only the first {limit} are listed."),
            ),
        }
    }
}

impl ExportProblemKind {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportProblemKind::NotFinite => pick(
                lang,
                "Dit getal is geen gewoon getal (oneindig of ongeldig) en kan niet worden opgeslagen."
                    .into(),
                "This number is not an ordinary number (infinite or invalid) and cannot be saved."
                    .into(),
            ),
            ExportProblemKind::InvalidDatasetId { id } => pick(
                lang,
                format!("Ongeldige dataset-id {}: een id is 1 tot 100 tekens lang.", shown(id)),
                format!("Invalid dataset id {}: an id is 1 to 100 characters long.", shown(id)),
            ),
            ExportProblemKind::InvalidId { id } => pick(
                lang,
                format!("Ongeldige id {}: een id is 1 tot 100 tekens lang.", shown(id)),
                format!("Invalid id {}: an id is 1 to 100 characters long.", shown(id)),
            ),
            ExportProblemKind::ImplausibleYear { year } => pick(
                lang,
                format!("Het jaar {year} ligt niet tussen 1800 en 2200."),
                format!("The year {year} is not between 1800 and 2200."),
            ),
            ExportProblemKind::Unreadable { problem } => pick(
                lang,
                format!(
                    "Zo opgeslagen zou het bestand niet te lezen zijn: {}",
                    problem.message(lang)
                ),
                format!(
                    "Saved like this, the file could not be read: {}",
                    problem.message(lang)
                ),
            ),
            ExportProblemKind::Serialize { detail } => pick(
                lang,
                format!("Opslaan is mislukt: {detail}"),
                format!("Saving failed: {detail}"),
            ),
        }
    }
}
