//! Reading a corpus in pieces (`crate::snapshot`): the head, the search's
//! words and the text chunks, decoded and put together here. The page's
//! first module only fetches those files and keeps where they stand; this
//! code is needed only once the head has come, behind the first view (the
//! front), so it is fetched with it, in the second module. A page whose
//! snapshot is embedded never runs it.
//!
//! Long work (the head of 100,000 articles is read and indexed in about a
//! second, their search's words in a few hundred milliseconds) is cut into
//! steps and run in browser tasks of at most [`TASK_MS`] each
//! ([`in_tasks`]), so the page stays responsive while it comes.

use crate::snapshot::{self, Fetched, Texts};
use counterpoint_core::chunks::{self, HeadError, TextChunk};
use counterpoint_core::filter::{Index, Indexing};
use counterpoint_core::model::Snapshot;
use counterpoint_core::query::View;
use counterpoint_core::search::{Of, WordsReading};
use std::cell::RefCell;
use std::rc::Rc;

/// Someone waiting for the head.
pub type Done = Box<dyn FnOnce(Result<(), String>)>;

/// Read the head's `bytes` (fetched from `path`) a slice at a time
/// (`chunks::Reading`), index it a step at a time (`filter::Indexing`),
/// then make it the snapshot (`snapshot::set_head`) and call `done`. The
/// snapshot and its index are set together at the end, so nothing drawn in
/// between finds one without the other.
pub fn head(bytes: Vec<u8>, path: &'static str, done: Done) {
    let failed = move |e: HeadError| match e {
        HeadError::OtherVersion => format!("The corpus ({path}) was written by another version of Counterpoint; reload the page."),
        HeadError::Unreadable(why) => format!("The corpus ({path}) could not be loaded: it could not be read ({why})."),
    };
    // The first step reads the head's top: the task that fetched it has
    // copied its bytes (about 40 MB at 100,000 articles) already.
    let mut bytes = Some(bytes);
    let reading: Rc<RefCell<Option<chunks::Reading>>> = Rc::default();
    let step = reading.clone();
    in_tasks(
        Box::new(move || {
            let mut r = step.borrow_mut();
            match (r.as_mut(), bytes.take()) {
                (Some(r), _) => r.step().map_err(failed),
                (None, Some(bytes)) => {
                    *r = Some(chunks::Reading::new(bytes).map_err(failed)?);
                    Ok(false)
                }
                (None, None) => Ok(true),
            }
        }),
        Box::new(move |read| {
            let head = read.and_then(|()| {
                // Called once: the reading is here.
                let r = reading.take().ok_or_else(|| failed(HeadError::OtherVersion))?;
                r.finish().map_err(failed)
            });
            match head {
                Ok(head) => index_head(head, done),
                Err(why) => done(Err(why)),
            }
        }),
    );
}

/// Index the head just read, a step at a time, then make it the snapshot.
fn index_head(head: chunks::Opened, done: Done) {
    let snap = Rc::new(head.skeleton);
    let indexing = Rc::new(RefCell::new(Some(Indexing::new(&snap))));
    let (step_snap, step) = (snap.clone(), indexing.clone());
    in_tasks(
        Box::new(move || Ok(step.borrow_mut().as_mut().is_none_or(|i| i.step(&step_snap)))),
        Box::new(move |_| {
            let index = indexing.take().map(|i| i.finish(&snap));
            snapshot::set_head(snap, index, head.chunk_of, head.files);
            // The first view is drawn in a task of its own, not after the
            // last step's.
            crate::browser::next_task(move || done(Ok(())))
        }),
    );
}

/// Read the search's words `of` the articles or the claims (`bytes`,
/// fetched from `path`; `n` of them) a slice per step, then give them to
/// the index and say so (`snapshot::words_read`).
pub fn words(of: Of, bytes: Vec<u8>, n: usize, path: &'static str) {
    let reading = match WordsReading::new(bytes, n) {
        Ok(r) => Rc::new(RefCell::new(Some(r))),
        Err(why) => return snapshot::words_read(of, snapshot::words_failed(path, &why)),
    };
    let step = reading.clone();
    in_tasks(
        Box::new(move || step.borrow_mut().as_mut().map_or(Ok(true), WordsReading::step)),
        Box::new(move |read| {
            let state = match (read, reading.take()) {
                (Ok(()), Some(r)) => {
                    snapshot::index().give_words(of, r.finish());
                    Texts::Ready
                }
                (Err(why), _) => snapshot::words_failed(path, &why),
                (Ok(()), None) => snapshot::words_failed(path, "it was not read"),
            };
            snapshot::words_read(of, state)
        }),
    );
}

/// A text chunk's bytes, decoded.
pub fn chunk(bytes: &[u8]) -> Result<TextChunk, String> {
    postcard::from_bytes::<TextChunk>(bytes).map_err(|e| format!("it could not be read ({e})"))
}

/// Put the bodies of the chunks that came into `fetched`, each checked
/// against the head `snap` first: for each, whether it fits (a file that
/// does not is of another build, in a deployment mixing two: its texts
/// stay out, and the view says so).
pub fn put(snap: &Snapshot, fetched: &Fetched, came: super::Came) -> super::Fits {
    came.into_iter()
        .map(|(c, chunk)| {
            let fits = chunks::check(snap, &chunk).map(|()| {
                for (&a, body) in chunk.articles.iter().zip(chunk.bodies) {
                    // Each chunk is fetched once: its cells are empty.
                    let _ = fetched[a as usize].set(body);
                }
            });
            (c, fits.map_err(|why| format!("Part of the corpus does not match this page ({why}); reload the page.")))
        })
        .collect()
}

/// The snapshot with every text in (each fetched body put into its
/// article): its one copy, which the analyser reads.
pub fn whole(snap: &Snapshot, fetched: &Fetched) -> Snapshot {
    let mut whole = snap.clone();
    for (a, body) in whole.articles.iter_mut().zip(fetched.iter()) {
        if let Some(body) = body.get() {
            body.put_into(a);
        }
    }
    whole
}

/// The articles whose texts the view `v` shows (`chunks::shown_articles`;
/// the claims view's cards among them).
pub fn shown(snap: &Snapshot, idx: &Index, v: &View, matching: &[usize]) -> Option<Vec<usize>> {
    chunks::shown_articles(snap, idx, v, matching, super::claims::CARDS_PER_SIDE)
}

/// Most of a browser task spent reading or indexing (ms): well under the
/// 50 ms past which a task holds the page up, and not so little that the
/// tasks' own cost (a few ms each, from one to the next) adds up.
const TASK_MS: f64 = 25.0;

/// A step of long work: `Ok(true)` once it is all done.
type Step = Box<dyn FnMut() -> Result<bool, String>>;

/// Run `step` until it is done (or fails), in tasks of the browser's of at
/// most about [`TASK_MS`] each, then `then`: a task ends when another step
/// as long as the last would take it past. (Boxed: one copy of this in the
/// wasm for every kind of step.)
fn in_tasks(mut step: Step, then: Box<dyn FnOnce(Result<(), String>)>) {
    crate::browser::next_task(move || {
        let start = now();
        loop {
            let before = now();
            let done = step();
            let (spent, last) = (now() - start, now() - before);
            match done {
                Ok(false) if spent + last < TASK_MS => {}
                Ok(false) => return in_tasks(step, then),
                Ok(true) => return then(Ok(())),
                Err(why) => return then(Err(why)),
            }
        }
    });
}

/// Milliseconds from some fixed moment (the page's clock; natively 0, so a
/// native run takes every step in one go).
#[cfg(target_arch = "wasm32")]
fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

#[cfg(not(target_arch = "wasm32"))]
fn now() -> f64 {
    0.0
}
