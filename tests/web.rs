//! Component tests, run in headless Chromium by wasm-bindgen-test: the real
//! app rendered into a real DOM, driven by real clicks and real URLs.
#![cfg(target_arch = "wasm32")]

use counterpoint::{app::App, snapshot};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Render the app for a query string into a fresh root.
async fn render(query: &str) -> web_sys::Element {
    let w = web_sys::window().unwrap();
    let path = w.location().pathname().unwrap();
    w.history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}"))).unwrap();
    let doc = w.document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    // The filter panel is drawn after the first paint (views that have one).
    let mut waits = 0;
    while waits < 100 && !all(&root, "aside.sidebar").is_empty() && all(&root, ".facets").is_empty() {
        settle().await;
        waits += 1;
    }
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn all(root: &web_sys::Element, sel: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
}

fn texts(root: &web_sys::Element, sel: &str) -> Vec<String> {
    all(root, sel).iter().map(|e| e.text_content().unwrap_or_default()).collect()
}

fn chip(root: &web_sys::Element, name: &str) -> web_sys::HtmlElement {
    all(root, "button.chip")
        .into_iter()
        .find(|b| b.query_selector(".chip-name").unwrap().unwrap().text_content().as_deref() == Some(name))
        .unwrap_or_else(|| panic!("a chip named {name}"))
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_article_list_shows_every_headline_once() {
    let root = render("").await;
    let mut shown = texts(&root, "li.article h2 a");
    let mut want: Vec<String> = snapshot::get().articles.iter().map(|a| a.title.clone()).collect();
    shown.sort();
    want.sort();
    assert_eq!(shown, want);
    assert_eq!(texts(&root, "[aria-live=polite]"), ["5 of 5 articles"]);
}

#[wasm_bindgen_test]
async fn dates_show_precision_and_inference() {
    let root = render("").await;
    let times = texts(&root, "li.article time");
    assert!(times.iter().any(|t| t == "15 Apr 2013"), "{times:?}");
    assert!(times.iter().any(|t| t == "Jan 2026 (approx.)"), "{times:?}");
    assert_eq!(all(&root, "li.article time.approx").len(), 4);
}

#[wasm_bindgen_test]
async fn pressing_a_chip_filters_writes_the_url_and_pressing_again_undoes_it() {
    let root = render("").await;
    let mandiant = chip(&root, "Mandiant");
    let expected = mandiant.query_selector(".n").unwrap().unwrap().text_content().unwrap();
    assert_eq!(mandiant.get_attribute("aria-pressed").as_deref(), Some("false"));
    mandiant.click();
    settle().await;
    assert_eq!(all(&root, "li.article").len().to_string(), expected);
    assert_eq!(chip(&root, "Mandiant").get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(web_sys::window().unwrap().location().search().unwrap(), "?entity=mandiant");
    chip(&root, "Mandiant").click();
    settle().await;
    assert_eq!(all(&root, "li.article").len(), 5);
    assert_eq!(web_sys::window().unwrap().location().search().unwrap(), "");
}

#[wasm_bindgen_test]
async fn search_terms_are_highlighted_and_counted() {
    let root = render("?q=embassy").await;
    let marks = texts(&root, "li.article mark");
    assert!(!marks.is_empty());
    assert!(marks.iter().all(|m| m.eq_ignore_ascii_case("embassy")), "{marks:?}");
    assert_eq!(texts(&root, "[aria-live=polite]"), ["1 of 5 articles"]);
}

#[wasm_bindgen_test]
async fn a_bad_link_shows_the_nearest_view_and_says_what_was_dropped() {
    let root = render("?view=bogus&entity=nobody&q=%3Cscript%3E").await;
    let notice = texts(&root, ".notice li");
    assert_eq!(notice.len(), 2, "{notice:?}");
    assert_eq!(all(&root, "script").len(), 0);
    assert_eq!(all(&root, "input[type=search]")[0].clone().dyn_into::<web_sys::HtmlInputElement>().unwrap().value(), "<script>");
}

#[wasm_bindgen_test]
async fn the_claims_view_pairs_claims_with_counterclaims() {
    let root = render("?view=claims").await;
    let disputes = all(&root, "section.dispute");
    assert_eq!(disputes.len(), snapshot::get().disputes.len());
    for d in &disputes {
        assert_eq!(all(d, ".side").len(), 2);
        assert!(!all(d, ".side-a .card").is_empty() && !all(d, ".side-b .card").is_empty());
        for card in all(d, ".card") {
            assert_eq!(all(&card, ".badge").len(), 1);
            let href = all(&card, ".source a")[0].get_attribute("href").unwrap();
            assert!(href.contains("view=article") && href.contains("claim="), "{href}");
        }
    }
}

#[wasm_bindgen_test]
async fn a_claim_link_opens_the_reader_on_that_sentence() {
    let snap = snapshot::get();
    let claim = &snap.claims[snap.pairs[0].counter as usize];
    let root = render(&format!("?view=article&claim={}", claim.id)).await;
    let focused = all(&root, ".claim.focus");
    assert_eq!(focused.len(), 1);
    assert_eq!(focused[0].id(), format!("claim-{}", claim.id));
    let title = texts(&root, "h1.reader-title");
    assert_eq!(title, [snap.articles[claim.article as usize].title.clone()]);
    assert!(!all(&root, ".body a.mention").is_empty());
}

#[wasm_bindgen_test]
async fn chosen_entities_are_highlighted_in_results() {
    let root = render("?entity=mandiant").await;
    let marks = texts(&root, "li.article mark");
    assert!(marks.iter().any(|m| m == "Mandiant"), "{marks:?}");
}

/// The unfiltered list drawn from the corpus's front (a large corpus's
/// first view, before its head is here) is the list the whole snapshot
/// draws: the same cards, counts, story links and pager.
#[wasm_bindgen_test]
async fn the_front_draws_the_list_the_whole_snapshot_draws() {
    use counterpoint::components::articles::{self, Articles};
    use counterpoint::store::{Ctx, Data, Store};
    use counterpoint_core::filter::{self, Index};
    use counterpoint_core::query::View;
    use std::rc::Rc;
    use yew::prelude::*;

    #[derive(Properties, PartialEq)]
    struct Props {
        store: Store,
        list: Html,
    }
    #[function_component(Host)]
    fn host(p: &Props) -> Html {
        let ctx = Ctx { store: p.store.clone(), set_store: Callback::noop(), send: Callback::noop() };
        html! { <ContextProvider<Ctx> context={ctx}>{ p.list.clone() }</ContextProvider<Ctx>> }
    }
    async fn draw(store: Store, list: Html) -> String {
        let doc = web_sys::window().unwrap().document().unwrap();
        let root = doc.create_element("div").unwrap();
        doc.body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<Host>::with_root_and_props(root.clone(), Props { store, list }).render();
        settle().await;
        root.inner_html()
    }

    let (snap, idx) = (snapshot::get(), snapshot::index());
    let view = View::default();
    let whole = Store(Rc::new(Data { snap: snap.clone(), idx: idx.clone(), fetched: Rc::from([]), drafts: vec![], delta: None, front: None }));
    let matching = filter::articles(&snap, &idx, &view);
    let from_whole = draw(whole, articles::list(&view, &matching)).await;

    let f = counterpoint_core::front::front(&snap, &idx);
    assert!(f.fits());
    let total = f.totals.articles;
    let page: Vec<usize> = (0..f.snapshot.articles.len()).collect();
    let fsnap = Rc::new(f.snapshot);
    let front = Store(Rc::new(Data { idx: Rc::new(Index::new(&fsnap)), snap: fsnap, fetched: Rc::from([]), drafts: vec![], delta: None, front: Some(Rc::new(f.totals)) }));
    let from_front = draw(front, html! { <Articles view={view.clone()} {page} {total} /> }).await;

    assert!(from_whole.contains("accounts of this story"), "the seeds have a story: {from_whole}");
    assert_eq!(from_front, from_whole);
}

/// The page lower-cases what it searches and highlights with the browser's
/// `toLowerCase` (`counterpoint_core::case`); its answers must be Rust's,
/// which the build used for the search's words of a large corpus. The hard
/// cases: a final sigma, dotted capital I, titlecase digraphs, capital
/// sharp s, letters whose lower case is another length in UTF-8, Cherokee
/// and Georgian (cased late in Unicode), and text that is not cased at all.
#[wasm_bindgen_test]
fn the_browsers_lower_case_is_rusts() {
    use counterpoint_core::case::{lower, Folded};
    let hard = [
        "ΟΔΟΣ ΣΟΦΙΑΣ.", "Σ", "ΑΣ-ΣΑ", "İstanbul", "DŽ ǅ ǲ", "STRAẞE", "Ⱥ Ⱦ ſ K Å", "ᎠᎡᎢ", "ᲠᲣᲡ", "Москва ЁЖ", "ΐ Ϊ́",
        "“Quoted” — Don’t", "中文 العربية", "Ǆ\u{301}", "ÉTAIT", "\u{130}\u{307}",
    ];
    for s in hard {
        assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
        let f = Folded::new(s);
        for (i, c) in s.chars().enumerate() {
            assert_eq!(f.of(i), c.to_lowercase().collect::<Vec<_>>().as_slice(), "{c:?} in {s:?}");
        }
    }
}
