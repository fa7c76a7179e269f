//! The filter panel: entity chips grouped by kind with live counts, outlet
//! and year facets, and "Clear filters". A group shows its most frequent
//! chips (and every chosen one) until "Show all" opens it: a large corpus
//! has hundreds of names, and drawing them all on every press costs time.
//! Every chip carries its [`Facet`] as an attribute and one listener on the
//! panel reads it: a render builds no view and no closure per chip.

use crate::state::{Facet, Msg};
use counterpoint_core::model::EntityKind;
use counterpoint_core::query::View;
use yew::prelude::*;

/// Chips a closed group shows.
const CHIPS_SHOWN: usize = 12;

#[derive(Properties, PartialEq)]
pub struct FacetsProps {
    pub view: View,
    /// Matching articles per entity (by index).
    pub counts: Vec<usize>,
    pub outlets: Vec<(usize, usize)>,
    pub years: Vec<(u16, usize)>,
}

#[function_component(Facets)]
pub fn facets(p: &FacetsProps) -> Html {
    let crate::store::Ctx { store, send, .. } = crate::store::use_ctx();
    let snap = &*store.snap;
    let idx = &*store.idx;
    let on_chip = {
        let send = send.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(f) = crate::browser::attr_of_closest(&e, "[data-facet]", "data-facet").as_deref().and_then(Facet::parse) {
                send.emit(Msg::Toggle(f));
            }
        })
    };
    let clear = {
        let (send, v) = (send.clone(), p.view.cleared());
        Callback::from(move |_: MouseEvent| send.emit(Msg::Navigate(v.clone())))
    };
    let selected = idx.entities_of(&p.view);
    // Presentation only (not part of the view): which groups are open, one
    // bit per kind (a `u32` state like the root's: bytes, one hook type
    // fewer in the wasm).
    let open = use_state(|| 0u32);
    let groups = EntityKind::ALL.into_iter().filter_map(|kind| {
        let count = |i: u32| p.counts.get(i as usize).copied().unwrap_or(0);
        let mut ents: Vec<u32> = (0..snap.entities.len() as u32)
            .filter(|&i| snap.entities[i as usize].kind == kind && (count(i) > 0 || selected.contains(&i)))
            .collect();
        if ents.is_empty() {
            return None;
        }
        crate::format::sort(&mut ents, &|a, b| count(b).cmp(&count(a)).then_with(|| snap.entities[a as usize].name.cmp(&snap.entities[b as usize].name)).then(a.cmp(&b)));
        let heading = kind.heading();
        let total = ents.len();
        let bit = 1u32 << kind as u32;
        let is_open = *open & bit != 0;
        let toggle = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| open.set(*open ^ bit))
        };
        let ents: Vec<(u32, usize)> = ents
            .into_iter()
            .enumerate()
            .filter(|&(k, i)| is_open || k < CHIPS_SHOWN || selected.contains(&i))
            .map(|(_, i)| (i, count(i)))
            .collect();
        Some(html! {
            <section class="facet">
                <h3>{ heading }</h3>
                <div class="chips" role="group" aria-label={heading}>
                    { for ents.into_iter().map(|(i, n)| {
                        let e = &snap.entities[i as usize];
                        let pressed = selected.contains(&i);
                        html! {
                            <button type="button" class={classes!("chip", format!("kind-{}", kind.as_str()))}
                                aria-pressed={if pressed { "true" } else { "false" }}
                                data-facet={Facet::Entity(e.id.clone()).attr()}>
                                <span class="chip-name">{ &e.name }</span>
                                <span class="n" aria-label={if n == 1 { "1 article".to_string() } else { format!("{n} articles") }}>{ n }</span>
                            </button>
                        }
                    }) }
                </div>
                if total > CHIPS_SHOWN {
                    <button type="button" class="more-chips" aria-expanded={if is_open { "true" } else { "false" }} onclick={toggle}>
                        { if is_open { format!("Show fewer {}", heading.to_ascii_lowercase()) } else { format!("Show all {total} {}", heading.to_ascii_lowercase()) } }
                    </button>
                }
            </section>
        })
    });
    let outlets = p.outlets.iter().map(|&(o, n)| {
        let outlet = &snap.outlets[o];
        let pressed = p.view.outlet.as_deref() == Some(outlet.id.as_str());
        html! {
            <button type="button" class="chip facet-outlet" aria-pressed={if pressed { "true" } else { "false" }} data-facet={Facet::Outlet(outlet.id.clone()).attr()}>
                <span class="chip-name">{ &outlet.name }</span><span class="n">{ n }</span>
            </button>
        }
    });
    let years = p.years.iter().map(|&(y, n)| {
        let d = counterpoint_core::date::PubDate::new(y, None, None);
        let pressed = p.view.from == d && p.view.to == d;
        html! {
            <button type="button" class="chip facet-year" aria-pressed={if pressed { "true" } else { "false" }} data-facet={Facet::Year(y).attr()}>
                <span class="chip-name">{ y }</span><span class="n">{ n }</span>
            </button>
        }
    });
    html! {
        <div class="facets" onclick={on_chip}>
            <div class="facets-head">
                <h2>{ "Filters" }</h2>
                if p.view.has_filters() {
                    <button type="button" class="clear" onclick={clear}>{ "Clear filters" }</button>
                }
            </div>
            { for groups }
            <section class="facet">
                <h3>{ "Outlets" }</h3>
                <div class="chips" role="group" aria-label="Outlets">{ for outlets }</div>
            </section>
            <section class="facet">
                <h3>{ "Years" }</h3>
                <div class="chips" role="group" aria-label="Years">{ for years }</div>
            </section>
        </div>
    }
}
