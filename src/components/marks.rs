//! Text with marks: search terms as `<mark>`, entity mentions as links that
//! filter by the entity. Every piece of corpus text is inserted as a text
//! node; nothing here builds HTML from strings.

use crate::components::link::href;
use counterpoint_core::model::{Mention, Snapshot};
use counterpoint_core::query::{View, ViewKind};
use yew::prelude::*;

/// `text[start..end]` with the term ranges (byte ranges of `text`) marked.
pub fn with_terms(text: &str, start: usize, end: usize, terms: &[(usize, usize)]) -> Html {
    let mut out = Vec::new();
    let mut at = start;
    for &(s, e) in terms {
        let (s, e) = (s.max(start), e.min(end));
        if s >= e || s < at {
            continue;
        }
        if s > at {
            out.push(html! { { &text[at..s] } });
        }
        out.push(html! { <mark>{ &text[s..e] }</mark> });
        at = e;
    }
    if at < end {
        out.push(html! { { &text[at..end] } });
    }
    out.into_iter().collect()
}

/// An article's text with its mentions and the search terms to mark.
/// Mentions link to the filter by their entity; in a preview (`linked`
/// false: an article not yet in the explorer) they are marked only.
pub struct Marker<'a> {
    pub snap: &'a Snapshot,
    pub view: &'a View,
    pub text: &'a str,
    pub mentions: &'a [Mention],
    /// Byte ranges of `text` to mark as search hits.
    pub terms: &'a [(usize, usize)],
    pub linked: bool,
}

impl Marker<'_> {
    /// `text[start..end]` with mentions and terms marked.
    pub fn range(&self, start: usize, end: usize) -> Html {
        let (text, terms) = (self.text, self.terms);
        let mut out = Vec::new();
        let mut at = start;
        for m in self.mentions {
            let (s, e) = (m.span.start as usize, m.span.end as usize);
            if s < at || e > end || s < start {
                continue;
            }
            if s > at {
                out.push(with_terms(text, at, s, terms));
            }
            let ent = &self.snap.entities[m.entity as usize];
            let selected = self.view.entities.contains(&ent.id);
            let base = self.view.with_kind(ViewKind::Articles);
            let to = if selected { base } else { base.toggle_entity(&ent.id) };
            let class = classes!("mention", format!("kind-{}", ent.kind.as_str()), selected.then_some("selected"));
            let kind = ent.kind.as_str().replace('-', " ");
            if self.linked {
                let title = format!("{} ({kind}): show articles involving it", ent.name);
                out.push(html! { <a href={href(&to)} {class} title={AttrValue::from(title)}>{ with_terms(text, s, e, terms) }</a> });
            } else {
                out.push(html! { <span {class} title={AttrValue::from(format!("{} ({kind})", ent.name))}>{ with_terms(text, s, e, terms) }</span> });
            }
            at = e;
        }
        if at < end {
            out.push(with_terms(text, at, end, terms));
        }
        out.into_iter().collect()
    }
}
