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
//! view…", and if it cannot come, why, with Retry. A visit with saved
//! articles waits for it before its first view (their join is in it), and
//! an export asked for before it is here waits for it ([`when_ready`]). A
//! build without the loader (a development build, the component tests,
//! the prerender) has all its code in one module: ready from the start.

use std::cell::RefCell;

/// Where the second module stands, if it is asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Split {
    Ready,
    Loading,
    /// Why the last attempt failed (Retry tries again).
    Failed(String),
}

/// Someone waiting for the module (see [`when_ready`]).
type Waiter = Box<dyn FnOnce(Result<(), String>)>;

thread_local! {
    static STATE: RefCell<Option<Split>> = const { RefCell::new(None) };
    static LISTENER: RefCell<Option<std::rc::Rc<dyn Fn()>>> = const { RefCell::new(None) };
    static WAITERS: RefCell<Vec<Waiter>> = const { RefCell::new(Vec::new()) };
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

/// Call `done` once the module is here (at once if it is), asking for it,
/// or with why it could not come: what runs a door other than a view's
/// (a visit with saved articles starts with their join, an export).
pub fn when_ready(done: impl FnOnce(Result<(), String>) + 'static) {
    if state() == Split::Ready {
        return done(Ok(()));
    }
    WAITERS.with(|w| w.borrow_mut().push(Box::new(done)));
    load();
}

/// Asks for the module, unless it is here or on its way (after a failure,
/// asks again).
pub fn load() {
    if matches!(state(), Split::Ready) || STATE.with(|s| s.borrow().clone()) == Some(Split::Loading) {
        return;
    }
    STATE.with(|s| *s.borrow_mut() = Some(Split::Loading));
    web::load(|r| {
        STATE.with(|s| *s.borrow_mut() = Some(r.clone().map_or_else(Split::Failed, |()| Split::Ready)));
        for w in WAITERS.with(|w| std::mem::take(&mut *w.borrow_mut())) {
            w(r.clone());
        }
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
        format!("Part of the page could not be loaded ({}). Check the connection and retry.", if detail.is_empty() { "no reason given" } else { &detail })
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
