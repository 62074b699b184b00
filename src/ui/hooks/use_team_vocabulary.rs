//! A data team's vocabulary of synonyms in the browser: a large dataset list indexed again for it
//! between frames, the file kept in local storage next to the autosave, read back at start-up.

use std::rc::Rc;
use std::sync::Arc;

use yew::prelude::*;

use super::ImportTasks;
use crate::io::import_vocabulary;
use crate::matching::Vocabulary;
use crate::ui::download::js_error_text;
use crate::ui::state::{AppAction, AppState, Notice, TeamVocabulary, VocabularyChange};

/// The team's vocabulary file, as `io::export_vocabulary` writes it.
const KEY: &str = "redeneerlijn.autosave.vocabulary";
/// Where a kept copy that no longer reads is moved, so it is out of use but not thrown away.
const UNREAD_KEY: &str = "redeneerlijn.autosave.vocabulary.unread";

/// Builds a large list's index for a pending change of vocabulary (by `tasks`, a part at a time,
/// with the progress display), and keeps the team's vocabulary in use in local storage: written
/// when one is loaded, removed when it is. A refusal of the browser becomes a notice, so the
/// officer knows a reload would bring back another vocabulary than the one in use.
#[hook]
pub fn use_team_vocabulary(state: &UseReducerHandle<AppState>, tasks: ImportTasks) {
    {
        let pending = state.vocabulary_pending.clone();
        let catalog = state.catalog.clone();
        let removed_title = state.team_vocabulary.as_ref().map(|t| t.title.clone());
        use_effect_with(pending, move |pending| {
            if let Some(change) = pending {
                let label = match &**change {
                    VocabularyChange::Loaded { file, .. } => file.clone(),
                    VocabularyChange::Restored(team) => team.title.clone(),
                    VocabularyChange::Removed => removed_title.unwrap_or_default(),
                };
                tasks.reindex(label, change.clone(), catalog);
            }
        });
    }
    let team = state.team_vocabulary.clone();
    let dispatcher = state.dispatcher();
    use_effect_with(state.vocabulary_revision, move |&revision| {
        // Revision 0: nothing changed yet, and what storage holds is still to be read back.
        if revision == 0 {
            return;
        }
        let notice = match team {
            Some(team) => keep(&team).err().map(Notice::VocabularyNotKept),
            None => forget().err().map(Notice::VocabularyNotForgotten),
        };
        if let Some(notice) = notice {
            dispatcher.dispatch(AppAction::Notify(notice));
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

fn keep(team: &TeamVocabulary) -> Result<(), String> {
    let text = team.file_text().map_err(|error| error.to_string())?;
    storage()?
        .set_item(KEY, &text)
        .map_err(|error| js_error_text(&error))
}

fn forget() -> Result<(), String> {
    storage()?
        .remove_item(KEY)
        .map_err(|error| js_error_text(&error))
}

/// Reads back the team's vocabulary kept in the browser, before anything else is restored, so
/// the restored dataset list is indexed with it: dispatches it (or, for a copy that no longer
/// reads, a notice, the copy moved out of use to `UNREAD_KEY`). Gives the vocabulary in use.
pub fn restore_team_vocabulary(dispatcher: &UseReducerDispatcher<AppState>) -> Arc<Vocabulary> {
    let Ok(storage) = storage() else {
        return Vocabulary::shipped();
    };
    let Some(text) = storage.get_item(KEY).ok().flatten() else {
        return Vocabulary::shipped();
    };
    match import_vocabulary(text.as_bytes()) {
        Ok(loaded) => {
            let team = Rc::new(TeamVocabulary::new(loaded.title, loaded.vocabulary));
            let vocabulary = Arc::clone(&team.combined);
            dispatcher.dispatch(AppAction::ChangeVocabulary(VocabularyChange::Restored(
                team,
            )));
            vocabulary
        }
        Err(error) => {
            // Kept aside if the browser allows it; out of use either way, so the notice comes
            // once and not at every start.
            let _ = storage.set_item(UNREAD_KEY, &text);
            let _ = storage.remove_item(KEY);
            dispatcher.dispatch(AppAction::Notify(Notice::VocabularyNotRestored(error)));
            Vocabulary::shipped()
        }
    }
}
