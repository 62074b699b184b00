use std::future::Future;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use super::download::js_error_text;

/// The bytes of one of the app's own static files (a path relative to the page). The request
/// starts at once, not when the result is first awaited, so several can run side by side. The
/// error describes what failed.
pub fn fetch_own_file(path: &str) -> impl Future<Output = Result<Vec<u8>, String>> {
    let request = JsFuture::from(gloo::utils::window().fetch_with_str(path));
    async move {
        let response: Response = request
            .await
            .map_err(|e| js_error_text(&e))?
            .dyn_into()
            .map_err(|_| "not a response".to_owned())?;
        if !response.ok() {
            return Err(format!("HTTP {}", response.status()));
        }
        let buffer = response.array_buffer().map_err(|e| js_error_text(&e))?;
        let buffer = JsFuture::from(buffer)
            .await
            .map_err(|e| js_error_text(&e))?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }
}
