use yew::prelude::*;

use super::canvas::Canvas;
use super::catalog_view::CatalogView;
use super::csv_import::CsvImportStep;
use super::empty_state::EmptyState;
use super::outline::Outline;
use super::portfolio_view::PortfolioView;
use super::workshop::WorkshopView;
use crate::i18n::{EditorText, Msg, PortfolioText};
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{CsvImportState, Screen};

#[derive(Properties, PartialEq)]
pub struct WorkspaceProps {
    pub session: Session,
    pub on_open_file: Callback<()>,
    pub on_save: Callback<()>,
    /// Starts the import of a mapped spreadsheet.
    pub on_csv_import: Callback<CsvImportState>,
}

/// The main area: how to start, or the open reasoning line as a drawing or as a list.
#[component]
pub fn Workspace(props: &WorkspaceProps) -> Html {
    let lang = use_lang();
    let view = use_state(|| View::Canvas);
    let session = &props.session;
    {
        // A workshop that is started or opened is shown at once.
        let view = view.clone();
        use_effect_with(session.state.workshop.is_some(), move |&present| {
            if present {
                view.set(View::Workshop);
            }
        });
    }
    if let Some(import) = &session.state.csv_import {
        return html! {
            <section class="rl-workspace" aria-label={lang.tr(Msg::CanvasRegion)} data-testid="workspace">
                <CsvImportStep import={import.clone()} dispatcher={session.state.dispatcher()}
                    on_import={props.on_csv_import.clone()} />
            </section>
        };
    }
    let body = match session.state.screen {
        Screen::Start => html! {
            <EmptyState dispatcher={session.state.dispatcher()} on_open_file={props.on_open_file.clone()} />
        },
        Screen::Editor
            if session
                .state
                .workshop
                .as_ref()
                .is_some_and(|w| w.workshop.for_participants) =>
        {
            html! {
                <WorkshopView session={session.clone()} />
            }
        }
        Screen::Editor => {
            let view_button = |choice: View, label: &'static str| {
                let view = view.clone();
                let current = *view == choice;
                html! {
                    <button type="button" class={classes!("utrecht-button", "utrecht-button--subtle", current.then_some("rl-view-switch__current"))}
                        aria-pressed={current.to_string()} data-view={choice.key()}
                        onclick={Callback::from(move |_: MouseEvent| view.set(choice))}>
                        { label }
                    </button>
                }
            };
            html! {
                <>
                    <div class="rl-workspace__bar">
                        <h1 class="rl-workspace__title">{ title(session, lang) }</h1>
                        <div class="rl-view-switch" role="group" aria-label={lang.tr(EditorText::ViewChoice)}>
                            { view_button(View::Canvas, lang.tr(EditorText::ViewCanvas)) }
                            { view_button(View::Outline, lang.tr(EditorText::ViewOutline)) }
                            { view_button(View::Datasets, lang.tr(EditorText::ViewDatasets)) }
                            { view_button(View::Portfolio, lang.tr(PortfolioText::View)) }
                            { view_button(View::Workshop, lang.tr(EditorText::ViewWorkshop)) }
                        </div>
                        <div class="rl-workspace__files">
                            <button type="button" class="utrecht-button utrecht-button--subtle" data-action="open-file"
                                onclick={props.on_open_file.reform(|_: MouseEvent| ())}>{ lang.tr(EditorText::OpenFile) }</button>
                            <button type="button" class="utrecht-button utrecht-button--secondary-action" data-action="save"
                                onclick={props.on_save.reform(|_: MouseEvent| ())}>{ lang.tr(EditorText::Save) }</button>
                        </div>
                    </div>
                    { match *view {
                        View::Canvas => html! { <Canvas session={session.clone()} /> },
                        View::Outline => html! { <Outline session={session.clone()} /> },
                        View::Datasets => html! { <CatalogView session={session.clone()} /> },
                        View::Workshop => html! { <WorkshopView session={session.clone()} /> },
                        View::Portfolio => html! { <PortfolioView session={session.clone()} /> },
                    } }
                </>
            }
        }
    };
    let class = classes!(
        "rl-workspace",
        (session.state.screen == Screen::Editor).then_some("rl-workspace--editor")
    );
    html! {
        <section {class} aria-label={lang.tr(Msg::CanvasRegion)} data-testid="workspace">{ body }</section>
    }
}

/// What the main area shows of an open reasoning line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Canvas,
    Outline,
    /// The dataset list, with the nodes that use each dataset.
    Datasets,
    /// Workshop mode: estimate first, then see the data.
    Workshop,
    /// Several teams' lines against the dataset list.
    Portfolio,
}

impl View {
    /// For `data-view` attributes and tests.
    fn key(self) -> &'static str {
        match self {
            View::Canvas => "canvas",
            View::Outline => "outline",
            View::Datasets => "datasets",
            View::Workshop => "workshop",
            View::Portfolio => "portfolio",
        }
    }
}

fn title(session: &Session, lang: crate::i18n::Lang) -> String {
    let title = &session.state.editor.line().title;
    if title.trim().is_empty() {
        lang.tr(EditorText::Untitled).to_owned()
    } else {
        title.clone()
    }
}
