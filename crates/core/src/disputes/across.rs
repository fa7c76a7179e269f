//! Counterclaims across articles: an accusation reported in one article
//! and the accused side's denial reported in another, and two accounts of
//! fact that cannot both hold.
//!
//! Two articles can only hold the two sides of one dispute when they report
//! the same dispute ([`Accounts::same_dispute`]): they name the same parties
//! — their entities, weighted by rarity in the corpus and by how often each
//! article names them, point the same way — and they are not two versions
//! of one story (a syndicated copy repeats the in-article pairs word for
//! word, so it adds none).
//!
//! An accusation and the accused side's denial are found through two
//! indexes — accusations by the entity they name, denials by the entity
//! that voices them — read nearest in time first and capped, so no claim
//! is compared with the whole corpus. An accuser's case holds its findings
//! too ("the researcher found the endpoint exposed", from one who accuses
//! the vendor in the same article): the accused's rejection elsewhere
//! answers them, a little less directly than an accusation. With no
//! shared paragraph, words alone tie too many accounts together: the
//! accusation must name the denier, and the pair is the more direct for
//! the denial naming the accuser or pointing back at "the allegations",
//! for words shared and for alike articles. Each claim keeps its most direct counterpart in each
//! other article, and at most [`CROSS_PER_CLAIM`] in all.
//!
//! How news prose answers decides which of several accounts of one answer
//! is met: a denial that frames the quote after it ("posted a statement
//! denying the allegations:") yields to the quote, its own words; a claim
//! meets one version of a syndicated story, not each copy; a rejection of
//! the report ("his report was rejected", "did not acknowledge the flaw")
//! answers what its author found as directly as an accusation; the turn
//! that gives the other side its say ("NSO, for its part, maintains")
//! points back, a body's own assertion ("doubled down on its assertion")
//! does not.
//!
//! Parties alone do not make one dispute: the same two parties quarrel over
//! a leaked list in July and a lawsuit in November, and the one denial of
//! the list would answer every accusation of the lawsuit. So a denial
//! answers across articles only an accusation of its matter: one sharing a
//! common word with the denial or with what the denial answers in its own
//! article — not a name, not the reporting verb ("accused"), and not a
//! word both accounts repeat claim after claim (their topic: "spyware" in
//! every story of a spyware maker). And when both articles are dated, a
//! denial does not answer an accusation reported weeks after it: that is a
//! new episode — unless the report recalls the charge in the perfect
//! ("media outlets have alleged"), made before the report's date.
//!
//! The words two claims share are counted in the two claims alone, not
//! weighted by their rarity in the corpus: a pair's score must not come and
//! go with an unrelated claim elsewhere. Two accounts of one story (same
//! event, other outlet) earn nothing extra: their parties already make
//! them alike, and a bonus for it only let through every accusation of
//! one account against every denial of the other.
//!
//! Two accounts of fact can also clash whatever words they share: a party
//! denies that something is going on ("nor that this access is ongoing")
//! and, no earlier, those it is about say it is still going on ("the
//! hacking is still happening"). That is the most direct answer there is.
//! So do two accounts of one state of affairs: "the company has not fixed
//! the flaw" in one outlet, "it has fixed the vulnerability" in another.
//! And a denial that something goes on concedes that it happened: across
//! articles it answers only who says it still goes on, not every complaint
//! that it happened.
//!
//! What a denial answers elsewhere is a party's own charge: not the
//! writer's narration, which no party voices, and not a judgement of
//! another's charge ("the senator chided the agency over the host's
//! assertion"), whose speaker weighs a case the denial answers where its
//! author makes it.

use super::answer::{Context, Found};
use super::words::{lowered, words_of};
use aho_corasick::AhoCorasick;
use crate::model::*;
use crate::text::FastMap;
use std::collections::{BTreeMap, BTreeSet};

/// Counterparts a claim keeps: the most direct in each other article of its
/// dispute, and this many in all.
const CROSS_PER_CLAIM: usize = 2;
/// Days after a denial past which an accusation is a new episode.
const EPISODE_DAYS: u32 = 42;
/// Least directness for a pair across articles (where nothing but the
/// parties and the words ties two accounts together).
const CROSS_MIN: f32 = 7.0;
/// Weight of the share of words and names two claims have in common.
const SHARED_WEIGHT: f32 = 5.0;
/// Base directness of an accusation and of an accuser's finding, answered
/// by a denial.
const ACCUSATION_BASE: f32 = 3.0;
const FINDING_BASE: f32 = 2.0;
/// Directness a claim that something is still going on adds against the
/// denial that it goes on.
const STILL_GOING_ON: f32 = 2.0;
/// Claims of other articles of the dispute looked at per index entry,
/// nearest in time, and claims passed over at most to find them.
const CROSS_CANDIDATES: usize = 8;
const CROSS_LOOKED: usize = 32;
/// Least likeness of two articles' parties (cosine of their weighted
/// entities) for them to report one dispute.
const SAME_DISPUTE: f32 = 0.05;

/// A scored counterpart.
#[derive(Clone, Copy)]
struct Scored {
    other: usize,
    score: f32,
}

/// What two articles have in common: their parties, and their claims word
/// for word.
struct Accounts {
    /// Each article's entities (sorted) with their weight, and the
    /// vector's length.
    parties: Vec<(Vec<(u32, f32)>, f32)>,
    /// Claims each article reports.
    claims: Vec<u32>,
    /// Claim texts two articles (lower index first) both report.
    repeated: FastMap<(u32, u32), u32>,
    /// Each article's first version: the lowest article it is a version
    /// of, or itself.
    first: Vec<u32>,
}

impl Accounts {
    fn new(snap: &Snapshot) -> Self {
        let n = snap.articles.len();
        // Each article's entities with how often it names them.
        let named: Vec<Vec<(u32, u32)>> = snap
            .articles
            .iter()
            .map(|a| {
                let mut ids: Vec<u32> = a.mentions.iter().map(|m| m.entity).collect();
                ids.sort_unstable();
                let mut counts: Vec<(u32, u32)> = Vec::new();
                for e in ids {
                    match counts.last_mut() {
                        Some((last, k)) if *last == e => *k += 1,
                        _ => counts.push((e, 1)),
                    }
                }
                counts
            })
            .collect();
        let mut df = vec![0u32; snap.entities.len()];
        for &(e, _) in named.iter().flatten() {
            df[e as usize] += 1;
        }
        let rarity = |e: u32| ((n as f32 + 1.0) / (df[e as usize] as f32 + 0.5)).ln().max(0.0);
        let parties = named
            .iter()
            .map(|counts| {
                let v: Vec<(u32, f32)> = counts.iter().map(|&(e, k)| (e, rarity(e) * (1.0 + (k as f32).ln()))).collect();
                let len = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
                (v, len)
            })
            .collect();
        let mut claims = vec![0u32; n];
        let mut reported: FastMap<&str, Vec<u32>> = FastMap::default();
        for c in &snap.claims {
            claims[c.article as usize] += 1;
            let text = snap.articles[c.article as usize].text[c.span.range()].trim();
            let by = reported.entry(text).or_default();
            if by.last() != Some(&c.article) {
                by.push(c.article);
            }
        }
        // A sentence many articles repeat is boilerplate, not a copy.
        let mut repeated: FastMap<(u32, u32), u32> = FastMap::default();
        for by in reported.values().filter(|by| by.len() > 1 && by.len() <= 4) {
            for (k, &a) in by.iter().enumerate() {
                for &b in &by[k + 1..] {
                    *repeated.entry((a.min(b), a.max(b))).or_default() += 1;
                }
            }
        }
        let mut accounts = Accounts { parties, claims, repeated, first: (0..n as u32).collect() };
        let copies: Vec<(u32, u32)> = accounts.repeated.keys().copied().filter(|&(a, b)| accounts.versions(a, b)).collect();
        for (a, b) in copies {
            accounts.first[b as usize] = accounts.first[b as usize].min(a);
        }
        accounts
    }

    /// How alike two articles' parties are, 0 to 1.
    fn likeness(&self, a: u32, b: u32) -> f32 {
        let ((va, la), (vb, lb)) = (&self.parties[a as usize], &self.parties[b as usize]);
        if *la <= 0.0 || *lb <= 0.0 {
            return 0.0;
        }
        let (mut x, mut y, mut dot) = (0, 0, 0.0);
        while x < va.len() && y < vb.len() {
            match va[x].0.cmp(&vb[y].0) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    dot += va[x].1 * vb[y].1;
                    x += 1;
                    y += 1;
                }
            }
        }
        dot / (la * lb)
    }

    /// Two versions of one story: at least half the claims of the shorter
    /// repeated word for word.
    fn versions(&self, a: u32, b: u32) -> bool {
        let shared = self.repeated.get(&(a.min(b), a.max(b))).copied().unwrap_or(0);
        shared > 0 && 2 * shared >= self.claims[a as usize].min(self.claims[b as usize])
    }

    /// Whether two articles report one dispute, each its own account.
    fn same_dispute(&self, a: u32, b: u32) -> bool {
        a != b && !self.versions(a, b) && self.likeness(a, b) >= SAME_DISPUTE
    }
}

impl Context<'_> {
    /// How directly an accusation (or an accuser's finding) and a denial
    /// in two articles of one dispute (`likeness` of their parties) answer
    /// each other: the accusation naming the denier (the accused answering
    /// for itself) or the denial naming the accuser, the denial pointing
    /// back at "the allegations", words shared, the accusation saying that
    /// what the denial says is not going on still is.
    fn across(&self, a: usize, b: usize, likeness: f32) -> f32 {
        let (accusation, denial) = match (self.polarity(a), self.polarity(b)) {
            (Polarity::Accuse | Polarity::Assert, Polarity::Deny) => (a, b),
            (Polarity::Deny, Polarity::Accuse | Polarity::Assert) => (b, a),
            _ => return 0.0,
        };
        let still = self.still_going_on(accusation, denial);
        if !still && going_on(self.text(denial)) == Some(false) {
            return 0.0;
        }
        let accused = self.names_speaker_of(accusation, denial);
        let accuser = self.names_speaker_of(denial, accusation) || self.points_at_group(denial, accusation);
        if !(accused || accuser) || self.parties.same(a, b) {
            return 0.0;
        }
        let named = if accused { 2.0 } else { 0.0 } + if accuser { 1.0 } else { 0.0 };
        // A rejection of the report ("his report was rejected", "did not
        // acknowledge the flaw") answers what the report found as
        // directly as a denial of "the allegations" answers them.
        let finding = self.polarity(accusation) == Polarity::Assert;
        let report = finding && rejects_report(self.text(denial)) && tells_report(self, accusation);
        let back = if self.points_back(denial) || report { 1.0 } else { 0.0 };
        let base = if finding && !report { FINDING_BASE } else { ACCUSATION_BASE };
        let still = if still { STILL_GOING_ON } else { 0.0 };
        base + named + back + still + SHARED_WEIGHT * self.shared(a, b) + 2.0 * likeness
    }

    /// Whether a denial points back at what it answers: "the allegations",
    /// "the host's assertion", or the turn by which news prose gives the
    /// other side its say ("NSO, for its part, maintains…"). A body
    /// standing by its own statement ("doubled down on its assertion")
    /// points at its own words, not at the charges.
    fn points_back(&self, denial: usize) -> bool {
        let text = self.text(denial);
        let (mut own, mut anothers, mut turn) = (false, false, false);
        let mut before: [&str; 2] = ["", ""];
        for w in raw_words(text) {
            if CHARGE_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)) {
                let mine = OWN.iter().any(|o| before[1].eq_ignore_ascii_case(o));
                own |= mine;
                anothers |= !mine;
            }
            // "for its part", "for their part".
            let whose = ["its", "their"].iter().any(|p| before[1].eq_ignore_ascii_case(p));
            turn |= w.eq_ignore_ascii_case("part") && whose && before[0].eq_ignore_ascii_case("for");
            before = [before[1], w];
        }
        turn || (self.words.claims[denial].answers && (anothers || !own))
    }

    /// Whether `denial` points back at the charges of a group of people
    /// named by their kind, who voice `accusation`: "the allegations made
    /// by disgruntled staff" answers "several former staff members". A group
    /// is no entity to be named; the words of its kind stand for it.
    fn points_at_group(&self, denial: usize, accusation: usize) -> bool {
        let Speaker::Group(name) = &self.snap.claims[accusation].speaker else { return false };
        if !self.words.claims[denial].answers {
            return false;
        }
        let kind: Vec<String> = kind_words(name).filter(|w| !QUANTIFIERS.contains(&w.as_str())).collect();
        kind_words(self.text(denial)).any(|w| kind.contains(&w))
    }

    /// Whether `c` says that what `denial` denies is going on still is,
    /// reported no earlier than the denial: "the attack was still ongoing"
    /// against "nor that this unauthorized access is ongoing".
    fn still_going_on(&self, c: usize, denial: usize) -> bool {
        let undated = super::UNDATED;
        let (dc, dd) = (self.when[c].0, self.when[denial].0);
        let later = dc == undated || dd == undated || dc >= dd;
        later && going_on(self.text(denial)) == Some(false) && going_on(self.text(c)) == Some(true)
    }

    fn text(&self, c: usize) -> &str {
        let claim = &self.snap.claims[c];
        &self.snap.articles[claim.article as usize].text[claim.span.range()]
    }

    /// How much two claims say alike, read from the two claims alone: the
    /// words and names they share over the geometric mean of their counts
    /// (0 to 1). No corpus-wide weight enters, so a pair's score does not
    /// move when an unrelated claim elsewhere comes or goes.
    fn shared(&self, a: usize, b: usize) -> f32 {
        let (x, y) = (&self.words.claims[a].features, &self.words.claims[b].features);
        if x.is_empty() || y.is_empty() {
            return 0.0;
        }
        let both = super::words::shared(x, y).count();
        both as f32 / ((x.len() * y.len()) as f32).sqrt()
    }
}

/// Nouns by which news prose speaks of what a researcher or a reporter
/// found: the report itself, or the flaw it reports.
const REPORT_NOUNS: &[&str] = &["report", "findings", "flaw", "vulnerability", "bug", "issue", "weakness", "study"];
/// Words that point a noun back at what was said before it.
const POINTERS: &[&str] = &["the", "this", "that", "his", "her", "their"];

/// The words of a text, as written (compared without regard to case, so
/// that no text is copied).
fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty())
}

fn report_noun(w: &str) -> bool {
    REPORT_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n))
}

/// Whether a denial rejects a report pointed back at: a report noun
/// right after a pointer, or one word after it ("his report was rejected",
/// "did not acknowledge the flaw", "dismissed the researcher's findings").
fn rejects_report(text: &str) -> bool {
    let mut since = usize::MAX;
    for w in raw_words(text) {
        if report_noun(w) && since <= 1 {
            return true;
        }
        // A lone "s" is what is left of a possessive ("researcher's").
        let points = w == "s" || POINTERS.iter().any(|p| w.eq_ignore_ascii_case(p));
        since = if points { 0 } else { since.saturating_add(1) };
    }
    false
}

/// Whether a claim tells what a report found ("discovered a flaw", "the
/// vulnerability is an injection"), not how it was handed in ("reported
/// the flaw to the vendor", which the rejection does not dispute).
fn tells_report(cx: &Context, c: usize) -> bool {
    !cx.words.claims[c].reports_to && raw_words(cx.text(c)).any(report_noun)
}

/// Words that count the people of a group, not their kind.
const QUANTIFIERS: &[&str] = &["various", "multiple", "several", "many", "some", "other", "numerous", "unnamed", "anonymous", "certain"];

/// A text's words of four letters or more, lower case and without a
/// plural "s": how a group's kind is told in another sentence.
fn kind_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|ch: char| !ch.is_alphanumeric()).filter(|w| w.len() >= 4).map(|w| w.to_lowercase().trim_end_matches('s').to_string())
}

/// Words telling that a deed goes on.
const GOING_ON: &[&str] = &["ongoing", "happening", "continuing", "continues", "persisting", "persists", "underway"];

/// Whether a claim speaks of something going on: `Some(true)` when it says
/// it still goes on ("is still happening"), `Some(false)` when it speaks of
/// it going on without "still" (as a denial does: "nor that this access is
/// ongoing"), `None` when it does not speak of it.
fn going_on(text: &str) -> Option<bool> {
    let (mut on, mut still) = (false, false);
    // No listed word has a "k", the one ASCII letter a non-ASCII one (the
    // Kelvin sign) lowers to: ignoring ASCII case is lowering here.
    for w in text.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()) {
        on |= GOING_ON.iter().any(|g| w.eq_ignore_ascii_case(g));
        still |= w.eq_ignore_ascii_case("still");
    }
    on.then_some(still)
}

/// Nouns by which a claim speaks of another's charge ("the host's
/// assertion", "the unsubstantiated accusations"). "Charges" is left out:
/// prosecutors bring their own.
const CHARGE_NOUNS: &[&str] = &["allegation", "allegations", "accusation", "accusations", "assertion", "assertions", "claim", "claims"];
/// Possessives by which a body speaks of its own statement ("its
/// assertion", "our claims").
const OWN: &[&str] = &["its", "our", "my"];
/// Words before a charge noun that make it another's: a determiner or a
/// possessive pronoun ("its" and "our" mostly stand by their own).
const ANOTHERS: &[&str] = &["the", "these", "those", "that", "this", "such", "his", "her", "their"];

/// Whether claim `c` (an accusation or a finding) is a party's own charge,
/// which the accused side's denial in another article can answer: not the
/// writer's narration ("the raids come after it was discovered that…"),
/// which no party voices, and not a judgement of another's charge ("the
/// senator chided the agency over the host's assertion"), whose speaker
/// backs or weighs a case that is not theirs: the denial answers that case
/// where its own author makes it.
fn own_charge(cx: &Context, c: usize) -> bool {
    cx.snap.claims[c].speaker != Speaker::Writer && !(may_name_charge(cx.text(c)) && of_a_charge(cx, c))
}

/// Whether claim `c` speaks of another's charge ("the host's assertion").
fn of_a_charge(cx: &Context, c: usize) -> bool {
    let low = lowered(cx.text(c));
    let words: Vec<&str> = words_of(&low).collect();
    let anothers = |w: &&str| ANOTHERS.contains(w) || w.ends_with("'s");
    words.iter().enumerate().any(|(k, w)| {
        CHARGE_NOUNS.contains(w) && !reports(cx, c, w) && words[k.saturating_sub(2)..k].iter().any(anothers)
    })
}

/// Whether a text may hold one of [`CHARGE_NOUNS`]: it has one's stem in
/// any case.
fn may_name_charge(text: &str) -> bool {
    static STEMS: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    any_ignoring_ascii_case(&STEMS, &["claim", "allegation", "accusation", "assertion"]).is_match(text)
}

/// A searcher for some lower-case ASCII strings in any case, byte for
/// byte, built once: a word that lowers to one of them holds it, as no
/// other letter lowers to an ASCII one but the Kelvin sign (to "k", which
/// none has). A cheap test before lowering a text.
fn any_ignoring_ascii_case<'s>(cell: &'s std::sync::OnceLock<AhoCorasick>, needles: &[&str]) -> &'s AhoCorasick {
    cell.get_or_init(|| AhoCorasick::builder().ascii_case_insensitive(true).build(needles).expect("ASCII needles build"))
}

/// Claims indexed by entity, each list sorted by time.
struct Index {
    /// Accusations that name the entity (not on its side), and the
    /// findings of those who accuse it in the corpus.
    naming: FastMap<u32, Vec<usize>>,
    /// Denials voiced by the entity or one affiliated with it.
    voicing: FastMap<u32, Vec<usize>>,
    /// Whether each accusation or finding is a party's own charge
    /// ([`own_charge`]), read once.
    own: Vec<bool>,
}

impl Index {
    fn new(cx: &Context) -> Self {
        let mut naming: FastMap<u32, Vec<usize>> = FastMap::default();
        let mut voicing: FastMap<u32, Vec<usize>> = FastMap::default();
        // Only an accusation (or an accuser's finding) and a denial are
        // paired across articles: the accusations by whom they name, the
        // denials by who voices them.
        let accusing = accusers(cx);
        let charges = |(i, c): (usize, &Claim)| matches!(c.polarity, Polarity::Accuse | Polarity::Assert) && own_charge(cx, i);
        let own: Vec<bool> = cx.snap.claims.iter().enumerate().map(charges).collect();
        for (i, c) in cx.snap.claims.iter().enumerate() {
            if matches!(c.polarity, Polarity::Accuse | Polarity::Assert) && !own[i] {
                continue;
            }
            if c.polarity == Polarity::Accuse {
                for &e in c.about.iter().filter(|&&e| !cx.parties.claim_speaks_for(i, e)) {
                    naming.entry(e).or_default().push(i);
                }
                continue;
            }
            if c.polarity == Polarity::Assert {
                let Some(s) = cx.parties.entity(i) else { continue };
                for &e in c.about.iter().filter(|&&e| accusing.contains(&(s, e))) {
                    naming.entry(e).or_default().push(i);
                }
                continue;
            }
            if c.polarity != Polarity::Deny || frames_quote(cx, i) {
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
        Index { naming, voicing, own }
    }
}

/// Who accuses whom in the corpus, as (accuser, accused): the speaker of
/// an accusation and each party it names, not its own side. An account
/// that reports only the accuser's findings still reports the accuser's
/// case: who accuses whom is a fact of the dispute, not of one article.
fn accusers(cx: &Context) -> BTreeSet<(u32, u32)> {
    let mut set = BTreeSet::new();
    for (i, c) in cx.snap.claims.iter().enumerate().filter(|(_, c)| c.polarity == Polarity::Accuse) {
        let Some(s) = cx.parties.entity(i) else { continue };
        set.extend(c.about.iter().filter(|&&e| !cx.parties.claim_speaks_for(i, e)).map(|&e| (s, e)));
    }
    set
}

/// Pair claims with their most direct counterparts in other articles of
/// their dispute: a rejection with what names its speaker elsewhere, an
/// accusation with what its target says elsewhere.
pub fn across_articles(cx: &Context, found: &mut Found) {
    let accounts = Accounts::new(cx.snap);
    let index = Index::new(cx);
    let partners = partners(cx, found);
    let topics = Topics::new(cx);
    let claims = &cx.snap.claims;
    let mut lists: Vec<&[usize]> = Vec::new();
    // Whether each other article met is of this article's dispute, and how
    // alike the two are: asked for many claims of one article.
    let met: std::cell::RefCell<FastMap<u32, Option<f32>>> = Default::default();
    for (i, c) in claims.iter().enumerate() {
        lists.clear();
        if i == 0 || claims[i - 1].article != c.article {
            met.borrow_mut().clear();
        }
        let alike = |j: usize| {
            let other = claims[j].article;
            *met.borrow_mut().entry(other).or_insert_with(|| accounts.same_dispute(c.article, other).then(|| accounts.likeness(c.article, other)))
        };
        match c.polarity {
            Polarity::Deny if !frames_quote(cx, i) => {
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
            Polarity::Accuse if index.own[i] => {
                lists.extend(c.about.iter().filter(|&&t| !cx.parties.claim_speaks_for(i, t)).filter_map(|t| index.voicing.get(t)).map(Vec::as_slice));
            }
            _ => continue,
        }
        let mut best: Vec<Scored> = Vec::new();
        for list in &lists {
            for j in nearest(cx, list, i, |j| alike(j).is_some()) {
                let (a, b) = if cx.when[i] <= cx.when[j] { (i, j) } else { (j, i) };
                if answers_too_early(cx, a, b) {
                    continue;
                }
                let (acc, den) = if c.polarity == Polarity::Accuse { (i, j) } else { (j, i) };
                if !cx.still_going_on(acc, den) && !of_one_matter(cx, &partners, &topics, acc, den) {
                    continue;
                }
                let score = cx.across(a, b, alike(j).unwrap_or(0.0));
                if score >= CROSS_MIN {
                    best.push(Scored { other: j, score });
                }
            }
        }
        keep_best(cx, &mut best);
        for s in best {
            let key = if cx.when[i] <= cx.when[s.other] { (i, s.other) } else { (s.other, i) };
            found.entry(key).or_insert(s.score);
        }
    }
    states_undone(cx, &accounts, found);
    one_version(cx, &accounts, found);
}

/// Whether denial `c` only frames the words that follow it: "the agency
/// posted a statement denying the allegations:", and then the statement
/// itself, "'This allegation is untrue,' the statement read." The two are
/// one answer, met across articles in its own words.
fn frames_quote(cx: &Context, c: usize) -> bool {
    let claims = &cx.snap.claims;
    let quote = |next: &Claim| next.article == claims[c].article && next.polarity == Polarity::Deny;
    cx.text(c).trim_end().ends_with(':') && claims.get(c + 1).is_some_and(quote) && cx.parties.same(c, c + 1)
}

/// A claim meets a story once, not once in each of its versions: a
/// syndicated copy repeats the claims word for word, and answering both
/// copies is one answer counted twice. Of a claim's counterparts in the
/// versions of one story, those in the version of the most direct pair
/// stay (ties to the first version).
fn one_version(cx: &Context, accounts: &Accounts, found: &mut Found) {
    let claims = &cx.snap.claims;
    let across = |&(x, y): &(usize, usize)| claims[x].article != claims[y].article;
    // Per claim and story met, the best score and the article it is in.
    let mut chosen: BTreeMap<(usize, u32), (f32, u32)> = BTreeMap::new();
    for (&(x, y), &score) in found.iter().filter(|(k, _)| across(k)) {
        for (c, other) in [(x, claims[y].article), (y, claims[x].article)] {
            let e = chosen.entry((c, accounts.first[other as usize])).or_insert((score, other));
            if score > e.0 || (score == e.0 && other < e.1) {
                *e = (score, other);
            }
        }
    }
    let kept = |c: usize, other: u32| chosen.get(&(c, accounts.first[other as usize])).is_none_or(|&(_, a)| a == other);
    found.retain(|k, _| !across(k) || (kept(k.0, claims[k.1].article) && kept(k.1, claims[k.0].article)));
}

/// Two accounts of one state of affairs that cannot both hold: "the
/// company has not fixed the flaw" in one article of the dispute, "the
/// company has fixed the vulnerability" in another (or the other way
/// round). Claims are indexed by participle and party named, each list
/// sorted by time; each claim meets, among its [`CROSS_LOOKED`] neighbours
/// in time, the nearest one of the other sense in each other article.
fn states_undone(cx: &Context, accounts: &Accounts, found: &mut Found) {
    let claims = &cx.snap.claims;
    let mut by: BTreeMap<(String, u32), Vec<(usize, bool)>> = BTreeMap::new();
    let stated = claims.iter().enumerate().filter(|(_, c)| c.polarity != Polarity::Other);
    for (i, c) in stated {
        // "has denied", "have claimed" report a statement, not a state.
        for (done, participle) in perfects(cx.text(i)).into_iter().filter(|(_, p)| !reports(cx, i, p)) {
            for &e in &c.about {
                by.entry((participle.clone(), e)).or_default().push((i, done));
            }
        }
    }
    for list in by.values_mut() {
        list.sort_unstable_by_key(|&(i, _)| cx.when[i]);
        for (k, &(i, done)) in list.iter().enumerate() {
            let near = &list[k.saturating_sub(CROSS_LOOKED / 2)..(k + CROSS_LOOKED / 2).min(list.len())];
            let mut nearest: BTreeMap<u32, (u32, usize)> = BTreeMap::new();
            for &(j, other) in near {
                let (a, b) = (claims[i].article, claims[j].article);
                if other == done || cx.parties.same(i, j) || !accounts.same_dispute(a, b) {
                    continue;
                }
                let gap = cx.when[i].0.abs_diff(cx.when[j].0);
                let e = nearest.entry(b).or_insert((gap, j));
                if gap < e.0 {
                    *e = (gap, j);
                }
            }
            for (_, j) in nearest.into_values() {
                let key = if cx.when[i] <= cx.when[j] { (i, j) } else { (j, i) };
                found.entry(key).or_insert(CROSS_MIN);
            }
        }
    }
}

/// The perfects a claim says ("has fixed", "has not been patched",
/// "hasn't yet resolved"): whether each is affirmed, and its participle.
fn perfects(text: &str) -> Vec<(bool, String)> {
    let mut found = Vec::new();
    static HAS: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    if !any_ignoring_ascii_case(&HAS, &["has", "have"]).is_match(text) {
        return found;
    }
    // Read as written, ignoring case (no word compared has the "k" the
    // Kelvin sign lowers to); a participle is lowered when found.
    let is = |w: &str, listed: &[&str]| listed.iter().any(|l| w.eq_ignore_ascii_case(l));
    let mut words = text.split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’')).filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        let negative = is(w, &["hasn't", "haven't", "hasn’t", "haven’t"]);
        if !(negative || is(w, &["has", "have"])) {
            continue;
        }
        let mut done = !negative;
        for next in words.clone().take(3) {
            if is(next, &["not", "never"]) {
                done = false;
            } else if !is(next, &["yet", "already", "now", "since", "been"]) {
                let p = lowered(next);
                if p.len() > 4 && p.ends_with("ed") {
                    found.push((done, p));
                }
                break;
            }
        }
    }
    found
}

/// Whether the earlier claim `a` is a denial dated well before the
/// accusation `b` (both articles dated): a denial answers what was alleged
/// before it, and an accusation reported weeks later is a new episode
/// between the same parties (a lawsuit after a leak), not what it denied.
/// An accusation answered weeks later is still a pair, and so is one
/// told in the perfect ("media outlets have alleged", "he had charged"):
/// the article recalls a charge made before it, whose date is not its own.
fn answers_too_early(cx: &Context, a: usize, b: usize) -> bool {
    let undated = super::UNDATED;
    let (da, db) = (cx.when[a].0, cx.when[b].0);
    cx.polarity(a) == Polarity::Deny && da != undated && db != undated && db - da > EPISODE_DAYS && !recalled(&cx.snap.claims[b])
}

/// Whether a claim is reported in the perfect ("have alleged", "has
/// accused", "had charged"): a charge made some time before the report.
fn recalled(c: &Claim) -> bool {
    let verb = c.verb.as_deref().unwrap_or("");
    ["has ", "have ", "had "].iter().any(|p| verb.get(..p.len()).is_some_and(|v| v.eq_ignore_ascii_case(p)))
}

/// Each claim's counterparts in its own article (the pairs found so far).
fn partners(cx: &Context, found: &Found) -> FastMap<usize, Vec<usize>> {
    let mut of: FastMap<usize, Vec<usize>> = FastMap::default();
    for &(x, y) in found.keys().filter(|&&(x, y)| cx.snap.claims[x].article == cx.snap.claims[y].article) {
        of.entry(x).or_default().push(y);
        of.entry(y).or_default().push(x);
    }
    of
}

/// Whether an accusation and a denial in another article are of one
/// matter: the denial, or what it answers in its own article, shares a
/// common word with the accusation. A denial of one leaked list does not
/// answer a lawsuit over an exploit merely because the same company is
/// named.
fn of_one_matter(cx: &Context, partners: &FastMap<usize, Vec<usize>>, topics: &Topics, accusation: usize, denial: usize) -> bool {
    let (a, b) = (cx.snap.claims[accusation].article, cx.snap.claims[denial].article);
    // Capitalised words are names, of the parties both accounts share.
    let matter = |x: usize, f: u32| {
        let w = cx.words.surface(f);
        let named = !w.starts_with(|c: char| c.is_lowercase());
        let both_topic = topics.of(a, cx.words.surface_id(f)) && topics.of(b, cx.words.surface_id(f));
        !(named || reports(cx, accusation, w) || reports(cx, x, w) || both_topic)
    };
    let common = |x: usize| cx.words.shared_shown(accusation, x).any(|f| matter(x, f));
    common(denial) || partners.get(&denial).is_some_and(|p| p.iter().any(|&x| common(x)))
}

/// The words each article repeats, claim after claim: its story's topic
/// ("spyware" in every account of a spyware maker's troubles). A word both
/// accounts repeat is what they have in common, not the matter of one
/// accusation and one denial.
struct Topics {
    /// Per article, its words found in two claims or more (as
    /// [`Vocabulary::surface_id`](super::words::Vocabulary::surface_id)s,
    /// sorted).
    repeated: Vec<Vec<u32>>,
}

impl Topics {
    fn new(cx: &Context) -> Self {
        let mut repeated = vec![Vec::new(); cx.snap.articles.len()];
        let mut start = 0;
        let claims = &cx.snap.claims;
        let mut ids: Vec<u32> = Vec::new();
        while start < claims.len() {
            let article = claims[start].article;
            let end = start + claims[start..].iter().take_while(|c| c.article == article).count();
            ids.clear();
            ids.extend((start..end).flat_map(|c| cx.words.shown_words(c)).map(|f| cx.words.surface_id(f)));
            ids.sort_unstable();
            let twice = ids.chunk_by(|a, b| a == b).filter(|run| run.len() >= 2);
            repeated[article as usize] = twice.map(|run| run[0]).collect();
            start = end;
        }
        Topics { repeated }
    }

    /// Whether an article repeats a word (its surface id).
    fn of(&self, article: u32, word: u32) -> bool {
        self.repeated[article as usize].binary_search(&word).is_ok()
    }
}

/// Whether a word of a claim is its reporting verb ("accused", "alleges"):
/// two accusations share it for being accusations, not for their matter.
fn reports(cx: &Context, c: usize, word: &str) -> bool {
    // The verb in lower case starts with the word's first five letters.
    cx.snap.claims[c].verb.as_deref().is_some_and(|v| {
        let mut verb = v.chars().flat_map(char::to_lowercase);
        word.chars().take(5).all(|ch| verb.next() == Some(ch))
    })
}

/// Up to [`CROSS_CANDIDATES`] claims of `list` (sorted by time) that
/// `fits`, nearest in time first: a walk outward from `of`'s date over at
/// most [`CROSS_LOOKED`] claims, never a scan of the list.
fn nearest<'l>(cx: &'l Context, list: &'l [usize], of: usize, fits: impl Fn(usize) -> bool + 'l) -> impl Iterator<Item = usize> + 'l {
    let me = cx.when[of];
    let article = cx.snap.claims[of].article;
    let at = list.partition_point(|&c| cx.when[c] < me);
    let (mut l, mut r) = (at, at);
    let (mut taken, mut looked) = (0, 0);
    std::iter::from_fn(move || {
        while taken < CROSS_CANDIDATES && looked < CROSS_LOOKED && (l > 0 || r < list.len()) {
            looked += 1;
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
            if cx.snap.claims[c].article != article && fits(c) {
                taken += 1;
                return Some(c);
            }
        }
        None
    })
}

/// The most direct counterpart in each other article, the best
/// [`CROSS_PER_CLAIM`] of them; ties to the earlier claim.
fn keep_best(cx: &Context, v: &mut Vec<Scored>) {
    v.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.other.cmp(&y.other)));
    let mut seen: Vec<u32> = Vec::new();
    v.retain(|s| {
        let article = cx.snap.claims[s.other].article;
        let fresh = !seen.contains(&article);
        seen.push(article);
        fresh
    });
    v.truncate(CROSS_PER_CLAIM);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{analyse, text};
    use crate::model::*;

    /// The cross-article pairs as (file, text) of accusation and answer.
    fn across(s: &Snapshot) -> Vec<(String, String, String, String)> {
        let file = |c: u32| s.articles[s.claims[c as usize].article as usize].source_file.clone();
        s.pairs
            .iter()
            .filter(|p| s.claims[p.claim as usize].article != s.claims[p.counter as usize].article)
            .map(|p| (file(p.claim), text(s, p.claim).to_string(), file(p.counter), text(s, p.counter).to_string()))
            .collect()
    }

    // Invented: a ferry operator accused by a union, in two outlets; the
    // same operator in an unrelated row with a port authority.
    const UNION: &str = "Union says Kestrel Ferries cut safety drills\n\n\
        The Harbour Workers Union accused Kestrel Ferries of cutting lifeboat drills to save money on the Dunmore crossing.\n\n\
        Union organiser Petra Lind said crews on the Dunmore crossing had not held a lifeboat drill since March.\n";
    const DENIAL: &str = "Kestrel Ferries rejects drill claims\n\n\
        Kestrel Ferries denied that it had cut lifeboat drills on the Dunmore crossing, and said the Harbour Workers Union was mistaken.\n\n\
        Petra Lind, the union organiser, said crews would vote on a strike next week.\n";
    const BERTH: &str = "Port of Calloway and Kestrel Ferries at odds over berth fees\n\n\
        The Port of Calloway raised berth fees for Kestrel Ferries by a third, harbour master Ivo Marsh said.\n\n\
        Kestrel Ferries denied that it owed the Port of Calloway any fees for the winter season.\n\n\
        Marsh said the port would take the ferry operator to court in Calloway.\n";

    #[test]
    fn the_accused_denial_in_another_account_of_the_dispute_answers_the_accusation() {
        let s = analyse(&[("a.txt", UNION), ("b.txt", DENIAL), ("c.txt", BERTH)]);
        let pairs = across(&s);
        assert!(
            pairs.iter().any(|p| p.1.contains("accused Kestrel") && p.2 == "b.txt" && p.3.contains("denied that it had cut")),
            "{pairs:?}\n{:?}",
            s.claims
        );
    }

    #[test]
    fn articles_naming_the_same_parties_report_one_dispute_and_one_shared_party_is_not_enough() {
        let s = analyse(&[("a.txt", UNION), ("b.txt", DENIAL), ("c.txt", BERTH)]);
        let accounts = super::Accounts::new(&s);
        // The union's row: the operator, the union, its organiser, the
        // crossing. The berth fees: the same operator, a port, its harbour
        // master.
        assert!(accounts.same_dispute(0, 1), "{}", accounts.likeness(0, 1));
        assert!(!accounts.same_dispute(0, 2) && !accounts.same_dispute(1, 2), "{} {}", accounts.likeness(0, 2), accounts.likeness(1, 2));
        assert!(!accounts.same_dispute(0, 0));
        assert!(across(&s).iter().all(|p| p.0 != "c.txt" && p.2 != "c.txt"));
    }

    #[test]
    fn two_versions_of_one_story_are_not_paired_with_each_other() {
        // One outlet's story with both sides, and a syndicated copy of it
        // under another headline: each repeats the other's pairs.
        let story = format!("{UNION}\nKestrel Ferries denied that it had cut lifeboat drills on the Dunmore crossing.\n");
        let copy = story.replacen("Union says Kestrel Ferries cut safety drills", "Ferry crews short of drills, union claims", 1);
        let s = analyse(&[("a.txt", &story), ("b.txt", DENIAL), ("c.txt", &copy)]);
        let pairs = across(&s);
        let between = |p: &(String, String, String, String)| [p.0.as_str(), p.2.as_str()] == ["a.txt", "c.txt"] || [p.0.as_str(), p.2.as_str()] == ["c.txt", "a.txt"];
        assert!(!pairs.iter().any(between), "{pairs:?}");
        // The other outlet's account still meets the story.
        assert!(pairs.iter().any(|p| p.0 == "b.txt" || p.2 == "b.txt"), "{pairs:?}");
    }

    #[test]
    fn a_denial_answers_across_articles_only_an_accusation_of_its_matter() {
        // The same union and operator, over fares: its denial is of the
        // fares, not of the drills.
        let fares = "Kestrel Ferries denies raising fares\n\n\
            The Harbour Workers Union accused Kestrel Ferries of raising winter fares for its own staff.\n\n\
            Kestrel Ferries denied that the Harbour Workers Union's members paid higher winter fares.\n";
        let s = analyse(&[("a.txt", UNION), ("b.txt", DENIAL), ("f.txt", fares)]);
        let pairs = across(&s);
        let between = |x: &str, y: &str| pairs.iter().any(|p| [p.0.as_str(), p.2.as_str()] == [x, y] || [p.0.as_str(), p.2.as_str()] == [y, x]);
        assert!(between("a.txt", "b.txt"), "{pairs:?}");
        assert!(!between("a.txt", "f.txt") && !between("b.txt", "f.txt"), "{pairs:?}");
    }

    #[test]
    fn a_word_both_accounts_repeat_is_their_topic_not_the_matter_of_a_denial() {
        // Both accounts keep naming the crossing: the fares denial shares
        // only that with the drills accusation.
        let drills = "Union says Kestrel Ferries cut safety drills\n\n\
            The Harbour Workers Union accused Kestrel Ferries of cutting lifeboat drills on the Dunmore crossing.\n\n\
            Union organiser Petra Lind said the Dunmore crossing was short of crew.\n";
        let fares = "Kestrel Ferries rejects fare claims\n\n\
            The Harbour Workers Union accused Kestrel Ferries of raising winter fares.\n\n\
            Kestrel Ferries denied that the Harbour Workers Union's members paid higher fares on the Dunmore crossing.\n\n\
            Petra Lind said the Dunmore crossing would see a strike.\n";
        let s = analyse(&[("a.txt", drills), ("f.txt", fares)]);
        assert!(across(&s).is_empty(), "{:?}", across(&s));
    }

    /// The snapshot of invented articles, each with its date.
    fn dated(files: &[(&str, &str, &str)]) -> Snapshot {
        let mut c = crate::corpus::Corpus::default();
        for (name, date, text) in files {
            c.files.push(crate::corpus::SourceFile { name: name.to_string(), raw: text.to_string() });
            c.meta.insert(name.to_string(), crate::corpus::FileMeta { published: Some(date.to_string()), ..Default::default() });
        }
        crate::analyse::analyse(&c)
    }

    #[test]
    fn a_denial_months_before_an_accusation_does_not_answer_it_but_one_weeks_after_does() {
        // The union's suit in the autumn: a new episode, which the
        // operator's spring denial never answered.
        let suit = "Union sues Kestrel Ferries over drills

            The Harbour Workers Union accused Kestrel Ferries of cutting lifeboat drills on the Dunmore crossing in a lawsuit filed on Monday.
";
        let s = dated(&[("b.txt", "2023-03-05", DENIAL), ("d.txt", "2023-10-02", suit)]);
        assert!(across(&s).is_empty(), "{:?}", across(&s));
        // The same accusation in March, answered in April.
        let s = dated(&[("d.txt", "2023-03-01", suit), ("b.txt", "2023-04-10", DENIAL)]);
        assert!(across(&s).iter().any(|p| p.3.contains("denied that it had cut")), "{:?}", across(&s));
    }

    #[test]
    fn a_charge_recalled_in_the_perfect_is_answered_by_a_denial_months_before_the_report() {
        let recalled = "Union presses Kestrel Ferries\n\n\
            The Harbour Workers Union has accused Kestrel Ferries of cutting lifeboat drills on the Dunmore crossing.\n";
        let s = dated(&[("b.txt", "2023-03-05", DENIAL), ("d.txt", "2023-10-02", recalled)]);
        assert!(s.claims.iter().any(|c| c.verb.as_deref() == Some("has accused")), "{:?}", s.claims);
        assert!(across(&s).iter().any(|p| p.3.contains("denied that it had cut") || p.1.contains("denied that it had cut")), "{:?}", across(&s));
    }

    #[test]
    fn a_denial_points_back_through_the_turn_to_its_side_not_through_its_own_assertion() {
        let answers = "Kestrel Ferries answers\n\n\
            Kestrel Ferries, for its part, maintains that no lifeboat drill was ever cut.\n\n\
            Kestrel Ferries doubled down on its assertion that no lifeboat drill was ever cut.\n\n\
            Kestrel Ferries rejected the union's allegations about lifeboat drills.\n";
        let s = analyse(&[("a.txt", UNION), ("b.txt", answers)]);
        let (parties, words) = (super::super::parties::Parties::new(&s), super::super::words::Vocabulary::new(&s));
        let cx = super::Context { snap: &s, parties: &parties, words: &words, when: (0..s.claims.len() as u32).map(|i| (0, i)).collect() };
        let find = |t: &str| (0..s.claims.len()).find(|&c| text(&s, c as u32).contains(t)).unwrap_or_else(|| panic!("{t}: {:?}", s.claims));
        assert!(cx.points_back(find("for its part")));
        assert!(!cx.points_back(find("doubled down")));
        assert!(cx.points_back(find("rejected the union")));
    }

    // Invented: a carrier's denial that an intrusion goes on, and its
    // customers in another outlet two days later.
    const STATEMENT: &str = "Corvina Mobile says accounts were not breached\n\n\
        Corvina Mobile denied that its systems had been breached, nor that the unauthorized access to customer accounts was ongoing.\n\n\
        The carrier said it had reset the passwords of the affected subscribers.\n";

    #[test]
    fn a_claim_that_it_is_still_going_on_answers_the_denial_that_it_goes_on() {
        let customers = |still: &str| {
            format!(
                "Corvina Mobile subscribers report new account takeovers\n\n\
                 Subscribers accused Corvina Mobile of leaving their accounts open to attackers.\n\n\
                 Subscribers said the hacking of their Corvina Mobile accounts was {still}happening on Thursday.\n"
            )
        };
        let pair = |s: &Snapshot| across(s).into_iter().any(|p| p.1.contains("happening") || p.3.contains("happening"));
        let s = dated(&[("a.txt", "2024-05-06", STATEMENT), ("b.txt", "2024-05-09", &customers("still "))]);
        assert!(pair(&s), "{:?}\n{:?}", across(&s), s.claims);
        // Without "still" the account only says it happened: nothing else
        // ties it to the denial.
        let s = dated(&[("a.txt", "2024-05-06", STATEMENT), ("b.txt", "2024-05-09", &customers(""))]);
        assert!(!pair(&s), "{:?}", across(&s));
        // Said before the denial, it is not what the denial answered.
        let s = dated(&[("a.txt", "2024-05-06", STATEMENT), ("b.txt", "2024-05-01", &customers("still "))]);
        assert!(!pair(&s), "{:?}", across(&s));
    }

    #[test]
    fn a_denial_that_it_goes_on_answers_only_who_says_it_still_does() {
        // The subscribers' grievance says the accounts were open, not that
        // the access goes on: the carrier's statement conceded as much.
        let grievance = "Corvina Mobile subscribers angry over account takeovers\n\n\
            Subscribers accused Corvina Mobile of leaving their accounts open to attackers for a week.\n";
        let s = dated(&[("a.txt", "2024-05-06", STATEMENT), ("b.txt", "2024-05-09", grievance)]);
        assert!(s.claims.iter().any(|c| c.polarity == Polarity::Accuse), "{:?}", s.claims);
        assert!(across(&s).is_empty(), "{:?}", across(&s));
    }

    #[test]
    fn the_writers_narration_and_a_judgement_of_anothers_charge_are_no_charge_the_denial_answers() {
        let with = |line: &str| format!("Kestrel Ferries under pressure over drills\n\n{line}\n");
        let pairs = |line: &str| across(&analyse(&[("a.txt", &with(line)), ("b.txt", DENIAL)]));
        // The union's own charge is answered.
        assert!(!pairs("The Harbour Workers Union accused Kestrel Ferries of cutting lifeboat drills on the Dunmore crossing.").is_empty());
        // A senator weighing the union's allegations backs a case that is
        // not hers.
        let judged = pairs("Senator Ilse Brandt criticised Kestrel Ferries over the union's allegations about lifeboat drills on the Dunmore crossing.");
        assert!(judged.is_empty(), "{judged:?}");
        // Speaking of its own charges, a party still makes its case.
        let own = pairs("Backing its claims with crew logs, the Harbour Workers Union accused Kestrel Ferries of cutting lifeboat drills on the Dunmore crossing.");
        assert!(!own.is_empty(), "{own:?}");
        // The outlet's own account of the charge is nobody's case.
        let line = "Kestrel Ferries has been accused of cutting lifeboat drills on the Dunmore crossing.";
        let s = analyse(&[("a.txt", &with(line)), ("b.txt", DENIAL)]);
        assert!(s.claims.iter().any(|c| c.speaker == Speaker::Writer && c.polarity == Polarity::Accuse), "{:?}", s.claims);
        assert!(across(&s).is_empty(), "{:?}", across(&s));
    }

    #[test]
    fn an_accusers_finding_is_answered_by_the_accused_rejection_in_another_account() {
        let finding = |accuses: &str| {
            format!(
                "Researcher finds flaw in Brightwell Bank login\n\n\
                 {accuses}\n\n\
                 Haugen said the login endpoint of Brightwell Bank returned session tokens to any visitor.\n"
            )
        };
        let rejection = "Brightwell Bank rejects researcher's report\n\n\
            Brightwell Bank rejected the report, saying session tokens were never returned to visitors of its login endpoint.\n";
        let pair = |s: &Snapshot| across(s).into_iter().any(|p| p.1.contains("returned session tokens") || p.3.contains("returned session tokens"));
        let accuser = finding("Security researcher Lena Haugen accused Brightwell Bank of ignoring her warnings for months.");
        let s = analyse(&[("a.txt", &accuser), ("b.txt", rejection)]);
        assert!(pair(&s), "{:?}\n{:?}", across(&s), s.claims);
        // From one who accuses the bank of nothing, it is a statement, not
        // a case the bank answers.
        let neutral = finding("Security researcher Lena Haugen presented her work at a conference in Oslo.");
        let s = analyse(&[("a.txt", &neutral), ("b.txt", rejection)]);
        assert!(!pair(&s), "{:?}\n{:?}", across(&s), s.claims);
    }

    #[test]
    fn a_later_account_that_the_state_came_about_answers_one_that_it_had_not() {
        let unfixed = "Halvard Telecom router flaw remains open\n\n\
            Security analyst Tomas Berg said Halvard Telecom has not patched the router flaw that exposes customer passwords.\n";
        let fixed = |not: &str| {
            format!(
                "Router flaw at Halvard Telecom: an update\n\n\
                 Ines Duarte said on Friday that Halvard Telecom has {not}patched the router flaw after her report.\n"
            )
        };
        let pair = |s: &Snapshot| across(s).iter().any(|p| [p.0.as_str(), p.2.as_str()].contains(&"b.txt"));
        let s = dated(&[("a.txt", "2024-02-01", unfixed), ("b.txt", "2024-02-09", &fixed(""))]);
        assert!(pair(&s), "{:?}\n{:?}", across(&s), s.claims);
        // Two accounts that it is still not patched agree.
        let s = dated(&[("a.txt", "2024-02-01", unfixed), ("b.txt", "2024-02-09", &fixed("not "))]);
        assert!(!pair(&s), "{:?}", across(&s));
    }

    #[test]
    fn a_denial_framing_its_quote_yields_to_the_quote() {
        // The operator's statement, reported and then quoted: one answer.
        let statement = "Kestrel Ferries answers the union\n\n\
            On Friday, Kestrel Ferries posted a statement denying the union's allegations that it saved money:\n\n\
            \u{201c}This allegation is untrue: Kestrel Ferries has never cut a lifeboat drill on the Dunmore crossing,\u{201d} the statement read.\n";
        let s = analyse(&[("a.txt", UNION), ("b.txt", statement)]);
        let frame = (0..s.claims.len()).find(|&c| text(&s, c as u32).contains("posted a statement"));
        let quote = (0..s.claims.len()).find(|&c| text(&s, c as u32).contains("untrue"));
        let (Some(frame), Some(quote)) = (frame, quote) else { panic!("{:?}", s.claims) };
        assert_eq!((s.claims[frame].polarity, s.claims[quote].polarity), (Polarity::Deny, Polarity::Deny), "{:?}", s.claims);
        let pairs = across(&s);
        assert!(pairs.iter().any(|p| p.3.contains("untrue") || p.1.contains("untrue")), "{pairs:?} {:?}", s.claims.iter().enumerate().map(|(i, c)| (text(&s, i as u32), &c.speaker, c.polarity, &c.about)).collect::<Vec<_>>());
        assert!(pairs.iter().all(|p| !p.3.contains("posted a statement") && !p.1.contains("posted a statement")), "{pairs:?}");
    }

    #[test]
    fn a_claim_meets_one_version_of_a_syndicated_story() {
        // The union's story and a syndicated copy; the operator's denial in
        // a third outlet answers the accusation once, not in each copy.
        let copy = UNION.replacen("Union says Kestrel Ferries cut safety drills", "Ferry crews short of drills, union claims", 1);
        let s = analyse(&[("a.txt", UNION), ("b.txt", DENIAL), ("c.txt", &copy)]);
        let pairs = across(&s);
        let with = |f: &str| pairs.iter().filter(|p| (p.0 == f || p.2 == f) && (p.1.contains("denied that it had cut") || p.3.contains("denied that it had cut"))).count();
        assert_eq!(with("a.txt") + with("c.txt"), 1, "{pairs:?}");
    }

    #[test]
    fn a_rejection_points_back_at_a_report_and_a_finding_tells_one() {
        for t in ["However, his report was rejected as out of scope.", "Brightwell Bank did not acknowledge the flaw.", "The bank dismissed the researcher's findings."] {
            assert!(super::rejects_report(t), "{t}");
        }
        for t in ["Brightwell Bank denied that it was hacked.", "The bank rejected a report in the press.", "The bank denied the allegations."] {
            assert!(!super::rejects_report(t), "{t}");
        }
    }

    #[test]
    fn a_rejected_report_is_answered_by_what_its_author_found_in_another_account() {
        // The researcher accuses the bank in one outlet; another reports
        // only her finding; a third, the bank's rejection of her report.
        let accuses = "Researcher accuses Brightwell Bank\n\n\
            Security researcher Lena Haugen accused Brightwell Bank of ignoring her warnings for months.\n";
        let finds = |how: &str| format!("Flaw in Brightwell Bank login\n\nLena Haugen {how}.\n\nCustomers accused Brightwell Bank of slow support.\n");
        let rejects = "Brightwell Bank responds\n\n\
            Brightwell Bank did not acknowledge the flaw, calling it expected behaviour.\n";
        let pair = |s: &Snapshot| across(s).into_iter().any(|p| (p.0 == "b.txt" || p.2 == "b.txt") && (p.0 == "c.txt" || p.2 == "c.txt"));
        let found = finds("said the sign-in page of Brightwell Bank had a flaw that handed session cookies to any visitor");
        let s = analyse(&[("a.txt", accuses), ("b.txt", &found), ("c.txt", rejects)]);
        assert!(pair(&s), "{} {:?}\n{:?}", score(&s, "had a flaw", "did not acknowledge"), across(&s), s.claims.iter().enumerate().map(|(i, c)| (text(&s, i as u32), &c.speaker, c.polarity, &c.about)).collect::<Vec<_>>());
        // An account of how the report was handed in is not what the
        // rejection disputes.
        let handed = finds("said she reported the flaw to Brightwell Bank in March");
        let s = analyse(&[("a.txt", accuses), ("b.txt", &handed), ("c.txt", rejects)]);
        assert!(!pair(&s), "{:?}\n{:?}", across(&s), s.claims);
    }

    #[test]
    fn perfects_are_read_with_their_negation() {
        let read = |t: &str| super::perfects(t);
        assert_eq!(read("The firm has not yet patched it."), vec![(false, "patched".to_string())]);
        assert_eq!(read("The firm hasn’t fixed it, but the bug has been patched upstream."), vec![(false, "fixed".to_string()), (true, "patched".to_string())]);
        assert_eq!(read("The firm has a patch."), vec![]);
    }

    /// The across-article score of the accusation and the denial whose
    /// texts hold `accusation` and `denial`.
    fn score(s: &Snapshot, accusation: &str, denial: &str) -> f32 {
        let (parties, words) = (super::super::parties::Parties::new(s), super::super::words::Vocabulary::new(s));
        let cx = super::Context { snap: s, parties: &parties, words: &words, when: (0..s.claims.len() as u32).map(|i| (0, i)).collect() };
        let find = |t: &str| (0..s.claims.len()).find(|&c| text(s, c as u32).contains(t)).unwrap_or_else(|| panic!("{t}: {:?}", s.claims));
        let (a, d) = (find(accusation), find(denial));
        let likeness = super::Accounts::new(s).likeness(s.claims[a].article, s.claims[d].article);
        cx.across(a, d, likeness)
    }

    #[test]
    fn a_denial_pointing_at_the_charges_of_a_group_names_that_group() {
        let crew = "Crew members speak out at Kestrel Ferries\n\n\
            Several former crew members accused Kestrel Ferries of cutting lifeboat drills on the Dunmore crossing.\n";
        let answer = |denial: &str| format!("Kestrel Ferries answers critics\n\n{denial}\n");
        let points = |denial: &str| {
            let s = analyse(&[("a.txt", crew), ("b.txt", &answer(denial))]);
            let (parties, words) = (super::super::parties::Parties::new(&s), super::super::words::Vocabulary::new(&s));
            let cx = super::Context { snap: &s, parties: &parties, words: &words, when: (0..s.claims.len() as u32).map(|i| (0, i)).collect() };
            let find = |t: &str| (0..s.claims.len()).find(|&c| text(&s, c as u32).contains(t)).unwrap_or_else(|| panic!("{t}: {:?}", s.claims));
            cx.points_at_group(find("Kestrel Ferries rejected"), find("accused Kestrel"))
        };
        assert!(points("Kestrel Ferries rejected the allegations made by former crew members as baseless."));
        // Pointing at another group's charges, or naming crews without
        // pointing back at any charge, is not answering these.
        assert!(!points("Kestrel Ferries rejected the allegations made by rival operators as baseless."));
        assert!(!points("Kestrel Ferries rejected claims that crew members missed lifeboat drills."));
    }

    #[test]
    fn a_pairs_score_does_not_move_with_an_unrelated_claim_elsewhere() {
        // The berth row gains a claim about timetables: nothing the union's
        // accusation or the ferry operator's denial says or names.
        let more = format!("{BERTH}\nMarsh said the winter timetable would start in November.\n");
        let before = analyse(&[("a.txt", UNION), ("b.txt", DENIAL), ("c.txt", BERTH)]);
        let after = analyse(&[("a.txt", UNION), ("b.txt", DENIAL), ("c.txt", &more)]);
        assert!(after.claims.len() > before.claims.len(), "{:?}", after.claims);
        let (x, y) = (score(&before, "accused Kestrel", "denied that it had cut"), score(&after, "accused Kestrel", "denied that it had cut"));
        assert!(x >= super::CROSS_MIN && x == y, "{x} {y}");
    }
}
