//! An article's text as the reader shows it: paragraphs with entity
//! mentions marked by kind and claim sentences marked with who said them and
//! how. Shared by the reader, the story view's columns and the analyse
//! view's preview.

use crate::components::link::href;
use crate::components::marks::Marker;
use crate::store::Shown;
use crate::format;
use counterpoint_core::filter::{self, Index};
use counterpoint_core::model::{Claim, Snapshot};
use counterpoint_core::query::View;
use yew::prelude::*;

/// The colour key of claim marks.
pub fn legend() -> Html {
    html! {
        <div class="legend" aria-label="Legend">
            <span class="claim pol-accuse">{ "accuses" }</span>
            <span class="claim pol-deny">{ "denies" }</span>
            <span class="claim pol-agree">{ "agrees" }</span>
            <span class="claim pol-assert">{ "asserts" }</span>
            <span class="claim pol-other">{ "other" }</span>
        </div>
    }
}

/// The article's paragraphs. With `linked`, mentions filter by their entity
/// and claim labels link to their sentence; a preview marks them only.
pub fn article_body(snap: &Snapshot, idx: &Index, view: &View, article: usize, body: Shown, linked: bool) -> Html {
    let (a, text) = (&snap.articles[article], body.text);
    let focus = view.claim.as_deref();
    let terms = filter::terms(&view.q);
    let term_marks = filter::term_ranges(text, &terms);
    let claims: Vec<&Claim> = idx.article_claims[article].iter().map(|&c| &snap.claims[c as usize]).collect();
    let marker = Marker { snap, view, text, mentions: body.mentions, terms: &term_marks, linked };
    let paragraphs = body.paragraphs.iter().map(|para| {
        let (ps, pe) = (para.start as usize, para.end as usize);
        let mut parts = Vec::new();
        let mut at = ps;
        for c in claims.iter().filter(|c| c.span.start as usize >= ps && c.span.end as usize <= pe) {
            let (cs, ce) = (c.span.start as usize, c.span.end as usize);
            if cs > at {
                parts.push(marker.range(at, cs));
            }
            let focused = focus == Some(c.id.as_str());
            let who = format::speaker_label(snap, &c.speaker);
            let verb = c.verb.clone().unwrap_or_else(|| "quoted".into());
            let label = format!("{who} · {}", c.polarity.badge());
            let title = AttrValue::from(format!("Claim by {who} ({verb}, {}): link to this sentence", c.polarity.badge()));
            parts.push(html! {
                <span class={classes!("claim", format!("pol-{}", c.polarity.as_str()), focused.then_some("focus"))} id={format!("claim-{}", c.id)}>
                    if linked {
                        <a href={href(&view.reader(&a.id, Some(&c.id)))} class="who" {title}>{ label }</a>
                    } else {
                        <span class="who">{ label }</span>
                    }
                    { " " }
                    { marker.range(cs, ce) }
                </span>
            });
            at = ce;
        }
        if at < pe {
            parts.push(marker.range(at, pe));
        }
        html! { <p>{ for parts }</p> }
    });
    html! { <div class="body">{ for paragraphs }</div> }
}
