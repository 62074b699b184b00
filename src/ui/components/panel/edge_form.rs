use yew::prelude::*;

use super::fields::{SelectField, TextField};
use crate::editor::Command;
use crate::i18n::EditorText;
use crate::io::{evidence_word, parse_evidence};
use crate::model::{kind_name, Action, EdgeId, EvidenceLevel};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::AppAction;

#[derive(Properties, PartialEq)]
pub struct EdgeFormProps {
    pub session: Session,
    pub id: EdgeId,
}

const EVIDENCE: [(EvidenceLevel, EditorText); 3] = [
    (EvidenceLevel::None, EditorText::EvidenceNone),
    (EvidenceLevel::PracticeBased, EditorText::EvidencePractice),
    (EvidenceLevel::ResearchBased, EditorText::EvidenceResearch),
];

/// Edits the assumption behind one "contributes to" edge and how well it is supported.
#[component]
pub fn EdgeForm(props: &EdgeFormProps) -> Html {
    let lang = use_lang();
    let line = props.session.state.editor.line();
    let Some(edge) = line.edge(props.id) else {
        return Html::default();
    };
    let id = props.id;
    let name = |node| {
        line.node(node)
            .map(|n| format!("{} “{}”", kind_name(n.kind, lang), n.title))
            .unwrap_or_default()
    };
    let heading = format!(
        "{} {} {}",
        name(edge.from),
        lang.tr(EditorText::ContributesTo),
        name(edge.to)
    );
    let current = edge.edge.clone();
    let session = props.session.clone();
    let on_assumption = {
        let session = session.clone();
        let current = current.clone();
        Callback::from(move |text: String| {
            let mut changed = current.clone();
            changed.assumption = text.trim().to_owned();
            if changed != current {
                session.dispatch(AppAction::Command(Command::Edit(Action::EditEdge {
                    id,
                    edge: changed,
                })));
            }
        })
    };
    let on_evidence = {
        let current = current.clone();
        Callback::from(move |word: String| {
            let Some(level) = parse_evidence(&word) else {
                return;
            };
            let mut changed = current.clone();
            changed.evidence = level;
            session.dispatch(AppAction::Command(Command::Edit(Action::EditEdge {
                id,
                edge: changed,
            })));
        })
    };
    let options: Vec<(AttrValue, AttrValue)> = EVIDENCE
        .iter()
        .map(|&(level, label)| {
            (
                AttrValue::from(evidence_word(level)),
                AttrValue::from(lang.tr(label)),
            )
        })
        .collect();
    let value = evidence_word(current.evidence);
    html! {
        <form class="rl-form" data-testid="edge-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <p class="rl-form__kind">{ heading }</p>
            <TextField id={format!("rl-edge-{id}-assumption")} label={lang.tr(EditorText::Assumption)} multiline=true
                value={current.assumption.clone()} on_change={on_assumption} />
            <SelectField id={format!("rl-edge-{id}-evidence")} label={lang.tr(EditorText::Evidence)} {options}
                value={value} on_change={on_evidence} />
        </form>
    }
}
