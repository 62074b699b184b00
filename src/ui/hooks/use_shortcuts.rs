use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use crate::editor::Command;
use crate::ui::state::{AppAction, AppState};

/// What the global shortcuts can do besides editor commands.
#[derive(Clone, PartialEq)]
pub struct ShortcutActions {
    pub save: Callback<()>,
    pub open: Callback<()>,
}

/// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo, Ctrl+S saves, Ctrl+O opens. Inside a text field
/// undo stays the browser's own, so typing can be undone letter by letter there.
#[hook]
pub fn use_shortcuts(dispatcher: UseReducerDispatcher<AppState>, actions: ShortcutActions) {
    use_effect_with(actions, move |actions| {
        let actions = actions.clone();
        // Not passive: the shortcuts replace the browser's own Ctrl+S and Ctrl+O.
        let options = EventListenerOptions::enable_prevent_default();
        let document = gloo::utils::document();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if !(event.ctrl_key() || event.meta_key()) {
                    return;
                }
                let key = event.key().to_ascii_lowercase();
                let in_text = event
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .is_some_and(|el| {
                        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    });
                match key.as_str() {
                    "s" => {
                        event.prevent_default();
                        actions.save.emit(());
                    }
                    "o" => {
                        event.prevent_default();
                        actions.open.emit(());
                    }
                    "z" if !in_text => {
                        event.prevent_default();
                        let command = if event.shift_key() {
                            Command::Redo
                        } else {
                            Command::Undo
                        };
                        dispatcher.dispatch(AppAction::Command(command));
                    }
                    "y" if !in_text => {
                        event.prevent_default();
                        dispatcher.dispatch(AppAction::Command(Command::Redo));
                    }
                    _ => {}
                }
            });
        move || drop(listener)
    });
}
