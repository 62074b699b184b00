use std::rc::Rc;

use yew::Reducible;

use super::{CatalogData, CsvImportState, PortfolioFile, PortfolioState, Selection};
use crate::catalog::{Catalog, CatalogEdit, CatalogEditError};
use crate::editor::{Command, Document, Editor};
use crate::io::csv::{CatalogImport, Column, CsvError, RowProblem, Table};
use crate::io::LoadError;
use crate::model::ActionError;
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
    /// Saving to a file failed.
    SaveFailed(String),
    /// A spreadsheet could not be read as a table; nothing changed.
    CsvUnreadable { file: String, error: CsvError },
    /// An answers file was opened as a document; it belongs in the workshop's answers step.
    AnswersElsewhere { file: String },
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
    /// A spreadsheet was imported as the dataset list (or, with no dataset, was not).
    CatalogImported {
        file: String,
        datasets: usize,
        skipped: usize,
        problems: Vec<RowProblem>,
        unmapped: Vec<String>,
    },
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
    /// The edits that undo the latest changes to the dataset list, latest last (behind `Rc`: an
    /// undone import holds a whole list, and the state is copied on every action).
    pub catalog_undo: Rc<Vec<CatalogEdit>>,
    /// The workshop being prepared or run, if any.
    pub workshop: Option<Rc<WorkshopSession>>,
    /// Bumped on every workshop change, for cheap comparison.
    pub workshop_revision: u64,
    /// Other teams' reasoning lines, compared with the open one.
    pub portfolio: PortfolioState,
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
            && self.portfolio == other.portfolio
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            editor: Rc::new(Editor::default()),
            catalog: Rc::new(CatalogData::new(Catalog::default(), 0)),
            screen: Screen::Start,
            selection: Selection::default(),
            notice: None,
            file_name: String::new(),
            fit_requests: 0,
            csv_import: None,
            catalog_undo: Rc::default(),
            workshop: None,
            workshop_revision: 0,
            portfolio: PortfolioState::default(),
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
    /// Import the spreadsheet with the mapping as it stands.
    FinishCsvImport,
    /// A dataset list read from a portal export (CKAN) becomes the dataset list.
    CatalogImported {
        file_name: String,
        import: Box<CatalogImport>,
    },
    CancelCsvImport,
    /// A change the officer made to the dataset list.
    EditCatalog(CatalogEdit),
    /// Undo the latest change to the dataset list (an edit or an import).
    UndoCatalogEdit,
    /// Show a workshop (new, or opened from a file) instead of the current one.
    StartWorkshop(Box<WorkshopSession>),
    Workshop(WorkshopCommand),
    CloseWorkshop,
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
                state.handle(AppAction::Open {
                    document,
                    catalog,
                    file_name,
                });
                Rc::make_mut(&mut state.editor).clear_history();
            }
            AppAction::SetCatalog(catalog) => {
                state.set_catalog(catalog);
                state.catalog_undo = Rc::default();
            }
            AppAction::StartCsvImport { file_name, table } => {
                state.csv_import = Some(CsvImportState::new(file_name, table));
            }
            AppAction::MapCsvColumn { position, column } => {
                if let Some(import) = &mut state.csv_import {
                    import.set_column(position, column);
                }
            }
            AppAction::FinishCsvImport => state.finish_csv_import(),
            AppAction::CatalogImported { file_name, import } => {
                state.take_catalog_import(file_name, *import);
            }
            AppAction::CancelCsvImport => state.csv_import = None,
            AppAction::EditCatalog(edit) => state.edit_catalog(edit),
            AppAction::UndoCatalogEdit => state.undo_catalog_edit(),
            AppAction::StartWorkshop(session) => {
                state.workshop = Some(Rc::new(*session));
                state.workshop_revision += 1;
                // A participant may open a workshop file before any reasoning line.
                state.screen = Screen::Editor;
            }
            AppAction::Workshop(command) => state.apply_workshop(command),
            AppAction::CloseWorkshop => {
                state.workshop = None;
                state.workshop_revision += 1;
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

    /// Replaces the dataset list with what the spreadsheet holds, unless not a single row made a
    /// dataset: then the current list stays, and the notice says why.
    fn finish_csv_import(&mut self) {
        let Some(pending) = self.csv_import.take() else {
            return;
        };
        let import = pending.import();
        self.take_catalog_import(pending.file_name, import);
    }

    fn take_catalog_import(&mut self, file: String, import: CatalogImport) {
        let datasets = import.catalog.len();
        if datasets > 0 {
            // Undoable like any change to the list: an import must never cost the list before it.
            self.edit_catalog(CatalogEdit::ReplaceAll(import.catalog));
        }
        self.notice = Some(Notice::CatalogImported {
            file,
            datasets,
            skipped: import.skipped,
            problems: import.problems,
            unmapped: import.unmapped,
        });
    }

    fn edit_catalog(&mut self, edit: CatalogEdit) {
        let mut catalog = self.catalog.catalog.clone();
        match catalog.apply_checked(edit) {
            Ok(undo) => {
                let history = Rc::make_mut(&mut self.catalog_undo);
                if history.len() == MAX_CATALOG_UNDO {
                    history.remove(0);
                }
                history.push(undo);
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

    fn set_catalog(&mut self, catalog: Catalog) {
        let revision = self.catalog.revision + 1;
        self.catalog = Rc::new(CatalogData::new(catalog, revision));
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
