use yew::prelude::*;

use crate::editor::Document;
use crate::io::{import_catalog, import_graph};
use crate::samples::{Sample, SAMPLES, SAMPLE_CATALOG};
use crate::ui::state::{AppAction, AppState, Notice};

/// What to show first: the example named in the address (`#voorbeeld=armoede-gezinnen`, handy for
/// workshop links), else the autosaved work, else the start screen.
#[hook]
pub fn use_startup(dispatcher: UseReducerDispatcher<AppState>, restore: fn() -> Option<AppAction>) {
    use_effect_with((), move |_| {
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        let sample = hash
            .strip_prefix("#voorbeeld=")
            .and_then(|key| SAMPLES.iter().find(|s| s.key == key));
        if let Some(action) = sample.map(open_sample).or_else(restore) {
            dispatcher.dispatch(action);
        }
    });
}

/// Opens a shipped example with the example dataset list.
pub fn open_sample(sample: &Sample) -> AppAction {
    // The examples are tested to load cleanly (tests/examples.rs); a failure is still shown.
    match (import_graph(sample.graph), import_catalog(SAMPLE_CATALOG)) {
        (Ok(graph), Ok(catalog)) => AppAction::Open {
            document: Document {
                line: graph.line,
                layout: graph.layout,
            },
            catalog: Some(catalog.catalog),
            file_name: sample.file_name.to_owned(),
        },
        (Err(error), _) | (_, Err(error)) => AppAction::Notify(Notice::LoadFailed {
            file: sample.file_name.to_owned(),
            error,
        }),
    }
}
