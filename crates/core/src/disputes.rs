//! Counterclaims and disputes: which claims dispute which, grouped into
//! questions with two sides.
//!
//! Three kinds of opposition are paired, each through an index so nothing
//! compares every claim with every other:
//!
//! - **accusation and denial**: an accusation against country T, and a
//!   denial voiced by T's side (index: denials by country);
//! - **mutual accusation**: S accuses T, and T's side accuses S (index:
//!   accusations by (accuser, accused));
//! - **hope and doubt**: an optimistic and a sceptical assessment of the same
//!   relationship by different speakers (index: the article's country pair).
//!
//! Each claim is paired with at most a few counterparts: those in its own
//! article first, then the nearest in time elsewhere. Pairs are then grouped
//! into disputes: accusations against one country, or hopes and doubts about
//! one pair of countries.

use crate::gazetteer::COUNTRIES;
use crate::model::*;
use crate::text::slug;
use std::collections::{BTreeMap, HashMap};

/// At most this many counterparts per claim from other articles.
const CROSS_PER_CLAIM: usize = 3;
/// At most this many counterparts per claim from its own article.
const LOCAL_PER_CLAIM: usize = 3;

const OPTIMISM: &[&str] = &[
    "confident", "enough", "progress", "positive", "well", "candid", "in-depth", "boost",
    "improve", "improved", "enable", "deescalate", "de-escalate", "trust", "pragmatic", "better",
    "adequate", "content", "good", "cooperation", "co-operation", "constructive", "productive",
    "success", "successful", "welcome", "hopeful", "optimistic", "breakthrough", "pledging",
    "agreed", "agree", "join", "joint", "willing", "results",
];
/// Explicit stance words count double: "confident" says more than "agreed".
const STANCE: &[&str] = &["confident", "optimistic", "hopeful", "positive", "progress", "enough", "adequate", "breakthrough"];
const DOUBT: &[&str] = &[
    "challenge", "cannot", "can't", "naïve", "naive", "doubt", "doubts", "sceptical", "skeptical",
    "suspicion", "difficult", "unlikely", "fail", "failed", "didn't", "risks", "risk", "ending",
    "however", "but", "enormous", "long-term", "problem", "problems", "concern", "worry",
    "worried", "warned", "alone", "confrontation", "misread", "escalation", "overshadowed",
];
const TALKS: &[&str] = &[
    "dialogue", "talks", "forum", "group", "channel", "cooperation", "co-operation", "partnership",
    "agreement", "hotline", "summit", "discussions", "meeting",
];

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’' || c == 'ï'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// The country an entity stands for or belongs to.
fn country_of(snap: &Snapshot, e: u32) -> Option<u32> {
    let ent = &snap.entities[e as usize];
    if ent.kind == EntityKind::Country {
        return Some(e);
    }
    let a = ent.affiliation?;
    (snap.entities[a as usize].kind == EntityKind::Country).then_some(a)
}

fn country_by_name(snap: &Snapshot, name: &str) -> Option<u32> {
    snap.entities.iter().position(|e| e.kind == EntityKind::Country && e.name == name).map(|i| i as u32)
}

/// The country a speaker speaks for: the entity's own or its affiliation;
/// for a group ("Chinese state media"), the demonym in its label.
fn side_of(snap: &Snapshot, s: &Speaker) -> Option<u32> {
    match s {
        Speaker::Entity(e) => country_of(snap, *e),
        Speaker::Group(label) => {
            let ws: Vec<&str> = label.split_whitespace().collect();
            COUNTRIES
                .iter()
                .find(|c| ws.iter().any(|w| c.demonyms.contains(w) || c.aliases.contains(w) || *w == c.name))
                .and_then(|c| country_by_name(snap, c.name))
        }
        Speaker::Writer => None,
    }
}

struct Features {
    side: Option<u32>,
    targets: Vec<u32>,
    /// Hope minus doubt, and the doubt count (for ties).
    hope: i32,
    doubt: i32,
    talks: bool,
    /// Sort key: article date (days-ish), then claim order.
    when: (u32, u32),
}

fn date_key(a: &Article) -> u32 {
    a.date.map(|d| {
        let d = d.date;
        u32::from(d.year) * 400 + u32::from(d.month.unwrap_or(6)) * 32 + u32::from(d.day.unwrap_or(15))
    }).unwrap_or(u32::MAX / 2)
}

fn features(snap: &Snapshot, i: usize, c: &Claim) -> Features {
    let a = &snap.articles[c.article as usize];
    let side = side_of(snap, &c.speaker);
    let mut targets: Vec<u32> = c.about.iter().filter_map(|&e| country_of(snap, e)).filter(|&t| Some(t) != side).collect();
    targets.sort_unstable();
    targets.dedup();
    let ws = words(&a.text[c.span.range()]);
    let count = |list: &[&str]| ws.iter().filter(|w| list.contains(&w.as_str())).count() as i32;
    let mut hope = count(OPTIMISM) + count(STANCE);
    if c.polarity == Polarity::Agree {
        hope += 1;
    }
    let doubt = count(DOUBT) + if ws.windows(2).any(|w| w[0] == "means" && w[1] == "to") { 1 } else { 0 };
    Features { side, targets, hope: hope - doubt, doubt, talks: ws.iter().any(|w| TALKS.contains(&w.as_str())), when: (date_key(a), i as u32) }
}

/// The two countries an article is most about (by mentions), in id order.
fn country_pair(snap: &Snapshot, a: &Article) -> Option<(u32, u32)> {
    let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
    for m in &a.mentions {
        if let Some(c) = country_of(snap, m.entity) {
            *counts.entry(c).or_default() += 1;
        }
    }
    let mut v: Vec<(u32, usize)> = counts.into_iter().collect();
    v.sort_unstable_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    match v.as_slice() {
        [x, y, ..] => Some((x.0.min(y.0), x.0.max(y.0))),
        _ => None,
    }
}

/// Keep at most `LOCAL_PER_CLAIM` candidates from the claim's own article
/// and `CROSS_PER_CLAIM` from elsewhere, nearest in time first. `cands` is
/// sorted by time, so this walks outward from the claim's date: O(log n + k)
/// per claim, never a scan of the whole bucket.
fn nearest(cands: &[usize], f: &[Features], claims: &[Claim], of: usize) -> Vec<usize> {
    let me = f[of].when;
    let article = claims[of].article;
    let at = cands.partition_point(|&c| f[c].when < me);
    let mut out: Vec<usize> = Vec::new();
    // Same article: its claims share a date and are numbered together, so
    // they are one contiguous run that starts at (date, its first claim).
    let first = first_claim_of(claims, of);
    let from = cands.partition_point(|&c| f[c].when < (me.0, first as u32));
    out.extend(
        cands[from..]
            .iter()
            .copied()
            .take_while(|&c| claims[c].article == article)
            .filter(|&c| c != of)
            .take(LOCAL_PER_CLAIM),
    );
    // Elsewhere: merge outward from `at`.
    let (mut l, mut r) = (at, at);
    let mut cross = 0;
    while cross < CROSS_PER_CLAIM && (l > 0 || r < cands.len()) {
        let left = (l > 0).then(|| cands[l - 1]);
        let right = (r < cands.len()).then(|| cands[r]);
        let take_left = match (left, right) {
            (Some(a), Some(b)) => f[a].when.0.abs_diff(me.0) <= f[b].when.0.abs_diff(me.0),
            (Some(_), None) => true,
            _ => false,
        };
        let c = if take_left {
            l -= 1;
            cands[l]
        } else {
            r += 1;
            cands[r - 1]
        };
        if claims[c].article != article {
            out.push(c);
            cross += 1;
        }
    }
    out
}

/// The index of the first claim of `of`'s article (claims are stored
/// article by article).
fn first_claim_of(claims: &[Claim], of: usize) -> usize {
    let article = claims[of].article;
    claims[..of].iter().rposition(|c| c.article != article).map_or(0, |p| p + 1)
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Key {
    /// Accusations against this country.
    Against(u32),
    /// Hopes and doubts about this pair of countries.
    Hopes(u32, u32),
}

/// Pair counterclaims and group them into disputes.
pub fn pair(snap: &Snapshot) -> (Vec<Pair>, Vec<Dispute>) {
    let claims = &snap.claims;
    let f: Vec<Features> = claims.iter().enumerate().map(|(i, c)| features(snap, i, c)).collect();
    let same_speaker = |a: usize, b: usize| claims[a].speaker == claims[b].speaker && claims[a].speaker != Speaker::Writer;

    // Indexes.
    let mut denials_by: HashMap<u32, Vec<usize>> = HashMap::new();
    let mut accusations_by: HashMap<(u32, u32), Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        match c.polarity {
            Polarity::Deny => {
                // The denier's country, or failing that the country whose
                // position the denial states.
                if let Some(side) = f[i].side.or_else(|| f[i].targets.first().copied()) {
                    denials_by.entry(side).or_default().push(i);
                }
            }
            Polarity::Accuse => {
                if let Some(s) = f[i].side {
                    for &t in &f[i].targets {
                        accusations_by.entry((s, t)).or_default().push(i);
                    }
                }
            }
            _ => {}
        }
    }
    for v in denials_by.values_mut().chain(accusations_by.values_mut()) {
        v.sort_unstable_by_key(|&i| f[i].when);
    }

    let mut found: BTreeMap<(usize, usize), Key> = BTreeMap::new();
    let add = |a: usize, b: usize, key: Key, found: &mut BTreeMap<(usize, usize), Key>| {
        if a == b || same_speaker(a, b) {
            return;
        }
        let (x, y) = if f[a].when <= f[b].when { (a, b) } else { (b, a) };
        found.entry((x, y)).or_insert(key);
    };

    for (i, c) in claims.iter().enumerate() {
        if c.polarity != Polarity::Accuse {
            continue;
        }
        let Some(s) = f[i].side else { continue };
        for &t in &f[i].targets {
            // Accusation against T and T's denial.
            if let Some(d) = denials_by.get(&t) {
                for j in nearest(d, &f, claims, i) {
                    add(i, j, Key::Against(t), &mut found);
                }
            }
            // Mutual accusation: T's side accuses S.
            if let Some(back) = accusations_by.get(&(t, s)) {
                for j in nearest(back, &f, claims, i) {
                    let defender = if f[i].when <= f[j].when { t } else { s };
                    add(i, j, Key::Against(defender), &mut found);
                }
            }
        }
    }

    // Hope and doubt, blocked by the article's pair of countries.
    let pairs_of: Vec<Option<(u32, u32)>> = snap.articles.iter().map(|a| country_pair(snap, a)).collect();
    let mut hopeful: HashMap<(u32, u32), Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        if matches!(c.polarity, Polarity::Assert | Polarity::Agree) && f[i].hope >= 2 {
            if let Some(p) = pairs_of[c.article as usize] {
                hopeful.entry(p).or_default().push(i);
            }
        }
    }
    for v in hopeful.values_mut() {
        v.sort_unstable_by_key(|&i| (std::cmp::Reverse(f[i].hope), f[i].doubt, f[i].when));
    }
    for (i, c) in claims.iter().enumerate() {
        if !matches!(c.polarity, Polarity::Assert | Polarity::Other) || f[i].hope > -2 {
            continue;
        }
        let Some(p) = pairs_of[c.article as usize] else { continue };
        let Some(h) = hopeful.get(&p) else { continue };
        let key = Key::Hopes(p.0, p.1);
        // The most hopeful claim of the same article, and the most hopeful
        // on the same subject (talks) elsewhere.
        if let Some(&j) = h.iter().find(|&&j| claims[j].article == c.article && !same_speaker(i, j)) {
            add(i, j, key, &mut found);
        }
        if f[i].talks {
            for &j in h.iter().filter(|&&j| claims[j].article != c.article && f[j].talks && !same_speaker(i, j)).take(2) {
                add(i, j, key, &mut found);
            }
        }
    }

    // Group into disputes, in a stable order.
    let mut groups: BTreeMap<Key, Vec<(usize, usize)>> = BTreeMap::new();
    for (&(a, b), &k) in &found {
        groups.entry(k).or_default().push((a, b));
    }
    let name = |e: u32| snap.entities[e as usize].name.clone();
    let mut disputes = Vec::new();
    let mut pairs = Vec::new();
    for (key, members) in groups {
        let di = disputes.len() as u32;
        let topic = match key {
            Key::Against(t) => format!("Who is behind the hacking? Accusations against {}", name(t)),
            Key::Hopes(a, b) => format!("Will it work? Hopes and doubts over {} and {}", name(a), name(b)),
        };
        // Side 0: accusers (or the hopeful); side 1: the accused (or the doubtful).
        let on_side_one = |i: usize| match key {
            Key::Against(t) => f[i].side == Some(t) || (claims[i].polarity == Polarity::Deny && f[i].targets.first() == Some(&t) && f[i].side.is_none()),
            Key::Hopes(..) => f[i].hope < 0,
        };
        let mut sides: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
        for &(a, b) in &members {
            for c in [a, b] {
                let s = usize::from(on_side_one(c));
                if !sides[s].contains(&c) {
                    sides[s].push(c);
                }
            }
            let (claim, counter) = if on_side_one(a) && !on_side_one(b) { (b, a) } else { (a, b) };
            pairs.push(Pair { claim: claim as u32, counter: counter as u32, dispute: di });
        }
        for s in &mut sides {
            s.sort_unstable_by_key(|&i| f[i].when);
        }
        let speakers = |v: &Vec<usize>| {
            let mut out: Vec<u32> = Vec::new();
            for &i in v {
                let e = match &claims[i].speaker {
                    Speaker::Entity(e) => Some(*e),
                    _ => f[i].side,
                };
                if let Some(e) = e {
                    if !out.contains(&e) {
                        out.push(e);
                    }
                }
            }
            out
        };
        disputes.push(Dispute {
            id: slug(&topic),
            topic,
            sides: [speakers(&sides[0]), speakers(&sides[1])],
            claims: [sides[0].iter().map(|&i| i as u32).collect(), sides[1].iter().map(|&i| i as u32).collect()],
        });
    }
    (pairs, disputes)
}
