use serde_json::Value;
use yew::prelude::*;

use crate::i18n::Lang;

const STORAGE_KEY: &str = "redeneerlijn.lang";

// The choice is kept as a JSON string (`"nl"`), the format gloo's storage wrapper wrote before.
// Reading and writing it here, through the `serde_json::Value` parser the file reader already
// uses, avoids a typed serde_json instantiation (and gloo-storage) for two letters.

fn local_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn stored_language() -> Lang {
    let text = local_storage().and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten());
    text.and_then(|text| serde_json::from_slice::<Value>(text.as_bytes()).ok())
        .and_then(|value| value.as_str().and_then(Lang::from_code))
        .unwrap_or_default()
}

/// Remembers `lang`; a full or disabled storage only means the choice is not remembered.
fn store_language(lang: Lang) {
    if let Some(storage) = local_storage() {
        // Language codes are plain ASCII letters: quoting them is their JSON form.
        let _ = storage.set_item(STORAGE_KEY, &format!("\"{}\"", lang.code()));
    }
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
            store_language(*lang);
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
