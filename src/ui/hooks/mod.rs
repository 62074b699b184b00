mod use_language;

pub use use_language::{use_lang, use_language_preference};
