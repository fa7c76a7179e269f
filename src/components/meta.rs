//! Outlet · date, with the date's precision and provenance.

use crate::format;
use counterpoint_core::model::{Article, Snapshot};
use yew::prelude::*;

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
