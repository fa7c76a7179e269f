//! Which claim answers which: an accusation and the accused side's denial
//! or counter-accusation, an assertion and its rejection, a denial and its
//! rebuttal, between any parties.
//!
//! Inside an article the denial is the hub: news prose reports an
//! accusation, then the accused's answer, then perhaps a rebuttal of that
//! answer. So each denial takes
//!
//! - the claim it answers most directly ([`TARGETS_PER_DENIAL`]; two when
//!   it names whose claims, or against whom, it rejects): an accusation or an assertion by
//!   another party that names the denier (the accused), or that the denial
//!   points back at ("the allegations"). When the answer noun names its
//!   owner ("the agency's explanation", "charges made by the ministry"),
//!   only that party's claims are answered, wherever they stand; "his
//!   report was rejected" names, through its pronoun, the party of the
//!   claim just before, and answers that party's earlier claims; "the
//!   host's allegations" are most surely what he was reported to allege
//!   ("has accused the agency of…"), and only that one unless another is
//!   reported as alleged too. An assertion speaking of the matter
//!   only as a question ("a review of whether the agency spied") alleges
//!   nothing to answer. Naming its
//!   speaker back, alleging the kind of deed the denial rejects ("no breach
//!   of our systems" answers "hacked the network"), sharing rare words and
//!   being close make it more direct; an answer usually follows what it
//!   answers ("But the firm denied it was hacked" answers the claim just
//!   before it, if it speaks of it; "denied the allegations", in the
//!   plural, answers what was reported as alleged rather than the quote
//!   just before it, "rejected the findings" what was said to be found,
//!   "the suit was baseless" the claim that brought it). A rejection of a report made to the
//!   denier ("reported the flaw to Acme") rejects the finding reported too
//!   (the reporter's earlier claim of the flaw). Another's denial is
//!   answered only when pointed at: two denials side by side usually
//!   reject one accusation together. Several denials may answer one claim
//!   (a company's statement and its spokesperson's, each rejecting the
//!   gang's boast): each denial's best target is its own, whatever the
//!   others answer, but a denial restated in much the same words (a
//!   paraphrase, then the quote) answers it once. A denial told before
//!   what it answers (the lead's "Acme denied paying") answers only a
//!   claim that follows within a few; a denial in the standfirst sums up
//!   the one the body reports and answers nothing itself; a denial whose
//!   side confirms what it would answer ("confirmed the account
//!   takeovers but denied a breach") rejects what no one alleged;
//! - one rebuttal after it: a later claim by another party naming the
//!   denier again or pointing back ("that claim", "the explanation"), or
//!   disputing it right after it ("Still, an audit found…"), or the party
//!   whose claim the denial rejected speaking again ("But the researcher
//!   says the flaw is real"), unless that party already rejected the denial
//!   in turn; a rebuttal answers only the denial it rebuts best, and an
//!   accusation speaking of a question ("silent on whether it paid")
//!   rebuts nothing; and every claim that what the denial says is not
//!   going on still is ("the hacking is still happening" against "nor
//!   that this access is ongoing");
//!
//! and an accusation answered by an accusation the other way (each names
//! the other's speaker) is a counter-accusation: one per article, the most
//! direct, since two parties trading blame restate one exchange.
//!
//! Across articles, see [`super::across`].

use super::parties::Parties;
use super::words::Vocabulary;
use crate::model::*;
use crate::text::FastMap;
use std::collections::BTreeMap;

/// Least directness for a pair inside an article: more than an accusation
/// naming the denier alone, a few claims away.
const LOCAL_MIN: f32 = 2.5;
/// Least directness for a rebuttal of a denial: a point above an answer's,
/// as a later claim disputes many things besides the denial before it.
const REBUTTAL_MIN: f32 = LOCAL_MIN + 1.0;
/// Directness of a claim disputing the denial right after it ("Still, an
/// audit found…"): enough on its own, whatever its stance.
const RIGHT_AFTER: f32 = REBUTTAL_MIN;
/// Shared words that tie two claims when neither names the other's speaker.
const UNLINKED_OVERLAP: f32 = 0.2;
/// Directness lost per claim between a claim and its answer.
const PER_CLAIM_APART: f32 = 0.2;
/// Claims a denial answers at most: the most direct one; two of the named
/// party's claims when it names whose claims it rejects ("the allegations
/// levelled by Ruritania") or against whom ("the allegations made against
/// us"), as such a denial of "the allegations" answers them as a set, one
/// restatement no better than another.
const TARGETS_PER_DENIAL: usize = 1;
const TARGETS_OF_NAMED: usize = 2;
/// Directness of an answer naming whose claim it rejects ("the agency's
/// explanation") for a claim of that party.
const OWNED: f32 = 3.0;
/// Directness gained by a rebuttal from the party whose claim the denial
/// rejected, and more when it opens with a contrast.
const ANSWERS_BACK: f32 = 0.5;
const CONTRAST_BACK: f32 = 2.0;
/// Directness gained by a claim alleging a kind of deed the denial rejects.
const DEED_MATCH: f32 = 0.5;
/// Directness gained by a claim reported as an accusation ("has accused")
/// for a denial pointing back at its accuser's "allegations": as much as
/// naming the denier.
const ALLEGED: f32 = 2.0;
/// Overlap from which two denials of one party restate each other (a
/// paraphrase and its quote share their rare words).
const RESTATED: f32 = 0.3;
/// Directness of a claim that what a denial says is not going on still is.
const STILL_GOING_ON: f32 = REBUTTAL_MIN;
/// Overlap from which a confirmation says what a claim alleges.
const CONFIRMED: f32 = 0.2;
/// Claims at most between a denial and a later claim it answers.
const AHEAD: usize = 4;
/// Claims apart beyond which two claims of one article are not compared.
const WINDOW: usize = 16;

/// Everything the score reads, built once.
pub struct Context<'a> {
    pub snap: &'a Snapshot,
    pub parties: &'a Parties<'a>,
    pub words: &'a Vocabulary,
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
    pub(super) fn polarity(&self, c: usize) -> Polarity {
        self.snap.claims[c].polarity
    }

    /// Whose claim `c` points back at, when it names them and they are not
    /// its own side ("the agency's explanation", "charges by the ministry").
    /// A rejection of "his report" rejects the report of whoever the claim
    /// just before it spoke for.
    fn owner(&self, c: usize) -> Option<u32> {
        let pronoun = || {
            let w = &self.words.claims[c];
            (w.pronoun_owner && self.polarity(c) == Polarity::Deny).then(|| self.just_before(c)).flatten().and_then(|j| self.parties.entity(j))
        };
        self.words.claims[c].owner.or_else(pronoun).filter(|&e| !self.parties.claim_speaks_for(c, e))
    }

    /// How many claims denial `d` answers at most.
    fn targets_of(&self, d: usize) -> usize {
        if self.owner(d).is_some() || self.words.claims[d].against {
            TARGETS_OF_NAMED
        } else {
            TARGETS_PER_DENIAL
        }
    }

    /// Whether claim `a` names `b`'s speaker or whom it speaks for.
    pub(super) fn names_speaker_of(&self, a: usize, b: usize) -> bool {
        let Some(e) = self.parties.entity(b) else { return false };
        self.snap.claims[a].about.iter().any(|&t| self.parties.speaks_for(e, t))
    }
}

impl Context<'_> {
    /// How directly denial `d` answers claim `j` of its article: an
    /// accusation or an assertion (or, pointed back at, another's denial)
    /// that names the denier or that the denial points back at, naming its
    /// speaker, saying the same rare words, close by — before the denial
    /// more likely than after it.
    fn answered(&self, d: usize, j: usize) -> f32 {
        // "That notion", "the claim" right after what it points at is
        // singular: it answers that claim alone ("the accusations made by
        // Ruritania" answer Ruritania's, wherever they stand; "the
        // accusations made against us", the set of them).
        // "The allegations" in the plural answer what was alleged, not
        // only what was just said.
        let just = self.just_before(d);
        let singular = !(self.words.claims[d].points_at_allegations || self.words.claims[d].points_at_findings);
        if self.words.claims[d].answers && singular && self.targets_of(d) == TARGETS_PER_DENIAL && just.is_some_and(|k| k != j && self.directly(d, k) >= LOCAL_MIN) {
            return 0.0;
        }
        self.directly(d, j)
    }

    /// [`Self::answered`], each claim on its own.
    fn directly(&self, d: usize, j: usize) -> f32 {
        if self.parties.same(d, j) {
            return 0.0;
        }
        // Another's earlier denial is answered only when pointed at ("the
        // agency's explanation"): two denials side by side usually reject
        // one accusation together.
        let pointed = self.words.claims[d].answers;
        // "The agency's explanation", "the charges made by the ministry":
        // the owner's claim, no one else's.
        let owned = match self.owner(d) {
            Some(e) if !self.parties.claim_speaks_for(j, e) => return 0.0,
            owner => owner.is_some(),
        };
        // "Her report" is one she made before it was rejected.
        if owned && j > d && self.words.claims[d].owner.is_none() {
            return 0.0;
        }
        // A denial told before the claim it answers (the lead's "Acme
        // denied it was hacked") is followed by that claim closely.
        if j > d + AHEAD {
            return 0.0;
        }
        // A claim that speaks of the matter only as a question ("silence on
        // whether it paid may encourage attacks") blames or states
        // something else than what the denial rejects.
        let asks = self.words.claims[j].asks;
        let stance = match self.polarity(j) {
            Polarity::Accuse if !asks => 2.0,
            Polarity::Assert if !asks => 1.0,
            // Two rejections pointing back one after the other ("a claim
            // researchers reject"; "the government pushed back on that
            // notion") reject the same claim together, unless one names
            // whose claim the other rejects.
            Polarity::Deny if j < d && pointed && (owned || !self.joins(j)) => 1.0,
            _ => return 0.0,
        };
        let overlap = self.words.overlap(d, j);
        let (named, names) = (self.names_speaker_of(j, d), self.names_speaker_of(d, j));
        // "That's a claim researchers reject", "But the firm denied it was
        // hacked" answer the claim just said; a contrast saying nothing of
        // it turns from something else ("But Acme denied it was hacked"
        // after "the group also said it sold the files").
        let contrast = self.words.claims[d].contrasts && overlap > 0.0;
        let right_after = Some(j) == self.just_before(d) && (pointed || contrast);
        // The denier is the accused: named by what it answers, or pointing
        // back at it. A rejection of a described party's claim ("the
        // spyware maker's claim") points at that party's claim, not at
        // whatever was said last: only the accused answers that way.
        let described = self.words.claims[d].described_owner;
        if !(named || owned || !described && (right_after || pointed && j < d)) {
            return 0.0;
        }
        let link = if named { 2.0 } else { 0.0 } + if names { 1.0 } else { 0.0 } + if owned { OWNED } else { 0.0 };
        // "That notion" points at what was just said, more surely than a
        // contrast turns to it.
        let back = match (right_after, pointed && j < d) {
            (true, true) => 3.0,
            (true, false) => 1.5,
            (false, true) => 0.5,
            _ => 0.0,
        };
        // A denial rejects a kind of deed ("no breach of our systems"): the
        // claim alleging that deed ("hacked the network") is what it answers.
        // "The host's allegations" point at what he was reported to allege
        // ("has accused the agency of…") more surely than at its
        // restatements.
        let (wd, wj) = (&self.words.claims[d], &self.words.claims[j]);
        let named_act = (owned || wd.points_at_allegations) && wj.alleges || j < d && (wd.points_at_findings && wj.tells_findings || wd.points_at_suit && wj.tells_suit);
        let alleged = if named_act { ALLEGED } else { 0.0 };
        let deed = if self.words.claims[d].deeds & self.words.claims[j].deeds != 0 { DEED_MATCH } else { 0.0 };
        stance + link + back + alleged + deed + 5.0 * overlap - self.apart(j, d)
    }

    /// Whether `j` is the finding that report `f`, rejected by denial `d`,
    /// told of: a rejection of a report made to the denier ("reported the
    /// flaw to Acme" / "the issue was rejected") rejects what was reported
    /// too, the reporter's earlier claim of the kind of deed rejected ("the
    /// flaw lets anyone send mail as Acme").
    fn finding_reported(&self, d: usize, f: usize, j: usize) -> bool {
        let w = &self.words.claims;
        w[f].reports_to && f < d && j < d && w[d].deeds & w[j].deeds != 0 && self.parties.same(f, j)
    }

    /// Whether denial `d` stands in the standfirst and its party denies
    /// again in the body of its article (`claims`): the summary of that
    /// answer, which answers nothing of its own.
    fn summarises(&self, d: usize, claims: std::ops::Range<usize>) -> bool {
        self.words.claims[d].in_standfirst
            && claims.into_iter().any(|e| self.polarity(e) == Polarity::Deny && !self.words.claims[e].in_standfirst && self.parties.same(d, e))
    }

    /// Whether `f`, the first claim denial `d` answers, is what the party
    /// `d` names was reported to allege ("has accused the agency of…") and
    /// `j` is not: "the host's allegations" are what he was reported to
    /// allege, not also what he told his audience.
    fn found_alleged(&self, d: usize, f: usize, j: usize) -> bool {
        let w = &self.words.claims;
        w[d].owner.is_some() && w[f].alleges && !w[j].alleges
    }

    /// Whether the party of denial `d` confirms what `j` alleges, in one
    /// of its article's `agreements` saying much the same: the denial then
    /// rejects something no one alleged ("confirmed that hackers took over
    /// customer accounts, but denied any breach of its systems" answers
    /// neither "customers said hackers broke into their accounts" nor the
    /// complaints around it).
    fn confirmed_by(&self, d: usize, j: usize, agreements: &[usize]) -> bool {
        agreements.iter().any(|&e| self.parties.same(d, e) && self.words.overlap(e, j) >= CONFIRMED)
    }

    /// Whether denial `d` restates `e`: one party saying mostly the same.
    fn echoes(&self, d: usize, e: usize) -> bool {
        self.parties.same(d, e) && self.words.overlap(d, e) >= RESTATED
    }

    /// Whether denial `j` points back at the claim before it: a rejection
    /// that another rejection right after it joins rather than answers.
    fn joins(&self, j: usize) -> bool {
        self.polarity(j) == Polarity::Deny && self.words.claims[j].answers && j > 0 && self.snap.claims[j - 1].article == self.snap.claims[j].article
    }

    /// The claim `d` answers when it answers "the claim just said": the one
    /// before it, or before the rejections pointing back at it that `d`
    /// joins.
    fn just_before(&self, d: usize) -> Option<usize> {
        let same_article = |j: usize| self.snap.claims[j].article == self.snap.claims[d].article;
        let mut j = d.checked_sub(1).filter(|&j| same_article(j))?;
        while self.words.claims[d].answers && self.joins(j) && !self.parties.same(j, d) {
            j -= 1;
        }
        Some(j)
    }

    /// How directly `r`, later than denial `d`, rebuts it: an accusation
    /// naming the denier again, a denial of the denial ("a claim researchers
    /// have rejected"), a finding that contradicts it.
    ///
    /// The party whose claim the denial rejected (`accuser`) speaking again
    /// answers it back, the more surely when it opens with a contrast ("But
    /// the researcher says the flaw is real", after someone else's words).
    fn rebuttal(&self, d: usize, r: usize, accuser: Option<u32>) -> f32 {
        if self.parties.same(d, r) {
            return 0.0;
        }
        // A rebuttal naming whose claim it rejects rejects that one's only.
        let owned = match self.owner(r) {
            Some(e) if !self.parties.claim_speaks_for(d, e) => return 0.0,
            owner => owner.is_some(),
        };
        let again = accuser.is_some_and(|e| self.parties.claim_speaks_for(r, e));
        // The accuser's "his report" is its own, not the denial.
        let own = again && self.words.claims[r].pronoun_owner;
        let (named, back) = (self.names_speaker_of(r, d), self.words.claims[r].answers && !own);
        // "Still, an analysis found…" right after the denial disputes it.
        let right_after = r == d + 1 && (back || self.words.claims[r].contrasts);
        let stance = match self.polarity(r) {
            Polarity::Accuse if (named || back) && !self.words.claims[r].asks => 1.5,
            // A denial naming the denier may just join it ("also denied").
            // Two rejections pointing back one after the other reject one
            // claim together.
            Polarity::Deny if back && !self.joins(d) => 1.0,
            Polarity::Assert if !self.words.claims[r].asks => 0.5,
            _ => return 0.0,
        };
        let overlap = self.words.overlap(d, r);
        if !named && !back && !right_after && overlap < UNLINKED_OVERLAP {
            return 0.0;
        }
        let link = if named { 1.5 } else { 0.0 } + if back { 1.0 } else { 0.0 } + if right_after { RIGHT_AFTER } else { 0.0 } + if owned { OWNED } else { 0.0 };
        // "But" after the speaker's own words turns from those.
        let turns = self.words.claims[r].contrasts && !self.parties.same(r - 1, r);
        let answers_back = match (again, turns) {
            (true, true) => ANSWERS_BACK + CONTRAST_BACK,
            (true, false) => ANSWERS_BACK,
            _ => 0.0,
        };
        stance + link + answers_back + 5.0 * overlap - self.apart(d, r)
    }

    /// An accusation `b` answering accusation `a` the other way: each names
    /// the other's speaker.
    fn counter_accusation(&self, a: usize, b: usize) -> f32 {
        let mutual = self.polarity(b) == Polarity::Accuse && self.names_speaker_of(a, b) && self.names_speaker_of(b, a);
        if !mutual || self.parties.same(a, b) || self.blame_together(a, b) {
            return 0.0;
        }
        // "But the ministry's newspaper reported…" right after the
        // accusation turns it around.
        let turns = if b == a + 1 && self.words.claims[b].contrasts { 1.0 } else { 0.0 };
        4.0 + turns + 5.0 * self.words.overlap(a, b) - self.apart(a, b)
    }

    /// Whether two accusations both name a third party, neither speaker's
    /// side: they blame it together ("the host accused the agency…"; "the
    /// network called the agency's surveillance egregious").
    fn blame_together(&self, a: usize, b: usize) -> bool {
        let claims = &self.snap.claims;
        let (ea, eb) = (self.parties.entity(a), self.parties.entity(b));
        let third = |t: u32| ![ea, eb].into_iter().flatten().any(|e| self.parties.speaks_for(e, t));
        claims[a].about.iter().any(|&t| third(t) && claims[b].about.iter().any(|&u| self.parties.speaks_for(t, u)))
    }

    /// The cost of distance between two claims of an article (`a` first
    /// when the answer comes after): a little per claim between, more for
    /// an answer given before what it answers.
    fn apart(&self, a: usize, b: usize) -> f32 {
        let before = if b < a { 0.5 } else { 0.0 };
        (PER_CLAIM_APART * a.abs_diff(b) as f32).min(2.0) + before
    }
}

/// Pairs found, each with its directness, earlier claim first.
pub type Found = BTreeMap<(usize, usize), f32>;

/// Pair the claims of each article among themselves. A denial is where a
/// dispute shows in news prose: each denial takes the one claim it answers
/// most directly (the accusation naming its speaker, often just before it),
/// and the one rebuttal that answers it in turn (a later claim naming its
/// speaker or pointing back at "that claim"). An accusation answered by an
/// accusation the other way is a counter-accusation.
pub fn in_articles(cx: &Context, found: &mut Found) {
    let claims = &cx.snap.claims;
    let mut rebuttals: Vec<(usize, Scored)> = Vec::new();
    let mut targets: Vec<(usize, Scored)> = Vec::new();
    let mut counters: Vec<(usize, Scored)> = Vec::new();
    let mut agreements: Vec<usize> = Vec::new();
    let mut start = 0;
    while start < claims.len() {
        let article = claims[start].article;
        let end = start + claims[start..].iter().take_while(|c| c.article == article).count();
        rebuttals.clear();
        targets.clear();
        counters.clear();
        agreements.clear();
        agreements.extend((start..end).filter(|&e| cx.polarity(e) == Polarity::Agree));
        for d in start..end {
            let near = d.saturating_sub(WINDOW).max(start)..(d + WINDOW).min(end);
            match cx.polarity(d) {
                Polarity::Deny if cx.summarises(d, start..end) => {}
                Polarity::Deny => {
                    targets.extend(near.clone().filter(|&j| j != d).map(|j| (d, Scored { other: j, score: cx.answered(d, j) })).filter(|t| t.1.score >= LOCAL_MIN));
                }
                Polarity::Accuse => {
                    let counter = near.filter(|&j| j > d).map(|j| Scored { other: j, score: cx.counter_accusation(d, j) });
                    if let Some(t) = best(counter, LOCAL_MIN) {
                        counters.push((d, t));
                    }
                }
                _ => {}
            }
        }
        // Two parties trading blame is one exchange: the article's most
        // direct counter-accusation stands for it, the rest restate it.
        if let Some(&(a, t)) = counters.iter().max_by(|x, y| x.1.score.total_cmp(&y.1.score).then(y.0.cmp(&x.0))) {
            found.entry((a, t.other)).or_insert(t.score);
        }
        // Each denial answers one claim (two of a party it names), whatever
        // the other denials answer.
        targets.sort_by(|x, y| y.1.score.total_cmp(&x.1.score).then(x.0.cmp(&y.0)).then(x.1.other.cmp(&y.1.other)));
        let mut answered: FastMap<usize, usize> = FastMap::default();
        let mut accuser: FastMap<usize, u32> = FastMap::default();
        let mut first: FastMap<usize, usize> = FastMap::default();
        let mut answerers: FastMap<usize, Vec<usize>> = FastMap::default();
        for &(d, t) in targets.iter() {
            let n = answered.get(&d).copied().unwrap_or(0);
            let reported = first.get(&d).is_some_and(|&f| n == 1 && cx.finding_reported(d, f, t.other));
            if (n >= cx.targets_of(d) || n == 1 && cx.found_alleged(d, first[&d], t.other)) && !reported {
                continue;
            }
            // A denial restated ("…move past finger pointing", in the lead
            // and again below) answers its claim once: the echo answers
            // nothing of its own.
            // A denial whose side confirms what it most directly answers
            // rejects something no one alleged.
            let by = answerers.entry(t.other).or_default();
            if n == 0 && (by.iter().any(|&e| cx.echoes(d, e)) || cx.confirmed_by(d, t.other, &agreements)) {
                answered.insert(d, usize::MAX);
                continue;
            }
            by.push(d);
            first.entry(d).or_insert(t.other);
            answered.insert(d, n + 1);
            if let Some(e) = cx.parties.entity(t.other) {
                accuser.entry(d).or_insert(e);
            }
            found.entry((d.min(t.other), d.max(t.other))).or_insert(t.score);
        }
        // A denial its accuser already answered back (rejecting it in
        // turn) has its rebuttal.
        for d in (start..end).filter(|&d| cx.polarity(d) == Polarity::Deny && !cx.summarises(d, start..end)) {
            let later = d + 1..(d + WINDOW).min(end);
            let back = |r: usize| cx.polarity(r) == Polarity::Deny && found.contains_key(&(d, r)) && accuser.get(&d).is_some_and(|&e| cx.parties.claim_speaks_for(r, e));
            if later.clone().any(back) {
                continue;
            }
            if let Some(r) = best(later.map(|r| Scored { other: r, score: cx.rebuttal(d, r, accuser.get(&d).copied()) }), REBUTTAL_MIN) {
                rebuttals.push((d, r));
            }
        }
        // A rebuttal answers one denial: the one it answers best.
        rebuttals.sort_by(|x, y| x.1.other.cmp(&y.1.other).then(y.1.score.total_cmp(&x.1.score)).then(x.0.cmp(&y.0)));
        rebuttals.dedup_by_key(|x| x.1.other);
        for &(d, r) in &rebuttals {
            found.entry((d, r.other)).or_insert(r.score);
        }
        // Everyone saying that what a denial says is not going on still is
        // rebuts it.
        for d in (start..end).filter(|&d| cx.polarity(d) == Polarity::Deny && cx.words.claims[d].going_on == Some(false)) {
            for r in (d + 1..(d + WINDOW).min(end)).filter(|&r| cx.words.claims[r].going_on == Some(true) && !cx.parties.same(d, r)) {
                found.entry((d, r)).or_insert(STILL_GOING_ON);
            }
        }
        start = end;
    }
}

/// The highest score at least `min`, ties to the earlier claim.
fn best(v: impl Iterator<Item = Scored>, min: f32) -> Option<Scored> {
    v.filter(|s| s.score >= min).fold(None, |acc: Option<Scored>, s| match acc {
        Some(a) if a.score >= s.score => Some(a),
        _ => Some(s),
    })
}

#[cfg(test)]
mod tests {
    use crate::disputes::tests::{analyse, text};

    // Invented: a carrier sues a vendor; a court rejects the vendor's argument.
    const RULING: &str = "Ostrava Telecom sues Brenta over spyware\n\n\
        Ostrava Telecom accused Brenta of planting spyware on its routers.\n\n\
        Last month, an appeals court rejected Brenta's argument that it was immune from the lawsuit.\n";

    // Invented: one accusation restated; a denial of it, then a denial of
    // the accusations its maker levelled.
    const RESTATED: &str = "Pellan blames Ostrow for outage\n\n\
        Pellan accused Ostrow of sabotaging its payment network.\n\n\
        Pellan also accused Ostrow of planting malware on its routers.\n\n\
        Ostrow denied sabotaging the network.\n";
    const NAMED: &str = "Pellan blames Ostrow for outage\n\n\
        Pellan accused Ostrow of sabotaging its payment network.\n\n\
        Pellan also accused Ostrow of planting malware on its routers.\n\n\
        Ostrow dismissed the accusations made by Pellan as baseless.\n";
    const AGAINST: &str = "Pellan blames Ostrow for outage\n\n\
        Pellan accused Ostrow of sabotaging its payment network.\n\n\
        Pellan also accused Ostrow of planting malware on its routers.\n\n\
        Ostrow dismissed the accusations made against it as baseless.\n";

    /// How many claims the denial opening with `denial` answers.
    fn answered(files: &[(&str, &str)], denial: &str) -> usize {
        let s = analyse(files);
        assert!(s.claims.iter().filter(|c| c.polarity == crate::model::Polarity::Accuse).count() >= 2, "{:?}", s.claims);
        s.pairs.iter().filter(|p| text(&s, p.claim).starts_with(denial) || text(&s, p.counter).starts_with(denial)).count()
    }

    #[test]
    fn a_denial_answers_one_restatement_unless_it_names_whose_claims_or_against_whom_it_rejects() {
        assert_eq!(answered(&[("a.txt", RESTATED)], "Ostrow denied"), 1);
        assert_eq!(answered(&[("a.txt", NAMED)], "Ostrow dismissed"), 2);
        assert_eq!(answered(&[("a.txt", AGAINST)], "Ostrow dismissed"), 2);
    }

    // Invented: two ministries trading blame; the answer opens with "But".
    const TRADE: &str = "Ruritania and Osterlich trade blame\n\n\
        Ruritania accused Osterlich of hacking its election servers.\n\n\
        But Osterlich said Ruritania had spied on its embassies for years.\n\n\
        Osterlich also accused Ruritania of bribing its election officials.\n";

    #[test]
    fn a_counter_accusation_opened_by_a_contrast_right_after_turns_the_blame() {
        let s = analyse(&[("a.txt", TRADE)]);
        let p = s.pairs.iter().find(|p| text(&s, p.claim).starts_with("Ruritania accused"));
        let p = p.unwrap_or_else(|| panic!("{:?} {:?}", s.claims, s.pairs));
        assert!(text(&s, p.counter).starts_with("But"), "{}", text(&s, p.counter));
    }

    // Invented: the same ruling, the vendor described rather than named.
    const DESCRIBED: &str = "Ostrava Telecom sues Brenta over spyware\n\n\
        Ostrava Telecom accused Brenta of planting spyware on its routers.\n\n\
        Last month, an appeals court rejected the spyware maker's claim that it was immune from the lawsuit.\n";

    // Invented: an accusation naming a country; a court of that country
    // rules on another case.
    const COURT: &str = "Activists accuse Lisbon firm\n\n\
        Activists accused Tagus Signal of selling phone-tracking tools to Portugal's police.\n\n\
        In 2019, a Portuguese court rejected a lawsuit filed by several rights groups to revoke the firm's export licence.\n";

    /// The pairs of an article, as texts.
    fn pairs(article: &str) -> Vec<(String, String)> {
        let s = analyse(&[("a.txt", article)]);
        s.pairs.iter().map(|p| (text(&s, p.claim).to_string(), text(&s, p.counter).to_string())).collect()
    }

    #[test]
    fn a_rejection_of_a_described_partys_claim_does_not_answer_the_claim_before_it() {
        let s = analyse(&[("a.txt", DESCRIBED)]);
        assert!(s.claims.iter().enumerate().any(|(i, c)| text(&s, i as u32).contains("maker's claim") && c.polarity == crate::model::Polarity::Deny), "{:?}", s.claims);
        assert!(pairs(DESCRIBED).is_empty(), "{:?}", pairs(DESCRIBED));
    }

    #[test]
    fn a_court_does_not_answer_for_its_country() {
        let s = analyse(&[("a.txt", COURT)]);
        assert!(s.claims.iter().enumerate().any(|(i, c)| text(&s, i as u32).contains("court rejected") && c.polarity == crate::model::Polarity::Deny), "{:?}", s.claims);
        assert!(pairs(COURT).is_empty(), "{:?}", pairs(COURT));
    }

    // Invented: the accuser's quote comes between the charge and "the
    // allegations" the company denies.
    const QUOTED: &str = "Couriers accuse Verano of docking pay\n\n\
        The Northern Couriers Guild has accused Verano of docking riders' pay for late deliveries caused by its own app.\n\n\
        \"Riders are losing a day's wages every week,\" said Tomas Ekdal, the guild's chair.\n\n\
        Verano denied the allegations.\n";

    // Invented: a review's findings, the accuser's quote, the rejection.
    const FINDINGS: &str = "Port blames dredger for silted channel\n\n\
        The Harwick Port Authority said a survey had found that Calvane Dredging left the channel two metres too shallow.\n\n\
        \"Ships are waiting days to dock,\" said Imre Vass, the authority's harbour master.\n\n\
        Calvane Dredging rejected the findings.\n";

    // Invented: a suit, the plaintiff's quote, the defendant's rejection.
    const SUIT: &str = "Brewer sues rival over label\n\n\
        Kettle Hill Brewing has sued Ostmark Ales, claiming its rival copied the design of its best-selling label.\n\n\
        The suit, filed in a district court in Utrecht, says Ostmark hired two of Kettle Hill's designers and used their sketches.\n\n\
        Kettle Hill is seeking damages of two million euros.\n\n\
        \"We spent three years on that design,\" said Anna Rusk, Kettle Hill's founder. \"Ostmark took a shortcut.\"\n\n\
        Ostmark Ales said the lawsuit was baseless.\n";

    #[test]
    fn an_answer_naming_the_act_answers_the_claim_of_that_act_not_the_quote_before() {
        // "The allegations" (plural) what was alleged, "the findings" what
        // was found, "the lawsuit" the claim that brought it.
        for (article, denial, answered, quote) in [
            (QUOTED, "Verano denied", "The Northern Couriers Guild has accused", "\"Riders are losing"),
            (FINDINGS, "Calvane Dredging rejected", "The Harwick Port Authority said a survey", "\"Ships are waiting"),
            (SUIT, "Ostmark Ales said", "Kettle Hill Brewing has sued", "\"Ostmark took"),
        ] {
            let found = pairs(article);
            let answers = |start: &str| found.iter().any(|(a, b)| a.starts_with(start) && b.starts_with(denial));
            assert!(answers(answered) && !answers(quote), "{denial}: {found:?}");
        }
        // What the vocabulary reads: the rejection points at the suit, the
        // lead and the suit's own claim tell of it, the quote does not.
        let s = analyse(&[("a.txt", SUIT)]);
        let words = super::super::words::Vocabulary::new(&s);
        let of = |start: &str| &words.claims[(0..s.claims.len()).find(|&c| text(&s, c as u32).starts_with(start)).unwrap()];
        assert!(of("Ostmark Ales said").points_at_suit);
        assert!(of("Kettle Hill Brewing has sued").tells_suit && of("The suit, filed").tells_suit);
        assert!(!of("\"Ostmark took").tells_suit && !of("Kettle Hill Brewing has sued").points_at_suit);
    }

    // Invented: a gang's boast, answered by the victim three times over.
    const BOAST: &str = "Shipping firm denies data theft\n\n\
        The Grey Heron gang said it stole 80GB of files from Halvard Shipping.\n\n\
        Halvard Shipping denied that any of its data was stolen.\n\n\
        A Halvard Shipping spokesperson, Mira Tenn, said the company's systems were never breached.\n\n\
        Halvard Shipping also rejected the gang's claims as false.\n";

    #[test]
    fn several_denials_may_answer_one_claim() {
        let s = analyse(&[("a.txt", BOAST)]);
        let boast = (0..s.claims.len() as u32).find(|&c| text(&s, c).contains("said it stole"));
        let boast = boast.unwrap_or_else(|| panic!("{:?}", s.claims));
        let answers = s.pairs.iter().filter(|p| p.claim == boast || p.counter == boast).count();
        assert!(answers >= 3, "{:?}", s.pairs.iter().map(|p| (text(&s, p.claim), text(&s, p.counter))).collect::<Vec<_>>());
    }

    // Invented: a researcher's finding and report, the vendor's rejection
    // of "her report", and her answer to it.
    const REPORT: &str = "Corvane dismisses payment app flaw\n\n\
        Security researcher Nadia Okafor said she discovered a flaw in Corvane's payment app that exposes card numbers.\n\n\
        Nadia Okafor said she reported the flaw to Corvane in March.\n\n\
        But Corvane rejected her report as out of scope.\n\n\
        The Kestrel Post said it reproduced the bug on two phones.\n\n\
        Analyst Tom Reyes said vendors often receive false reports.\n\n\
        But Nadia Okafor said the flaw sits in a public endpoint of Corvane's servers.\n";

    #[test]
    fn a_rejection_of_her_report_answers_the_finding_and_the_report_and_she_answers_back() {
        let found = pairs(REPORT);
        let with = |a: &str, b: &str| found.iter().any(|(x, y)| x.contains(a) && y.contains(b) || x.contains(b) && y.contains(a));
        assert!(with("discovered a flaw", "rejected her report"), "{found:?}");
        assert!(with("reported the flaw", "rejected her report"), "{found:?}");
        assert!(with("public endpoint", "rejected her report"), "{found:?}");
    }

    // Invented: a gang's two boasts; the denial rejects the intrusion,
    // though it shares a word with the theft.
    const DEEDS: &str = "Shipping firm denies breach\n\n\
        The Grey Heron gang said it hacked Halvard Shipping in March.\n\n\
        The gang also said it stole files from the servers of Halvard Shipping.\n\n\
        Halvard Shipping said its servers were never breached.\n";

    #[test]
    fn a_denial_answers_the_claim_alleging_the_kind_of_deed_it_rejects() {
        let found = pairs(DEEDS);
        assert!(found.iter().any(|(a, b)| a.contains("hacked") && b.contains("never breached")), "{found:?}");
        assert!(!found.iter().any(|(a, _)| a.contains("stole files")), "{found:?}");
    }

    // Invented: a finding, the report of it to the vendor, the vendor's
    // dismissal; then the same without the report.
    const REPORTED: &str = "Corvane shrugs off mail flaw\n\n\
        Security researcher Nadia Okafor said the vulnerability lets anyone send email as Corvane.\n\n\
        Nadia Okafor said she reported the bug to Corvane in May.\n\n\
        Corvane dismissed the issue as harmless.\n";
    const UNREPORTED: &str = "Corvane shrugs off mail flaw\n\n\
        Security researcher Nadia Okafor said the vulnerability lets anyone send email as Corvane.\n\n\
        Nadia Okafor said she tested the bug on Corvane phones in May.\n\n\
        Corvane dismissed the issue as harmless.\n";

    #[test]
    fn a_rejection_of_a_report_rejects_the_finding_reported_too() {
        let dismissals = |article: &str| pairs(article).iter().filter(|(a, b)| a.starts_with("Corvane dismissed") || b.starts_with("Corvane dismissed")).count();
        assert_eq!(dismissals(REPORTED), 2, "{:?}", pairs(REPORTED));
        assert_eq!(dismissals(UNREPORTED), 1, "{:?}", pairs(UNREPORTED));
    }

    // Invented: a paper's words on the firm's silence, asking whether it
    // paid; then the same paper saying it paid. The firm's denial answers
    // the allegation, not the question.
    const ASKED: &str = "Pellan denies paying hackers\n\n\
        The Kestrel Post said Pellan's silence on whether it paid the ransom to the Grey Heron gang may encourage more attacks.\n\n\
        Pellan denied paying a ransom to the Grey Heron gang.\n";
    const ALLEGED_PAID: &str = "Pellan denies paying hackers\n\n\
        The Kestrel Post said Pellan paid the ransom to the Grey Heron gang within a week.\n\n\
        Pellan denied paying a ransom to the Grey Heron gang.\n";

    #[test]
    fn a_claim_asking_whether_something_happened_is_not_answered_by_its_denial() {
        assert!(pairs(ASKED).is_empty(), "{:?}", pairs(ASKED));
        assert_eq!(pairs(ALLEGED_PAID).len(), 1, "{:?}", pairs(ALLEGED_PAID));
    }

    // Invented: an accusation, restated twice closer to the denial of "the
    // operator's allegations".
    const ACCUSED: &str = "Ostrow rejects Pellan claims\n\n\
        Pellan has accused Ostrow of sabotaging its payment network.\n\n\
        Pellan said Ostrow engineers planted malware on its routers last spring.\n\n\
        Pellan blamed Ostrow for the outage at its payment network.\n\n\
        Pellan said Ostrow sabotaged its routers.\n\n\
        Ostrow rejected Pellan's allegations.\n";

    #[test]
    fn a_rejection_of_a_partys_allegations_answers_what_it_was_said_to_allege() {
        let found = pairs(ACCUSED);
        assert!(found.iter().any(|(a, b)| a.contains("has accused") && b.starts_with("Ostrow rejected")), "{found:?}");
    }

    // Invented: a gang's boast; the victim's denial, then the same denial
    // quoted.
    const ECHO: &str = "Shipping firm denies breach\n\n\
        The Grey Heron gang said it hacked Halvard Shipping and sold its customer files.\n\n\
        Halvard Shipping denied that its systems were breached by hackers.\n\n\
        \"We do not believe that any Halvard Shipping systems were breached by hackers,\" a Halvard Shipping spokesperson said.\n";

    #[test]
    fn a_denial_restated_answers_its_claim_once() {
        let found = pairs(ECHO);
        assert_eq!(found.iter().filter(|(a, _)| a.contains("Grey Heron")).count(), 1, "{found:?}");
    }

    // Invented: the standfirst sums up the firm's denial that the body
    // then reports after the gang's boast.
    const SUMMED_UP: &str = "Shipping firm denies data theft\n\n\
        Halvard Shipping denied that hackers stole its files.\n\n\
        The Grey Heron gang said it stole 80GB of files from Halvard Shipping.\n\n\
        Halvard Shipping denied that any of its files were stolen by the gang.\n";

    #[test]
    fn a_denial_in_the_standfirst_sums_up_the_bodys_and_answers_nothing_itself() {
        let s = analyse(&[("a.txt", SUMMED_UP)]);
        assert!(s.articles[0].standfirst.as_deref().is_some_and(|f| f.starts_with("Halvard Shipping denied")), "{:?}", s.articles[0].standfirst);
        let found = pairs(SUMMED_UP);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found.iter().all(|(a, b)| a.contains("any of its files") || b.contains("any of its files")), "{found:?}");
    }

    // Invented: a firm's denial in the lead, then an analyst's words, then
    // customers' complaint about something else, near and far.
    const LEAD_DENIAL: &str = "Pellan denies paying hackers\n\n\
        Pellan has denied paying a ransom to the Grey Heron gang.\n\n\
        Analyst Tom Reyes said ransomware attacks on utilities doubled in March.\n\n\
        Tom Reyes said many utilities still keep unpatched servers.\n\n\
        The Kestrel Post said three utilities in Norland restored their systems.\n\n\
        Norland officials said the grid was never at risk.\n\n\
        Some customers said Pellan forced them to sign gag orders in exchange for refunds.\n";
    const LEAD_DENIAL_NEAR: &str = "Pellan denies paying hackers\n\n\
        Pellan has denied paying a ransom to the Grey Heron gang.\n\n\
        Some customers said Pellan forced them to sign gag orders in exchange for refunds.\n";

    #[test]
    fn a_denial_answers_a_later_claim_only_when_it_follows_closely() {
        let s = analyse(&[("a.txt", LEAD_DENIAL)]);
        assert!(s.claims.iter().enumerate().any(|(i, c)| text(&s, i as u32).contains("gag orders") && c.polarity == crate::model::Polarity::Accuse), "{:?}", s.claims);
        assert!(pairs(LEAD_DENIAL).is_empty(), "{:?}", pairs(LEAD_DENIAL));
        assert_eq!(pairs(LEAD_DENIAL_NEAR).len(), 1, "{:?}", pairs(LEAD_DENIAL_NEAR));
    }

    // Invented: a denial, then a paper blaming the firm's silence on a
    // question; then the same paper blaming the firm outright.
    const SILENCE: &str = "Pellan denies paying hackers\n\n\
        The Grey Heron gang said Pellan paid it a ransom.\n\n\
        Pellan denied paying a ransom to the Grey Heron gang.\n\n\
        The Kestrel Post accused Pellan of keeping silent on whether it paid the Grey Heron gang.\n";
    const HID: &str = "Pellan denies paying hackers\n\n\
        The Grey Heron gang said Pellan paid it a ransom.\n\n\
        Pellan denied paying a ransom to the Grey Heron gang.\n\n\
        The Kestrel Post accused Pellan of hiding that it paid the Grey Heron gang.\n";

    #[test]
    fn a_claim_speaking_of_a_question_does_not_rebut_a_denial() {
        let rebutted = |article: &str| pairs(article).iter().any(|(a, b)| a.contains("Kestrel") || b.contains("Kestrel"));
        assert!(!rebutted(SILENCE), "{:?}", pairs(SILENCE));
        assert!(rebutted(HID), "{:?}", pairs(HID));
    }

    // Invented: an accusation, then what the accuser told a crowd, then a
    // denial of "the host's allegations"; and the same with a second
    // accusation.
    const TOLD: &str = "Agency rejects host's claims\n\n\
        Radio host Lena Dorsch has accused the Norland Signals Agency of reading her messages.\n\n\
        Lena Dorsch told listeners that the Norland Signals Agency tapped her phone to silence her show.\n\n\
        The Norland Signals Agency denied Lena Dorsch's allegations.\n";

    #[test]
    fn a_denial_of_a_partys_allegations_answers_what_it_was_said_to_allege_alone() {
        let found = pairs(TOLD);
        let denial = found.iter().filter(|(a, b)| a.contains("denied") || b.contains("denied")).collect::<Vec<_>>();
        assert_eq!(denial.len(), 1, "{found:?}");
        assert!(denial.iter().all(|(a, b)| a.contains("has accused") || b.contains("has accused")), "{found:?}");
    }

    // Invented: customers' complaint, the carrier's denial of a breach;
    // once with the carrier confirming the takeovers, once without.
    const TAKEOVERS: &str = "Carrier confirms account takeovers\n\n\
        Brightwave confirmed that hackers took over some customer accounts and ordered phones with them.\n\n\
        Customers said hackers took over their Brightwave accounts and ordered phones in their names.\n\n\
        Brightwave denied any breach of its billing servers.\n";
    const UNCONFIRMED: &str = "Carrier faces complaints\n\n\
        Brightwave said it was reviewing its billing process.\n\n\
        Customers said hackers took over their Brightwave accounts and ordered phones in their names.\n\n\
        Brightwave denied any breach of its billing servers.\n";

    #[test]
    fn a_denial_answers_nothing_its_side_confirms() {
        let s = analyse(&[("a.txt", TAKEOVERS)]);
        assert!(s.claims.iter().enumerate().any(|(i, c)| text(&s, i as u32).contains("confirmed") && c.polarity == crate::model::Polarity::Agree), "{:?}", s.claims);
        assert!(pairs(TAKEOVERS).is_empty(), "{:?}", pairs(TAKEOVERS));
        assert_eq!(pairs(UNCONFIRMED).len(), 1, "{:?}", pairs(UNCONFIRMED));
    }

    // Invented: a carrier denies that an intrusion goes on; two later
    // accounts say it still does.
    const GOES_ON: &str = "Ostrava Mobile denies ongoing intrusion\n\n\
        Ostrava Mobile denied that its network was breached, or that the intrusion into customer accounts was ongoing.\n\n\
        Subscribers said the intrusion was still ongoing on Friday.\n\n\
        Customer Mira Tenn said the account takeovers were still happening that morning.\n";

    #[test]
    fn every_claim_that_it_still_goes_on_rebuts_the_denial_that_it_does() {
        let found = pairs(GOES_ON);
        let still = found.iter().filter(|(a, b)| a.contains("still") || b.contains("still")).count();
        assert_eq!(still, 2, "{found:?}");
    }

    #[test]
    fn a_rejection_of_a_named_partys_argument_answers_no_one_elses_claim() {
        let s = analyse(&[("a.txt", RULING)]);
        assert!(s.claims.iter().enumerate().any(|(i, c)| text(&s, i as u32).contains("argument") && c.polarity == crate::model::Polarity::Deny), "{:?}", s.claims);
        assert!(s.pairs.is_empty(), "{:?}", s.pairs.iter().map(|p| (text(&s, p.claim), text(&s, p.counter))).collect::<Vec<_>>());
    }
}
