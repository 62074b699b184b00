use wasm_bindgen_futures::JsFuture;

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
