//! The embedded snapshot: built by `build.rs` at compile time, decoded once
//! on first use and kept for the life of the page.

use counterpoint_core::filter::Index;
use counterpoint_core::model::{Snapshot, SNAPSHOT_VERSION};
use std::cell::OnceCell;
use std::rc::Rc;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/snapshot.bin"));

/// The fingerprint of those bytes (`counterpoint_core::local::fingerprint`),
/// computed by the build.
pub const FINGERPRINT: u64 = include!(concat!(env!("OUT_DIR"), "/snapshot_fingerprint.rs"));

thread_local! {
    static SNAPSHOT: OnceCell<Rc<Snapshot>> = const { OnceCell::new() };
    static INDEX: OnceCell<Rc<Index>> = const { OnceCell::new() };
}

/// The corpus snapshot. Decoding cannot fail for bytes this build wrote; a
/// mismatch is a build bug and is reported as such.
pub fn get() -> Rc<Snapshot> {
    SNAPSHOT.with(|s| {
        s.get_or_init(|| {
            let snap: Snapshot = postcard::from_bytes(BYTES).expect("the embedded snapshot was written by this build");
            assert_eq!(snap.version, SNAPSHOT_VERSION, "embedded snapshot version");
            Rc::new(snap)
        })
        .clone()
    })
}

/// Size of the embedded snapshot in bytes.
pub fn size() -> usize {
    BYTES.len()
}

/// The embedded bytes (the analyser worker is sent a copy).
pub fn bytes() -> &'static [u8] {
    BYTES
}

/// Lookups over the built snapshot, built on first use.
pub fn index() -> Rc<Index> {
    INDEX.with(|i| i.get_or_init(|| Rc::new(Index::new(&get()))).clone())
}
