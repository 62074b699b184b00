//! Keeps the workshop and every participant's answers in the browser, so a reload or a crashed
//! tab in the middle of a workshop loses nobody's answers.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use serde::Serialize;
use serde_json::Value;
use yew::prelude::*;

use crate::io::{export_answers, export_workshop, import_answers, import_workshop};
use crate::ui::download::js_error_text;
use crate::ui::state::{AppAction, AppState, Notice};
use crate::workshop::{WorkshopCommand, WorkshopSession};

const KEY: &str = "redeneerlijn.workshop";
const DELAY_MS: u32 = 400;

/// The workshop and each participant's answers, in their own file formats.
#[derive(Serialize)]
struct Snapshot {
    file_name: String,
    workshop: String,
    answers: Vec<String>,
}

#[hook]
pub fn use_workshop_autosave(state: &UseReducerHandle<AppState>) {
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let workshop = state.workshop.clone();
    let dispatcher = state.dispatcher();
    use_effect_with(state.workshop_revision, move |&revision| {
        // Revision 0: nothing happened yet; a saved workshop may be about to be restored.
        if revision == 0 {
            return;
        }
        let timeout = Timeout::new(DELAY_MS, move || {
            if let Err(detail) = save(workshop.as_deref()) {
                dispatcher.dispatch(AppAction::Notify(Notice::AutosaveFailed(detail)));
            }
        });
        *pending.borrow_mut() = Some(timeout);
    });
}

fn save(session: Option<&WorkshopSession>) -> Result<(), String> {
    let storage = gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| "local storage is not available".to_owned())?;
    let Some(session) = session else {
        return storage.remove_item(KEY).map_err(|e| js_error_text(&e));
    };
    let snapshot = Snapshot {
        file_name: session.file_name.clone(),
        workshop: export_workshop(&session.workshop).map_err(|e| e.to_string())?,
        answers: session
            .answers
            .iter()
            .map(|a| export_answers(a).map_err(|e| e.to_string()))
            .collect::<Result<_, _>>()?,
    };
    let text = serde_json::to_string(&snapshot).map_err(|e| e.to_string())?;
    storage.set_item(KEY, &text).map_err(|e| js_error_text(&e))
}

/// The actions that bring back the autosaved workshop with its answers, if there is one.
pub fn restore_workshop() -> Option<AppAction> {
    let storage = gloo::utils::window().local_storage().ok().flatten()?;
    let text = storage.get_item(KEY).ok().flatten()?;
    let value: Value = serde_json::from_slice(text.as_bytes()).ok()?;
    let file_name = value.get("file_name")?.as_str()?.to_owned();
    let workshop = import_workshop(value.get("workshop")?.as_str()?.as_bytes()).ok()?;
    let answers = value
        .get("answers")?
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .filter_map(|text| import_answers(text.as_bytes()).ok())
        .map(|loaded| loaded.answers)
        .collect();
    let session = WorkshopSession::new(workshop.workshop, file_name);
    Some(AppAction::Batch(vec![
        AppAction::StartWorkshop(Box::new(session)),
        AppAction::Workshop(WorkshopCommand::TakeMerged(answers)),
    ]))
}

/// The autosaved work (`restore`) and the autosaved workshop, whichever there are.
pub fn restore_all() -> Option<AppAction> {
    let actions: Vec<AppAction> = [super::restore(), restore_workshop()]
        .into_iter()
        .flatten()
        .collect();
    (!actions.is_empty()).then_some(AppAction::Batch(actions))
}
