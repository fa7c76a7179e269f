//! What the page does when the app panics: log the panic to the console and
//! show a visible panel with a reload link, instead of leaving a frozen
//! page behind. Built with plain DOM calls (the app is dead by then, so Yew
//! cannot render it), and the panic message is only ever set as text.
//!
//! `debug=panic` in the URL forces a panic, so the end-to-end tests can see
//! the panel; it costs a user who types it nothing but a reload.

use wasm_bindgen::JsCast;

/// Does this query string ask for a forced panic?
pub fn forced(query: &str) -> bool {
    query.trim_start_matches('?').split('&').any(|kv| kv == "debug=panic")
}

/// Install the panic hook (once, before the first render). Through Yew, so
/// that its renderer does not put its own console-only hook in place.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("Counterpoint stopped: {message}").into());
        show_panel(&message);
    }));
}

fn show_panel(message: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    if document.get_element_by_id("crash").is_some() {
        return Some(());
    }
    // A child element holding `text` (as text), appended to `parent`.
    let add = |parent: &web_sys::Element, tag: &str, text: &str| -> Option<web_sys::Element> {
        let e = document.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        parent.append_child(&e).ok()?;
        Some(e)
    };
    let panel = document.create_element("div").ok()?;
    panel.set_id("crash");
    panel.set_class_name("crash");
    panel.set_attribute("role", "alert").ok()?;
    add(&panel, "h1", "Something went wrong")?;
    add(&panel, "p", "Counterpoint hit an error it cannot recover from. Your link is intact: reloading the page starts again from it.")?;
    // Without the forcing key, so "Reload" does not crash again.
    let here = web_sys::window()?.location().href().ok()?;
    let reload = add(&panel, "a", "Reload the page")?;
    reload.set_attribute("href", &here.replace("debug=panic", "")).ok()?;
    reload.set_class_name("button");
    add(&panel, "pre", message)?.set_class_name("crash-detail");
    let body = document.body()?;
    // A prerendered first view the app never drew over goes (it is inert).
    crate::browser::drop_prerender();
    // Whatever Yew left half-drawn is hidden behind the panel, not removed.
    body.set_class_name("crashed");
    body.prepend_with_node_1(&panel).ok()?;
    if let Some(p) = panel.dyn_ref::<web_sys::HtmlElement>() {
        p.set_tab_index(-1);
        let _ = p.focus();
    }
    Some(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_the_exact_key_forces_a_panic() {
        assert!(super::forced("?debug=panic"));
        assert!(super::forced("?view=claims&debug=panic"));
        assert!(!super::forced("?q=debug%3Dpanic"));
        assert!(!super::forced("?debug=panicky"));
        assert!(!super::forced(""));
    }
}
