//! The reporting verbs of a sentence: the lexicon's lemmas in their frames
//! ("pointed out", "described … as"), "according to", nominal reports
//! ("US complaints that …") and "quoted … as saying"; noun readings,
//! purpose infinitives and agentless passives left out.

use crate::lexicon::*;
use crate::lexicon::verbs::{is_base_form, Complement};
use super::sentence::Sent;
use super::speaker::PRONOUNS;

/// A reporting verb found in a sentence.
#[derive(Clone, Debug)]
pub(super) struct Verb {
    pub(super) at: usize,
    /// Last token of the verb phrase ("called on", "was quoted as saying").
    pub(super) end: usize,
    pub(super) class: Option<VerbClass>,
    pub(super) kind: VerbKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum VerbKind {
    Plain,
    AccordingTo,
    Nominal,
    Quoted,
}

pub(super) const DETERMINERS: &[&str] = &["the", "a", "an", "these", "those", "such", "its", "his", "her", "their", "our", "this", "that"];

/// Words before a noun, not a verb: "four claims", "no comment", "new reports".
pub(super) const NOUN_MARKERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "multiple", "numerous",
    "no", "any", "some", "new", "other", "similar", "earlier", "previous", "false", "fresh", "further", "recent",
];

pub(super) fn find_verbs(s: &Sent) -> Vec<Verb> {
    let mut out = Vec::new();
    let n = s.toks.len();
    for i in 0..n {
        if !s.toks[i].word || s.in_quote[i] {
            continue;
        }
        let lw = s.lw(i);
        if lw == "according" && i + 1 < n && s.lw(i + 1) == "to" {
            out.push(Verb { at: i, end: i + 1, class: Some(VerbClass::Say), kind: VerbKind::AccordingTo });
            continue;
        }
        if REPORTING_NOUNS.contains(&lw) && i > 0 && s.mention[i - 1].is_some() && i + 1 < n && s.lw(i + 1) == "that" {
            out.push(Verb { at: i, end: i, class: Some(VerbClass::Say), kind: VerbKind::Nominal });
            continue;
        }
        // A verb is lowercase and not part of a name ("the United States").
        if s.mention[i].is_some() || (i > 0 && s.w(i).starts_with(char::is_uppercase)) {
            continue;
        }
        let Some(lemma) = reporting_lemma(lw) else { continue };
        let class = lemma.class;
        let prev = if i > 0 { s.lw(i - 1) } else { "" };
        if DETERMINERS.contains(&prev) || NOUN_MARKERS.contains(&prev) || prev == "to" && !is_base_form(lw) {
            continue; // a noun ("the reports"), or an infinitive of purpose
        }
        if prev == "to" && !(i >= 2 && matches!(s.lw(i - 2), "refused" | "declined" | "refuses" | "declines" | "continued" | "continues" | "went" | "wants" | "wanted" | "had" | "has" | "seems" | "seemed" | "appears" | "appeared" | "tried" | "sought" | "moved" | "decided" | "attempted")) && !matches!(lw, "say" | "agree" | "deny" | "claim") {
            continue; // "to protect", "to push": purpose, not report
        }
        if is_base_form(lw) && !(i > 0 && (is_auxiliary(prev) || s.mention[i - 1].is_some() || PRONOUNS.contains(&prev) || prev == "i" || prev == "you" || prev == "to" || is_plural_noun(prev))) {
            continue; // bare forms report only after a subject or auxiliary
        }
        let mut end = i;
        match lemma.frame {
            Complement::Any => {}
            Complement::Particle(particles) => {
                // "called on", "pointed out", "declined to": the particle is
                // part of the verb.
                if i + 1 < n && particles.contains(&s.lw(i + 1)) {
                    end = i + 1;
                } else {
                    continue;
                }
            }
            Complement::Within(words) => {
                // "described it as …", "charged X with …", "found that …".
                let reach = (i + 1..(i + 9).min(n)).take_while(|&k| !matches!(s.w(k), "." | ";"));
                // "“…,” Holt added.": the quotation before is the complement.
                let closes_quote = (i + 1..n).all(|k| !s.toks[k].word) && (0..i).any(|k| s.is_quote_mark(k));
                if !closes_quote && !reach.into_iter().any(|k| words.contains(&s.lw(k)) || words.contains(&s.w(k))) {
                    continue;
                }
            }
        }
        // "refused to acknowledge the flaw": refusing to accept a claim is
        // rejecting it; "refused to comment" declines.
        let class = if class == VerbClass::Decline && end + 1 < n && matches!(s.lw(end + 1), "acknowledge" | "accept" | "recognise" | "recognize" | "confirm" | "admit" | "believe" | "concede") {
            end += 1;
            VerbClass::Deny
        } else {
            class
        };
        if lw == "quoted" {
            let as_saying = i + 2 < n && s.lw(i + 1) == "as" && reporting_verb(s.lw(i + 2)).is_some();
            if as_saying {
                out.push(Verb { at: i, end: i + 2, class: Some(VerbClass::Say), kind: VerbKind::Plain });
            } else {
                out.push(Verb { at: i, end: i, class: Some(VerbClass::Say), kind: VerbKind::Quoted });
            }
            continue;
        }
        // "is widely believed to be", "was said to": a passive with no agent
        // attributes nothing.
        let agent = i + 1 < n && s.lw(i + 1) == "by";
        let passive = {
            let mut k = i;
            let mut be = false;
            while k > 0 && s.toks[k - 1].word && is_auxiliary(s.w(k - 1)) {
                k -= 1;
                be |= matches!(s.lw(k), "is" | "are" | "was" | "were" | "been" | "be");
            }
            be
        } && !lw.ends_with("ing")
            && !agent
            && !matches!(lw, "quoted" | "told" | "asked");
        if passive {
            continue; // no agent: a hedge at most (see `hedge`)
        }
        if matches!(lw, "saying" | "telling") && i > 0 && (s.lw(i - 1) == "as" || s.mention[i - 1].is_some()) {
            continue; // part of "quoted … as saying" / "quoted X telling"
        }
        out.push(Verb { at: i, end, class: Some(class), kind: VerbKind::Plain });
    }
    out
}
