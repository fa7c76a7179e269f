//! Same story, several outlets: the reader's "Also reported by" box and the
//! story view, which sets the accounts of one event side by side (columns
//! on a wide screen, one after another on a phone). Which articles form a
//! story is `counterpoint_core::stories`'s decision.

use crate::components::body::{article_body, legend};
use crate::components::link::href;
use crate::components::meta::byline;
use crate::format;
use crate::store::Store;
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

// Both are plain functions of the store, the view and the article, not
// components: they hold no state, and each component costs the page's wasm
// its own copy of Yew's lifecycle code.

/// In the reader: the other accounts of this article's event, if any.
pub fn other_accounts(store: &Store, view: &View, article: usize) -> Html {
    let snap = &*store.snap;
    let Some(s) = store.idx.article_story[article].map(|s| s as usize) else { return html! {} };
    let me = &snap.articles[article];
    let others: Vec<usize> = snap.stories[s].articles.iter().map(|&a| a as usize).filter(|&a| a != article).collect();
    html! {
        <aside class="accounts" aria-label="Other accounts of this story">
            <p>
                { "Also reported by " }
                { for others.iter().enumerate().map(|(k, &a)| {
                    let art = &snap.articles[a];
                    html! {
                        <>
                            if k > 0 { { if k + 1 == others.len() { " and " } else { ", " } } }
                            <a href={href(&view.reader(&art.id, None))}>{ format::outlet_name(snap, art).unwrap_or("another outlet") }</a>
                        </>
                    }
                }) }
                { ". " }
                <a href={href(&view.story(&me.id))} class="button">{ "Read side by side" }</a>
            </p>
        </aside>
    }
}

/// The story view: every account of the event, side by side.
pub fn story_view(store: &Store, view: &View, article: usize) -> Html {
    let snap = &*store.snap;
    let idx = &*store.idx;
    let Some(s) = idx.article_story[article].map(|s| s as usize) else { return html! {} };
    let accounts = &snap.stories[s].articles;
    // Names every account mentions: what the event is about.
    let mut shared: Vec<u32> = idx.article_entities[accounts[0] as usize].clone();
    for &a in &accounts[1..] {
        shared.retain(|e| idx.article_entities[a as usize].binary_search(e).is_ok());
    }
    html! {
        <section class="story" aria-labelledby="story-title">
            <p class="back"><a href={href(&view.reader(&snap.articles[article].id, None))}>{ "← Back to the article" }</a></p>
            <h1 id="story-title" class="view-title">{ format!("One story, {} accounts", accounts.len()) }</h1>
            if !shared.is_empty() {
                <p class="shared">
                    { "All of them name " }
                    { for shared.iter().take(8).enumerate().map(|(k, &e)| html! {
                        <>{ if k > 0 { ", " } else { "" } }<strong>{ &snap.entities[e as usize].name }</strong></>
                    }) }
                    { "." }
                </p>
            }
            { legend() }
            <div class={classes!("columns", format!("cols-{}", accounts.len().min(3)))}>
                { for accounts.iter().map(|&a| {
                    let art = &snap.articles[a as usize];
                    html! {
                        <article class={classes!("account", (a as usize == article).then_some("current"))} aria-label={format!("{}: {}", format::outlet_name(snap, art).unwrap_or("Unknown outlet"), art.title)}>
                            <h2 class="headline"><a href={href(&View { kind: ViewKind::Article, article: Some(art.id.clone()), claim: None, ..view.clone() })}>{ &art.title }</a></h2>
                            <p class="meta">{ byline(snap, art) }</p>
                            { article_body(snap, idx, view, a as usize, store.body(a as usize), true) }
                        </article>
                    }
                }) }
            </div>
        </section>
    }
}
