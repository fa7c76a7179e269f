//! The page's second wasm module: the code of the views a visit does not
//! start with (`crate::deferred`). A release build moves it out of the
//! page's wasm (`scripts/split.mjs`), so the first view costs its visitors
//! neither its download nor its compilation; the loader that build writes
//! into the glue (`globalThis.counterpointSplit`) fetches it, checks its
//! integrity and links it to the page's module.
//!
//! The app asks for it once its first view is drawn (most visits then find
//! it here before they open another view) and at once when a deferred view
//! is asked for first; until it is here that view shows "Loading this
//! view…", and if it cannot come, why, with Retry. A build without the
//! loader (a development build, the component tests, the prerender) has
//! all its code in one module: ready from the start.

use std::cell::RefCell;

/// Where the second module stands, if it is asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Split {
    Ready,
    Loading,
    /// Why the last attempt failed (Retry tries again).
    Failed(String),
}

thread_local! {
    static STATE: RefCell<Option<Split>> = const { RefCell::new(None) };
    static LISTENER: RefCell<Option<std::rc::Rc<dyn Fn()>>> = const { RefCell::new(None) };
}

/// Where it stands, without asking for it.
pub fn state() -> Split {
    if let Some(s) = STATE.with(|s| s.borrow().clone()) {
        return s;
    }
    if web::loaded() { Split::Ready } else { Split::Loading }
}

/// Called when the module arrives or fails (one listener: the app).
pub fn on_change(f: impl Fn() + 'static) {
    LISTENER.with(|l| *l.borrow_mut() = Some(std::rc::Rc::new(f)));
}

/// Asks for the module, unless it is here or on its way (after a failure,
/// asks again).
pub fn load() {
    if matches!(state(), Split::Ready) || STATE.with(|s| s.borrow().clone()) == Some(Split::Loading) {
        return;
    }
    STATE.with(|s| *s.borrow_mut() = Some(Split::Loading));
    web::load(|r| {
        STATE.with(|s| *s.borrow_mut() = Some(r.map_or_else(Split::Failed, |()| Split::Ready)));
        if let Some(f) = LISTENER.with(|l| l.borrow().clone()) {
            f();
        }
    });
}

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::{JsCast, JsValue};

    /// The loader the split build wrote into the glue, if any.
    fn loader() -> Option<js_sys::Object> {
        let l = js_sys::Reflect::get(&js_sys::global(), &"counterpointSplit".into()).ok()?;
        l.dyn_into().ok()
    }

    fn call(loader: &js_sys::Object, method: &str) -> Result<JsValue, JsValue> {
        let f: js_sys::Function = js_sys::Reflect::get(loader, &method.into())?.dyn_into()?;
        f.call0(loader)
    }

    pub fn loaded() -> bool {
        loader().is_none_or(|l| call(&l, "ready").is_ok_and(|r| r.is_truthy()))
    }

    pub fn load(done: impl FnOnce(Result<(), String>) + 'static) {
        let Some(l) = loader() else { return done(Ok(())) };
        let promise = match call(&l, "load").map(js_sys::Promise::from) {
            Ok(p) => p,
            Err(e) => return done(Err(why(&e))),
        };
        wasm_bindgen_futures::spawn_local(async move {
            done(wasm_bindgen_futures::JsFuture::from(promise).await.map(drop).map_err(|e| why(&e)));
        });
    }

    fn why(e: &JsValue) -> String {
        let detail = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
        format!("This view's code could not be loaded ({}). Check the connection and retry.", if detail.is_empty() { "no reason given" } else { &detail })
    }
}

/// Natively (the prerender, the native tests) there is one module.
#[cfg(not(target_arch = "wasm32"))]
mod web {
    pub fn loaded() -> bool {
        true
    }

    pub fn load(done: impl FnOnce(Result<(), String>) + 'static) {
        done(Ok(()))
    }
}
