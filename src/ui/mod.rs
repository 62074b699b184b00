//! The browser layer: small Yew components over the framework-free core.
//!
//! Nothing here decides anything about reasoning lines; it shows what the core computes and turns
//! user gestures into core actions.

mod app;
mod components;
pub(crate) mod download;
mod fetch;
mod files;
mod hooks;
mod idb;
mod session;
mod shared;
mod state;

pub use app::App;

/// The element `index.html` reserves for the app.
pub const ROOT_ID: &str = "app";

/// Renders the app into `#app`, or into `<body>` if the page lacks it.
pub fn mount() {
    let document = gloo::utils::document();
    match document.get_element_by_id(ROOT_ID) {
        Some(root) => {
            // The static fallback text in `#app` is for browsers without WebAssembly.
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
