//! User-facing text in Dutch (default) and English.
//!
//! Framework-free so the core can phrase its own messages (file errors, findings) in the UI language.
//! Fixed texts are declared with `texts!`: each variant carries its Dutch and English text side by
//! side, so a text cannot be missing in one language, and `ALL` lists every variant for tests.

/// Declares an enum of fixed texts: `Variant => ("Nederlands", "English"),`.
macro_rules! texts {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($variant:ident => ($nl:expr, $en:expr $(,)?)),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($variant),*
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                $crate::i18n::Text::text(self, lang)
            }
        }

        impl $crate::i18n::Text for $name {
            fn pair(self) -> (&'static str, &'static str) {
                match self {
                    $($name::$variant => ($nl, $en)),*
                }
            }
        }
    };
}

mod catalog;
mod editor;
mod import;
mod messages;
mod portfolio;
mod progress;
mod report;
mod vocabulary;
mod workshop;
mod workshop_ui;

pub use catalog::CatalogText;
pub use editor::{CanvasHelp, EditorText};
pub use import::ImportText;
pub use messages::Msg;
pub use portfolio::PortfolioText;
pub use progress::{datasets_prepared, grouped, records_imported, share_read, ProgressText};
pub use report::ReportText;
pub use vocabulary::{
    group_count, vocabulary_in_use, vocabulary_loaded, vocabulary_removed, VocabularyText,
};
pub use workshop::WorkshopText;
pub use workshop_ui::WorkshopUiText;

/// A fixed text in Dutch and English.
pub trait Text: Copy {
    /// (Dutch, English)
    fn pair(self) -> (&'static str, &'static str);

    fn text(self, lang: Lang) -> &'static str {
        let (nl, en) = self.pair();
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

/// The language the interface speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch, the default: the users are Dutch municipal officers.
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// BCP 47 tag, used for `<html lang>` and for storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses a stored or browser language tag; anything unknown yields `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, shown on the switch so each reader finds their language.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    pub fn tr(self, text: impl Text) -> &'static str {
        text.text(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn browser_tags_are_understood() {
        assert_eq!(Lang::from_code("nl-NL"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_code(" en "), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn default_is_dutch() {
        assert_eq!(Lang::default(), Lang::Nl);
    }

    /// Checks a whole `texts!` enum: filled in, tidy, and translated.
    pub(crate) fn check_texts<T: Text + std::fmt::Debug>(all: &[T]) {
        for &text in all {
            let (nl, en) = text.pair();
            for (lang, value) in [("nl", nl), ("en", en)] {
                assert!(!value.trim().is_empty(), "{text:?} is empty in {lang}");
                assert!(
                    !value.contains("  "),
                    "{text:?} has a double space in {lang}"
                );
                assert_eq!(
                    value.trim(),
                    value,
                    "{text:?} has spaces around it in {lang}"
                );
            }
            // Names (the product, "Details") may be equal; a phrase with a space must differ.
            if nl.contains(' ') {
                assert_ne!(nl, en, "{text:?} is not translated");
            }
        }
    }

    #[test]
    fn shell_texts() {
        check_texts(Msg::ALL);
    }

    #[test]
    fn editor_texts() {
        check_texts(EditorText::ALL);
        check_texts(CanvasHelp::ALL);
    }

    #[test]
    fn import_texts() {
        check_texts(ImportText::ALL);
    }

    #[test]
    fn catalog_texts() {
        check_texts(CatalogText::ALL);
    }

    #[test]
    fn report_texts() {
        check_texts(ReportText::ALL);
    }

    #[test]
    fn vocabulary_texts() {
        check_texts(VocabularyText::ALL);
    }

    #[test]
    fn progress_texts() {
        check_texts(ProgressText::ALL);
    }

    #[test]
    fn workshop_texts() {
        check_texts(WorkshopText::ALL);
        check_texts(WorkshopUiText::ALL);
    }

    #[test]
    fn portfolio_texts() {
        check_texts(PortfolioText::ALL);
    }
}
