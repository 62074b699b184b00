//! User-facing text in Dutch (default) and English.
//!
//! Framework-free so the core can phrase its own messages (file errors, findings) in the UI language.
//! Every text is one `Msg` variant; `Msg::text` is an exhaustive match, so a text cannot be missing
//! in one language without the compiler noticing.

mod messages;

pub use messages::Msg;

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

    pub fn tr(self, msg: Msg) -> &'static str {
        msg.text(self)
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
}
