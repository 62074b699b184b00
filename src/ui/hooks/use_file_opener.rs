use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use yew::prelude::*;

use super::ImportTasks;
use crate::editor::Document;
use crate::io::{open_json, Opened};
use crate::ui::state::{
    catalog_title, AppAction, AppState, Notice, TeamVocabulary, VocabularyChange,
};
use crate::workshop::WorkshopSession;

/// Reads a file the user chose or dropped, entirely in the browser, and opens it: a reasoning
/// line replaces the document (undoable), a dataset list replaces the catalog, a data team's
/// vocabulary of synonyms is used next to the shipped one (the list indexed again). A bad file only
/// produces a notice; the work on screen stays as it was. Spreadsheets and portal exports are
/// read and imported a part at a time by `tasks`, with a progress display.
#[hook]
pub fn use_file_opener(
    dispatcher: UseReducerDispatcher<AppState>,
    tasks: ImportTasks,
) -> Callback<web_sys::File> {
    // The reader must live until it calls back; one file at a time is enough.
    let pending: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    use_callback((dispatcher, tasks), move |file: web_sys::File, deps| {
        let name = file.name();
        let (dispatcher, tasks) = deps.clone();
        let file = gloo::file::File::from(file);
        let reader = gloo::file::callbacks::read_as_bytes(&file, move |result| {
            let action = match result {
                Ok(bytes) => open_bytes(&name, bytes, &tasks),
                Err(_) => Some(AppAction::Notify(Notice::Unreadable { file: name.clone() })),
            };
            if let Some(action) = action {
                dispatcher.dispatch(action);
            }
        });
        *pending.borrow_mut() = Some(reader);
    })
}

/// Opens `bytes`: a spreadsheet is read (by `tasks`) and goes to the column mapping step; a saved
/// CKAN API response or DCAT-AP JSON-LD is imported (by `tasks`) as the dataset list; other JSON
/// opens as what it says it is (a reasoning line, a dataset list, a workshop, a vocabulary). Gives
/// the action to dispatch now, if any.
fn open_bytes(name: &str, bytes: Vec<u8>, tasks: &ImportTasks) -> Option<AppAction> {
    if is_spreadsheet(name, &bytes) {
        tasks.read_spreadsheet(name.to_owned(), bytes);
        return None;
    }
    let file = name.to_owned();
    // The JSON itself is parsed once, in one go; a portal export's records import a part at a
    // time.
    let opened = match open_json(&bytes, catalog_title(name)) {
        Ok(opened) => opened,
        Err(error) => return Some(AppAction::Notify(Notice::LoadFailed { file, error })),
    };
    Some(match opened {
        Opened::Portal(importer) => {
            tasks.import(file, importer);
            return None;
        }
        Opened::Graph(loaded) => with_notes(
            AppAction::Open {
                document: Document {
                    line: loaded.line,
                    layout: loaded.layout,
                },
                catalog: None,
                file_name: file.clone(),
            },
            file,
            loaded.notices,
        ),
        Opened::Catalog(loaded) => AppAction::SetCatalog(loaded.catalog),
        Opened::Workshop(loaded) => {
            let session = WorkshopSession::new(loaded.workshop, file.clone());
            with_notes(
                AppAction::StartWorkshop(Box::new(session)),
                file,
                loaded.notices,
            )
        }
        Opened::Answers => AppAction::Notify(Notice::AnswersElsewhere { file }),
        Opened::Vocabulary(loaded) => {
            let team = TeamVocabulary::new(loaded.title, loaded.vocabulary);
            AppAction::ChangeVocabulary(VocabularyChange::Loaded {
                file,
                team: Rc::new(team),
                notes: loaded.notices,
            })
        }
    })
}

/// `action`, followed by a notice of what the file's reader noted (migrated, unknown fields), if
/// anything.
fn with_notes(action: AppAction, file: String, notes: Vec<crate::io::Notice>) -> AppAction {
    if notes.is_empty() {
        action
    } else {
        AppAction::Batch(vec![
            action,
            AppAction::Notify(Notice::Loaded { file, notes }),
        ])
    }
}

/// A `.csv`/`.tsv`/`.txt` file, or any file whose text does not start like JSON.
fn is_spreadsheet(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    if [".csv", ".tsv", ".txt"]
        .iter()
        .any(|ext| lower.ends_with(ext))
    {
        return true;
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = text.iter().find(|b| !b.is_ascii_whitespace());
    !lower.ends_with(".json") && first.is_some_and(|&b| b != b'{' && b != b'[')
}
