//! A link to another view: a real `<a href="?…">` (it can be opened in a new
//! tab, copied, shared) that, on a plain click, changes the view in place and
//! pushes a history entry instead of reloading the page.

use crate::state::Msg;
use counterpoint_core::query::{self, View};
use yew::prelude::*;

/// The href of a view: its query string, or "./" for the default view.
pub fn href(v: &View) -> String {
    let q = query::write(v);
    if q.is_empty() { "./".to_string() } else { q }
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: View,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Link)]
pub fn link(p: &LinkProps) -> Html {
    let send = use_context::<Callback<Msg>>();
    let to = p.to.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
            return; // let the browser open a new tab or window
        }
        if let Some(send) = &send {
            e.prevent_default();
            send.emit(Msg::Navigate(to.clone()));
        }
    });
    html! {
        <a href={href(&p.to)} class={p.class.clone()} aria-current={p.current.then_some("page")} title={p.title.clone()} {onclick}>
            { p.children.clone() }
        </a>
    }
}
