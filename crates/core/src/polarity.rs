//! Polarity of a claim: does it accuse someone, deny an accusation, agree
//! with or endorse another party, ask or plan something (other), or assert
//! something else? Read from the reporting verb first ("denied", "accused",
//! "declined to comment", "confirmed", "praised"), then from what the claim
//! says, in the order a reader weighs it (eval/dev/CONVENTIONS.md §6):
//!
//! 1. a plan, request or piece of advice at the head of the content
//!    ("plans to", "should", "we recommend", an imperative) is `other`;
//!    then blame the content carries whatever denial words it holds: a
//!    wrong done knowingly ("knew the story was false and ran it anyway"),
//!    coercion ("forcing suppliers to sign"), a public good held back
//!    ("will stifle debate"), a trail hidden ("to avoid detection"), a
//!    professed ignorance disbelieved ("unlikely they had no idea");
//! 2. a denial: a word that rejects ("untrue", "baseless"), a negated harm
//!    or belief ("did not pay a ransom", "no evidence", "don't believe"),
//!    playing down ("only a small number", "limited to"), the data put
//!    elsewhere (a client's, a contractor's), use kept lawful ("only for
//!    legitimate purposes"), blame waved off ("finger-pointing"), the
//!    speaker rejecting in its own words ("we reject the findings") or
//!    standing its ground ("we complied with the law", "without merit");
//! 3. confirming another's report is `agree`, confirming one's own act is
//!    `assert`; a speaker's claim of its own deed ("said it had stolen",
//!    "we hacked") is `assert`;
//! 4. blame: a deed done ("hacked", "stole", "misled"; not one only
//!    possible, "can be abused", nor one inside a reported allegation, nor
//!    a participle naming, "the stolen files"), condemnation ("reckless",
//!    "unacceptable"), a wrongdoing noun tied to a perpetrator (attacks
//!    *from* X, X *is behind*), a grievance told as an account ("locked
//!    out", "complained", "unable to log in", "we were not consulted"), a
//!    duty left undone ("has not fixed it", "no response"), a thing
//!    labelled a wrong ("called it a troll operation"), a named party
//!    wielding an exploit, a formal listing ("added X to its entity
//!    list"), conduct said to invite wrongdoing ("their silence may
//!    encourage attacks") or falsehoods spread;
//! 5. agreement and praise, then plans and requests anywhere.
//!
//! Uncertainty ("hard to say", "unclear whether") keeps blame an assertion.
//! So does a deed nobody is said to have done: a passive with no doer
//! ("records were leaked"; not someone's own, "their accounts were
//! hijacked", nor violence, "was killed"), a deed supposed ("if the vendor
//! keeps selling exploits", "those who abuse"), a moderator's label
//! ("labelled as fake") or the words of the trade ("malicious code").

use crate::lexicon::VerbClass;
use crate::model::Polarity;
use crate::stance_words::*;

/// The placeholder [`classify`] expects where the content names an entity
/// (a country, a demonym, an organisation, a person).
pub const ENTITY: &str = "@e";

/// The placeholder for a mention of the speaker itself ("the agency said
/// the agency will review …"): read as the first person, so its deeds,
/// plans and confirmations are its own, and never a third party to blame.
pub const SPEAKER: &str = "@s";

/// What the caller knows of a claim beyond its words. `Frame::default()`
/// is a claim with no reporting verb, read from its words alone.
#[derive(Clone, Copy, Debug, Default)]
pub struct Frame<'a> {
    /// The class of the reporting verb.
    pub verb: Option<VerbClass>,
    /// The reporting verb's head word, lowercased ("confirmed", "praised",
    /// "criticised"), when it is not the first word of the content.
    pub verb_word: Option<&'a str>,
    /// The content is a quotation: its "we" and "I" are the speaker, and
    /// it may open with an imperative ("Use a password manager").
    pub quoted: bool,
    /// The reporting verb is negated: "did not acknowledge", "has not
    /// confirmed" (the content starts at the verb, so the negation is not
    /// in it).
    pub verb_negated: bool,
}

/// Is wrongdoing tied to a perpetrator? Attacks *from* X, *by* X, X *is
/// behind*, a *front for* X, X's *military* or *state*, X *steals*, *regard* X
/// *as* a threat: each cue must stand next to a named entity (or a pronoun
/// for the thief), so "fuelled by mutual accusations" is no accusation.
/// `marks` holds the cues of each word.
fn agent_cue<S: AsRef<str>>(w: &[S], marks: &[Cues]) -> bool {
    let ent_within = |from: usize, to: usize| {
        w[from.min(w.len())..to.min(w.len())]
            .iter()
            .any(|x| x.as_ref() == ENTITY)
    };
    w.iter().enumerate().any(|(i, x)| match x.as_ref() {
        // "attacks from X", "hacking by X": the preposition follows the
        // deed, so "officials from X raided a spyware vendor" names no doer.
        "from" | "by" => {
            ent_within(i + 1, i + 6)
                && marks[i.saturating_sub(3)..i]
                    .iter()
                    .any(|&d| d & (DEED | DEED_NOUN) != 0)
        }
        "behind" | "targeting" | "against" => ent_within(i + 1, i + 6),
        // "government troll operations", "state hackers": a state as doer.
        _ if i > 0
            && marks[i] & DEED_NOUN != 0
            && matches!(
                w[i - 1].as_ref(),
                "government" | "state" | "regime" | "military"
            ) =>
        {
            true
        }
        "military" | "army" | "unit" | "state" | "hackers" | "spies" | "agents"
        | "intelligence" => ent_within(i.saturating_sub(3), i),
        // "Kremlin-backed", "government-linked troll networks".
        "sponsored" | "backed" | "linked" | "affiliated" | "controlled" | "funded" => {
            ent_within(i.saturating_sub(3), i)
                || (i > 0
                    && matches!(
                        w[i - 1].as_ref(),
                        "government" | "state" | "regime" | "military"
                    ))
        }
        "front" => w.get(i + 1).is_some_and(|n| n.as_ref() == "for"),
        "originate" | "originated" | "originating" => true,
        "steals" | "stealing" | "stole" | "spied" => {
            ent_within(i.saturating_sub(3), i)
                || w[i.saturating_sub(3)..i]
                    .iter()
                    .any(|p| matches!(p.as_ref(), "it" | "they" | "who"))
        }
        "regard" | "regards" | "regarded" | "identified" | "named" => {
            ent_within(i + 1, i + 3)
                && w[i + 1..(i + 4).min(w.len())]
                    .iter()
                    .any(|a| a.as_ref() == "as")
        }
        _ => false,
    })
}

/// Words before a participle that make it an adjective ("the stolen
/// files", "to targeted phones"), not a deed done.
const MODIFIER_SLOT: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "to", "of", "for", "on", "with", "from", "in", "into", "at",
];

/// Taking part in something: what a denial of involvement negates
/// ("never engaged in", "not involved in", "no role in", "no part in").
const INVOLVEMENT: &[&str] = &[
    "engaged", "engage", "engages", "participated", "participate", "participates", "involved",
    "role", "part", "hand",
];

/// Words that end a gerund's phrase: "of hacking and espionage" has no
/// object.
const LINKS: &[&str] = &[
    "and", "or", "of", "to", "in", "on", "at", "for", "from", "by", "with", "is", "are", "was",
    "were", "but",
];

const AGREEMENT: &[&[&str]] = &[
    &["agreed"],
    &["agree"],
    &["agrees"],
    &["join", "forces"],
    &["joint", "efforts"],
    &["willing", "to"],
    &["mutual", "trust"],
    &["work", "together"],
    &["co-operate"],
    &["cooperate"],
    &["pledged"],
    &["common", "ground"],
    &["consensus"],
    &["committed", "to"],
];

/// Uncertainty: the speaker blames no one.
const HEDGES: &[&[&str]] = &[&["hard", "to", "say"], &["not", "expect"], &["pretending"]];

/// "Nothing to do with": a speaker disowning the deed.
const DISAVOWALS: &[&[&str]] = &[&["nothing", "to", "do", "with"], &["unrelated", "to"], &["no", "part", "in"]];

/// Verbs after a negation that tell no conduct: thinking, expecting,
/// deciding, speaking, being ("we do not expect", "I have not yet
/// decided", "we don't comment on", "we have never been told").
const NOT_CONDUCT: &[&str] = &[
    "be", "been", "being", "expect", "expected", "anticipate", "anticipated", "think", "thought", "know", "knew",
    "see", "saw", "yet", "plan", "intend", "want", "need", "comment", "discuss", "disclose", "decide", "decided",
    "believe", "understand", "recall", "remember", "got", "get", "hear", "heard", "receive", "received", "have",
    "had", "a", "an", "the", "only", "just", "always",
];

/// Declining to comment.
const NO_COMMENT: &[&[&str]] = &[
    &["declined", "to", "comment"],
    &["refused", "to", "comment"],
    &["no", "comment"],
    &["unable", "to", "comment"],
    &["not", "comment"],
    // "did not say whether", "has not said how many": a question left
    // unanswered.
    &["not", "say", "whether"],
    &["not", "say", "how"],
    &["not", "said", "whether"],
    &["not", "said", "how"],
];

/// An adverb between an auxiliary or a negation and its verb: "was later
/// unmasked", "didn't specifically address".
fn is_adverb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ly") && w != "only")
        || matches!(
            w,
            "already"
                | "still"
                | "also"
                | "later"
                | "then"
                | "now"
                | "since"
                | "ever"
                | "just"
                | "even"
        )
}

fn has_seq<S: AsRef<str>>(words: &[S], seq: &[&str]) -> bool {
    words
        .windows(seq.len())
        .any(|w| w.iter().zip(seq).all(|(a, b)| a.as_ref() == *b))
}

/// Classify a claim from its reporting verb class and the lowercased words
/// of what is reported (the content after the verb, or the quotation).
pub fn classify<S: AsRef<str>>(verb: Option<VerbClass>, content: &[S]) -> Polarity {
    classify_in(
        Frame {
            verb,
            ..Frame::default()
        },
        content,
    )
}

/// Words some readings open on, beyond the cues of `stance_words`: each
/// reading below that needs one of them is skipped with one test when the
/// claim holds none. A word may open several.
type Opens = u16;
/// "added the vendor to its list", "put the firm on a list" ([`Read::blacklists`]).
const O_LISTING: Opens = 1;
/// "the vendor used an exploit" ([`Read::wields_tool`]).
const O_USE: Opens = 1 << 1;
/// "called it a troll operation" ([`Read::labels_as_wrong`]).
const O_LABEL: Opens = 1 << 2;
/// "at least" ([`Read::reproaches`]).
const O_LEAST: Opens = 1 << 3;
/// "evidence against", "attacks targeting" ([`Read::holds_evidence_against`], [`agent_cue`]).
const O_AGAINST: Opens = 1 << 4;
/// "knowingly" ([`Read::persists_knowingly`]).
const O_KNOWINGLY: Opens = 1 << 5;
/// "X is behind it" ([`Read::names_culprit`], [`agent_cue`]).
const O_BEHIND: Opens = 1 << 6;
/// "belongs to another company" ([`Read::puts_elsewhere`]).
const O_BELONG: Opens = 1 << 7;
/// The words of [`agent_cue`]'s own arms.
const O_AGENT: Opens = 1 << 8;
/// "government", "state": a doer before a deed noun ([`agent_cue`]).
const O_STATE: Opens = 1 << 9;
/// The words of grievance [`Read::grieves`] matches.
const O_GRIEVANCE: Opens = 1 << 10;

/// The readings a word may open ([`Opens`]).
fn word_opens(w: &str) -> Opens {
    match w {
        "added" => O_LISTING | O_USE,
        "adds" | "adding" | "placed" | "places" | "putting" | "put" | "puts" => O_LISTING,
        "used" | "uses" | "using" | "use" | "deployed" | "deploys" | "leveraged" => O_USE,
        "called" | "calls" | "calling" | "described" | "describes" | "branded" | "brands" | "termed" => O_LABEL,
        "least" => O_LEAST,
        "against" | "targeting" => O_AGAINST,
        "knowingly" => O_KNOWINGLY,
        "behind" => O_BEHIND,
        "belongs" | "belonged" | "belong" => O_BELONG,
        "from" | "by" | "army" | "unit" | "hackers" | "spies" | "agents" | "intelligence" | "sponsored" | "backed" | "linked"
        | "affiliated" | "controlled" | "funded" | "front" | "originate" | "originated" | "originating" | "steals" | "stealing"
        | "stole" | "spied" | "regard" | "regards" | "regarded" | "identified" | "named" => O_AGENT,
        "military" | "state" => O_AGENT | O_STATE,
        "government" | "regime" => O_STATE,
        "without" | "singled" | "victimised" | "victimized" | "scapegoated" | "fired" | "sacked" | "dismissed" | "punished"
        | "suspended" | "disciplined" | "demoted" | "silenced" | "consulted" | "listened" | "ongoing" | "happening"
        | "continuing" | "continues" => O_GRIEVANCE,
        _ => 0,
    }
}

/// The words of a claim with the cues of each: what [`classify_in`] reads.
struct Read<'c, S> {
    words: &'c [S],
    cues: &'c [Cues],
    /// Where the reported content starts: after the reporting verb when the
    /// content opens with it ("said that …").
    body: usize,
    phrases: bool,
    /// Every cue of the claim at once: a reading whose trigger cue is
    /// absent is skipped with one test.
    all: Cues,
    /// The claim names an entity ([`ENTITY`]): readings that need a named
    /// party are skipped without one.
    named: bool,
    /// The readings the claim's words open ([`word_opens`]).
    opened: Opens,
}

impl<'c, S: AsRef<str>> Read<'c, S> {
    fn new(words: &'c [S], cues: &'c [Cues], body: usize, phrases: bool) -> Self {
        let all = cues.iter().fold(0, |a, &c| a | c);
        let named = words.iter().any(|w| w.as_ref() == ENTITY);
        let opened = words.iter().fold(0, |a, w| a | word_opens(w.as_ref()));
        Read { words, cues, body, phrases, all, named, opened }
    }
    fn any(&self, c: Cues) -> bool {
        self.all & c != 0
    }
    /// Does a word of the claim open a reading of `o`?
    fn opens(&self, o: Opens) -> bool {
        self.opened & o != 0
    }
    fn first(&self, c: Cues) -> Option<usize> {
        self.cues.iter().position(|&x| x & c != 0)
    }
    /// Does a phrase of `list` stand in the words? Every phrase opens with
    /// a word cued [`OPENS_PHRASE`], so only those are tried.
    fn said(&self, list: &[&[&str]]) -> bool {
        self.phrases && (0..self.words.len()).any(|i| self.cues[i] & OPENS_PHRASE != 0 && list.iter().any(|p| self.phrase_at(i, p)))
    }
    /// Do the words from `i` on read `phrase`?
    fn phrase_at(&self, i: usize, phrase: &[&str]) -> bool {
        self.words.len() >= i + phrase.len() && self.words[i..i + phrase.len()].iter().zip(phrase).all(|(a, b)| a.as_ref() == *b)
    }
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.as_ref())
    }
    fn cue(&self, i: usize) -> Cues {
        self.cues.get(i).copied().unwrap_or(0)
    }
    /// Is word `i` under a negation a few words before it ("did not pay a
    /// ransom", "no evidence", "wasn't affected")? "Not only" negates nothing.
    fn negated(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|k| {
            (self.cues[k] & NEG != 0 && !self.idle_negation(k))
                || (self.word(k) == "than" && k > 0 && self.word(k - 1) == "rather")
        }) || (self.any(NEG) && self.involvement_negated(i))
    }
    /// Is word `i` the matter of a denied involvement: "never engaged or
    /// participated in cyber theft", "was not involved in the breach",
    /// "played no role in the attacks"? The negation governs the verb of
    /// taking part, and the deed is its object, further off than a plain
    /// negation reaches.
    fn involvement_negated(&self, i: usize) -> bool {
        (i.saturating_sub(8)..i).any(|k| {
            self.cues[k] & NEG != 0
                && !self.idle_negation(k)
                && (k + 1..i).any(|m| {
                    INVOLVEMENT.contains(&self.word(m)) && (m + 1..i).any(|p| matches!(self.word(p), "in" | "with"))
                })
        })
    }
    /// A negation that negates nothing of the matter: "not only", "not
    /// just", "not to mention", "not necessarily" (a hedge), "not saying
    /// they did", "not pretending it isn't there".
    fn idle_negation(&self, k: usize) -> bool {
        let next = self.word(k + 1);
        matches!(
            next,
            "only" | "just" | "necessarily" | "pretending" | "saying" | "suggesting" | "claiming"
        ) || (next == "to" && self.word(k + 2) == "mention")
            || self.not_first_time(k)
    }
    /// "isn't the first time": the negation stresses a repeat.
    fn not_first_time(&self, k: usize) -> bool {
        self.word(k + 1) == "the" && self.word(k + 2) == "first" && self.word(k + 3) == "time"
    }
    /// Is word `i` a deed done, not a deed named? A finite form ("hacked",
    /// "steals"), or a base or -ing form used as a verb: after "to" ("to
    /// hide the intrusion"), after a form of "be" ("they're killing").
    fn deed(&self, i: usize) -> bool {
        let c = self.cues[i];
        if c & (DEED | DEED_NOUN) == 0 {
            return false;
        }
        let before = if i == 0 { "" } else { self.word(i - 1) };
        if c & DEED != 0 {
            // "the exploited vendor", "to targeted phones": an adjective.
            return !MODIFIER_SLOT.contains(&before);
        }
        if c & DEED_NOUN == 0 || i == 0 {
            return false;
        }
        let w = self.word(i);
        let next = self.word(i + 1);
        (before == "to" && !w.ends_with("ing") && self.cue(i + 1) & DEED_NOUN == 0)
            || (w.ends_with("ing")
                && (matches!(before, "is" | "are" | "was" | "were")
                    || before.ends_with("'re")
                    || before.ends_with("’re")))
            // "in evading sanctions", "by stealing data": a gerund with an object.
            || (w.ends_with("ing")
                && matches!(before, "in" | "by")
                && !next.is_empty()
                && !LINKS.contains(&next)
                && self.cue(i + 1) & DEED_NOUN == 0)
    }
    /// Is the deed at `i` only possible ("can be abused", "could have been
    /// swindled", "would allow attackers to")? A modal a few words before
    /// it, with no named entity as its subject: a hedged attribution to a
    /// named actor ("X may have targeted") still blames.
    fn only_possible(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|m| {
            self.cues[m] & MODAL != 0 && !(m.saturating_sub(3)..m).any(|k| self.word(k) == ENTITY)
        })
    }
    /// Is word `i` inside an allegation the speaker reports ("allegations
    /// that the agency targeted …", "claims that …")? Its blame is the
    /// accuser's, not the speaker's.
    fn inside_allegation(&self, i: usize) -> bool {
        (self.body..i).any(|k| self.cues[k] & ALLEGED != 0 && self.word(k + 1) == "that")
    }
    /// A plan, request or instruction at the head of the content, before any
    /// blame or denial: "plans to notify", "we recommend you", "said to
    /// never click", a quotation opening "Use a …", announced measures.
    fn leads_with_request(&self, head: Cues) -> bool {
        if self.body == 0
            && self.cue(0) & IMPERATIVE != 0
            && self.cue(1) & (DEED | PASSIVE_AUX | WILL) == 0
        {
            return true;
        }
        if self.body == 1
            && self.word(1) == "to"
            && self.cue(2) & (IMPERATIVE | NEG) != 0
            && self.word(2) != "be"
        {
            return true;
        }
        let end = (self.body + 10).min(self.cues.len());
        if head & ANNOUNCE != 0
            && (self.body..(self.body + 5).min(end)).any(|i| self.cues[i] & MEASURE != 0)
        {
            return true;
        }
        for i in self.body..end {
            if self.plans(i) {
                return true;
            }
            if self.cues[i] & (DEED | BLAME | DENIAL | NEG) != 0 {
                return false;
            }
        }
        false
    }
    /// Is word `i` a plan or a request: "plans to", "intends to", "should",
    /// "we recommend", "could do more", or "will" after the speaker or a
    /// pronoun (an intention; "the forum will help" is a forecast)?
    /// "said it would appeal", "says they would support her": a "will"
    /// put back a tense in reported speech, the speaker's intention (not
    /// "would be", a forecast, nor "would not", a refusal read as such).
    /// Read last, so blame in it still blames ("would speak out against
    /// the abuses").
    fn reported_will(&self, i: usize) -> bool {
        self.word(i) == "would"
            && i > 0
            && self.cues[i - 1] & (FIRST_PERSON | PRONOUN) != 0
            && (i - 1 <= self.body || matches!(self.word(i - 2), "said" | "says" | "added" | "announced" | "told"))
            && !matches!(self.word(i + 1), "be" | "have" | "not" | "never" | "n't" | "t" | "like" | "rather")
    }
    fn plans(&self, i: usize) -> bool {
        let c = self.cues[i];
        // Most words are none of these: the rest of the reading is skipped.
        if c & (OUGHT | INTENT | WILL) == 0 && self.word(i) != "do" {
            return false;
        }
        // "may encourage more attacks": a forecast, not advice; "their
        // silence encourages attacks": blame.
        let forecast = || {
            (i > 0 && self.cues[i - 1] & MODAL != 0)
                || self.invites_wrong(i)
                // "I should be hearing back soon": an expectation of one's own.
                || (i > 0
                    && self.cues[i - 1] & FIRST_PERSON != 0
                    && self.word(i + 1) == "be"
                    && self.word(i + 2).ends_with("ing"))
        };
        let plan = (c & OUGHT != 0 && !forecast())
            || (c & INTENT != 0 && self.word(i + 1) == "to")
            // "inquiries will be launched": a measure announced.
            || (c & WILL != 0
                && self.word(i + 1) == "be"
                && self.cue(i + 2) & ANNOUNCE != 0
                && self.word(i + 2).ends_with("ed"))
            || (c & WILL != 0
                && i > 0
                && self.cues[i - 1] & (FIRST_PERSON | PRONOUN) != 0
                && !(self.word(i - 1) == "it"
                    && self.word(i + 1) == "be"
                    && !self.word(i + 2).ends_with("ing")))
            || (self.word(i) == "do" && self.word(i + 1) == "more");
        // "While each firm must decide …, we …": a concession, not advice;
        // "if the firm intends to …": an intention supposed.
        let conceded = (i.saturating_sub(5)..i)
            .any(|k| matches!(self.word(k), "while" | "whilst" | "although" | "though"));
        let supposed = c & INTENT != 0
            && (i.saturating_sub(3)..i)
                .any(|k| matches!(self.word(k), "if" | "unless" | "whether"));
        plan && !conceded && !supposed
    }
    /// A denial of what is alleged (see the module header, step 2).
    fn denies(&self) -> bool {
        let rejection = |i: usize| self.cues[i] & DENIAL != 0 && !self.counted(i);
        // "called the accusations groundless": the rejection beside what it
        // rejects, whatever else the claim tells (the accused a victim too).
        let beside = self.any(DENIAL) && (0..self.cues.len()).any(|i| {
            rejection(i) && (i.saturating_sub(3)..(i + 4).min(self.cues.len())).any(|k| k != i && (self.cues[k] & ALLEGED != 0 || is_legal_action(self.word(k)) || is_published_account(self.word(k))))
        });
        let rejects = beside
            || self.any(DENIAL)
                && self.any(ALLEGED | DEED | DEED_NOUN | BLAME)
                && (0..self.cues.len()).any(rejection)
                && !self.words.iter().any(|w| w.as_ref() == "victim");
        let negated_harm = self.cues.iter().enumerate().any(|(i, &c)| {
            c & (HARM | DEED | DEED_NOUN | BLAME | BELIEVE | ALLEGED) != 0
                && self.negated(i)
                && !self.wished(i)
                && !self.hypothetical(i)
        });
        rejects
            || negated_harm
            || self.rejects_in_person()
            || self.stands_firm()
            || self.plays_down()
            || self.puts_elsewhere()
            || self.only_lawful()
            || self.deflects()
            || self.said(DISAVOWALS)
            || self.disowns_conduct()
            || self.finds_it_misread()
    }
    /// The speaker disowning a conduct in its own words: "we do not track
    /// drivers", "I have never cheated", "our app never collects data",
    /// "it does not share data" (not "we will never call you", a promise,
    /// nor "it has not reached a conclusion"). Thinking, expecting, deciding or speaking
    /// is no conduct ("we do not expect delays", "we don't comment"), and
    /// a passive is a grievance ("we were never told").
    fn disowns_conduct(&self) -> bool {
        let n = self.cues.len();
        // The conduct is disowned by a negation.
        self.any(NEG) && (0..n).any(|s| {
            let owned_thing = matches!(self.word(s), "our" | "my") && self.cue(s + 1) & (FIRST_PERSON | PRONOUN | NEG) == 0 && !is_adverb(self.word(s + 1));
            // "we're not sure", "I'm not worried": a state, not a conduct.
            let with_be = self.word(s).contains(['\'', '’']);
            let mut k = match (self.speaker_subject(s) && !with_be, owned_thing) {
                (true, _) => s + 1,
                (false, true) => s + 2,
                _ => return false,
            };
            // "We will never call you" is a promise, "it has not reached a
            // conclusion" a state of things: a conduct is disowned with "do
            // not" or "never".
            let did = matches!(self.word(k), "do" | "does" | "did" | "don" | "doesn" | "didn");
            if did || matches!(self.word(k), "have" | "has" | "had") {
                k += 1;
            }
            let negation = if did { matches!(self.word(k), "not" | "never" | "t") } else { self.word(k) == "never" };
            if !negation || self.idle_negation(k) {
                return false;
            }
            k += 1;
            while self.word(k) == "ever" || is_adverb(self.word(k)) {
                k += 1;
            }
            // "we do not dispute that …" admits.
            k < n && self.cue(k) & (FIRST_PERSON | PRONOUN | NEG | REJECT | DENIAL) == 0 && !NOT_CONDUCT.contains(&self.word(k)) && !self.hypothetical(k) && !self.wished(k)
        })
    }
    /// The accuser's evidence misread: "the union had misread the records",
    /// "researchers misunderstood how the feature works". Not the speaker's
    /// own misreading ("we misread the risk"), nor one only possible ("could
    /// be misread as aggression").
    fn finds_it_misread(&self) -> bool {
        self.any(MISREAD) && (0..self.cues.len()).any(|i| {
            if self.cues[i] & MISREAD == 0 {
                return false;
            }
            // "could be misread as aggression": a risk, nobody's reading.
            let passive_or_possible = (i.saturating_sub(2)..i).any(|k| {
                matches!(self.word(k), "be" | "been" | "being" | "is" | "are" | "was" | "were" | "could" | "might" | "may" | "can" | "would")
            });
            !self.negated(i)
                && !passive_or_possible
                && !(i.saturating_sub(3)..i).any(|s| self.speaker_subject(s))
        })
    }
    /// "a lot of false reports", "many bogus claims", "the majority were
    /// rejected": a kind counted, not a claim rejected.
    fn counted(&self, i: usize) -> bool {
        (i.saturating_sub(2)..i).any(|k| {
            matches!(
                self.word(k),
                "lot" | "lots" | "many" | "several" | "numerous" | "plenty" | "majority" | "most"
            )
        })
    }
    /// "I hope it has not been exploited": a wish, not a denial.
    fn wished(&self, i: usize) -> bool {
        (i.saturating_sub(6)..i).any(|k| {
            matches!(
                self.word(k),
                "hope" | "hopes" | "hoped" | "hoping" | "hopefully" | "if"
            )
        })
    }
    /// "sells it only for legitimate purposes", "is only authorised to":
    /// the speaker's use kept lawful, an argument for its denial.
    fn only_lawful(&self) -> bool {
        self.any(LAWFUL) && self.words.iter().enumerate().any(|(i, w)| {
            w.as_ref() == "only"
                && (i + 1..(i + 3).min(self.cues.len())).any(|k| self.cues[k] & LAWFUL != 0)
        })
    }
    /// Blame waved off as a game or a motive: "finger-pointing", "a witch
    /// hunt", "the blame game", "a scapegoat", "politically motivated";
    /// or called false outright ("this is a smear").
    fn deflects(&self) -> bool {
        self.any(DEFLECT) && self.cues.iter().enumerate().any(|(i, &c)| {
            c & DEFLECT != 0
                && match self.word(i) {
                    "finger" => self.word(i + 1) == "pointing",
                    "witch" => self.word(i + 1) == "hunt",
                    "blame" => self.word(i + 1) == "game",
                    // "the row was politically motivated".
                    "politically" => self.word(i + 1) == "motivated",
                    "motivated" => false,
                    _ => true,
                }
        }) || self.calls_it_false()
    }
    /// "This is a smear", "that was a lie", "it is nonsense": the matter
    /// pointed at and called false, with nothing else rejected in the claim.
    fn calls_it_false(&self) -> bool {
        self.any(DENIAL) && (0..self.cues.len().saturating_sub(2)).any(|i| {
            matches!(self.word(i), "this" | "that" | "it" | "these" | "those")
                && matches!(self.word(i + 1), "is" | "was" | "are" | "were" | "s")
                && (i + 2..(i + 5).min(self.cues.len())).any(|k| self.cues[k] & DENIAL != 0 && !self.negated(k))
        })
    }
    /// "only a small number of accounts", "a limited amount of data", "a
    /// handful of users": an incident made small.
    fn plays_down(&self) -> bool {
        let small = || self.cues.iter().enumerate().any(|(i, &c)| {
            c & SMALL != 0
                || (self.word(i) == "only"
                    && (i + 1..(i + 3).min(self.cues.len())).any(|k| self.cues[k] & QUANTITY != 0)
                    && !self.negated(i))
        });
        self.any(INCIDENT | DEED | DEED_NOUN | HARM) && self.any(SMALL | QUANTITY) && small()
    }
    /// The data or the incident was someone else's: "a client of theirs",
    /// "one of their contractors".
    fn puts_elsewhere(&self) -> bool {
        let owned = |i: usize| {
            (i.saturating_sub(5)..i).any(|k| {
                matches!(
                    self.word(k),
                    "from" | "by" | "of" | "to" | "belongs" | "belonged"
                )
            })
        };
        let elsewhere = || self.any(ELSEWHERE) && self.cues.iter().enumerate().any(|(i, &c)| {
            c & ELSEWHERE != 0
                && owned(i)
                && ((i.saturating_sub(3)..i).any(|k| matches!(self.word(k), "a" | "one" | ENTITY))
                    || self.word(i + 2) == "theirs"
                    || self.word(i + 2) == "ours")
        });
        // "the data … belongs to another company": someone else's.
        let belongs = || self.opens(O_BELONG) && self.words.iter().enumerate().any(|(i, w)| {
            matches!(w.as_ref(), "belongs" | "belonged" | "belong")
                && self.word(i + 1) == "to"
                && matches!(self.word(i + 2), "a" | "another" | ENTITY)
        });
        self.any(INCIDENT | DEED | DEED_NOUN) && (elsewhere() || belongs())
    }
    /// The speaker is the subject of a deed: "said it had stolen", "we
    /// hacked" (not "it was hacked"). A pronoun stands for the speaker only
    /// just after the speaker's own verb; a [`SPEAKER`] mention anywhere.
    fn own_deed(&self, quoted: bool) -> bool {
        // "claimed to have 50GB of its files": the speaker's verb, then
        // what the speaker itself holds or did (not evidence of another's).
        if self.body == 1 && self.word(1) == "to" && self.word(2) == "have" && !matches!(self.word(3), "evidence" | "proof" | "seen" | "found") {
            return true;
        }
        let named = self.words.iter().position(|w| w.as_ref() == SPEAKER);
        let subject = if quoted {
            self.first(FIRST_PERSON)
        } else if self.body == 0 {
            named
        } else {
            named.or_else(|| {
                (self.body..(self.body + 2).min(self.cues.len()))
                    .find(|&i| self.cues[i] & (PRONOUN | FIRST_PERSON) != 0)
            })
        };
        let Some(s) = subject else { return false };
        (s + 1..(s + 4).min(self.cues.len()))
            .take_while(|&i| self.cues[i] & PASSIVE_AUX == 0)
            .any(|i| self.cues[i] & DEED != 0)
    }
    /// Blame: a deed done or condemnation, not negated; a doer of wrong
    /// doing something ("hackers used …"); a wrongdoing noun tied to a
    /// perpetrator or under suspicion ("allegedly run by", "potential
    /// spyware target").
    fn blames(&self) -> bool {
        self.faults() || self.blames_beyond_faults()
    }
    /// [`Self::blames`] less [`Self::faults`], for a reader that has read
    /// those already.
    fn blames_beyond_faults(&self) -> bool {
        // Each reading is a closure, tried only while the answer is open.
        let said = || self.any(DEED | DEED_NOUN | BLAME) && (0..self.cues.len()).any(|i| {
            (self.deed(i)
                || (self.cues[i] & BLAME != 0 && !self.labelled(i) && !self.describes_artefact(i)))
                && !self.negated(i)
                && !self.only_possible(i)
                && !self.inside_allegation(i)
                && !self.agentless_passive(i)
                && !self.hypothetical(i)
        });
        let doer_acts = || self.any(DOER) && self.cues.iter().enumerate().any(|(i, &c)| {
            c & DOER != 0
                && (i + 1..(i + 3).min(self.cues.len())).any(|k| {
                    let w = self.word(k);
                    w.ends_with("ed")
                        || matches!(
                            w,
                            "were"
                                | "was"
                                | "had"
                                | "have"
                                | "has"
                                | "broke"
                                | "stole"
                                | "took"
                                | "got"
                                | "made"
                        )
                })
        });
        let named = || self.any(DEED_NOUN) && (0..self.cues.len()).any(|i| {
            self.cues[i] & DEED_NOUN != 0 && !self.hypothetical(i) && !self.only_possible(i)
        }) && ((self.opens(O_AGENT | O_AGAINST | O_BEHIND) || self.opens(O_STATE) && self.any(DEED_NOUN)) && agent_cue(self.words, self.cues)
            || (0..self.cues.len()).any(|i| self.cues[i] & SUSPECT != 0 && !self.labelled(i)));
        let linked = || self.any(SUSPECT) && self.tied_to_entity();
        // "pushed it too far", "went too far": condemnation.
        let too_far = || has_seq(self.words, &["too", "far"]);
        (!self.any(UNSURE) && !self.said(HEDGES) && (said() || doer_acts() || named() || linked() || too_far()))
            || self.labels_as_wrong()
            || self.wields_tool()
            || self.grieves()
            || self.omits()
            || self.sells_haul()
            || self.turned_against_people()
            || self.snoops()
            || self.reproaches()
            || self.holds_evidence_against()
    }
    /// "they must be held accountable", "those responsible should be
    /// brought to justice": a party to answer for a wrong (not "we will
    /// not be held responsible for delays", a disclaimer).
    fn demands_account(&self) -> bool {
        (1..self.cues.len()).any(|i| {
            let held = self.word(i - 1) == "held" && matches!(self.word(i), "accountable" | "responsible" | "liable");
            let brought = self.word(i - 1) == "brought" && self.word(i) == "to" && self.word(i + 1) == "justice";
            (held || brought) && !self.negated(i - 1) && (i.saturating_sub(4)..i).any(|k| matches!(self.word(k), "must" | "should" | "be"))
        })
    }
    /// "the evidence against the diplomat was overwhelming", "strong
    /// evidence against the firm": a case made against a party blames it.
    /// Read after denials ("no evidence against him", "the evidence against
    /// us was fabricated").
    fn holds_evidence_against(&self) -> bool {
        self.opens(O_AGAINST) && (0..self.cues.len().saturating_sub(1)).any(|i| {
            matches!(self.word(i), "evidence" | "case") && self.word(i + 1) == "against" && !self.negated(i) && !self.hypothetical(i) && !self.any(UNSURE)
        })
    }
    /// Blame carried by what a party is told to have done, read before any
    /// denial ("knew its story was false and printed it anyway" is no
    /// denial): a wrong done knowingly, coercion, a public good held back,
    /// a trail hidden, or a professed ignorance not believed.
    fn faults(&self) -> bool {
        self.persists_knowingly()
            || self.coerces()
            || self.holds_back_good()
            || self.evades()
            || self.doubts_ignorance()
            || self.blacklists()
            || (self.any(INVITE) && (0..self.cues.len()).any(|i| self.invites_wrong(i)))
            || self.spreads_falsehood()
    }
    /// "spreading false information", "peddled fabricated stories",
    /// "published false allegations": a falsehood put about is
    /// disinformation or libel, not a rejection.
    fn spreads_falsehood(&self) -> bool {
        self.any(DENIAL) && (1..self.cues.len()).any(|i| {
            self.cues[i] & DENIAL != 0
                && (i.saturating_sub(3)..i).any(|k| {
                    let w = self.word(k);
                    ["spread", "disseminat", "peddl", "circulat", "amplif", "push", "publish", "print", "broadcast"]
                        .iter()
                        .any(|stem| w.starts_with(stem))
                })
                && self.pinned_on_other(i)
        })
    }
    /// "called it one of the largest troll operations", "described the
    /// breach as espionage": a thing named a wrong. Read after denials
    /// ("called the claims a smear campaign" denies); "called for", "called
    /// on" ask.
    fn labels_as_wrong(&self) -> bool {
        let n = self.cues.len();
        !self.any(ALLEGED) && self.any(DEED_NOUN | BLAME) && self.opens(O_LABEL) && (0..n).any(|i| {
            matches!(self.word(i), "called" | "calls" | "calling" | "described" | "describes" | "branded" | "brands" | "termed")
                && !matches!(self.word(i + 1), "for" | "on" | "in" | "off" | "up" | "out" | "what" | "how")
                && (i + 2..(i + 10).min(n)).any(|k| {
                    self.cues[k] & (DEED_NOUN | BLAME) != 0
                        // "described X as …": the label follows "as".
                        && (!self.word(i).starts_with("describ") || (i + 2..k).any(|a| self.word(a) == "as"))
                })
                && self.pinned_on_other(i)
        })
    }
    /// "the vendor made use of a zero-day", "its spyware had added an
    /// exploit": a named party wielding an attack tool.
    fn wields_tool(&self) -> bool {
        let n = self.cues.len();
        self.named && self.opens(O_USE) && (1..n).any(|i| {
            matches!(self.word(i), "used" | "uses" | "using" | "use" | "deployed" | "deploys" | "leveraged" | "added")
                && (i.saturating_sub(3)..i).any(|k| self.word(k) == ENTITY)
                && (i + 1..(i + 6).min(n)).any(|k| {
                    matches!(self.word(k), "exploit" | "exploits" | "zero-day" | "zero-days" | "zero-click" | "malware" | "spyware" | "ransomware" | "backdoor" | "backdoors")
                        // "zero-day" split at its hyphen.
                        || (self.word(k) == "zero" && matches!(self.word(k + 1), "day" | "days" | "click"))
                })
                && self.pinned_on_other(i)
                && !self.only_possible(i)
        })
    }
    /// "added the vendor to its Entity List", "put the firm on a sanctions
    /// list": a formal listing, blame with stated grounds.
    fn blacklists(&self) -> bool {
        let n = self.cues.len();
        let listing = |k: usize| {
            self.word(k) == "blacklist"
                || (self.word(k) == "list"
                    && matches!(self.word(k - 1), "entity" | "sanctions" | "export" | "denied" | "trade" | "watch"))
        };
        self.named && self.opens(O_LISTING) && (0..n).any(|i| {
            matches!(self.word(i), "added" | "adds" | "adding" | "placed" | "places" | "putting" | "put" | "puts")
                && (i + 1..(i + 4).min(n)).any(|k| self.word(k) == ENTITY)
                && (i + 2..(i + 9).min(n)).any(listing)
                && self.pinned_on_other(i)
        })
    }
    /// "their silence may encourage more attacks", "its payment emboldens
    /// criminals": a party's conduct said to invite wrongdoing. The
    /// wrongdoing is the object (no "to" between: "encourage users to
    /// report attacks" is advice), the conduct someone's.
    fn invites_wrong(&self, i: usize) -> bool {
        let n = self.cues.len();
        self.cues[i] & INVITE != 0 && (i + 1..(i + 4).min(n))
            .take_while(|&k| self.word(k) != "to")
            .any(|k| self.cues[k] & DEED_NOUN != 0)
            && (i.saturating_sub(8)..i).any(|k| matches!(self.word(k), "their" | "its" | "his" | "her" | ENTITY))
            && self.pinned_on_other(i)
    }
    /// Is a third party the doer of the word at `i`: no first person (nor
    /// the speaker) just before it, no negation, no supposition?
    fn pinned_on_other(&self, i: usize) -> bool {
        !(i.saturating_sub(4)..i).any(|k| self.cues[k] & FIRST_PERSON != 0 || self.speaker_subject(k))
            && !self.negated(i)
            && !self.hypothetical(i)
    }
    /// "knew about the leak and kept selling", "was aware of the flaw and
    /// did nothing", "knowingly misled": a wrong done in the knowledge of
    /// it. Knowledge, then a clause joined to it that goes on regardless.
    fn persists_knowingly(&self) -> bool {
        let n = self.cues.len();
        let knowingly = self.opens(O_KNOWINGLY) && (0..n).any(|i| self.word(i) == "knowingly" && self.pinned_on_other(i));
        knowingly
            || self.any(KNOW) && (0..n).any(|k| {
                self.cues[k] & KNOW != 0
                    && self.pinned_on_other(k)
                    && (k + 1..(k + 12).min(n)).any(|c| {
                        matches!(self.word(c), "and" | "but" | "yet")
                            && (c + 1..(c + 6).min(n)).any(|m| self.goes_on(m))
                    })
            })
    }
    /// Is word `m` going on regardless ("anyway", "kept", "still sold",
    /// "did nothing")? "Still" before an -ing form ("still investigating")
    /// is a course told, not defiance; so is keeping up a remedy or a
    /// watch ("continues to monitor", "kept working on a fix").
    fn goes_on(&self, m: usize) -> bool {
        let remedy_next = (m + 1..(m + 4).min(self.cues.len())).any(|k| {
            self.cues[k] & (REMEDY | WATCH) != 0
                || ["investigat", "work", "review", "look", "cooperat", "co-operat", "assist"]
                    .iter()
                    .any(|stem| self.word(k).starts_with(stem))
        });
        self.cues[m] & PERSIST != 0
            && !remedy_next
            && match self.word(m) {
                "still" => !self.word(m + 1).ends_with("ing"),
                "went" => self.word(m + 1) == "ahead",
                "nothing" => matches!(self.word(m.saturating_sub(1)), "did" | "does" | "do"),
                _ => true,
            }
    }
    /// "is forcing suppliers to sign", "pressured staff into staying
    /// quiet": a party made to act, by someone named (not "we were forced
    /// to", a passive, nor "the storm forced", no one to blame).
    fn coerces(&self) -> bool {
        let n = self.cues.len();
        self.any(COERCE) && (1..n).any(|i| {
            self.cues[i] & COERCE != 0
                && (self.cues[i - 1] & PASSIVE_AUX == 0 || self.word(i).ends_with("ing"))
                && (i.saturating_sub(4)..i).any(|k| self.word(k) == ENTITY || self.cues[k] & (PRONOUN | DOER) != 0)
                && (i + 2..(i + 6).min(n)).any(|k| matches!(self.word(k), "to" | "into"))
                && self.pinned_on_other(i)
        })
    }
    /// "will help diminish further analysis", "stifles debate", "won't
    /// further anyone's understanding": a public good held back, or its
    /// furthering denied.
    fn holds_back_good(&self) -> bool {
        let n = self.cues.len();
        let good_after = |i: usize| (i + 1..(i + 6).min(n)).any(|k| self.cues[k] & PUBLIC_GOOD != 0);
        self.any(PUBLIC_GOOD) && (0..n).any(|i| {
            let held = self.cues[i] & STIFLE != 0 && self.pinned_on_other(i);
            let not_furthered = self.cues[i] & ADVANCE != 0
                && self.negated(i)
                && !(i.saturating_sub(4)..i).any(|k| self.cues[k] & FIRST_PERSON != 0);
            (held || not_furthered) && good_after(i)
        })
    }
    /// "to avoid creating evidence", "to dodge sanctions": a deed done so
    /// as not to be caught.
    fn evades(&self) -> bool {
        let n = self.cues.len();
        self.any(AVOID) && (1..n).any(|i| {
            self.cues[i] & AVOID != 0
                && self.word(i - 1) == "to"
                && (i + 1..(i + 4).min(n)).any(|k| self.cues[k] & EVADED != 0)
                && self.pinned_on_other(i)
        })
    }
    /// "it's highly unlikely they had no idea", "I doubt the firm had no
    /// control over it": an ignorance professed, disbelieved.
    fn doubts_ignorance(&self) -> bool {
        let n = self.cues.len();
        self.any(DISBELIEF) && (0..n).any(|i| {
            self.cues[i] & DISBELIEF != 0
                && (i + 1..(i + 8).min(n)).any(|k| {
                    self.cues[k] & NEG != 0
                        && (k + 1..(k + 4).min(n)).any(|m| self.cues[m] & KNOWLEDGE != 0)
                })
        })
    }
    /// Is the speaker the subject at `s`: the first person, or a pronoun
    /// just after the speaker's own verb ("said it complied")?
    fn speaker_subject(&self, s: usize) -> bool {
        self.cues[s] & FIRST_PERSON != 0
            && !matches!(self.word(s), "our" | "my" | "us" | "me")
            || (self.body > 0 && s < self.body + 2 && self.cues[s] & PRONOUN != 0 && self.word(s) != "its")
    }
    /// The speaker standing its ground: "we complied with all applicable
    /// laws", "we stand by our reporting", "the claims are without merit",
    /// "the suit has no basis".
    fn stands_firm(&self) -> bool {
        if !self.any(FIRM) {
            return false;
        }
        let n = self.cues.len();
        let subject_before = |i: usize| (i.saturating_sub(4)..i).any(|s| self.speaker_subject(s));
        let complied = (0..n).any(|i| {
            matches!(self.word(i), "complied" | "comply" | "complies" | "abided" | "abide" | "abides" | "adhered" | "adhere" | "adheres" | "compliant")
                && subject_before(i)
                && !self.negated(i)
                && (i + 1..(i + 7).min(n)).any(|k| {
                    matches!(self.word(k), "law" | "laws" | "rules" | "regulations" | "requirements" | "obligations" | "legislation")
                })
        });
        // "our discharge has met every national standard".
        let met = (0..n).any(|i| {
            matches!(self.word(i), "met" | "meets" | "exceeded" | "exceeds")
                && (subject_before(i) || (i.saturating_sub(3)..i).any(|s| self.word(s) == "our"))
                && !self.negated(i)
                && (i + 1..(i + 5).min(n)).any(|k| matches!(self.word(k), "standard" | "standards" | "requirements" | "limits" | "obligations" | "regulations"))
        });
        // "acted in full accordance with international law", "in line
        // with legal requirements".
        let lawful = (1..n).any(|i| {
            matches!(self.word(i), "accordance" | "compliance" | "line")
                && matches!(self.word(i - 1), "in" | "full")
                && self.word(i + 1) == "with"
                && !self.negated(i)
                && (i + 2..(i + 6).min(n)).any(|k| matches!(self.word(k), "law" | "laws" | "legal" | "rules" | "regulations" | "requirements" | "obligations" | "legislation"))
        });
        let stood_by = (0..n).any(|i| {
            matches!(self.word(i), "stand" | "stands" | "stood")
                && self.word(i + 1) == "by"
                && subject_before(i)
                && !self.negated(i)
                && (i + 2..(i + 5).min(n)).any(|k| {
                    matches!(self.word(k), "reporting" | "story" | "report" | "findings" | "decision" | "statement" | "article" | "journalism" | "account" | "assessment")
                })
        });
        let groundless = (1..n).any(|i| {
            matches!(self.word(i), "merit" | "basis" | "foundation" | "substance")
                && (self.negated(i) || (i.saturating_sub(2)..i).any(|k| self.word(k) == "without"))
        });
        complied || met || stood_by || groundless || lawful
    }
    /// "we reject the regulator's findings", "we strongly dispute", "said
    /// it disputes the figures": the speaker rejecting in its own words,
    /// whatever it rejects.
    fn rejects_in_person(&self) -> bool {
        let n = self.cues.len();
        self.any(REJECT) && (0..n).any(|s| {
            self.speaker_subject(s)
                && (s + 1..(s + 5).min(n))
                    .take_while(|&k| {
                        self.cues[k] & REJECT != 0
                            || is_adverb(self.word(k))
                            || matches!(self.word(k), "must" | "will" | "would" | "do" | "continue" | "to" | "have")
                    })
                    .any(|k| self.cues[k] & REJECT != 0)
        })
    }
    /// Is the deed at `i` a passive with no doer named ("accounts were
    /// hijacked", "was mentioned and later unmasked")? It blames no one,
    /// unless what was done is someone's own ("their accounts were
    /// hijacked": a grievance), a doer follows ("by hackers") or the deed
    /// is violence against a person ("was killed": someone did it).
    fn agentless_passive(&self, i: usize) -> bool {
        if self.cues[i] & DEED == 0 {
            return false;
        }
        let mut k = i;
        while k > 0 && is_adverb(self.word(k - 1)) {
            k -= 1;
        }
        let passive = k > 0
            && (self.cues[k - 1] & PASSIVE_AUX != 0
                // "was mentioned … and eventually unmasked": a passive shared.
                || (matches!(self.word(k - 1), "and" | "or")
                    && (k.saturating_sub(8)..k - 1).any(|j| {
                        self.cues[j] & PASSIVE_AUX != 0 && self.word(j + 1).ends_with("ed")
                    })));
        let by_doer = (i + 1..(i + 4).min(self.cues.len())).any(|j| self.word(j) == "by");
        let owned = (k.saturating_sub(6)..k).any(|j| {
            matches!(
                self.word(j),
                "their" | "our" | "my" | "his" | "her" | "your" | "its"
            )
        });
        passive && !by_doer && !owned && self.cues[i] & VIOLENCE == 0
    }
    /// Is the word at `i` inside a condition or said of anyone at all ("if
    /// the vendor keeps selling exploits", "even if its targeting cannot be
    /// stopped", "those who abuse", "when security fails"), or in a simile
    /// ("it's like …")? A deed supposed is not a deed done.
    fn hypothetical(&self, i: usize) -> bool {
        let w = self.word(i);
        (i.saturating_sub(8)..i).any(|k| matches!(self.word(k), "if" | "unless"))
            || (i >= 2
                && self.word(i - 1) == "who"
                && matches!(
                    self.word(i - 2),
                    "those" | "anyone" | "whoever" | "everyone"
                ))
            || ((i.saturating_sub(4)..i).any(|k| matches!(self.word(k), "when" | "whenever"))
                && w.ends_with('s')
                && !w.ends_with("ss"))
            // "it's like the westerns where robbers steal the safe": a simile.
            || (i.saturating_sub(8)..i).any(|k| {
                self.word(k) == "like" && k > 0 && matches!(self.word(k - 1), "s" | "is" | "was")
            })
    }
    /// Is the word at `i` a label a moderator gave ("labelled by fact
    /// checkers as fake or potentially misleading")? An account of
    /// moderation, not the speaker's condemnation.
    fn labelled(&self, i: usize) -> bool {
        (i.saturating_sub(8)..i).any(|k| {
            matches!(
                self.word(k),
                "labeled" | "labelled" | "flagged" | "marked" | "rated" | "classified"
            ) && (k + 1..i).any(|a| self.word(a) == "as")
        })
    }
    /// Does the condemning word at `i` describe a thing, not a party's
    /// conduct ("malicious code", "fake text", "fake accounts")? The words
    /// of the trade, which blame no one by themselves.
    fn describes_artefact(&self, i: usize) -> bool {
        self.cue(i + 1) & ARTEFACT != 0
    }
    /// A tool turned on people: "will be used against dissidents",
    /// "deployed against journalists".
    fn turned_against_people(&self) -> bool {
        self.any(PERSECUTED) && (1..self.cues.len()).any(|i| {
            self.word(i) == "against"
                && matches!(
                    self.word(i - 1),
                    "used" | "deployed" | "turned" | "weaponised" | "weaponized"
                )
                && (i + 1..(i + 4).min(self.cues.len())).any(|k| self.cues[k] & PERSECUTED != 0)
                && !self.negated(i - 1)
                && !self.hypothetical(i)
        })
    }
    /// Someone's own words watched: "monitoring his emails",
    /// "intercepted their calls".
    fn snoops(&self) -> bool {
        self.any(COMMS) && (0..self.cues.len()).any(|i| {
            self.cues[i] & WATCH != 0
                && matches!(
                    self.word(i + 1),
                    "his" | "her" | "their" | "my" | "our" | "your"
                )
                && (i + 2..(i + 4).min(self.cues.len())).any(|k| self.cues[k] & COMMS != 0)
                && !self.negated(i)
                && !self.hypothetical(i)
        })
    }
    /// The least one owes, not done: "they have at least to read the
    /// report", "could at least have called".
    fn reproaches(&self) -> bool {
        self.opens(O_LEAST) && (1..self.cues.len()).any(|i| {
            self.word(i) == "at"
                && self.word(i + 1) == "least"
                && matches!(
                    self.word(i - 1),
                    "have" | "has" | "had" | "could" | "should" | "must"
                )
        })
    }
    /// Stolen goods put up for sale: "auctioning the data dump", "selling
    /// a trove of leaked records", "in exchange for the stolen files".
    fn sells_haul(&self) -> bool {
        self.any(HAUL) && (0..self.cues.len()).any(|i| {
            (self.cues[i] & SALE != 0 || (self.word(i) == "exchange" && i > 0 && self.word(i - 1) == "in"))
                && (i + 1..(i + 6).min(self.cues.len())).any(|k| self.cues[k] & HAUL != 0)
                && !self.negated(i)
                && !self.hypothetical(i)
        })
    }
    /// Does the content name a culprit: X "is behind" it, names X "as the
    /// thief"?
    fn names_culprit(&self) -> bool {
        let ent_before = |i: usize| (i.saturating_sub(3)..i).any(|k| self.word(k) == ENTITY);
        self.named && (self.opens(O_BEHIND) || self.any(DOER)) && (0..self.cues.len()).any(|i| {
            (self.word(i) == "behind" && ent_before(i))
                || (self.cues[i] & DOER != 0
                    && ent_before(i)
                    && (i.saturating_sub(2)..i).any(|k| self.word(k) == "as"))
        })
    }
    /// "allegedly connected to people in X", "reportedly tied to X": a
    /// hedged link to a named party.
    fn tied_to_entity(&self) -> bool {
        self.named && self.words.iter().enumerate().any(|(i, w)| {
            matches!(w.as_ref(), "linked" | "connected" | "tied")
                && (i + 1..(i + 6).min(self.words.len())).any(|k| self.word(k) == ENTITY)
        })
    }
    /// A grievance told as an account: complaints ("customers complained
    /// …", "a lack of support"), being unheard ("we were not consulted",
    /// "they dismiss us"), being kept out ("locked out", "unable to
    /// log in", "wasn't able to reach anyone"), trying in vain ("without
    /// success"), an attack that goes on ("the hacking is still happening").
    fn grieves(&self) -> bool {
        if !self.opens(O_GRIEVANCE) && !self.any(GRIEVANCE | ACCESS | DENIAL | NEG) {
            return false;
        }
        let n = self.cues.len();
        (0..n).any(|i| {
            let c = self.cues[i];
            // The words of grievance, in one match: most words are none.
            let told = match self.word(i) {
                "without" => matches!(self.word(i + 1), "success" | "reply" | "response"),
                // "we have been singled out", "we were victimised".
                "singled" => self.word(i + 1) == "out",
                "victimised" | "victimized" | "scapegoated" => true,
                // "she was fired for criticising the board": punished for
                // what one said or did, a reprisal.
                "fired" | "sacked" | "dismissed" | "punished" | "suspended" | "disciplined" | "demoted" | "silenced" => {
                    self.word(i + 1) == "for" && self.word(i + 2).ends_with("ing") && !self.negated(i)
                }
                // "we were not consulted", "they aren't being listened to".
                "consulted" | "listened" => self.negated(i),
                "ongoing" | "happening" | "continuing" | "continues" => {
                    (i.saturating_sub(4)..i).any(|k| self.cues[k] & DEED_NOUN != 0)
                }
                _ => false,
            };
            told || (c & GRIEVANCE != 0 && !self.negated(i) && !self.complaint_handled(i))
                || (c & ACCESS != 0
                    && i >= 2
                    && self.word(i - 1) == "to"
                    && (self.word(i - 2) == "unable"
                        || (self.word(i - 2) == "able" && self.negated(i - 2))))
                // "people dismiss us", "they ignored our letters": the
                // speaker's side rejected.
                || (c & (DENIAL | GRIEVANCE) != 0
                    && matches!(self.word(i + 1), "us" | "me" | "our" | "my")
                    && !self.negated(i))
                // "this isn't the first time the flaw was waved away": a repeat.
                || (c & NEG != 0 && self.not_first_time(i))
        })
    }
    /// "had received the union's complaint", "is reviewing complaints": a
    /// grievance someone else brought, which the speaker handles.
    fn complaint_handled(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|k| {
            matches!(
                self.word(k),
                "received" | "receives" | "receiving" | "receive" | "reviewing" | "reviewed" | "review" | "handling"
                    | "handled" | "investigating" | "investigate" | "assessing" | "assess" | "processed" | "processing"
            )
        })
    }
    /// Is the duty at `i` itself negated ("has not yet fixed", "no
    /// response", "didn't bother to notify"), not something near it ("not
    /// difficult to fix")?
    fn duty_negated(&self, i: usize) -> bool {
        const BETWEEN: &[&str] = &[
            "yet", "been", "be", "any", "still", "even", "ever", "bothered", "to", "properly",
            "fully", "a", "the", "received", "gotten", "got", "had", "has", "have", "not",
        ];
        (i.saturating_sub(4)..i).rev().any(|k| {
            self.cues[k] & NEG != 0
                && !self.idle_negation(k)
                && (k + 1..i).all(|m| BETWEEN.contains(&self.word(m)) || is_adverb(self.word(m)))
        })
    }
    /// A duty left undone: "has not fixed it", "no response", "didn't
    /// notify anyone".
    fn omits(&self) -> bool {
        self.any(REMEDY) && (0..self.cues.len()).any(|i| {
            self.cues[i] & REMEDY != 0
                && self.duty_negated(i)
                && !(i.saturating_sub(6)..i).any(|k| {
                    matches!(
                        self.word(k),
                        "hope" | "hopes" | "hoped" | "hoping" | "if" | "whether"
                    )
                })
        })
    }
    /// Confirming a report in the content's own words ("we can confirm",
    /// "is aware of"): where the confirmation stands.
    fn confirms(&self) -> Option<usize> {
        self.first(CONFIRM)
            // "if the facts are confirmed": a confirmation supposed.
            .filter(|&i| i < self.body + 5 && !self.hypothetical(i))
            .or_else(|| {
                // "accounts that were confirmed to be …": a confirmation cited.
                (1..self.cues.len()).find(|&i| {
                    self.cues[i] & CONFIRM != 0
                        && self.cues[i - 1] & PASSIVE_AUX != 0
                        && self.word(i).ends_with("ed")
                        && !self.hypothetical(i)
                })
            })
    }
    /// Is the confirmed matter the speaker's own doing ("confirmed to
    /// reporters it was investigating")? A subject pronoun follows the
    /// confirmation closely, with its verb.
    fn own_act(&self, at: usize) -> bool {
        (at + 1..(at + 5).min(self.cues.len())).any(|i| {
            self.cues[i] & (PRONOUN | FIRST_PERSON) != 0
                && (self.cue(i + 1) & (PASSIVE_AUX | WILL) != 0
                    || matches!(self.word(i + 1), "had" | "has" | "have" | "would")
                    || self.word(i + 1).ends_with("ed"))
        })
    }
    /// Agreement before any blame, near the head: "committed to the …",
    /// "both sides agreed".
    fn leads_with_accord(&self) -> bool {
        self.accord_at().is_some_and(|i| i < self.body + 8)
    }
    /// Agreement anywhere in the content.
    fn accords(&self) -> bool {
        self.accord_at().is_some()
    }
    /// Where the first phrase of agreement starts. "Committed to" a goal
    /// or a position agrees; "committed to continually improving", to the
    /// speaker's own course, is a plan told.
    fn accord_at(&self) -> Option<usize> {
        if !self.phrases {
            return None;
        }
        (0..self.words.len()).find(|&i| {
            self.cues[i] & OPENS_PHRASE != 0
                && AGREEMENT.iter().any(|p| {
                self.phrase_at(i, p)
                    && !self.negated(i)
                    && !(p[0] == "committed" && {
                        let next = self.word(i + 2);
                        next.ends_with("ing") || is_adverb(next)
                    })
            })
        })
    }
    /// Where the content turns ("…, but it did abuse …", "However, we
    /// believe …"): the words after the last contrast.
    fn turn(&self) -> Option<usize> {
        (self.body + 1..self.words.len())
            .rev()
            .find(|&i| matches!(self.word(i), "but" | "however"))
            .map(|i| i + 1)
    }
}

/// Classify a claim from what the caller knows of it ([`Frame`]) and the
/// lowercased words of what is reported, each entity mention one
/// [`ENTITY`].
pub fn classify_in<S: AsRef<str>>(frame: Frame, content: &[S]) -> Polarity {
    let marks: Vec<Cues> = content.iter().map(|w| cues(w.as_ref())).collect();
    let first = content.first().map_or("", |w| w.as_ref());
    // The content opens with the reporting verb ("said that …", "confirmed
    // the attack"): the verb's own word tells its stance.
    let stance_verb = cues(first) & (CRITICISE | PRAISE | CONFIRM | ANNOUNCE) != 0
        && (first.ends_with("ed") || first.ends_with('s'));
    let opens_with_verb = frame.verb_word.map_or(
        !frame.quoted && (stance_verb || crate::lexicon::reporting_verb(first).is_some()),
        |v| v == first,
    );
    let head = frame.verb_word.map(cues).unwrap_or(0) | if opens_with_verb { marks[0] } else { 0 };
    let phrases = marks.iter().any(|&c| c & OPENS_PHRASE != 0);
    let r = Read::new(content, &marks, usize::from(opens_with_verb), phrases);
    if let Some(p) = by_verb(&r, frame, head) {
        return p;
    }
    // "…, but it did abuse …": what follows the turn speaks for the claim
    // when it blames or denies.
    let unsure = r.said(HEDGES) || r.any(UNSURE);
    if let Some(t) = r.turn().filter(|_| !unsure) {
        let tail = Read::new(&content[t..], &marks[t..], 0, phrases);
        if tail.denies() {
            return Polarity::Deny;
        }
        if tail.blames() {
            return Polarity::Accuse;
        }
    }
    stance(&r, head, frame.quoted)
}

/// The stance the reporting verb settles on its own, if it does.
fn by_verb<S: AsRef<str>>(r: &Read<S>, frame: Frame, head: Cues) -> Option<Polarity> {
    let named_culprit = r.names_culprit();
    let p = match frame.verb {
        // "did not acknowledge the flaw": withholding a confirmation.
        Some(VerbClass::Confirm | VerbClass::Agree) if frame.verb_negated => Polarity::Deny,
        // "did not say whether the ship would sail": a question left
        // unanswered, no comment.
        Some(VerbClass::Say) if frame.verb_negated && matches!(r.word(r.body), "whether" | "how" | "if" | "when" | "why") => Polarity::Other,
        // "acknowledged that they did not see the threat", "admitted it had
        // not patched": what is owned up to is a failing, not a denial.
        Some(VerbClass::Confirm | VerbClass::Agree) if frame.verb_word.is_some_and(admission) && r.denies() => Polarity::Agree,
        // "… the flaw has been dismissed by the vendor": a rejection the
        // claim reports, not one it makes.
        Some(VerbClass::Deny) if passive_report(r, frame) => return None,
        Some(VerbClass::Deny) => Polarity::Deny,
        Some(VerbClass::Accuse) => Polarity::Accuse,
        // "refused to pay, and police named X as the thief": the refusal
        // tells of a wrong done to the speaker.
        Some(VerbClass::Decline) if named_culprit => Polarity::Accuse,
        Some(VerbClass::Decline) if r.any(CONFIRM) && !r.said(NO_COMMENT) => Polarity::Deny,
        Some(VerbClass::Decline) => Polarity::Other,
        Some(VerbClass::Request) if head & OUGHT != 0 && !named_culprit => Polarity::Other,
        // "threatened to publish the files unless a ransom was paid": the
        // speaker's own act, whatever wrong it names.
        Some(VerbClass::Request) if frame.verb_word.is_some_and(|v| v.starts_with("threat")) && r.word(r.body) == "to" => Polarity::Assert,
        Some(VerbClass::Request) => request(r),
        _ if head & CRITICISE != 0 => Polarity::Accuse,
        // "defines fraud as …": a meaning stated, no deed done.
        _ if r.body == 1 && r.word(0).starts_with("defin") => Polarity::Assert,
        // "ruled that the firm did not have immunity": a court rejecting a
        // party's argument.
        _ if r.body == 1
            && matches!(r.word(0), "ruled" | "rules")
            && r.word(1) == "that"
            && (2..r.words.len()).any(|i| r.cue(i) & NEG != 0 && !r.idle_negation(i)) =>
        {
            Polarity::Deny
        }
        // "questioned Vantor, …": a challenge put to a party.
        _ if r.body == 1 && r.word(0).starts_with("question") && r.word(1) == ENTITY => {
            Polarity::Accuse
        }
        _ if head & PRAISE != 0 => Polarity::Agree,
        // "advised customers to …", "urged users to …": advice, unless it
        // names a culprit.
        _ if head & OUGHT != 0 && !named_culprit => Polarity::Other,
        // "responding to the accusations": an answer to blame.
        _ if head & REMEDY != 0
            && r.cues.iter().take(r.body + 4).any(|&c| c & ALLEGED != 0) =>
        {
            Polarity::Deny
        }
        _ => return None,
    };
    Some(p)
}

/// Verbs of owning up: "admitted", "acknowledges", "conceded".
fn admission(verb: &str) -> bool {
    ["admit", "acknowledg", "conced"].iter().any(|stem| verb.starts_with(stem))
}

/// Does the content end where a passive reporting verb follows it ("… has
/// been | dismissed by the vendor")?
fn passive_report<S: AsRef<str>>(r: &Read<S>, frame: Frame) -> bool {
    let first = r.word(0);
    frame.verb_word.is_some_and(|v| v != first)
        && r.cues.last().is_some_and(|&c| c & PASSIVE_AUX != 0)
}

/// "If you …, then tell …": a demand after a condition. Put to the
/// addressee about their own people ("then tell your staff") it is a
/// challenge whose point is blame; asked of the addressee for the speaker
/// ("then tell us") it is a request.
fn conditional_demand<S: AsRef<str>>(r: &Read<S>) -> Option<Polarity> {
    if r.word(r.body) != "if" {
        return None;
    }
    let then = (r.body + 1..r.words.len()).find(|&i| r.word(i) == "then")?;
    if r.cue(then + 1) & IMPERATIVE == 0 {
        return None;
    }
    let object = |w: &str| (then + 2..(then + 5).min(r.words.len())).any(|i| r.word(i) == w);
    if object("us") || object("me") {
        Some(Polarity::Other)
    } else if r.word(r.body + 1) == "you" && object("your") {
        Some(Polarity::Accuse)
    } else {
        None
    }
}

/// A request, demand or threat: blame when it names a wrong ("demanded an
/// end to the spying"), a denial when it rejects one ("asking for it is
/// not nefarious"), the speaker's own act when it threatens a deed
/// ("threatened to leak the files"), else `other`.
fn request<S: AsRef<str>>(r: &Read<S>) -> Polarity {
    if r.word(r.body) == "to" && r.deed(r.body + 1) {
        return Polarity::Assert;
    }
    if r.denies() {
        return Polarity::Deny;
    }
    if r.any(DEED | DEED_NOUN | BLAME) {
        Polarity::Accuse
    } else {
        Polarity::Other
    }
}

/// The stance of the content, in the order of the module header.
fn stance<S: AsRef<str>>(r: &Read<S>, head: Cues, quoted: bool) -> Polarity {
    if let Some(p) = conditional_demand(r) {
        return p;
    }
    // "They must be held accountable": a demand whose point is blame.
    if r.demands_account() {
        return Polarity::Accuse;
    }
    let accord = r.accords();
    if !accord && r.leads_with_request(head) {
        return Polarity::Other;
    }
    if r.faults() {
        return Polarity::Accuse;
    }
    if r.denies() {
        return Polarity::Deny;
    }
    if head & CONFIRM != 0 {
        return if r.names_culprit() {
            // Confirming the incident and naming its culprit blames.
            Polarity::Accuse
        } else if r.own_act(r.body.saturating_sub(1)) {
            Polarity::Assert
        } else {
            Polarity::Agree
        };
    }
    if r.own_deed(quoted) {
        return Polarity::Assert;
    }
    if r.leads_with_accord() {
        return Polarity::Agree;
    }
    // The faults were read above.
    if r.blames_beyond_faults() {
        return Polarity::Accuse;
    }
    if let Some(at) = r.confirms() {
        return if r.own_act(at) {
            Polarity::Assert
        } else {
            Polarity::Agree
        };
    }
    // "says yes, the accounts were taken over": a confirmation.
    if r.word(r.body) == "yes" {
        return Polarity::Agree;
    }
    if accord || r.any(PRAISE) {
        return Polarity::Agree;
    }
    // "said it would appeal": an intention, once nothing else was read.
    if (0..r.cues.len()).any(|i| r.plans(i) || r.reported_will(i)) || r.said(NO_COMMENT) {
        return Polarity::Other;
    }
    Polarity::Assert
}

/// A suit brought against someone: "said the suit was baseless" rejects
/// it as "the claims" would. Only beside a rejecting word; elsewhere a
/// suit is the plaintiff's act ("has not filed a lawsuit" denies nothing).
fn is_legal_action(w: &str) -> bool {
    matches!(w, "suit" | "suits" | "lawsuit" | "lawsuits" | "case" | "complaint" | "indictment")
}

/// A published account of the speaker: "every word of that article is a
/// fabrication", "the story is false". Only beside a rejecting word.
fn is_published_account(w: &str) -> bool {
    matches!(w, "article" | "articles" | "story" | "stories")
}

/// Lowercased words of a span, for [`classify`].
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Phrases are looked for only where a word opens one: every phrase's
    /// first word must be cued so, or the phrase is never found.
    #[test]
    fn every_phrase_opens_with_an_opener() {
        for list in [AGREEMENT, HEDGES, DISAVOWALS, NO_COMMENT] {
            for p in list {
                assert!(cues(p[0]) & OPENS_PHRASE != 0, "{p:?}");
            }
        }
    }

    /// Words of `s`, with capitalised words standing for entities.
    fn entity_words(s: &str) -> Vec<String> {
        s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .map(|w| {
                if w.starts_with(char::is_uppercase) {
                    ENTITY.to_string()
                } else {
                    w.to_lowercase()
                }
            })
            .collect()
    }

    fn p(verb: Option<VerbClass>, s: &str) -> Polarity {
        classify(verb, &entity_words(s))
    }

    /// A claim whose reporting verb the caller names (`verb_word`), with
    /// the content as the caller passes it (see [`entity_words`]).
    fn framed(verb: VerbClass, verb_word: &str, text: &str) -> Polarity {
        let frame = Frame {
            verb: Some(verb),
            verb_word: Some(verb_word),
            ..Frame::default()
        };
        classify_in(frame, &entity_words(text))
    }

    #[test]
    fn verbs_decide_first() {
        assert_eq!(
            p(Some(VerbClass::Deny), "any involvement in the breach"),
            Polarity::Deny
        );
        assert_eq!(
            p(Some(VerbClass::Accuse), "Moscow of meddling"),
            Polarity::Accuse
        );
        assert_eq!(
            p(Some(VerbClass::Request), "for more openness on trade"),
            Polarity::Other
        );
        assert_eq!(
            p(
                Some(VerbClass::Request),
                "an end to the spying on its embassy"
            ),
            Polarity::Accuse
        );
        assert_eq!(p(Some(VerbClass::Decline), "to comment"), Polarity::Other);
    }

    #[test]
    fn accusations_need_wrongdoing_and_an_agent() {
        let say = Some(VerbClass::Say);
        assert_eq!(
            p(say, "the intrusions originated from servers in Iran"),
            Polarity::Accuse
        );
        assert_eq!(
            p(say, "a unit of the Russian military is behind the attacks"),
            Polarity::Accuse
        );
        assert_eq!(
            p(say, "the firm is a front for Chinese state hackers"),
            Polarity::Accuse
        );
        // A call to act (CONVENTIONS §6 `other`), though it names attacks.
        assert_eq!(
            p(
                say,
                "the country must do more to protect itself against cyber attacks"
            ),
            Polarity::Other
        );
        assert_eq!(
            p(
                say,
                "it is hard to say whether the attacks came from abroad"
            ),
            Polarity::Assert
        );
        assert_eq!(
            p(
                say,
                "tension fuelled by mutual accusations of hacking and espionage"
            ),
            Polarity::Assert
        );
        assert_eq!(
            p(say, "operations could be misread as aggression"),
            Polarity::Assert
        );
        assert_eq!(
            p(say, "the agency regards Iran as a capable threat actor"),
            Polarity::Accuse
        );
        assert_eq!(p(say, "it steals secrets from companies"), Polarity::Accuse);
    }

    #[test]
    fn denials_agreement_and_requests() {
        let say = Some(VerbClass::Say);
        assert_eq!(
            p(say, "the government opposes hacking in all forms"),
            Polarity::Deny
        );
        assert_eq!(p(say, "the allegations were groundless"), Polarity::Deny);
        assert_eq!(
            p(say, "the accusations were groundless and @e was itself a victim of hacking"),
            Polarity::Deny
        );
        assert_eq!(p(say, "we reject these accusations"), Polarity::Deny);
        assert_eq!(p(say, "Russia had nothing to do with it"), Polarity::Deny);
        // A denied part in a deed: the negation reaches over the verb of
        // taking part to its object.
        assert_eq!(
            p(say, "the government and military have never engaged or participated in cyber theft of trade secrets"),
            Polarity::Deny
        );
        assert_eq!(p(say, "the firm was not in any way involved in the theft of the data"), Polarity::Deny);
        assert_eq!(p(say, "its staff played no role whatsoever in the attacks on the network"), Polarity::Deny);
        assert_eq!(p(say, "the agency did not take part in the hacking of the servers"), Polarity::Deny);
        assert_eq!(p(say, "that the accusations were absurd"), Polarity::Deny);
        assert_eq!(
            p(say, "it was itself the victim of attacks from Israel"),
            Polarity::Accuse
        );
        assert_eq!(p(say, "both sides agreed to meet again"), Polarity::Agree);
        assert_eq!(
            p(say, "the two nations will join forces on standards"),
            Polarity::Agree
        );
        assert_eq!(
            p(say, "both sides should stop the war of words"),
            Polarity::Other
        );
        assert_eq!(p(say, "the economy grew by two per cent"), Polarity::Assert);
    }

    /// A claim opening with its reporting verb, as the caller passes it.
    fn s(text: &str) -> Polarity {
        p(None, text)
    }

    /// A quotation in the speaker's words.
    fn q(text: &str) -> Polarity {
        let w = words(text);
        classify_in(
            Frame {
                verb: Some(VerbClass::Say),
                verb_word: Some("said"),
                quoted: true,
                ..Frame::default()
            },
            &w,
        )
    }

    #[test]
    fn blame_is_a_deed_done_or_condemned() {
        assert_eq!(
            s("said that Dorvan Lisk extorted the payroll firm for months"),
            Polarity::Accuse
        );
        assert_eq!(
            s("wrote that the regulator acted recklessly with patient records"),
            Polarity::Accuse
        );
        assert_eq!(
            s("said hackers used reused passwords to reach the portal"),
            Polarity::Accuse
        );
        assert_eq!(q("They're stealing from pensioners."), Polarity::Accuse);
        assert_eq!(
            s("said the mayor was a potential spyware target"),
            Polarity::Accuse
        );
        // Named, not done: an attack in general blames no one.
        assert_eq!(
            s("said the tool guards against phishing campaigns"),
            Polarity::Assert
        );
    }

    #[test]
    fn denials_play_down_negate_or_point_elsewhere() {
        assert_eq!(q("This claim is untrue."), Polarity::Deny);
        assert_eq!(
            s("said the bank did not pay a ransom to anyone"),
            Polarity::Deny
        );
        assert_eq!(
            s("said there was no evidence that customer files were accessed"),
            Polarity::Deny
        );
        assert_eq!(
            s("said only a handful of accounts were touched"),
            Polarity::Deny
        );
        assert_eq!(
            s("said the leaked data came from one of its contractors"),
            Polarity::Deny
        );
        assert_eq!(
            q("We don't believe any of our systems were breached."),
            Polarity::Deny
        );
        // "Not only … but": no denial.
        assert_eq!(
            s("said the firm had not only lost files but also lied about it"),
            Polarity::Accuse
        );
        // A denial followed by a turn that blames.
        assert_eq!(
            s("said the app did not leak messages, but it did abuse its access to contacts"),
            Polarity::Accuse
        );
    }

    #[test]
    fn own_deeds_confirmations_and_praise() {
        assert_eq!(
            s("said it had stolen the designs of the new reactor"),
            Polarity::Assert
        );
        assert_eq!(q("We hacked the ministry's mail server."), Polarity::Assert);
        assert_eq!(
            s("claimed to have 50GB of the insurer's files and threatened to leak them"),
            Polarity::Assert
        );
        assert_eq!(
            s("claimed to have evidence that the ministry hacked its servers"),
            Polarity::Accuse
        );
        assert_eq!(
            s("said its accounts were hacked overnight"),
            Polarity::Accuse
        );
        assert_eq!(
            s("confirmed that intruders gained access to the billing system"),
            Polarity::Agree
        );
        assert_eq!(
            s("confirmed to reporters it was investigating the leak"),
            Polarity::Assert
        );
        assert_eq!(s("applauded the court's decision"), Polarity::Agree);
        assert_eq!(s("criticised the agency for its silence"), Polarity::Accuse);
        assert_eq!(s("pleaded guilty to two counts of fraud"), Polarity::Agree);
    }

    #[test]
    fn plans_requests_and_instructions_are_other() {
        assert_eq!(
            s("said the airline plans to notify regulators next week"),
            Polarity::Other
        );
        assert_eq!(
            s("said it will donate the damages to charity"),
            Polarity::Other
        );
        assert_eq!(
            q("Use a different password for every site."),
            Polarity::Other
        );
        assert_eq!(s("said to never share one-time codes"), Polarity::Other);
        assert_eq!(
            s("announced new rules for hospital networks"),
            Polarity::Other
        );
        assert_eq!(
            q("We recommend that customers reset their passwords."),
            Polarity::Other
        );
        // A forecast is an assertion.
        assert_eq!(
            s("said the new portal will cut waiting times"),
            Polarity::Assert
        );
    }

    /// Each row: the claim as the caller passes it (see [`s`]) and its
    /// polarity.
    fn check(rows: &[(&str, Polarity)]) {
        for (text, want) in rows {
            assert_eq!(s(text), *want, "{text}");
        }
    }

    #[test]
    fn grievances_told_as_accounts_blame() {
        use Polarity::*;
        check(&[
            (
                "said they had been locked out of their accounts for days",
                Accuse,
            ),
            (
                "said subscribers were still complaining about the outage",
                Accuse,
            ),
            (
                "said she still wasn't able to log in after three calls",
                Accuse,
            ),
            (
                "said he had reported the bug to the vendor without success",
                Accuse,
            ),
            ("said the phishing was still happening on Friday", Accuse),
            ("said the lack of two-factor logins invites abuse", Accuse),
            ("said the vendor has not patched the flaw", Accuse),
            ("said there was still no response from the landlord", Accuse),
            // Kept out of nothing: a plain narration.
            ("said she asked for a new password and got one", Assert),
        ]);
    }

    #[test]
    fn possible_or_reported_deeds_blame_no_one() {
        use Polarity::*;
        check(&[
            (
                "warned the flaw can be abused by criminals to send invoices",
                Assert,
            ),
            ("said renters could have been swindled already", Assert),
            (
                "said it was a rare case since Quorvia is the breached supplier",
                Assert,
            ),
            (
                "announced an inquiry into allegations that the bureau spied on reporters",
                Assert,
            ),
            // A named actor under a modal is a hedged attribution.
            (
                "said Valdoria may have targeted the phones of ministers",
                Accuse,
            ),
            (
                "said Tarn helped the firm in evading export controls",
                Accuse,
            ),
            (
                "said the pages were allegedly connected to officials in Morland",
                Accuse,
            ),
            (
                "said attackers created accounts allowing Norvik or its clients to plant spyware",
                Accuse,
            ),
        ]);
    }

    #[test]
    fn denials_argue_lawful_use_or_wave_off_blame() {
        use Polarity::*;
        check(&[
            (
                "maintains that it sells the tool only to vetted governments",
                Deny,
            ),
            ("said it was time to stop the finger pointing", Deny),
            ("said Brellin has never been a target of the bureau", Deny),
            (
                "doubled down on its assertion that the leaked list is bogus",
                Deny,
            ),
            ("responding to the accusations in a long post", Deny),
            ("said the files likely belong to a former partner", Deny),
            // A wish and a hedge deny nothing.
            ("said he hoped the flaw had not been exploited", Assert),
            ("said the farms don't necessarily use fake pages", Assert),
        ]);
    }

    #[test]
    fn the_reporting_verb_settles_some_claims() {
        use Polarity::*;
        assert_eq!(
            p(
                Some(VerbClass::Decline),
                "to pay and called police who identified Karsk as the thief"
            ),
            Accuse
        );
        assert_eq!(
            p(
                Some(VerbClass::Request),
                "to leak the payroll files on Friday"
            ),
            Assert
        );
        assert_eq!(
            p(
                Some(VerbClass::Request),
                "for a gag order is not always nefarious"
            ),
            Deny
        );
        check(&[
            (
                "advised customers to keep card details off their accounts",
                Other,
            ),
            (
                "confirmed the breach and said a gang from Ostrava was behind the attack",
                Accuse,
            ),
            ("touted the ruling as a win for privacy", Agree),
        ]);
        assert_eq!(q("It will be easy to fix, I think."), Assert);
        // Owning up to a failing is an admission, not a denial; confirming
        // that nothing happened still denies.
        assert_eq!(framed(VerbClass::Agree, "admitted", "that the bank did not detect the intrusion for months"), Agree);
        assert_eq!(framed(VerbClass::Confirm, "acknowledged", "that they did not see the danger coming"), Agree);
        assert_eq!(framed(VerbClass::Confirm, "confirmed", "that no customer data was stolen"), Deny);
    }

    #[test]
    fn duties_culprits_and_contrasts() {
        use Polarity::*;
        check(&[
            // The negation bears on "hard", not on the fix.
            ("said the bug is not hard to fix", Assert),
            (
                "said the landlord has not yet answered any of the letters",
                Accuse,
            ),
            (
                "pleaded guilty to helping Karsk in evading controls by conspiring with Ostrava",
                Agree,
            ),
            (
                "confirmed the breach, knowing by then that Tarvel was behind it",
                Accuse,
            ),
            ("said the rival had pushed it too far", Accuse),
            ("said it will be donating the award to charity", Other),
        ]);
        assert_eq!(
            q("It is better to praise them now rather than complain about them."),
            Agree
        );
        assert_eq!(
            p(
                Some(VerbClass::Request),
                "advised users not only to check bills but to look for fraud"
            ),
            Other
        );
    }

    #[test]
    fn the_speaker_named_in_its_own_words_is_the_first_person() {
        let w = |t: &str| -> Vec<String> {
            t.split(' ')
                .map(|x| {
                    if x == "S" {
                        SPEAKER.to_string()
                    } else {
                        x.to_string()
                    }
                })
                .collect()
        };
        let say = Some(VerbClass::Say);
        assert_eq!(
            classify(say, &w("if needed S will consider other issues")),
            Polarity::Other
        );
        assert_eq!(
            classify(say, &w("S hacked the ministry mail server")),
            Polarity::Assert
        );
    }

    #[test]
    fn passives_with_no_doer_blame_no_one() {
        use Polarity::*;
        check(&[
            (
                "reported that Pell was named in the memo and later unmasked",
                Assert,
            ),
            ("said customer records were leaked last week", Assert),
            ("says yes, member accounts were hijacked", Agree),
            // Someone's own, a doer named, or violence: still blame.
            ("said their passwords were leaked last week", Accuse),
            ("said the files were leaked by Korvane", Accuse),
            ("said a courier was killed after the vote", Accuse),
        ]);
    }

    #[test]
    fn deeds_supposed_or_said_of_anyone_blame_no_one() {
        use Polarity::*;
        check(&[
            (
                "noted the suit helps even if Orvo's targeting of Lumen devices cannot be stopped",
                Assert,
            ),
            ("said the law punishes those who hacked hospitals", Assert),
            (
                "said that when a vendor fails its users the whole market suffers",
                Assert,
            ),
            (
                "said the bug would allow attackers to send mail from Ulmo servers",
                Assert,
            ),
            // A deed done, under no condition.
            (
                "said Orvo's targeting of Lumen devices went on for a year",
                Accuse,
            ),
        ]);
    }

    #[test]
    fn words_of_the_trade_and_moderation_blame_no_one() {
        use Polarity::*;
        check(&[
            (
                "explained how the tester sent an email with fake text from Ulmo's domain",
                Assert,
            ),
            ("said the scanner flags malicious code in uploads", Assert),
            (
                "said 40 posts were removed and others labelled by reviewers as fake or misleading",
                Assert,
            ),
            (
                "announced that officers from Delmar searched the offices of spyware maker Quillon",
                Assert,
            ),
            ("said the attacks from Delmar hit three ministries", Accuse),
            (
                "said the fake pages were run from offices of Delmar",
                Accuse,
            ),
        ]);
    }

    #[test]
    fn sales_of_stolen_goods_repeats_and_state_ties_blame() {
        use Polarity::*;
        check(&[
            ("reported that Drakmoor was auctioning the entire customer dump for 3 million", Accuse),
            ("said the retailer sells garden tools", Assert),
            ("said this isn't the first time the portal went dark", Accuse),
            // The caller splits hyphens: "government-linked".
            ("said it took down government linked troll networks in Ostra and Pelle", Accuse),
            ("said the ministry's letters didn't specifically address whether Tamsin was watched", Accuse),
        ]);
        assert_eq!(
            framed(
                VerbClass::Deny,
                "dismissed",
                "it seems this isn't the first time the bug has been"
            ),
            Accuse
        );
    }

    #[test]
    fn concessions_conditions_and_challenges() {
        use Polarity::*;
        assert_eq!(
            q("While each shop must decide for itself, we decided not to pay the ransom."),
            Deny
        );
        assert_eq!(
            q("If you know the answer, then tell your auditors."),
            Accuse
        );
        assert_eq!(q("If there is nothing, then tell us so."), Other);
        assert_eq!(
            q("It is unclear if Brenn intends to appeal in every court."),
            Assert
        );
        assert_eq!(
            framed(
                VerbClass::Say,
                "questioned",
                "questioned Valmont, how could the audit miss it"
            ),
            Accuse
        );
        assert_eq!(
            framed(
                VerbClass::Say,
                "defines",
                "defines spoofing as attempts to deceive users through forged mail"
            ),
            Assert
        );
        assert_eq!(
            framed(
                VerbClass::Say,
                "ruled",
                "ruled that Morrow Labs did not have immunity from the suit"
            ),
            Deny
        );
        assert_eq!(
            framed(
                VerbClass::Say,
                "ruled",
                "ruled that Morrow Labs owes the fee"
            ),
            Assert
        );
        // A finding is no ruling: its negation may well blame.
        assert_ne!(
            framed(
                VerbClass::Say,
                "found",
                "found that the app did not encrypt passwords"
            ),
            Deny
        );
    }

    #[test]
    fn counted_falsehoods_and_own_commitments_are_assertions() {
        use Polarity::*;
        assert_eq!(
            q("I understand the team receives a lot of false reports"),
            Assert
        );
        assert_eq!(q("These reports are false"), Deny);
        assert_eq!(
            q("We are committed to continually improving our defences"),
            Assert
        );
        assert_eq!(
            s("said it remains committed to independent oversight"),
            Agree
        );
        assert_eq!(
            s("said it closed accounts that were confirmed to be running the scam"),
            Agree
        );
    }

    #[test]
    fn tools_turned_on_people_snooping_and_reproach_blame() {
        use Polarity::*;
        check(&[
            (
                "said it is likely the tool will be used against dissidents abroad",
                Accuse,
            ),
            ("said the tool was never used against journalists", Assert),
            (
                "told viewers that staff had been monitoring his emails for weeks",
                Accuse,
            ),
            ("said the firm monitors its own servers", Assert),
            (
                "said they have at least to read the report before closing it",
                Accuse,
            ),
            ("said at least 40 staff attended", Assert),
            (
                "said it removed government troll operations in Marlo",
                Accuse,
            ),
        ]);
    }

    #[test]
    fn measures_announced_in_the_passive_are_plans_and_modal_advice_a_forecast() {
        use Polarity::*;
        check(&[
            ("stated that an inquiry will be launched next week", Other),
            ("said new rules will be introduced in May", Other),
            ("said the prices will be higher in May", Assert),
            ("said the delay may encourage copycat gangs", Assert),
            ("said it encourages victims to come forward", Other),
            // A confirmation supposed is no confirmation.
            (
                "stated that if the reports are confirmed a review will be launched",
                Other,
            ),
        ]);
    }

    /// A quotation told by a speaker with a plain "said".
    fn quoted(text: &str) -> Polarity {
        let frame = Frame {
            verb: Some(VerbClass::Say),
            quoted: true,
            ..Frame::default()
        };
        classify_in(frame, &entity_words(text))
    }

    #[test]
    fn blame_carried_by_the_content() {
        let say = Some(VerbClass::Say);
        let cases: &[(&str, Polarity)] = &[
            // A wrong done knowingly.
            ("Larkspur Foods knew about the mould and chose to keep shipping the bread", Polarity::Accuse),
            ("the Gazette knew its story was false and ran it anyway", Polarity::Accuse),
            ("the board was aware of the defect but did nothing for a year", Polarity::Accuse),
            ("the clinic knowingly billed patients twice", Polarity::Accuse),
            ("engineers knew about the outage and are still investigating its cause", Polarity::Assert),
            ("the regulator did not know about the defect and kept approving the parts", Polarity::Assert),
            ("the carrier is aware of the outage and continues to investigate", Polarity::Agree),
            ("the carrier was aware of the flaw and kept working on a fix", Polarity::Agree),
            // Coercion by a named party.
            ("Ostrava Mining was forcing contractors to sign gag clauses", Polarity::Accuse),
            ("Velmar pressured its auditors into softening the report", Polarity::Accuse),
            ("the flood forced the plant to close for a week", Polarity::Assert),
            ("Brenna Air was forced to cancel forty flights", Polarity::Assert),
            // A public good held back.
            ("the settlement terms will help diminish public debate about the spill", Polarity::Accuse),
            ("the secrecy won't advance anyone's understanding of the outage", Polarity::Accuse),
            ("the new filter will diminish the volume of spam", Polarity::Assert),
            ("the absence of funding hampers research into the disease", Polarity::Assert),
            // A trail hidden.
            ("the broker routed the trades through Cyprus to avoid detection", Polarity::Accuse),
            ("the update helps travellers avoid delays at the border", Polarity::Assert),
            // A professed ignorance disbelieved.
            ("it is highly unlikely the vendor had no idea how its tool was used", Polarity::Accuse),
            ("it is unlikely the outage had no effect on sales", Polarity::Assert),
        ];
        for (text, want) in cases {
            assert_eq!(p(say, text), *want, "{text}");
        }
        assert_ne!(
            framed(VerbClass::Say, "said", "said it was aware of the leak and kept selling the stock"),
            Polarity::Accuse
        );
    }

    #[test]
    fn a_first_person_rejection_in_a_quotation_denies() {
        let cases: &[(&str, Polarity)] = &[
            ("we reject the inspectorate's findings, which rest on partial figures", Polarity::Deny),
            ("we strongly dispute the auditor's conclusions", Polarity::Deny),
            ("we disagree with the tribunal's reading of the contract", Polarity::Deny),
            ("we do not dispute that some records were copied", Polarity::Assert),
            ("our customers rejected the new tariff in large numbers", Polarity::Assert),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "{text}");
        }
        assert_eq!(
            framed(VerbClass::Say, "said", "said it disputes the inspectors' figures"),
            Polarity::Deny
        );
        assert_eq!(
            framed(VerbClass::Say, "said", "said its rivals dispute the figures"),
            Polarity::Assert
        );
    }


    #[test]
    fn listings_incitement_ransom_and_similes() {
        let say = Some(VerbClass::Say);
        let cases: &[(&str, Polarity)] = &[
            ("the ministry added Korvex Labs to its entity list last week", Polarity::Accuse),
            ("the ministry added Korvex Labs to its list of approved suppliers", Polarity::Assert),
            ("their silence on the payment may encourage more ransomware attacks", Polarity::Accuse),
            ("paying a ransom may encourage more attacks", Polarity::Assert),
            ("Halden encouraged users to report phishing attempts", Polarity::Other),
            ("he emailed Norrland Bank asking for 20 Bitcoin in exchange for the stolen records", Polarity::Accuse),
            ("it's like the old films where bandits steal the whole safe", Polarity::Assert),
            ("if the outage is not due to the update, the vendor has more work to do", Polarity::Assert),
        ];
        for (text, want) in cases {
            assert_eq!(p(say, text), *want, "{text}");
        }
    }


    #[test]
    fn labels_of_wrong_and_tools_wielded_blame() {
        let say = Some(VerbClass::Say);
        let cases: &[(&str, Polarity)] = &[
            ("they called it one of the largest troll operations seen this year", Polarity::Accuse),
            ("the ministry called the reports a smear campaign", Polarity::Deny),
            ("the ministry called for calm after the attacks", Polarity::Assert),
            ("the analysts described the outage as routine", Polarity::Assert),
            ("the carrier described what sounds like a credential stuffing attack", Polarity::Assert),
            ("Tarvo Group made use of a zero click zero day in the router firmware", Polarity::Accuse),
            ("Tarvo Group made use of a zero-day in the router firmware", Polarity::Accuse),
            ("the patch closes a zero-day that attackers could use", Polarity::Assert),
        ];
        for (text, want) in cases {
            assert_eq!(p(say, text), *want, "{text}");
        }
    }


    #[test]
    fn outrage_and_being_unheard_blame() {
        let say = Some(VerbClass::Say);
        let cases: &[(&str, Polarity)] = &[
            ("she was appalled that the council sold the park", Polarity::Accuse),
            ("the fishermen say they were not consulted before the ban", Polarity::Accuse),
            ("officials dismiss us whenever we raise the smell from the plant", Polarity::Accuse),
            ("we consulted the residents before the ban", Polarity::Assert),
        ];
        for (text, want) in cases {
            assert_eq!(p(say, text), *want, "{text}");
        }
        assert_eq!(quoted("they dismissed our complaints without reading them"), Polarity::Accuse);
    }


    #[test]
    fn standing_firm_denies() {
        let cases: &[(&str, Polarity)] = &[
            ("we have complied with all applicable laws at every site", Polarity::Deny),
            ("we stand by our reporting on the tender", Polarity::Deny),
            ("the lawsuit is without merit", Polarity::Deny),
            ("there is no basis for the fine", Polarity::Deny),
            ("we stand by our customers through the outage", Polarity::Assert),
            ("on a daily basis we check every shipment", Polarity::Assert),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "{text}");
        }
        assert_eq!(
            framed(VerbClass::Say, "said", "said it complied with the export rules"),
            Polarity::Deny
        );
    }


    #[test]
    fn falsehoods_spread_blame_and_expectations_are_not_advice() {
        let say = Some(VerbClass::Say);
        assert_eq!(
            p(say, "the network allegedly worked on spreading false information about the strikers"),
            Polarity::Accuse
        );
        assert_eq!(
            quoted("our review of the appeals suggests the great majority were rejected"),
            Polarity::Assert
        );
        assert_eq!(quoted("i should be hearing back from the bank within a week"), Polarity::Assert);
        assert_eq!(quoted("you should be checking your statements every week"), Polarity::Other);
        assert_eq!(quoted("you should check your statements every week"), Polarity::Other);
    }


    #[test]
    fn a_conduct_disowned_in_person_and_the_evidence_misread_deny() {
        let cases = [
            ("we do not track drivers outside their working hours", Polarity::Deny),
            ("i have never cheated and i never will", Polarity::Deny),
            ("our scanner never stores the images it reads", Polarity::Deny),
            ("we have never sold customer data to anyone", Polarity::Deny),
            // Promises, states and things unknown are no denial.
            ("we will never ask for your password by email", Polarity::Other),
            ("we do not expect any delays to deliveries", Polarity::Assert),
            ("we're not sure when the office reopens", Polarity::Assert),
            // Agreement negated is none.
            ("growers never agreed to be filmed in their homes", Polarity::Assert),
        ];
        for (text, want) in cases {
            assert_eq!(q(text), want, "{text}");
        }
        let said = |t: &str| framed(VerbClass::Say, "said", t);
        assert_eq!(said("said it does not sell data to advertisers"), Polarity::Deny);
        assert_eq!(said("said it had not reached any conclusion"), Polarity::Assert);
        assert_eq!(said("said the growers had misread the shipping records"), Polarity::Deny);
        assert_eq!(said("said a routine drill could be misread as an attack"), Polarity::Assert);
    }

    #[test]
    fn a_complaint_handled_is_no_grievance() {
        let said = |t: &str| framed(VerbClass::Say, "said", t);
        assert_eq!(said("said it had received the growers' complaint"), Polarity::Assert);
        assert_eq!(said("said it was reviewing complaints about the tariff"), Polarity::Assert);
        assert_eq!(said("said customers complained about the tariff for months"), Polarity::Accuse);
    }

    #[test]
    fn a_motive_alleged_a_thing_called_false_and_standards_met() {
        let cases = [
            ("this is a smear, pure and simple", Polarity::Deny),
            ("that was a fabrication from start to finish", Polarity::Deny),
            ("our effluent has met every national standard", Polarity::Deny),
            ("we have been singled out", Polarity::Accuse),
            ("the new rules met with little opposition", Polarity::Assert),
        ];
        for (text, want) in cases {
            assert_eq!(q(text), want, "{text}");
        }
        let said = |t: &str| framed(VerbClass::Say, "said", t);
        assert_eq!(said("said the inquiry was politically motivated"), Polarity::Deny);
        assert_eq!(said("said voters were motivated by prices"), Polarity::Assert);
    }

    #[test]
    fn accountability_demanded_reprisal_lawful_conduct_and_no_part() {
        assert_eq!(q("the directors must be held accountable"), Polarity::Accuse);
        assert_eq!(q("whoever poisoned the river should be brought to justice"), Polarity::Accuse);
        assert_ne!(q("we cannot be held responsible for delays at the border"), Polarity::Accuse);
        let said = |t: &str| framed(VerbClass::Say, "said", t);
        assert_eq!(said("said he was sacked for speaking to the press"), Polarity::Accuse);
        assert_eq!(said("said he was sacked in March"), Polarity::Assert);
        assert_eq!(said("said the trawler had fished in full accordance with the law"), Polarity::Deny);
        assert_eq!(said("said it had disposed of the waste in line with legal requirements"), Polarity::Deny);
        assert_eq!(said("said prices rose in line with inflation"), Polarity::Assert);
        assert_eq!(q("the donation played no part in the award"), Polarity::Deny);
    }

    #[test]
    fn a_will_put_back_in_reported_speech_is_an_intention() {
        let said = |t: &str| framed(VerbClass::Say, "said", t);
        assert_eq!(said("said it would appeal the decision"), Polarity::Other);
        assert_eq!(said("said they would back the farmers in court"), Polarity::Other);
        assert_eq!(said("said the levy would hurt small farms"), Polarity::Assert);
        assert_eq!(said("said it would be difficult to finish by May"), Polarity::Assert);
        assert_eq!(said("said it would not pay the ransom"), Polarity::Deny);
        assert_eq!(said("said she would raise the bribery scandal at the port with the minister"), Polarity::Accuse);
    }

    #[test]
    fn a_question_left_unanswered_is_no_comment() {
        assert_eq!(p(Some(VerbClass::Say), "did not say whether the ferry would sail"), Polarity::Other);
        assert_eq!(p(Some(VerbClass::Say), "has not said how many passengers were refunded"), Polarity::Other);
        assert_eq!(p(Some(VerbClass::Say), "said how many passengers were refunded"), Polarity::Assert);
        let unsaid = Frame { verb: Some(VerbClass::Say), verb_word: Some("say"), verb_negated: true, ..Frame::default() };
        assert_eq!(classify_in(unsaid, &words("whether the ferry would sail")), Polarity::Other);
    }

    #[test]
    fn a_suit_called_baseless_is_rejected() {
        let said = |t: &str| framed(VerbClass::Say, "said", t);
        assert_eq!(said("said the suit was baseless"), Polarity::Deny);
        assert_eq!(said("said the lawsuit was frivolous and false"), Polarity::Deny);
        assert_eq!(said("said the complaint was groundless"), Polarity::Deny);
        // A suit with no word rejecting it is no denial.
        assert_ne!(said("said it had not yet filed a lawsuit"), Polarity::Deny);
        assert_eq!(said("said the lawsuit would be heard in May"), Polarity::Assert);
    }

    #[test]
    fn a_story_called_false_is_rejected_and_evidence_against_blames() {
        assert_eq!(q("every line of that story is false"), Polarity::Deny);
        assert_eq!(q("the article was inaccurate from the headline down"), Polarity::Deny);
        assert_eq!(q("the story ran on the front page"), Polarity::Assert);
        let said = |t: &str| framed(VerbClass::Say, "said", t);
        assert_eq!(said("said the evidence against the smuggler was compelling"), Polarity::Accuse);
        assert_eq!(said("said there was no evidence against the smuggler"), Polarity::Deny);
        assert_eq!(said("said the evidence was compelling"), Polarity::Assert);
        assert_eq!(said("says the magazine printed false and hurtful claims about her"), Polarity::Accuse);
        assert_eq!(said("says the magazine's claims about her are false"), Polarity::Deny);
    }

    #[test]
    fn a_threat_is_the_speakers_own_act() {
        assert_eq!(framed(VerbClass::Request, "threatened", "threatened to publish the files unless a ransom is paid"), Polarity::Assert);
        assert_eq!(framed(VerbClass::Request, "demanded", "demanded an end to the spying"), Polarity::Accuse);
    }
}
