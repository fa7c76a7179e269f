//! The page shell: search box, view tabs, "Copy link", export, the notice
//! for dropped URL parts, the filter panel and the current view. It owns the
//! [`Model`] and the [`Store`] and maps events to [`Msg`]s; `state.rs`
//! decides what they do.

use crate::components::articles::{self, Articles};
use crate::deferred;
use crate::components::export::export_buttons;
use crate::components::facets::Facets;
use crate::components::link::href;
use crate::components::waiting::{loading, waiting, waiting_for};
use crate::state::{Model, Msg, Nav};
use crate::store::{Ctx, Data, Store};
use crate::snapshot::{self, Texts};
use crate::split::{self, Split};
use crate::{browser, storage};
use counterpoint_core::assemble::Draft;
use counterpoint_core::front::Front;
use counterpoint_core::search::Of;
use counterpoint_core::filter::{self, Index};
use counterpoint_core::model::Snapshot;
use counterpoint_core::chunks;
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

/// The view tabs, in order.
const TABS: [(ViewKind, &str); 4] = [(ViewKind::Articles, "Articles"), (ViewKind::Claims, "Claims"), (ViewKind::Timeline, "Timeline"), (ViewKind::Analyse, "Analyse")];

/// Where the page's start stands: a corpus in pieces has its head (and,
/// for a visitor with saved articles, every text) fetched first, or, for a
/// visit to the unfiltered list, only its front (the head follows behind);
/// a visitor with saved articles also waits for the second module.
#[derive(Clone, PartialEq)]
enum Start {
    Loading,
    Failed(String),
    Ready,
}

/// Fetch what the first view needs, then say so through `start`.
fn load_start(start: UseStateHandle<Start>) {
    if snapshot::front_draws(&browser::query(), storage::kept()) {
        return snapshot::load_front(move |here| if here { start.set(Start::Ready) } else { load_head(start) });
    }
    load_head(start);
}

fn load_head(start: UseStateHandle<Start>) {
    snapshot::load_head(move |r| match r {
        // Saved articles join the whole snapshot, by code in the second
        // module (`deferred::saved`).
        Ok(()) if storage::kept() => snapshot::all_texts(move |r| match r {
            Ok(()) => split::when_ready(move |r| start.set(r.map_or_else(Start::Failed, |()| Start::Ready))),
            Err(why) => start.set(Start::Failed(why)),
        }),
        Ok(()) => start.set(Start::Ready),
        Err(why) => {
            // Why, with Retry, rather than the prerendered list.
            browser::drop_prerender();
            start.set(Start::Failed(why));
        }
    });
}

/// What the current view lists, and whether what it shows is here.
struct Results {
    /// The matching articles in the list's order (none while a search
    /// waits for the texts, or a view for the head behind the front).
    matching: Vec<usize>,
    /// The articles whose texts the view shows (`None`: every article's).
    shown: Option<Vec<usize>>,
    /// Whether those texts are here (behind the front: whether the head is).
    texts: Texts,
    /// Whether `matching` is known.
    counted: bool,
}

impl Results {
    /// Fetches what is missing (`snapshot::texts`).
    fn of(data: &Data, v: &View, on_front: bool) -> Self {
        if on_front {
            return Results { matching: (0..data.snap.articles.len()).collect(), shown: None, texts: Texts::Ready, counted: true };
        }
        if data.front.is_some() {
            return Results { matching: Vec::new(), shown: None, texts: snapshot::behind(), counted: false };
        }
        // In a corpus in pieces, a search waits for the search's words:
        // the articles' (every view lists them), and the disputed claims'
        // where disputes are shown. (With the user's own articles joined,
        // every text is here, and the search reads them.)
        let every_text = chunks::reads_every_text(v);
        let words = if filter::terms(&v.q).is_empty() || every_text || !data.drafts.is_empty() {
            Texts::Ready
        } else {
            // Both asked for at once: two fetches in flight, not one after the other.
            let claims = if matches!(v.kind, ViewKind::Claims | ViewKind::Timeline) { snapshot::words(Of::Claims) } else { Texts::Ready };
            match (snapshot::words(Of::Articles), claims) {
                (Texts::Failed(why), _) | (_, Texts::Failed(why)) => Texts::Failed(why),
                (Texts::Ready, Texts::Ready) => Texts::Ready,
                _ => Texts::Loading,
            }
        };
        if words != Texts::Ready {
            // No texts asked for yet (its wait shows no count of parts).
            return Results { matching: Vec::new(), shown: Some(Vec::new()), texts: words, counted: false };
        }
        let counted = !every_text || snapshot::texts(None) == Texts::Ready;
        let matching = if counted { filter::articles(&data.snap, &data.idx, v) } else { Vec::new() };
        // An embedded snapshot has every text (and its page's wasm none of
        // this: `HEAD` is a constant). In pieces, the head was read by the
        // second module, which says what a view shows.
        let shown = if every_text || snapshot::HEAD.is_none() {
            None
        } else {
            let door: fn(&Snapshot, &Index, &View, &[usize]) -> deferred::Shown = std::hint::black_box(deferred::shown);
            door(&data.snap, &data.idx, v, &matching)
        };
        let texts = snapshot::texts(shown.as_deref());
        Results { matching, shown, texts, counted }
    }
}

/// The page: the app, once the snapshot is here (at once when embedded).
#[function_component(Root)]
pub fn root() -> Html {
    // Ready at once when the snapshot is embedded, or (natively, for the
    // prerender) when the front is already here. The user's saved articles
    // join the list: "Loading" until they have (and the second module,
    // which joins them, is here), rather than the prerendered list without
    // them.
    let start = use_state(|| {
        let kept = storage::kept();
        if kept {
            browser::drop_prerender();
        }
        if (snapshot::ready() || snapshot::front().is_some()) && !kept { Start::Ready } else { Start::Loading }
    });
    let attempt = use_state(|| 0u32);
    {
        let start = start.clone();
        use_effect_with(*attempt, move |_| {
            if *start != Start::Ready {
                load_start(start);
            }
        });
    }
    let failed = match &*start {
        Start::Ready => return html! { <App /> },
        // The prerendered list stays until the app draws over it.
        Start::Loading if browser::prerendered() => return Html::default(),
        Start::Loading => None,
        Start::Failed(why) => Some(why.clone()),
    };
    let on_retry = {
        let (start, attempt) = (start.clone(), attempt.clone());
        Callback::from(move |()| {
            start.set(Start::Loading);
            attempt.set(*attempt + 1);
        })
    };
    html! {
        <main id="main" class="wrap starting">
            <p class="brand">{ "Counterpoint" }</p>
            // A visitor with saved articles waits for them (their texts, in
            // pieces, and the second module, which joins them).
            if storage::kept() {
                { waiting_for("Loading your saved articles…", failed, on_retry) }
            } else {
                { waiting(failed, on_retry) }
            }
        </main>
    }
}

#[function_component(App)]
pub fn app() -> Html {
    if crate::crash::forced(&browser::query()) {
        panic!("forced by the debug=panic key in the URL");
    }
    // The data (built snapshot + the user's own articles) and the model
    // live in cells that every callback reads fresh, so two messages sent
    // from one event both land; a change asks for one re-render.
    // With saved articles, the start waited for the second module, which
    // joins them (`Root`). (Articles saved by another tab since `Root`
    // looked, and the module not here yet: they show on the next visit.)
    let store = use_mut_ref(|| {
        if !storage::kept() || split::state() != Split::Ready {
            return (Store::built(), None, None);
        }
        let door: fn() -> deferred::Opened = std::hint::black_box(deferred::saved);
        door()
    });
    let model = use_mut_ref(|| {
        let mut m = Model::from_query(&browser::query(), &store.borrow().0.snap);
        m.alerts.extend(store.borrow_mut().1.take());
        m
    });
    let redraw = use_force_update();
    // Presentation only (not part of the view): the filter panel's
    // disclosure at phone width.
    let filters_open = use_state(|| false);
    // What the last export is doing (see `export_buttons`).
    let export_status = use_state(String::new);
    // The filter panel is drawn just after the first paint: the results are
    // what a visit comes for, and the panel is most of the first render's
    // DOM (at phone width it starts closed anyway). Not when the first
    // render replaces the build's prerendered view, which has its panel
    // (natively the app is only that prerender: the whole first view).
    let panel_drawn = use_state(|| cfg!(not(target_arch = "wasm32")) || browser::prerendered());
    // The prerendered view gives way once the app's own is whole, in the
    // task that drew it: a visit never sees two lists, or a list losing its
    // panel for a frame.
    use_effect_with(*panel_drawn, |&drawn| {
        if drawn {
            browser::drop_prerender();
        }
    });
    // A link followed while only the front is here that the front cannot
    // read (an article past its first page): read once the head is.
    let deferred = use_mut_ref(|| false);
    // One dispatcher for every component, and the way to hand the app a new
    // store (components that add or remove the user's articles), both through
    // context and made once, so that the context changes only with the data.
    let (send, set_store) = {
        let (model, store, redraw, deferred) = (model.clone(), store.clone(), redraw.clone(), deferred.clone());
        (*use_state(move || {
            let send = {
                let store = store.clone();
                Callback::from(move |msg: Msg| {
                    let snap = store.borrow().0.snap.clone();
                    if store.borrow().0.front.is_some() {
                        if let Msg::Follow(q) | Msg::Popped(q) = &msg {
                            if !counterpoint_core::query::parse(q, &snap).1.is_empty() {
                                if matches!(msg, Msg::Follow(_)) {
                                    browser::push(q);
                                }
                                *deferred.borrow_mut() = true;
                                return redraw.force_update();
                            }
                        }
                    }
                    let nav = model.borrow_mut().update(msg, &snap);
                    match &nav {
                        Nav::Push(q) => browser::push(q),
                        Nav::Replace(q) => browser::replace(q),
                        Nav::None => {}
                    }
                    redraw.force_update();
                })
            };
            let set_store = {
                let send = send.clone();
                Callback::from(move |next: Store| {
                    store.borrow_mut().0 = next;
                    send.emit(Msg::DataChanged);
                })
            };
            (send, set_store)
        }))
        .clone()
    };
    // Once, after the first render (one effect: each is code of its own in
    // the wasm).
    {
        let (store, send, set_store, redraw, drawn) = (store.clone(), send.clone(), set_store.clone(), redraw.clone(), panel_drawn.clone());
        let (model, deferred) = (model.clone(), deferred.clone());
        use_effect_with((), move |_| {
            browser::after_next_paint(move || {
                if !*drawn {
                    drawn.set(true);
                }
                // The front is drawn: the head now, behind it, and the
                // other views' code.
                snapshot::load_behind();
                split::load();
            });
            split::on_change({
                let redraw = redraw.clone();
                move || redraw.force_update()
            });
            // Saved articles whose join was made for another build (the
            // corpus or the engine changed): joined again in the worker,
            // then saved.
            if let Some(drafts) = store.borrow_mut().2.take() {
                let door: fn(Vec<Draft>, Callback<Msg>, Callback<Store>) = std::hint::black_box(deferred::rejoin);
                door(drafts, send.clone(), set_store);
            }
            // Texts of a corpus in pieces arrived (or failed): the store is
            // made again on the snapshot as it now is, and the view redrawn.
            snapshot::on_change(move || {
                let now = store.borrow().0.clone();
                let next = if now.drafts.is_empty() {
                    Store::built()
                } else {
                    // Saved articles: their join is in the second module,
                    // here since the start.
                    let door: fn(&Store) -> Store = std::hint::black_box(deferred::refreshed);
                    door(&now)
                };
                if store.borrow().0.front.is_some() && next.front.is_none() {
                    // The head is here. A link the front could not read is
                    // read now; the first view leaves the front once its
                    // texts are here too (its list is not replaced by
                    // "Loading" for a moment).
                    if std::mem::take(&mut *deferred.borrow_mut()) {
                        let alerts = std::mem::take(&mut model.borrow_mut().alerts);
                        *model.borrow_mut() = Model::from_query(&browser::query(), &next.snap);
                        model.borrow_mut().alerts = alerts;
                    }
                    let v = model.borrow().view.clone();
                    if Front::draws(&v) && Results::of(&next, &v, false).texts == Texts::Loading {
                        return;
                    }
                }
                store.borrow_mut().0 = next;
                redraw.force_update();
            });
            // Links to other views; Back and Forward; "/" to search; j and k
            // to move through results.
            let follow = {
                let send = send.clone();
                browser::on_view_link(move |q| send.emit(Msg::Follow(q)))
            };
            let pop = {
                let send = send.clone();
                browser::on_popstate(move |q| send.emit(Msg::Popped(q)))
            };
            let keys = browser::on_keydown(move |e: KeyboardEvent| {
                if e.ctrl_key() || e.meta_key() || e.alt_key() || browser::typing() {
                    if e.key() == "Escape" && browser::typing() {
                        // Leave the box with the search kept: the browser
                        // would otherwise empty a search field behind the
                        // app's back, and the URL would keep the old query.
                        e.prevent_default();
                        browser::focus("main");
                    }
                    return;
                }
                match e.key().as_str() {
                    "/" => {
                        e.prevent_default();
                        browser::focus("search");
                    }
                    "j" => browser::step_results(1),
                    "k" => browser::step_results(-1),
                    _ => {}
                }
            });
            move || drop((follow, pop, keys))
        });
    }
    let current: Store = store.borrow().0.clone();
    let snap = &*current.snap;
    let idx = &*current.idx;

    let m: Model = model.borrow().clone();
    let v = &m.view;
    // A new page of the list starts at the top, with focus there (not on
    // the first render: that would take focus from wherever the user is).
    // Here rather than in the list, which a corpus in pieces replaces by
    // its loading state while the page's texts come.
    {
        let first_render = use_mut_ref(|| true);
        use_effect_with(v.page, move |_| {
            if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
                browser::focus("main");
                browser::scroll_top();
            }
        });
    }
    // Only the front is here (a large corpus's first visit): it draws the
    // unfiltered list's first page; any other view waits for the head.
    let on_front = current.front.is_some() && !*deferred.borrow() && Front::draws(v);
    let Results { matching, shown, texts, counted } = Results::of(&current, v, on_front);
    // The panel's counts, once it is drawn (not for the first paint); the
    // front's are the corpus's, kept while the head comes.
    let facets = (*panel_drawn && (counted || current.front.is_some())).then(|| {
        let (counts, outlets, years) = match &current.front {
            Some(t) => (t.facets.clone(), t.outlets.clone(), t.years.clone()),
            None => {
                let c = filter::counts(snap, idx, &matching);
                (c.facets, c.outlets, c.years)
            }
        };
        html! { <Facets view={v.clone()} {counts} {outlets} {years} /> }
    });
    let (articles, claims, disputes) = current.totals();
    let active = v.entities.len() + usize::from(v.outlet.is_some()) + usize::from(v.from.is_some() || v.to.is_some()) + usize::from(!v.q.trim().is_empty());

    let oninput = {
        let send = send.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            send.emit(Msg::Search(input.value()));
        })
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let copy = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| {
            let send = send.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = browser::copy(browser::href()).await;
                send.emit(Msg::Copied(ok));
            });
        })
    };
    let dismiss = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send.emit(Msg::DismissNotices))
    };

    let title = match v.kind {
        ViewKind::Articles => "Articles",
        ViewKind::Claims => "Claims",
        ViewKind::Timeline => "Timeline",
        ViewKind::Analyse => "Analyse an article",
        ViewKind::Article | ViewKind::Story => "Article",
    };
    let status = match v.kind {
        // A search waiting for the texts: no count yet.
        _ if !counted => String::new(),
        _ if on_front => format!("{articles} of {articles} articles"),
        ViewKind::Articles | ViewKind::Timeline => format!("{} of {articles} articles", matching.len()),
        // The claims view counts what it shows (its code is deferred).
        ViewKind::Claims => String::new(),
        ViewKind::Analyse | ViewKind::Article | ViewKind::Story => String::new(),
    };
    // The other views draw once their code is here (`crate::split`),
    // asked for at once when a visit starts with one of them.
    let split = if matches!(v.kind, ViewKind::Articles) { Split::Ready } else { split::state() };
    use_effect_with(split == Split::Loading, |&wait| {
        if wait {
            split::load();
        }
    });
    let open = v.article.as_ref().and_then(|id| snap.articles.iter().position(|a| &a.id == id)).unwrap_or(0);
    let body = match (texts, v.kind) {
        _ if on_front => html! { <Articles view={v.clone()} page={matching.clone()} total={articles} /> },
        // Waiting for the head behind the front.
        (Texts::Failed(why), _) if current.front.is_some() => waiting(Some(why), Callback::from(|()| snapshot::load_behind())),
        (_, _) if current.front.is_some() => loading((0, 0)),
        (Texts::Loading, _) => loading(snapshot::progress(shown.as_deref())),
        (Texts::Failed(why), _) => waiting(Some(why), Callback::from(|()| snapshot::retry())),
        (Texts::Ready, ViewKind::Articles) => articles::list(v, &matching),
        (Texts::Ready, _) if split != Split::Ready => {
            let failed = match split {
                Split::Failed(why) => Some(why),
                _ => None,
            };
            waiting_for("Loading this view…", failed, Callback::from(|()| split::load()))
        }
        (Texts::Ready, _) => {
            // Through a pointer, so that the door stays a function of its
            // own (wasm-opt inlines a function called from one place, and
            // the split finds the door by its name).
            let door: fn(&Store, &View, &[usize], usize) -> Html = std::hint::black_box(deferred::view);
            door(&current, v, &matching, open)
        }
    };
    let titled = !matches!(v.kind, ViewKind::Article | ViewKind::Story);

    html! {
        <ContextProvider<Ctx> context={Ctx { store: current.clone(), set_store, send }}>
            <a class="skip" href="#main">{ "Skip to the content" }</a>
            <header class="masthead">
                <div class="wrap head-row">
                    <div class="brand-block">
                        <p class="brand"><a href={href(&counterpoint_core::query::View::default())}>{ "Counterpoint" }</a></p>
                        <p class="tagline">{ "Who claims what, who disputes it, and where each side said so." }</p>
                    </div>
                    <form class="search" role="search" {onsubmit}>
                        <label for="search">{ "Search" }</label>
                        <input id="search" type="search" value={v.q.clone()} {oninput} placeholder="Words in headlines, text and claims" autocomplete="off" spellcheck="false" />
                        <kbd class="hint" aria-hidden="true">{ "/" }</kbd>
                    </form>
                </div>
                <div class="wrap nav-row">
                    <nav aria-label="Views" class="tabs">
                        { for TABS.iter().map(|&(kind, label)| html! {
                            <a href={href(&v.with_kind(kind))} aria-current={(v.kind == kind).then_some("page")}>{ label }</a>
                        }) }
                    </nav>
                    { export_buttons(&current, v, &export_status) }
                    <div class="copy">
                        <button type="button" class="button" onclick={copy}>{ "Copy link" }</button>
                        <span class="copy-status" role="status">
                            { match m.copied {
                                // A link to the user's own article opens only in this browser.
                                Some(true) if v.article.as_ref().is_some_and(|id| snap.articles.iter().any(|a| a.local && &a.id == id)) => "Link copied (it opens this article only in this browser)",
                                Some(true) => "Link copied",
                                Some(false) => "Could not copy: the link is in the address bar",
                                None => "",
                            } }
                        </span>
                    </div>
                </div>
            </header>
            if !m.notices.is_empty() || !m.alerts.is_empty() {
                <div class="wrap">
                    <div class="notice" role="status">
                        <div>
                            if !m.notices.is_empty() {
                                <p class="notice-title">{ "Parts of this link could not be used:" }</p>
                                <ul>{ for m.notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                            }
                            if !m.alerts.is_empty() {
                                <p class="notice-title">{ "Your saved articles:" }</p>
                                <ul>{ for m.alerts.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                            }
                        </div>
                        <button type="button" class="button" onclick={dismiss}>{ "Dismiss" }</button>
                    </div>
                </div>
            }
            // `front` while the head is still coming (the bench waits for it to go).
            <div class={classes!("wrap", "layout", (v.kind == ViewKind::Analyse).then_some("single"), current.front.is_some().then_some("front"))}>
                // Filters do not apply to analysing an article of one's own.
                if v.kind != ViewKind::Analyse {
                    <aside class="sidebar" aria-label="Filters">
                        <button type="button" class="button filters-toggle" aria-expanded={if *filters_open { "true" } else { "false" }} aria-controls="facets"
                            onclick={{ let open = filters_open.clone(); Callback::from(move |_: MouseEvent| open.set(!*open)) }}>
                            { if *filters_open { "Hide filters" } else { "Show filters" } }
                            if active > 0 { <span class="n">{ format!(" ({active} active)") }</span> }
                        </button>
                        <div id="facets" class={classes!("facets-panel", filters_open.then_some("open"))}>
                            { for facets }
                        </div>
                    </aside>
                }
                <main id="main" tabindex="-1">
                    if titled {
                        <h1 class="view-title">{ title }</h1>
                        if !status.is_empty() {
                            <p class="count" aria-live="polite">{ status }</p>
                        }
                    }
                    { body }
                </main>
            </div>
            <footer class="wrap colophon">
                <p>{ format!("{articles} articles · {claims} claims · {disputes} disputes · keys: / search, j k move") }</p>
            </footer>
        </ContextProvider<Ctx>>
    }
}
