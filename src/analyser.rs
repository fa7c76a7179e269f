//! Analysing a pasted article: the engine runs in a Web Worker of its own
//! (`counterpoint-analyser`, built by Trunk beside the page). The page's
//! start-up wasm carries no extraction code, the worker is fetched the first
//! time it is needed, and a long article never blocks the page.
//!
//! The two sides speak postcard: a [`Request`] in, a [`Reply`] out.
//! [`answer`] is the worker's whole job, pure and tested natively.

use counterpoint_core::assemble::Draft;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: u32,
    pub text: String,
    /// The dropped file's name, or "Pasted text".
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub id: u32,
    pub result: Result<Draft, String>,
}

/// The corpus's own names (from `build.rs`): the worker reads pasted text
/// with the gazetteer the corpus was read with.
static NAMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.bin"));

thread_local! {
    static GAZETTEER: counterpoint_core::entities::Gazetteer = {
        let names: Vec<counterpoint_core::entities::ExtraEntry> = postcard::from_bytes(NAMES).unwrap_or_default();
        counterpoint_core::entities::Gazetteer::base(&names)
    };
}

/// Analyse one request.
pub fn answer(req: Request) -> Reply {
    let result = if req.text.len() > counterpoint_core::local::MAX_ARTICLE_BYTES {
        Err(format!(
            "That text is {} KB; one article can be at most {} KB.",
            req.text.len() / 1024,
            counterpoint_core::local::MAX_ARTICLE_BYTES / 1024
        ))
    } else {
        GAZETTEER.with(|g| counterpoint_core::local::draft(g, &req.text, &req.name)).map_err(|e| format!("No article found in that text: {e}."))
    };
    Reply { id: req.id, result }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// The worker's entry point: answer every message.
    pub fn serve() {
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply_to = scope.clone();
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let bytes = js_sys::Uint8Array::new(&e.data()).to_vec();
            let reply = match postcard::from_bytes::<Request>(&bytes) {
                Ok(req) => answer(req),
                Err(e) => Reply { id: 0, result: Err(format!("The page sent a request the analyser cannot read ({e}).")) },
            };
            let out = postcard::to_allocvec(&reply).unwrap_or_default();
            let _ = reply_to.post_message(&js_sys::Uint8Array::from(out.as_slice()));
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget(); // lives as long as the worker
        // An empty message says the worker is ready: a request posted while
        // its wasm was still loading would have found no listener.
        let _ = scope.post_message(&js_sys::Uint8Array::new_with_length(0));
    }

    type Done = Box<dyn FnOnce(Result<Draft, String>)>;

    struct Client {
        worker: web_sys::Worker,
        /// The worker has said it is listening.
        ready: bool,
        /// A request written before it was ready.
        queued: Option<Vec<u8>>,
        next: u32,
        /// The request in flight and what to do with its answer; a newer
        /// request replaces it (its answer is then ignored).
        pending: Option<(u32, Done)>,
        _on_message: Closure<dyn Fn(web_sys::MessageEvent)>,
        _on_error: Closure<dyn Fn(web_sys::Event)>,
    }

    thread_local! {
        static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
    }

    fn settle(id: Option<u32>, result: Result<Draft, String>) {
        let done = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            let c = c.as_mut()?;
            match (&c.pending, id) {
                (Some((p, _)), Some(id)) if *p != id => None,
                _ => c.pending.take().map(|(_, f)| f),
            }
        });
        if let Some(f) = done {
            f(result);
        }
    }

    fn start() -> Result<Client, String> {
        // Beside the page, whatever path the site is under.
        let worker = web_sys::Worker::new("./counterpoint-analyser_loader.js").map_err(|_| "The analyser could not be started in this browser.".to_string())?;
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
            let bytes = js_sys::Uint8Array::new(&e.data()).to_vec();
            if bytes.is_empty() {
                CLIENT.with(|c| {
                    if let Some(c) = c.borrow_mut().as_mut() {
                        c.ready = true;
                        if let Some(q) = c.queued.take() {
                            let _ = c.worker.post_message(&js_sys::Uint8Array::from(q.as_slice()));
                        }
                    }
                });
                return;
            }
            match postcard::from_bytes::<Reply>(&bytes) {
                Ok(r) => settle(Some(r.id), r.result),
                Err(e) => settle(None, Err(format!("The analyser's answer could not be read ({e})."))),
            }
        });
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(|_e: web_sys::Event| {
            settle(None, Err("The analyser stopped with an error; reload the page and try again.".into()));
            // A broken worker is started afresh next time.
            CLIENT.with(|c| c.borrow_mut().take());
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Client { worker, ready: false, queued: None, next: 1, pending: None, _on_message: on_message, _on_error: on_error })
    }

    /// Analyse `text` in the worker (started on first use) and call `done`
    /// with the draft or a sentence saying what went wrong.
    pub fn analyse(text: String, name: String, done: impl FnOnce(Result<Draft, String>) + 'static) {
        let sent = CLIENT.with(|c| -> Result<(), String> {
            let mut c = c.borrow_mut();
            if c.is_none() {
                *c = Some(start()?);
            }
            let client = c.as_mut().expect("just started");
            let id = client.next;
            client.next += 1;
            let bytes = postcard::to_allocvec(&Request { id, text, name }).map_err(|e| e.to_string())?;
            client.pending = Some((id, Box::new(done)));
            if !client.ready {
                client.queued = Some(bytes);
                return Ok(());
            }
            client.worker.post_message(&js_sys::Uint8Array::from(bytes.as_slice())).map_err(|_| "The analyser did not take the text.".to_string())
        });
        if let Err(e) = sent {
            settle(None, Err(e));
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{analyse, serve};

/// Outside a browser there is no worker: analyse on the spot.
#[cfg(not(target_arch = "wasm32"))]
pub fn analyse(text: String, name: String, done: impl FnOnce(Result<Draft, String>) + 'static) {
    done(answer(Request { id: 0, text, name }).result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_answers_with_a_draft_or_a_reason() {
        let ok = answer(Request { id: 7, text: "Talks resume\n\nOfficials said the talks would resume in May.\n".into(), name: "Pasted text".into() });
        assert_eq!(ok.id, 7);
        assert_eq!(ok.result.unwrap().title, "Talks resume");
        let empty = answer(Request { id: 8, text: "   \n".into(), name: "Pasted text".into() });
        assert!(empty.result.unwrap_err().starts_with("No article found"));
        let huge = answer(Request { id: 9, text: "a ".repeat(400_000), name: "big.txt".into() });
        assert!(huge.result.unwrap_err().contains("at most 512 KB"));
    }
}
