//! The app's state and its one reducer. The reducer only wraps `Editor::apply` and view changes;
//! storage, files and focus are side effects done in hooks.

mod app_state;
mod catalog_data;
mod csv_import;
mod portfolio;
mod selection;
mod team_vocabulary;

pub use app_state::{AppAction, AppState, BuiltIndex, ImportPhase, ImportProgress, Notice, Screen};
pub use catalog_data::{CatalogData, INDEX_APART};
pub use csv_import::{catalog_title, CsvImportState};
pub use portfolio::{FileOutcome, PortfolioFile, PortfolioProblem, PortfolioState};
pub use selection::Selection;
pub use team_vocabulary::{TeamVocabulary, VocabularyChange};
