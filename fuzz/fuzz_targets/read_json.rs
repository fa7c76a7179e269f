//! Any text as scraper JSON, whole-file and one object per line: every
//! article or warning comes back, nothing panics, and each article keeps a
//! distinct name.
#![no_main]

use counterpoint_core::reading::{read, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let _ = read("a.json", Format::Json, src);
    if let Ok(r) = read("a.jsonl", Format::JsonLines, src) {
        let mut names: Vec<&str> = r.articles.iter().map(|a| a.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), r.articles.len(), "article names repeat");
    }
});
