use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;

/// The files chosen in the file input that fired `event`. The input is emptied afterwards, so
/// choosing the same files again fires `change` again.
pub fn take_chosen_files(event: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input
        .files()
        .map(|list| (0..list.length()).filter_map(|n| list.get(n)).collect())
        .unwrap_or_default();
    input.set_value("");
    files
}

/// Reads the files the user chose, entirely in the browser, in the order given: each file's name
/// and bytes, or `None` for a file the browser could not read.
pub async fn read_files(files: Vec<web_sys::File>) -> Vec<(String, Option<Vec<u8>>)> {
    let mut read = Vec::with_capacity(files.len());
    for file in files {
        let bytes = JsFuture::from(file.array_buffer())
            .await
            .ok()
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        read.push((file.name(), bytes));
    }
    read
}
