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
/// Waits this long after the last change, so typing and dragging do not write on every step.
const DELAY_MS: u32 = 400;

/// What is kept in the browser's local storage: the open document and the dataset list, in the
/// same file formats as on disk. Read back by `restore` through `serde_json::Value` rather than a
/// derived `Deserialize`: that reuses the file reader's parser instead of a second instantiation of
/// serde_json's deserializer with its error formatting (which alone kept core's float formatter).
#[derive(Serialize)]
struct Snapshot {
    file_name: String,
    graph: String,
    catalog: Option<String>,
}

/// Keeps a copy of the work in the browser so a reload or a crashed tab loses nothing (`restore`
/// brings it back at start-up). A failing write (storage full or disabled) becomes a notice.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<AppState>) {
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let revision = state.editor.revision();
    let catalog_revision = state.catalog.revision;
    let editing = state.screen == Screen::Editor;
    let editor = state.editor.clone();
    let catalog = state.catalog.clone();
    let file_name = state.file_name.clone();
    let dispatcher = state.dispatcher();
    use_effect_with((revision, catalog_revision, editing), move |_| {
        if editing {
            let timeout = Timeout::new(DELAY_MS, move || {
                if let Err(detail) = save(&editor, &catalog, &file_name) {
                    dispatcher.dispatch(AppAction::Notify(Notice::AutosaveFailed(detail)));
                }
            });
            // Replacing the handle cancels the previous, not yet fired, write.
            *pending.borrow_mut() = Some(timeout);
        }
    });
}

fn save(editor: &Editor, catalog: &CatalogData, file_name: &str) -> Result<(), String> {
    let document = editor.document();
    let graph = export_graph(&document.line, &document.layout).map_err(|e| e.to_string())?;
    let catalog = if catalog.catalog.is_empty() {
        None
    } else {
        Some(export_catalog(&catalog.catalog).map_err(|e| e.to_string())?)
    };
    let snapshot = Snapshot {
        file_name: file_name.to_owned(),
        graph,
        catalog,
    };
    let text = serde_json::to_string(&snapshot).map_err(|e| e.to_string())?;
    let storage = gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| "local storage is not available".to_owned())?;
    storage.set_item(KEY, &text).map_err(|e| js_error_text(&e))
}

/// The action that reopens the autosaved work, if there is any and it still reads.
pub fn restore() -> Option<AppAction> {
    let storage = gloo::utils::window().local_storage().ok().flatten()?;
    let text = storage.get_item(KEY).ok().flatten()?;
    let snapshot = read_snapshot(&text)?;
    let graph = import_graph(snapshot.graph.as_bytes()).ok()?;
    let catalog = snapshot
        .catalog
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
