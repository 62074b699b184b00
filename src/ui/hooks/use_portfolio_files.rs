use yew::prelude::*;

use crate::io::import_graph;
use crate::ui::files::read_files;
use crate::ui::state::{AppAction, AppState, FileOutcome, PortfolioFile};

/// Reads reasoning lines for the portfolio, entirely in the browser: every chosen file is read
/// and parsed, and when all are, one `AddPortfolioLines` adds those that load (in the order
/// chosen); each file that does not load is named with its problem, the others still load.
#[hook]
pub fn use_portfolio_files(
    dispatcher: UseReducerDispatcher<AppState>,
) -> Callback<Vec<web_sys::File>> {
    use_callback(dispatcher, move |files: Vec<web_sys::File>, dispatcher| {
        if files.is_empty() {
            return;
        }
        let dispatcher = dispatcher.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let files = read_files(files)
                .await
                .into_iter()
                .map(|(name, bytes)| {
                    let outcome = match bytes {
                        Some(bytes) => match import_graph(&bytes) {
                            Ok(loaded) => FileOutcome::Loaded(loaded.line),
                            Err(error) => FileOutcome::Failed(error),
                        },
                        None => FileOutcome::Unreadable,
                    };
                    PortfolioFile { name, outcome }
                })
                .collect();
            dispatcher.dispatch(AppAction::AddPortfolioLines(files));
        });
    })
}
