use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, Url,
};
use yew::Callback;

/// Offers `text` to the user as a file download. Built in the page from a Blob: nothing is sent
/// anywhere. Returns a description of what failed, if anything did.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let url = blob_url(text, mime)?;
    let offered = offer_link(&url, file_name);
    let _ = Url::revoke_object_url(&url);
    offered
}

/// Draws `svg` on a canvas and offers it as a PNG file: twice the drawing's size for sharp print,
/// less when that would pass what browsers allow a canvas. Asynchronous because the browser
/// decodes the image first; `failed` hears what went wrong.
pub fn download_png(file_name: String, svg: String, failed: Callback<String>) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(detail) = render_png(&file_name, &svg).await {
            failed.emit(detail);
        }
    });
}

/// Longest canvas side and largest area every current browser draws (Safari is the strictest).
const MAX_SIDE: f64 = 16_384.0;
const MAX_AREA: f64 = 16_777_216.0;

async fn render_png(file_name: &str, svg: &str) -> Result<(), String> {
    let url = blob_url(svg, "image/svg+xml")?;
    let image = HtmlImageElement::new().map_err(|e| js_error_text(&e))?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = Url::revoke_object_url(&url);
    decoded.map_err(|e| js_error_text(&e))?;
    let (width, height) = (
        f64::from(image.natural_width()),
        f64::from(image.natural_height()),
    );
    if width < 1.0 || height < 1.0 {
        return Err("empty drawing".to_owned());
    }
    let scale = 2f64
        .min(MAX_SIDE / width.max(height))
        .min((MAX_AREA / (width * height)).sqrt());
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")
        .map_err(|e| js_error_text(&e))?
        .dyn_into()
        .map_err(|_| "not a canvas".to_owned())?;
    canvas.set_width((width * scale).floor() as u32);
    canvas.set_height((height * scale).floor() as u32);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .map_err(|e| js_error_text(&e))?
        .ok_or_else(|| "no 2d canvas".to_owned())?
        .dyn_into()
        .map_err(|_| "no 2d canvas".to_owned())?;
    context.scale(scale, scale).map_err(|e| js_error_text(&e))?;
    context
        .draw_image_with_html_image_element(&image, 0.0, 0.0)
        .map_err(|e| js_error_text(&e))?;
    let data = canvas
        .to_data_url_with_type("image/png")
        .map_err(|e| js_error_text(&e))?;
    offer_link(&data, file_name)
}

fn blob_url(text: &str, mime: &str) -> Result<String, String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| js_error_text(&e))?;
    Url::create_object_url_with_blob(&blob).map_err(|e| js_error_text(&e))
}

/// Clicks a download link to `url`, as if the user had.
fn offer_link(url: &str, file_name: &str) -> Result<(), String> {
    let anchor: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")
        .map_err(|e| js_error_text(&e))?
        .dyn_into()
        .map_err(|_| "not an anchor".to_owned())?;
    anchor.set_href(url);
    anchor.set_download(file_name);
    anchor.click();
    Ok(())
}

/// Today's date as the user's clock has it, `2026-11-25`, for the head of a printed report.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The browser's own message for an exception (e.g. "The quota has been exceeded."), for notices.
pub fn js_error_text(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &wasm_bindgen::JsValue::from_str("message"))
        .ok()
        .and_then(|message| message.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}
