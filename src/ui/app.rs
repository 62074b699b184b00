use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

use super::components::{
    AppFooter, AppHeader, ImportProgressBar, NoticeBanner, SidePanel, Workspace,
};
use super::download::download;
use super::hooks::{
    restore_all, use_autosave, use_file_opener, use_import_tasks, use_language_preference,
    use_shortcuts, use_startup, use_team_vocabulary, use_workshop_autosave, ShortcutActions,
};
use super::session::use_session_root;
use super::state::{AppAction, AppState, CsvImportState, Notice, Screen};
use crate::i18n::Lang;
use crate::io::export_graph;

/// The app shell: header with the language switch, the workspace (canvas and side panel), footer.
#[component]
pub fn App() -> Html {
    let (lang, set_lang) = use_language_preference();
    let session = use_session_root();
    use_startup(session.state.dispatcher(), restore_all);
    use_autosave(&session.state);
    use_workshop_autosave(&session.state);
    let tasks = use_import_tasks(session.state.dispatcher(), &session.state.vocabulary);
    use_team_vocabulary(&session.state, tasks.clone());
    let open_file = use_file_opener(session.state.dispatcher(), tasks.clone());
    let on_csv_import = use_callback(tasks.clone(), |import: CsvImportState, tasks| {
        tasks.import(import.file_name.clone(), import.importer());
    });
    let on_stop_import = use_callback(tasks, |(), tasks| tasks.stop());
    let file_input = use_node_ref();
    let on_open_file = {
        let file_input = file_input.clone();
        use_callback((), move |(), _| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_save = {
        let state = session.state.clone();
        Callback::from(move |()| save(&state))
    };
    use_shortcuts(
        session.state.dispatcher(),
        ShortcutActions {
            save: on_save.clone(),
            open: on_open_file.clone(),
        },
    );
    let on_file_chosen = {
        let open_file = open_file.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                open_file.emit(file);
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let ondrop = Callback::from(move |event: DragEvent| {
        event.prevent_default();
        if let Some(file) = event
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0))
        {
            open_file.emit(file);
        }
    });
    // A participants' copy of a workshop: the participant sees the questions, nothing else.
    let answering_only = session
        .state
        .workshop
        .as_ref()
        .is_some_and(|w| w.workshop.for_participants);
    let main_class = classes!(
        "rl-app__main",
        answering_only.then_some("rl-app__main--answering")
    );
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="rl-app" data-testid="app-shell" {ondragover} {ondrop}>
                <AppHeader on_language={set_lang} />
                <NoticeBanner notice={session.state.notice.clone()} dispatcher={session.state.dispatcher()} />
                <ImportProgressBar progress={session.state.import_progress.clone()} on_stop={on_stop_import} />
                <main id="rl-main" class={main_class} tabindex="-1">
                    <Workspace session={session.clone()} on_open_file={on_open_file} on_save={on_save} {on_csv_import} />
                    if !answering_only {
                        <SidePanel session={session} />
                    }
                </main>
                <input ref={file_input} type="file" accept=".json,.jsonld,.csv,.tsv,.txt,application/json,application/ld+json,text/csv" class="rl-visually-hidden"
                    tabindex="-1" aria-hidden="true" data-testid="file-input" onchange={on_file_chosen} />
                <AppFooter />
            </div>
        </ContextProvider<Lang>>
    }
}

/// Downloads the open reasoning line as a graph file.
fn save(state: &UseReducerHandle<AppState>) {
    if state.screen != Screen::Editor {
        return;
    }
    let document = state.editor.document();
    let result = export_graph(&document.line, &document.layout)
        .map_err(|error| error.to_string())
        .and_then(|text| download(&state.file_name, &text, "application/json"));
    if let Err(detail) = result {
        state.dispatch(AppAction::Notify(Notice::SaveFailed(detail)));
    }
}
