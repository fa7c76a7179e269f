//! What a claim is about, as words: its content words (crudely stemmed, so
//! "reported" meets "report" and "hacking" meets "hacked"), the entities it
//! names, and the kinds of deed it speaks of ("hacked" and "breach" are one
//! intrusion, "monitoring" and "targeted" one spying: an accusation and its
//! denial seldom use the same verb), each weighted by how rare it is among
//! the claims of the articles where someone accuses or denies (the only
//! ones read); and two cues of how news prose answers: a negation, and an
//! answer noun ("the allegations", "these claims", "that notion") pointing
//! back at what was said before, with its owner when it is named ("the
//! agency's explanation", "claims made by the host") or stood for by a
//! possessive pronoun ("his report").

use crate::model::{Mention, Polarity, Snapshot};
use crate::text::FastMap;

/// Words that say nothing of a claim's subject.
const STOP: &[&str] = &[
    "the", "and", "but", "for", "with", "that", "this", "these", "those", "from", "into", "onto",
    "was", "were", "are", "been", "being", "has", "have", "had", "its", "his", "her", "their",
    "our", "your", "they", "them", "she", "him", "who", "whom", "which", "what", "when", "where",
    "while", "will", "would", "could", "should", "can", "may", "might", "must", "not", "any",
    "all", "some", "also", "than", "then", "there", "here", "about", "after", "before", "over",
    "under", "such", "only", "just", "even", "more", "most", "very", "said", "says", "say",
    "told", "tell", "tells", "added", "according", "statement", "did", "does", "out", "one",
    "two", "new", "now", "how", "why", "because", "other", "through", "against", "it's", "we're",
    "said.", "per", "via", "yes", "nor", "both", "each", "many", "much", "own", "same", "them.",
];
/// Words that negate or reject.
const NEGATION: &[&str] = &[
    "not", "no", "never", "nothing", "none", "nor", "untrue", "false", "baseless", "groundless",
    "unfounded", "unrelated", "deny", "denied", "denies", "denying", "reject", "rejected",
    "rejects", "dismissed", "dismisses", "refused", "refuses", "without",
];
/// Nouns by which a statement points back at another's claim.
const ANSWER_NOUNS: &[&str] = &[
    "allegation", "allegations", "accusation", "accusations", "claim", "claims",
    "notion", "assertion", "assertions", "charge", "charges", "suggestion",
    "suggestions", "rumours", "rumors", "criticism", "explanation", "explanations", "denial",
    "denials", "argument", "arguments", "report", "reports", "finding", "findings",
];
/// Answer nouns that name what they point at as alleged, in the plural:
/// "denied the allegations" answers what was alleged ("has accused…"),
/// where "this allegation" is the one just said.
const ALLEGATION_NOUNS: &[&str] = &["allegations", "accusations", "charges"];
/// The answer noun that names what it points at as found: "rejected the
/// findings" answers what a review or a report was said to have found.
const FINDINGS: &str = "findings";
/// Nouns of a legal action: "said the suit was baseless" answers the claim
/// that tells of the suit brought ("has sued…", "the lawsuit alleges…").
const SUIT_NOUNS: &[&str] = &["suit", "lawsuit", "suits", "lawsuits", "complaint"];
/// Words by which a claim tells of a legal action brought (a complaint
/// too, as "the complaint was baseless" answers the one filed).
const SUIT_WORDS: &[&str] = &["sue", "sued", "sues", "suing", "suit", "lawsuit", "suits", "lawsuits", "complaint", "complaints"];
/// Words by which a claim tells what was found ("a review had found that…",
/// "the report's finding").
const FINDING_WORDS: &[&str] = &["found", "finding", "findings", "finds"];
/// Words an answer noun may follow its pointer by ("these baseless
/// claims", "that's a claim").
const POINT_REACH: u8 = 2;
/// Openings by which a sentence disputes the one before it ("But the
/// company denied…", "Still, an analysis found…").
const CONTRAST: &[&str] = &["but", "however", "still", "yet", "nevertheless", "nonetheless"];
/// Determiners and possessives that make an answer noun point back.
const POINTING: &[&str] = &["the", "these", "those", "that", "this", "such", "his", "her", "their", "its", "any"];

/// What the lists above say of a word, as bits.
const STOP_WORD: u8 = 1;
const NEGATES: u8 = 2;
const ANSWER_NOUN: u8 = 4;
const POINTS: u8 = 8;
const GOES_ON: u8 = 16;
const STILL: u8 = 32;
const QUESTIONS: u8 = 64;
const REPORT_ACT: u8 = 128;

/// What the lists say of one word: its bits, and the kind of deed it
/// names (place in [`DEED_KINDS`]), if any.
#[derive(Clone, Copy, Default)]
struct Listed {
    bits: u8,
    deed: Option<u8>,
}

/// Every listed word (and every word of a kind of deed) with what the
/// lists say of it, looked up once per word.
fn listed() -> &'static FastMap<&'static str, Listed> {
    static LISTED: std::sync::OnceLock<FastMap<&'static str, Listed>> = std::sync::OnceLock::new();
    LISTED.get_or_init(|| {
        let mut m: FastMap<&'static str, Listed> = FastMap::default();
        let lists = [
            (STOP, STOP_WORD),
            (NEGATION, NEGATES),
            (ANSWER_NOUNS, ANSWER_NOUN),
            (POINTING, POINTS),
            (GOING_ON, GOES_ON),
            (&["still"], STILL),
            (QUESTIONING, QUESTIONS),
            (REPORT_ACTS, REPORT_ACT),
        ];
        for (list, bit) in lists {
            for w in list {
                m.entry(w).or_default().bits |= bit;
            }
        }
        for (i, (_, words)) in DEED_KINDS.iter().enumerate() {
            for w in *words {
                m.entry(w).or_default().deed = Some(i as u8);
            }
        }
        m
    })
}

/// What the lists say of a word (lower case).
fn look_up(word: &str) -> Listed {
    listed().get(word).copied().unwrap_or_default()
}

/// Whether an answer noun is pointed at: it follows a determiner or a
/// possessive ("the allegations", "the agency's explanation") by at most
/// [`POINT_REACH`] words ("these baseless claims", "that's a claim"), or
/// is given an owner or a target right after it ("charges by the United
/// States", "accusations from Kyiv", "claims made by", "allegations against
/// its staff").
///
/// It also keeps where the noun's owner is named, if it is: the possessive
/// before it ("the agency's explanation") or the name after "by" or "from"
/// ("allegations made last month by the host").
#[derive(Default)]
struct Pointer {
    /// Words read since the last pointing word, while within reach.
    since: Option<u8>,
    /// The last pointing word was a possessive ending here (byte offset of
    /// its stem's end in the claim).
    possessive: Option<usize>,
    /// The last pointing word was a possessive pronoun.
    pronoun: bool,
    /// The word before was an answer noun.
    after_noun: bool,
    /// Words left in which an owner named after the noun may start.
    owner_reach: u8,
    /// The word before was a verb of making right after an answer noun
    /// ("allegations made").
    after_made: bool,
    /// An answer noun says against whom it is ("the allegations made
    /// against us").
    against: bool,
}

/// Words that, right after an answer noun, say whose or against whom it is.
const OWNED: &[&str] = &["by", "from", "made", "levelled", "leveled", "against"];
/// Of those, the ones after which the owner is named (not the target).
const OWNER_AFTER: &[&str] = &["by", "from", "made", "levelled", "leveled"];
/// Words after an answer noun within which its owner is named ("claims made
/// last month by the host").
const OWNER_REACH: u8 = 5;

/// Where a pointed answer noun's owner may be named, in bytes of the claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum OwnerAt {
    /// A name ending here, before "'s".
    EndsAt(usize),
    /// A name starting at this word.
    StartsAt(usize),
    /// A possessive pronoun ("his report", "their claims"): the owner is
    /// whoever the prose just spoke of.
    Pronoun,
}
/// Possessive pronouns of another party ("his report", "their claims");
/// "its" is left out, as a body mostly stands by its own ("its findings").
const PRONOUNS: &[&str] = &["his", "her", "their"];

impl Pointer {
    /// Reads the next word (lower case), its bits and its byte offset in
    /// the claim: whether it is an answer noun pointed at, and where its
    /// owner may be named.
    fn read(&mut self, word: &str, bits: u8, at: usize) -> (bool, Option<OwnerAt>) {
        let noun = bits & ANSWER_NOUN != 0;
        let owned = self.after_noun && OWNED.contains(&word);
        let answers = (self.since.is_some() && noun) || owned;
        let mut owner = None;
        if self.owner_reach > 0 {
            self.owner_reach -= 1;
            owner = Some(OwnerAt::StartsAt(at));
        }
        if self.since.is_some() && noun {
            if let Some(end) = self.possessive {
                owner = Some(OwnerAt::EndsAt(end));
            } else if self.pronoun {
                owner = Some(OwnerAt::Pronoun);
            }
        }
        if owned && OWNER_AFTER.contains(&word) {
            self.owner_reach = OWNER_REACH;
        }
        self.against |= word == "against" && (self.after_noun || self.after_made);
        self.after_made = owned && word != "against";
        self.after_noun = noun;
        let possessive = strip_ascii_suffix(word, "'s").map(|stem| at + stem.len());
        self.since = if bits & POINTS != 0 || possessive.is_some() {
            self.possessive = possessive;
            self.pronoun = PRONOUNS.contains(&word);
            Some(0)
        } else {
            self.since.map(|n| n + 1).filter(|&n| n < POINT_REACH)
        };
        (answers, owner)
    }
}

/// Words within which "for its part" turns to the other side ("Acme, for
/// its part, maintains…").
const PART_REACH: usize = 8;

/// Whether a text opens with a contrast: one of [`CONTRAST`], "in fact", or
/// "for its part" (their, his, her) among its first words.
fn opens_with_contrast(text: &str) -> bool {
    // No listed word has a "k", the one ASCII letter a non-ASCII one
    // (the Kelvin sign) lowers to: ignoring ASCII case is lowering here.
    let is = |w: &str, listed: &str| w.eq_ignore_ascii_case(listed);
    let mut first: [&str; PART_REACH] = [""; PART_REACH];
    let mut n = 0;
    for w in text.split(|ch: char| !ch.is_alphabetic()).filter(|w| !w.is_empty()).take(PART_REACH) {
        first[n] = w;
        n += 1;
    }
    let words = &first[..n];
    let part = words.windows(3).any(|w| is(w[0], "for") && ["its", "their", "his", "her"].iter().any(|p| is(w[1], p)) && is(w[2], "part"));
    part || match words.first() {
        Some(w) if is(w, "in") => words.get(1).is_some_and(|w| is(w, "fact")),
        Some(w) => CONTRAST.iter().any(|c| is(w, c)),
        None => false,
    }
}

/// Relative pronouns by which a claim split from the sentence before it
/// opens ("…a flaw to the firm, for which the firm refused…"): it speaks of
/// what that one said.
const RELATIVES: &[&str] = &["which", "whom", "whose"];

/// Whether a text opens (in lower case, as a split-off clause does) with a
/// relative pronoun, after a preposition at most ("which", "for which", "to
/// whom").
fn opens_with_relative(text: &str) -> bool {
    let mut words = text.split(|ch: char| !ch.is_alphabetic()).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or_default();
    let is_relative = |w: &str| RELATIVES.contains(&w);
    is_relative(first) || first.chars().all(|c| c.is_lowercase()) && words.next().is_some_and(is_relative)
}

/// Stems of the verbs of accusing, each the verb of an answer noun
/// ("accused" / "accusations", "charged" / "charges").
const ALLEGING: &[&str] = &["accus", "alleg", "charg", "claim"];

/// Whether a reporting verb ("has accused", "had charged") is one of
/// accusing.
fn alleging(verb: &str) -> bool {
    // Lowered, a word starts with an ASCII stem when its first bytes are
    // that stem in any case (no stem has the "k" of the Kelvin sign).
    let last = verb.rsplit(' ').next().unwrap_or_default().as_bytes();
    ALLEGING.iter().any(|s| last.get(..s.len()).is_some_and(|start| start.eq_ignore_ascii_case(s.as_bytes())))
}

/// Words opening a question a claim speaks of ("whether the agency spied").
const QUESTIONING: &[&str] = &["whether"];

/// Words telling that a deed goes on.
const GOING_ON: &[&str] = &["ongoing", "happening", "continuing", "continues", "persisting", "persists", "underway"];

/// Acts of telling a party of something found.
const REPORT_ACTS: &[&str] = &["reported", "disclosed", "submitted", "notified", "flagged", "alerted", "sent"];
/// Words after a report act within which "to" names whom it was told.
const REPORT_REACH: usize = 8;

/// Whether a text tells of a report made to someone: a report act with
/// "to" a few words after it, before any "that" ("reported that…" is news
/// prose reporting, not a report made).
#[cfg(test)]
fn reports_to(text: &str) -> bool {
    let mut report = ReportTo::default();
    for w in text.to_lowercase().split(|ch: char| !ch.is_alphabetic()).filter(|w| !w.is_empty()) {
        report.read(w, look_up(w).bits);
    }
    report.found
}

/// [`reports_to`] read word by word (lower case, split at every
/// character that is not a letter), as the claim's words go by.
#[derive(Default)]
struct ReportTo {
    /// Words left in which "to" may follow the last report act.
    reach: usize,
    found: bool,
}

impl ReportTo {
    fn read(&mut self, word: &str, bits: u8) {
        if self.reach > 0 {
            if word == "to" {
                self.found = true;
            }
            self.reach = if word == "that" { 0 } else { self.reach - 1 };
        }
        if bits & REPORT_ACT != 0 {
            self.reach = REPORT_REACH;
        }
    }

    /// Reads a word of the claim as split for the vocabulary: the pieces
    /// of it between characters that are not letters ("re-sent" is "re",
    /// "sent"), each looked up unless it is the whole word.
    fn read_pieces(&mut self, word: &str, bits: u8) {
        if word.bytes().all(|b| b.is_ascii_lowercase()) {
            return self.read(word, bits);
        }
        for piece in word.split(|ch: char| !ch.is_alphabetic()).filter(|w| !w.is_empty()) {
            let bits = if piece.len() == word.len() { bits } else { look_up(piece).bits };
            self.read(piece, bits);
        }
    }
}

/// Whether a claim ending at byte `end` of its article stands in the
/// standfirst, which opens the article's text.
fn in_standfirst(article: &crate::model::Article, end: usize) -> bool {
    article.standfirst.as_deref().is_some_and(|s| end <= s.len() && article.text.starts_with(s))
}

/// A text in lower case with curly apostrophes made straight, read as
/// words ("hasn't", "agency's") by [`words_of`]: one allocation for the
/// text, none per word.
pub(super) fn lowered(text: &str) -> String {
    text.to_lowercase().replace('’', "'")
}

/// The words of a [`lowered`] text.
pub(super) fn words_of(low: &str) -> impl Iterator<Item = &str> {
    low.split(|ch: char| !(ch.is_alphanumeric() || ch == '\'')).filter(|w| !w.is_empty())
}

/// A claim's words and cues.
#[derive(Default)]
pub struct Words {
    /// Feature ids (stems, then entities), sorted and unique.
    pub features: Vec<u32>,
    /// Says "not", "denied", "untrue"…
    pub negated: bool,
    /// Points back at another's claim ("the allegations").
    pub answers: bool,
    /// Points back at allegations by name, in the plural ("denied the
    /// allegations", "these accusations"), not at a report or an
    /// explanation.
    pub points_at_allegations: bool,
    /// Points back at findings ("rejected the findings").
    pub points_at_findings: bool,
    /// Points back at a legal action ("the suit was baseless", "its
    /// lawsuit").
    pub points_at_suit: bool,
    /// Tells of a legal action brought ("has sued", "the lawsuit alleges").
    pub tells_suit: bool,
    /// Tells what was found ("an engineering review had found that…").
    pub tells_findings: bool,
    /// Whose claim it points back at, when it names them ("the agency's
    /// explanation", "charges by the ministry").
    pub owner: Option<u32>,
    /// Points back at the claim of someone it describes rather than names
    /// ("the spyware maker's claim"): whose it is stays unknown.
    pub described_owner: bool,
    /// Points back at the claim of someone a possessive pronoun stands for
    /// ("his report was rejected"): whoever the prose just spoke of.
    pub pronoun_owner: bool,
    /// Points back at the claims made against someone ("the allegations
    /// made against us"): all of them, as a set.
    pub against: bool,
    /// Opens with a contrast ("But…", "In fact…"), disputing what was just said.
    pub contrasts: bool,
    /// The kinds of deed it speaks of, a bit each (place in [`DEED_KINDS`]).
    pub deeds: u8,
    /// Tells of a report made to someone ("reported the flaw to Acme",
    /// "submitted a bug report via its portal to Acme").
    pub reports_to: bool,
    /// Speaks of a matter as a question ("a review of whether the agency
    /// spied on the host"): an assertion that does so alleges nothing.
    pub asks: bool,
    /// Is reported by a verb of accusing ("accused", "alleged", "had
    /// charged", "claims"): what a rejection of "the allegations" or "his
    /// claims" points at.
    pub alleges: bool,
    /// Speaks of something going on: `Some(true)` when it says it still
    /// does ("the hacking is still happening"), `Some(false)` when it speaks
    /// of it going on without "still" (as a denial does: "nor that this
    /// access is ongoing").
    pub going_on: Option<bool>,
    /// Stands in the standfirst, the summary printed under the headline:
    /// what the body tells again in full.
    pub in_standfirst: bool,
    /// The weight of all its features.
    total: f32,
}

/// Every claim's words, and each feature's weight (rarity among claims).
pub struct Vocabulary {
    pub claims: Vec<Words>,
    weight: Vec<f32>,
    /// Surface forms of stems, for titles: the first seen.
    surface: Vec<String>,
    /// Per stem, the first stem of the same surface form (mostly itself).
    same_surface: Vec<u32>,
    stems: usize,
}

/// Entity features are numbered after all stems.
const ENTITY_BIT: u32 = 1 << 31;

impl Vocabulary {
    /// Reads the words of the claims of articles where someone accuses or
    /// denies: only those are paired by their words.
    pub fn new(snap: &Snapshot) -> Self {
        let mut disputed = vec![false; snap.articles.len()];
        for c in snap.claims.iter().filter(|c| matches!(c.polarity, Polarity::Accuse | Polarity::Deny)) {
            disputed[c.article as usize] = true;
        }
        let mut ids: FastMap<String, u32> = FastMap::default();
        let mut surface: Vec<String> = Vec::new();
        let mut seen: FastMap<String, Seen> = FastMap::default();
        let mut claims: Vec<Words> = Vec::with_capacity(snap.claims.len());
        for c in &snap.claims {
            let mut w = Words::default();
            if !disputed[c.article as usize] {
                claims.push(w);
                continue;
            }
            let article = &snap.articles[c.article as usize];
            let text = &article.text[c.span.range()];
            w.in_standfirst = in_standfirst(article, c.span.end as usize);
            let mut pointer = Pointer::default();
            let mut report = ReportTo::default();
            w.contrasts = opens_with_contrast(text);
            w.answers = opens_with_relative(text);
            w.alleges = c.verb.as_deref().is_some_and(alleging);
            let mut owner_at: Vec<OwnerAt> = Vec::new();
            let (mut on, mut still) = (false, false);
            // The word before was a determiner or a possessive.
            let mut pointed = false;
            for raw in text.split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’' || ch == '-')) {
                let raw = raw.trim_matches(|ch| ch == '\'' || ch == '’' || ch == '-');
                if raw.is_empty() {
                    continue;
                }
                let at = raw.as_ptr() as usize - text.as_ptr() as usize;
                if !seen.contains_key(raw) {
                    let known = Seen::new(raw, &mut ids, &mut surface);
                    seen.insert(raw.to_string(), known);
                }
                let known = &seen[raw];
                let word = known.lower.as_str();
                let bits = known.listed.bits;
                w.asks |= bits & QUESTIONS != 0;
                on |= bits & GOES_ON != 0;
                still |= bits & STILL != 0;
                w.negated |= bits & NEGATES != 0 || known.negative_contraction;
                report.read_pieces(word, bits);
                let (answers, owner) = pointer.read(word, bits, at);
                w.answers |= answers;
                w.points_at_allegations |= answers && ALLEGATION_NOUNS.contains(&word);
                w.points_at_findings |= answers && word == FINDINGS;
                w.tells_findings |= known.tells_finding;
                w.points_at_suit |= pointed && SUIT_NOUNS.contains(&word);
                w.tells_suit |= known.tells_suit;
                pointed = bits & POINTS != 0 || strip_ascii_suffix(word, "'s").is_some();
                if let Some(owner) = owner {
                    owner_at.push(owner);
                }
                if let Some(i) = known.listed.deed {
                    w.features.push(known.deed_feature);
                    w.deeds |= 1 << i;
                }
                if let Some(stem) = known.stem {
                    w.features.push(stem);
                }
            }
            w.reports_to = report.found;
            w.against = pointer.against;
            w.going_on = on.then_some(still);
            w.owner = owner(&snap.articles[c.article as usize].mentions, c.span.start as usize, &owner_at);
            w.described_owner = w.owner.is_none() && owner_at.iter().any(|o| matches!(o, OwnerAt::EndsAt(_)));
            w.pronoun_owner = w.owner.is_none() && owner_at.contains(&OwnerAt::Pronoun);
            w.features.extend(c.about.iter().map(|&e| e | ENTITY_BIT));
            w.features.sort_unstable();
            w.features.dedup();
            claims.push(w);
        }
        // Document frequencies: stems, then entities in entity order.
        let stems = ids.len();
        let mut df: Vec<u32> = vec![0; stems + snap.entities.len()];
        for w in &claims {
            for &f in &w.features {
                df[slot(f, stems)] += 1;
            }
        }
        let n = claims.len() as f32;
        let weight: Vec<f32> = df.iter().map(|&d| ((n + 1.0) / (d as f32 + 0.5)).ln().max(0.1)).collect();
        for w in &mut claims {
            w.total = w.features.iter().map(|&f| weight[slot(f, stems)]).sum();
        }
        let mut first: FastMap<&str, u32> = FastMap::default();
        let same_surface = surface.iter().enumerate().map(|(i, s)| *first.entry(s.as_str()).or_insert(i as u32)).collect();
        Vocabulary { claims, weight, surface, same_surface, stems }
    }

    /// A feature's weight.
    pub fn weight(&self, f: u32) -> f32 {
        self.weight[slot(f, self.stems)]
    }

    /// How much of what two claims say they share: the weight of the shared
    /// features over the geometric mean of each claim's own (0 to 1).
    pub fn overlap(&self, a: usize, b: usize) -> f32 {
        let (a, b) = (&self.claims[a], &self.claims[b]);
        if a.total <= 0.0 || b.total <= 0.0 {
            return 0.0;
        }
        let shared: f32 = shared(&a.features, &b.features).map(|f| self.weight(f)).sum();
        shared / (a.total * b.total).sqrt()
    }

    /// The words two claims share that have a surface form (not names or
    /// kinds of deed), as feature ids in no order.
    pub fn shared_shown(&self, a: usize, b: usize) -> impl Iterator<Item = u32> + '_ {
        shared(&self.claims[a].features, &self.claims[b].features).filter(|&f| self.shown(f))
    }

    /// A claim's words that have a surface form (not its names or kinds
    /// of deed), as feature ids.
    pub fn shown_words(&self, c: usize) -> impl Iterator<Item = u32> + '_ {
        self.claims[c].features.iter().copied().filter(|&f| self.shown(f))
    }

    /// Whether a feature is a word with a surface form.
    fn shown(&self, f: u32) -> bool {
        f & ENTITY_BIT == 0 && !self.surface[f as usize].is_empty()
    }

    /// A word's surface form (the first seen).
    pub fn surface(&self, f: u32) -> &str {
        &self.surface[f as usize]
    }

    /// A word's surface form as a number: one for all words shown alike.
    pub fn surface_id(&self, f: u32) -> u32 {
        self.same_surface[f as usize]
    }

    /// The words two claims share, rarest first (surface forms), for titles.
    pub fn shared_words(&self, a: usize, b: usize) -> Vec<&str> {
        let mut v: Vec<u32> = shared(&self.claims[a].features, &self.claims[b].features).filter(|f| f & ENTITY_BIT == 0).collect();
        v.sort_by(|x, y| self.weight(*y).total_cmp(&self.weight(*x)).then(x.cmp(y)));
        v.into_iter().map(|f| self.surface[f as usize].as_str()).filter(|w| !w.is_empty()).collect()
    }
}

/// What the vocabulary knows of a word (as written) once it has met it:
/// lowered, looked up, stemmed and numbered once, however often it recurs.
struct Seen {
    /// In lower case, with curly apostrophes made straight.
    lower: String,
    listed: Listed,
    /// Ends in "n't".
    negative_contraction: bool,
    /// Is one of [`FINDING_WORDS`].
    tells_finding: bool,
    /// Is one of [`SUIT_WORDS`].
    tells_suit: bool,
    /// The feature of its kind of deed, if it names one.
    deed_feature: u32,
    /// The feature of its stem, if it has one.
    stem: Option<u32>,
}

impl Seen {
    /// Reads a word met for the first time, numbering its features (its
    /// stem shown as written, without "'s") if they are new.
    fn new(raw: &str, ids: &mut FastMap<String, u32>, surface: &mut Vec<String>) -> Self {
        let mut lower = String::with_capacity(raw.len());
        crate::text::push_lowercase(&mut lower, raw);
        if !raw.is_ascii() && lower.contains('’') {
            lower = lower.replace('’', "'");
        }
        let word = lower.as_str();
        let listed = look_up(word);
        let deed_feature = listed.deed.map_or(0, |i| feature(ids, surface, DEED_KINDS[i as usize].0, || ""));
        let listed_stem = if strip_ascii_suffix(word, "'s").is_some() { None } else { Some(listed) };
        let stem = stem_of(word, listed_stem).map(|stem| feature(ids, surface, stem, || raw.trim_end_matches("'s").trim_end_matches("’s")));
        let negative_contraction = strip_ascii_suffix(word, "n't").is_some();
        let (tells_finding, tells_suit) = (FINDING_WORDS.contains(&word), SUIT_WORDS.contains(&word));
        Seen { lower, listed, negative_contraction, tells_finding, tells_suit, deed_feature, stem }
    }
}

/// A feature's id, numbered on first sight with its surface form (empty
/// for a kind of deed, which no title shows), told only then.
fn feature<'s>(ids: &mut FastMap<String, u32>, surface: &mut Vec<String>, key: &str, shown: impl FnOnce() -> &'s str) -> u32 {
    if let Some(&id) = ids.get(key) {
        return id;
    }
    let id = ids.len() as u32;
    ids.insert(key.to_string(), id);
    surface.push(shown().to_string());
    id
}

/// Kinds of deed an accusation alleges and a denial rejects in other words
/// ("hacked the network" / "no breach of our systems"; "monitoring his
/// emails" / "never targeted"), each a feature of its own.
const DEED_KINDS: &[(&str, &[&str])] = &[
    ("#intrusion", &[
        "hack", "hacks", "hacked", "hacking", "hacker", "hackers", "breach", "breached", "breaches", "breaching",
        "compromise", "compromised", "infiltrate", "infiltrated", "intrusion", "intrusions", "broke", "unauthorized",
        "unauthorised", "hijack", "hijacked", "hijacking",
    ]),
    ("#theft", &["steal", "stole", "stolen", "stealing", "theft", "exfiltrated", "leak", "leaked", "leaks", "dump"]),
    ("#spying", &[
        "spy", "spied", "spying", "spies", "surveil", "surveilled", "surveillance", "monitor", "monitored",
        "monitoring", "eavesdrop", "eavesdropping", "wiretap", "wiretapped", "intercept", "intercepted",
        "intercepts", "target", "targeted", "targeting", "targets", "unmask", "unmasked", "unmasking", "snoop",
        "snooping",
    ]),
    ("#flaw", &[
        "flaw", "flaws", "vulnerability", "vulnerabilities", "bug", "bugs", "issue", "issues", "weakness",
        "weaknesses", "loophole", "loopholes",
    ]),
    ("#tool", &["malware", "spyware", "ransomware", "virus", "trojan", "backdoor", "implant"]),
    ("#payment", &["pay", "paid", "paying", "payment", "ransom"]),
    ("#messages", &["email", "emails", "texts", "messages", "communications", "calls", "phone", "phones"]),
];


/// The entity named where a pointed answer noun's owner may be (offsets
/// in the claim starting at `start` of its article): the first place a
/// mention fits.
fn owner(mentions: &[Mention], start: usize, at: &[OwnerAt]) -> Option<u32> {
    at.iter().find_map(|&place| {
        mentions.iter().find_map(|m| {
            let fits = match place {
                OwnerAt::EndsAt(end) => m.span.end as usize == start + end,
                OwnerAt::StartsAt(begin) => m.span.start as usize == start + begin,
                OwnerAt::Pronoun => false,
            };
            fits.then_some(m.entity)
        })
    })
}

/// A feature's place among the weights: stems first, then entities.
fn slot(f: u32, stems: usize) -> usize {
    if f & ENTITY_BIT == 0 {
        f as usize
    } else {
        stems + (f & !ENTITY_BIT) as usize
    }
}

/// Features in both sorted lists.
pub(super) fn shared<'a>(a: &'a [u32], b: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(a[i - 1]);
                }
            }
        }
        None
    })
}

/// A word's stem, or none for a stop word, a number or a short word.
#[cfg(test)]
fn stem(w: &str) -> Option<&str> {
    stem_of(w, None)
}

/// A word's stem, given what the lists say of it when that is known (it
/// is looked up otherwise).
fn stem_of(w: &str, listed: Option<Listed>) -> Option<&str> {
    let w = strip_ascii_suffix(w, "'s").unwrap_or(w);
    let bits = listed.unwrap_or_else(|| look_up(w)).bits;
    if w.chars().nth(2).is_none() || bits & (STOP_WORD | NEGATES) != 0 || w.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    for suffix in ["ings", "ing", "ed", "es", "s", "ly"] {
        if let Some(s) = strip_ascii_suffix(w, suffix) {
            // "access" and "virus" are not plurals.
            if s.len() >= 4 && !(suffix == "s" && (s.ends_with('s') || s.ends_with('u'))) {
                return Some(s);
            }
        }
    }
    Some(w)
}

/// A word without a short ASCII suffix, if it ends with it: compared byte
/// by byte, as the suffixes are a few letters and the words many.
fn strip_ascii_suffix<'w>(w: &'w str, suffix: &str) -> Option<&'w str> {
    let (b, n) = (w.as_bytes(), suffix.len());
    let ends = b.len() >= n && b.iter().rev().zip(suffix.bytes().rev()).all(|(x, y)| *x == y);
    ends.then(|| &w[..w.len() - n])
}

#[cfg(test)]
mod tests {
    use super::{opens_with_contrast, opens_with_relative, stem, OwnerAt, Pointer};

    #[test]
    fn a_report_is_made_to_someone_and_news_reporting_is_not() {
        use super::reports_to;
        assert!(reports_to("She reported the flaw to Acme in May."));
        assert!(reports_to("He also submitted a bug report via the portal to Acme"));
        assert!(!reports_to("The Daily Ledger reported that Acme was hacked to its core."));
        assert!(!reports_to("She reported the flaw last year."));
    }

    #[test]
    fn a_claim_split_at_a_relative_pronoun_speaks_of_the_one_before() {
        for (text, want) in [
            ("for which the carrier refused to take responsibility.", true),
            ("which the ministry later denied.", true),
            ("to whom the firm never replied", true),
            ("Which firm was hacked remains unclear, the agency said.", false),
            ("the firm denied which files were taken", false),
            ("For years the firm denied it.", false),
        ] {
            assert_eq!(opens_with_relative(text), want, "{text}");
        }
    }

    #[test]
    fn a_sentence_opening_with_a_contrast_disputes_the_one_before() {
        for (text, want) in [
            ("But the ministry denied it.", true),
            ("“However, the logs show otherwise,” she said.", true),
            ("Still, an audit found traces of the tool.", true),
            ("In fact, the server was never patched.", true),
            ("In March, the firm said it was hacked.", false),
            ("The firm still denies it.", false),
            ("Butler Systems said it was hacked.", false),
        ] {
            assert_eq!(opens_with_contrast(text), want, "{text}");
        }
    }

    /// Whether a text points back, and where the owner may be named.
    fn read(text: &str) -> (bool, Vec<OwnerAt>) {
        let mut p = Pointer::default();
        let lower = text.to_lowercase();
        let (mut answers, mut owners) = (false, Vec::new());
        for w in lower.split(' ') {
            let at = w.as_ptr() as usize - lower.as_ptr() as usize;
            let (a, o) = p.read(w, super::look_up(w).bits, at);
            answers |= a;
            owners.extend(o);
        }
        (answers, owners)
    }

    fn points_back(text: &str) -> bool {
        read(text).0
    }

    #[test]
    fn an_answer_nouns_owner_is_the_possessive_before_it_or_the_name_after_by() {
        // "Kovar" ends at byte 23, "Ministry" starts at byte 33.
        assert_eq!(read("the board doubted Kovar's explanation").1, vec![OwnerAt::EndsAt(23)]);
        assert!(read("she dismissed the claims made by Ministry officials").1.contains(&OwnerAt::StartsAt(33)));
        // No owner: a plain determiner, or the target after "against".
        assert!(read("the firm rejected the allegations").1.is_empty());
        assert!(read("she denied allegations against her staff").1.is_empty());
        // A possessive pronoun: whoever was just spoken of; "its" is the
        // speaker's own.
        assert_eq!(read("the firm rejected her report").1, vec![OwnerAt::Pronoun]);
        assert!(read("the firm stood by its report").1.is_empty());
    }

    #[test]
    fn an_answer_noun_points_back_after_a_determiner_a_possessive_or_with_its_owner() {
        for (text, want) in [
            ("the firm rejected the allegations", true),
            ("it dismissed these baseless claims", true),
            ("that's a claim analysts reject", true),
            ("nobody believes the ministry's explanation", true),
            ("they questioned its original denial", true),
            ("hackers made claims on a forum", false),
            ("the very old and tired allegations", false),
            ("the group published data", false),
            // Owned or aimed: whose allegations, against whom.
            ("beijing rejected charges by the united states", true),
            ("kyiv dismissed accusations from moscow", true),
            ("she denied allegations against her staff", true),
            ("claims by researchers were false", true),
            ("charges were filed", false),
        ] {
            assert_eq!(points_back(text), want, "{text}");
        }
    }

    #[test]
    fn words_of_one_kind_of_deed_meet() {
        let deed_kind = |w: &str| super::look_up(w).deed;
        assert_eq!(deed_kind("hacked"), deed_kind("breach"));
        assert_eq!(deed_kind("monitoring"), deed_kind("targeted"));
        assert_ne!(deed_kind("hacked"), deed_kind("stolen"));
        assert_eq!(deed_kind("network"), None);
    }

    #[test]
    fn stems_meet_across_inflections_and_stop_words_drop() {
        assert_eq!(stem("reported"), stem("report"));
        assert_eq!(stem("hacking"), stem("hacked"));
        assert_eq!(stem("breaches"), stem("breach"));
        assert_eq!(stem("the"), None);
        assert_eq!(stem("2021"), None);
    }
}
