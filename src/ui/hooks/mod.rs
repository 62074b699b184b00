mod use_autosave;
mod use_file_opener;
mod use_import_tasks;
mod use_language;
mod use_portfolio_files;
mod use_shortcuts;
mod use_startup;
mod use_team_vocabulary;
mod use_workshop_autosave;

pub use use_autosave::{restore, restore_kept_catalog, use_autosave};
pub use use_file_opener::use_file_opener;
pub use use_import_tasks::{use_import_tasks, ImportTasks};
pub use use_language::{use_lang, use_language_preference};
pub use use_portfolio_files::use_portfolio_files;
pub use use_shortcuts::{use_shortcuts, ShortcutActions};
pub use use_startup::{open_sample, use_startup};
pub use use_team_vocabulary::{restore_team_vocabulary, use_team_vocabulary};
pub use use_workshop_autosave::{restore_all, use_workshop_autosave};
