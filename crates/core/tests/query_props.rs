//! Property tests of the URL contract (`query::parse` / `query::write`)
//! against the seed corpus: any query string at all gives a valid view, a
//! valid view survives a write and a parse unchanged, and what a hostile
//! link costs is bounded.
//!
//! `PROPTEST_CASES` sets the number of cases (default 100,000 here).

use counterpoint_core::date::PubDate;
use counterpoint_core::model::Snapshot;
use counterpoint_core::query::{self, View, ViewKind, MAX_ENTITIES, MAX_NOTICES, MAX_QUERY_CHARS};
use counterpoint_core::{analyse, corpus};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::sync::OnceLock;

fn snap() -> &'static Snapshot {
    static SNAP: OnceLock<Snapshot> = OnceLock::new();
    SNAP.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        analyse::analyse(&corpus::load_dir(&dir).unwrap())
    })
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(100_000)
}

/// Every id a link could name: real ones (so valid paths are explored) and
/// near misses.
fn ids(s: &Snapshot) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    out.extend(s.entities.iter().map(|e| e.id.clone()));
    out.extend(s.articles.iter().map(|a| a.id.clone()));
    out.extend(s.claims.iter().take(40).map(|c| c.id.clone()));
    out.extend(s.outlets.iter().map(|o| o.id.clone()));
    out.extend(["articles", "claims", "article", "2013", "2026-01-31", "2013-04", "1999-02-30", "0000", "1", "2", "0", "-3", "100001"].map(String::from));
    out
}

/// One value: a real id, a fragment of hostile text, an escape (valid,
/// broken or not UTF-8), or arbitrary characters, glued together.
fn value(ids: Vec<String>) -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        4 => proptest::sample::select(ids),
        2 => proptest::sample::select(vec![
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "%3Cscript%3E", "%", "%Z", "%E2%82", "%FF%FE", "%00", "%0A%0D", "+", ",", ",,", "=", "==",
            "&amp;", "%26", "%2C", "\u{202E}", "\u{0}", "\u{7F}", "\u{FFFD}", "😀", " ", "\t",
        ].into_iter().map(String::from).collect::<Vec<_>>()),
        2 => "\\PC{0,12}",
        1 => any::<String>(),
    ];
    proptest::collection::vec(atom, 0..4).prop_map(|parts| parts.concat())
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => proptest::sample::select(
            ["view", "entity", "q", "article", "claim", "outlet", "from", "to", "page"].map(String::from).to_vec()),
        1 => proptest::sample::select(["", "%76iew", "Q", "junk", "view[]", "entity%00"].map(String::from).to_vec()),
        1 => "\\PC{0,6}",
    ]
}

fn query_string(ids: Vec<String>) -> impl Strategy<Value = String> {
    let pair = (key(), value(ids), any::<bool>())
        .prop_map(|(k, v, eq)| if eq || !v.is_empty() { format!("{k}={v}") } else { k });
    (proptest::collection::vec(pair, 0..8), any::<bool>()).prop_map(|(pairs, q)| {
        let s = pairs.join("&");
        if q { format!("?{s}") } else { s }
    })
}

/// What every parsed view must satisfy, whatever the link held.
fn assert_valid(v: &View, notices: &[String], s: &Snapshot) {
    let entity = |id: &String| s.entities.iter().any(|e| &e.id == id);
    assert!(v.entities.iter().all(entity), "unknown entity kept: {v:?}");
    assert!(v.entities.len() <= MAX_ENTITIES);
    let mut unique = v.entities.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), v.entities.len(), "an entity twice: {v:?}");
    assert!(v.q.chars().count() <= MAX_QUERY_CHARS);
    assert!(!v.q.chars().any(char::is_control), "control character kept in q: {:?}", v.q);
    assert_eq!(v.q, v.q.trim(), "untrimmed q");
    assert_eq!(v.kind.needs_article(), v.article.is_some(), "the reader and story views need an article and only they have one: {v:?}");
    if let Some(a) = &v.article {
        assert!(s.articles.iter().any(|x| &x.id == a));
    }
    if let Some(c) = &v.claim {
        let claim = s.claims.iter().find(|x| &x.id == c).expect("unknown claim kept");
        if let Some(a) = &v.article {
            assert_eq!(&s.articles[claim.article as usize].id, a, "claim outside its article");
        }
    }
    if let Some(o) = &v.outlet {
        assert!(s.outlets.iter().any(|x| &x.id == o));
    }
    if let (Some(f), Some(t)) = (v.from, v.to) {
        assert!(f <= t, "from after to: {v:?}");
    }
    assert!(v.kind == ViewKind::Articles || v.page == 0, "a page outside the article list: {v:?}");
    assert!(v.page < query::MAX_PAGE);
    assert!(notices.len() <= MAX_NOTICES, "{} notices", notices.len());
    assert!(notices.iter().all(|n| n.chars().count() < 200), "a notice too long: {notices:?}");
}

#[test]
fn any_query_string_gives_a_valid_view_that_is_canonical() {
    let s = snap();
    let mut runner = TestRunner::new(Config { cases: cases(), failure_persistence: None, ..Config::default() });
    runner
        .run(&query_string(ids(s)), |qs| {
            let (v, notices) = query::parse(&qs, s);
            assert_valid(&v, &notices, s);
            // The view the page shows is a link of its own that loses nothing.
            let (again, dropped) = query::parse(&query::write(&v), s);
            prop_assert_eq!(&again, &v);
            prop_assert!(dropped.is_empty(), "canonical link dropped {:?}", dropped);
            Ok(())
        })
        .unwrap();
}

fn date() -> impl Strategy<Value = Option<PubDate>> {
    prop_oneof![
        1 => Just(None),
        3 => (1990u16..2040, proptest::option::of(1u8..=12), proptest::option::of(1u8..=28))
            .prop_map(|(y, m, d)| PubDate::new(y, m, m.and(d))),
    ]
}

/// Valid views, built from the snapshot's own ids and any search text.
fn valid_view(s: &'static Snapshot) -> impl Strategy<Value = View> {
    let n_ent = s.entities.len();
    let n_art = s.articles.len();
    let n_out = s.outlets.len().max(1);
    (
        0..ViewKind::ALL.len() as u8,
        proptest::collection::vec(0..n_ent, 0..5),
        "\\PC{0,30}",
        0..n_art,
        any::<bool>(),
        proptest::option::of(0..n_out),
        date(),
        date(),
        (0usize..1000, 0u32..50),
    )
        .prop_map(move |(k, ents, q, art, with_claim, outlet, from, to, (pick, page))| {
            let mut entities: Vec<String> = Vec::new();
            for i in ents {
                let id = s.entities[i].id.clone();
                if !entities.contains(&id) {
                    entities.push(id);
                }
            }
            let q = q.split_whitespace().collect::<Vec<_>>().join(" ");
            let (from, to) = match (from, to) {
                (Some(f), Some(t)) if f > t => (Some(t), Some(f)),
                other => other,
            };
            let mut kind = ViewKind::ALL[k as usize];
            // Only an article with other outlets' accounts has a story view.
            if kind == ViewKind::Story && counterpoint_core::stories::story_of(s, art).is_none() {
                kind = ViewKind::Article;
            }
            let article = kind.needs_article().then(|| s.articles[art].id.clone());
            let claims: Vec<&String> =
                s.claims.iter().filter(|c| c.article as usize == art).map(|c| &c.id).collect();
            let claim = (with_claim && !claims.is_empty()).then(|| claims[pick % claims.len()].clone());
            let outlet = outlet.and_then(|o| s.outlets.get(o)).map(|o| o.id.clone());
            let page = if kind.has_pages() { page } else { 0 };
            View { kind, entities, q, article, claim, outlet, from, to, page }
        })
}

#[test]
fn every_valid_view_round_trips() {
    let s = snap();
    let mut runner = TestRunner::new(Config { cases: cases(), failure_persistence: None, ..Config::default() });
    runner
        .run(&valid_view(s), |v| {
            let (back, dropped) = query::parse(&query::write(&v), s);
            prop_assert!(dropped.is_empty(), "{:?}", dropped);
            prop_assert_eq!(back, v);
            Ok(())
        })
        .unwrap();
}

#[test]
fn huge_and_repeated_values_are_bounded() {
    let s = snap();
    let big = "x".repeat(100_000);
    let many_ids = vec!["nobody"; 30_000].join(",");
    let real_ids = s.entities.iter().map(|e| e.id.as_str()).collect::<Vec<_>>().join(",");
    // (query string, whether the page must say that something was dropped)
    for (qs, reported) in [
        (format!("q={big}"), true),
        (format!("entity={many_ids}"), true),
        (format!("entity={real_ids}&entity={real_ids}"), s.entities.len() > MAX_ENTITIES),
        (format!("article={big}&claim={big}&outlet={big}&from={big}&to={big}&view={big}"), true),
        ("q=%&".repeat(20_000), false),
        ("&".repeat(50_000), false),
        // Unknown keys are ignored, however large.
        (format!("{big}={big}"), false),
    ] {
        let (v, notices) = query::parse(&qs, s);
        assert_valid(&v, &notices, s);
        assert_eq!(!notices.is_empty(), reported, "{}: {notices:?}", &qs[..40.min(qs.len())]);
    }
}
