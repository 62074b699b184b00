//! The officer's decisions about a dataset for an indicator, as editor commands (one undo step
//! each).

use crate::catalog::DatasetId;
use crate::editor::Command;
use crate::model::{Action, DatasetChoice, NodeId};
use crate::ui::session::Session;
use crate::ui::state::AppAction;

/// Links `dataset` to the indicator, says it does not fit, or forgets either.
pub fn choose(
    session: &Session,
    node: NodeId,
    indicator: usize,
    dataset: DatasetId,
    choice: DatasetChoice,
) {
    session.dispatch(AppAction::Command(Command::Edit(Action::ChooseDataset {
        node,
        indicator,
        dataset,
        choice,
    })));
}

/// Takes over `concept` as the indicator's words and links `dataset`, in one step: what choosing
/// a suggestion while typing does.
pub fn link_with_concept(
    session: &Session,
    node: NodeId,
    indicator: usize,
    concept: &str,
    dataset: DatasetId,
) {
    let Some(mut edited) = session.state.editor.line().node(node).cloned() else {
        return;
    };
    let Some(target) = edited.indicators.get_mut(indicator) else {
        return;
    };
    let concept = concept.trim();
    let mut steps = Vec::with_capacity(2);
    if !concept.is_empty() && target.concept != concept {
        target.concept = concept.to_owned();
        steps.push(Action::EditNode {
            id: node,
            node: edited,
        });
    }
    steps.push(Action::ChooseDataset {
        node,
        indicator,
        dataset,
        choice: DatasetChoice::Linked,
    });
    session.dispatch(AppAction::Command(Command::Edit(Action::Batch(steps))));
}
