use yew::prelude::*;

use crate::editor::Document;
use crate::io::{import_catalog, import_graph};
use crate::samples::{example_url, Sample, SAMPLES, SAMPLE_CATALOG_FILE};
use crate::ui::fetch::fetch_own_file;
use crate::ui::state::{AppAction, AppState, Notice};

/// What to show first: the example named in the address (`#voorbeeld=armoede-gezinnen`, handy for
/// workshop links), else the autosaved work, else the start screen. A data team's vocabulary kept
/// in the browser comes back first, so the dataset list is indexed with it.
#[hook]
pub fn use_startup(dispatcher: UseReducerDispatcher<AppState>, restore: fn() -> Option<AppAction>) {
    use_effect_with((), move |_| {
        let vocabulary = super::restore_team_vocabulary(&dispatcher);
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        let sample = hash
            .strip_prefix("#voorbeeld=")
            .and_then(|key| SAMPLES.iter().find(|s| s.key == key));
        match sample {
            Some(sample) => {
                forget_example_link();
                open_sample(*sample, dispatcher);
            }
            None => {
                if let Some(action) = restore() {
                    dispatcher.dispatch(action);
                    super::restore_kept_catalog(dispatcher, vocabulary);
                }
            }
        }
    });
}

/// Takes the example out of the address once it is opened, so reloading the page brings back
/// the (autosaved) work done on it instead of the example as shipped.
fn forget_example_link() {
    let window = gloo::utils::window();
    let location = window.location();
    let (Ok(path), Ok(search), Ok(history)) =
        (location.pathname(), location.search(), window.history())
    else {
        return;
    };
    let _ = history.replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&format!("{path}{search}")),
    );
}

/// Opens a shipped example with the example dataset list, once both files have been fetched from
/// the app's own origin.
pub fn open_sample(sample: Sample, dispatcher: UseReducerDispatcher<AppState>) {
    wasm_bindgen_futures::spawn_local(async move {
        // Both requests start before either is awaited.
        let graph = fetch_own_file(&example_url(sample.file_name));
        let catalog = fetch_own_file(&example_url(SAMPLE_CATALOG_FILE));
        let (graph, catalog) = (graph.await, catalog.await);
        dispatcher.dispatch(sample_action(sample, graph, catalog));
    });
}

fn sample_action(
    sample: Sample,
    graph: Result<Vec<u8>, String>,
    catalog: Result<Vec<u8>, String>,
) -> AppAction {
    let (Ok(graph), Ok(catalog)) = (graph, catalog) else {
        return AppAction::Notify(Notice::Unreadable {
            file: sample.file_name.to_owned(),
        });
    };
    // The examples are tested to load cleanly (tests/examples.rs); a failure is still shown.
    match (import_graph(&graph), import_catalog(&catalog)) {
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
