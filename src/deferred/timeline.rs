//! The timeline: articles and disputes on one time axis. Articles are drawn
//! at their date's precision (a dot for a day, a bar for a month or a year,
//! hollow when the date is inferred); each dispute is a thread through its
//! claims in time order, side one above and side two below, so who said
//! what in 2013 and who answered in 2026 read left to right.
//!
//! Dragging across the plot brushes a span that sets `from` and `to` in the
//! URL (whole years for spans over two years, days otherwise) and zooms the
//! axis to it; the year menus do the same from the keyboard. The matching
//! articles are listed below. Everything is SVG placed by percentage
//! attributes (the page's CSP allows no inline styles); positions come
//! from [`Axis`], which is plain arithmetic and tested natively.

use crate::browser;
use crate::components::articles;
use crate::components::link::href;
use crate::format;
use crate::state::Msg;
use crate::store::{use_ctx, Ctx};
use counterpoint_core::date::{civil_from_days, days_from_civil, PubDate};
use counterpoint_core::filter;
use counterpoint_core::model::Snapshot;
use counterpoint_core::query::{View, ViewKind};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A percentage for an SVG coordinate, without float formatting (which
/// would add its code to the page's wasm): "12.345%".
fn pct(x: f64) -> String {
    let m = (x.clamp(-1000.0, 1000.0) * 1000.0).round() as i64;
    let sign = if m < 0 { "-" } else { "" };
    let m = m.abs();
    format!("{sign}{}.{:03}%", m / 1000, m % 1000)
}

/// Disputes drawn as threads; the claims view lists them all.
const THREADS: usize = 12;
/// Most claims drawn on one thread.
const DOTS: usize = 80;
/// Above this many dated articles the article lane shows counts per year.
const MARKS: usize = 400;

/// The time axis: whole years from the first dated article to the last,
/// or, once a span is brushed, that span (brushing again zooms further;
/// clearing the span zooms out).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    pub first_year: u16,
    pub last_year: u16,
    lo: i32,
    hi: i32,
}

impl Axis {
    pub fn of(snap: &Snapshot) -> Option<Axis> {
        let years = snap.articles.iter().filter_map(|a| a.date.map(|d| d.date.year));
        let (first, last) = years.fold(None, |acc: Option<(u16, u16)>, y| Some(acc.map_or((y, y), |(a, b)| (a.min(y), b.max(y)))))?;
        Some(Axis { first_year: first, last_year: last, lo: days_from_civil(first, 1, 1), hi: days_from_civil(last, 12, 31) + 1 })
    }

    /// The axis narrowed to a view's `from`–`to` (either may be open).
    pub fn zoomed(self, from: Option<PubDate>, to: Option<PubDate>) -> Axis {
        let lo = from.map_or(self.lo, |f| f.day_span().0);
        let hi = to.map_or(self.hi, |t| t.day_span().1 + 1);
        if hi - lo < 7 {
            return self;
        }
        Axis { lo, hi, ..self }
    }

    /// Is a day on the axis?
    pub fn shows(&self, day: i32) -> bool {
        (self.lo..self.hi).contains(&day)
    }

    /// Ticks: (day, label). Years (every one, or every fifth on a long
    /// axis), or months when the axis is under two years.
    pub fn ticks(&self) -> Vec<(i32, String)> {
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        let (y0, m0, _) = civil_from_days(self.lo);
        let (y1, ..) = civil_from_days(self.hi - 1);
        let mut out = Vec::new();
        if self.hi - self.lo < 2 * 365 {
            let every = if self.hi - self.lo > 240 { 3 } else { 1 };
            let (mut y, mut m) = (y0, m0);
            loop {
                let d = days_from_civil(y, m, 1);
                if d >= self.hi {
                    break;
                }
                if d >= self.lo && (m - 1) % every == 0 {
                    out.push((d, if m == 1 || out.is_empty() { format!("{} {y}", MONTHS[m as usize - 1]) } else { MONTHS[m as usize - 1].to_string() }));
                }
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            }
        } else {
            let step = if y1 - y0 > 12 { 5 } else { 1 };
            for y in (y0..=y1).filter(|y| (y - y0) % step == 0) {
                out.push((days_from_civil(y, 1, 1).max(self.lo), y.to_string()));
            }
        }
        out
    }

    /// Percent across the axis of a day number.
    pub fn x(&self, day: i32) -> f64 {
        f64::from(day - self.lo) * 100.0 / f64::from(self.hi - self.lo)
    }

    /// The day at a fraction (0–1) across the axis.
    pub fn day_at(&self, frac: f64) -> i32 {
        self.lo + (frac.clamp(0.0, 1.0) * f64::from(self.hi - self.lo - 1)).round() as i32
    }

    /// The `from` and `to` a brush from one fraction to another sets.
    pub fn span(&self, a: f64, b: f64) -> (PubDate, PubDate) {
        let (d0, d1) = (self.day_at(a.min(b)), self.day_at(a.max(b)));
        let (y0, m0, dd0) = civil_from_days(d0);
        let (y1, m1, dd1) = civil_from_days(d1);
        if d1 - d0 > 2 * 366 {
            (PubDate { year: y0, month: None, day: None }, PubDate { year: y1, month: None, day: None })
        } else {
            (PubDate { year: y0, month: Some(m0), day: Some(dd0) }, PubDate { year: y1, month: Some(m1), day: Some(dd1) })
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub view: View,
    pub matching: Vec<usize>,
}

fn year_menu(id: &str, label: &str, axis: &Axis, chosen: Option<PubDate>, on: Callback<Option<u16>>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
        on.emit(sel.value().parse().ok());
    });
    html! {
        <label for={id.to_string()}>
            { label }
            <select id={id.to_string()} {onchange}>
                <option value="" selected={chosen.is_none()}>{ "Any year" }</option>
                { for (axis.first_year..=axis.last_year).map(|y| html! {
                    <option value={y.to_string()} selected={chosen.is_some_and(|d| d.year == y && d.month.is_none())}>{ y }</option>
                }) }
                if let Some(d) = chosen.filter(|d| d.month.is_some()) {
                    <option value="" selected=true disabled=true>{ d.iso() }</option>
                }
            </select>
        </label>
    }
}

#[function_component(Timeline)]
pub fn timeline(p: &TimelineProps) -> Html {
    let Ctx { store, send, .. } = use_ctx();
    let snap = &*store.snap;
    let idx = &*store.idx;
    // The brush while dragging: (start, current) as fractions across.
    let drag = use_mut_ref(|| None::<(f64, f64)>);
    let redraw = use_force_update();
    // Pointer positions are measured against the axis (lanes share its width).
    let plot = use_node_ref();
    let Some(whole) = Axis::of(snap) else {
        return html! { <div class="empty"><p>{ "No article in this corpus has a date, so there is nothing to place on a timeline." }</p></div> };
    };
    let v = &p.view;
    let axis = whole.zoomed(v.from, v.to);
    let navigate = {
        let send = send.clone();
        move |to: View| {
            send.emit(Msg::Navigate(to));
        }
    };

    // Pointer brushing (a press on a link is a click, not a brush).
    let onpointerdown = {
        let (drag, plot, redraw) = (drag.clone(), plot.clone(), redraw.clone());
        Callback::from(move |e: PointerEvent| {
            let on_link = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.closest("a").ok().flatten().is_some());
            let Some(el) = plot.cast::<web_sys::Element>() else { return };
            if on_link || e.button() != 0 {
                return;
            }
            e.prevent_default();
            let _ = el.set_pointer_capture(e.pointer_id());
            let f = browser::fraction_across(&el, e.client_x());
            *drag.borrow_mut() = Some((f, f));
            redraw.force_update();
        })
    };
    let onpointermove = {
        let (drag, plot, redraw) = (drag.clone(), plot.clone(), redraw.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(el) = plot.cast::<web_sys::Element>() else { return };
            let mut d = drag.borrow_mut();
            if let Some((start, _)) = *d {
                *d = Some((start, browser::fraction_across(&el, e.client_x())));
                drop(d);
                redraw.force_update();
            }
        })
    };
    let onpointerup = {
        let (drag, plot, redraw, v, navigate) = (drag.clone(), plot.clone(), redraw.clone(), v.clone(), navigate.clone());
        Callback::from(move |e: PointerEvent| {
            let Some((start, _)) = drag.borrow_mut().take() else { return };
            let Some(el) = plot.cast::<web_sys::Element>() else { return };
            let end = browser::fraction_across(&el, e.client_x());
            redraw.force_update();
            // A press without a drag brushes nothing.
            if (end - start).abs() < 0.01 {
                return;
            }
            let (from, to) = axis.span(start, end);
            navigate(v.refiltered(|v| {
                v.from = Some(from);
                v.to = Some(to);
            }));
        })
    };
    let year_changed = |is_from: bool| {
        let (v, navigate) = (v.clone(), navigate.clone());
        Callback::from(move |y: Option<u16>| {
            navigate(v.refiltered(|v| {
                let d = y.map(|year| PubDate { year, month: None, day: None });
                if is_from { v.from = d } else { v.to = d }
                if let (Some(f), Some(t)) = (v.from, v.to) {
                    if f > t {
                        (v.from, v.to) = (Some(t), Some(f));
                    }
                }
            }));
        })
    };

    // The span being brushed (the view's own span is the whole axis).
    let shade = drag.borrow().map(|(a, b)| (a.min(b) * 100.0, (a - b).abs() * 100.0));

    let mut matching = vec![false; snap.articles.len()];
    for &i in &p.matching {
        matching[i] = true;
    }
    let dated: Vec<usize> = (0..snap.articles.len())
        .filter(|&i| snap.articles[i].date.is_some_and(|d| {
            let (lo, hi) = d.date.day_span();
            axis.shows(lo) || axis.shows(hi) || (lo < axis.lo && hi >= axis.hi)
        }))
        .collect();
    let undated = snap.articles.iter().filter(|a| a.date.is_none()).count();
    // Links inside SVG are real hrefs too (followed in place, see `link.rs`).
    let svg_link = |to: View, class: Classes, title: String, child: Html| {
        let href = crate::components::link::href(&to);
        html! { <a {href} {class} aria-label={title.clone()}><title>{ title }</title>{ child }</a> }
    };
    // The brushed span, drawn in every lane.
    let span_rect = || match shade {
        Some((left, width)) => html! { <rect class="tl-span" x={pct(left)} y="0" width={pct(width)} height="100%" /> },
        None => html! {},
    };
    let articles_lane = if dated.len() <= MARKS {
        html! {
            { for dated.iter().map(|&i| {
                let a = &snap.articles[i];
                let d = a.date.expect("dated");
                let (lo, hi) = d.date.day_span();
                let (x, w) = (axis.x(lo).max(0.0), axis.x(hi + 1).min(100.0) - axis.x(lo).max(0.0));
                let day = d.date.precision() == counterpoint_core::date::Precision::Day;
                let class = classes!(
                    "tl-mark",
                    d.inferred.then_some("approx"),
                    (!matching[i]).then_some("out"),
                    a.local.then_some("local"),
                );
                let title = format!(
                    "{} · {} · {}{}",
                    a.title,
                    format::outlet_name(snap, a).unwrap_or("Unknown outlet"),
                    format::date_label(&d),
                    if a.local { " · your article (in this browser only)" } else { "" }
                );
                let shape = if day {
                    html! { <circle cx={pct(x)} cy="50%" r="6" /> }
                } else {
                    html! { <rect x={pct(x)} y="22%" width={pct(w)} height="56%" rx="4" /> }
                };
                svg_link(v.reader(&a.id, None), class, title, shape)
            }) }
        }
    } else {
        // Counts per year: matching articles, taller for more.
        let years = filter::year_counts(snap, &p.matching);
        let most = years.iter().map(|y| y.1).max().unwrap_or(1).max(1);
        html! {
            { for years.iter().map(|&(y, n)| {
                let (lo, hi) = (days_from_civil(y, 1, 1), days_from_civil(y, 12, 31) + 1);
                let h = 15.0 + 85.0 * n as f64 / most as f64;
                html! { <rect class="tl-bar" x={pct(axis.x(lo))} y={pct(100.0 - h)} width={pct(axis.x(hi) - axis.x(lo))} height={pct(h)}><title>{ format!("{y}: {n} articles") }</title></rect> }
            }) }
        }
    };

    // Threads: disputes involving the chosen entities and search, all years.
    let all_years = View { from: None, to: None, ..v.clone() };
    let threads = filter::disputes(snap, idx, &all_years);
    let more = threads.len().saturating_sub(THREADS);
    let in_span = |article: usize| filter::in_range(snap.articles[article].date.map(|d| d.date), v.from, v.to);
    let thread = |dv: &filter::DisputeView| {
        let d = &snap.disputes[dv.dispute];
        let mut points: Vec<(f64, usize, u32)> = Vec::new();
        for (side, claims) in dv.sides.iter().enumerate() {
            for &c in claims {
                let a = &snap.articles[snap.claims[c as usize].article as usize];
                if let Some(date) = a.date {
                    let (lo, hi) = date.date.day_span();
                    let mid = lo + (hi - lo) / 2;
                    if axis.shows(mid) {
                        points.push((axis.x(mid), side, c));
                    }
                }
            }
        }
        let mut order: Vec<u32> = (0..points.len() as u32).collect();
        crate::format::sort(&mut order, &|a, b| {
            let (a, b) = (points[a as usize], points[b as usize]);
            a.0.total_cmp(&b.0).then(a.2.cmp(&b.2))
        });
        let mut points: Vec<(f64, usize, u32)> = order.into_iter().map(|i| points[i as usize]).collect();
        // A thread of hundreds of claims is drawn through an even sample
        // of them (the first and last always among them).
        let total = points.len();
        if total > DOTS {
            let step = total.div_ceil(DOTS);
            let last = points[total - 1];
            points = points.into_iter().step_by(step).collect();
            if points.last() != Some(&last) {
                points.push(last);
            }
        }
        let y = |side: usize| if side == 0 { "30%" } else { "70%" };
        let names = |s: usize| -> String {
            let n: Vec<&str> = d.sides[s].iter().take(3).map(|&e| snap.entities[e as usize].name.as_str()).collect();
            if n.is_empty() { "unattributed".into() } else { n.join(", ") }
        };
        let first = points.first().map(|p| snap.claims[p.2 as usize].id.clone());
        html! {
            <li class="tl-thread">
                <p class="tl-topic">
                    <a href={href(&View { kind: ViewKind::Claims, claim: first, article: None, page: 0, ..v.clone() })}>{ &d.topic }</a>
                    <span class="tl-sides">{ format!(" — {} (above) and {} (below)", names(0), names(1)) }</span>
                    if total > points.len() {
                        <span class="tl-sides">{ format!(" · {} of its {total} claims drawn", points.len()) }</span>
                    }
                </p>
                <svg class="tl-lane" role="group" aria-label={format!("Claims in the dispute: {}", d.topic)}>
                    { span_rect() }
                    { for points.windows(2).map(|w| html! {
                        <line class="tl-thread-line" x1={pct(w[0].0)} y1={y(w[0].1)} x2={pct(w[1].0)} y2={y(w[1].1)} />
                    }) }
                    { for points.iter().map(|&(x, side, c)| {
                        let claim = &snap.claims[c as usize];
                        let a = &snap.articles[claim.article as usize];
                        let who = format::speaker_label(snap, &claim.speaker);
                        let title = format!("{who} {}: {} ({}, {})", claim.polarity.badge(), a.title, format::outlet_name(snap, a).unwrap_or("Unknown outlet"), a.date.map(|d| format::date_label(&d)).unwrap_or_default());
                        let class = classes!("tl-claim", format!("pol-{}", claim.polarity.as_str()), (!in_span(claim.article as usize)).then_some("out"));
                        svg_link(v.reader(&a.id, Some(&claim.id)), class, title, html! { <circle cx={pct(x)} cy={y(side)} r="6" /> })
                    }) }
                </svg>
            </li>
        }
    };

    html! {
        <section class="timeline" aria-label="Timeline">
            <div class="tl-controls">
                { year_menu("tl-from", "From ", &axis, v.from, year_changed(true)) }
                { year_menu("tl-to", "To ", &axis, v.to, year_changed(false)) }
                if v.from.is_some() || v.to.is_some() {
                    <a href={href(&v.refiltered(|v| { v.from = None; v.to = None; }))} class="button">{ "Clear the span" }</a>
                }
                <p class="tl-help">{ "Drag across the timeline to show (and zoom to) a span of time." }</p>
            </div>
            <div class="tl-plot" {onpointerdown} {onpointermove} {onpointerup}>
                <svg class="tl-axis" ref={plot} aria-hidden="true">
                    { span_rect() }
                    { for axis.ticks().into_iter().map(|(d, label)| {
                        let x = pct(axis.x(d));
                        html! { <><line x1={x.clone()} x2={x.clone()} y1="0" y2="100%" /><text x={x} dx="4" y="65%">{ label }</text></> }
                    }) }
                </svg>
                <p class="tl-lane-label">{ format!("Articles{}", if undated > 0 { format!(" ({undated} undated, not shown)") } else { String::new() }) }</p>
                <svg class="tl-lane tl-articles" role="group" aria-label="Articles by date">{ span_rect() }{ articles_lane }</svg>
                if threads.is_empty() {
                    <p class="tl-lane-label">{ "No disputes match the filters." }</p>
                } else {
                    <p class="tl-lane-label">{ "Disputes: side one above, side two below" }</p>
                    <ul class="tl-threads">{ for threads.iter().take(THREADS).map(thread) }</ul>
                    if more > 0 {
                        <p class="tl-more">{ format!("{more} more disputes: narrow the filters, or see them all in ") }<a href={href(&v.with_kind(ViewKind::Claims))}>{ "Claims" }</a>{ "." }</p>
                    }
                }
            </div>
            <h2 class="tl-list-title">{ "Articles in this span" }</h2>
            { articles::list(v, &p.matching) }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brush_sets_years_for_long_spans_and_days_for_short_ones() {
        let snap = crate::snapshot::get();
        let axis = Axis::of(&snap).unwrap();
        assert_eq!((axis.first_year, axis.last_year), (2013, 2026));
        assert!(axis.x(days_from_civil(2013, 1, 1)).abs() < 1e-9);
        let (f, t) = axis.span(0.0, 1.0);
        assert_eq!((f.iso(), t.iso()), ("2013".to_string(), "2026".to_string()));
        let (f, t) = axis.span(0.02, 0.0);
        assert_eq!(f.iso(), "2013-01-01");
        assert!(t.day.is_some() && t.year == 2013);
        // A span zooms the axis: its ticks become months.
        let z = axis.zoomed(Some(f), Some(t));
        assert!(z.x(days_from_civil(2013, 1, 1)).abs() < 1e-9 && (z.x(t.day_span().1 + 1) - 100.0).abs() < 1e-9);
        assert_eq!(z.ticks().first().map(|t| t.1.as_str()), Some("Jan 2013"));
        assert_eq!(axis.ticks().iter().map(|t| t.1.as_str()).collect::<Vec<_>>(), ["2013", "2018", "2023"]);
    }
}
