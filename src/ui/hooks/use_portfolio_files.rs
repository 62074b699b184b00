use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::file::callbacks::FileReader;
use yew::prelude::*;

use crate::io::import_graph;
use crate::ui::state::{AppAction, AppState, FileOutcome, PortfolioFile};

/// The files of one choice being read: a slot per file, filled as each is read.
struct Batch {
    slots: Vec<Option<PortfolioFile>>,
    /// Files not read yet; at 0 the choice has been handed to the reducer.
    remaining: usize,
    /// The readers must live until they call back.
    readers: Vec<FileReader>,
}

/// Reads reasoning lines for the portfolio, entirely in the browser: every chosen file is read
/// and parsed, and when all are, one `AddPortfolioLines` adds those that load (in the order
/// chosen); each file that does not load is named with its problem, the others still load.
#[hook]
pub fn use_portfolio_files(
    dispatcher: UseReducerDispatcher<AppState>,
) -> Callback<Vec<web_sys::File>> {
    let batches: Rc<RefCell<Vec<Rc<RefCell<Batch>>>>> = use_mut_ref(Vec::new);
    use_callback(dispatcher, move |files: Vec<web_sys::File>, dispatcher| {
        if files.is_empty() {
            return;
        }
        // Finished choices can let go of their readers now (not from inside their callbacks).
        batches.borrow_mut().retain(|b| b.borrow().remaining > 0);
        let batch = Rc::new(RefCell::new(Batch {
            slots: files.iter().map(|_| None).collect(),
            remaining: files.len(),
            readers: Vec::with_capacity(files.len()),
        }));
        for (at, file) in files.into_iter().enumerate() {
            let name = file.name();
            let weak: Weak<RefCell<Batch>> = Rc::downgrade(&batch);
            let dispatcher = dispatcher.clone();
            let file = gloo::file::File::from(file);
            let reader = gloo::file::callbacks::read_as_bytes(&file, move |result| {
                let outcome = match result {
                    Ok(bytes) => match import_graph(&bytes) {
                        Ok(loaded) => FileOutcome::Loaded(loaded.line),
                        Err(error) => FileOutcome::Failed(error),
                    },
                    Err(_) => FileOutcome::Unreadable,
                };
                let Some(batch) = weak.upgrade() else {
                    return;
                };
                let files = {
                    let mut batch = batch.borrow_mut();
                    if let Some(slot) = batch.slots.get_mut(at) {
                        *slot = Some(PortfolioFile { name, outcome });
                    }
                    batch.remaining = batch.remaining.saturating_sub(1);
                    if batch.remaining > 0 {
                        return;
                    }
                    batch
                        .slots
                        .iter_mut()
                        .filter_map(Option::take)
                        .collect::<Vec<_>>()
                };
                dispatcher.dispatch(AppAction::AddPortfolioLines(files));
            });
            batch.borrow_mut().readers.push(reader);
        }
        batches.borrow_mut().push(batch);
    })
}
