//! Outlet · date, with the date's precision and provenance.

use crate::format;
use counterpoint_core::model::{Article, Snapshot};
use yew::prelude::*;

/// Whether an article's byline would say nothing but "Unknown outlet":
/// a line under a claim, which already names its article, then shows no
/// byline at all.
pub fn is_blank(snap: &Snapshot, a: &Article) -> bool {
    format::outlet_name(snap, a).is_none() && a.date.is_none() && !a.local
}

pub fn byline(snap: &Snapshot, a: &Article) -> Html {
    let outlet = format::outlet_name(snap, a).unwrap_or(if a.local { "No outlet given" } else { "Unknown outlet" });
    html! {
        <>
            <span class="outlet">{ outlet }</span>
            if let Some(d) = &a.date {
                <span aria-hidden="true">{ " · " }</span>
                <time datetime={d.date.iso()} title={format::date_title(d)} class={classes!(d.inferred.then_some("approx"))}>
                    { format::date_label(d) }
                </time>
            }
            if a.local {
                { " " }{ crate::components::local::badge() }
            }
        </>
    }
}
