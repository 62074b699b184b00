use yew::prelude::*;

use super::node_kinds::NodeKinds;
use super::start_actions::StartActions;
use crate::i18n::Msg;
use crate::ui::hooks::use_lang;
use crate::ui::state::AppState;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub dispatcher: UseReducerDispatcher<AppState>,
    pub on_open_file: Callback<()>,
}

#[component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="rl-empty">
            <h1 class="utrecht-heading-1">{ lang.tr(Msg::EmptyTitle) }</h1>
            <p class="utrecht-paragraph utrecht-paragraph--lead rl-empty__intro">
                { lang.tr(Msg::EmptyIntro) }
            </p>
            <StartActions dispatcher={props.dispatcher.clone()} on_open_file={props.on_open_file.clone()} />
            <NodeKinds />
        </div>
    }
}
