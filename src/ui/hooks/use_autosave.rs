use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use gloo::timers::callback::Timeout;
use serde::Serialize;
use serde_json::Value;
use yew::prelude::*;

use super::use_import_tasks::{next_task, now};
use crate::analysis::{CatalogIndex, IndexBuilder};
use crate::catalog::Catalog;
use crate::editor::{Document, Editor};
use crate::io::{export_catalog, export_graph, import_catalog, import_graph, CatalogWriter};
use crate::matching::Vocabulary;
use crate::ui::download::js_error_text;
use crate::ui::idb;
use crate::ui::shared::Shared;
use crate::ui::state::{AppAction, AppState, CatalogData, Notice, Screen};

const KEY: &str = "redeneerlijn.autosave";
/// The dataset list, kept apart: it changes rarely and can be large (50,000 datasets are some
/// 10 MB), so an edit of the line must not write it again.
const CATALOG_KEY: &str = "redeneerlijn.autosave.catalog";
/// What `CATALOG_KEY` holds when the list is kept in IndexedDB (under `IDB_CATALOG_KEY`) instead.
const IN_INDEXED_DB: &str = "indexeddb";
const IDB_CATALOG_KEY: &str = "catalog";
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
/// when it changed (and not the list just restored). A failing write of the line (storage full or
/// disabled) becomes a notice; a dataset list the browser could not keep is reported apart
/// (`CatalogAutosaved`), so the line is still kept and the officer is told to save the list as a
/// file.
#[hook]
pub fn use_autosave(state: &UseReducerHandle<AppState>) {
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let pending_catalog: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // Counts the dataset list's saves, so an older one still running gives way to a newer one.
    let catalog_turn: Rc<RefCell<u64>> = use_mut_ref(|| 0);
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
    let already_kept = state.catalog.revision == state.autosaved_catalog_revision;
    let dispatcher = state.dispatcher();
    use_effect_with((state.catalog.revision, editing), move |_| {
        if editing && !already_kept {
            let timeout = Timeout::new(DELAY_MS, move || {
                let turn = {
                    let mut turn = catalog_turn.borrow_mut();
                    *turn += 1;
                    *turn
                };
                wasm_bindgen_futures::spawn_local(async move {
                    let current = || *catalog_turn.borrow() == turn;
                    if let Some(kept) = save_catalog(&catalog, &current).await {
                        dispatcher.dispatch(AppAction::CatalogAutosaved(kept));
                    }
                });
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

/// Lists up to this size go to local storage, which reads back at once at start-up; larger ones
/// straight to IndexedDB (browsers keep some 5 MB per site in local storage, a dataset takes a few
/// hundred bytes).
const MAX_LOCAL_DATASETS: usize = 10_000;
/// Datasets written per part, about a few milliseconds in the browser.
const DATASETS_PER_PART: usize = 200;

/// Datasets per IndexedDB part: each part is a catalog file of its own, so the list reads back a
/// part at a time too.
const DATASETS_PER_RECORD: usize = 1_000;

/// Keeps the dataset list: in local storage when it is small enough, else (or when local storage
/// is full) in IndexedDB, with a marker in local storage saying so. Never more than one copy is
/// pointed to, so a reload brings back the list on screen or none. Whether it is kept, or `None`
/// when a newer save took over meanwhile (`current` turned false).
async fn save_catalog(catalog: &CatalogData, current: &dyn Fn() -> bool) -> Option<bool> {
    let Ok(storage) = storage() else {
        return Some(false);
    };
    let list = &catalog.catalog;
    if list.is_empty() {
        let _ = storage.remove_item(CATALOG_KEY);
        let _ = idb::delete(IDB_CATALOG_KEY).await;
        return Some(true);
    }
    let parts = if list.len() <= MAX_LOCAL_DATASETS {
        let Ok(text) = write_in_parts(list, current).await? else {
            let _ = storage.remove_item(CATALOG_KEY);
            return Some(false);
        };
        if storage.set_item(CATALOG_KEY, &text).is_ok() {
            let _ = idb::delete(IDB_CATALOG_KEY).await;
            return Some(true);
        }
        vec![text]
    } else {
        match write_records(list, current).await? {
            Ok(parts) => parts,
            Err(_) => {
                let _ = storage.remove_item(CATALOG_KEY);
                return Some(false);
            }
        }
    };
    let kept = idb::put_texts(IDB_CATALOG_KEY, &parts).await.is_ok();
    if !current() {
        return None;
    }
    let marked = kept && storage.set_item(CATALOG_KEY, IN_INDEXED_DB).is_ok();
    if !marked {
        let _ = storage.remove_item(CATALOG_KEY);
    }
    Some(marked)
}

/// The list as one catalog file, written a part at a time so a large list does not hold up the
/// page; `None` when a newer save took over.
async fn write_in_parts(
    catalog: &Catalog,
    current: &dyn Fn() -> bool,
) -> Option<Result<String, String>> {
    let mut writer = match CatalogWriter::new(catalog) {
        Ok(writer) => writer,
        Err(error) => return Some(Err(error.to_string())),
    };
    let mut pacer = Pacer::new();
    loop {
        match writer.step(catalog, DATASETS_PER_PART) {
            Ok(true) => return Some(Ok(writer.finish())),
            Ok(false) => {}
            Err(error) => return Some(Err(error.to_string())),
        }
        if !pacer.pause(current).await {
            return None;
        }
    }
}

/// The list as catalog files of `DATASETS_PER_RECORD` datasets each, written between frames;
/// `None` when a newer save took over.
async fn write_records(
    catalog: &Catalog,
    current: &dyn Fn() -> bool,
) -> Option<Result<Vec<String>, String>> {
    let mut records = Vec::new();
    let mut datasets = catalog.datasets().peekable();
    let mut pacer = Pacer::new();
    while datasets.peek().is_some() {
        let mut record = Catalog::new(catalog.title.clone());
        for dataset in datasets.by_ref().take(DATASETS_PER_RECORD) {
            record.insert(dataset.clone());
        }
        match export_catalog(&record) {
            Ok(text) => records.push(text),
            Err(error) => return Some(Err(error.to_string())),
        }
        if !pacer.pause(current).await {
            return None;
        }
    }
    Some(Ok(records))
}

/// How long one part of writing or reading may take before the browser gets the thread back.
const PART_MS: f64 = 10.0;

/// Splits work into parts of about `PART_MS`, handing the thread back to the browser in between.
struct Pacer {
    started: f64,
}

impl Pacer {
    fn new() -> Pacer {
        Pacer { started: now() }
    }

    /// Yields to the browser if this part has run long enough; false when `current` says the work
    /// has been overtaken meanwhile.
    async fn pause(&mut self, current: &dyn Fn() -> bool) -> bool {
        if now() - self.started < PART_MS {
            return true;
        }
        next_task().await;
        self.started = now();
        current()
    }
}

/// Brings back a dataset list kept in IndexedDB (see `save_catalog`), after the rest of the work
/// has been restored: IndexedDB only answers asynchronously. It is read and indexed a part at a
/// time, with `vocabulary` (the one in use at start-up), and dropped if the officer has loaded
/// another list meanwhile.
pub fn restore_kept_catalog(
    dispatcher: UseReducerDispatcher<AppState>,
    vocabulary: Arc<Vocabulary>,
) {
    let marked = storage()
        .ok()
        .and_then(|storage| storage.get_item(CATALOG_KEY).ok().flatten())
        .is_some_and(|text| text == IN_INDEXED_DB);
    if !marked {
        return;
    }
    dispatcher.dispatch(AppAction::RestoringCatalog);
    wasm_bindgen_futures::spawn_local(async move {
        let restored = match idb::get_texts(IDB_CATALOG_KEY).await {
            Ok(Some(records)) => read_records(records, vocabulary).await,
            _ => None,
        };
        match restored {
            Some((catalog, index)) => dispatcher.dispatch(AppAction::RestoreCatalog {
                catalog,
                index: Shared(Rc::new(index)),
            }),
            None => dispatcher.dispatch(AppAction::CatalogNotRestored),
        }
    });
}

/// The list from its records, with its index, read between frames; `None` if a record does not
/// read (the copy is damaged).
async fn read_records(
    records: Vec<String>,
    vocabulary: Arc<Vocabulary>,
) -> Option<(Catalog, CatalogIndex)> {
    let mut catalog: Option<Catalog> = None;
    let mut pacer = Pacer::new();
    for record in records {
        let loaded = import_catalog(record.as_bytes()).ok()?.catalog;
        match &mut catalog {
            Some(catalog) => catalog.append(loaded),
            None => catalog = Some(loaded),
        }
        pacer.pause(&|| true).await;
    }
    let catalog = catalog?;
    let mut builder = IndexBuilder::with_vocabulary(&catalog.title, vocabulary);
    for dataset in catalog.datasets() {
        builder.add(dataset);
        pacer.pause(&|| true).await;
    }
    Some((catalog, builder.finish()))
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
        .filter(|text| text != IN_INDEXED_DB)
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
