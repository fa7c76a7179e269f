//! Same story, several outlets: the reader's "Also reported by" box and the
//! story view, which sets the accounts of one event side by side (columns
//! on a wide screen, one after another on a phone). Which articles form a
//! story is `counterpoint_core::stories`'s decision.

use crate::components::body::{article_body, legend};
use crate::components::link::href;
use crate::components::meta::byline;
use crate::format;
use crate::store::use_store;
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub view: View,
    pub article: usize,
}

/// In the reader: the other accounts of this article's event, if any.
#[function_component(OtherAccounts)]
pub fn other_accounts(p: &StoryProps) -> Html {
    let store = use_store();
    let snap = &*store.snap;
    let Some(s) = store.idx.article_story[p.article].map(|s| s as usize) else { return html! {} };
    let me = &snap.articles[p.article];
    let others: Vec<usize> = snap.stories[s].articles.iter().map(|&a| a as usize).filter(|&a| a != p.article).collect();
    html! {
        <aside class="accounts" aria-label="Other accounts of this story">
            <p>
                { "Also reported by " }
                { for others.iter().enumerate().map(|(k, &a)| {
                    let art = &snap.articles[a];
                    html! {
                        <>
                            if k > 0 { { if k + 1 == others.len() { " and " } else { ", " } } }
                            <a href={href(&p.view.reader(&art.id, None))}>{ format::outlet_name(snap, art).unwrap_or("another outlet") }</a>
                        </>
                    }
                }) }
                { ". " }
                <a href={href(&p.view.story(&me.id))} class="button">{ "Read side by side" }</a>
            </p>
        </aside>
    }
}

/// The story view: every account of the event, side by side.
#[function_component(StoryView)]
pub fn story_view(p: &StoryProps) -> Html {
    let store = use_store();
    let snap = &*store.snap;
    let idx = &*store.idx;
    let Some(s) = idx.article_story[p.article].map(|s| s as usize) else { return html! {} };
    let accounts = &snap.stories[s].articles;
    // Names every account mentions: what the event is about.
    let mut shared: Vec<u32> = idx.article_entities[accounts[0] as usize].clone();
    for &a in &accounts[1..] {
        shared.retain(|e| idx.article_entities[a as usize].binary_search(e).is_ok());
    }
    html! {
        <section class="story" aria-labelledby="story-title">
            <p class="back"><a href={href(&p.view.reader(&snap.articles[p.article].id, None))}>{ "← Back to the article" }</a></p>
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
                        <article class={classes!("account", (a as usize == p.article).then_some("current"))} aria-label={format!("{}: {}", format::outlet_name(snap, art).unwrap_or("Unknown outlet"), art.title)}>
                            <h2 class="headline"><a href={href(&View { kind: ViewKind::Article, article: Some(art.id.clone()), claim: None, ..p.view.clone() })}>{ &art.title }</a></h2>
                            <p class="meta">{ byline(snap, art) }</p>
                            { article_body(snap, idx, &p.view, a as usize, store.body(a as usize), true) }
                        </article>
                    }
                }) }
            </div>
        </section>
    }
}
