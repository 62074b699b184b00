use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use serde::Serialize;
use serde_json::Value;
use yew::prelude::*;

use crate::editor::{Document, Editor};
use crate::io::{export_catalog, export_graph, import_catalog, import_graph};
use crate::ui::download::js_error_text;
use crate::ui::state::{AppAction, AppState, CatalogData, Notice, Screen};

const KEY: &str = "redeneerlijn.autosave";
/// The dataset list, kept apart: it changes rarely and can be large (50,000 datasets are some
/// 10 MB), so an edit of the line must not write it again.
const CATALOG_KEY: &str = "redeneerlijn.autosave.catalog";
/// Waits this long after the last change, so typing and dragging do not write on every step.
const DELAY_MS: u32 = 400;

/// The open document as kept in the browser's local storage, in the same file format as on disk.
/// Read back by `restore` through `serde_json::Value` rather than a derived `Deserialize`: that
/// reuses the file reader's parser instead of a second instantiation of serde_json's deserializer
/// with its error formatting (which alone kept core's float formatter). Older copies held the
/// dataset list in `catalog` too; `restore` still reads it.
#[derive(Serialize)]
struct Snapshot {
    file_name: String,
    graph: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    catalog: Option<String>,
}

/// Keeps a copy of the work in the browser so a reload or a crashed tab loses nothing (`restore`
/// brings it back at start-up). The line is written after every change, the dataset list only
/// when it changed. A failing write of the line (storage full or disabled) becomes a notice; a
/// dataset list too large for the browser's storage is reported apart (`CatalogAutosaved`), so
/// the line is still kept and the officer is told to save the list as a file.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<AppState>) {
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let pending_catalog: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let revision = state.editor.revision();
    let editing = state.screen == Screen::Editor;
    {
        let editor = state.editor.clone();
        let file_name = state.file_name.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((revision, editing), move |_| {
            if editing {
                let timeout = Timeout::new(DELAY_MS, move || {
                    if let Err(detail) = save_line(&editor, &file_name) {
                        dispatcher.dispatch(AppAction::Notify(Notice::AutosaveFailed(detail)));
                    }
                });
                // Replacing the handle cancels the previous, not yet fired, write.
                *pending.borrow_mut() = Some(timeout);
            }
        });
    }
    let catalog = state.catalog.clone();
    let dispatcher = state.dispatcher();
    use_effect_with((state.catalog.revision, editing), move |_| {
        if editing {
            let timeout = Timeout::new(DELAY_MS, move || {
                let saved = save_catalog(&catalog).is_ok();
                dispatcher.dispatch(AppAction::CatalogAutosaved(saved));
            });
            *pending_catalog.borrow_mut() = Some(timeout);
        }
    });
}

fn storage() -> Result<web_sys::Storage, String> {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| "local storage is not available".to_owned())
}

fn save_line(editor: &Editor, file_name: &str) -> Result<(), String> {
    let document = editor.document();
    let graph = export_graph(&document.line, &document.layout).map_err(|e| e.to_string())?;
    let snapshot = Snapshot {
        file_name: file_name.to_owned(),
        graph,
        catalog: None,
    };
    let text = serde_json::to_string(&snapshot).map_err(|e| e.to_string())?;
    storage()?
        .set_item(KEY, &text)
        .map_err(|e| js_error_text(&e))
}

/// Lists longer than this are not even tried: browsers keep some 5 MB per site, a dataset takes
/// a few hundred bytes, and writing out a list that cannot fit would hold up the page for a third
/// of a second (50,000 datasets) only to fail.
const MAX_KEPT_DATASETS: usize = 15_000;

/// Writes the dataset list, or, when it does not fit, removes the older copy so a reload never
/// brings back a list other than the one on screen.
fn save_catalog(catalog: &CatalogData) -> Result<(), String> {
    let storage = storage()?;
    if catalog.catalog.is_empty() {
        return storage
            .remove_item(CATALOG_KEY)
            .map_err(|e| js_error_text(&e));
    }
    if catalog.catalog.len() > MAX_KEPT_DATASETS {
        let _ = storage.remove_item(CATALOG_KEY);
        return Err("too large for local storage".to_owned());
    }
    let text = export_catalog(&catalog.catalog).map_err(|e| e.to_string())?;
    storage.set_item(CATALOG_KEY, &text).map_err(|error| {
        let _ = storage.remove_item(CATALOG_KEY);
        js_error_text(&error)
    })
}

/// The action that reopens the autosaved work, if there is any and it still reads.
pub fn restore() -> Option<AppAction> {
    let storage = gloo::utils::window().local_storage().ok().flatten()?;
    let text = storage.get_item(KEY).ok().flatten()?;
    let snapshot = read_snapshot(&text)?;
    let graph = import_graph(snapshot.graph.as_bytes()).ok()?;
    let catalog = storage
        .get_item(CATALOG_KEY)
        .ok()
        .flatten()
        .or(snapshot.catalog)
        .and_then(|c| import_catalog(c.as_bytes()).ok())
        .map(|c| c.catalog);
    Some(AppAction::Restore {
        document: Document {
            line: graph.line,
            layout: graph.layout,
        },
        catalog,
        file_name: snapshot.file_name,
    })
}

/// The saved snapshot, if `text` is one: an object with the texts `file_name` and `graph` and a
/// `catalog` that is a text, `null` or absent; other fields are ignored.
fn read_snapshot(text: &str) -> Option<Snapshot> {
    let value: Value = serde_json::from_slice(text.as_bytes()).ok()?;
    let text_at = |key: &str| match value.get(key) {
        Some(Value::String(text)) => Some(text.clone()),
        _ => None,
    };
    let catalog = match value.get("catalog") {
        None | Some(Value::Null) => None,
        Some(Value::String(text)) => Some(text.clone()),
        Some(_) => return None,
    };
    Some(Snapshot {
        file_name: text_at("file_name")?,
        graph: text_at("graph")?,
        catalog,
    })
}
