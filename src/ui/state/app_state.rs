use std::rc::Rc;
use std::sync::Arc;

use yew::Reducible;

use super::{
    CatalogData, CsvImportState, PortfolioFile, PortfolioState, Selection, TeamVocabulary,
    VocabularyChange, INDEX_APART,
};
use crate::analysis::CatalogIndex;
use crate::catalog::{Catalog, CatalogEdit, CatalogEditError};
use crate::editor::{Command, Document, Editor};
use crate::io::csv::{CatalogImport, Column, ConceptSeparator, CsvError, RowProblem, Table};
use crate::io::LoadError;
use crate::matching::Vocabulary;
use crate::model::ActionError;
use crate::ui::shared::Shared;
use crate::workshop::{MergeNote, WorkshopCommand, WorkshopRefusal, WorkshopSession};

/// Which screen the workspace shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Editor,
}

/// A message for the user, kept as data so it is phrased in the language at display time.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// An edit was refused; the line is unchanged.
    Refused(ActionError),
    /// A file could not be opened; the work on screen is unchanged.
    LoadFailed { file: String, error: LoadError },
    /// The browser could not read the file at all.
    Unreadable { file: String },
    /// A file was opened but needed attention (migrated, unknown fields).
    Loaded {
        file: String,
        notes: Vec<crate::io::Notice>,
    },
    /// The browser refused to store the autosave copy.
    AutosaveFailed(String),
    /// The dataset list kept in the browser could not be read back at start-up.
    CatalogNotRestored,
    /// Saving to a file failed.
    SaveFailed(String),
    /// A spreadsheet could not be read as a table; nothing changed.
    CsvUnreadable { file: String, error: CsvError },
    /// An answers file was opened as a document; it belongs in the workshop's answers step.
    AnswersElsewhere { file: String },
    /// A team's vocabulary of synonyms is now used by the matching (with what its reader noted).
    VocabularyLoaded {
        file: String,
        title: String,
        groups: usize,
        notes: Vec<crate::io::Notice>,
    },
    /// The team's vocabulary was removed: the shipped one alone is used again.
    VocabularyRemoved {
        title: String,
        shipped_groups: usize,
    },
    /// Preparing the dataset list for another vocabulary was stopped: the synonyms in use stay.
    VocabularyStopped { file: String },
    /// The browser refused to keep the team's vocabulary: it is in use, but gone after a reload.
    VocabularyNotKept(String),
    /// The browser could not forget the removed team's vocabulary: a reload brings it back.
    VocabularyNotForgotten(String),
    /// The team's vocabulary kept in the browser did not read back; the shipped one is used.
    VocabularyNotRestored(LoadError),
    /// A workshop change was refused; the workshop is unchanged.
    WorkshopRefused(WorkshopRefusal),
    /// Answers files were read: how many counted, and a note for each that did not (or had
    /// notices).
    AnswersLoaded {
        counted: usize,
        notes: Vec<MergeNote>,
    },
    /// A change to the dataset list was refused; the list is unchanged.
    CatalogEditRefused(CatalogEditError),
    /// A large import was stopped before it ended; the dataset list is unchanged.
    ImportStopped { file: String },
    /// A spreadsheet was imported as the dataset list (or, with no dataset, was not).
    CatalogImported {
        file: String,
        datasets: usize,
        skipped: usize,
        /// Concept cells that listed several concepts and were split.
        split_cells: usize,
        /// Datasets assumed internal because the file has no access column.
        no_access_column: usize,
        problems: Vec<RowProblem>,
        unmapped: Vec<String>,
    },
}

/// A large file being read or imported a part at a time (between frames, so the page responds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProgress {
    pub file_name: String,
    pub phase: ImportPhase,
    pub done: usize,
    pub total: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportPhase {
    /// A spreadsheet's text being read into a table; counted in bytes.
    Reading,
    /// Records being imported as datasets; counted in records.
    Importing,
    /// The new list's index being built; counted in datasets.
    Indexing,
}

/// Changes to the dataset list that can be undone; imports keep a whole list each, so not many.
const MAX_CATALOG_UNDO: usize = 30;

#[derive(Clone, Debug)]
pub struct AppState {
    pub editor: Rc<Editor>,
    pub catalog: Rc<CatalogData>,
    pub screen: Screen,
    pub selection: Selection,
    pub notice: Option<Notice>,
    /// The name the document is saved under.
    pub file_name: String,
    /// Bumped when the canvas should fit the drawing to the screen (after opening a document).
    pub fit_requests: u64,
    /// A spreadsheet waiting for its column mapping to be confirmed.
    pub csv_import: Option<CsvImportState>,
    /// A large file being read or imported, shown with a progress bar and a stop button.
    pub import_progress: Option<ImportProgress>,
    /// The edits that undo the latest changes to the dataset list, latest last (behind `Rc`: an
    /// undone import holds a whole list, and the state is copied on every action).
    pub catalog_undo: Rc<Vec<CatalogEdit>>,
    /// The dataset list did not fit in the browser's storage: a reload would lose it.
    pub catalog_not_kept: bool,
    /// The revision of the dataset list the autosave already holds (the one restored at start-up),
    /// so it is not written again.
    pub autosaved_catalog_revision: u64,
    /// The kept dataset list is being read back from IndexedDB (see `RestoreCatalog`).
    pub catalog_restore_pending: bool,
    /// The workshop being prepared or run, if any.
    pub workshop: Option<Rc<WorkshopSession>>,
    /// Bumped on every workshop change, for cheap comparison.
    pub workshop_revision: u64,
    /// The workshop closed last, kept so closing it by mistake costs nothing (`ReopenWorkshop`).
    pub closed_workshop: Option<Rc<WorkshopSession>>,
    /// Other teams' reasoning lines, compared with the open one.
    pub portfolio: PortfolioState,
    /// The synonyms the dataset list's index is built with: the shipped vocabulary, extended by
    /// the team's when one is loaded (`team_vocabulary.combined`).
    pub vocabulary: Arc<Vocabulary>,
    /// The data team's own vocabulary in use, if any.
    pub team_vocabulary: Option<Rc<TeamVocabulary>>,
    /// Bumped on every change of the vocabulary in use (the autosave keeps the team's).
    pub vocabulary_revision: u64,
    /// A change of vocabulary waiting for a large list's new index, built a part at a time by a
    /// hook (`VocabularyIndexed` follows); until then the vocabulary before it stays in use.
    pub vocabulary_pending: Option<Shared<VocabularyChange>>,
}

/// A dataset list's index built beforehand (a part at a time) for a new vocabulary, with its own
/// copy of the list, so the reducer needs to copy nothing large.
#[derive(Clone, Debug, PartialEq)]
pub struct BuiltIndex {
    /// The revision of the list it was built from: a list changed meanwhile needs another.
    pub catalog_revision: u64,
    pub catalog: Catalog,
    pub index: Shared<CatalogIndex>,
}

/// Cheap comparison for Yew's change detection: the editor and catalog by revision (every change
/// bumps it), the rest by value.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.editor.revision() == other.editor.revision()
            && self.catalog.revision == other.catalog.revision
            && self.screen == other.screen
            && self.selection == other.selection
            && self.notice == other.notice
            && self.file_name == other.file_name
            && self.fit_requests == other.fit_requests
            && self.csv_import == other.csv_import
            && self.workshop_revision == other.workshop_revision
            && self.catalog_not_kept == other.catalog_not_kept
            && self.autosaved_catalog_revision == other.autosaved_catalog_revision
            && self.catalog_restore_pending == other.catalog_restore_pending
            && self.portfolio == other.portfolio
            && self.import_progress == other.import_progress
            && self.vocabulary_revision == other.vocabulary_revision
            && self.vocabulary_pending == other.vocabulary_pending
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            editor: Rc::new(Editor::default()),
            catalog: Rc::new(CatalogData::new(
                Catalog::default(),
                Vocabulary::shipped(),
                0,
            )),
            screen: Screen::Start,
            selection: Selection::default(),
            notice: None,
            file_name: String::new(),
            fit_requests: 0,
            csv_import: None,
            import_progress: None,
            catalog_undo: Rc::default(),
            catalog_not_kept: false,
            autosaved_catalog_revision: 0,
            catalog_restore_pending: false,
            workshop: None,
            workshop_revision: 0,
            closed_workshop: None,
            portfolio: PortfolioState::default(),
            vocabulary: Vocabulary::shipped(),
            team_vocabulary: None,
            vocabulary_revision: 0,
            vocabulary_pending: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum AppAction {
    /// A change of the document (edit, move, delete, undo, redo, ...).
    Command(Command),
    /// Show a document (new, opened file, example, restored autosave) in the editor.
    Open {
        document: Document,
        catalog: Option<Catalog>,
        file_name: String,
    },
    /// Reopen autosaved work at start-up, with no history before it.
    Restore {
        document: Document,
        catalog: Option<Catalog>,
        file_name: String,
    },
    SetCatalog(Catalog),
    /// The kept dataset list is being read back from IndexedDB; `RestoreCatalog` or
    /// `CatalogNotRestored` follows.
    RestoringCatalog,
    /// The kept dataset list could not be read back.
    CatalogNotRestored,
    /// The autosaved dataset list, read back after the rest of the work (from IndexedDB, which
    /// answers later) with its index (`CatalogIndex::new` of it, built in parts); ignored if
    /// another list was loaded meanwhile.
    RestoreCatalog {
        catalog: Catalog,
        index: Shared<CatalogIndex>,
    },
    /// How far the reading or import of a large file has come (the import itself runs in a
    /// hook, a part per frame); the column mapping step, if any, has closed.
    ImportProgress(ImportProgress),
    /// The officer stopped a large reading or import: the dataset list stays as it was.
    StopImport,
    /// Show a spreadsheet's columns for mapping before it becomes the dataset list.
    StartCsvImport {
        file_name: String,
        table: Table,
    },
    /// Let the column at `position` fill `column` (`None`: not imported).
    MapCsvColumn {
        position: usize,
        column: Option<Column>,
    },
    /// What separates the concepts in one cell of the spreadsheet being imported.
    SetCsvSeparator(ConceptSeparator),
    /// An import finished (a spreadsheet after its mapping step, or a portal export): its
    /// datasets become the dataset list. `index`, when given, is the new list's `CatalogIndex`,
    /// built beforehand in a task of its own (for a large list that takes a good part of a frame).
    CatalogImported {
        file_name: String,
        import: Box<CatalogImport>,
        index: Option<Shared<CatalogIndex>>,
    },
    CancelCsvImport,
    /// A change the officer made to the dataset list.
    EditCatalog(CatalogEdit),
    /// Undo the latest change to the dataset list (an edit or an import).
    UndoCatalogEdit,
    /// Whether the autosave could keep the dataset list (it may be too large for the browser).
    CatalogAutosaved(bool),
    /// Show a workshop (new, or opened from a file) instead of the current one.
    StartWorkshop(Box<WorkshopSession>),
    Workshop(WorkshopCommand),
    CloseWorkshop,
    /// Bring back the workshop closed last, with its answers.
    ReopenWorkshop,
    /// Use another vocabulary of synonyms: a small list is indexed again at once; for a large one
    /// the change waits (`vocabulary_pending`) for its index, built a part at a time.
    ChangeVocabulary(VocabularyChange),
    /// The index a pending vocabulary change waited for; ignored if that change is no longer
    /// pending (stopped, or overtaken by another).
    VocabularyIndexed {
        change: Shared<VocabularyChange>,
        built: Box<BuiltIndex>,
    },
    /// Reasoning lines read from files join the portfolio (those that load and are new).
    AddPortfolioLines(Vec<PortfolioFile>),
    /// The portfolio line with this id leaves it.
    RemovePortfolioLine(u32),
    Select(Selection),
    Notify(Notice),
    DismissNotice,
    /// Several actions as one update.
    Batch(Vec<AppAction>),
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self);
        state.handle(action);
        Rc::new(state)
    }
}

impl AppState {
    fn handle(&mut self, action: AppAction) {
        let state = self;
        match action {
            AppAction::Command(command) => state.apply_command(command),
            AppAction::Open {
                document,
                catalog,
                file_name,
            } => {
                let editor = Rc::make_mut(&mut state.editor);
                // Replace keeps the history, so opening something else can be undone.
                let _ = editor.apply(Command::Replace(document));
                if let Some(catalog) = catalog {
                    state.set_catalog(catalog);
                    state.catalog_undo = Rc::default();
                }
                state.file_name = file_name;
                state.screen = Screen::Editor;
                state.selection = Selection::default();
                state.fit_requests += 1;
            }
            AppAction::Restore {
                document,
                catalog,
                file_name,
            } => {
                let with_catalog = catalog.is_some();
                state.handle(AppAction::Open {
                    document,
                    catalog,
                    file_name,
                });
                Rc::make_mut(&mut state.editor).clear_history();
                if with_catalog {
                    state.autosaved_catalog_revision = state.catalog.revision;
                }
            }
            AppAction::RestoringCatalog => state.catalog_restore_pending = true,
            AppAction::CatalogNotRestored => {
                state.catalog_restore_pending = false;
                state.notice = Some(Notice::CatalogNotRestored);
            }
            AppAction::RestoreCatalog { catalog, index } => {
                state.catalog_restore_pending = false;
                if state.catalog.revision == 0 {
                    let revision = state.catalog.revision + 1;
                    state.catalog = Rc::new(match state.fitting(index) {
                        Some(index) => CatalogData::with_index(catalog, index, revision),
                        None => CatalogData::new(catalog, state.vocabulary.clone(), revision),
                    });
                    state.autosaved_catalog_revision = revision;
                }
            }
            AppAction::SetCatalog(catalog) => {
                state.set_catalog(catalog);
                state.catalog_undo = Rc::default();
            }
            AppAction::ImportProgress(progress) => {
                state.csv_import = None;
                state.import_progress = Some(progress);
            }
            AppAction::StopImport => {
                let vocabulary = state.vocabulary_pending.take();
                if let Some(stopped) = state.import_progress.take() {
                    let file = stopped.file_name;
                    state.notice = Some(match vocabulary {
                        Some(_) => Notice::VocabularyStopped { file },
                        None => Notice::ImportStopped { file },
                    });
                }
            }
            AppAction::StartCsvImport { file_name, table } => {
                state.import_progress = None;
                state.csv_import = Some(CsvImportState::new(file_name, table));
            }
            AppAction::MapCsvColumn { position, column } => {
                if let Some(import) = &mut state.csv_import {
                    import.set_column(position, column);
                }
            }
            AppAction::SetCsvSeparator(separator) => {
                if let Some(import) = &mut state.csv_import {
                    import.mapping.set_separator(separator);
                }
            }
            AppAction::CatalogImported {
                file_name,
                import,
                index,
            } => {
                let index = index.and_then(|shared| state.fitting(shared));
                state.take_catalog_import(file_name, *import, index);
            }
            AppAction::CancelCsvImport => state.csv_import = None,
            AppAction::EditCatalog(edit) => state.edit_catalog(edit),
            AppAction::UndoCatalogEdit => state.undo_catalog_edit(),
            AppAction::CatalogAutosaved(kept) => state.catalog_not_kept = !kept,
            AppAction::StartWorkshop(session) => {
                state.workshop = Some(Rc::new(*session));
                state.workshop_revision += 1;
                // A participant may open a workshop file before any reasoning line.
                state.screen = Screen::Editor;
            }
            AppAction::Workshop(command) => state.apply_workshop(command),
            AppAction::CloseWorkshop => {
                if let Some(closed) = state.workshop.take() {
                    state.closed_workshop = Some(closed);
                }
                state.workshop_revision += 1;
            }
            AppAction::ReopenWorkshop => {
                if let Some(closed) = state.closed_workshop.take() {
                    state.workshop = Some(closed);
                    state.workshop_revision += 1;
                }
            }
            AppAction::ChangeVocabulary(change) => {
                if state.catalog.catalog.len() > INDEX_APART {
                    state.vocabulary_pending = Some(Shared(Rc::new(change)));
                } else {
                    state.vocabulary_pending = None;
                    state.use_vocabulary(change, None);
                }
            }
            AppAction::VocabularyIndexed { change, built } => {
                if state.vocabulary_pending.as_ref() != Some(&change) {
                    return;
                }
                state.import_progress = None;
                if built.catalog_revision == state.catalog.revision {
                    state.vocabulary_pending = None;
                    let change = Rc::try_unwrap(change.0).unwrap_or_else(|rc| (*rc).clone());
                    state.use_vocabulary(change, Some(*built));
                } else {
                    // The list changed while its index was being built: build it again, in parts
                    // again (a new pending change restarts the hook).
                    state.vocabulary_pending = Some(Shared(Rc::new((*change).clone())));
                }
            }
            AppAction::AddPortfolioLines(files) => {
                state.portfolio.add(files, state.editor.line());
            }
            AppAction::RemovePortfolioLine(id) => state.portfolio.remove(id),
            AppAction::Select(selection) => state.selection = selection,
            AppAction::Notify(notice) => state.notice = Some(notice),
            AppAction::DismissNotice => state.notice = None,
            AppAction::Batch(actions) => {
                for action in actions {
                    state.handle(action);
                }
            }
        }
    }

    fn apply_command(&mut self, command: Command) {
        let editor = Rc::make_mut(&mut self.editor);
        match editor.apply(command) {
            Ok(outcome) => {
                if let Some(&id) = outcome.created_nodes.last() {
                    self.selection = Selection::node(id);
                } else if let Some(&id) = outcome.created_edges.last() {
                    self.selection = Selection::edge(id);
                }
                self.drop_stale_selection();
                if matches!(self.notice, Some(Notice::Refused(_))) {
                    self.notice = None;
                }
            }
            Err(error) => self.notice = Some(Notice::Refused(error)),
        }
    }

    /// Replaces the dataset list with what the file holds, unless not a single row made a
    /// dataset: then the current list stays, and the notice says why.
    fn take_catalog_import(
        &mut self,
        file: String,
        import: CatalogImport,
        index: Option<CatalogIndex>,
    ) {
        self.csv_import = None;
        self.import_progress = None;
        let datasets = import.catalog.len();
        if datasets > 0 {
            // Undoable like any change to the list: an import must never cost the list before it.
            match index {
                Some(index) => {
                    let old = self.catalog.catalog.clone();
                    self.push_catalog_undo(CatalogEdit::ReplaceAll(old));
                    let revision = self.catalog.revision + 1;
                    self.catalog =
                        Rc::new(CatalogData::with_index(import.catalog, index, revision));
                }
                None => self.edit_catalog(CatalogEdit::ReplaceAll(import.catalog)),
            }
        }
        self.notice = Some(Notice::CatalogImported {
            file,
            datasets,
            skipped: import.skipped,
            split_cells: import.split_cells,
            no_access_column: import.no_access_column,
            problems: import.problems,
            unmapped: import.unmapped,
        });
    }

    fn edit_catalog(&mut self, edit: CatalogEdit) {
        let mut catalog = self.catalog.catalog.clone();
        match catalog.apply_checked(edit) {
            Ok(undo) => {
                self.push_catalog_undo(undo);
                self.set_catalog(catalog);
            }
            Err(error) => self.notice = Some(Notice::CatalogEditRefused(error)),
        }
    }

    fn apply_workshop(&mut self, command: WorkshopCommand) {
        let Some(session) = &mut self.workshop else {
            return;
        };
        match Rc::make_mut(session).apply(command) {
            Ok(()) => self.workshop_revision += 1,
            Err(refusal) => self.notice = Some(Notice::WorkshopRefused(refusal)),
        }
    }

    fn push_catalog_undo(&mut self, undo: CatalogEdit) {
        let history = Rc::make_mut(&mut self.catalog_undo);
        if history.len() == MAX_CATALOG_UNDO {
            history.remove(0);
        }
        history.push(undo);
    }

    fn undo_catalog_edit(&mut self) {
        let Some(undo) = Rc::make_mut(&mut self.catalog_undo).pop() else {
            return;
        };
        let mut catalog = self.catalog.catalog.clone();
        match catalog.apply(undo) {
            Ok(_) => self.set_catalog(catalog),
            Err(error) => self.notice = Some(Notice::CatalogEditRefused(error)),
        }
    }

    /// Whether the findings should say the kept list is still on its way: it is being read back
    /// and no other list has been opened meanwhile.
    pub fn restoring_catalog(&self) -> bool {
        self.catalog_restore_pending && self.catalog.revision == 0
    }

    fn set_catalog(&mut self, catalog: Catalog) {
        let revision = self.catalog.revision + 1;
        self.catalog = Rc::new(CatalogData::new(catalog, self.vocabulary.clone(), revision));
    }

    /// An index built beforehand, if it was built with the vocabulary in use (the vocabulary may
    /// have changed while it was built).
    fn fitting(&self, index: Shared<CatalogIndex>) -> Option<CatalogIndex> {
        index
            .built_with(&self.vocabulary)
            .then(|| Rc::try_unwrap(index.0).unwrap_or_else(|rc| CatalogIndex::clone(&rc)))
    }

    /// Makes `change`'s vocabulary the one in use, with the list's index built again for it (or
    /// `built` beforehand, for the list as it is).
    fn use_vocabulary(&mut self, change: VocabularyChange, built: Option<BuiltIndex>) {
        let vocabulary = change.vocabulary();
        let datasets = &self.catalog;
        // An empty list's index holds nothing the vocabulary changes, so nothing derived from it
        // changes either; keeping its revision keeps 0 meaning "no list yet" (a list read back
        // from IndexedDB later is only taken then).
        let revision = if datasets.catalog.is_empty() {
            datasets.revision
        } else {
            datasets.revision + 1
        };
        let kept = self.autosaved_catalog_revision == datasets.revision;
        self.catalog = Rc::new(match built {
            Some(built) if built.index.built_with(&vocabulary) => {
                let index =
                    Rc::try_unwrap(built.index.0).unwrap_or_else(|rc| CatalogIndex::clone(&rc));
                CatalogData::with_index(built.catalog, index, revision)
            }
            _ => CatalogData::new(datasets.catalog.clone(), Arc::clone(&vocabulary), revision),
        });
        if kept {
            // The same datasets: the autosave need not write them again.
            self.autosaved_catalog_revision = revision;
        }
        let before = self.team_vocabulary.take();
        self.team_vocabulary = change.team().cloned();
        self.vocabulary = vocabulary;
        self.vocabulary_revision += 1;
        match change {
            VocabularyChange::Loaded { file, team, notes } => {
                self.notice = Some(Notice::VocabularyLoaded {
                    file,
                    title: team.title.clone(),
                    groups: team.groups(),
                    notes,
                });
            }
            VocabularyChange::Removed => {
                if let Some(before) = before {
                    self.notice = Some(Notice::VocabularyRemoved {
                        title: before.title.clone(),
                        shipped_groups: self.vocabulary.groups().len(),
                    });
                }
            }
            VocabularyChange::Restored(_) => {}
        }
    }

    /// After undo or delete, the selection may name things that no longer exist.
    fn drop_stale_selection(&mut self) {
        let line = self.editor.line();
        self.selection.nodes.retain(|id| line.contains_node(*id));
        if self
            .selection
            .edge
            .is_some_and(|id| line.edge(id).is_none())
        {
            self.selection.edge = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::csv::{guess_mapping, import_table, read_table};

    fn reduce(state: AppState, action: AppAction) -> AppState {
        Rc::unwrap_or_clone(Rc::new(state).reduce(action))
    }

    fn spreadsheet() -> Table {
        read_table(b"titel;begrippen\nInwoners;Aantal inwoners\nWmo;Wmo-cli\xC3\xABnten\n")
            .unwrap_or_default()
    }

    fn progress() -> ImportProgress {
        ImportProgress {
            file_name: "lijst.csv".to_owned(),
            phase: ImportPhase::Importing,
            done: 1,
            total: 2,
        }
    }

    #[test]
    fn progress_closes_the_mapping_step_and_stopping_keeps_the_list() {
        let start = AppState::default();
        let before = start.catalog.revision;
        let state = reduce(
            start,
            AppAction::StartCsvImport {
                file_name: "lijst.csv".to_owned(),
                table: spreadsheet(),
            },
        );
        assert!(state.csv_import.is_some());
        let state = reduce(state, AppAction::ImportProgress(progress()));
        assert!(state.csv_import.is_none());
        assert_eq!(state.import_progress, Some(progress()));
        let state = reduce(state, AppAction::StopImport);
        assert_eq!(state.import_progress, None);
        assert_eq!(state.catalog.revision, before);
        assert!(state.catalog_undo.is_empty());
        assert_eq!(
            state.notice,
            Some(Notice::ImportStopped {
                file: "lijst.csv".to_owned()
            })
        );
    }

    #[test]
    fn the_chosen_concept_separator_splits_the_import() {
        let table =
            read_table("titel;begrippen\nKerncijfers;Aantal inwoners, Wmo-cliënten\n".as_bytes())
                .unwrap_or_default();
        let state = reduce(
            AppState::default(),
            AppAction::StartCsvImport {
                file_name: "lijst.csv".to_owned(),
                table,
            },
        );
        let concepts = |state: &AppState| {
            let import = state.csv_import.as_ref().map(|i| i.importer().finish());
            import.map(|i| {
                (
                    i.split_cells,
                    i.catalog.datasets().map(|d| d.variables.len()).sum(),
                )
            })
        };
        assert_eq!(concepts(&state), Some((1, 2)));
        let state = reduce(state, AppAction::SetCsvSeparator(ConceptSeparator::None));
        assert_eq!(
            state.csv_import.as_ref().map(|i| i.mapping.separator()),
            Some(ConceptSeparator::None)
        );
        assert_eq!(concepts(&state), Some((0, 1)));
    }

    fn kept_list(title: &str) -> AppAction {
        let mut catalog = Catalog::new(title);
        catalog.insert(crate::catalog::Dataset::new(
            "inwoners",
            "Inwoners per buurt",
            crate::model::GeoLevel::Neighbourhood,
            crate::model::Frequency::Year,
        ));
        let index = Shared(Rc::new(CatalogIndex::new(&catalog)));
        AppAction::RestoreCatalog { catalog, index }
    }

    #[test]
    fn a_list_read_back_later_is_taken_as_kept_unless_another_came_first() {
        let waiting = reduce(AppState::default(), AppAction::RestoringCatalog);
        assert!(waiting.restoring_catalog());
        let state = reduce(waiting, kept_list("Bewaard"));
        assert!(!state.restoring_catalog());
        assert_eq!(state.catalog.catalog.title, "Bewaard");
        assert_eq!(state.catalog.index.len(), 1);
        // Already in the autosave: not written again.
        assert_eq!(state.autosaved_catalog_revision, state.catalog.revision);
        assert!(state.catalog_undo.is_empty());

        let waiting = reduce(AppState::default(), AppAction::RestoringCatalog);
        let opened = reduce(waiting, AppAction::SetCatalog(Catalog::new("Net geopend")));
        // Another list is on screen: the findings no longer say one is on its way.
        assert!(!opened.restoring_catalog());
        let state = reduce(opened, kept_list("Bewaard"));
        assert_eq!(state.catalog.catalog.title, "Net geopend");
        assert_ne!(state.autosaved_catalog_revision, state.catalog.revision);
    }

    #[test]
    fn a_list_that_does_not_read_back_is_named_and_no_longer_awaited() {
        let waiting = reduce(AppState::default(), AppAction::RestoringCatalog);
        let state = reduce(waiting, AppAction::CatalogNotRestored);
        assert!(!state.restoring_catalog());
        assert_eq!(state.notice, Some(Notice::CatalogNotRestored));
    }

    #[test]
    fn an_index_built_beforehand_gives_the_same_list_and_undo() {
        let table = spreadsheet();
        let import = import_table(&table, &guess_mapping(&table.headers), "lijst");
        assert_eq!(import.catalog.len(), 2);
        let index = Shared(Rc::new(CatalogIndex::new(&import.catalog)));
        let imported = |index| AppAction::CatalogImported {
            file_name: "lijst.csv".to_owned(),
            import: Box::new(import.clone()),
            index,
        };
        let started = reduce(AppState::default(), AppAction::ImportProgress(progress()));
        let plain = reduce(started.clone(), imported(None));
        let prebuilt = reduce(started, imported(Some(index)));
        for state in [&plain, &prebuilt] {
            assert_eq!(state.catalog.catalog, import.catalog);
            assert_eq!(state.import_progress, None);
            assert_eq!(state.catalog_undo.len(), 1);
        }
        assert_eq!(plain.catalog.revision, prebuilt.catalog.revision);
        assert_eq!(plain.notice, prebuilt.notice);
        let undone = reduce(prebuilt, AppAction::UndoCatalogEdit);
        assert!(undone.catalog.catalog.is_empty());
    }

    fn team() -> Rc<TeamVocabulary> {
        let own = Vocabulary::new(
            std::collections::BTreeMap::from([("team".to_owned(), "Datateam".to_owned())]),
            vec![crate::matching::SynonymGroup {
                terms: vec!["formulierenhulp".into(), "formulierenbrigade".into()],
                source: "team".into(),
            }],
        );
        Rc::new(TeamVocabulary::new(
            "Woorden van het datateam".to_owned(),
            own,
        ))
    }

    fn loaded(team: &Rc<TeamVocabulary>) -> AppAction {
        AppAction::ChangeVocabulary(VocabularyChange::Loaded {
            file: "woorden.json".to_owned(),
            team: Rc::clone(team),
            notes: Vec::new(),
        })
    }

    fn with_list(datasets: usize) -> AppState {
        let catalog = crate::generate::catalog(datasets, 7);
        let state = reduce(AppState::default(), AppAction::SetCatalog(catalog));
        // As if the autosave had kept it.
        AppState {
            autosaved_catalog_revision: state.catalog.revision,
            ..state
        }
    }

    #[test]
    fn a_team_vocabulary_indexes_a_small_list_again_and_removing_it_goes_back() {
        let start = with_list(20);
        let team = team();
        let state = reduce(start.clone(), loaded(&team));
        assert!(state.catalog.index.built_with(&team.combined));
        assert!(Arc::ptr_eq(&state.vocabulary, &team.combined));
        assert_eq!(state.team_vocabulary, Some(Rc::clone(&team)));
        assert_eq!(state.catalog.catalog, start.catalog.catalog);
        // The analysis is redone (new revision), the unchanged list not written again.
        assert_eq!(state.catalog.revision, start.catalog.revision + 1);
        assert_eq!(state.autosaved_catalog_revision, state.catalog.revision);
        assert_eq!(state.vocabulary_revision, 1);
        assert_eq!(
            state.notice,
            Some(Notice::VocabularyLoaded {
                file: "woorden.json".to_owned(),
                title: "Woorden van het datateam".to_owned(),
                groups: 1,
                notes: Vec::new(),
            })
        );
        // An edit of the list keeps the team's synonyms.
        let edited = reduce(
            state,
            AppAction::EditCatalog(CatalogEdit::Remove(
                start.catalog.catalog.datasets().next().unwrap().id.clone(),
            )),
        );
        assert!(edited.catalog.index.built_with(&team.combined));

        let removed = reduce(
            edited,
            AppAction::ChangeVocabulary(VocabularyChange::Removed),
        );
        assert!(removed.catalog.index.built_with(&Vocabulary::shipped()));
        assert_eq!(removed.team_vocabulary, None);
        assert_eq!(removed.vocabulary_revision, 2);
        assert_eq!(
            removed.notice,
            Some(Notice::VocabularyRemoved {
                title: "Woorden van het datateam".to_owned(),
                shipped_groups: Vocabulary::shipped().groups().len(),
            })
        );
    }

    #[test]
    fn a_vocabulary_restored_before_any_list_leaves_revision_zero_and_indexes_what_comes() {
        let team = team();
        let waiting = reduce(AppState::default(), AppAction::RestoringCatalog);
        let state = reduce(
            waiting,
            AppAction::ChangeVocabulary(VocabularyChange::Restored(Rc::clone(&team))),
        );
        assert_eq!(state.notice, None);
        assert_eq!(state.catalog.revision, 0);
        assert!(state.restoring_catalog(), "the kept list is still awaited");
        // A list read back with an index of the shipped vocabulary is indexed again with the
        // team's.
        let state = reduce(state, kept_list("Bewaard"));
        assert_eq!(state.catalog.catalog.title, "Bewaard");
        assert!(state.catalog.index.built_with(&team.combined));
        // And so is an import whose index was built before the vocabulary changed.
        let table = spreadsheet();
        let import = import_table(&table, &guess_mapping(&table.headers), "lijst");
        let index = Shared(Rc::new(CatalogIndex::new(&import.catalog)));
        let state = reduce(
            state,
            AppAction::CatalogImported {
                file_name: "lijst.csv".to_owned(),
                import: Box::new(import),
                index: Some(index),
            },
        );
        assert_eq!(state.catalog.catalog.len(), 2);
        assert!(state.catalog.index.built_with(&team.combined));
    }

    fn built_for(state: &AppState, vocabulary: Arc<Vocabulary>) -> Box<BuiltIndex> {
        let catalog = state.catalog.catalog.clone();
        let index = Shared(Rc::new(CatalogIndex::with_vocabulary(&catalog, vocabulary)));
        Box::new(BuiltIndex {
            catalog_revision: state.catalog.revision,
            catalog,
            index,
        })
    }

    #[test]
    fn a_large_list_waits_for_its_index_built_apart() {
        let start = with_list(INDEX_APART + 1);
        let team = team();
        let pending = reduce(start.clone(), loaded(&team));
        // Nothing changes yet: the hook builds the index between frames.
        assert_eq!(pending.catalog.revision, start.catalog.revision);
        assert_eq!(pending.team_vocabulary, None);
        assert_eq!(pending.vocabulary_revision, 0);
        let Some(change) = pending.vocabulary_pending.clone() else {
            panic!("no change pending");
        };

        // Built for a list that changed meanwhile: asked for again (a new pending change).
        let mut stale = built_for(&pending, Arc::clone(&team.combined));
        stale.catalog_revision -= 1;
        let again = reduce(
            pending.clone(),
            AppAction::VocabularyIndexed {
                change: change.clone(),
                built: stale,
            },
        );
        let Some(renewed) = again.vocabulary_pending.clone() else {
            panic!("no change pending");
        };
        assert_ne!(renewed, change);
        assert_eq!(again.team_vocabulary, None);
        // The earlier change is no longer the pending one: its index is ignored.
        let ignored = reduce(
            again.clone(),
            AppAction::VocabularyIndexed {
                change,
                built: built_for(&again, Arc::clone(&team.combined)),
            },
        );
        assert_eq!(ignored.vocabulary_pending, Some(renewed.clone()));

        let built = built_for(&again, Arc::clone(&team.combined));
        let state = reduce(
            again,
            AppAction::VocabularyIndexed {
                change: renewed,
                built,
            },
        );
        assert_eq!(state.vocabulary_pending, None);
        assert!(state.catalog.index.built_with(&team.combined));
        assert_eq!(state.catalog.revision, start.catalog.revision + 1);
        assert_eq!(state.autosaved_catalog_revision, state.catalog.revision);
        assert!(matches!(
            state.notice,
            Some(Notice::VocabularyLoaded { .. })
        ));
    }

    #[test]
    fn stopping_a_large_lists_indexing_keeps_the_vocabulary_in_use() {
        let start = with_list(INDEX_APART + 1);
        let pending = reduce(start, loaded(&team()));
        let running = reduce(pending, AppAction::ImportProgress(progress()));
        let stopped = reduce(running, AppAction::StopImport);
        assert_eq!(stopped.vocabulary_pending, None);
        assert_eq!(stopped.team_vocabulary, None);
        assert!(stopped.catalog.index.built_with(&Vocabulary::shipped()));
        assert_eq!(
            stopped.notice,
            Some(Notice::VocabularyStopped {
                file: "lijst.csv".to_owned()
            })
        );
    }
}
