//! The embedded snapshot: built by `build.rs` at compile time, decoded once
//! on first use and kept for the life of the page.

use counterpoint_core::model::{Snapshot, SNAPSHOT_VERSION};
use std::sync::OnceLock;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/snapshot.bin"));
static SNAPSHOT: OnceLock<Snapshot> = OnceLock::new();

/// The corpus snapshot. Decoding cannot fail for bytes this build wrote; a
/// mismatch is a build bug and is reported as such.
pub fn get() -> &'static Snapshot {
    SNAPSHOT.get_or_init(|| {
        let snap: Snapshot = postcard::from_bytes(BYTES).expect("the embedded snapshot was written by this build");
        assert_eq!(snap.version, SNAPSHOT_VERSION, "embedded snapshot version");
        snap
    })
}

/// Size of the embedded snapshot in bytes.
pub fn size() -> usize {
    BYTES.len()
}

static INDEX: OnceLock<counterpoint_core::filter::Index> = OnceLock::new();

/// Lookups over the snapshot, built on first use.
pub fn index() -> &'static counterpoint_core::filter::Index {
    INDEX.get_or_init(|| counterpoint_core::filter::Index::new(get()))
}
