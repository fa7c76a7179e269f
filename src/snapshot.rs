//! The built snapshot: embedded in the wasm for a small corpus, or fetched
//! in pieces beside the page for a large one (`counterpoint_core::chunks`;
//! `build.rs` decides). Either way it is decoded once and kept for the
//! life of the page.
//!
//! In pieces, the head (every article without its text) comes first: the
//! page cannot show anything before it ([`load_head`]). A view then asks
//! [`texts`] for the texts it shows; the chunks holding them are fetched
//! (each once, cached by the browser under its content-hashed name), their
//! articles' bodies (text, paragraphs, mentions) kept beside the snapshot
//! ([`fetched`]: filling them in never copies it), and the page is told
//! through [`on_change`]. Once every text is here (analysing an article)
//! they are put into the snapshot, once: the analyser reads them there.
//!
//! A search fetches the search's words ([`words`]: of the articles, and of
//! the disputed claims for the claims view and the timeline) and then the
//! texts of the results it shows, as any view does; only analysing an
//! article wants every text.
//!
//! Before the head, a visit to the unfiltered list gets the corpus's front
//! (`counterpoint_core::front`: the list's first page and the panel's
//! counts, a few kilobytes): [`load_front`] fetches it, the page draws it,
//! and [`load_behind`] fetches the head behind it.
//!
//! This module fetches the pieces and keeps where they stand; the code that
//! reads them (the head, the search's words, the chunks) is the second
//! module's (`deferred::pieces`), asked for with the head and called
//! through its doors: the first view (the front) needs none of it, and a
//! page whose snapshot is embedded never runs it.

use crate::deferred;
use counterpoint_core::chunks::{self, Body, TextChunk};
use counterpoint_core::filter::Index;
use counterpoint_core::front::{Front, Totals};
use counterpoint_core::search::Of;
use counterpoint_core::model::{Snapshot, SNAPSHOT_VERSION};
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

/// The snapshot's bytes when it is embedded; empty when it is in pieces.
static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/snapshot.bin"));

/// The head's path relative to the page, when the snapshot is in pieces.
pub const HEAD: Option<&str> = include!(concat!(env!("OUT_DIR"), "/snapshot_head.rs"));

/// The front's path relative to the page (the first view, drawn before the
/// head is here), when the snapshot is in pieces.
pub const FRONT: Option<&str> = include!(concat!(env!("OUT_DIR"), "/snapshot_front.rs"));

/// The paths of the search's words of the articles and of the disputed
/// claims, relative to the page (`counterpoint_core::search`), when the
/// snapshot is in pieces.
pub const WORDS: Option<[&str; 2]> = include!(concat!(env!("OUT_DIR"), "/snapshot_words.rs"));

/// The fingerprint of the whole snapshot's bytes
/// (`counterpoint_core::local::fingerprint`), computed by the build.
pub const FINGERPRINT: u64 = include!(concat!(env!("OUT_DIR"), "/snapshot_fingerprint.rs"));

/// Where one text chunk stands.
#[derive(Clone, Debug, PartialEq)]
enum Chunk {
    Absent,
    Loading,
    /// Fetched, waiting to be put into the snapshot with the others in
    /// flight (not yet readable).
    Arrived,
    Loaded,
    Failed(String),
}

/// Someone waiting for every text.
type Waiter = Box<dyn FnOnce(Result<(), String>)>;

/// The snapshot's pieces as far as they have come.
#[derive(Default)]
struct Pieces {
    chunk_of: Vec<u32>,
    files: Vec<String>,
    state: Vec<Chunk>,
    /// Chunks fetched but not yet readable: they are checked and put in
    /// together once nothing is in flight (one redraw).
    arrived: Vec<(usize, TextChunk)>,
    /// Waiting for every text (the analyser worker's callers).
    waiters: Vec<Waiter>,
    /// Chunks asked for and not yet fetched, in the order asked: at most
    /// [`IN_FLIGHT`] requests are open at once.
    queue: std::collections::VecDeque<usize>,
    in_flight: usize,
}

/// Most chunk requests open at once. A search at 100,000 articles wants
/// 2,000 chunks, and a browser refuses a page that opens that many
/// requests at once (Chromium: `ERR_INSUFFICIENT_RESOURCES`); a few at a
/// time keep the connection busy all the same.
const IN_FLIGHT: usize = 8;

/// While many chunks come, the page redraws its progress once this many
/// have arrived.
const PROGRESS_EVERY: usize = 25;

thread_local! {
    static SNAPSHOT: RefCell<Option<Rc<Snapshot>>> = const { RefCell::new(None) };
    static INDEX: RefCell<Option<Rc<Index>>> = const { RefCell::new(None) };
    static PIECES: RefCell<Pieces> = RefCell::new(Pieces::default());
    static LISTENER: RefCell<Option<Rc<dyn Fn()>>> = const { RefCell::new(None) };
    static WHOLE: RefCell<Option<Rc<[u8]>>> = const { RefCell::new(None) };
    static FETCHED: RefCell<Fetched> = RefCell::new(Rc::from([]));
    static FRONT_DRAWN: RefCell<Option<Drawn>> = const { RefCell::new(None) };
    static BEHIND: RefCell<Behind> = const { RefCell::new(Behind { state: None, waiters: Vec::new() }) };
    /// Where the search's words of the articles and of the claims stand.
    static SEARCH: RefCell<[Option<Texts>; 2]> = const { RefCell::new([None, None]) };
}

/// The front as the page draws it: its snapshot, that snapshot's index,
/// and the corpus's counts.
pub type Drawn = (Rc<Snapshot>, Rc<Index>, Rc<Totals>);

/// The head fetched behind the front: where it stands (`None`: not asked
/// for), and who waits for it.
struct Behind {
    state: Option<Texts>,
    waiters: Vec<Waiter>,
}

/// The built articles' bodies fetched so far (a corpus in pieces, until
/// every text is in the snapshot), by article; empty otherwise.
pub type Fetched = Rc<[OnceCell<Body>]>;

/// The bodies fetched so far, beside the snapshot ([`get`]): an article's
/// text is here when its cell is set, else in the snapshot.
pub fn fetched() -> Fetched {
    FETCHED.with(|f| f.borrow().clone())
}

/// Is the snapshot (or its head) here? Always, when it is embedded.
pub fn ready() -> bool {
    HEAD.is_none() || SNAPSHOT.with(|s| s.borrow().is_some())
}

/// The corpus snapshot (in pieces: the head, with the texts fetched so
/// far). Only called once [`ready`]. Decoding cannot fail for bytes this
/// build wrote; a mismatch is a build bug and is reported as such.
pub fn get() -> Rc<Snapshot> {
    SNAPSHOT.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(|| {
                assert!(HEAD.is_none(), "the snapshot's head is read before the page is drawn");
                // Display, not Debug, for the error and no `assert_eq!`:
                // either would link formatting code only a build bug needs.
                let snap: Snapshot = postcard::from_bytes(BYTES).unwrap_or_else(|e| panic!("the embedded snapshot was not written by this build: {e}"));
                assert!(snap.version == SNAPSHOT_VERSION, "the embedded snapshot's version is not this build's");
                Rc::new(snap)
            })
            .clone()
    })
}

/// Lookups over the built snapshot, built on first use (in pieces: in
/// steps, as the head is read). Texts coming in change nothing it holds:
/// it is kept, with the search's words given to it.
pub fn index() -> Rc<Index> {
    INDEX.with(|i| i.borrow_mut().get_or_insert_with(|| Rc::new(Index::new(&get()))).clone())
}

/// The whole snapshot's bytes, as the build wrote them (the analyser
/// worker is sent a copy). In pieces, only once [`all_texts`] has
/// succeeded: the snapshot with every text in encodes to the same bytes.
pub fn bytes() -> Rc<[u8]> {
    assert!(HEAD.is_none() || state_of(&every_chunk()) == Texts::Ready, "the whole snapshot is asked for before all its texts are here");
    WHOLE.with(|w| {
        w.borrow_mut()
            .get_or_insert_with(|| match HEAD {
                None => Rc::from(BYTES),
                Some(_) => Rc::from(postcard::to_allocvec(&*get()).unwrap_or_else(|e| panic!("a snapshot encodes: {e}"))),
            })
            .clone()
    })
}

/// Called whenever fetched texts have been put into the snapshot, or a
/// fetch failed: the page redraws from [`get`] and [`texts`].
pub fn on_change(f: impl Fn() + 'static) {
    LISTENER.with(|l| *l.borrow_mut() = Some(Rc::new(f)));
}

fn changed() {
    if let Some(f) = LISTENER.with(|l| l.borrow().clone()) {
        f();
    }
}

/// Whether the texts a view shows are here.
#[derive(Clone, Debug, PartialEq)]
pub enum Texts {
    Ready,
    Loading,
    /// A chunk could not be fetched: why, for the reader.
    Failed(String),
}

/// The state of the texts of `articles` (`None`: every article's), and a
/// fetch started for each chunk of them not yet here (a failed one only
/// through [`retry`]).
pub fn texts(articles: Option<&[usize]>) -> Texts {
    if HEAD.is_none() {
        return Texts::Ready;
    }
    if !ready() {
        return behind();
    }
    let wanted = wanted(articles);
    let state = state_of(&wanted);
    if state == Texts::Loading {
        fetch_chunks(&wanted);
    }
    state
}

/// How many of the chunks holding the texts of `articles` (`None`: every
/// article's) are here, and of how many: what a view waiting for them shows.
pub fn progress(articles: Option<&[usize]>) -> (usize, usize) {
    if HEAD.is_none() {
        return (0, 0);
    }
    let wanted = wanted(articles);
    let here = PIECES.with(|p| {
        let p = p.borrow();
        wanted.iter().filter(|&&c| matches!(p.state[c as usize], Chunk::Arrived | Chunk::Loaded)).count()
    });
    (here, wanted.len())
}

/// The chunks holding the texts of `articles` (`None`: every article's).
fn wanted(articles: Option<&[usize]>) -> Vec<u32> {
    match articles {
        Some(a) => PIECES.with(|p| chunks::chunks_of(a, &p.borrow().chunk_of)),
        None => every_chunk(),
    }
}

/// Where the chunks `wanted` stand together (nothing is fetched).
fn state_of(wanted: &[u32]) -> Texts {
    PIECES.with(|p| {
        let p = p.borrow();
        let states: Vec<&Chunk> = wanted.iter().map(|&c| &p.state[c as usize]).collect();
        if let Some(Chunk::Failed(why)) = states.iter().find(|s| matches!(s, Chunk::Failed(_))) {
            Texts::Failed(why.clone())
        } else if states.iter().all(|s| **s == Chunk::Loaded) {
            Texts::Ready
        } else {
            Texts::Loading
        }
    })
}

fn every_chunk() -> Vec<u32> {
    PIECES.with(|p| (0..p.borrow().files.len() as u32).collect())
}

/// Whether the search's words `of` the articles or the claims are here;
/// fetched on the first such search of a corpus in pieces (not every text:
/// the words, and the texts of the results shown), and given to the index.
pub fn words(of: Of) -> Texts {
    let Some(paths) = WORDS else { return Texts::Ready };
    if !ready() {
        return behind();
    }
    let k = of as usize;
    // Once here they stay, in the index (which every text coming in keeps).
    match SEARCH.with(|s| s.borrow()[k].clone()) {
        Some(state) => return state,
        None => SEARCH.with(|s| s.borrow_mut()[k] = Some(Texts::Loading)),
    }
    let path = paths[k];
    let n = match of {
        Of::Articles => get().articles.len(),
        Of::Claims => get().claims.len(),
    };
    // Read by the second module's code (here with the head).
    fetch(path.to_string(), move |r| match r {
        Ok(bytes) => std::hint::black_box(deferred::words as fn(Of, Vec<u8>, usize, &'static str))(of, bytes, n, path),
        Err(why) => words_read(of, words_failed(path, &why)),
    });
    Texts::Loading
}

/// Why the search's words at `path` could not be had, for the reader.
pub(crate) fn words_failed(path: &str, why: &str) -> Texts {
    Texts::Failed(format!("The search's index ({path}) could not be loaded: {why}."))
}

/// The search's words `of` the articles or claims read (or not): the page
/// is told.
pub(crate) fn words_read(of: Of, state: Texts) {
    SEARCH.with(|s| s.borrow_mut()[of as usize] = Some(state));
    changed();
}

/// Try the chunks that failed again (and the search's words).
pub fn retry() {
    SEARCH.with(|s| {
        for s in s.borrow_mut().iter_mut() {
            if matches!(s, Some(Texts::Failed(_))) {
                *s = None;
            }
        }
    });
    PIECES.with(|p| {
        for s in p.borrow_mut().state.iter_mut() {
            if matches!(s, Chunk::Failed(_)) {
                *s = Chunk::Absent;
            }
        }
    });
    changed();
}

/// Call `done` once every text is here (fetching them), or with why not.
pub fn all_texts(done: impl FnOnce(Result<(), String>) + 'static) {
    if HEAD.is_none() {
        return done(Ok(()));
    }
    // Asked while the front is drawn: once the head is here.
    if !ready() {
        let after: Waiter = Box::new(move |r| match r {
            Ok(()) => all_texts(done),
            Err(why) => done(Err(why)),
        });
        BEHIND.with(|b| b.borrow_mut().waiters.push(after));
        return load_behind();
    }
    // A new attempt for chunks that failed before.
    PIECES.with(|p| {
        for s in p.borrow_mut().state.iter_mut() {
            if matches!(s, Chunk::Failed(_)) {
                *s = Chunk::Absent;
            }
        }
    });
    match texts(None) {
        Texts::Ready => done(Ok(())),
        Texts::Failed(why) => done(Err(why)),
        Texts::Loading => PIECES.with(|p| p.borrow_mut().waiters.push(Box::new(done))),
    }
}

fn fetch_chunks(wanted: &[u32]) {
    PIECES.with(|p| {
        let mut p = p.borrow_mut();
        for c in wanted.iter().map(|&c| c as usize) {
            if p.state[c] == Chunk::Absent {
                p.state[c] = Chunk::Loading;
                p.queue.push_back(c);
            }
        }
    });
    fetch_queued();
}

/// Start fetching queued chunks while fewer than [`IN_FLIGHT`] are open.
fn fetch_queued() {
    while let Some((c, file)) = PIECES.with(|p| {
        let mut p = p.borrow_mut();
        if p.in_flight >= IN_FLIGHT {
            return None;
        }
        let c = p.queue.pop_front()?;
        p.in_flight += 1;
        Some((c, p.files[c].clone()))
    }) {
        // Decoded by the second module's code (here with the head).
        fetch(file, move |r| arrived(c, r.and_then(std::hint::black_box(deferred::chunk as fn(Vec<u8>) -> Result<TextChunk, String>))));
    }
}

/// A chunk came back (or did not). Once nothing is in flight or queued,
/// everything that came is put into the snapshot at once, and the page is
/// told (and every [`PROGRESS_EVERY`] chunks before that).
fn arrived(c: usize, result: Result<TextChunk, String>) {
    PIECES.with(|p| p.borrow_mut().in_flight -= 1);
    fetch_queued();
    let settled = PIECES.with(|p| {
        let mut p = p.borrow_mut();
        match result {
            Ok(chunk) => {
                p.state[c] = Chunk::Arrived;
                p.arrived.push((c, chunk));
            }
            Err(why) => p.state[c] = Chunk::Failed(format!("Part of the corpus ({}) could not be loaded: {why}.", p.files[c])),
        }
        !p.state.contains(&Chunk::Loading)
    });
    // Many chunks in flight (analysing an article): the page is told every so often,
    // so a view waiting for them shows how far they have come.
    if !settled && PIECES.with(|p| matches!(p.borrow().arrived.len(), n if n > 0 && n % PROGRESS_EVERY == 0)) {
        changed();
    }
    if !settled {
        return;
    }
    let came = PIECES.with(|p| std::mem::take(&mut p.borrow_mut().arrived));
    if !came.is_empty() {
        let (snap, fetched) = (get(), fetched());
        let put: fn(&Snapshot, &Fetched, deferred::Came) -> deferred::Fits = std::hint::black_box(deferred::put);
        for (c, fits) in put(&snap, &fetched, came) {
            PIECES.with(|p| p.borrow_mut().state[c] = fits.map_or_else(Chunk::Failed, |()| Chunk::Loaded));
        }
        // Every text here: they go into the snapshot (its one copy), which
        // the analyser reads. The index stays: nothing it holds comes from
        // the texts (the search's words were given to it from their
        // files), and building it again would search every text in one task.
        if PIECES.with(|p| p.borrow().state.iter().all(|s| *s == Chunk::Loaded)) {
            let whole: fn(&Snapshot, &Fetched) -> Snapshot = std::hint::black_box(deferred::whole);
            let whole = whole(&snap, &fetched);
            SNAPSHOT.with(|s| *s.borrow_mut() = Some(Rc::new(whole)));
            FETCHED.with(|f| *f.borrow_mut() = Rc::from([]));
        }
    }
    let waiters = PIECES.with(|p| std::mem::take(&mut p.borrow_mut().waiters));
    if waiters.is_empty() {
        return changed();
    }
    let outcome = match state_of(&every_chunk()) {
        Texts::Ready => Ok(()),
        Texts::Failed(why) => Err(why),
        // Some were never asked for (a retry since): they are now.
        Texts::Loading => {
            PIECES.with(|p| p.borrow_mut().waiters.extend(waiters));
            fetch_chunks(&every_chunk());
            return changed();
        }
    };
    for w in waiters {
        w(outcome.clone());
    }
    changed();
}

/// Can the front draw the page's first view: a corpus in pieces, no saved
/// articles of the user's (they join the whole snapshot), and a URL that
/// asks for the unfiltered list's first page?
pub fn front_draws(query: &str, kept: bool) -> bool {
    let (view, dropped) = counterpoint_core::query::parse(query, &Snapshot::default());
    FRONT.is_some() && !ready() && !kept && dropped.is_empty() && Front::draws(&view)
}

/// Fetch the front, then `done` with whether it is here (the page draws it
/// through [`front`] until the head is here). A front that cannot be read
/// (a failed fetch, a file of another build) is only a round trip lost: the
/// page then waits for the head as if there were none.
pub fn load_front(done: impl FnOnce(bool) + 'static) {
    let Some(path) = FRONT else { return done(false) };
    fetch(path.to_string(), move |r| done(r.is_ok_and(|b| set_front(&b))));
}

/// Take `bytes` as the front the page draws (fetched, or natively read by
/// the prerender); whether they are one this build can draw.
pub fn set_front(bytes: &[u8]) -> bool {
    let Some(f) = postcard::from_bytes::<Front>(bytes).ok().filter(Front::fits) else { return false };
    let snap = Rc::new(f.snapshot);
    let idx = Rc::new(Index::new(&snap));
    FRONT_DRAWN.with(|d| *d.borrow_mut() = Some((snap, idx, Rc::new(f.totals))));
    true
}

/// The front, while the page draws it: until the head is here.
pub fn front() -> Option<Drawn> {
    if ready() {
        return None;
    }
    FRONT_DRAWN.with(|d| d.borrow().clone())
}

/// Fetch the head behind the drawn front (again, after a failure); the
/// page is told when it is here or has failed.
pub fn load_behind() {
    if ready() || BEHIND.with(|b| b.borrow().state == Some(Texts::Loading)) {
        return;
    }
    BEHIND.with(|b| b.borrow_mut().state = Some(Texts::Loading));
    // A Retry is answered at once: the reason gives way to "Loading".
    changed();
    load_head(|r| {
        let state = r.clone().map_or_else(Texts::Failed, |()| Texts::Ready);
        let waiters = BEHIND.with(|b| {
            let mut b = b.borrow_mut();
            b.state = Some(state);
            std::mem::take(&mut b.waiters)
        });
        for w in waiters {
            w(r.clone());
        }
        changed();
    });
}

/// Where the head fetched behind the front stands.
pub fn behind() -> Texts {
    BEHIND.with(|b| b.borrow().state.clone()).unwrap_or(Texts::Loading)
}

/// Fetch the head (in pieces; at once when embedded), then `done`.
///
/// The head is read and indexed by the second module's code
/// (`deferred::pieces`, in browser tasks of at most about 25 ms each): the
/// module is asked for with it, so both come at once.
pub fn load_head(done: impl FnOnce(Result<(), String>) + 'static) {
    load_head_boxed(Box::new(done));
}

fn load_head_boxed(done: Waiter) {
    let Some(path) = HEAD.filter(|_| !ready()) else { return done(Ok(())) };
    crate::split::load();
    fetch(path.to_string(), move |r| match r {
        Ok(bytes) => crate::split::when_ready(move |split| match split {
            Ok(()) => std::hint::black_box(deferred::head as fn(Vec<u8>, &'static str, Waiter))(bytes, path, done),
            Err(why) => done(Err(why)),
        }),
        Err(why) => done(Err(format!("The corpus ({path}) could not be loaded: {why}."))),
    });
}

/// The head read and indexed (`deferred::pieces`): it becomes the snapshot,
/// with its index, and the texts' chunks are planned, none here yet.
pub(crate) fn set_head(snap: Rc<Snapshot>, index: Option<Index>, chunk_of: Vec<u32>, files: Vec<String>) {
    FETCHED.with(|f| *f.borrow_mut() = (0..chunk_of.len()).map(|_| OnceCell::new()).collect());
    PIECES.with(|p| *p.borrow_mut() = Pieces { state: vec![Chunk::Absent; files.len()], chunk_of, files, ..Pieces::default() });
    INDEX.with(|i| *i.borrow_mut() = index.map(Rc::new));
    SNAPSHOT.with(|s| *s.borrow_mut() = Some(snap));
}

/// What a fetch calls with the bytes, or why there are none.
type OnFetched = Box<dyn FnOnce(Result<Vec<u8>, String>)>;

/// Fetch `path` (relative to the page) and call `done` with its bytes.
fn fetch(path: String, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    // Boxed at once: the fetch below is made once in the wasm, not once per
    // caller (each an async state machine of its own).
    fetch_boxed(path, Box::new(done));
}

#[cfg(target_arch = "wasm32")]
fn fetch_boxed(path: String, done: OnFetched) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    async fn get(path: &str) -> Result<Vec<u8>, String> {
        let window = web_sys::window().ok_or("there is no window")?;
        let offline = |_| "the network request failed".to_string();
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path)).await.map_err(offline)?.dyn_into().map_err(|_| "the answer was not a response")?;
        if !response.ok() {
            return Err(format!("the server answered {}", response.status()));
        }
        let body = JsFuture::from(response.array_buffer().map_err(offline)?).await.map_err(offline)?;
        Ok(js_sys::Uint8Array::new(&body).to_vec())
    }
    wasm_bindgen_futures::spawn_local(async move { done(get(&path).await) });
}

/// Outside a browser nothing is fetched (the native tests embed the seeds).
#[cfg(not(target_arch = "wasm32"))]
fn fetch_boxed(_: String, done: OnFetched) {
    done(Err("there is no network outside a browser".into()))
}
