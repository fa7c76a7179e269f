//! The code a visit does not start with: the views other than the list
//! (claims, the reader, the story, the timeline and Analyse), the join of
//! the user's saved articles, and export. A release build moves it (and
//! what only it calls: the store's join, `storage`'s reading and writing,
//! the analyser worker's client) out of the page's wasm into a second
//! module (`scripts/split.mjs` picks it by this module's path), fetched
//! once the first view is drawn, or at once when it is asked for. The app
//! calls in only once [`crate::split`] says that module is here.
//!
//! The functions of this module itself (not of its submodules) are the
//! doors in: the rest of the page names nothing else here, and calls them
//! through a pointer (wasm-opt inlines a function called from one place,
//! and the split finds the doors by their names), so the split can tell
//! what only this code runs (whatever else calls a function, or holds a
//! pointer to it, keeps it in the page's wasm).
//!
//! What the first view draws must not live here: its code would be fetched
//! before the page could show anything (the end-to-end tests check that a
//! visit to the list never asks for the second module before it is drawn).
//! Two kinds of visit are the exception, and wait for this module before
//! their first view: one with saved articles (it lists them), and, for a
//! corpus in pieces, one to a view the front cannot draw (a filtered list,
//! a claim): it needs the head, which this module reads ([`pieces`];
//! fetched alongside it, so the wait is the longer of the two).

pub mod analyse;
pub mod claims;
pub mod pieces;
pub mod reader;
pub mod story;
pub mod timeline;

use crate::components::export::file_name;
use crate::snapshot::Fetched;
use crate::state::Msg;
use crate::store::Store;
use crate::{analyser, browser, storage};
use counterpoint_core::assemble::Draft;
use counterpoint_core::chunks::TextChunk;
use counterpoint_core::filter::Index;
use counterpoint_core::model::Snapshot;
use counterpoint_core::query::{self, View, ViewKind};
use counterpoint_core::search::Of;
use yew::prelude::*;

use analyse::Analyse;
use claims::Claims;
use reader::Reader;
use story::story_view;
use timeline::Timeline;

/// The deferred view `view.kind` names, for the articles `matching` (the
/// timeline's) with article `open` in the reader and the story; the list
/// is not one of them, and draws nothing here.
#[inline(never)]
pub fn view(store: &Store, view: &View, matching: &[usize], open: usize) -> Html {
    match view.kind {
        ViewKind::Claims => html! { <Claims view={view.clone()} /> },
        ViewKind::Article => html! { <Reader view={view.clone()} article={open} /> },
        ViewKind::Story => story_view(store, view, open),
        ViewKind::Timeline => html! { <Timeline view={view.clone()} matching={matching.to_vec()} /> },
        ViewKind::Analyse => html! { <Analyse /> },
        ViewKind::Articles => html! {},
    }
}

/// What a visit with saved articles starts with: the store with them
/// joined, a warning when what was kept could not be read, and the drafts
/// to join again when their join was made for another build.
pub type Opened = (Store, Option<String>, Option<Vec<Draft>>);

/// The saved articles read and joined (see [`Opened`]).
#[inline(never)]
pub fn saved() -> Opened {
    let (saved, warning) = storage::load();
    let (store, stale) = Store::saved(saved);
    (store, warning, stale)
}

/// Saved articles whose join was made for another build (the corpus or the
/// engine changed), joined again in the worker and saved; the new store
/// goes to `set_store`, or why it could not be made to `send`. Nothing is
/// overwritten on failure: the next visit tries again.
#[inline(never)]
pub fn rejoin(drafts: Vec<Draft>, send: Callback<Msg>, set_store: Callback<Store>) {
    let n = drafts.len();
    crate::store::rebuild(drafts, move |r| match r {
        Ok(next) => {
            let _ = storage::save(&next.to_saved());
            set_store.emit(next);
        }
        Err(e) => send.emit(Msg::Notice(format!("Your {n} saved article(s) could not be shown: {e} They are still kept in this browser."))),
    });
}

/// `store`, with saved articles, on the built snapshot as it is now
/// (texts of a corpus in pieces arrived since it was made).
#[inline(never)]
pub fn refreshed(store: &Store) -> Store {
    store.refreshed()
}

/// Export what `view` shows as JSON or CSV (`components::export`): made in
/// the analyser worker, then handed to the browser as a download; `status`
/// says what it is doing, or why it failed.
#[inline(never)]
pub fn export(store: Store, view: View, csv: bool, status: UseStateHandle<String>) {
    let (ext, mime) = if csv { ("csv", "text/csv;charset=utf-8") } else { ("json", "application/json") };
    let name = file_name(&view, ext);
    status.set(format!("Preparing {name}…"));
    analyser::export(store.delta.clone(), query::write(&view), browser::page_base(), csv, move |r| match r {
        Ok(text) => {
            browser::download(&name, mime, &text);
            status.set(String::new());
        }
        Err(e) => status.set(format!("Could not export: {e}")),
    });
}

// Reading a corpus in pieces (`pieces`): the head, the search's words and
// the text chunks. `crate::snapshot` calls these once the head's file has
// come and the module with it; every later one, once the head is read.

/// The head's bytes read and indexed, then made the snapshot
/// ([`pieces::head`]).
#[inline(never)]
pub fn head(bytes: Vec<u8>, path: &'static str, done: pieces::Done) {
    pieces::head(bytes, path, done);
}

/// The search's words read and given to the index ([`pieces::words`]).
#[inline(never)]
pub fn words(of: Of, bytes: Vec<u8>, n: usize, path: &'static str) {
    pieces::words(of, bytes, n, path);
}

/// A text chunk decoded ([`pieces::chunk`]).
#[inline(never)]
pub fn chunk(bytes: Vec<u8>) -> Result<TextChunk, String> {
    pieces::chunk(&bytes)
}

/// Text chunks that came, by their number.
pub type Came = Vec<(usize, TextChunk)>;

/// Whether each chunk that came fits the head, by its number.
pub type Fits = Vec<(usize, Result<(), String>)>;

/// The chunks that came put beside the head ([`pieces::put`]).
#[inline(never)]
pub fn put(snap: &Snapshot, fetched: &Fetched, came: Came) -> Fits {
    pieces::put(snap, fetched, came)
}

/// The snapshot with every text in ([`pieces::whole`]).
#[inline(never)]
pub fn whole(snap: &Snapshot, fetched: &Fetched) -> Snapshot {
    pieces::whole(snap, fetched)
}

/// The articles whose texts a view shows (`None`: every article's).
pub type Shown = Option<Vec<usize>>;

/// The articles whose texts a view shows ([`pieces::shown`]).
#[inline(never)]
pub fn shown(snap: &Snapshot, idx: &Index, v: &View, matching: &[usize]) -> Shown {
    pieces::shown(snap, idx, v, matching)
}
