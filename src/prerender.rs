//! The first view as HTML, written into the built page at build time.
//!
//! Before this, a visit saw nothing until the wasm had been fetched,
//! compiled and run: the list came 1.5 to 2 times later than a bare Yew
//! page's first paint. The unfiltered list is a function of the snapshot
//! alone, so the build renders it once, natively, with the same components
//! (Yew's server renderer), and the page shows it as soon as its HTML is
//! read. The app then draws its own over it and removes it
//! (`browser::drop_prerender`, once its filter panel is drawn).
//!
//! Until then the copy is `inert` (nothing in it can be focused or
//! clicked: a click on it would be lost when the app takes over), and it is
//! shown only when the visit asks for the unfiltered list: `index.html`'s
//! inline script marks the page `pre` for its bare address (a link to any
//! other view would show the wrong one for a moment); the app drops it at
//! once for a visitor with saved articles (they join the list); and
//! without JavaScript it stays hidden (its links would all lead back to it).
//!
//! Run by Trunk's post-build hook (`src/bin/prerender.rs`) on release
//! builds; a corpus in pieces is drawn from its front, as the page draws it.

use crate::app::Root;
use crate::snapshot;

/// The id of the element holding the prerendered view (`index.html`'s
/// script and style, and `browser::drop_prerender`, know it by this).
pub const ID: &str = "prerender";

/// The first view's HTML: the page's markup for the unfiltered list, as
/// the app draws it for a visit at the page's bare address. `front` is the
/// front file's bytes for a corpus in pieces (`None` when the snapshot is
/// embedded).
pub fn first_view(front: Option<&[u8]>) -> Result<String, String> {
    match (snapshot::FRONT, front) {
        (Some(_), Some(bytes)) if !snapshot::set_front(bytes) => return Err("the front file was not written by this build".into()),
        (Some(path), None) => return Err(format!("this build's corpus is in pieces: its front ({path}) is needed")),
        (None, Some(_)) => return Err("this build embeds its snapshot: it has no front".into()),
        _ => {}
    }
    let html = futures::executor::block_on(yew::LocalServerRenderer::<Root>::new().hydratable(false).render());
    if !html.contains("<main") {
        return Err("the first view rendered no <main>".into());
    }
    Ok(html)
}

/// `page` (the built index.html) with `view` put at the start of its body,
/// inert, in the element the page shows until the app has drawn.
pub fn inject(page: &str, view: &str) -> Result<String, String> {
    if page.contains(&format!("id=\"{ID}\"")) || page.contains(&format!("id={ID}")) {
        return Err("index.html already holds a prerendered view".into());
    }
    let at = page.find("<body").and_then(|b| page[b..].find('>').map(|e| b + e + 1)).ok_or("index.html has no <body>")?;
    Ok(format!("{}<div id=\"{ID}\" inert>{view}</div>{}", &page[..at], &page[at..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_view_is_the_unfiltered_list_with_its_panel() {
        // The native tests embed the seeds.
        let html = first_view(None).unwrap();
        let snap = snapshot::get();
        for a in &snap.articles {
            let headline = a.title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            assert!(html.contains(&headline), "{}", a.title);
        }
        let n = snap.articles.len();
        assert!(html.contains(&format!("{n} of {n} articles")), "the count");
        assert!(html.contains("aria-pressed"), "the filter panel's chips");
        assert!(html.contains(r#"aria-current="page""#), "the current tab");
        assert!(!html.contains("Loading"), "nothing waits");
        assert!(!html.contains("<script"), "no script, so the page's policy needs no new hash");
    }

    #[test]
    fn a_front_is_refused_when_the_snapshot_is_embedded() {
        assert!(first_view(Some(b"anything")).is_err());
    }

    #[test]
    fn the_view_goes_first_in_the_body_once() {
        let page = "<html><head></head><body class=\"x\"><noscript>n</noscript></body></html>";
        let out = inject(page, "<main>v</main>").unwrap();
        assert_eq!(out, "<html><head></head><body class=\"x\"><div id=\"prerender\" inert><main>v</main></div><noscript>n</noscript></body></html>");
        assert!(inject(&out, "<main>v</main>").is_err(), "twice");
        assert!(inject("<html></html>", "v").is_err(), "no body");
    }
}
