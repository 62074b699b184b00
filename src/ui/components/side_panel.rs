use yew::prelude::*;

use super::panel::{EdgeForm, Findings, NeedsList, NodeForm};
use crate::i18n::{EditorText, Msg};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::Screen;

#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    pub session: Session,
}

/// Details of the selection and the findings of the analysis.
#[component]
pub fn SidePanel(props: &SidePanelProps) -> Html {
    let lang = use_lang();
    let session = &props.session;
    let editing = session.state.screen == Screen::Editor;
    let selection = &session.state.selection;
    let details = if !editing {
        html! { <p class="utrecht-paragraph">{ lang.tr(Msg::DetailsEmpty) }</p> }
    } else if let Some(id) = selection.single_node() {
        html! {
            <>
                <NodeForm key={id.0} session={session.clone()} {id} />
                <h3 class="utrecht-heading-3">{ lang.tr(EditorText::NeedsTitle) }</h3>
                <NeedsList session={session.clone()} node={id} />
            </>
        }
    } else if let Some(id) = selection.edge {
        html! { <EdgeForm key={id.0} session={session.clone()} {id} /> }
    } else if selection.nodes.len() > 1 {
        html! { <p class="utrecht-paragraph">{ format!("{} {}", selection.nodes.len(), lang.tr(EditorText::MultipleSelected)) }</p> }
    } else {
        html! { <p class="utrecht-paragraph">{ lang.tr(Msg::DetailsEmpty) }</p> }
    };
    html! {
        <aside class="rl-panel" aria-label={lang.tr(Msg::PanelRegion)} data-testid="side-panel">
            <section class="rl-panel__section" aria-labelledby="rl-details-title">
                <h2 id="rl-details-title" class="utrecht-heading-2">{ lang.tr(Msg::DetailsTitle) }</h2>
                { details }
            </section>
            <section class="rl-panel__section" aria-labelledby="rl-findings-title">
                <h2 id="rl-findings-title" class="utrecht-heading-2">{ lang.tr(Msg::FindingsTitle) }</h2>
                if editing {
                    <Findings session={session.clone()} />
                } else {
                    <p class="utrecht-paragraph">{ lang.tr(Msg::FindingsEmpty) }</p>
                }
            </section>
        </aside>
    }
}
