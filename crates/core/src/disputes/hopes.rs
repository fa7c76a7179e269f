//! Hope and doubt: an optimistic and a sceptical assessment of the same
//! relationship between two countries ("the forum will ease tensions" /
//! "it would be naive to think…") by different speakers. Nobody accuses or
//! denies, so the stance is read from the claim's words; claims are blocked
//! by the pair of countries their article is most about. Within an article
//! a hope is answered by the one doubt nearest to it.

use crate::model::*;
use crate::text::FastMap;
use std::collections::{BTreeMap, HashMap};

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

/// Hope minus doubt, doubt, and talk in a claim's words.
#[derive(Default, Clone, Copy)]
struct Stance {
    hope: i32,
    doubt: i32,
    talks: bool,
}

fn stance(s: &str, agrees: bool) -> Stance {
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
    out.hope += i32::from(agrees) - out.doubt;
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

/// Hopes and doubts about one pair of countries: (hopeful, doubtful claim)
/// → the pair. `same_side` tells claims that cannot dispute each other.
pub fn pair(snap: &Snapshot, when: &[(u32, u32)], same_side: impl Fn(usize, usize) -> bool) -> BTreeMap<(usize, usize), (u32, u32)> {
    let claims = &snap.claims;
    let st: Vec<Stance> = claims
        .iter()
        .map(|c| match c.polarity {
            Polarity::Assert | Polarity::Agree | Polarity::Other => stance(&snap.articles[c.article as usize].text[c.span.range()], c.polarity == Polarity::Agree),
            _ => Stance::default(),
        })
        .collect();
    let pairs_of: Vec<Option<(u32, u32)>> = snap.articles.iter().map(|a| country_pair(snap, a)).collect();
    // Hopeful claims by their article's pair of countries, most hopeful first.
    let mut hopeful: HashMap<(u32, u32), Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        if matches!(c.polarity, Polarity::Assert | Polarity::Agree) && st[i].hope >= 2 {
            if let Some(p) = pairs_of[c.article as usize] {
                hopeful.entry(p).or_default().push(i);
            }
        }
    }
    for v in hopeful.values_mut() {
        v.sort_unstable_by_key(|&i| (std::cmp::Reverse(st[i].hope), st[i].doubt, when[i]));
    }
    // The same, by article, and only those about talks.
    let mut hopeful_in: FastMap<u32, Vec<usize>> = FastMap::default();
    let mut hopeful_talks: HashMap<(u32, u32), Vec<usize>> = HashMap::new();
    for (&p, v) in &hopeful {
        for &j in v {
            hopeful_in.entry(claims[j].article).or_default().push(j);
            if st[j].talks {
                hopeful_talks.entry(p).or_default().push(j);
            }
        }
    }
    for v in hopeful_in.values_mut() {
        v.sort_unstable_by_key(|&i| (std::cmp::Reverse(st[i].hope), st[i].doubt, when[i]));
    }
    let mut found = BTreeMap::new();
    // Within an article, each hope keeps the doubt nearest to it: the
    // sceptic answering it, not every reservation further on.
    let mut nearest_doubt: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if !matches!(c.polarity, Polarity::Assert | Polarity::Other) || st[i].hope > -2 {
            continue;
        }
        let Some(p) = pairs_of[c.article as usize] else { continue };
        // The most hopeful claim of the same article, and the most hopeful
        // on the same subject (talks) elsewhere.
        let own = hopeful_in.get(&c.article).into_iter().flatten();
        if let Some(&j) = own.filter(|&&j| pairs_of[claims[j].article as usize] == Some(p)).find(|&&j| !same_side(i, j)) {
            let doubt = nearest_doubt.entry(j).or_insert(i);
            if i.abs_diff(j) < doubt.abs_diff(j) {
                *doubt = i;
            }
        }
        if st[i].talks {
            let talks = hopeful_talks.get(&p).into_iter().flatten();
            for &j in talks.filter(|&&j| claims[j].article != c.article && !same_side(i, j)).take(2) {
                found.insert((j, i), p);
            }
        }
    }
    for (j, i) in nearest_doubt {
        if let Some(p) = pairs_of[claims[i].article as usize] {
            found.insert((j, i), p);
        }
    }
    found
}
