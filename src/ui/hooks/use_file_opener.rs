use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use yew::prelude::*;

use super::ImportTasks;
use crate::editor::Document;
use crate::io::ckan::ckan_importer;
use crate::io::dcat::dcat_importer;
use crate::io::{
    import_catalog, import_graph, import_workshop, FileKind, LoadError, ProblemKind,
    MAX_GRAPH_BYTES,
};
use crate::ui::state::{catalog_title, AppAction, AppState, Notice};
use crate::workshop::WorkshopSession;

/// Reads a file the user chose or dropped, entirely in the browser, and opens it: a reasoning
/// line replaces the document (undoable), a dataset list replaces the catalog. A bad file only
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
/// opens as a reasoning line, or as a dataset list when the file says it is one. Gives the action
/// to dispatch now, if any.
fn open_bytes(name: &str, bytes: Vec<u8>, tasks: &ImportTasks) -> Option<AppAction> {
    if is_spreadsheet(name, &bytes) {
        tasks.read_spreadsheet(name.to_owned(), bytes);
        return None;
    }
    let title = catalog_title(name);
    // The JSON itself is parsed in one go; the records are imported a part at a time.
    if let Some(importer) = ckan_importer(&bytes, title)
        .ok()
        .or_else(|| dcat_importer(&bytes, title).ok())
    {
        tasks.import(name.to_owned(), importer);
        return None;
    }
    Some(open_document(name, &bytes))
}

/// The action that opens a reasoning line (or a dataset list in the app's own format).
fn open_document(name: &str, bytes: &[u8]) -> AppAction {
    // A graph file may be at most `MAX_GRAPH_BYTES`; a dataset list may be larger, so a larger
    // file is read as one, and only a file that says it is a graph gets the graph's own limit.
    if bytes.len() > MAX_GRAPH_BYTES {
        let error = match import_catalog(bytes) {
            Ok(loaded) => return AppAction::SetCatalog(loaded.catalog),
            // A graph file this large: the graph reader names its size limit.
            Err(error) if is_other_kind(&error, FileKind::Graph) => {
                import_graph(bytes).err().unwrap_or(error)
            }
            Err(error) => error,
        };
        let file = name.to_owned();
        return AppAction::Notify(Notice::LoadFailed { file, error });
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
