//! Polarity of a claim: does it accuse someone, deny an accusation, report
//! agreement, make a request, or assert something else? Read from the
//! reporting verb first ("denied", "accused", "called on") and then from the
//! reported content: an accusation needs both a wrongdoing word (hacking,
//! espionage, theft) and an agent cue (attacks *from* X, X *is behind*, a
//! *front for* X, X's *military*), and hedges ("hard to say", "did not
//! expect") keep a statement an assertion.

use crate::lexicon::VerbClass;
use crate::model::Polarity;

const WRONGDOING: &[&str] = &[
    "hack", "hacks", "hacked", "hacking", "hacker", "hackers", "attack", "attacks", "attacked",
    "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks", "espionage", "spying", "spy",
    "spies", "spied", "steal", "steals", "stealing", "stole", "stolen", "theft", "intrusion",
    "intrusions", "breach", "breached", "infiltrate", "infiltrated", "surveillance", "sabotage",
    "ops", "operations", "campaign", "threat", "actor", "malware", "ransomware", "interference",
];

/// The placeholder [`classify`] expects where the content names an entity
/// (a country, a demonym, an organisation, a person).
pub const ENTITY: &str = "@e";

/// Is wrongdoing tied to a perpetrator? Attacks *from* X, *by* X, X *is
/// behind*, a *front for* X, X's *military* or *state*, X *steals*, *regard* X
/// *as* a threat: each cue must stand next to a named entity (or a pronoun
/// for the thief), so "fuelled by mutual accusations" is no accusation.
fn agent_cue<S: AsRef<str>>(w: &[S]) -> bool {
    let ent_within = |from: usize, to: usize| w[from.min(w.len())..to.min(w.len())].iter().any(|x| x.as_ref() == ENTITY);
    w.iter().enumerate().any(|(i, x)| match x.as_ref() {
        "from" | "by" | "behind" | "targeting" | "against" => ent_within(i + 1, i + 4),
        "military" | "army" | "unit" | "state" | "hackers" | "spies" | "agents" | "intelligence" | "sponsored" | "backed" => {
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

const DENIAL: &[&str] = &[
    "opposes", "oppose", "opposed", "groundless", "baseless", "unfounded", "fabricated",
    "fabrication", "smear", "slander", "irresponsible", "rejects", "rejected", "denies", "denied",
    "nonsense", "false", "untrue", "never", "reject", "deny", "dismiss", "dismissed", "refute",
    "smearing", "slanderous", "absurd", "ridiculous", "preposterous", "unfounded", "lies",
];

const AGREEMENT: &[&[&str]] = &[
    &["agreed"], &["agree"], &["agrees"], &["join", "forces"], &["joint", "efforts"], &["willing", "to"],
    &["mutual", "trust"], &["work", "together"], &["co-operate"], &["cooperate"], &["pledged"],
    &["common", "ground"], &["consensus"],
];

const HEDGES: &[&[&str]] = &[
    &["hard", "to", "say"], &["not", "expect"], &["pretending"], &["unclear"], &["no", "evidence"],
    &["whether"],
];

const REQUEST_CUES: &[&str] = &["should", "must", "urged", "urge", "called", "calls", "need", "needs"];

/// "Nothing to do with", "not involved": a speaker disowning the deed.
const DISAVOWALS: &[&[&str]] = &[&["nothing", "to", "do", "with"], &["not", "involved"], &["no", "involvement"], &["no", "role"]];

/// Declining to comment.
const NO_COMMENT: &[&[&str]] = &[&["declined", "to", "comment"], &["refused", "to", "comment"], &["no", "comment"]];

const WRONG: u8 = 1;
const DENIES: u8 = 2;
const REQUESTS: u8 = 4;
/// The first word of a phrase above: content with none of them has none
/// of the phrases, and is not scanned for each.
const OPENS_PHRASE: u8 = 8;

/// The word lists above as one map, word → bits: a word is looked up once,
/// not compared with every entry of every list.
fn listed(w: &str) -> u8 {
    static WORDS: std::sync::OnceLock<crate::text::FastMap<&'static str, u8>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut m = crate::text::FastMap::default();
        for (list, bit) in [(WRONGDOING, WRONG), (DENIAL, DENIES), (REQUEST_CUES, REQUESTS)] {
            for w in list {
                *m.entry(*w).or_default() |= bit;
            }
        }
        for phrase in [HEDGES, AGREEMENT, DISAVOWALS, NO_COMMENT].into_iter().flatten() {
            *m.entry(phrase[0]).or_default() |= OPENS_PHRASE;
        }
        m
    });
    words.get(w).copied().unwrap_or(0)
}

fn has_seq<S: AsRef<str>>(words: &[S], seq: &[&str]) -> bool {
    words.windows(seq.len()).any(|w| w.iter().zip(seq).all(|(a, b)| a.as_ref() == *b))
}

/// Classify a claim from its reporting verb class and the lowercased words
/// of what is reported (the content after the verb, or the quotation).
pub fn classify<S: AsRef<str>>(verb: Option<VerbClass>, content: &[S]) -> Polarity {
    let has = |w: &str| content.iter().any(|c| c.as_ref() == w);
    let bits: Vec<u8> = content.iter().map(|w| listed(w.as_ref())).collect();
    let phrases = bits.iter().any(|&b| b & OPENS_PHRASE != 0);
    let said = |list: &[&[&str]]| phrases && list.iter().any(|p| has_seq(content, p));
    let hedged = said(HEDGES);
    let wrongdoing = bits.iter().filter(|&&b| b & WRONG != 0).count();
    let agent = agent_cue(content);
    let accusation = wrongdoing > 0 && agent && !hedged;
    match verb {
        Some(VerbClass::Deny) => return Polarity::Deny,
        Some(VerbClass::Accuse) => return Polarity::Accuse,
        Some(VerbClass::Decline) => return Polarity::Other,
        Some(VerbClass::Request) => {
            return if wrongdoing > 0 { Polarity::Accuse } else { Polarity::Other };
        }
        _ => {}
    }
    // "opposes hacking": a denial of the thing alleged.
    let denial = bits.iter().any(|&b| b & DENIES != 0)
        && (wrongdoing > 0 || ["allegations", "accusations", "claims", "charges", "accusation", "allegation", "reports"].iter().any(|w| has(w)));
    let disavowal = said(DISAVOWALS);
    if (denial || disavowal) && !has("victim") {
        return Polarity::Deny;
    }
    if accusation {
        return Polarity::Accuse;
    }
    if matches!(verb, Some(VerbClass::Agree)) || said(AGREEMENT) {
        return Polarity::Agree;
    }
    if bits.iter().take(8).any(|&b| b & REQUESTS != 0)
        && content.iter().any(|w| matches!(w.as_ref(), "stop" | "halt" | "end" | "cease" | "refrain" | "be"))
        && !has("is")
    {
        return Polarity::Other;
    }
    if said(NO_COMMENT) {
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
