use std::rc::Rc;

use yew::prelude::*;

use super::shared::Shared;
use super::state::{AppAction, AppState};
use crate::analysis::{analyse, Analysis};
use crate::editor::Editor;
use crate::layout::Layout;

/// What every component of the editor reads: the state with its dispatcher, and what is derived
/// from it (where nodes stand, the analysis), computed once per change rather than per component.
#[derive(Clone, PartialEq)]
pub struct Session {
    pub state: UseReducerHandle<AppState>,
    pub placed: Shared<Layout>,
    pub analysis: Shared<Analysis>,
}

impl Session {
    pub fn dispatch(&self, action: AppAction) {
        self.state.dispatch(action);
    }

    /// A callback that dispatches whatever `make` builds from its argument.
    pub fn callback<T: 'static>(&self, make: impl Fn(T) -> AppAction + 'static) -> Callback<T> {
        let state = self.state.clone();
        Callback::from(move |value: T| state.dispatch(make(value)))
    }
}

/// Compares editors by revision: every change bumps it, so equal revisions mean equal documents.
#[derive(Clone)]
struct ByRevision(Rc<Editor>);

impl PartialEq for ByRevision {
    fn eq(&self, other: &Self) -> bool {
        self.0.revision() == other.0.revision()
    }
}

/// Builds the session for `App`: the reducer plus memoised layout and analysis.
#[hook]
pub fn use_session_root() -> Session {
    let state = use_reducer(AppState::default);
    let editor = ByRevision(state.editor.clone());
    let placed = use_memo(editor.clone(), |editor| editor.0.placed());
    let analysis = use_memo((editor, state.catalog.clone()), |(editor, catalog)| {
        analyse(editor.0.line(), &catalog.index)
    });
    Session {
        state,
        placed: Shared(placed),
        analysis: Shared(analysis),
    }
}

/// The session of the surrounding `App`.
#[hook]
pub fn use_session() -> Option<Session> {
    use_context::<Session>()
}
