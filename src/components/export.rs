//! "Export JSON" and "Export CSV": exactly what the current view shows
//! (every page of it), each article, claim and pair with its permalink. The
//! selection and both formats are `counterpoint_core::export`'s; this only
//! names the file and hands it to the browser.

use crate::browser;
use crate::store::use_store;
use counterpoint_core::export::{self, Links, Selection};
use counterpoint_core::query::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub view: View,
}

/// `counterpoint-claims-china.json`: the view and its first filter.
fn file_name(v: &View, ext: &str) -> String {
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

#[function_component(ExportButtons)]
pub fn export_buttons(p: &ExportProps) -> Html {
    let store = use_store();
    let run = |csv: bool| {
        let (store, v) = (store.clone(), p.view.clone());
        Callback::from(move |_: MouseEvent| {
            let sel = Selection::of_view(&store.snap, &store.idx, &v);
            let base = browser::page_base();
            let links = Links { base: &base };
            if csv {
                browser::download(&file_name(&v, "csv"), "text/csv;charset=utf-8", &export::csv(&store.snap, &sel, &links));
            } else {
                let e = export::export_selection(&store.snap, &sel, Some(&links));
                let json = serde_json::to_string_pretty(&e).unwrap_or_default();
                browser::download(&file_name(&v, "json"), "application/json", &json);
            }
        })
    };
    html! {
        <div class="export" role="group" aria-label="Export this view">
            <button type="button" class="button" onclick={run(false)} title="Download this view's articles, claims and disputes as JSON">{ "Export JSON" }</button>
            <button type="button" class="button" onclick={run(true)} title="Download this view's articles and claims as CSV">{ "Export CSV" }</button>
        </div>
    }
}
