//! Any bytes as a query string: `query::parse` must not panic, must give a
//! view that writes to a canonical link, and that link must parse back to
//! the same view with nothing dropped.
#![no_main]

use counterpoint_core::model::Snapshot;
use counterpoint_core::{analyse, corpus, query};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn snap() -> &'static Snapshot {
    static SNAP: OnceLock<Snapshot> = OnceLock::new();
    SNAP.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
        analyse::analyse(&corpus::load_dir(&dir).expect("the seed corpus"))
    })
}

fuzz_target!(|data: &[u8]| {
    let s = snap();
    let qs = String::from_utf8_lossy(data);
    let (view, notices) = query::parse(&qs, s);
    assert!(notices.len() <= query::MAX_NOTICES);
    let link = query::write(&view);
    let (again, dropped) = query::parse(&link, s);
    assert_eq!(again, view, "{link}");
    assert!(dropped.is_empty(), "{link}: {dropped:?}");
});
