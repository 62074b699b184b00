//! Large files read and imported a part at a time: each part runs for about `BUDGET_MS`, then the
//! browser gets the thread back (to paint, to handle a click on "Stoppen") before the next part.
//! The reducer only hears how far the work has come (`AppAction::ImportProgress`) and what it
//! made (`StartCsvImport`, `CatalogImported`); the loop itself lives here, never in the reducer.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

use crate::analysis::IndexBuilder;
use crate::catalog::Catalog;
use crate::io::csv::{CatalogImporter, Progress, TableReader};
use crate::matching::Vocabulary;
use crate::ui::shared::Shared;
use crate::ui::state::{
    AppAction, AppState, BuiltIndex, CatalogData, ImportPhase, ImportProgress, Notice,
    VocabularyChange, INDEX_APART,
};

/// How long one part may keep the page's thread: well inside a 16 ms frame, so the page keeps
/// painting and answering while a large list is imported.
const BUDGET_MS: f64 = 10.0;
/// How often the progress display is updated (every update draws the app again).
const REPORT_EVERY_MS: f64 = 100.0;
/// Work done without a display at all: a small file is imported before anyone could read a bar.
const QUIET_MS: f64 = 50.0;
/// Records imported, or bytes read, between looks at the clock.
const RECORDS_PER_STEP: usize = 250;
const BYTES_PER_STEP: usize = 64 * 1024;
/// Datasets added to the new list's index per step.
const DATASETS_PER_STEP: usize = 250;

/// Starts and stops the reading and importing of files a part at a time. One task runs at a
/// time: starting one, or stopping, overtakes the one before, which then ends without a word.
#[derive(Clone)]
pub struct ImportTasks {
    dispatcher: UseReducerDispatcher<AppState>,
    /// Bumped by every start and stop; a task whose number is no longer current has been
    /// overtaken.
    current: Rc<Cell<u64>>,
    /// The vocabulary in use as of the latest render, which an imported list's index is built
    /// with (the tasks outlive the render that started them).
    vocabulary: Rc<RefCell<Arc<Vocabulary>>>,
}

impl PartialEq for ImportTasks {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.current, &other.current)
    }
}

#[hook]
pub fn use_import_tasks(
    dispatcher: UseReducerDispatcher<AppState>,
    vocabulary: &Arc<Vocabulary>,
) -> ImportTasks {
    let current = use_memo((), |()| Cell::new(0u64));
    let current = Rc::clone(&current);
    let latest = use_mut_ref(|| Arc::clone(vocabulary));
    // Only a shared pointer is replaced; no task holds the borrow across a pause.
    *latest.borrow_mut() = Arc::clone(vocabulary);
    (*use_memo((), move |()| ImportTasks {
        dispatcher,
        current,
        vocabulary: latest,
    }))
    .clone()
}

impl ImportTasks {
    /// Reads a spreadsheet's bytes into a table, then opens the column mapping step.
    pub fn read_spreadsheet(&self, file_name: String, bytes: Vec<u8>) {
        let ticket = self.start();
        let mut reader = match TableReader::new(bytes) {
            Ok(reader) => reader,
            Err(error) => {
                let file = file_name;
                self.dispatch(AppAction::Notify(Notice::CsvUnreadable { file, error }));
                return;
            }
        };
        let tasks = self.clone();
        spawn_local(async move {
            let step = || reader.step(BYTES_PER_STEP);
            if !tasks
                .run(ticket, &file_name, ImportPhase::Reading, step)
                .await
            {
                return;
            }
            tasks.dispatch(match reader.finish() {
                Ok(table) => AppAction::StartCsvImport { file_name, table },
                Err(error) => AppAction::Notify(Notice::CsvUnreadable {
                    file: file_name,
                    error,
                }),
            });
        });
    }

    /// Imports records (a mapped spreadsheet, a portal export) as the new dataset list.
    pub fn import(&self, file_name: String, mut importer: CatalogImporter<'static>) {
        let ticket = self.start();
        let tasks = self.clone();
        let vocabulary = Arc::clone(&self.vocabulary.borrow());
        spawn_local(async move {
            let step = || importer.step(RECORDS_PER_STEP);
            if !tasks
                .run(ticket, &file_name, ImportPhase::Importing, step)
                .await
            {
                return;
            }
            let import = Box::new(importer.finish());
            // The new list's index is the other large piece of work: built a part at a time
            // too, so the page paints in between.
            let mut index = None;
            if import.catalog.len() > INDEX_APART {
                let total = import.catalog.len();
                let mut builder = IndexBuilder::with_vocabulary(&import.catalog.title, vocabulary);
                let mut datasets = import.catalog.datasets();
                let step = || {
                    for dataset in datasets.by_ref().take(DATASETS_PER_STEP) {
                        builder.add(dataset);
                    }
                    Progress {
                        done: builder.len(),
                        total,
                    }
                };
                if !tasks
                    .run(ticket, &file_name, ImportPhase::Indexing, step)
                    .await
                {
                    return;
                }
                index = Some(Shared(Rc::new(builder.finish())));
                next_task().await;
                if tasks.current.get() != ticket {
                    return;
                }
            }
            tasks.dispatch(AppAction::CatalogImported {
                file_name,
                import,
                index,
            });
        });
    }

    /// Builds the index of a large dataset list for a pending change of vocabulary, a part at a
    /// time, with a copy of the list taken along (copying 50,000 datasets at once would hold up
    /// the page as long as indexing them). `label` names the change on the progress display.
    pub fn reindex(
        &self,
        label: String,
        change: Shared<VocabularyChange>,
        catalog: Rc<CatalogData>,
    ) {
        let ticket = self.start();
        let tasks = self.clone();
        spawn_local(async move {
            let list = &catalog.catalog;
            let total = list.len();
            let mut builder = IndexBuilder::with_vocabulary(&list.title, change.vocabulary());
            let mut copy = Catalog::new(list.title.clone());
            let mut datasets = list.datasets();
            let step = || {
                for dataset in datasets.by_ref().take(DATASETS_PER_STEP) {
                    builder.add(dataset);
                    copy.insert(dataset.clone());
                }
                Progress {
                    done: builder.len(),
                    total,
                }
            };
            if !tasks.run(ticket, &label, ImportPhase::Indexing, step).await {
                return;
            }
            let index = Shared(Rc::new(builder.finish()));
            next_task().await;
            if tasks.current.get() != ticket {
                return;
            }
            let built = Box::new(BuiltIndex {
                catalog_revision: catalog.revision,
                catalog: copy,
                index,
            });
            tasks.dispatch(AppAction::VocabularyIndexed { change, built });
        });
    }

    /// Stops the task under way: what it read so far is dropped, the dataset list stays.
    pub fn stop(&self) {
        self.start();
        self.dispatch(AppAction::StopImport);
    }

    /// A new task number, overtaking the task before.
    fn start(&self) -> u64 {
        let ticket = self.current.get().wrapping_add(1);
        self.current.set(ticket);
        ticket
    }

    fn dispatch(&self, action: AppAction) {
        self.dispatcher.dispatch(action);
    }

    /// Calls `step` until the work is finished, handing the thread back to the browser every
    /// `BUDGET_MS` and reporting progress; false when the task was overtaken (stopped) first.
    async fn run(
        &self,
        ticket: u64,
        file_name: &str,
        phase: ImportPhase,
        mut step: impl FnMut() -> Progress,
    ) -> bool {
        let started = now();
        let mut reported: Option<f64> = None;
        loop {
            let part = now();
            let mut progress = step();
            while !progress.is_finished() && now() - part < BUDGET_MS {
                progress = step();
            }
            if progress.is_finished() {
                return true;
            }
            let time = now();
            let due = match reported {
                None => time - started >= QUIET_MS,
                Some(last) => time - last >= REPORT_EVERY_MS,
            };
            if due {
                reported = Some(time);
                self.dispatch(AppAction::ImportProgress(ImportProgress {
                    file_name: file_name.to_owned(),
                    phase,
                    done: progress.done,
                    total: progress.total,
                }));
            }
            next_task().await;
            if self.current.get() != ticket {
                return false;
            }
        }
    }
}

pub(super) fn now() -> f64 {
    js_sys::Date::now()
}

/// Resolves in a task of its own (`setTimeout` 0): the browser paints and handles input first.
pub(super) async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let queued = web_sys::window().and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .ok()
        });
        if queued.is_none() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}
