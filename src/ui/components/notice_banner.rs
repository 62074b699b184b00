use yew::prelude::*;

use crate::i18n::{
    vocabulary_loaded, vocabulary_removed, CatalogText, EditorText, ImportText, Lang, ProgressText,
    VocabularyText,
};
use crate::io::csv::{no_access_column_message, split_cells_message, RowProblem};
use crate::ui::hooks::use_lang;
use crate::ui::state::{AppAction, AppState, Notice};

#[derive(Properties, PartialEq)]
pub struct NoticeBannerProps {
    pub notice: Option<Notice>,
    pub dispatcher: UseReducerDispatcher<AppState>,
}

/// A message about the last thing that went wrong (or needs attention), announced to screen
/// readers; it names the problem and where, and says the work on screen is unchanged.
#[component]
pub fn NoticeBanner(props: &NoticeBannerProps) -> Html {
    let lang = use_lang();
    let Some(notice) = &props.notice else {
        return html! { <div class="rl-notice-slot" role="status" aria-live="polite"></div> };
    };
    let (kind, title, lines) = describe(notice, lang);
    let dispatcher = props.dispatcher.clone();
    let onclick =
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(AppAction::DismissNotice));
    html! {
        <div class="rl-notice-slot" role="alert">
            <div class={classes!("rl-notice", format!("rl-notice--{kind}"))} data-testid="notice" data-notice={kind}>
                <p class="rl-notice__title"><strong>{ title }</strong></p>
                <ul class="rl-notice__lines">{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                <button type="button" class="utrecht-button utrecht-button--subtle rl-notice__close" {onclick}>
                    { lang.tr(EditorText::Close) }
                </button>
            </div>
        </div>
    }
}

fn describe(notice: &Notice, lang: Lang) -> (&'static str, String, Vec<String>) {
    match notice {
        Notice::Refused(error) => (
            "refused",
            lang.tr(EditorText::RefusedTitle).to_owned(),
            vec![error.message(lang)],
        ),
        Notice::AnswersElsewhere { file } => (
            "load-failed",
            format!("{}: {file}", lang.tr(EditorText::LoadFailedTitle)),
            vec![lang
                .tr(crate::i18n::WorkshopUiText::AnswersElsewhere)
                .to_owned()],
        ),
        Notice::VocabularyLoaded {
            file: _,
            title,
            groups,
            notes,
        } => {
            let mut lines = vec![lang.tr(VocabularyText::OnlySuggestions).to_owned()];
            lines.extend(notes.iter().map(|n| n.message(lang)));
            (
                "vocabulary-loaded",
                vocabulary_loaded(title, *groups, lang),
                lines,
            )
        }
        Notice::VocabularyRemoved {
            title,
            shipped_groups,
        } => (
            "vocabulary-removed",
            lang.tr(VocabularyText::RemovedTitle).to_owned(),
            vec![vocabulary_removed(title, *shipped_groups, lang)],
        ),
        Notice::VocabularyStopped { file } => (
            "import-stopped",
            format!("{}: {file}", lang.tr(VocabularyText::StoppedTitle)),
            vec![lang.tr(VocabularyText::StoppedKept).to_owned()],
        ),
        Notice::VocabularyNotKept(detail) => (
            "vocabulary-not-kept",
            lang.tr(VocabularyText::NotKeptTitle).to_owned(),
            vec![
                lang.tr(VocabularyText::NotKeptHelp).to_owned(),
                detail.clone(),
            ],
        ),
        Notice::VocabularyNotForgotten(detail) => (
            "vocabulary-not-forgotten",
            lang.tr(VocabularyText::NotForgottenTitle).to_owned(),
            vec![
                lang.tr(VocabularyText::NotForgottenHelp).to_owned(),
                detail.clone(),
            ],
        ),
        Notice::VocabularyNotRestored(error) => {
            let mut lines = error.messages(lang);
            lines.push(lang.tr(VocabularyText::NotRestoredHelp).to_owned());
            (
                "vocabulary-not-restored",
                lang.tr(VocabularyText::NotRestoredTitle).to_owned(),
                lines,
            )
        }
        Notice::WorkshopRefused(refusal) => (
            "refused",
            lang.tr(EditorText::RefusedTitle).to_owned(),
            refusal.messages(lang),
        ),
        Notice::AnswersLoaded { counted, notes } => (
            "answers-loaded",
            format!(
                "{}: {counted}",
                lang.tr(crate::i18n::WorkshopUiText::AnswersCounted)
            ),
            notes.iter().flat_map(|n| n.messages(lang)).collect(),
        ),
        Notice::CatalogEditRefused(error) => (
            "refused",
            lang.tr(EditorText::RefusedTitle).to_owned(),
            vec![error.message(lang)],
        ),
        Notice::LoadFailed { file, error } => {
            let mut lines = error.messages(lang);
            lines.push(lang.tr(EditorText::LoadFailedKept).to_owned());
            (
                "load-failed",
                format!("{}: {file}", lang.tr(EditorText::LoadFailedTitle)),
                lines,
            )
        }
        Notice::Unreadable { file } => (
            "load-failed",
            format!("{}: {file}", lang.tr(EditorText::LoadFailedTitle)),
            vec![lang.tr(EditorText::LoadFailedKept).to_owned()],
        ),
        Notice::Loaded { file, notes } => (
            "loaded",
            format!("{}: {file}", lang.tr(EditorText::LoadedNotes)),
            notes.iter().map(|n| n.message(lang)).collect(),
        ),
        Notice::SaveFailed(detail) => (
            "save-failed",
            lang.tr(EditorText::SaveFailedTitle).to_owned(),
            vec![detail.clone()],
        ),
        Notice::CsvUnreadable { file, error } => (
            "load-failed",
            format!("{}: {file}", lang.tr(EditorText::LoadFailedTitle)),
            vec![
                error.message(lang),
                lang.tr(EditorText::LoadFailedKept).to_owned(),
            ],
        ),
        Notice::CatalogImported {
            file,
            datasets,
            skipped,
            split_cells,
            no_access_column,
            problems,
            unmapped,
        } => {
            let mut lines = vec![counts(*datasets, *skipped, lang)];
            if *datasets == 0 {
                lines.push(lang.tr(ImportText::NothingImported).to_owned());
            }
            lines.extend(split_cells_message(*split_cells, lang));
            lines.extend(no_access_column_message(*no_access_column, lang));
            lines.extend(problem_lines(problems, lang));
            if !unmapped.is_empty() {
                let label = lang.tr(ImportText::NotUsedColumns);
                lines.push(format!("{label} {}", unmapped.join(", ")));
            }
            let kind = if *datasets == 0 {
                "load-failed"
            } else {
                "catalog-imported"
            };
            (
                kind,
                format!("{}: {file}", lang.tr(ImportText::Imported)),
                lines,
            )
        }
        Notice::ImportStopped { file } => (
            "import-stopped",
            format!("{}: {file}", lang.tr(ProgressText::Stopped)),
            vec![lang.tr(ProgressText::StoppedKept).to_owned()],
        ),
        Notice::CatalogNotRestored => (
            "catalog-not-restored",
            lang.tr(CatalogText::NotRestored).to_owned(),
            vec![lang.tr(CatalogText::NotRestoredHelp).to_owned()],
        ),
        Notice::AutosaveFailed(detail) => (
            "autosave-failed",
            lang.tr(EditorText::AutosaveFailedTitle).to_owned(),
            vec![
                lang.tr(EditorText::AutosaveFailedHelp).to_owned(),
                detail.clone(),
            ],
        ),
    }
}

fn counts(datasets: usize, skipped: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{datasets} datasets ingelezen, {skipped} regels overgeslagen."),
        Lang::En => format!("{datasets} datasets imported, {skipped} lines skipped."),
    }
}

/// At most this many row problems are listed; a large spreadsheet can have thousands.
const MAX_LISTED_PROBLEMS: usize = 30;

fn problem_lines(problems: &[RowProblem], lang: Lang) -> Vec<String> {
    let mut lines: Vec<String> = problems
        .iter()
        .take(MAX_LISTED_PROBLEMS)
        .map(|p| p.message(lang))
        .collect();
    let more = problems.len().saturating_sub(MAX_LISTED_PROBLEMS);
    if more > 0 {
        lines.push(match lang {
            Lang::Nl => format!("… en nog {more} meldingen."),
            Lang::En => format!("… and {more} more."),
        });
    }
    lines
}
