//! Browser tests (wasm-bindgen-test): run with `wasm-pack test --headless --chrome` or `--firefox`.
//! They mount the real app into the page and check what a user sees.
#![cfg(target_arch = "wasm32")]
// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Duration;

use gloo::storage::{LocalStorage, Storage};
use redeneerlijn::i18n::{Lang, Msg};
use redeneerlijn::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    gloo::utils::document()
}

/// Mounts a fresh app in its own container and waits until Yew has rendered it.
async fn mount_app() -> Element {
    let root = document()
        .create_element("div")
        .expect("create a container");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("attach the container");
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("{selector} is rendered"))
        .text_content()
        .unwrap_or_default()
}

fn page_lang() -> Option<String> {
    document().document_element()?.get_attribute("lang")
}

#[wasm_bindgen_test]
async fn shell_renders_in_dutch_and_switches_to_english() {
    LocalStorage::clear();
    let root = mount_app().await;
    assert_eq!(text_of(&root, "h1").trim(), Lang::Nl.tr(Msg::EmptyTitle));
    assert_eq!(page_lang().as_deref(), Some("nl"));

    let english: HtmlElement = root
        .query_selector("button[data-lang='en']")
        .unwrap()
        .expect("the English switch")
        .dyn_into()
        .unwrap();
    english.click();
    settle().await;

    assert_eq!(text_of(&root, "h1").trim(), Lang::En.tr(Msg::EmptyTitle));
    assert_eq!(page_lang().as_deref(), Some("en"));
    assert_eq!(
        english.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    root.remove();
    LocalStorage::clear();
}

#[wasm_bindgen_test]
async fn language_choice_is_remembered() {
    LocalStorage::clear();
    LocalStorage::set("redeneerlijn.lang", "en").expect("storage works in the test browser");
    let root = mount_app().await;
    assert_eq!(text_of(&root, "h1").trim(), Lang::En.tr(Msg::EmptyTitle));
    root.remove();
    LocalStorage::clear();
}

#[wasm_bindgen_test]
async fn unavailable_start_actions_say_why() {
    LocalStorage::clear();
    let root = mount_app().await;
    let buttons = root.query_selector_all(".rl-start button").unwrap();
    assert_eq!(buttons.length(), 3);
    for index in 0..buttons.length() {
        let button: Element = buttons.item(index).unwrap().dyn_into().unwrap();
        if button.has_attribute("disabled") {
            let reason_id = button
                .get_attribute("aria-describedby")
                .expect("a disabled action names its reason");
            let reason = document()
                .get_element_by_id(&reason_id)
                .expect("the reason is on the page");
            assert!(!reason.text_content().unwrap_or_default().trim().is_empty());
        }
    }
    root.remove();
}
