//! Counterclaims across articles: an accusation reported in one article
//! and the accused side's denial reported in another.
//!
//! Only an accusation and the accused side's denial are paired, found
//! through two indexes — accusations by the entity they name, denials by
//! the entity that voices them — read nearest in time first and capped, so
//! no claim is compared with the whole corpus. With no shared paragraph,
//! words alone tie too many accounts together: the pair must name each
//! other's parties and share rare words, and each claim keeps one.

use super::answer::{Context, Found};
use crate::model::*;
use crate::text::FastMap;

/// Counterparts a claim keeps from other articles.
const CROSS_PER_CLAIM: usize = 1;
/// Least directness for a pair across articles (where nothing but the
/// words ties two accounts together).
const CROSS_MIN: f32 = 5.5;
/// Claims of another article looked at per index entry, nearest in time.
const CROSS_CANDIDATES: usize = 8;

/// A scored counterpart.
#[derive(Clone, Copy)]
struct Scored {
    other: usize,
    score: f32,
}

impl Context<'_> {
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
            (Deny, Deny) if self.words.claims[b].answers => 1.5,
            (Deny, Accuse) | (Accuse, Deny) => 3.0,
            (Deny, Assert) | (Assert, Deny) => 2.0,
            (Deny, Agree) | (Agree, Deny) => 1.5,
            (Accuse, Accuse) if self.names_speaker_of(a, b) && self.names_speaker_of(b, a) => 2.5,
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

/// Claims indexed by entity, each list sorted by time.
struct Index {
    /// Accusations that name the entity (not on its side).
    naming: FastMap<u32, Vec<usize>>,
    /// Denials voiced by the entity or one affiliated with it.
    voicing: FastMap<u32, Vec<usize>>,
}

impl Index {
    fn new(cx: &Context) -> Self {
        let mut naming: FastMap<u32, Vec<usize>> = FastMap::default();
        let mut voicing: FastMap<u32, Vec<usize>> = FastMap::default();
        // Only an accusation and a denial are paired across articles: the
        // accusations by whom they name, the denials by who voices them.
        for (i, c) in cx.snap.claims.iter().enumerate() {
            if c.polarity == Polarity::Accuse {
                for &e in c.about.iter().filter(|&&e| !cx.parties.claim_speaks_for(i, e)) {
                    naming.entry(e).or_default().push(i);
                }
                continue;
            }
            if c.polarity != Polarity::Deny {
                continue;
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

