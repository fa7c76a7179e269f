//! Any text as a Markdown article (front matter, labelled lines, links,
//! quotes): the reader returns an article or a message and never panics;
//! the article goes on through ingest, entities and claims.
#![no_main]

use counterpoint_core::analyse::{analyse_article, corpus_gazetteer};
use counterpoint_core::corpus::Corpus;
use counterpoint_core::entities::Gazetteer;
use counterpoint_core::reading::{read, Format};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| corpus_gazetteer(&Corpus::default()))
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    if let Ok(r) = read("a.md", Format::Markdown, src) {
        for a in &r.articles {
            let _ = analyse_article(gazetteer(), &a.text);
        }
    }
});
