//! Browser tests (wasm-bindgen-test): run with `wasm-pack test --headless --chrome` or `--firefox`.
//! They mount the real app into the page and check what a user sees.
#![cfg(target_arch = "wasm32")]
// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Duration;

use gloo::storage::{LocalStorage, Storage};
use redeneerlijn::i18n::{Lang, Msg};
use redeneerlijn::ui::App;
use wasm_bindgen::closure::Closure;
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
    // The first render also prepares the shipped vocabulary of synonyms, which takes a while in
    // an unoptimised test build (Firefox more than Chromium): wait for the shell, not a fixed time.
    let rendered = root.clone();
    eventually(move || {
        rendered.query_selector("h1").ok().flatten().is_some() && page_lang().is_some()
    })
    .await;
    root
}

/// Waits until `done` holds, looking every 20 ms, for at most 5 s (then the test's own
/// assertions say what is missing).
async fn eventually(done: impl Fn() -> bool) {
    for _ in 0..250 {
        if done() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
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

/// The example files are static files of the app, fetched when an example is opened; the test
/// page has none, so `fetch` answers with the files from the repository instead.
fn serve_example_files() {
    let fetch = Closure::<dyn Fn(String) -> js_sys::Promise>::new(|url: String| {
        let body = [
            ("eenzaamheid-ouderen.json", EENZAAMHEID),
            ("catalogus-voorbeeldgemeente.json", CATALOGUS),
        ]
        .into_iter()
        .find(|(name, _)| url.ends_with(name))
        .map_or("", |(_, text)| text);
        let response: wasm_bindgen::JsValue = web_sys::Response::new_with_opt_str(Some(body))
            .expect("a response")
            .into();
        js_sys::Promise::resolve(&response)
    });
    js_sys::Reflect::set(&gloo::utils::window(), &"fetch".into(), fetch.as_ref())
        .expect("fetch can be replaced");
    fetch.forget();
}

const EENZAAMHEID: &str = include_str!("../assets/examples/eenzaamheid-ouderen.json");
const CATALOGUS: &str = include_str!("../assets/examples/catalogus-voorbeeldgemeente.json");

/// Waits (up to two seconds) until `selector` matches something.
async fn wait_for(root: &Element, selector: &str) {
    for _ in 0..100 {
        if root.query_selector(selector).ok().flatten().is_some() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{selector} did not appear");
}

#[wasm_bindgen_test]
async fn opening_an_example_draws_it_with_findings() {
    LocalStorage::clear();
    serve_example_files();
    let root = mount_app().await;
    click(&root, "button[data-action='example']").await;
    click(&root, "button[data-sample='eenzaamheid-ouderen']").await;
    wait_for(&root, ".rl-node").await;
    settle().await;
    let nodes = root.query_selector_all(".rl-node").unwrap().length();
    assert!(nodes >= 8, "the example is drawn ({nodes} nodes)");
    let badges = root.query_selector_all(".rl-badge").unwrap().length();
    assert_eq!(badges, nodes, "every node shows its data status");
    assert!(text_of(&root, "[data-testid='findings']").contains('%'));
    root.remove();
    // Let the pending autosave write happen before clearing, so it cannot leak into other tests.
    yew::platform::time::sleep(Duration::from_millis(600)).await;
    LocalStorage::clear();
}

async fn click(root: &Element, selector: &str) {
    let element: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is rendered"))
        .dyn_into()
        .unwrap();
    element.click();
    settle().await;
}
