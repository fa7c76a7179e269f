//! The little the app needs from the browser: the current query string,
//! history entries, Back/Forward, the clipboard, focus and scrolling. Every
//! call degrades quietly when an API is missing; none of them parses or
//! inserts HTML.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// `location.search` ("?view=claims&…"), or "".
#[cfg(target_arch = "wasm32")]
pub fn query() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Outside a browser the app is only rendered to HTML by the build's
/// prerender (`crate::prerender`), and always at the page's bare address.
#[cfg(not(target_arch = "wasm32"))]
pub fn query() -> String {
    String::new()
}

/// Is the build's prerendered first view (`crate::prerender`) shown in the
/// app's place? The app's first render then replaces it whole.
#[cfg(target_arch = "wasm32")]
pub fn prerendered() -> bool {
    let Some(d) = window().and_then(|w| w.document()) else { return false };
    d.get_element_by_id("prerender").is_some() && d.document_element().is_some_and(|h| h.class_list().contains("pre"))
}

#[cfg(not(target_arch = "wasm32"))]
pub fn prerendered() -> bool {
    false
}

/// The build's prerendered first view (`crate::prerender`) gives way to
/// the app's own: it is removed, with the class that showed it in the
/// app's place (`index.html`). Nothing to do when there is none.
pub fn drop_prerender() {
    let Some(d) = window().and_then(|w| w.document()) else { return };
    if let Some(e) = d.get_element_by_id("prerender") {
        e.remove();
    }
    if let Some(html) = d.document_element() {
        let _ = html.class_list().remove_1("pre");
    }
}

/// The page's address without a query: works under any sub-path.
fn base() -> String {
    window().and_then(|w| w.location().pathname().ok()).unwrap_or_else(|| "./".into())
}

pub fn push(query: &str) {
    set(query, false);
}

pub fn replace(query: &str) {
    set(query, true);
}

fn set(query: &str, replace: bool) {
    let Some(h) = window().and_then(|w| w.history().ok()) else { return };
    let url = format!("{}{}", base(), query);
    let _ = if replace { h.replace_state_with_url(&JsValue::NULL, "", Some(&url)) } else { h.push_state_with_url(&JsValue::NULL, "", Some(&url)) };
}

/// The full current URL, for "Copy link".
pub fn href() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Call `f` with the new query string on Back and Forward. Returns a guard
/// that removes the listener when dropped.
pub fn on_popstate(f: impl Fn(String) + 'static) -> Listener {
    listen("popstate", move |_e: web_sys::Event| f(query()))
}

/// Call `f` on every keydown on the page.
pub fn on_keydown(f: impl Fn(web_sys::KeyboardEvent) + 'static) -> Listener {
    listen("keydown", move |e: web_sys::Event| {
        if let Ok(k) = e.dyn_into::<web_sys::KeyboardEvent>() {
            f(k)
        }
    })
}

/// Call `f` with the query of a plain left click on a link to another view
/// (an href `components::link::view_query` accepts), instead of letting the
/// browser load it. A click with a modifier key or another button, on a
/// link with a `target` or `download`, or already handled, is left to the
/// browser (a new tab, a window, a download).
pub fn on_view_link(f: impl Fn(String) + 'static) -> Listener {
    listen("click", move |e: web_sys::Event| {
        let Ok(m) = e.dyn_into::<web_sys::MouseEvent>() else { return };
        if m.default_prevented() || m.button() != 0 || m.ctrl_key() || m.meta_key() || m.shift_key() || m.alt_key() {
            return;
        }
        let link = m.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.closest("a[href]").ok().flatten());
        let Some(a) = link.filter(|a| !a.has_attribute("download") && !a.has_attribute("target")) else { return };
        let href = a.get_attribute("href").unwrap_or_default();
        if let Some(q) = crate::components::link::view_query(&href) {
            m.prevent_default();
            f(q.to_string());
        }
    })
}

/// The `name` attribute of the closest element matching `selector` at or
/// above the event's target (for one listener serving many elements).
pub fn attr_of_closest(e: &web_sys::Event, selector: &str, name: &str) -> Option<String> {
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(selector).ok().flatten()?.get_attribute(name)
}

pub struct Listener {
    event: &'static str,
    closure: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(w) = window() {
            let _ = w.remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
        }
    }
}

fn listen(event: &'static str, f: impl Fn(web_sys::Event) + 'static) -> Listener {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(f);
    if let Some(w) = window() {
        let _ = w.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    }
    Listener { event, closure }
}

/// Copy text to the clipboard; resolves to whether it worked.
pub async fn copy(text: String) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Focus the element with this id (and select a text input's contents).
pub fn focus(id: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    if let Some(el) = doc.get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
        if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    }
}

/// Is the keyboard focus in a text field (so single-key shortcuts are off)?
pub fn typing() -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// Move focus to the next (`+1`) or previous (`-1`) result link.
pub fn step_results(delta: i32) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let Ok(list) = doc.query_selector_all(".result-link") else { return };
    let n = list.length() as i32;
    if n == 0 {
        return;
    }
    let active = doc.active_element();
    let current = (0..n).find(|&i| list.item(i as u32).zip(active.clone()).is_some_and(|(a, b)| a.is_same_node(Some(&b))));
    let next = match current {
        Some(i) => (i + delta).clamp(0, n - 1),
        None if delta > 0 => 0,
        None => n - 1,
    };
    if let Some(el) = list.item(next as u32).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
        el.scroll_into_view_with_bool(false);
    }
}

/// Scroll the element with this id into the middle of the screen.
pub fn scroll_to(id: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    if let Some(el) = doc.get_element_by_id(id) {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Call `f` once the next frame is painted: in the frame's animation
/// callback, a zero timeout lands after its paint. (Without a window, now.)
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return f() };
    let later = Closure::once_into_js(move || {
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback(Closure::once_into_js(f).unchecked_ref());
        }
    });
    if w.request_animation_frame(later.unchecked_ref()).is_err() {
        // No frames (a hidden page may not draw): the timeout alone.
        let _ = later.dyn_into::<js_sys::Function>().map(|cb| w.set_timeout_with_callback(&cb));
    }
}

/// Call `f` in a task of its own, after what the browser has waiting
/// (input, a frame): long work cut into such steps never holds the page
/// for their sum. (Without a window, now.)
pub fn next_task(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return f() };
    let _ = w.set_timeout_with_callback(Closure::once_into_js(f).unchecked_ref());
}

/// Scroll to the top of the page (a new view starts at the top).
pub fn scroll_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The page's address without its query: the base of permalinks.
pub fn page_base() -> String {
    window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Offer `content` as a file download named `name`. The text goes into a
/// Blob; nothing is parsed as HTML.
pub fn download(name: &str, mime: &str, content: &str) -> bool {
    let Some(doc) = window().and_then(|w| w.document()) else { return false };
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return false };
    let Some(a) = doc.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) else { return false };
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Read a dropped or chosen file as text, then call `done` with it (or with
/// a sentence saying why it could not be read).
pub fn read_text(file: web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let r = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        done(r.ok().and_then(|v| v.as_string()).ok_or_else(|| format!("“{}” could not be read as text.", file.name())));
    });
}

/// The horizontal position of a pointer as a fraction (0–1) of an
/// element's width.
pub fn fraction_across(el: &web_sys::Element, client_x: i32) -> f64 {
    let r = el.get_bounding_client_rect();
    if r.width() <= 0.0 {
        return 0.0;
    }
    ((f64::from(client_x) - r.left()) / r.width()).clamp(0.0, 1.0)
}

/// Milliseconds since the page started (for timing an analysis).
pub fn now() -> f64 {
    window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}
