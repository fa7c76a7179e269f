//! Polarity of a claim: does it accuse someone, deny an accusation, agree
//! with or endorse another party, ask or plan something (other), or assert
//! something else? Read from the reporting verb first ("denied", "accused",
//! "declined to comment", "confirmed", "praised"), then from what the claim
//! says, in the order a reader weighs it (eval/dev/CONVENTIONS.md §6):
//!
//! 1. a plan, request or piece of advice at the head of the content
//!    ("plans to", "should", "we recommend", an imperative) is `other`;
//! 2. a denial: a word that rejects ("untrue", "baseless"), a negated harm
//!    or belief ("did not pay a ransom", "no evidence", "don't believe"),
//!    playing down ("only a small number", "limited to"), or the data put
//!    elsewhere (a client's, a contractor's);
//! 3. confirming another's report is `agree`, confirming one's own act is
//!    `assert`; a speaker's claim of its own deed ("said it had stolen",
//!    "we hacked") is `assert`;
//! 4. blame: a deed done ("hacked", "stole", "misled"), condemnation
//!    ("reckless", "unacceptable"), or a wrongdoing noun tied to a
//!    perpetrator (attacks *from* X, X *is behind*);
//! 5. agreement and praise, then plans and requests anywhere.
//!
//! Uncertainty ("hard to say", "unclear whether") keeps blame an assertion.

use crate::lexicon::VerbClass;
use crate::model::Polarity;
use crate::stance_words::*;

/// The placeholder [`classify`] expects where the content names an entity
/// (a country, a demonym, an organisation, a person).
pub const ENTITY: &str = "@e";

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
}

/// Is wrongdoing tied to a perpetrator? Attacks *from* X, *by* X, X *is
/// behind*, a *front for* X, X's *military* or *state*, X *steals*, *regard* X
/// *as* a threat: each cue must stand next to a named entity (or a pronoun
/// for the thief), so "fuelled by mutual accusations" is no accusation.
fn agent_cue<S: AsRef<str>>(w: &[S]) -> bool {
    let ent_within = |from: usize, to: usize| w[from.min(w.len())..to.min(w.len())].iter().any(|x| x.as_ref() == ENTITY);
    w.iter().enumerate().any(|(i, x)| match x.as_ref() {
        "from" | "by" | "behind" | "targeting" | "against" => ent_within(i + 1, i + 4),
        "military" | "army" | "unit" | "state" | "hackers" | "spies" | "agents" | "intelligence" | "sponsored" | "backed" | "linked" => {
            ent_within(i.saturating_sub(3), i)
        }
        "front" => w.get(i + 1).is_some_and(|n| n.as_ref() == "for"),
        "originate" | "originated" | "originating" => true,
        "steals" | "stealing" | "stole" | "spied" => {
            ent_within(i.saturating_sub(3), i) || w[i.saturating_sub(3)..i].iter().any(|p| matches!(p.as_ref(), "it" | "they" | "who"))
        }
        "regard" | "regards" | "regarded" => ent_within(i + 1, i + 3) && w[i + 1..(i + 4).min(w.len())].iter().any(|a| a.as_ref() == "as"),
        _ => false,
    })
}

const AGREEMENT: &[&[&str]] = &[
    &["agreed"], &["agree"], &["agrees"], &["join", "forces"], &["joint", "efforts"], &["willing", "to"],
    &["mutual", "trust"], &["work", "together"], &["co-operate"], &["cooperate"], &["pledged"],
    &["common", "ground"], &["consensus"], &["committed", "to"],
];

/// Uncertainty: the speaker blames no one.
const HEDGES: &[&[&str]] = &[&["hard", "to", "say"], &["not", "expect"], &["pretending"]];

/// "Nothing to do with": a speaker disowning the deed.
const DISAVOWALS: &[&[&str]] = &[&["nothing", "to", "do", "with"], &["unrelated", "to"]];

/// Declining to comment.
const NO_COMMENT: &[&[&str]] = &[
    &["declined", "to", "comment"], &["refused", "to", "comment"], &["no", "comment"], &["unable", "to", "comment"],
    &["not", "comment"],
];

fn has_seq<S: AsRef<str>>(words: &[S], seq: &[&str]) -> bool {
    words.windows(seq.len()).any(|w| w.iter().zip(seq).all(|(a, b)| a.as_ref() == *b))
}

/// Classify a claim from its reporting verb class and the lowercased words
/// of what is reported (the content after the verb, or the quotation).
pub fn classify<S: AsRef<str>>(verb: Option<VerbClass>, content: &[S]) -> Polarity {
    classify_in(Frame { verb, ..Frame::default() }, content)
}

/// The words of a claim with the cues of each: what [`classify_in`] reads.
struct Read<'c, S> {
    words: &'c [S],
    cues: Vec<Cues>,
    /// Where the reported content starts: after the reporting verb when the
    /// content opens with it ("said that …").
    body: usize,
    phrases: bool,
}

impl<S: AsRef<str>> Read<'_, S> {
    fn any(&self, c: Cues) -> bool {
        self.cues.iter().any(|&x| x & c != 0)
    }
    fn first(&self, c: Cues) -> Option<usize> {
        self.cues.iter().position(|&x| x & c != 0)
    }
    fn said(&self, list: &[&[&str]]) -> bool {
        self.phrases && list.iter().any(|p| has_seq(self.words, p))
    }
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.as_ref())
    }
    /// Is word `i` under a negation a few words before it ("did not pay a
    /// ransom", "no evidence", "wasn't affected")? "Not only" negates nothing.
    fn negated(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|k| self.cues[k] & NEG != 0 && self.word(k + 1) != "only")
    }
    /// A plan, request or instruction at the head of the content, before any
    /// blame or denial: "plans to notify", "we recommend you", "Use a …".
    fn leads_with_request(&self, quoted: bool) -> bool {
        if quoted && self.cues.first().is_some_and(|&c| c & IMPERATIVE != 0) && self.cues.get(1).is_some_and(|&c| c & (DEED | PASSIVE_AUX) == 0) {
            return true;
        }
        let stance = DEED | BLAME | DENIAL | NEG;
        let end = (self.body + 10).min(self.cues.len());
        for i in self.body..end {
            let c = self.cues[i];
            if self.plans(i) {
                return true;
            }
            if c & stance != 0 {
                return false;
            }
        }
        false
    }
    /// Is word `i` a plan or a request: "plans to", "intends to", "should",
    /// "we recommend", or "will" after the speaker or a pronoun (an
    /// intention; "the forum will help" is a forecast)?
    fn plans(&self, i: usize) -> bool {
        let c = self.cues[i];
        c & OUGHT != 0
            || (c & INTENT != 0 && self.word(i + 1) == "to")
            || (c & WILL != 0 && i > 0 && self.cues[i - 1] & (FIRST_PERSON | PRONOUN) != 0)
    }
    /// A denial of what is alleged (see the module header, step 2).
    fn denies(&self) -> bool {
        let rejects = self.any(DENIAL) && self.any(ALLEGED | DEED | DEED_NOUN | BLAME) && !self.words.iter().any(|w| w.as_ref() == "victim");
        let negated_harm = self.cues.iter().enumerate().any(|(i, &c)| c & (HARM | DEED | BLAME | BELIEVE | ALLEGED) != 0 && self.negated(i));
        rejects || negated_harm || self.plays_down() || self.puts_elsewhere() || self.said(DISAVOWALS)
    }
    /// "only a small number", "a limited amount", "a handful of".
    fn plays_down(&self) -> bool {
        self.cues.iter().enumerate().any(|(i, &c)| {
            c & SMALL != 0 || (self.word(i) == "only" && (i + 1..(i + 3).min(self.cues.len())).any(|k| self.cues[k] & QUANTITY != 0) && !self.negated(i))
        })
    }
    /// The data or the incident was someone else's: a client's, a vendor's.
    fn puts_elsewhere(&self) -> bool {
        self.any(ELSEWHERE) && (self.any(DEED | DEED_NOUN) || self.words.iter().any(|w| w.as_ref() == "data"))
    }
    /// The speaker is the subject of a deed: "said it had stolen", "we
    /// hacked" (not "it was hacked").
    fn own_deed(&self, quoted: bool) -> bool {
        let subject = if quoted {
            self.first(FIRST_PERSON)
        } else {
            (self.body..(self.body + 2).min(self.cues.len())).find(|&i| self.cues[i] & (PRONOUN | FIRST_PERSON) != 0)
        };
        let Some(s) = subject else { return false };
        (s + 1..(s + 4).min(self.cues.len())).take_while(|&i| self.cues[i] & PASSIVE_AUX == 0).any(|i| self.cues[i] & DEED != 0)
    }
    /// Blame: a deed or condemnation not negated, or a wrongdoing noun tied
    /// to a perpetrator.
    fn blames(&self) -> bool {
        let said = self.cues.iter().enumerate().any(|(i, &c)| c & (DEED | BLAME) != 0 && !self.negated(i));
        (said || (self.any(DEED_NOUN) && agent_cue(self.words))) && !self.said(HEDGES) && !self.any(UNSURE)
    }
    /// Confirming a report ("confirmed that hackers …", "we can confirm",
    /// "is aware of"): where the confirmation stands, if it does.
    fn confirms(&self, head: Cues) -> Option<usize> {
        if head & CONFIRM != 0 {
            return Some(self.body.saturating_sub(1));
        }
        self.first(CONFIRM).filter(|&i| i < self.body + 5)
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
    let opens_with_verb = frame.verb_word.map_or(!frame.quoted && crate::lexicon::reporting_verb(first).is_some(), |v| v == first);
    let head = frame.verb_word.map(cues).unwrap_or(0) | if opens_with_verb { marks[0] } else { 0 };
    let phrases = marks.iter().any(|&c| c & OPENS_PHRASE != 0);
    let r = Read { words: content, cues: marks, body: usize::from(opens_with_verb), phrases };
    match frame.verb {
        Some(VerbClass::Deny) => return Polarity::Deny,
        Some(VerbClass::Accuse) => return Polarity::Accuse,
        Some(VerbClass::Decline) => return if r.any(CONFIRM) && !r.said(NO_COMMENT) { Polarity::Deny } else { Polarity::Other },
        Some(VerbClass::Request) => return if r.any(DEED | DEED_NOUN | BLAME) { Polarity::Accuse } else { Polarity::Other },
        _ => {}
    }
    if head & CRITICISE != 0 {
        return Polarity::Accuse;
    }
    if head & PRAISE != 0 {
        return Polarity::Agree;
    }
    let accord = r.said(AGREEMENT);
    if !accord && r.leads_with_request(frame.quoted) {
        return Polarity::Other;
    }
    if r.denies() {
        return Polarity::Deny;
    }
    if let Some(at) = r.confirms(head) {
        let own = (at + 1..(at + 3).min(r.cues.len())).find(|&i| r.word(i) != "that").is_some_and(|i| r.cues[i] & (PRONOUN | FIRST_PERSON) != 0);
        return if own { Polarity::Assert } else { Polarity::Agree };
    }
    if r.own_deed(frame.quoted) {
        return Polarity::Assert;
    }
    if r.blames() {
        return Polarity::Accuse;
    }
    if accord || r.any(PRAISE) {
        return Polarity::Agree;
    }
    if (0..r.cues.len()).any(|i| r.plans(i)) || r.said(NO_COMMENT) {
        return Polarity::Other;
    }
    Polarity::Assert
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

    /// Words of `s`, with capitalised words standing for entities.
    fn p(verb: Option<VerbClass>, s: &str) -> Polarity {
        let w: Vec<String> = s
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .map(|w| if w.starts_with(char::is_uppercase) { ENTITY.to_string() } else { w.to_lowercase() })
            .collect();
        classify(verb, &w)
    }

    #[test]
    fn verbs_decide_first() {
        assert_eq!(p(Some(VerbClass::Deny), "any involvement in the breach"), Polarity::Deny);
        assert_eq!(p(Some(VerbClass::Accuse), "Moscow of meddling"), Polarity::Accuse);
        assert_eq!(p(Some(VerbClass::Request), "for more openness on trade"), Polarity::Other);
        assert_eq!(p(Some(VerbClass::Request), "an end to the spying on its embassy"), Polarity::Accuse);
        assert_eq!(p(Some(VerbClass::Decline), "to comment"), Polarity::Other);
    }

    #[test]
    fn accusations_need_wrongdoing_and_an_agent() {
        let say = Some(VerbClass::Say);
        assert_eq!(p(say, "the intrusions originated from servers in Iran"), Polarity::Accuse);
        assert_eq!(p(say, "a unit of the Russian military is behind the attacks"), Polarity::Accuse);
        assert_eq!(p(say, "the firm is a front for Chinese state hackers"), Polarity::Accuse);
        assert_eq!(p(say, "the country must do more to protect itself against cyber attacks"), Polarity::Assert);
        assert_eq!(p(say, "it is hard to say whether the attacks came from abroad"), Polarity::Assert);
        assert_eq!(p(say, "tension fuelled by mutual accusations of hacking and espionage"), Polarity::Assert);
        assert_eq!(p(say, "operations could be misread as aggression"), Polarity::Assert);
        assert_eq!(p(say, "the agency regards Iran as a capable threat actor"), Polarity::Accuse);
        assert_eq!(p(say, "it steals secrets from companies"), Polarity::Accuse);
    }

    #[test]
    fn denials_agreement_and_requests() {
        let say = Some(VerbClass::Say);
        assert_eq!(p(say, "the government opposes hacking in all forms"), Polarity::Deny);
        assert_eq!(p(say, "the allegations were groundless"), Polarity::Deny);
        assert_eq!(p(say, "we reject these accusations"), Polarity::Deny);
        assert_eq!(p(say, "Russia had nothing to do with it"), Polarity::Deny);
        assert_eq!(p(say, "that the accusations were absurd"), Polarity::Deny);
        assert_eq!(p(say, "it was itself the victim of attacks from Israel"), Polarity::Accuse);
        assert_eq!(p(say, "both sides agreed to meet again"), Polarity::Agree);
        assert_eq!(p(say, "the two nations will join forces on standards"), Polarity::Agree);
        assert_eq!(p(say, "both sides should stop the war of words"), Polarity::Other);
        assert_eq!(p(say, "the economy grew by two per cent"), Polarity::Assert);
    }
}
