//! redeneerlijn: sketch a reasoning line (theory of change) and see which data it needs.
//!
//! The crate has two layers (see `ARCHITECTURE.md`):
//! - a framework-free core (`i18n`, and the model, analysis and file formats as they land) that never
//!   touches yew, web-sys or gloo and is tested natively with `cargo test`;
//! - `ui`, a thin layer of Yew components over that core, compiled to WebAssembly.

pub mod analysis;
pub mod catalog;
pub mod editor;
pub mod generate;
pub mod i18n;
pub mod io;
pub mod layout;
pub mod matching;
pub mod model;
pub mod number;
mod order;
pub mod report;
pub mod samples;
pub mod ui;
pub mod workshop;

/// Entry point called by `main.js` after the WebAssembly module is instantiated.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    ui::mount();
}
