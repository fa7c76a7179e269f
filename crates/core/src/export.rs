//! The export format of `eval/FORMAT.md`: what `counterpoint export` prints
//! and what the scorer reads, and the page's JSON and CSV downloads. Built
//! from a snapshot and a [`Selection`] (everything, or exactly what a view
//! shows), so the CLI, the page's export buttons and the gold test share it.
//! Given the page's address, every article, claim and pair carries its
//! permalink.

use crate::filter::{self, Index};
use crate::model::*;
use crate::query::{self, View, ViewKind};
use serde::Serialize;

#[derive(Serialize)]
pub struct Export {
    pub articles: Vec<ExportArticle>,
    pub counterclaims: Vec<ExportPair>,
    pub disputes: Vec<ExportDispute>,
    /// Articles that report one event (ids), in date order.
    pub stories: Vec<Vec<String>>,
}

/// Which articles and claims an export holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub articles: Vec<bool>,
    pub claims: Vec<bool>,
}

impl Selection {
    /// The articles `keep` holds, with all their claims.
    pub fn articles(snap: &Snapshot, keep: impl Fn(usize) -> bool) -> Self {
        let articles: Vec<bool> = (0..snap.articles.len()).map(keep).collect();
        let claims = snap.claims.iter().map(|c| articles[c.article as usize]).collect();
        Selection { articles, claims }
    }

    /// Exactly what a view shows, every page of it: the matching articles
    /// (articles and timeline views), the user's own articles (analyse
    /// view), the article open in the reader or the
    /// story beside it, or the claims of the disputes shown (claims view)
    /// and the articles they stand in.
    pub fn of_view(snap: &Snapshot, idx: &Index, v: &View) -> Self {
        match v.kind {
            ViewKind::Articles | ViewKind::Timeline => {
                let m = filter::articles(snap, idx, v);
                let mut keep = vec![false; snap.articles.len()];
                for i in m {
                    keep[i] = true;
                }
                Selection::articles(snap, |i| keep[i])
            }
            // The analyse view lists the user's own articles.
            ViewKind::Analyse => Selection::articles(snap, |i| snap.articles[i].local),
            ViewKind::Article | ViewKind::Story => {
                let open = v.article.as_ref().and_then(|id| snap.articles.iter().position(|a| &a.id == id));
                let story = match (v.kind, open) {
                    (ViewKind::Story, Some(a)) => idx.article_story[a].map(|s| snap.stories[s as usize].articles.clone()),
                    _ => None,
                };
                Selection::articles(snap, |i| match &story {
                    Some(s) => s.contains(&(i as u32)),
                    None => Some(i) == open,
                })
            }
            ViewKind::Claims => {
                let mut claims = vec![false; snap.claims.len()];
                for d in filter::disputes(snap, idx, v) {
                    for &c in d.sides.iter().flatten() {
                        claims[c as usize] = true;
                    }
                }
                let mut articles = vec![false; snap.articles.len()];
                for (c, _) in claims.iter().enumerate().filter(|(_, k)| **k) {
                    articles[snap.claims[c].article as usize] = true;
                }
                Selection { articles, claims }
            }
        }
    }
}

/// Permalinks: the page's address (no query) joined to a view's query.
pub struct Links<'a> {
    pub base: &'a str,
}

impl Links<'_> {
    pub fn article(&self, snap: &Snapshot, a: usize) -> String {
        let v = View { kind: ViewKind::Article, article: Some(snap.articles[a].id.clone()), ..View::default() };
        format!("{}{}", self.base, query::write(&v))
    }
    pub fn claim(&self, snap: &Snapshot, c: usize) -> String {
        let claim = &snap.claims[c];
        let v = View {
            kind: ViewKind::Article,
            article: Some(snap.articles[claim.article as usize].id.clone()),
            claim: Some(claim.id.clone()),
            ..View::default()
        };
        format!("{}{}", self.base, query::write(&v))
    }
    /// The claims view focused on a claim: its dispute, both sides.
    pub fn dispute_of(&self, snap: &Snapshot, c: usize) -> String {
        let v = View { kind: ViewKind::Claims, claim: Some(snap.claims[c].id.clone()), ..View::default() };
        format!("{}{}", self.base, query::write(&v))
    }
}

#[derive(Serialize)]
pub struct ExportArticle {
    pub id: String,
    pub source_file: String,
    pub title: String,
    pub standfirst: Option<String>,
    /// The date the text itself states (a dateline), or a stated metadata
    /// date; `null` when the date is only inferred.
    pub published: Option<String>,
    /// The best date known, at its precision, and whether it is inferred.
    pub date: Option<String>,
    pub date_inferred: bool,
    pub outlet: Option<String>,
    /// Added in this browser by its user (only in the page's export).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub local: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permalink: Option<String>,
    pub text: String,
    pub entities: Vec<ExportEntity>,
    pub claims: Vec<ExportClaim>,
}

#[derive(Serialize)]
pub struct ExportEntity {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub affiliation: Option<String>,
    pub mentions: Vec<ExportMention>,
}

#[derive(Serialize)]
pub struct ExportMention {
    pub text: String,
    pub start: u32,
    pub end: u32,
}

#[derive(Serialize)]
pub struct ExportClaim {
    pub id: String,
    pub speaker: Option<String>,
    pub verb: Option<String>,
    pub text: String,
    pub start: u32,
    pub end: u32,
    pub polarity: &'static str,
    pub about: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permalink: Option<String>,
}

#[derive(Serialize)]
pub struct ExportPair {
    pub claim: String,
    pub counter: String,
    pub dispute: String,
    /// The claims view focused on the pair's claim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub permalink: Option<String>,
}

#[derive(Serialize)]
pub struct ExportDispute {
    pub id: String,
    pub topic: String,
    pub sides: [Vec<String>; 2],
    pub claims: [Vec<String>; 2],
}

/// The speaker's display name: an entity's canonical name, a group label, or
/// `None` for the writer's voice.
pub fn speaker_name(snap: &Snapshot, s: &Speaker) -> Option<String> {
    match s {
        Speaker::Writer => None,
        Speaker::Entity(e) => Some(snap.entities[*e as usize].name.clone()),
        Speaker::Group(g) => Some(g.clone()),
    }
}

/// The speaker as article `a` names it: the canonical name, unless the
/// article never writes it and knows the entity only by an acronym ("the
/// agency" is "NSA" throughout, never its full name); then that acronym,
/// the most used one. A country keeps its name ("US" is still the United
/// States).
pub fn speaker_name_in(snap: &Snapshot, a: &Article, s: &Speaker) -> Option<String> {
    let Speaker::Entity(e) = s else { return speaker_name(snap, s) };
    let ent = &snap.entities[*e as usize];
    let texts: Vec<&str> = a.mentions.iter().filter(|m| m.entity == *e).map(|m| &a.text[m.span.range()]).collect();
    let canonical = crate::case::lower(&ent.name);
    let written = texts.iter().any(|t| crate::case::lower(t).contains(&canonical));
    if ent.kind == EntityKind::Country || written {
        return Some(ent.name.clone());
    }
    let acronym = |t: &&&str| t.chars().count() >= 2 && t.chars().all(|c| c.is_uppercase() || c == '/' || c == '&') && t.chars().any(char::is_alphabetic);
    let mut best: Option<(&str, usize)> = None;
    for t in texts.iter().filter(acronym) {
        let n = texts.iter().filter(|o| *o == t).count();
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((*t, n));
        }
    }
    Some(best.map_or_else(|| ent.name.clone(), |(t, _)| t.to_string()))
}

/// Export the articles for which `keep(article index)` holds, their claims,
/// and the pairs and disputes among those claims.
pub fn export(snap: &Snapshot, keep: impl Fn(usize) -> bool) -> Export {
    export_selection(snap, &Selection::articles(snap, keep), None)
}

/// Export a selection; with `links`, every item carries its permalink.
pub fn export_selection(snap: &Snapshot, sel: &Selection, links: Option<&Links>) -> Export {
    let mut articles = Vec::new();
    // Each article's claims, in claim order: read once, not once per article.
    let mut claims_of: Vec<Vec<usize>> = vec![Vec::new(); snap.articles.len()];
    for (ci, c) in snap.claims.iter().enumerate() {
        claims_of[c.article as usize].push(ci);
    }
    for (ai, a) in snap.articles.iter().enumerate().filter(|(i, _)| sel.articles[*i]) {
        let mut entities: Vec<ExportEntity> = Vec::new();
        let mut order: Vec<u32> = Vec::new();
        for m in &a.mentions {
            if !order.contains(&m.entity) {
                order.push(m.entity);
            }
        }
        for e in order {
            let ent = &snap.entities[e as usize];
            entities.push(ExportEntity {
                id: ent.id.clone(),
                name: ent.name.clone(),
                kind: ent.kind.as_str(),
                affiliation: ent.affiliation.map(|x| snap.entities[x as usize].name.clone()),
                mentions: a
                    .mentions
                    .iter()
                    .filter(|m| m.entity == e)
                    .map(|m| ExportMention { text: a.text[m.span.range()].to_string(), start: m.span.start, end: m.span.end })
                    .collect(),
            });
        }
        let kept: Vec<usize> = claims_of[ai].iter().copied().filter(|&ci| sel.claims[ci]).collect();
        let groups = speaking_groups(snap, ai, &entities, &kept);
        entities.extend(groups);
        let claims = kept
            .iter()
            .map(|&ci| (ci, &snap.claims[ci]))
            .map(|(ci, c)| ExportClaim {
                id: c.id.clone(),
                speaker: speaker_name_in(snap, a, &c.speaker),
                verb: c.verb.clone(),
                text: a.text[c.span.range()].to_string(),
                start: c.span.start,
                end: c.span.end,
                polarity: c.polarity.as_str(),
                about: c.about.iter().map(|&e| snap.entities[e as usize].id.clone()).collect(),
                permalink: links.map(|l| l.claim(snap, ci)),
            })
            .collect();
        let stated = a.date.filter(|d| !d.inferred).map(|d| d.date.iso());
        articles.push(ExportArticle {
            id: a.id.clone(),
            source_file: a.source_file.clone(),
            title: a.title.clone(),
            standfirst: a.standfirst.clone(),
            published: stated,
            date: a.date.map(|d| d.date.iso()),
            date_inferred: a.date.is_some_and(|d| d.inferred),
            outlet: a.outlet.map(|o| snap.outlets[o as usize].name.clone()),
            local: a.local,
            permalink: links.map(|l| l.article(snap, ai)),
            text: a.text.clone(),
            entities,
            claims,
        });
    }
    let kept = |c: u32| sel.claims[c as usize];
    let counterclaims = snap
        .pairs
        .iter()
        .filter(|p| kept(p.claim) && kept(p.counter))
        .map(|p| ExportPair {
            claim: snap.claims[p.claim as usize].id.clone(),
            counter: snap.claims[p.counter as usize].id.clone(),
            dispute: snap.disputes[p.dispute as usize].id.clone(),
            permalink: links.map(|l| l.dispute_of(snap, p.claim as usize)),
        })
        .collect();
    let disputes = snap
        .disputes
        .iter()
        .filter(|d| d.claims.iter().flatten().any(|&c| kept(c)))
        .map(|d| ExportDispute {
            id: d.id.clone(),
            topic: d.topic.clone(),
            sides: d.sides.clone().map(|s| s.iter().map(|&e| snap.entities[e as usize].name.clone()).collect()),
            claims: d.claims.clone().map(|s| s.iter().filter(|&&c| kept(c)).map(|&c| snap.claims[c as usize].id.clone()).collect()),
        })
        .collect();
    let stories = snap
        .stories
        .iter()
        .map(|s| s.articles.iter().filter(|&&a| sel.articles[a as usize]).map(|&a| snap.articles[a as usize].id.clone()).collect::<Vec<_>>())
        .filter(|s| s.len() > 1)
        .collect();
    Export { articles, counterclaims, disputes, stories }
}

/// The groups that speak in article `ai`'s `kept` claims ("Customers",
/// "Researchers", "Digital rights activists"), listed after its named
/// entities: the
/// annotation counts an unnamed actor that speaks as an entity (kind
/// `other`), while the snapshot keeps such a speaker as a label on its
/// claims. Each is listed once, with every place the article writes it
/// (ASCII case aside, whole words, with its "the"), unless a named entity
/// already goes by that name.
fn speaking_groups(snap: &Snapshot, ai: usize, named: &[ExportEntity], kept: &[usize]) -> Vec<ExportEntity> {
    let a = &snap.articles[ai];
    let known = |g: &str| named.iter().any(|e| e.name.eq_ignore_ascii_case(g) || e.mentions.iter().any(|m| m.text.eq_ignore_ascii_case(g)));
    let mut out: Vec<ExportEntity> = Vec::new();
    for c in kept.iter().map(|&ci| &snap.claims[ci]) {
        let Speaker::Group(g) = &c.speaker else { continue };
        if known(g) || out.iter().any(|e| e.name == *g) {
            continue;
        }
        let mentions = written_at(&a.text, g)
            .map(|at| {
                // "the U.S. government": a description keeps its article.
                let start = if at >= 4 && a.text.as_bytes()[at - 4..at].eq_ignore_ascii_case(b"the ") { at - 4 } else { at };
                let end = at + g.len();
                ExportMention { text: a.text[start..end].to_string(), start: start as u32, end: end as u32 }
            })
            .collect();
        out.push(ExportEntity { id: format!("group-{}", crate::text::slug(g)), name: g.clone(), kind: "other", affiliation: None, mentions });
    }
    out
}

/// Where `text` writes `phrase` as whole words, ASCII case aside.
fn written_at<'t>(text: &'t str, phrase: &'t str) -> impl Iterator<Item = usize> + 't {
    let (t, p) = (text.as_bytes(), phrase.as_bytes());
    let word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let last = if p.is_empty() || p.len() > t.len() { 0 } else { t.len() - p.len() + 1 };
    (0..last).filter(move |&i| {
        t[i..i + p.len()].eq_ignore_ascii_case(p)
            && (i == 0 || !word(t[i - 1]))
            && t.get(i + p.len()).is_none_or(|&b| !word(b))
    })
}

/// The columns of [`csv`].
pub const CSV_HEADER: [&str; 14] =
    ["kind", "id", "article", "headline", "outlet", "date", "speaker", "verb", "polarity", "text", "dispute", "side", "counterclaims", "permalink"];

/// One CSV cell: quoted when it must be (RFC 4180), and a leading `=`, `+`,
/// `-`, `@`, tab or carriage return defused with `'` so a spreadsheet shows
/// the text instead of running it as a formula.
fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The selection as CSV: a row per article (`kind` = `article`, its
/// standfirst as the text) followed by a row per claim (speaker, verb,
/// polarity, the sentence, its dispute and side, the ids of its
/// counterclaims), each with its permalink.
pub fn csv(snap: &Snapshot, sel: &Selection, links: &Links) -> String {
    let mut out = String::new();
    let mut row = |cells: &[&str]| {
        let line: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    };
    row(&CSV_HEADER);
    let date = |a: &Article| a.date.map(|d| d.date.iso()).unwrap_or_default();
    let outlet = |a: &Article| a.outlet.map(|o| snap.outlets[o as usize].name.clone()).unwrap_or_default();
    for (ai, a) in snap.articles.iter().enumerate().filter(|(i, _)| sel.articles[*i]) {
        let link = links.article(snap, ai);
        row(&["article", &a.id, &a.id, &a.title, &outlet(a), &date(a), "", "", "", a.standfirst.as_deref().unwrap_or(""), "", "", "", &link]);
    }
    let mut side_of: Vec<Option<(u32, usize)>> = vec![None; snap.claims.len()];
    for (di, d) in snap.disputes.iter().enumerate() {
        for (s, side) in d.claims.iter().enumerate() {
            for &c in side {
                side_of[c as usize].get_or_insert((di as u32, s));
            }
        }
    }
    for (ci, c) in snap.claims.iter().enumerate().filter(|(i, _)| sel.claims[*i]) {
        let a = &snap.articles[c.article as usize];
        let counters: Vec<&str> = snap
            .pairs
            .iter()
            .filter_map(|p| match (p.claim as usize == ci, p.counter as usize == ci) {
                (true, _) => Some(p.counter),
                (_, true) => Some(p.claim),
                _ => None,
            })
            .filter(|&o| sel.claims[o as usize])
            .map(|o| snap.claims[o as usize].id.as_str())
            .collect();
        let (dispute, side) = match side_of[ci] {
            Some((d, s)) => (snap.disputes[d as usize].topic.as_str(), if s == 0 { "1" } else { "2" }),
            None => ("", ""),
        };
        row(&[
            "claim",
            &c.id,
            &a.id,
            &a.title,
            &outlet(a),
            &date(a),
            &speaker_name_in(snap, a, &c.speaker).unwrap_or_default(),
            c.verb.as_deref().unwrap_or(""),
            c.polarity.as_str(),
            &a.text[c.span.range()],
            dispute,
            side,
            &counters.join(" "),
            &links.claim(snap, ci),
        ]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> Snapshot {
        crate::analyse::analyse(&crate::corpus::seeds())
    }

    #[test]
    fn groups_that_speak_are_listed_as_entities_where_the_article_writes_them() {
        use crate::corpus::{Corpus, FileMeta, SourceFile};
        let mut c = Corpus::default();
        let text = "Tenants fault Harlow Estates over heating\n\nTenants said the heating had failed for weeks. \
            Harlow Estates denied that any flat was left without heat.\n\nHarlow Estates said the tenants would get a refund.\n";
        c.files.push(SourceFile { name: "a.txt".to_string(), raw: text.to_string() });
        c.meta.insert("a.txt".to_string(), FileMeta::default());
        let snap = crate::analyse::analyse(&c);
        let e = export(&snap, |_| true);
        let a = &e.articles[0];
        let groups: Vec<&ExportEntity> = a.entities.iter().filter(|x| x.id.starts_with("group-")).collect();
        assert_eq!(groups.len(), 1, "{:?}", a.entities.iter().map(|x| &x.name).collect::<Vec<_>>());
        assert_eq!((groups[0].name.as_str(), groups[0].kind), ("Tenants", "other"));
        // Each place it is written, whatever the case of its first letter,
        // with its article.
        let written: Vec<&str> = groups[0].mentions.iter().map(|m| &a.text[m.start as usize..m.end as usize]).collect();
        assert_eq!(written, ["Tenants", "the tenants"]);
        assert!(a.entities.iter().any(|x| x.name == "Harlow Estates" && !x.id.starts_with("group-")));
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(written_at("Users, superusers and USERS.", "users").collect::<Vec<_>>(), [0, 22]);
        assert_eq!(written_at("", "users").count(), 0);
    }

    #[test]
    fn a_speaker_known_only_by_an_acronym_is_named_by_it() {
        use crate::corpus::{Corpus, FileMeta, SourceFile};
        let mut c = Corpus::default();
        for (name, text) in [
            ("a.txt", "Agency denies spying\n\nThe NSA has denied any wrongdoing, the paper said.\n\nThe NSA said the review was complete.\n"),
            ("b.txt", "Agency review\n\nThe National Security Agency said on Monday that its review was complete.\n"),
        ] {
            c.files.push(SourceFile { name: name.to_string(), raw: text.to_string() });
            c.meta.insert(name.to_string(), FileMeta { outlet: Some("Wire".to_string()), published: Some("2021-07-01".to_string()), ..Default::default() });
        }
        let snap = crate::analyse::analyse(&c);
        let e = export(&snap, |_| true);
        let speakers = |f: &str| -> Vec<Option<String>> {
            let a = e.articles.iter().find(|a| a.source_file.ends_with(f)).expect("article");
            a.claims.iter().map(|c| c.speaker.clone()).collect()
        };
        assert!(speakers("a.txt").contains(&Some("NSA".to_string())), "{:?}", speakers("a.txt"));
        assert_eq!(speakers("b.txt"), [Some("National Security Agency".to_string())]);
    }

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
    }

    #[test]
    fn a_view_exports_exactly_what_it_shows_with_permalinks() {
        let s = seeds();
        let idx = Index::new(&s);
        let links = Links { base: "https://example.org/cp/" };
        let (v, _) = query::parse("?view=claims&entity=china", &s);
        let sel = Selection::of_view(&s, &idx, &v);
        // A claim can stand in two disputes: it is exported once.
        let mut shown: Vec<u32> = filter::disputes(&s, &idx, &v).iter().flat_map(|d| d.sides.iter().flatten().copied()).collect();
        shown.sort_unstable();
        shown.dedup();
        let shown = shown.len();
        assert_eq!(sel.claims.iter().filter(|&&k| k).count(), shown);
        let e = export_selection(&s, &sel, Some(&links));
        let claims: usize = e.articles.iter().map(|a| a.claims.len()).sum();
        assert_eq!(claims, shown);
        assert!(e.articles.iter().all(|a| a.permalink.as_deref().is_some_and(|p| p.starts_with("https://example.org/cp/?view=article&article="))));
        assert!(!e.counterclaims.is_empty());
        // The CSV holds a row per article and per claim, plus the header.
        let csv = csv(&s, &sel, &links);
        let rows = csv.split("\r\n").filter(|l| l.starts_with("article,") || l.starts_with("claim,")).count();
        assert_eq!(rows, e.articles.len() + claims);
        assert!(csv.starts_with("kind,id,article,headline,"));

        let (v, _) = query::parse("?q=working+group", &s);
        let sel = Selection::of_view(&s, &idx, &v);
        assert_eq!(sel.articles.iter().filter(|&&k| k).count(), filter::articles(&s, &idx, &v).len());
        let (v, _) = query::parse(&format!("?view=story&article={}", s.articles[s.stories[0].articles[0] as usize].id), &s);
        assert_eq!(export_selection(&s, &Selection::of_view(&s, &idx, &v), None).stories.len(), 1);
    }
}
