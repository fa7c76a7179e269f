//! The reader: an article's cleaned text with entity mentions linked by
//! kind, claim sentences marked with their speaker, and `claim=` scrolled to
//! and highlighted.

use crate::browser;
use crate::components::body::{article_body, legend};
use crate::components::link::href;
use crate::components::local::local_note;
use crate::components::meta::byline;
use crate::deferred::story::other_accounts;
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub view: View,
    pub article: usize,
}

#[function_component(Reader)]
pub fn reader(p: &ReaderProps) -> Html {
    let ctx = crate::store::use_ctx();
    // Why removing this article (the user's own) failed, if it did.
    let remove_error = use_state(|| None::<(usize, String)>);
    use_effect_with((p.article, p.view.claim.clone()), |(_, focus)| {
        match focus {
            Some(id) => browser::scroll_to(&format!("claim-{id}")),
            None => browser::scroll_top(),
        }
    });
    page(&ctx, p, &remove_error)
}

/// The reader's page, a function of its own. Inlined into Yew's generic
/// code for the component, it would be code the release build's split
/// (`scripts/split.mjs`) cannot tell as the reader's, and it would stay in
/// the start-up module.
#[inline(never)]
fn page(ctx: &crate::store::Ctx, p: &ReaderProps, remove_error: &UseStateHandle<Option<(usize, String)>>) -> Html {
    let store = &ctx.store;
    let snap = &*store.snap;
    let idx = &*store.idx;
    let a = &snap.articles[p.article];
    let body = article_body(snap, idx, &p.view, p.article, store.body(p.article), true);
    let disputes: Vec<usize> = snap
        .disputes
        .iter()
        .enumerate()
        .filter(|(_, d)| d.claims.iter().flatten().any(|&c| snap.claims[c as usize].article as usize == p.article))
        .map(|(i, _)| i)
        .collect();
    html! {
        <article class="reader">
            <p class="back"><a href={href(&p.view.with_kind(ViewKind::Articles))}>{ "← Back to the results" }</a></p>
            <h1 class="reader-title">{ &a.title }</h1>
            <p class="meta">{ byline(snap, a) }</p>
            if a.local {
                { local_note(ctx, p.article, remove_error) }
            }
            { other_accounts(store, &p.view, p.article) }
            { legend() }
            { body }
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
                            html! { <li><a href={href(&v)}>{ &snap.disputes[d].topic }</a></li> }
                        }) }
                    </ul>
                </aside>
            }
        </article>
    }
}
