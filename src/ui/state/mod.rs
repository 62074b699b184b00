//! The app's state and its one reducer. The reducer only wraps `Editor::apply` and view changes;
//! storage, files and focus are side effects done in hooks.

mod app_state;
mod catalog_data;
mod csv_import;
mod portfolio;
mod selection;

pub use app_state::{AppAction, AppState, ImportPhase, ImportProgress, Notice, Screen};
pub use catalog_data::CatalogData;
pub use csv_import::{catalog_title, CsvImportState};
pub use portfolio::{FileOutcome, PortfolioFile, PortfolioProblem, PortfolioState};
pub use selection::Selection;
