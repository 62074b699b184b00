//! Texts kept in the browser's IndexedDB, for what is too large for local storage (a dataset list
//! of tens of thousands of datasets; local storage holds some 5 MB per site). IndexedDB answers
//! through events only: each request or transaction is awaited as a promise that its first
//! success or failure event settles.

use std::cell::RefCell;

use gloo::events::EventListener;
use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{EventTarget, IdbDatabase, IdbTransaction, IdbTransactionMode};

use super::download::js_error_text;

const DATABASE: &str = "redeneerlijn";
const STORE: &str = "autosave";

/// Writes `texts` under `key`, as one record; done once the browser has committed it.
pub async fn put_texts(key: &str, texts: &[String]) -> Result<(), String> {
    let value: Array = texts.iter().map(|text| JsValue::from_str(text)).collect();
    let (database, transaction) = transaction(IdbTransactionMode::Readwrite).await?;
    let store = transaction
        .object_store(STORE)
        .map_err(|e| js_error_text(&e))?;
    store
        .put_with_key(&value, &JsValue::from_str(key))
        .map_err(|e| js_error_text(&e))?;
    let done = settled(&transaction, "complete", &["error", "abort"]).await;
    database.close();
    done
}

/// The texts under `key`, or `None` when there are none.
pub async fn get_texts(key: &str) -> Result<Option<Vec<String>>, String> {
    let (database, transaction) = transaction(IdbTransactionMode::Readonly).await?;
    let store = transaction
        .object_store(STORE)
        .map_err(|e| js_error_text(&e))?;
    let request = store
        .get(&JsValue::from_str(key))
        .map_err(|e| js_error_text(&e))?;
    let done = settled(&request, "success", &["error"]).await;
    database.close();
    done?;
    let Ok(value) = request.result() else {
        return Ok(None);
    };
    if !Array::is_array(&value) {
        return Ok(None);
    }
    Ok(Array::from(&value)
        .iter()
        .map(|text| text.as_string())
        .collect())
}

/// Removes what is under `key`, if anything.
pub async fn delete(key: &str) -> Result<(), String> {
    let (database, transaction) = transaction(IdbTransactionMode::Readwrite).await?;
    let store = transaction
        .object_store(STORE)
        .map_err(|e| js_error_text(&e))?;
    store
        .delete(&JsValue::from_str(key))
        .map_err(|e| js_error_text(&e))?;
    let done = settled(&transaction, "complete", &["error", "abort"]).await;
    database.close();
    done
}

async fn transaction(mode: IdbTransactionMode) -> Result<(IdbDatabase, IdbTransaction), String> {
    let database = open().await?;
    let transaction = database
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|e| js_error_text(&e))?;
    Ok((database, transaction))
}

/// Opens the database, creating its one store the first time.
async fn open() -> Result<IdbDatabase, String> {
    let factory = gloo::utils::window()
        .indexed_db()
        .map_err(|e| js_error_text(&e))?
        .ok_or_else(|| "IndexedDB is not available".to_owned())?;
    let request = factory
        .open_with_u32(DATABASE, 1)
        .map_err(|e| js_error_text(&e))?;
    let upgrading = request.clone();
    let _upgrade = EventListener::once(&request, "upgradeneeded", move |_| {
        if let Ok(database) = upgrading.result() {
            let _ = database
                .unchecked_into::<IdbDatabase>()
                .create_object_store(STORE);
        }
    });
    settled(&request, "success", &["error", "blocked"]).await?;
    request
        .result()
        .map(JsCast::unchecked_into)
        .map_err(|e| js_error_text(&e))
}

/// Waits for `target`'s `done` event, or fails at the first of `failed` with the error it names.
async fn settled(
    target: &EventTarget,
    done: &'static str,
    failed: &[&'static str],
) -> Result<(), String> {
    // The listeners live until the promise is settled; dropping them removes them.
    let listeners = RefCell::new(Vec::new());
    let promise = Promise::new(&mut |resolve, reject| {
        let mut listeners = listeners.borrow_mut();
        listeners.push(EventListener::once(target, done, move |_| {
            let _ = resolve.call0(&JsValue::NULL);
        }));
        for &name in failed {
            let reject = reject.clone();
            let source = target.clone();
            listeners.push(EventListener::once(target, name, move |_| {
                let error = Reflect::get(&source, &JsValue::from_str("error"))
                    .ok()
                    .filter(|error| !error.is_null() && !error.is_undefined())
                    .map_or_else(
                        || format!("IndexedDB: {name}"),
                        |error| js_error_text(&error),
                    );
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&error));
            }));
        }
    });
    let outcome = JsFuture::from(promise).await;
    drop(listeners);
    outcome
        .map(|_| ())
        .map_err(|error| error.as_string().unwrap_or_else(|| js_error_text(&error)))
}
