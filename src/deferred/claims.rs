//! The claims view: disputes, each a question with two sides, claims on one
//! side and counterclaims on the other in time order. Each card shows the
//! speaker (a link that filters by them), the reporting verb, a polarity
//! badge, the quote, and a link to the sentence in its article.

use crate::components::link::href;
use crate::components::marks::with_terms;
use crate::components::meta::{self, byline};
use crate::{browser, format};
use counterpoint_core::filter::{self, DisputeView};
use counterpoint_core::model::Speaker;
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

/// Cards shown on each side of a dispute (the focused claim is always
/// shown): at thousands of articles, the filters narrow the rest.
pub const CARDS_PER_SIDE: usize = 25;

#[derive(Properties, PartialEq)]
pub struct ClaimsProps {
    pub view: View,
}


#[function_component(Claims)]
pub fn claims(p: &ClaimsProps) -> Html {
    let store = crate::store::use_store();
    let snap = &*store.snap;
    let idx = &*store.idx;
    let shown: Vec<DisputeView> = filter::disputes(snap, idx, &p.view);
    {
        let focus = p.view.claim.clone();
        use_effect_with(focus, |focus| {
            if let Some(id) = focus {
                browser::scroll_to(&format!("card-{id}"));
            }
        });
    }
    // The view's count, where the app puts the others' (under the title).
    let count = html! { <p class="count" aria-live="polite">{ format!("{} of {} disputes", shown.len(), store.totals().2) }</p> };
    if shown.is_empty() {
        return html! {
            <>
            { count }
            <div class="empty">
                <p>{ if p.view.has_filters() { format::empty_reason(&p.view) } else { "No disputes were found in this corpus.".to_string() } }</p>
                if p.view.has_filters() {
                    <a href={href(&p.view.cleared())} class="button">{ "Clear filters" }</a>
                }
            </div>
            </>
        };
    }
    let terms = filter::terms(&p.view.q);
    let card = |c: u32| {
        let claim = &snap.claims[c as usize];
        let a = &snap.articles[claim.article as usize];
        let text = &store.text(claim.article as usize)[claim.span.range()];
        let marks = filter::term_ranges(text, &terms);
        let focused = p.view.claim.as_deref() == Some(claim.id.as_str());
        let speaker = match &claim.speaker {
            Speaker::Entity(e) => {
                let ent = &snap.entities[*e as usize];
                let on = p.view.entities.contains(&ent.id);
                let to = if on { p.view.clone() } else { p.view.toggle_entity(&ent.id) };
                html! { <a href={href(&to)} class={classes!("tag", format!("kind-{}", ent.kind.as_str()), on.then_some("selected"))}>{ &ent.name }</a> }
            }
            other => html! { <span class="tag plain">{ format::speaker_label(snap, other) }</span> },
        };
        html! {
            <li class={classes!("card", focused.then_some("focus"))} id={format!("card-{}", claim.id)} key={claim.id.clone()}>
                <p class="card-head">
                    { speaker }
                    if let Some(v) = &claim.verb { <span class="verb">{ v }</span> }
                    <span class={classes!("badge", format!("pol-{}", claim.polarity.as_str()))}>{ claim.polarity.badge() }</span>
                </p>
                <blockquote>{ with_terms(text, 0, text.len(), &marks) }</blockquote>
                <p class="source">
                    <a href={href(&View { kind: ViewKind::Article, article: Some(a.id.clone()), claim: Some(claim.id.clone()), ..p.view.clone() })} class="result-link">
                        { &a.title }
                    </a>
                    if !meta::is_blank(snap, a) {
                        <span class="source-meta">{ " — " }{ byline(snap, a) }</span>
                    }
                </p>
            </li>
        }
    };
    html! {
        <>
        { count }
        <div class="disputes">
            { for shown.iter().map(|d| {
                let dispute = &snap.disputes[d.dispute];
                let head = |s: usize| if s == 0 { "Claims" } else { "Counterclaims" };
                // The first cards of a side, and the focused claim wherever it stands.
                let shown_cards = |s: usize| -> Vec<u32> {
                    d.sides[s].iter().enumerate()
                        .filter(|&(k, &c)| k < CARDS_PER_SIDE || p.view.claim.as_deref() == Some(snap.claims[c as usize].id.as_str()))
                        .map(|(_, &c)| c)
                        .collect()
                };
                html! {
                    <section class="dispute" key={dispute.id.clone()} aria-labelledby={format!("d-{}", dispute.id)}>
                        <h2 id={format!("d-{}", dispute.id)}>{ &dispute.topic }</h2>
                        <div class="sides">
                            { for (0..2).map(|s| html! {
                                <div class={classes!("side", if s == 0 { "side-a" } else { "side-b" })}>
                                    <h3>{ head(s) }<span class="side-who">{ format::side_label(snap, &d.sides[s]) }</span></h3>
                                    <ol class="cards">{ for shown_cards(s).iter().map(|&c| card(c)) }</ol>
                                    if shown_cards(s).len() < d.sides[s].len() {
                                        <p class="more">{ format!("and {} more on this side: narrow them with the filters or a search", d.sides[s].len() - shown_cards(s).len()) }</p>
                                    }
                                </div>
                            }) }
                        </div>
                    </section>
                }
            }) }
        </div>
        </>
    }
}
