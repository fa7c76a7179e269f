//! Which claim answers which: an accusation and the accused side's denial
//! or counter-accusation, an assertion and its rejection, a denial and its
//! rebuttal, between any parties.
//!
//! Every candidate pair gets a *directness* score:
//!
//! - **opposition**: the two stances (accuse ↔ deny most, assert ↔ deny,
//!   confirm ↔ deny, accusations both ways between the two parties, a
//!   negated statement by the accused against the accusation);
//! - **target**: one claim names the other's speaker (or whom it speaks
//!   for) — the accused answering, or the accuser answered;
//! - **content**: the rare words and names both claims share;
//! - **pointing back**: a later claim that rejects "the allegations" or
//!   "that claim" answers what came before it;
//! - **proximity**, inside one article.
//!
//! Candidates come from the claim's own article (a denial picks the
//! accusations it answers, an accusation or a negated statement the answer
//! it meets most squarely; a plain statement waits to be picked), and from
//! other articles through two indexes — claims by the entity they name, and
//! claims by the entity that voices them — read nearest in time first and
//! capped, so no claim is compared with the whole corpus. Across articles
//! only an accusation and the accused side's denial are paired: with no
//! shared paragraph, words alone tie too many unrelated accounts together. Each claim keeps only its most
//! direct counterparts: the gold of news annotation lists the answers that
//! answer most directly, not every restatement against every other.

use super::parties::Parties;
use super::words::Vocabulary;
use crate::model::*;
use crate::text::FastMap;
use std::collections::BTreeMap;

/// Counterparts a claim keeps from its own article, and from elsewhere.
const LOCAL_PER_CLAIM: usize = 2;
const CROSS_PER_CLAIM: usize = 1;
/// Least directness for a pair inside an article, and across articles
/// (where nothing but the words ties two accounts together).
const LOCAL_MIN: f32 = 3.5;
const CROSS_MIN: f32 = 4.5;
/// Claims of another article looked at per index entry, nearest in time.
const CROSS_CANDIDATES: usize = 24;
/// Claims apart beyond which two claims of one article are not compared.
const WINDOW: usize = 40;

/// Everything the score reads, built once.
pub struct Context<'a> {
    pub snap: &'a Snapshot,
    pub parties: &'a Parties<'a>,
    pub words: &'a Vocabulary,
    /// Each claim's article's story, if it has one.
    pub story: Vec<Option<u32>>,
    /// Sort key by time: (article date, claim index).
    pub when: Vec<(u32, u32)>,
}

/// A scored counterpart.
#[derive(Clone, Copy)]
struct Scored {
    other: usize,
    score: f32,
}

impl Context<'_> {
    fn polarity(&self, c: usize) -> Polarity {
        self.snap.claims[c].polarity
    }

    /// Whether claim `a` names `b`'s speaker or whom it speaks for.
    fn names_speaker_of(&self, a: usize, b: usize) -> bool {
        let Some(e) = self.parties.entity(b) else { return false };
        self.snap.claims[a].about.iter().any(|&t| self.parties.speaks_for(e, t))
    }

    fn linked(&self, a: usize, b: usize) -> bool {
        self.names_speaker_of(a, b) || self.names_speaker_of(b, a)
    }

    /// A denial, or a negated statement by a party the other claim names.
    fn rejects(&self, c: usize, other: usize) -> bool {
        match self.polarity(c) {
            Polarity::Deny => true,
            Polarity::Assert => self.words.claims[c].negated && self.names_speaker_of(other, c),
            _ => false,
        }
    }

    /// How squarely the stances of `a` (earlier) and `b` (later) oppose.
    fn opposition(&self, a: usize, b: usize) -> f32 {
        use Polarity::*;
        let (pa, pb) = (self.polarity(a), self.polarity(b));
        match (pa, pb) {
            (Deny, Deny) => if self.words.claims[b].answers { 1.5 } else { 0.0 },
            (Deny, Accuse) | (Accuse, Deny) => 3.0,
            (Deny, Assert) | (Assert, Deny) => 2.0,
            (Deny, Agree) | (Agree, Deny) => 1.5,
            (Accuse, Accuse) => if self.names_speaker_of(a, b) && self.names_speaker_of(b, a) { 2.5 } else { 0.0 },
            (Accuse, Assert) if self.rejects(b, a) => 2.0,
            (Assert, Accuse) if self.rejects(a, b) => 2.0,
            (Assert, Assert) if self.rejects(a, b) != self.rejects(b, a) => 1.0,
            _ => 0.0,
        }
    }

    /// How directly `a` (earlier) and `b` (later) dispute each other; zero
    /// when they do not.
    fn score(&self, a: usize, b: usize) -> f32 {
        if self.parties.same(a, b) {
            return 0.0;
        }
        let opp = self.opposition(a, b);
        if opp <= 0.0 {
            return 0.0;
        }
        let link = if self.linked(a, b) { 2.0 } else { 0.0 };
        let back = if self.words.claims[b].answers && self.polarity(a) != Polarity::Other { 1.0 } else { 0.0 };
        opp + link + back + 5.0 * self.words.overlap(a, b)
    }
}

/// Pairs found, each with its directness, earlier claim first.
pub type Found = BTreeMap<(usize, usize), f32>;

/// Pair the claims of each article among themselves.
pub fn in_articles(cx: &Context, found: &mut Found) {
    let claims = &cx.snap.claims;
    let mut start = 0;
    while start < claims.len() {
        let article = claims[start].article;
        let end = start + claims[start..].iter().take_while(|c| c.article == article).count();
        for i in start..end {
            let keep = choices(cx, i);
            if keep == 0 {
                continue;
            }
            let mut best: Vec<Scored> = Vec::new();
            for j in i.saturating_sub(WINDOW).max(start)..(i + WINDOW).min(end) {
                if j == i {
                    continue;
                }
                let (a, b) = (i.min(j), i.max(j));
                let distance = (b - a) as f32;
                let score = cx.score(a, b) - (0.05 * distance).min(1.0);
                if score >= LOCAL_MIN {
                    best.push(Scored { other: j, score });
                }
            }
            keep_best(&mut best, keep);
            for s in best {
                let key = (i.min(s.other), i.max(s.other));
                found.entry(key).or_insert(s.score);
            }
        }
        start = end;
    }
}

/// How many counterparts a claim of an article picks: a denial the
/// accusations it answers, an accusation or a negated statement the one
/// answer or accusation it meets most squarely; a plain statement waits to
/// be picked.
fn choices(cx: &Context, c: usize) -> usize {
    match cx.polarity(c) {
        Polarity::Deny => LOCAL_PER_CLAIM,
        Polarity::Accuse => 1,
        Polarity::Assert if cx.words.claims[c].negated => 1,
        _ => 0,
    }
}

/// Claims indexed by entity, each list sorted by time.
struct Index {
    /// Claims that name the entity (not on its side).
    naming: FastMap<u32, Vec<usize>>,
    /// Claims voiced by the entity or one affiliated with it.
    voicing: FastMap<u32, Vec<usize>>,
}

impl Index {
    fn new(cx: &Context) -> Self {
        let mut naming: FastMap<u32, Vec<usize>> = FastMap::default();
        let mut voicing: FastMap<u32, Vec<usize>> = FastMap::default();
        for (i, c) in cx.snap.claims.iter().enumerate() {
            if matches!(c.polarity, Polarity::Other) {
                continue;
            }
            for &e in &c.about {
                if !cx.parties.claim_speaks_for(i, e) {
                    naming.entry(e).or_default().push(i);
                }
            }
            if let Some(e) = cx.parties.entity(i) {
                voicing.entry(e).or_default().push(i);
                if let Some(a) = cx.parties.voices_for(e) {
                    voicing.entry(a).or_default().push(i);
                }
            }
        }
        for v in naming.values_mut().chain(voicing.values_mut()) {
            v.sort_unstable_by_key(|&i| cx.when[i]);
        }
        Index { naming, voicing }
    }
}

/// Pair claims with their most direct counterparts in other articles: a
/// rejection with what names its speaker elsewhere, an accusation with what
/// its target says elsewhere.
pub fn across_articles(cx: &Context, found: &mut Found) {
    let index = Index::new(cx);
    let claims = &cx.snap.claims;
    let mut lists: Vec<&[usize]> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        lists.clear();
        match c.polarity {
            Polarity::Deny => {
                // Who is rejecting: the speaker's side, or, unvoiced, whom
                // the rejection is about.
                match cx.parties.entity(i) {
                    Some(e) => {
                        let aff = cx.parties.voices_for(e);
                        lists.extend([Some(e), aff].into_iter().flatten().filter_map(|k| index.naming.get(&k)).map(Vec::as_slice));
                    }
                    None if c.speaker == Speaker::Writer => lists.extend(c.about.iter().filter_map(|k| index.naming.get(k)).map(Vec::as_slice)),
                    None => {}
                }
            }
            Polarity::Accuse => {
                lists.extend(c.about.iter().filter(|&&t| !cx.parties.claim_speaks_for(i, t)).filter_map(|t| index.voicing.get(t)).map(Vec::as_slice));
            }
            _ => continue,
        }
        let mut best: Vec<Scored> = Vec::new();
        for list in &lists {
            for j in nearest(cx, list, i) {
                let (a, b) = if cx.when[i] <= cx.when[j] { (i, j) } else { (j, i) };
                let story = if cx.story[i].is_some() && cx.story[i] == cx.story[j] { 1.0 } else { 0.0 };
                let squarely = matches!((cx.polarity(a), cx.polarity(b)), (Polarity::Accuse, Polarity::Deny) | (Polarity::Deny, Polarity::Accuse));
                let score = if squarely && cx.linked(a, b) { cx.score(a, b) + story } else { 0.0 };
                if score >= CROSS_MIN {
                    best.push(Scored { other: j, score });
                }
            }
        }
        keep_best(&mut best, CROSS_PER_CLAIM);
        for s in best {
            let key = if cx.when[i] <= cx.when[s.other] { (i, s.other) } else { (s.other, i) };
            found.entry(key).or_insert(s.score);
        }
    }
}

/// Up to [`CROSS_CANDIDATES`] claims of `list` (sorted by time) from other
/// articles than `of`'s, nearest in time first: a walk outward from `of`'s
/// date, never a scan of the list.
fn nearest<'l>(cx: &'l Context, list: &'l [usize], of: usize) -> impl Iterator<Item = usize> + 'l {
    let me = cx.when[of];
    let article = cx.snap.claims[of].article;
    let at = list.partition_point(|&c| cx.when[c] < me);
    let (mut l, mut r) = (at, at);
    let mut taken = 0;
    std::iter::from_fn(move || {
        while taken < CROSS_CANDIDATES && (l > 0 || r < list.len()) {
            let left = (l > 0).then(|| list[l - 1]);
            let right = (r < list.len()).then(|| list[r]);
            let take_left = match (left, right) {
                (Some(a), Some(b)) => cx.when[a].0.abs_diff(me.0) <= cx.when[b].0.abs_diff(me.0),
                (Some(_), None) => true,
                _ => false,
            };
            let c = if take_left {
                l -= 1;
                list[l]
            } else {
                r += 1;
                list[r - 1]
            };
            if cx.snap.claims[c].article != article {
                taken += 1;
                return Some(c);
            }
        }
        None
    })
}

/// The `n` highest scores, ties to the earlier claim; one entry per claim.
fn keep_best(v: &mut Vec<Scored>, n: usize) {
    v.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.other.cmp(&y.other)));
    let mut seen: Vec<usize> = Vec::new();
    v.retain(|s| {
        let fresh = !seen.contains(&s.other);
        seen.push(s.other);
        fresh
    });
    v.truncate(n);
}
