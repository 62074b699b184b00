use yew::prelude::*;

use crate::i18n::{datasets_prepared, records_imported, share_read, ProgressText};
use crate::ui::hooks::use_lang;
use crate::ui::state::{ImportPhase, ImportProgress};

#[derive(Properties, PartialEq)]
pub struct ImportProgressBarProps {
    pub progress: Option<ImportProgress>,
    pub on_stop: Callback<()>,
}

/// How far the reading or import of a large file has come: a `<progress>` bar with the count in
/// words ("12.000 van 50.000 datasets ingelezen", announced politely) and a button that stops
/// the import and leaves the dataset list as it was. An empty slot when nothing runs.
#[component]
pub fn ImportProgressBar(props: &ImportProgressBarProps) -> Html {
    let lang = use_lang();
    let Some(progress) = &props.progress else {
        return html! { <div class="rl-import-progress-slot"></div> };
    };
    let (title, count) = match progress.phase {
        ImportPhase::Reading => (
            ProgressText::Reading,
            share_read(progress.done, progress.total, lang),
        ),
        ImportPhase::Importing => (
            ProgressText::Importing,
            records_imported(progress.done, progress.total, lang),
        ),
        ImportPhase::Indexing => (
            ProgressText::Indexing,
            datasets_prepared(progress.done, progress.total, lang),
        ),
    };
    let phase = match progress.phase {
        ImportPhase::Reading => "reading",
        ImportPhase::Importing => "importing",
        ImportPhase::Indexing => "indexing",
    };
    let on_stop = props.on_stop.reform(|_: MouseEvent| ());
    html! {
        <div class="rl-import-progress-slot">
            <section class="rl-import-progress" aria-labelledby="rl-import-progress-title"
                data-testid="import-progress" data-phase={phase}>
                <p id="rl-import-progress-title" class="rl-import-progress__title">
                    <strong>{ lang.tr(title) }</strong>{ ": " }{ &progress.file_name }
                </p>
                <div class="rl-import-progress__row">
                    <progress class="rl-import-progress__bar" max={progress.total.to_string()}
                        value={progress.done.to_string()} aria-labelledby="rl-import-progress-title"
                        aria-describedby="rl-import-progress-count"></progress>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action"
                        data-action="import-stop" aria-describedby="rl-import-progress-hint"
                        onclick={on_stop}>
                        { lang.tr(ProgressText::Stop) }
                    </button>
                </div>
                <p id="rl-import-progress-count" class="rl-import-progress__count" role="status"
                    aria-live="polite" aria-atomic="true" data-testid="import-progress-count"
                    data-done={progress.done.to_string()} data-total={progress.total.to_string()}>
                    { count }
                </p>
                <p id="rl-import-progress-hint" class="rl-import-progress__hint">
                    { lang.tr(ProgressText::StopHint) }
                </p>
            </section>
        </div>
    }
}
