//! The articles view: the filtered list with headline links, outlet · date,
//! a snippet with highlights, the article's main entities, and its counts.

use crate::components::link::href;
use crate::components::marks::with_terms;
use crate::format;
use counterpoint_core::filter;
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticlesProps {
    pub view: View,
    /// The articles on the page shown (indices into the store's snapshot).
    pub page: Vec<usize>,
    /// How many articles the whole list holds.
    pub total: usize,
}

/// The list of `matching` (the whole filtered list), at the view's page.
pub fn list(view: &View, matching: &[usize]) -> Html {
    let (range, _, _) = filter::page(matching.len(), view.page);
    html! { <Articles view={view.clone()} page={matching[range].to_vec()} total={matching.len()} /> }
}

#[function_component(Articles)]
pub fn articles(p: &ArticlesProps) -> Html {
    let store = crate::store::use_store();
    let snap = &*store.snap;
    if p.total == 0 {
        return html! {
            <div class="empty">
                <p>{ format::empty_reason(&p.view) }</p>
                <a href={href(&p.view.cleared())} class="button">{ "Clear filters" }</a>
            </div>
        };
    }
    let terms = filter::terms(&p.view.q);
    let idx = &*store.idx;
    let (range, shown, pages) = filter::page(p.total, p.view.page);
    let pager = (pages > 1).then(|| html! {
        <nav class="pager" aria-label="Pages of results">
            if shown > 0 {
                <a href={href(&p.view.at_page(shown - 1))} class="button">{ "← Previous" }</a>
            }
            <span class="pager-at">{ format!("Page {} of {pages} · {}–{}", shown + 1, range.start + 1, range.end) }</span>
            if shown + 1 < pages {
                <a href={href(&p.view.at_page(shown + 1))} class="button">{ "Next →" }</a>
            }
        </nav>
    });
    html! {
        <>
        <ul class="articles">
            { for p.page.iter().map(|&i| {
                let a = &snap.articles[i];
                // Search terms and the chosen entities' names are marked alike.
                let mut marked = terms.clone();
                let body = store.body(i);
                marked.extend(filter::entity_terms(idx, &p.view, body.text, body.mentions));
                let title_marks = filter::term_ranges(&a.title, &marked);
                let (snip, cut_start, cut_end) = filter::snippet(body.text, body.standfirst, &marked, filter::SNIPPET_WIDTH);
                let snip_marks = filter::term_ranges(&snip, &marked);
                let main = format::main_entities(snap, i, 5);
                let counts = store.card_counts(i);
                html! {
                    <li class="article" key={a.id.clone()}>
                        <h2 class="headline">
                            <a href={href(&p.view.reader(&a.id, None))} class="result-link">{ with_terms(&a.title, 0, a.title.len(), &title_marks) }</a>
                        </h2>
                        <p class="meta">{ crate::components::meta::byline(snap, a) }</p>
                        <p class="snippet">
                            { if cut_start { "… " } else { "" } }
                            { with_terms(&snip, 0, snip.len(), &snip_marks) }
                            { if cut_end { " …" } else { "" } }
                        </p>
                        <p class="tags">
                            { for main.into_iter().map(|e| {
                                let ent = &snap.entities[e as usize];
                                let on = p.view.entities.contains(&ent.id);
                                let to = if on { p.view.with_kind(ViewKind::Articles) } else { p.view.with_kind(ViewKind::Articles).toggle_entity(&ent.id) };
                                html! { <a href={href(&to)} class={classes!("tag", format!("kind-{}", ent.kind.as_str()), on.then_some("selected"))}>{ &ent.name }</a> }
                            }) }
                        </p>
                        <p class="stats">
                            { format!("{} claims · {} in disputes", counts.claims, counts.disputed) }
                            if let Some(n) = counts.accounts {
                                { format!(" · one of {n} accounts of this story · ") }
                                <a href={href(&p.view.story(&a.id))}>{ "Side by side" }</a>
                            }
                        </p>
                    </li>
                }
            }) }
        </ul>
        { for pager }
        </>
    }
}
