//! The reader: an article's cleaned text with entity mentions linked by
//! kind, claim sentences marked with their speaker, and `claim=` scrolled to
//! and highlighted.

use crate::components::link::Link;
use crate::components::marks::with_mentions;
use crate::components::meta::byline;
use crate::{browser, format, snapshot};
use counterpoint_core::filter;
use counterpoint_core::model::Claim;
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub view: View,
    pub article: usize,
}

#[function_component(Reader)]
pub fn reader(p: &ReaderProps) -> Html {
    let snap = snapshot::get();
    let idx = snapshot::index();
    let a = &snap.articles[p.article];
    let focus = p.view.claim.clone();
    {
        let focus = focus.clone();
        use_effect_with((p.article, focus), |(_, focus)| {
            match focus {
                Some(id) => browser::scroll_to(&format!("claim-{id}")),
                None => browser::scroll_top(),
            }
        });
    }
    let terms = filter::terms(&p.view.q);
    let term_marks = filter::term_ranges(&a.text, &terms);
    let claims: Vec<&Claim> = idx.article_claims[p.article].iter().map(|&c| &snap.claims[c as usize]).collect();
    let paragraphs = a.paragraphs.iter().map(|para| {
        let (ps, pe) = (para.start as usize, para.end as usize);
        let mut parts = Vec::new();
        let mut at = ps;
        for c in claims.iter().filter(|c| c.span.start as usize >= ps && c.span.end as usize <= pe) {
            let (cs, ce) = (c.span.start as usize, c.span.end as usize);
            if cs > at {
                parts.push(with_mentions(snap, &p.view, &a.text, at, cs, &a.mentions, &term_marks));
            }
            let focused = focus.as_deref() == Some(c.id.as_str());
            let who = format::speaker_label(snap, &c.speaker);
            let verb = c.verb.clone().unwrap_or_else(|| "quoted".into());
            parts.push(html! {
                <span class={classes!("claim", format!("pol-{}", c.polarity.as_str()), focused.then_some("focus"))} id={format!("claim-{}", c.id)}>
                    <Link to={p.view.reader(&a.id, Some(&c.id))} class="who" title={AttrValue::from(format!("Claim by {who} ({verb}, {}): link to this sentence", c.polarity.badge()))}>
                        { format!("{who} · {}", c.polarity.badge()) }
                    </Link>
                    { " " }
                    { with_mentions(snap, &p.view, &a.text, cs, ce, &a.mentions, &term_marks) }
                </span>
            });
            at = ce;
        }
        if at < pe {
            parts.push(with_mentions(snap, &p.view, &a.text, at, pe, &a.mentions, &term_marks));
        }
        html! { <p>{ for parts }</p> }
    });
    let disputes: Vec<usize> = snap
        .disputes
        .iter()
        .enumerate()
        .filter(|(_, d)| d.claims.iter().flatten().any(|&c| snap.claims[c as usize].article as usize == p.article))
        .map(|(i, _)| i)
        .collect();
    html! {
        <article class="reader">
            <p class="back"><Link to={p.view.with_kind(ViewKind::Articles)}>{ "← Back to the results" }</Link></p>
            <h1 class="reader-title">{ &a.title }</h1>
            <p class="meta">{ byline(snap, a) }</p>
            <div class="legend" aria-label="Legend">
                <span class="claim pol-accuse">{ "accuses" }</span>
                <span class="claim pol-deny">{ "denies" }</span>
                <span class="claim pol-agree">{ "agrees" }</span>
                <span class="claim pol-assert">{ "asserts" }</span>
                <span class="claim pol-other">{ "other" }</span>
            </div>
            <div class="body">{ for paragraphs }</div>
            if !disputes.is_empty() {
                <aside class="in-disputes">
                    <h2>{ "Disputes this article takes part in" }</h2>
                    <ul>
                        { for disputes.into_iter().map(|d| {
                            let mut v = p.view.with_kind(ViewKind::Claims);
                            v.q = String::new();
                            // Focus this article's first claim in the dispute.
                            v.claim = snap.disputes[d].claims.iter().flatten()
                                .find(|&&c| snap.claims[c as usize].article as usize == p.article)
                                .map(|&c| snap.claims[c as usize].id.clone());
                            html! { <li><Link to={v}>{ &snap.disputes[d].topic }</Link></li> }
                        }) }
                    </ul>
                </aside>
            }
        </article>
    }
}
