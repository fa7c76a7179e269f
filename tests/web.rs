//! Component tests, run in headless Chromium by wasm-bindgen-test:
//! the real app rendered into a real DOM.
#![cfg(target_arch = "wasm32")]

use counterpoint::{app::App, snapshot};
use std::time::Duration;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn render() -> web_sys::Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::platform::time::sleep(Duration::from_millis(30)).await;
    root
}

fn texts(root: &web_sys::Element, sel: &str) -> Vec<String> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn the_article_list_shows_every_headline_once() {
    let root = render().await;
    let snap = snapshot::get();
    let mut shown = texts(&root, "li.article h2 a");
    let mut want: Vec<String> = snap.articles.iter().map(|a| a.title.clone()).collect();
    shown.sort();
    want.sort();
    assert_eq!(shown, want);
}

#[wasm_bindgen_test]
async fn dates_show_precision_and_inference() {
    let root = render().await;
    let times = texts(&root, "li.article time");
    assert!(times.iter().any(|t| t == "15 Apr 2013"), "{times:?}");
    assert!(times.iter().any(|t| t == "Jan 2026 (approx.)"), "{times:?}");
    let approx = root.query_selector_all("time.approx").unwrap().length();
    assert_eq!(approx, 4);
}

#[wasm_bindgen_test]
async fn the_count_is_announced_politely() {
    let root = render().await;
    let live = root.query_selector("[aria-live=polite]").unwrap().expect("a live region");
    assert!(live.text_content().unwrap().starts_with("5 articles"));
}
