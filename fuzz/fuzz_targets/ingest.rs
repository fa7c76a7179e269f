//! Any text as an article file: ingest, entities and claims must not panic,
//! and every span they return must lie on character boundaries of the text.
#![no_main]

use counterpoint_core::analyse::{analyse_article, corpus_gazetteer};
use counterpoint_core::corpus::Corpus;
use counterpoint_core::entities::Gazetteer;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| corpus_gazetteer(&Corpus::default()))
}

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else { return };
    if let Ok(a) = analyse_article(gazetteer(), raw) {
        for m in &a.entities.mentions {
            assert!(a.text.get(m.start..m.end).is_some(), "mention span off a char boundary");
        }
        for c in &a.claims {
            assert!(a.text.get(c.start..c.end).is_some(), "claim span off a char boundary");
        }
    }
});
