//! The views a visit does not start with: claims, the reader, the story,
//! the timeline and Analyse. A release build moves their code (and what
//! only they call) out of the page's wasm into a second module
//! (`scripts/split.mjs` picks it by this module's path), fetched once the
//! first view is drawn, or at once when one of them is asked for. The app
//! draws them only once [`crate::split::state`] says that module is here.
//!
//! [`view`] is the one door in: the rest of the page names nothing else
//! here, so the split can tell what only these views run (whatever else
//! calls a function, or holds a pointer to it, keeps it in the page's
//! wasm).
//!
//! What the first view draws must not live here: its code would be fetched
//! before the page could show anything (the end-to-end tests check that a
//! visit to the list never asks for the second module before it is drawn).

pub mod analyse;
pub mod claims;
pub mod reader;
pub mod story;
pub mod timeline;

use crate::store::Store;
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

use analyse::Analyse;
use claims::Claims;
use reader::Reader;
use story::story_view;
use timeline::Timeline;

/// The deferred view `view.kind` names, for the articles `matching` (the
/// timeline's) with article `open` in the reader and the story; the list
/// is not one of them, and draws nothing here.
///
/// Never inlined (the app calls it through a pointer): the split finds
/// the door by its name.
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
