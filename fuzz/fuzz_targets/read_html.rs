//! Any bytes as a saved web page: the reader returns an article or a
//! message, never panics, and an article's text is in the `.txt` layout
//! the rest of the engine reads.
#![no_main]

use counterpoint_core::reading::{read, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    if let Ok(r) = read("page.html", Format::Html, &src) {
        for a in &r.articles {
            assert!(a.text.ends_with('\n') && !a.text.starts_with('\n'), "layout: {:?}", a.text);
        }
    }
});
