use yew::prelude::*;

use super::components::{AppFooter, AppHeader, SidePanel, Workspace};
use super::hooks::use_language_preference;
use crate::i18n::Lang;

/// The app shell: header with the language switch, the workspace (canvas and side panel), footer.
#[component]
pub fn App() -> Html {
    let (lang, set_lang) = use_language_preference();
    html! {
        <ContextProvider<Lang> context={lang}>
            <div class="rl-app" data-testid="app-shell">
                <AppHeader on_language={set_lang} />
                <main id="rl-main" class="rl-app__main" tabindex="-1">
                    <Workspace />
                    <SidePanel />
                </main>
                <AppFooter />
            </div>
        </ContextProvider<Lang>>
    }
}
