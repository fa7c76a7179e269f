//! The Counterpoint web app: a thin Yew layer over the embedded snapshot.
//! The corpus was analysed at build time in `counterpoint-core`; this crate
//! decodes the snapshot, keeps the view in the URL, and renders. An article
//! the user pastes is read by the same engine in the analyser worker (a
//! second binary, `src/bin/analyser.rs`) and kept in the browser.
//!
//! - `state`: the model and messages (pure, tested natively)
//! - `browser`: history, clipboard, focus (the only web-API glue)
//! - `crash`: the panic hook and its error panel
//! - `components`: markup for the first view and what every view shares
//! - `deferred`: the other views, whose code a release build loads later
//! - `split`: whether that code is here, and fetching it
//! - `format`: display strings
//! - `snapshot`: the embedded data and its lookup index
//! - `store`: the snapshot with the user's own articles merged in
//! - `storage`: those articles kept in the browser
//! - `analyser`: the Web Worker that analyses a pasted article
//! - `prerender`: the first view as HTML, written into the page at build time

pub mod analyser;
pub mod app;
pub mod browser;
pub mod components;
pub mod crash;
pub mod deferred;
pub mod format;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod snapshot;
pub mod split;
pub mod state;
pub mod storage;
pub mod store;
