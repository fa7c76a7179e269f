//! The URL contract: every view is a function of (query string, snapshot).
//!
//! [`parse`] accepts any query string (unknown or repeated keys, broken
//! percent-escapes, invalid UTF-8, control characters, ids that do not exist)
//! and returns the nearest valid [`View`] plus what it dropped, so the page
//! can say so. [`write`] gives the canonical query string; for every valid
//! view, `parse(write(v)) == v`.

use crate::date::PubDate;
use crate::model::Snapshot;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ViewKind {
    #[default]
    Articles,
    Claims,
    /// The reader: one article (`article=`).
    Article,
    /// Articles and disputes on a time axis.
    Timeline,
    /// One event's accounts side by side (`article=` is one of them).
    Story,
    /// Analyse an article of the user's own.
    Analyse,
}

impl ViewKind {
    pub const ALL: [ViewKind; 6] = [ViewKind::Articles, ViewKind::Claims, ViewKind::Article, ViewKind::Timeline, ViewKind::Story, ViewKind::Analyse];

    pub fn as_str(self) -> &'static str {
        match self {
            ViewKind::Articles => "articles",
            ViewKind::Claims => "claims",
            ViewKind::Article => "article",
            ViewKind::Timeline => "timeline",
            ViewKind::Story => "story",
            ViewKind::Analyse => "analyse",
        }
    }

    /// Views that list articles a page at a time (`page=`).
    pub fn has_pages(self) -> bool {
        matches!(self, ViewKind::Articles | ViewKind::Timeline)
    }

    /// Views that show one article (and need `article=`).
    pub fn needs_article(self) -> bool {
        matches!(self, ViewKind::Article | ViewKind::Story)
    }
}

/// Everything that decides what the page shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct View {
    pub kind: ViewKind,
    /// Entity ids: items must involve all of them.
    pub entities: Vec<String>,
    pub q: String,
    pub article: Option<String>,
    pub claim: Option<String>,
    pub outlet: Option<String>,
    pub from: Option<PubDate>,
    pub to: Option<PubDate>,
    /// Which page of the article list, from 0 (`page=1` in the URL). Only
    /// the articles view has pages; every change of filters goes back to
    /// the first.
    pub page: u32,
}

/// Highest page number a link may ask for (a longer list is not paged to).
pub const MAX_PAGE: u32 = 100_000;

/// Longest search text kept from a URL.
pub const MAX_QUERY_CHARS: usize = 200;

/// Most entity filters a link can hold: more than any person picks by hand,
/// few enough that a hostile link cannot make every view slow.
pub const MAX_ENTITIES: usize = 16;

/// Most notices listed for one link; the rest are counted in a last one.
pub const MAX_NOTICES: usize = 6;

/// Decode `%XX` escapes and `+`; a broken escape stays as written and
/// invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (b.get(i + 1).and_then(|&c| hex(c)), b.get(i + 2).and_then(|&c| hex(c))) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escape everything but unreserved characters (and `,`, which separates
/// entity ids).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(c as char);
        } else if c == b' ' {
            out.push('+');
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

fn clean_text(s: &str) -> String {
    let no_controls: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    no_controls.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Shorten for a notice: the first 40 characters.
fn shown(s: &str) -> String {
    let t: String = clean_text(s).chars().take(40).collect();
    if t.chars().count() < clean_text(s).chars().count() { format!("{t}…") } else { t }
}

/// Parse a query string (with or without the leading `?`) against the
/// snapshot. Never fails: returns the nearest valid view and a sentence for
/// each thing it dropped.
pub fn parse(query: &str, snap: &Snapshot) -> (View, Vec<String>) {
    let mut v = View::default();
    let mut dropped = Vec::new();
    let mut kind: Option<String> = None;
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (k, val) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(k);
        let val = percent_decode(val);
        match key.as_str() {
            "view" => kind = Some(val),
            "entity" => {
                let mut ids = val.split(',').map(str::trim).filter(|s| !s.is_empty());
                // Looked up one by one: a hostile link holding thousands of
                // ids is cut short rather than searched.
                for id in ids.by_ref().take(4 * MAX_ENTITIES) {
                    if v.entities.iter().any(|e| e == id) {
                        continue;
                    }
                    if !snap.entities.iter().any(|e| e.id == id) {
                        dropped.push(format!("No entity “{}”: that filter was dropped.", shown(id)));
                    } else if v.entities.len() == MAX_ENTITIES {
                        dropped.push(format!("Only {MAX_ENTITIES} entity filters are kept: “{}” was dropped.", shown(id)));
                    } else {
                        v.entities.push(id.to_string());
                    }
                }
                let rest = ids.count();
                if rest > 0 {
                    dropped.push(format!("{rest} more entity ids were ignored."));
                }
            }
            "q" => {
                let text = clean_text(&val);
                if text.chars().count() > MAX_QUERY_CHARS {
                    dropped.push(format!("The search text was cut to {MAX_QUERY_CHARS} characters."));
                    v.q = text.chars().take(MAX_QUERY_CHARS).collect::<String>().trim_end().to_string();
                } else {
                    v.q = text;
                }
            }
            "article" if !val.is_empty() => {
                if snap.articles.iter().any(|a| a.id == val) {
                    v.article = Some(val);
                } else {
                    dropped.push(format!("No article “{}”: it was dropped.", shown(&val)));
                }
            }
            "claim" if !val.is_empty() => {
                if snap.claims.iter().any(|c| c.id == val) {
                    v.claim = Some(val);
                } else {
                    dropped.push(format!("No claim “{}”: it was dropped.", shown(&val)));
                }
            }
            "outlet" if !val.is_empty() => {
                if snap.outlets.iter().any(|o| o.id == val) {
                    v.outlet = Some(val);
                } else {
                    dropped.push(format!("No outlet “{}”: that filter was dropped.", shown(&val)));
                }
            }
            // The contract says YYYY or YYYY-MM-DD; YYYY-MM is accepted too.
            "from" | "to" if !val.is_empty() => match PubDate::parse_iso(val.trim()) {
                Some(d) if key == "from" => v.from = Some(d),
                Some(d) => v.to = Some(d),
                None => dropped.push(format!("“{}” is not a date (use YYYY or YYYY-MM-DD): the {key} filter was dropped.", shown(&val))),
            },
            "page" if !val.is_empty() => match val.trim().parse::<u32>() {
                Ok(n) if (1..=MAX_PAGE).contains(&n) => v.page = n - 1,
                _ => dropped.push(format!("“{}” is not a page number: showing the first page.", shown(&val))),
            },
            _ => {} // unknown keys are ignored
        }
    }
    v.kind = match kind.as_deref() {
        None | Some("") => ViewKind::Articles,
        Some(k) if ViewKind::ALL.iter().any(|v| v.as_str() == k) => ViewKind::ALL.into_iter().find(|v| v.as_str() == k).unwrap_or_default(),
        Some(other) => {
            dropped.push(format!("No view “{}”: showing the articles.", shown(other)));
            ViewKind::Articles
        }
    };
    // A claim implies its article; an article view needs an article.
    if let Some(cid) = &v.claim {
        let art = snap.claims.iter().find(|c| &c.id == cid).map(|c| snap.articles[c.article as usize].id.clone());
        match (&v.article, art) {
            (None, Some(a)) if v.kind.needs_article() => v.article = Some(a),
            (Some(a), Some(b)) if *a != b && v.kind.needs_article() => {
                dropped.push("That claim is not in that article: the claim was dropped.".to_string());
                v.claim = None;
            }
            _ => {}
        }
    }
    if v.kind.needs_article() && v.article.is_none() {
        if !dropped.iter().any(|d| d.starts_with("No article")) {
            dropped.push(format!("The {} view needs an article: showing the articles.", if v.kind == ViewKind::Story { "story" } else { "reader" }));
        }
        v.kind = ViewKind::Articles;
    }
    // A story view of an article no other outlet reported is its reader.
    if v.kind == ViewKind::Story {
        let i = v.article.as_ref().and_then(|id| snap.articles.iter().position(|a| &a.id == id));
        if i.and_then(|i| crate::stories::story_of(snap, i)).is_none() {
            dropped.push("No other outlet's account of that article is known: showing it in the reader.".to_string());
            v.kind = ViewKind::Article;
        }
    }
    if !v.kind.needs_article() && v.article.is_some() {
        v.article = None;
    }
    if !v.kind.has_pages() {
        v.page = 0;
    }
    if let (Some(f), Some(t)) = (v.from, v.to) {
        if f > t {
            dropped.push(format!("“from” {} was after “to” {}: the two were swapped.", f.iso(), t.iso()));
            v.from = Some(t);
            v.to = Some(f);
        }
    }
    if dropped.len() > MAX_NOTICES {
        let more = dropped.len() - (MAX_NOTICES - 1);
        dropped.truncate(MAX_NOTICES - 1);
        dropped.push(format!("…and {more} more things in the link were dropped."));
    }
    (v, dropped)
}

/// The canonical query string of a view (with the leading `?`, or empty for
/// the default view).
pub fn write(v: &View) -> String {
    let mut parts: Vec<String> = Vec::new();
    if v.kind != ViewKind::Articles {
        parts.push(format!("view={}", v.kind.as_str()));
    }
    if !v.entities.is_empty() {
        parts.push(format!("entity={}", percent_encode(&v.entities.join(","))));
    }
    if !v.q.is_empty() {
        parts.push(format!("q={}", percent_encode(&v.q)));
    }
    if let Some(a) = &v.article {
        parts.push(format!("article={}", percent_encode(a)));
    }
    if let Some(c) = &v.claim {
        parts.push(format!("claim={}", percent_encode(c)));
    }
    if let Some(o) = &v.outlet {
        parts.push(format!("outlet={}", percent_encode(o)));
    }
    if let Some(f) = v.from {
        parts.push(format!("from={}", f.iso()));
    }
    if let Some(t) = v.to {
        parts.push(format!("to={}", t.iso()));
    }
    if v.page > 0 && v.kind.has_pages() {
        parts.push(format!("page={}", v.page + 1));
    }
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

impl View {
    /// Toggle an entity filter.
    pub fn toggle_entity(&self, id: &str) -> View {
        let mut v = View { page: 0, ..self.clone() };
        if let Some(i) = v.entities.iter().position(|e| e == id) {
            v.entities.remove(i);
        } else {
            v.entities.push(id.to_string());
        }
        v
    }

    /// The same filters with nothing selected.
    pub fn cleared(&self) -> View {
        View { kind: if self.kind.needs_article() { ViewKind::Articles } else { self.kind }, ..View::default() }
    }

    pub fn has_filters(&self) -> bool {
        !self.entities.is_empty() || !self.q.is_empty() || self.outlet.is_some() || self.from.is_some() || self.to.is_some()
    }

    /// This view's filters shown in another view.
    pub fn with_kind(&self, kind: ViewKind) -> View {
        View { kind, article: None, claim: None, page: if kind == self.kind { self.page } else { 0 }, ..self.clone() }
    }

    /// Another page of the same list.
    pub fn at_page(&self, page: u32) -> View {
        View { page, ..self.clone() }
    }

    /// The same view with other filters set by `change`, back on the first page.
    pub fn refiltered(&self, change: impl FnOnce(&mut View)) -> View {
        let mut v = View { page: 0, ..self.clone() };
        change(&mut v);
        v
    }

    /// The story an article belongs to, its accounts side by side.
    pub fn story(&self, article: &str) -> View {
        View { kind: ViewKind::Story, article: Some(article.to_string()), claim: None, page: 0, ..self.clone() }
    }

    /// The reader for an article (and optionally a claim in it), keeping filters.
    pub fn reader(&self, article: &str, claim: Option<&str>) -> View {
        View { kind: ViewKind::Article, article: Some(article.to_string()), claim: claim.map(String::from), page: 0, ..self.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn snap() -> Snapshot {
        let mut s = Snapshot::default();
        s.entities.push(Entity { id: "china".into(), name: "China".into(), kind: EntityKind::Country, affiliation: None });
        s.entities.push(Entity { id: "john-kerry".into(), name: "John Kerry".into(), kind: EntityKind::Person, affiliation: None });
        s.outlets.push(Outlet { id: "computer-weekly".into(), name: "Computer Weekly".into() });
        s.articles.push(Article {
            id: "talks".into(), source_file: "a.txt".into(), title: "Talks".into(), standfirst: None, dateline: None,
            date: None, outlet: Some(0), url: None, author: None, text: "China said so.".into(), paragraphs: vec![], mentions: vec![], local: false,
        });
        s.claims.push(Claim { id: "talks-abc1234".into(), article: 0, speaker: Speaker::Writer, verb: None, span: Span::new(0, 14), polarity: Polarity::Assert, about: vec![] });
        s
    }

    #[test]
    fn a_full_view_round_trips() {
        let s = snap();
        let v = View {
            kind: ViewKind::Article,
            entities: vec!["china".into(), "john-kerry".into()],
            q: "cyber & “talks” 100%".into(),
            article: Some("talks".into()),
            claim: Some("talks-abc1234".into()),
            outlet: Some("computer-weekly".into()),
            from: PubDate::parse_iso("2013"),
            to: PubDate::parse_iso("2026-01-31"),
            page: 0,
        };
        let (back, dropped) = parse(&write(&v), &s);
        assert_eq!(back, v);
        assert!(dropped.is_empty(), "{dropped:?}");
        let paged = View { kind: ViewKind::Articles, article: None, claim: None, page: 3, ..v };
        assert!(write(&paged).ends_with("&page=4"));
        assert_eq!(parse(&write(&paged), &s), (paged, vec![]));
        assert_eq!(write(&View::default()), "");
    }

    #[test]
    fn bad_values_are_dropped_and_reported() {
        let s = snap();
        let (v, d) = parse("?view=nonsense&entity=china,nobody,china&article=missing&from=2026&to=2013&q=%ZZ%E2%82&junk=1&outlet=x", &s);
        assert_eq!(v.kind, ViewKind::Articles);
        assert_eq!(v.entities, ["china"]);
        assert_eq!(v.article, None);
        assert_eq!((v.from.unwrap().iso(), v.to.unwrap().iso()), ("2013".to_string(), "2026".to_string()));
        assert_eq!(v.q, "%ZZ\u{FFFD}");
        assert_eq!(d.len(), 5, "{d:?}");
        assert!(d.iter().any(|m| m.contains("nobody")));
        assert!(d.iter().any(|m| m.contains("swapped")));
    }

    #[test]
    fn pages_are_positive_numbers_in_the_articles_view_and_filters_reset_them() {
        let s = snap();
        assert_eq!(parse("page=2", &s).0.page, 1);
        for bad in ["page=0", "page=-1", "page=two", "page=999999999"] {
            let (v, d) = parse(bad, &s);
            assert_eq!((v.page, d.len()), (0, 1), "{bad}");
        }
        assert_eq!(parse("view=claims&page=3", &s), (View { kind: ViewKind::Claims, ..View::default() }, vec![]));
        let v = parse("page=5", &s).0;
        assert_eq!(v.toggle_entity("china").page, 0);
        assert_eq!(v.refiltered(|v| v.q = "x".into()).page, 0);
        assert_eq!(v.with_kind(ViewKind::Articles).page, 4);
        assert_eq!(v.with_kind(ViewKind::Claims).page, 0);
        assert_eq!(v.reader("talks", None).page, 0);
    }

    #[test]
    fn hostile_text_is_kept_as_text_and_bounded() {
        let s = snap();
        let long = "a".repeat(100_000);
        let (v, d) = parse(&format!("q={long}"), &s);
        assert_eq!(v.q.chars().count(), MAX_QUERY_CHARS);
        assert_eq!(d.len(), 1);
        let (v, _) = parse("q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%00%0A", &s);
        assert_eq!(v.q, "<script>alert(1)</script>");
        let (v, d) = parse("view=article", &s);
        assert_eq!(v.kind, ViewKind::Articles);
        assert_eq!(d.len(), 1);
        let (v, d) = parse("view=article&claim=talks-abc1234", &s);
        assert_eq!((v.kind, v.article.as_deref()), (ViewKind::Article, Some("talks")));
        assert!(d.is_empty());
    }
}
