//! "Export JSON" and "Export CSV": exactly what the current view shows
//! (every page of it), each article, claim and pair with its permalink. The
//! selection and both formats are `counterpoint_core::export`'s, run in the
//! analyser worker (an export of thousands of articles is tens of megabytes
//! of text: the page stays responsive, and its wasm carries neither
//! format). The buttons are here; asking the worker and handing the file
//! to the browser is `deferred::export`'s, in the second module (an export
//! asked for before it is here waits for it).

use crate::deferred;
use crate::split;
use crate::store::Store;
use counterpoint_core::query::View;
use yew::prelude::*;

/// `counterpoint-claims-china.json`: the view and its first filter.
pub fn file_name(v: &View, ext: &str) -> String {
    let mut name = format!("counterpoint-{}", v.kind.as_str());
    if let Some(e) = v.entities.first() {
        name.push('-');
        name.push_str(e);
    }
    if let Some(a) = &v.article {
        name.push('-');
        name.push_str(&a.chars().take(40).collect::<String>());
    }
    format!("{name}.{ext}")
}

/// The two buttons for `view`; `status` (the app's state, so this is no
/// component of its own) says what the last export is doing: "Preparing …",
/// or why it failed.
pub fn export_buttons(store: &Store, view: &View, status: &UseStateHandle<String>) -> Html {
    let run = |csv: bool| {
        let (store, v, status) = (store.clone(), view.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            status.set("Preparing the export…".into());
            let (store, v, status) = (store.clone(), v.clone(), status.clone());
            split::when_ready(move |r| match r {
                Ok(()) => {
                    // Through a pointer: see `deferred`.
                    let door: fn(Store, View, bool, UseStateHandle<String>) = std::hint::black_box(deferred::export);
                    door(store, v, csv, status);
                }
                Err(why) => status.set(format!("Could not export: {why}")),
            });
        })
    };
    html! {
        <div class="export" role="group" aria-label="Export this view">
            <button type="button" class="button" onclick={run(false)} title="Download this view's articles, claims and disputes as JSON">{ "Export JSON" }</button>
            <button type="button" class="button" onclick={run(true)} title="Download this view's articles and claims as CSV">{ "Export CSV" }</button>
            <span class="export-status" role="status">{ (**status).clone() }</span>
        </div>
    }
}
