mod use_autosave;
mod use_file_opener;
mod use_language;
mod use_shortcuts;

pub use use_autosave::use_autosave;
pub use use_file_opener::use_file_opener;
pub use use_language::{use_lang, use_language_preference};
pub use use_shortcuts::{use_shortcuts, ShortcutActions};
