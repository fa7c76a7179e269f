//! The engine's work runs in a Web Worker of its own (`counterpoint-analyser`,
//! built by Trunk beside the page): analysing pasted text into a draft,
//! joining drafts to the built snapshot, finding how a new article's claims
//! meet the corpus, and writing exports (JSON or CSV of a view, which at
//! thousands of articles is tens of megabytes). The page's start-up wasm
//! carries none of that code, the worker is fetched the first time it is
//! needed, and none of it blocks the page.
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
    pub job: Job,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Job {
    /// Join the user's articles so far (`drafts`), and `text` analysed and
    /// added after them, to the built snapshot.
    Join { drafts: Vec<Draft>, text: Option<Pasted> },
    /// Export what a view shows (`query`, its canonical query string) of the
    /// built snapshot with `delta` applied; permalinks start with `base`.
    Export { delta: Option<Delta>, query: String, base: String, csv: bool },
}

/// An article the user gave: its text, its name (the dropped file's, or
/// "Pasted text"; a `.md` name has the text read as Markdown), and what
/// they said of it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Pasted {
    pub text: String,
    pub name: String,
    pub outlet: Option<String>,
    /// `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
    pub published: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Done {
    Joined(Box<Outcome>),
    /// The export file's text.
    Exported(String),
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
    /// What was wrong with parts of a dropped file (read all the same).
    pub warnings: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub id: u32,
    pub result: Result<Done, String>,
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
        let result = match req.job {
            Job::Join { drafts, text } => self.join(drafts, text).map(|o| Done::Joined(Box::new(o))),
            Job::Export { delta, query, base, csv } => Ok(Done::Exported(self.export(delta.as_ref(), &query, &base, csv))),
        };
        Reply { id: req.id, result }
    }

    fn export(&self, delta: Option<&Delta>, query: &str, base: &str, csv: bool) -> String {
        use counterpoint_core::export::{self, Links, Selection};
        let snap = match delta {
            Some(d) => std::borrow::Cow::Owned(local::apply(self.base.clone(), d)),
            None => std::borrow::Cow::Borrowed(&self.base),
        };
        let idx = counterpoint_core::filter::Index::new(&snap);
        let (view, _) = counterpoint_core::query::parse(query, &snap);
        let sel = Selection::of_view(&snap, &idx, &view);
        let links = Links { base };
        if csv {
            export::csv(&snap, &sel, &links)
        } else {
            serde_json::to_string_pretty(&export::export_selection(&snap, &sel, Some(&links))).unwrap_or_default()
        }
    }

    fn join(&self, drafts: Vec<Draft>, text: Option<Pasted>) -> Result<Outcome, String> {
        let mut drafts = drafts;
        let mut warnings = Vec::new();
        let draft = match text {
            Some(p) => {
                if p.text.len() > local::MAX_ARTICLE_BYTES {
                    return Err(format!("That text is {} KB; one article can be at most {} KB.", p.text.len() / 1024, local::MAX_ARTICLE_BYTES / 1024));
                }
                let given = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
                let meta = counterpoint_core::corpus::FileMeta { outlet: given(p.outlet), published: given(p.published), ..Default::default() };
                let file = local::read_file(&p.name, &p.text, &meta).map_err(|e| format!("No article found in “{}”: {e}.", p.name))?;
                let d = local::draft(&self.gazetteer, &file.text, &p.name, &file.meta).map_err(|e| format!("No article found in that text: {e}."))?;
                drafts.push(d.clone());
                warnings = file.warnings;
                Some(d)
            }
            None => None,
        };
        if drafts.is_empty() {
            return Ok(Outcome { draft, warnings, ..Outcome::default() });
        }
        let merged = local::merge(&self.base, &drafts);
        let relations = match draft {
            Some(_) => local::relations(&merged, merged.articles.len() as u32 - 1),
            None => Vec::new(),
        };
        Ok(Outcome { draft, delta: Some(local::delta(&self.base, &merged, self.fingerprint)), relations, warnings })
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

    fn bytes_value(bytes: &[u8]) -> js_sys::Uint8Array {
        js_sys::Uint8Array::from(bytes)
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
            let _ = reply_to.post_message(&bytes_value(&postcard::to_allocvec(&reply).unwrap_or_default()));
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget(); // lives as long as the worker
        // An empty message says the worker is ready: a message posted while
        // its wasm was still loading would have found no listener.
        let _ = scope.post_message(&bytes_value(&[]));
    }

    type Then = Box<dyn FnOnce(Result<Done, String>)>;

    struct Client {
        worker: web_sys::Worker,
        /// The worker has said it is listening (and has been sent the
        /// snapshot).
        ready: bool,
        /// Requests written before it was ready.
        queued: Vec<Vec<u8>>,
        next: u32,
        /// Requests in flight and what to do with each answer.
        pending: Vec<(u32, Then)>,
        _on_message: Closure<dyn Fn(web_sys::MessageEvent)>,
        _on_error: Closure<dyn Fn(web_sys::Event)>,
    }

    thread_local! {
        static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
    }

    /// Hand an answer to its request (`None`: the worker failed, and every
    /// request in flight gets the error).
    fn settle(id: Option<u32>, result: Result<Done, String>) {
        let waiting: Vec<Then> = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            let Some(c) = c.as_mut() else { return Vec::new() };
            match id {
                Some(id) => c.pending.iter().position(|(p, _)| *p == id).map(|i| vec![c.pending.remove(i).1]).unwrap_or_default(),
                None => c.pending.drain(..).map(|(_, f)| f).collect(),
            }
        });
        for f in waiting {
            f(result.clone());
        }
    }

    fn on_ready() {
        CLIENT.with(|c| {
            if let Some(c) = c.borrow_mut().as_mut() {
                c.ready = true;
                let _ = c.worker.post_message(&bytes_value(&crate::snapshot::bytes()));
                for q in c.queued.drain(..) {
                    let _ = c.worker.post_message(&bytes_value(&q));
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
            // A broken worker is started afresh next time (dropped after
            // this handler has returned).
            wasm_bindgen_futures::spawn_local(async { CLIENT.with(|c| drop(c.borrow_mut().take())) });
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Client { worker, ready: false, queued: Vec::new(), next: 1, pending: Vec::new(), _on_message: on_message, _on_error: on_error })
    }

    /// Send a job to the worker (started on first use) and call `done` with
    /// its outcome or a sentence saying what went wrong. The worker is sent
    /// the whole snapshot: one in pieces has every text fetched first.
    pub fn request(job: Job, done: impl FnOnce(Result<Done, String>) + 'static) {
        // Boxed at once: the code below is made once, not once per caller
        // (bytes).
        request_boxed(job, Box::new(done));
    }

    fn request_boxed(job: Job, done: Then) {
        crate::snapshot::all_texts(move |r| match r {
            Ok(()) => send(job, done),
            Err(why) => done(Err(why)),
        });
    }

    fn send(job: Job, done: Then) {
        let mut done: Option<Then> = Some(done);
        let sent = CLIENT.with(|c| -> Result<(), String> {
            let mut c = c.borrow_mut();
            if c.is_none() {
                *c = Some(start()?);
            }
            let client = c.as_mut().expect("just started");
            let id = client.next;
            client.next += 1;
            let bytes = postcard::to_allocvec(&Request { id, job }).map_err(|e| e.to_string())?;
            client.pending.push((id, done.take().expect("taken once")));
            if client.ready {
                let _ = client.worker.post_message(&bytes_value(&bytes));
            } else {
                client.queued.push(bytes);
            }
            Ok(())
        });
        // Not sent: say so at once.
        if let (Err(e), Some(f)) = (sent, done.take()) {
            f(Err(e));
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{request, serve};

/// Outside a browser there is no worker: answer on the spot.
#[cfg(not(target_arch = "wasm32"))]
pub fn request(job: Job, done: impl FnOnce(Result<Done, String>) + 'static) {
    done(Engine::new(&crate::snapshot::bytes()).and_then(|e| e.answer(Request { id: 0, job }).result))
}

/// Join `drafts` (and `text`, analysed) in the worker.
pub fn join(drafts: Vec<Draft>, text: Option<Pasted>, done: impl FnOnce(Result<Outcome, String>) + 'static) {
    join_boxed(drafts, text, Box::new(done));
}

/// [`join`], made once rather than once per caller (bytes).
fn join_boxed(drafts: Vec<Draft>, text: Option<Pasted>, done: Box<dyn FnOnce(Result<Outcome, String>)>) {
    request(Job::Join { drafts, text }, move |r| {
        done(r.and_then(|d| match d {
            Done::Joined(o) => Ok(*o),
            Done::Exported(_) => Err("The analyser answered another question.".into()),
        }))
    })
}

/// Export a view in the worker.
pub fn export(delta: Option<Delta>, query: String, base: String, csv: bool, done: impl FnOnce(Result<String, String>) + 'static) {
    request(Job::Export { delta, query, base, csv }, move |r| {
        done(r.and_then(|d| match d {
            Done::Exported(text) => Ok(text),
            Done::Joined(_) => Err("The analyser answered another question.".into()),
        }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        Engine::new(&crate::snapshot::bytes()).unwrap()
    }

    fn join(e: &Engine, id: u32, drafts: Vec<Draft>, text: Option<(&str, &str)>) -> Result<Outcome, String> {
        let job = Job::Join { drafts, text: text.map(|(t, n)| Pasted { text: t.into(), name: n.into(), ..Pasted::default() }) };
        let Reply { id: got, result } = e.answer(Request { id, job });
        assert_eq!(got, id);
        result.map(|d| match d {
            Done::Joined(o) => *o,
            Done::Exported(_) => panic!("a join answered with an export"),
        })
    }

    #[test]
    fn the_worker_answers_with_a_draft_and_a_delta_or_a_reason() {
        let e = engine();
        let out = join(&e, 7, vec![], Some(("Talks resume\n\nOfficials said the talks would resume in May.\n", "Pasted text"))).unwrap();
        assert_eq!(out.draft.as_ref().unwrap().title, "Talks resume");
        let delta = out.delta.unwrap();
        assert_eq!(delta.base, crate::snapshot::FINGERPRINT, "the worker and the build fingerprint the same bytes");
        assert_eq!(delta.articles.len(), 1);
        assert!(join(&e, 8, vec![], Some(("   \n", "Pasted text"))).unwrap_err().starts_with("No article found"));
        let huge = "a ".repeat(400_000);
        assert!(join(&e, 9, vec![], Some((&huge, "big.txt"))).unwrap_err().contains("at most 512 KB"));
        // Re-joining drafts without new text; no drafts, no delta.
        assert_eq!(join(&e, 10, vec![out.draft.unwrap()], None).unwrap().delta.unwrap(), delta);
        assert_eq!(join(&e, 11, vec![], None).unwrap(), Outcome::default());
    }

    #[test]
    fn a_dropped_markdown_file_is_read_as_markdown_with_its_metadata() {
        let e = engine();
        let md = "---\ntitle: Harbour dredging halted\nsource Lakeside Ledger\n---\n\n\
            Harbour dredging halted\n\n*Port officials* said on Friday that the dredging would stop.\n";
        let out = join(&e, 3, vec![], Some((md, "harbour.md"))).unwrap();
        let d = out.draft.unwrap();
        // The YAML does not parse: the heading-less text still has its title
        // line, and the worker says what was ignored.
        assert!(!d.text.contains('*') && !d.text.contains("---"), "{}", d.text);
        assert_eq!(out.warnings.len(), 1, "{:?}", out.warnings);
        assert!(out.warnings[0].contains("front matter"));
        let good = "# Harbour dredging halted\n\nSource: Lakeside Ledger\n\nPort officials said on Friday that the dredging would stop.\n";
        let out = join(&e, 4, vec![], Some((good, "harbour.md"))).unwrap();
        let d = out.draft.unwrap();
        assert_eq!((d.title.as_str(), d.outlet.as_deref()), ("Harbour dredging halted", Some("Lakeside Ledger")));
        assert!(out.warnings.is_empty());
        let bare = join(&e, 6, vec![], Some(("# Harbour dredging halted\n", "harbour.md"))).unwrap_err();
        assert!(bare.starts_with("No article found in “harbour.md”: the file has a headline but no article text"), "{bare}");
        // The same text pasted is plain text: the label line stays in it.
        assert!(join(&e, 5, vec![], Some((good, "Pasted text"))).unwrap().draft.unwrap().text.contains("Source:"));
    }

    #[test]
    fn the_worker_exports_a_view_with_the_users_articles() {
        let e = engine();
        let out = join(&e, 1, vec![], Some(("Talks resume in May\n\nChina said the talks would resume in May.\n", "Pasted text"))).unwrap();
        let export = |delta: Option<Delta>, query: &str, csv: bool| match e.answer(Request { id: 2, job: Job::Export { delta, query: query.into(), base: "https://x.org/".into(), csv } }).result.unwrap() {
            Done::Exported(t) => t,
            Done::Joined(_) => panic!("an export answered with a join"),
        };
        let all: serde_json::Value = serde_json::from_str(&export(None, "", false)).unwrap();
        assert_eq!(all["articles"].as_array().unwrap().len(), crate::snapshot::get().articles.len());
        let mine: serde_json::Value = serde_json::from_str(&export(out.delta.clone(), "?view=analyse", false)).unwrap();
        let arts = mine["articles"].as_array().unwrap();
        assert_eq!(arts.len(), 1);
        assert_eq!(arts[0]["local"], true);
        assert!(arts[0]["permalink"].as_str().unwrap().starts_with("https://x.org/?view=article&article=talks-resume-in-may"));
        let csv = export(out.delta, "?entity=china", true);
        assert!(csv.starts_with("kind,id,article,") && csv.contains("talks-resume-in-may"));
    }
}
