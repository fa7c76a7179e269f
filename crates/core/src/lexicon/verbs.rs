//! Reporting verbs: how journalists attribute. Each verb is listed once, by
//! its lemma, with the polarity it lends a claim on its own and the frame it
//! needs to report (a bare "added" is arithmetic; "added that …" is
//! speech). Inflections ("-s", "-ed", "-ing", irregular pasts) are
//! generated from the lemma by English spelling rules, so a verb is never
//! missing one of its forms.

use super::VerbClass::{self, *};
use crate::text::FastMap;
use std::sync::OnceLock;

/// What must follow a verb for it to report speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Complement {
    /// Anything: "said", "denied", "warned".
    Any,
    /// One of these words right after the verb, which then belongs to the
    /// verb phrase: "called on", "pointed out", "pushed back".
    Particle(&'static [&'static str]),
    /// One of these words within a few tokens: "described X as …",
    /// "charged X with …", "found that …".
    Within(&'static [&'static str]),
}

/// A reporting verb's lemma, its class and its frame.
pub struct Lemma {
    pub lemma: &'static str,
    pub class: VerbClass,
    pub frame: Complement,
}

const fn v(lemma: &'static str, class: VerbClass, frame: Complement) -> Lemma {
    Lemma { lemma, class, frame }
}

use Complement::{Any, Particle as P, Within as W};

/// Complements that make a verb of thinking or finding report a claim.
const THAT: Complement = Complement::Within(&["that", ":", "“", "\"", "how", "what", "why", "whether"]);
const AS: Complement = Complement::Within(&["as"]);

/// The reporting verbs of news prose, by lemma.
pub const LEMMAS: &[Lemma] = &[
    // Neutral speech and writing.
    v("say", Say, Any), v("tell", Say, Any), v("add", Say, W(&["that", ":", ",", "“", "\""])),
    v("note", Say, W(&["that", ":", ",", "“", "\""])), v("state", Say, Any), v("announce", Say, Any),
    v("claim", Say, Any), v("argue", Say, Any), v("insist", Say, Any), v("explain", Say, Any),
    v("write", Say, Any), v("report", Say, Any), v("reveal", Say, Any), v("warn", Say, Any),
    v("indicate", Say, Any), v("imply", Say, Any), v("suggest", Say, Any), v("describe", Say, W(&["as", "what", "how", ":", "it"])),
    v("read", Say, W(&[":", "“", "\"", ","])), v("make", Say, W(&["claims", "allegations", "accusations", "charges", "demands"])), v("reiterate", Say, Any), v("re-iterate", Say, Any), v("believe", Say, THAT), v("think", Say, W(&["that"])),
    v("estimate", Say, Any), v("predict", Say, Any), v("conclude", Say, Any), v("find", Say, W(&["that", "no", "evidence"])),
    // A researcher's finding reports a flaw; a submission reports a finding.
    v("discover", Say, W(&["that", "flaw", "flaws", "vulnerability", "vulnerabilities", "bug", "bugs", "backdoor", "evidence", "traces"])),
    v("submit", Say, W(&["report", "reports", "complaint", "complaints", "findings", "evidence", "claim"])),
    v("regard", Say, AS), v("consider", Say, W(&["that", "it"])), v("quote", Say, Any), v("cite", Say, Any),
    v("comment", Say, Any), v("reply", Say, Any), v("stress", Say, Any), v("emphasise", Say, Any),
    v("emphasize", Say, Any), v("maintain", Say, Any), v("assert", Say, Any), v("contend", Say, Any),
    v("declare", Say, Any), v("disclose", Say, Any), v("observe", Say, THAT), v("remark", Say, Any),
    v("recall", Say, THAT), v("recount", Say, Any), v("point", Say, P(&["out"])), v("speculate", Say, Any),
    v("fear", Say, Any), v("testify", Say, Any), v("tweet", Say, Any), v("proclaim", Say, Any),
    v("caution", Say, Any), v("signal", Say, THAT), v("hint", Say, P(&["at", "that", "to"])), v("theorise", Say, Any),
    v("theorize", Say, Any), v("muse", Say, Any), v("quip", Say, Any), v("joke", Say, Any),
    v("inform", Say, THAT), v("assure", Say, THAT), v("mention", Say, THAT), v("question", Say, Any),
    v("wonder", Say, W(&["whether", "if", "how", "why", "what"])), v("assess", Say, THAT), v("determine", Say, W(&["that"])),
    v("identify", Say, AS), v("characterise", Say, AS), v("characterize", Say, AS), v("portray", Say, AS),
    v("label", Say, AS), v("dub", Say, Any), v("talk", Say, P(&["about"])), v("raise", Say, P(&["questions", "concerns", "doubts"])),
    v("express", Say, P(&["concern", "concerns", "doubt", "doubts", "hope", "confidence", "frustration"])),
    v("double", Say, P(&["down"])), v("voice", Say, P(&["concern", "concerns", "doubt", "doubts", "support", "frustration", "opposition", "skepticism", "scepticism"])),
    v("address", Say, W(&["issues", "comments", "concerns", "claims", "allegations", "accusations", "reports", "criticism", "questions"])), v("define", Say, AS), v("list", Say, AS), v("rule", Say, W(&["that"])), v("clarify", Say, Any), v("elaborate", Say, Any), v("allow", Say, W(&["that"])),
    v("acknowledge", Confirm, Any), v("confirm", Confirm, Any), v("verify", Confirm, Any),
    v("respond", Say, W(&[",", ":", "that", "by", "with"])), v("answer", Say, W(&[",", ":", "that"])),
    v("counter", Deny, W(&[",", ":", "that"])), v("retort", Deny, Any),
    // Rejection.
    v("deny", Deny, Any), v("reject", Deny, Any), v("dismiss", Deny, Any), v("refute", Deny, Any),
    v("rebuff", Deny, Any), v("dispute", Deny, Any), v("contest", Deny, Any), v("rebut", Deny, Any),
    v("downplay", Deny, Any), v("play", Deny, P(&["down"])), v("push", Deny, P(&["back"])),
    v("brush", Deny, P(&["off", "aside"])), v("shrug", Deny, P(&["off"])), v("disavow", Deny, Any),
    v("disown", Deny, Any), v("repudiate", Deny, Any), v("contradict", Deny, Any), v("debunk", Deny, Any),
    v("scoff", Deny, P(&["at"])), v("hit", Deny, P(&["back"])), v("deflect", Deny, Any),
    // Blame and criticism.
    v("accuse", Accuse, Any), v("blame", Accuse, Any), v("allege", Accuse, Any),
    v("charge", Accuse, W(&["with", "that"])), v("indict", Accuse, Any), v("attribute", Accuse, W(&["to"])),
    v("condemn", Accuse, Any), v("criticise", Accuse, Any), v("criticize", Accuse, Any), v("chide", Accuse, Any),
    v("slam", Accuse, Any), v("blast", Accuse, Any), v("lambast", Accuse, Any), v("lambaste", Accuse, Any),
    v("denounce", Accuse, Any), v("decry", Accuse, Any), v("complain", Accuse, Any), v("fault", Accuse, Any),
    v("implicate", Accuse, Any), v("link", Accuse, W(&["to", "with"])), v("sue", Accuse, Any), v("fine", Accuse, Any),
    v("sanction", Accuse, Any), v("expose", Accuse, AS), v("brand", Accuse, AS), v("pin", Accuse, W(&["on"])),
    v("castigate", Accuse, Any), v("berate", Accuse, Any), v("rebuke", Accuse, Any), v("scold", Accuse, Any),
    v("censure", Accuse, Any), v("assail", Accuse, Any), v("excoriate", Accuse, Any), v("admonish", Accuse, Any),
    v("reprimand", Accuse, Any), v("draw", Accuse, W(&["criticism", "rebuke", "condemnation", "ire", "backlash", "fire"])), v("file", Accuse, W(&["suit", "lawsuit", "complaint", "charges", "case"])), v("protest", Accuse, Any), v("liken", Accuse, W(&["to"])),
    // Agreement, admission, praise.
    v("agree", Agree, Any), v("pledge", Agree, Any), v("praise", Agree, Any), v("applaud", Agree, Any),
    v("welcome", Agree, Any), v("commend", Agree, Any), v("endorse", Agree, Any), v("hail", Agree, Any),
    v("tout", Agree, Any), v("laud", Agree, Any), v("concede", Agree, Any), v("admit", Agree, Any),
    v("plead", Agree, P(&["guilty"])),
    // Requests, advice, intentions.
    v("demand", Request, Any), v("urge", Request, Any), v("ask", Request, Any), v("call", Request, P(&["on", "for", "upon"])),
    v("request", Request, Any), v("seek", Request, W(&["redress", "damages", "injunction", "compensation", "relief", "dismissal"])), v("appeal", Request, P(&["to", "for"])), v("implore", Request, Any),
    v("recommend", Request, Any), v("advise", Request, Any), v("encourage", Request, Any), v("propose", Request, Any),
    v("vow", Request, Any), v("promise", Request, Any), v("threaten", Request, W(&["to"])),
    // Declining.
    v("decline", Decline, P(&["to"])), v("refuse", Decline, P(&["to"])),
];

/// Lemmas that double their last consonant before "-ed" and "-ing".
const DOUBLES: &[&str] = &["admit", "rebut", "slam", "quip", "pin", "dub", "regret", "submit", "commit", "refer"];

/// Every written form of a lemma: base, third person, past, gerund, and
/// irregular pasts.
pub fn forms(lemma: &str) -> Vec<String> {
    if DOUBLES.contains(&lemma) {
        super::inflect::inflect(&format!("{lemma}*"))
    } else {
        super::inflect::inflect(lemma)
    }
}

/// Every written form, with a sieve that turns most other words away
/// before they are hashed.
struct Table {
    /// A written form → the lemma it inflects (index into [`LEMMAS`]).
    forms: FastMap<String, usize>,
    /// By [`shape`] slot, the lengths the forms of that slot have (bit `len`).
    lengths: Vec<u64>,
}

/// A word's slot by its first and last byte (ASCII letters case-folded;
/// other bytes may share a slot, which only lets a word through to the
/// hash) and its length as one bit; `None` for a word no form can be.
fn shape(word: &str) -> Option<(usize, u64)> {
    let b = word.as_bytes();
    let (&first, &last) = (b.first()?, b.last()?);
    (b.len() < 64).then(|| ((usize::from(first & 31) << 5) | usize::from(last & 31), 1u64 << b.len()))
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_form = FastMap::default();
        let mut lengths = vec![0u64; 32 * 32];
        for (i, l) in LEMMAS.iter().enumerate() {
            for f in forms(l.lemma) {
                if let Some((slot, bit)) = shape(&f) {
                    lengths[slot] |= bit;
                }
                by_form.entry(f).or_insert(i);
            }
        }
        Table { forms: by_form, lengths }
    })
}

/// Could `word` (in any ASCII case) be a form of a reporting verb? A cheap
/// test: `false` is sure, `true` needs [`lookup`].
pub fn may_be_form(word: &str) -> bool {
    shape(word).is_some_and(|(slot, bit)| table().lengths[slot] & bit != 0)
}

/// The reporting verb a lower-cased word is a form of.
pub fn lookup(lower: &str) -> Option<&'static Lemma> {
    if !may_be_form(lower) {
        return None;
    }
    table().forms.get(lower).map(|&i| &LEMMAS[i])
}

/// Is `lower` the base form ("say", "deny") rather than an inflection?
pub fn is_base_form(lower: &str) -> bool {
    lookup(lower).is_some_and(|l| l.lemma == lower)
}

/// Is `lower` a gerund ("saying", "denying")?
pub fn is_gerund(lower: &str) -> bool {
    lower.ends_with("ing") && lookup(lower).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_follow_spelling_rules() {
        let has = |lemma: &str, all: &[&str]| {
            let f = forms(lemma);
            all.iter().all(|w| f.iter().any(|x| x == w))
        };
        assert!(has("deny", &["deny", "denies", "denying", "denied"]));
        assert!(has("accuse", &["accuse", "accuses", "accusing", "accused"]));
        assert!(has("dismiss", &["dismiss", "dismisses", "dismissing", "dismissed"]));
        assert!(has("admit", &["admit", "admits", "admitting", "admitted"]));
        assert!(has("say", &["say", "says", "saying", "said"]));
        assert!(has("write", &["write", "writes", "writing", "wrote", "written"]));
        assert!(has("agree", &["agree", "agrees", "agreeing", "agreed"]));
        assert!(has("plead", &["pleaded", "pled"]));
    }

    #[test]
    fn every_form_finds_its_lemma() {
        for l in LEMMAS {
            for f in forms(l.lemma) {
                let found = lookup(&f).expect("a generated form is in the table");
                // Two lemmas may share a form only when both report alike.
                assert!(found.lemma == l.lemma || found.class == l.class, "{f}: {} / {}", found.lemma, l.lemma);
            }
        }
        assert_eq!(lookup("chided").map(|l| l.class), Some(Accuse));
        assert_eq!(lookup("applauding").map(|l| l.class), Some(Agree));
        assert_eq!(lookup("pushed").map(|l| l.frame), Some(Complement::Particle(&["back"])));
        assert!(lookup("table").is_none());
    }
}
