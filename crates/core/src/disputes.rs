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
use crate::text::{FastMap, FastSet};
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

/// Bits of a word's stance: what the lists above say of it.
const HOPE: u8 = 1;
const STANCE_WORD: u8 = 2;
const DOUBT_WORD: u8 = 4;
const TALKS_WORD: u8 = 8;

/// Every listed word with its stance bits, looked up once per word.
fn stance_words() -> &'static FastMap<&'static str, u8> {
    static WORDS: std::sync::OnceLock<FastMap<&'static str, u8>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut m: FastMap<&'static str, u8> = FastMap::default();
        for (list, bit) in [(OPTIMISM, HOPE), (STANCE, STANCE_WORD), (DOUBT, DOUBT_WORD), (TALKS, TALKS_WORD)] {
            for w in list {
                *m.entry(w).or_default() |= bit;
            }
        }
        m
    })
}

/// Hope, doubt and talk in a claim's words (lower-cased, a curly
/// apostrophe read as a straight one): one pass, no allocation per word.
#[derive(Default)]
struct Stance {
    hope: i32,
    doubt: i32,
    talks: bool,
}

fn stance(s: &str) -> Stance {
    let listed = stance_words();
    let mut out = Stance::default();
    let mut buf = String::new();
    let (mut after_means, mut means_to) = (false, false);
    for w in s.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')).filter(|w| !w.is_empty()) {
        let w = if w.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
            buf.clear();
            crate::text::push_lowercase(&mut buf, w);
            if buf.contains('’') {
                buf = buf.replace('’', "'");
            }
            buf.as_str()
        } else {
            w
        };
        let bits = listed.get(w).copied().unwrap_or(0);
        out.hope += i32::from(bits & HOPE != 0) + i32::from(bits & STANCE_WORD != 0);
        out.doubt += i32::from(bits & DOUBT_WORD != 0);
        out.talks |= bits & TALKS_WORD != 0;
        means_to |= after_means && w == "to";
        after_means = w == "means";
    }
    // "the means to …" weighs as one more doubt.
    out.doubt += i32::from(means_to);
    out
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

/// Who speaks for which country, answered from maps built once per
/// snapshot (a group's label is read word by word).
struct Sides<'a> {
    snap: &'a Snapshot,
    /// A country's name, alias or demonym → its place in [`COUNTRIES`]
    /// (the earliest, when a word names several).
    by_word: FastMap<&'static str, usize>,
    /// A country's name → its entity.
    entity: FastMap<&'a str, u32>,
}

impl<'a> Sides<'a> {
    fn new(snap: &'a Snapshot) -> Self {
        let mut by_word: FastMap<&'static str, usize> = FastMap::default();
        for (k, c) in COUNTRIES.iter().enumerate() {
            for w in c.demonyms.iter().chain(c.aliases).chain([&c.name]) {
                by_word.entry(w).or_insert(k);
            }
        }
        let mut entity: FastMap<&str, u32> = FastMap::default();
        for (i, e) in snap.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Country) {
            entity.entry(e.name.as_str()).or_insert(i as u32);
        }
        Sides { snap, by_word, entity }
    }

    /// The country a speaker speaks for: the entity's own or its
    /// affiliation; for a group ("Chinese state media"), the demonym in its
    /// label.
    fn of(&self, s: &Speaker) -> Option<u32> {
        match s {
            Speaker::Entity(e) => country_of(self.snap, *e),
            Speaker::Group(label) => {
                let k = label.split_whitespace().filter_map(|w| self.by_word.get(w)).min()?;
                self.entity.get(COUNTRIES[*k].name).copied()
            }
            Speaker::Writer => None,
        }
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

fn features(snap: &Snapshot, sides: &Sides, i: usize, c: &Claim) -> Features {
    let a = &snap.articles[c.article as usize];
    let side = sides.of(&c.speaker);
    let mut targets: Vec<u32> = c.about.iter().filter_map(|&e| country_of(snap, e)).filter(|&t| Some(t) != side).collect();
    targets.sort_unstable();
    targets.dedup();
    let st = stance(&a.text[c.span.range()]);
    let hope = st.hope + i32::from(c.polarity == Polarity::Agree);
    Features { side, targets, hope: hope - st.doubt, doubt: st.doubt, talks: st.talks, when: (date_key(a), i as u32) }
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
    let sides = Sides::new(snap);
    let f: Vec<Features> = claims.iter().enumerate().map(|(i, c)| features(snap, &sides, i, c)).collect();
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
    // The same, by article, and only those about talks: each doubt looks
    // through its own article's few, and through talk claims elsewhere.
    let mut hopeful_in: FastMap<u32, Vec<usize>> = FastMap::default();
    let mut hopeful_talks: HashMap<(u32, u32), Vec<usize>> = HashMap::new();
    for (&p, v) in &hopeful {
        for &j in v {
            hopeful_in.entry(claims[j].article).or_default().push(j);
            if f[j].talks {
                hopeful_talks.entry(p).or_default().push(j);
            }
        }
    }
    for (i, c) in claims.iter().enumerate() {
        if !matches!(c.polarity, Polarity::Assert | Polarity::Other) || f[i].hope > -2 {
            continue;
        }
        let Some(p) = pairs_of[c.article as usize] else { continue };
        let key = Key::Hopes(p.0, p.1);
        // The most hopeful claim of the same article, and the most hopeful
        // on the same subject (talks) elsewhere.
        let own = hopeful_in.get(&c.article).into_iter().flatten();
        if let Some(&j) = own.filter(|&&j| pairs_of[claims[j].article as usize] == Some(p)).find(|&&j| !same_speaker(i, j)) {
            add(i, j, key, &mut found);
        }
        if f[i].talks {
            let talks = hopeful_talks.get(&p).into_iter().flatten();
            for &j in talks.filter(|&&j| claims[j].article != c.article && !same_speaker(i, j)).take(2) {
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
        let mut placed: FastSet<usize> = FastSet::default();
        for &(a, b) in &members {
            for c in [a, b] {
                if placed.insert(c) {
                    sides[usize::from(on_side_one(c))].push(c);
                }
            }
            let (claim, counter) = if on_side_one(a) && !on_side_one(b) { (b, a) } else { (a, b) };
            pairs.push(Pair { claim: claim as u32, counter: counter as u32, dispute: di });
        }
        for s in &mut sides {
            s.sort_unstable_by_key(|&i| f[i].when);
        }
        let speakers = |v: &Vec<usize>| {
            let mut seen: FastSet<u32> = FastSet::default();
            v.iter()
                .filter_map(|&i| match &claims[i].speaker {
                    Speaker::Entity(e) => Some(*e),
                    _ => f[i].side,
                })
                .filter(|&e| seen.insert(e))
                .collect::<Vec<u32>>()
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
