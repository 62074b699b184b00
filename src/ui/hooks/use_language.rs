use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

use crate::i18n::Lang;

const STORAGE_KEY: &str = "redeneerlijn.lang";

fn stored_language() -> Lang {
    LocalStorage::get::<String>(STORAGE_KEY)
        .ok()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// The chosen interface language, remembered across visits, mirrored in `<html lang>` so screen
/// readers pronounce the texts in the right language.
#[hook]
pub fn use_language_preference() -> (Lang, Callback<Lang>) {
    let lang = use_state(stored_language);
    {
        let lang = *lang;
        use_effect_with(lang, move |lang| {
            if let Some(html) = gloo::utils::document().document_element() {
                // Failing to set the attribute only affects pronunciation; the texts are right anyway.
                let _ = html.set_attribute("lang", lang.code());
            }
            // A full or disabled storage only means the choice is not remembered next time.
            let _ = LocalStorage::set(STORAGE_KEY, lang.code());
        });
    }
    let set = {
        let lang = lang.clone();
        Callback::from(move |next: Lang| lang.set(next))
    };
    (*lang, set)
}

/// The language of the surrounding `App`.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
