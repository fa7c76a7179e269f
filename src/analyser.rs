//! The engine's work for the user's own articles runs in a Web Worker of its
//! own (`counterpoint-analyser`, built by Trunk beside the page): analysing
//! pasted text into a draft, joining drafts to the built snapshot, and
//! finding how a new article's claims meet the corpus. The page's start-up
//! wasm carries none of that code, the worker is fetched the first time it
//! is needed, and a long article never blocks the page.
//!
//! The page first sends the worker the built snapshot's bytes, then
//! postcard [`Request`]s; the worker answers each with a [`Reply`].
//! [`Engine::answer`] is the worker's whole job, pure and tested natively.

use counterpoint_core::assemble::Draft;
use counterpoint_core::local::{self, Delta, Related};
use counterpoint_core::model::Snapshot;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub id: u32,
    /// The user's articles so far.
    pub drafts: Vec<Draft>,
    /// Text to analyse and add after them, with its name (the dropped
    /// file's, or "Pasted text").
    pub text: Option<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The analysed text, when the request had one.
    pub draft: Option<Draft>,
    /// The built snapshot joined with all the drafts (none when there are
    /// no drafts).
    pub delta: Option<Delta>,
    /// How the analysed article's claims meet the others.
    pub relations: Vec<Related>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub id: u32,
    pub result: Result<Outcome, String>,
}

/// The corpus's own names (from `build.rs`): the worker reads pasted text
/// with the gazetteer the corpus was read with.
static NAMES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.bin"));

/// The worker's state: the built snapshot and the gazetteer.
pub struct Engine {
    base: Snapshot,
    fingerprint: u64,
    gazetteer: counterpoint_core::entities::Gazetteer,
}

impl Engine {
    /// From the built snapshot's bytes.
    pub fn new(base_bytes: &[u8]) -> Result<Engine, String> {
        let base: Snapshot = postcard::from_bytes(base_bytes).map_err(|e| format!("The analyser could not read the corpus ({e})."))?;
        let names: Vec<counterpoint_core::entities::ExtraEntry> = postcard::from_bytes(NAMES).unwrap_or_default();
        Ok(Engine { base, fingerprint: local::fingerprint(base_bytes), gazetteer: counterpoint_core::entities::Gazetteer::base(&names) })
    }

    pub fn answer(&self, req: Request) -> Reply {
        Reply { id: req.id, result: self.work(req) }
    }

    fn work(&self, req: Request) -> Result<Outcome, String> {
        let mut drafts = req.drafts;
        let draft = match req.text {
            Some((text, name)) => {
                if text.len() > local::MAX_ARTICLE_BYTES {
                    return Err(format!("That text is {} KB; one article can be at most {} KB.", text.len() / 1024, local::MAX_ARTICLE_BYTES / 1024));
                }
                let d = local::draft(&self.gazetteer, &text, &name).map_err(|e| format!("No article found in that text: {e}."))?;
                drafts.push(d.clone());
                Some(d)
            }
            None => None,
        };
        if drafts.is_empty() {
            return Ok(Outcome { draft, delta: None, relations: Vec::new() });
        }
        let merged = local::merge(&self.base, &drafts);
        let relations = match draft {
            Some(_) => local::relations(&merged, merged.articles.len() as u32 - 1),
            None => Vec::new(),
        };
        Ok(Outcome { draft, delta: Some(local::delta(&self.base, &merged, self.fingerprint)), relations })
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    fn bytes_of(e: &web_sys::MessageEvent) -> Vec<u8> {
        js_sys::Uint8Array::new(&e.data()).to_vec()
    }

    fn post(target: &impl Poster, bytes: &[u8]) {
        target.post(&js_sys::Uint8Array::from(bytes));
    }

    trait Poster {
        fn post(&self, v: &JsValue);
    }
    impl Poster for web_sys::DedicatedWorkerGlobalScope {
        fn post(&self, v: &JsValue) {
            let _ = self.post_message(v);
        }
    }
    impl Poster for web_sys::Worker {
        fn post(&self, v: &JsValue) {
            let _ = self.post_message(v);
        }
    }

    /// The worker's entry point: the first message is the built snapshot,
    /// every later one a request.
    pub fn serve() {
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply_to = scope.clone();
        let engine: RefCell<Option<Result<Engine, String>>> = RefCell::new(None);
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let bytes = bytes_of(&e);
            let mut engine = engine.borrow_mut();
            let Some(ready) = engine.as_ref() else {
                *engine = Some(Engine::new(&bytes));
                return;
            };
            let reply = match (ready, postcard::from_bytes::<Request>(&bytes)) {
                (Ok(eng), Ok(req)) => eng.answer(req),
                (Err(why), Ok(req)) => Reply { id: req.id, result: Err(why.clone()) },
                (_, Err(e)) => Reply { id: 0, result: Err(format!("The page sent a request the analyser cannot read ({e}).")) },
            };
            post(&reply_to, &postcard::to_allocvec(&reply).unwrap_or_default());
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget(); // lives as long as the worker
        // An empty message says the worker is ready: a message posted while
        // its wasm was still loading would have found no listener.
        post(&scope, &[]);
    }

    type Done = Box<dyn FnOnce(Result<Outcome, String>)>;

    struct Client {
        worker: web_sys::Worker,
        /// The worker has said it is listening (and has been sent the
        /// snapshot).
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

    fn settle(id: Option<u32>, result: Result<Outcome, String>) {
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

    fn on_ready() {
        CLIENT.with(|c| {
            if let Some(c) = c.borrow_mut().as_mut() {
                c.ready = true;
                post(&c.worker, crate::snapshot::bytes());
                if let Some(q) = c.queued.take() {
                    post(&c.worker, &q);
                }
            }
        });
    }

    fn start() -> Result<Client, String> {
        // Beside the page, whatever path the site is under.
        let worker = web_sys::Worker::new("./counterpoint-analyser_loader.js").map_err(|_| "The analyser could not be started in this browser.".to_string())?;
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
            let bytes = bytes_of(&e);
            if bytes.is_empty() {
                return on_ready();
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

    /// Send a request to the worker (started on first use) and call `done`
    /// with its outcome or a sentence saying what went wrong.
    pub fn request(drafts: Vec<Draft>, text: Option<(String, String)>, done: impl FnOnce(Result<Outcome, String>) + 'static) {
        let sent = CLIENT.with(|c| -> Result<(), String> {
            let mut c = c.borrow_mut();
            if c.is_none() {
                *c = Some(start()?);
            }
            let client = c.as_mut().expect("just started");
            let id = client.next;
            client.next += 1;
            let bytes = postcard::to_allocvec(&Request { id, drafts, text }).map_err(|e| e.to_string())?;
            client.pending = Some((id, Box::new(done)));
            if client.ready {
                post(&client.worker, &bytes);
            } else {
                client.queued = Some(bytes);
            }
            Ok(())
        });
        if let Err(e) = sent {
            settle(None, Err(e));
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{request, serve};

/// Outside a browser there is no worker: answer on the spot.
#[cfg(not(target_arch = "wasm32"))]
pub fn request(drafts: Vec<Draft>, text: Option<(String, String)>, done: impl FnOnce(Result<Outcome, String>) + 'static) {
    let result = Engine::new(crate::snapshot::bytes()).and_then(|e| e.answer(Request { id: 0, drafts, text }).result);
    done(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        Engine::new(crate::snapshot::bytes()).unwrap()
    }

    #[test]
    fn the_worker_answers_with_a_draft_and_a_delta_or_a_reason() {
        let e = engine();
        let ok = e.answer(Request { id: 7, drafts: vec![], text: Some(("Talks resume\n\nOfficials said the talks would resume in May.\n".into(), "Pasted text".into())) });
        assert_eq!(ok.id, 7);
        let out = ok.result.unwrap();
        assert_eq!(out.draft.as_ref().unwrap().title, "Talks resume");
        let delta = out.delta.unwrap();
        assert_eq!(delta.base, crate::snapshot::FINGERPRINT, "the worker and the build fingerprint the same bytes");
        assert_eq!(delta.articles.len(), 1);
        let empty = e.answer(Request { id: 8, drafts: vec![], text: Some(("   \n".into(), "Pasted text".into())) });
        assert!(empty.result.unwrap_err().starts_with("No article found"));
        let huge = e.answer(Request { id: 9, drafts: vec![], text: Some(("a ".repeat(400_000), "big.txt".into())) });
        assert!(huge.result.unwrap_err().contains("at most 512 KB"));
        // Re-joining drafts without new text; no drafts, no delta.
        let again = e.answer(Request { id: 10, drafts: vec![out.draft.unwrap()], text: None }).result.unwrap();
        assert_eq!(again.delta.unwrap(), delta);
        assert_eq!(e.answer(Request { id: 11, drafts: vec![], text: None }).result.unwrap(), Outcome::default());
    }
}
