//! Components: the page shell and the article list. Each component maps
//! snapshot data (through `format`) to markup and holds no logic of its own.

use crate::{format, snapshot};
use counterpoint_core::model::{Article, Snapshot};
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let snap = snapshot::get();
    let span = format::year_span(snap).map(|y| format!(" · {y}")).unwrap_or_default();
    html! {
        <>
            <a class="skip" href="#main">{ "Skip to the articles" }</a>
            <header class="masthead">
                <div class="wrap">
                    <p class="brand">{ "Counterpoint" }</p>
                    <p class="tagline">{ "Who claims what, who disputes it, and where each side said so." }</p>
                </div>
            </header>
            <main id="main" class="wrap">
                <h1 class="view-title">{ "Articles" }</h1>
                <p class="count" aria-live="polite">
                    { format!("{} articles{span}", snap.articles.len()) }
                </p>
                <ArticleList />
            </main>
            <footer class="wrap colophon">
                <p>{ format!("{} claims · {} disputes · built from {} files", snap.claims.len(), snap.disputes.len(), snap.articles.len()) }</p>
            </footer>
        </>
    }
}

#[function_component(ArticleList)]
pub fn article_list() -> Html {
    let snap = snapshot::get();
    html! {
        <ul class="articles">
            { for format::newest_first(snap).into_iter().map(|i| html! { <ArticleItem index={i} /> }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct ArticleItemProps {
    pub index: usize,
}

#[function_component(ArticleItem)]
pub fn article_item(props: &ArticleItemProps) -> Html {
    let snap: &Snapshot = snapshot::get();
    let a: &Article = &snap.articles[props.index];
    let claims = snap.claims.iter().filter(|c| c.article as usize == props.index).count();
    let outlet = format::outlet_name(snap, a).unwrap_or("Unknown outlet");
    let date = a.date.as_ref().map(|d| html! {
        <>
            <span aria-hidden="true">{ " · " }</span>
            <time datetime={d.date.iso()} title={format::date_title(d)} class={classes!(d.inferred.then_some("approx"))}>
                { format::date_label(d) }
            </time>
        </>
    });
    html! {
        <li class="article" id={format!("a-{}", a.id)}>
            <h2 class="headline"><a href={format!("?view=article&article={}", a.id)}>{ &a.title }</a></h2>
            <p class="meta"><span class="outlet">{ outlet }</span>{ for date }</p>
            if let Some(sf) = &a.standfirst {
                <p class="standfirst">{ sf }</p>
            }
            <p class="stats">{ format!("{claims} attributed claims") }</p>
        </li>
    }
}
