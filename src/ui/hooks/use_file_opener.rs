use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use yew::prelude::*;

use crate::editor::Document;
use crate::io::ckan::import_ckan;
use crate::io::csv::read_table;
use crate::io::dcat::import_dcat;
use crate::io::{import_catalog, import_graph, import_workshop, FileKind, LoadError, ProblemKind};
use crate::ui::state::{catalog_title, AppAction, AppState, Notice};
use crate::workshop::WorkshopSession;

/// Reads a file the user chose or dropped, entirely in the browser, and opens it: a reasoning
/// line replaces the document (undoable), a dataset list replaces the catalog. A bad file only
/// produces a notice; the work on screen stays as it was.
#[hook]
pub fn use_file_opener(dispatcher: UseReducerDispatcher<AppState>) -> Callback<web_sys::File> {
    // The reader must live until it calls back; one file at a time is enough.
    let pending: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    use_callback(dispatcher, move |file: web_sys::File, dispatcher| {
        let name = file.name();
        let dispatcher = dispatcher.clone();
        let file = gloo::file::File::from(file);
        let reader = gloo::file::callbacks::read_as_bytes(&file, move |result| {
            let action = match result {
                Ok(bytes) => open_bytes(&name, &bytes),
                Err(_) => AppAction::Notify(Notice::Unreadable { file: name.clone() }),
            };
            dispatcher.dispatch(action);
        });
        *pending.borrow_mut() = Some(reader);
    })
}

/// The action that opens `bytes`: a spreadsheet goes to the column mapping step; a saved CKAN
/// API response or DCAT-AP JSON-LD becomes the dataset list; other JSON opens as a reasoning line, or as a dataset
/// list when the file says it is one.
fn open_bytes(name: &str, bytes: &[u8]) -> AppAction {
    if is_spreadsheet(name, bytes) {
        return match read_table(bytes) {
            Ok(table) => AppAction::StartCsvImport {
                file_name: name.to_owned(),
                table,
            },
            Err(error) => AppAction::Notify(Notice::CsvUnreadable {
                file: name.to_owned(),
                error,
            }),
        };
    }
    let title = catalog_title(name);
    if let Some(import) = import_ckan(bytes, title)
        .ok()
        .or_else(|| import_dcat(bytes, title).ok())
    {
        return AppAction::CatalogImported {
            file_name: name.to_owned(),
            import: Box::new(import),
        };
    }
    match import_graph(bytes) {
        Ok(loaded) => {
            let document = Document {
                line: loaded.line,
                layout: loaded.layout,
            };
            let open = AppAction::Open {
                document,
                catalog: None,
                file_name: name.to_owned(),
            };
            if loaded.notices.is_empty() {
                open
            } else {
                AppAction::Batch(vec![
                    open,
                    AppAction::Notify(Notice::Loaded {
                        file: name.to_owned(),
                        notes: loaded.notices,
                    }),
                ])
            }
        }
        Err(error) if is_other_kind(&error, FileKind::Workshop) => match import_workshop(bytes) {
            Ok(loaded) => {
                let session = WorkshopSession::new(loaded.workshop, name.to_owned());
                let start = AppAction::StartWorkshop(Box::new(session));
                if loaded.notices.is_empty() {
                    start
                } else {
                    let notes = loaded.notices;
                    let file = name.to_owned();
                    AppAction::Batch(vec![
                        start,
                        AppAction::Notify(Notice::Loaded { file, notes }),
                    ])
                }
            }
            Err(error) => AppAction::Notify(Notice::LoadFailed {
                file: name.to_owned(),
                error,
            }),
        },
        Err(error) if is_other_kind(&error, FileKind::Answers) => {
            AppAction::Notify(Notice::AnswersElsewhere {
                file: name.to_owned(),
            })
        }
        Err(error) if is_other_kind(&error, FileKind::Catalog) => match import_catalog(bytes) {
            Ok(loaded) => AppAction::SetCatalog(loaded.catalog),
            Err(error) => AppAction::Notify(Notice::LoadFailed {
                file: name.to_owned(),
                error,
            }),
        },
        Err(error) => AppAction::Notify(Notice::LoadFailed {
            file: name.to_owned(),
            error,
        }),
    }
}

/// Whether the file turned out to be of kind `kind` rather than a reasoning line.
fn is_other_kind(error: &LoadError, kind: FileKind) -> bool {
    error
        .problems
        .iter()
        .any(|p| matches!(p.kind, ProblemKind::OtherFileKind { found, .. } if found == kind))
}

/// A `.csv`/`.tsv`/`.txt` file, or any file whose text does not start like JSON.
fn is_spreadsheet(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_lowercase();
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
