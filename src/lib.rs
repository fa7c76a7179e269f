//! The Counterpoint web app: a thin Yew layer over the embedded snapshot.
//! All extraction happened at build time in `counterpoint-core`; this crate
//! only decodes the snapshot and renders it.

pub mod app;
pub mod format;
pub mod snapshot;
