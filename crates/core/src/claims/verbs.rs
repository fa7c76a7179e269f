//! The reporting verbs of a sentence: the lexicon's lemmas in their frames
//! ("pointed out", "described … as"), "according to", nominal reports
//! ("US complaints that …") and "quoted … as saying"; noun readings,
//! purpose infinitives and agentless passives left out.

use crate::lexicon::*;
use crate::lexicon::verbs::Complement;
use super::sentence::Sent;
use super::speaker::{is_preposition, PRONOUNS};

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
        // The phrases that open on one word, told apart in one match.
        let phrase = match lw {
            "according" => (i + 1 < n && s.lw(i + 1) == "to").then(|| Verb { at: i, end: i + 1, class: Some(VerbClass::Say), kind: VerbKind::AccordingTo }),
            "unclear" | "clear" => unclear_to(s, i),
            "called" | "calls" | "calling" | "call" => called_it(s, i),
            "from" => from_statement(s, i),
            _ => None,
        };
        if let Some(v) = phrase {
            out.push(v);
            continue;
        }
        if i > 0 && s.mention[i - 1].is_some() && i + 1 < n && s.lw(i + 1) == "that" && REPORTING_NOUNS.contains(&lw) {
            out.push(Verb { at: i, end: i, class: Some(VerbClass::Say), kind: VerbKind::Nominal });
            continue;
        }
        // A verb is lowercase and not part of a name ("the United States").
        if s.mention[i].is_some() || (i > 0 && s.w(i).starts_with(char::is_uppercase)) {
            continue;
        }
        let Some(lemma) = reporting_lemma(lw) else { continue };
        let class = lemma.class;
        // The base form ("say", "deny"), not an inflection.
        let base = lemma.lemma == lw;
        let prev = if i > 0 { s.lw(i - 1) } else { "" };
        // "Holt's claims", "the firm's denials": a possessive owns a noun.
        let possessed = matches!(prev, "'s" | "’s" | "'" | "’") && lw.ends_with('s');
        // "some noted that …", "many said": a quantifier standing as the subject.
        let next = if i + 1 < n { s.lw(i + 1) } else { "" };
        let quantified = matches!(prev, "some" | "many" | "several" | "multiple" | "numerous") && !base && !lw.ends_with('s') && matches!(next, "that" | ":" | ",");
        if DETERMINERS.contains(&prev) || NOUN_MARKERS.contains(&prev) && !quantified || possessed || prev == "to" && !base {
            continue; // a noun ("the reports"), or an infinitive of purpose
        }
        if plural_noun(s, i) {
            continue; // "secret questions or PINs", "analysis reports, prices"
        }
        if modifies_noun(s, i) || gloss(s, i) || embedded_question(s, i) || withheld(s, i) {
            continue;
        }
        // "most promising", "highly respected": an adjective.
        if matches!(prev, "most" | "more" | "less" | "least" | "very" | "so" | "too" | "highly" | "widely" | "well") && (lw.ends_with("ing") || lw.ends_with("ed")) && i >= 2 && !s.aux(i - 2) {
            continue;
        }
        if writer_first_person(s, i) || as_if(s, i) || conditional(s, i) {
            continue;
        }
        if describing_participle(s, i) || (lemma.lemma == "read" && !reads_a_text(s, i)) {
            continue;
        }
        // "refused to say", "to deny", "led him to proclaim": still a report.
        let reports_anyway = || {
            let catenative = i >= 2 && matches!(s.lw(i - 2), "refused" | "declined" | "refuses" | "declines" | "continued" | "continues" | "went" | "wants" | "wanted" | "had" | "has" | "seems" | "seemed" | "appears" | "appeared" | "tried" | "sought" | "moved" | "decided" | "attempted");
            catenative || matches!(lw, "say" | "agree" | "deny" | "claim") || caused(s, i - 1)
        };
        if prev == "to" && i > 0 && !reports_anyway() {
            continue; // "to protect", "to push": purpose, not report
        }
        if base && !(i > 0 && (is_auxiliary(prev) || s.mention[i - 1].is_some() || PRONOUNS.contains(&prev) || prev == "i" || prev == "you" || prev == "to" || is_plural_noun(prev))) {
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
                // "…, researchers noted." (a speech verb closing the
                // sentence has its complement before it) and "“…,” Holt
                // added." (the quotation before is the complement).
                let ends_sentence = (i + 1..n).all(|k| !s.toks[k].word);
                let closing = ends_sentence && (words.contains(&",") || (0..i).any(|k| s.is_quote_mark(k)));
                if !closing && !reach.into_iter().any(|k| words.contains(&s.lw(k)) || words.contains(&s.w(k))) {
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
        let be_before = |mut k: usize| {
            let mut be = false;
            while k > 0 && s.toks[k - 1].word && s.aux(k - 1) {
                k -= 1;
                be |= matches!(s.lw(k), "is" | "are" | "was" | "were" | "been" | "be");
            }
            be
        };
        // "was arrested and charged": the passive runs on past "and".
        let joined_passive = i >= 3 && s.lw(i - 1) == "and" && s.lw(i - 2).ends_with("ed") && be_before(i - 2);
        let be = (be_before(i) || joined_passive) && !lw.ends_with("ing");
        if be && !agent && !matches!(lw, "quoted" | "told") {
            continue; // no agent: a hedge at most (see `hedge`)
        }
        if be && lw == "asked" && agent {
            continue; // "X was asked by a reporter …": a question put, no claim
        }
        if matches!(lw, "saying" | "telling") && i > 0 && (s.lw(i - 1) == "as" || s.mention[i - 1].is_some()) {
            continue; // part of "quoted … as saying" / "quoted X telling"
        }
        out.push(Verb { at: i, end, class: Some(class), kind: VerbKind::Plain });
    }
    out
}

/// Is the "-s" form at `i` a plural noun rather than a verb? A verb in the
/// third person takes a complement; a plural noun is followed by "by",
/// "of", "or", "and", or stands in a list between commas ("…, analysis
/// reports, unit prices"). "says" is always the verb.
fn plural_noun(s: &Sent, i: usize) -> bool {
    let lw = s.lw(i);
    if !lw.ends_with('s') || lw.ends_with("ss") || lw == "says" || i == 0 {
        return false;
    }
    if let Some(m) = s.mention[i - 1] {
        // "a round of Valdorian sanctions": a name inside a phrase after
        // "of" modifies the noun; it is no subject.
        let before = (0..i - 1).rev().find(|&k| s.mention[k] != Some(m));
        return before.is_some_and(|k| s.lw(k) == "of");
    }
    if PRONOUNS.contains(&s.lw(i - 1)) {
        return false;
    }
    // "according to local news reports": the phrase names a source.
    let according = (i.saturating_sub(5)..i).rev().take_while(|&k| s.w(k) != ",").any(|k| s.lw(k) == "according" && s.lw(k + 1) == "to");
    if according {
        return true;
    }
    // Forms that are nouns unless a name or pronoun is their subject:
    // "to evade sanctions", "the fines", "appeals".
    if matches!(lw, "sanctions" | "fines" | "files" | "protests" | "appeals" | "questions" | "pledges" | "vows") {
        return true;
    }
    // An "-s" form after a preposition, a participle or a compound
    // modifier is the head of a noun phrase: "following protests",
    // "imposing sanctions", "third-party requests". A gerund after a
    // determiner is itself a noun and may be the subject ("the filing
    // states").
    let prev = s.lw(i - 1);
    let gerund_object = prev.len() > 4 && prev.ends_with("ing") && !(i >= 2 && DETERMINERS.contains(&s.lw(i - 2)));
    // The object of an infinitive: "to address reports", "to counter
    // claims" ("to" and a noun come before an "-s" form only as "according
    // to news reports", read above).
    let infinitive_object = i >= 2 && s.lw(i - 2) == "to" && s.toks[i - 1].word && s.w(i - 1).starts_with(char::is_lowercase);
    let joined = |k: usize| s.toks[k].end == s.toks[k + 1].start;
    let compound = i >= 3 && s.w(i - 2) == "-" && joined(i - 3) && joined(i - 2) && s.w(i - 3).starts_with(char::is_lowercase);
    // After a verb in the past: "raised fears", "faced sanctions".
    let past_object = prev.len() > 4 && prev.ends_with("ed") && s.toks[i - 1].word;
    // "heads of states", "among claims": the object of a preposition.
    let object_of = matches!(prev, "of" | "among" | "between" | "against" | "without" | "than");
    if gerund_object || infinitive_object || compound || past_object || object_of || is_preposition(prev) {
        return true;
    }
    let next = if i + 1 < s.toks.len() { s.lw(i + 1) } else { "" };
    let listed = next == "," && i >= 2 && s.w(i - 2) == ",";
    matches!(next, "by" | "of" | "or" | "and") || listed
}

/// Is the gerund at `i` a participle describing the noun before it ("a
/// form asking for card details", "posts encouraging attacks") rather
/// than a report? A reporting participle follows a comma, a name, a
/// pronoun or a preposition ("…, saying", "by denying").
fn modifies_noun(s: &Sent, i: usize) -> bool {
    if !s.lw(i).ends_with("ing") || i == 0 || !s.toks[i - 1].word || s.mention[i - 1].is_some() {
        return false;
    }
    let prev = s.lw(i - 1);
    // "a statement denying …", "a banner over the offices calling on …":
    // a document reports.
    // So do records that say something ("reports suggesting that …"),
    // unlike "posts encouraging attacks".
    let that = i + 1 < s.toks.len() && s.lw(i + 1) == "that";
    let reports = |k: usize| is_document_noun(s.lw(k)) || matches!(s.lw(k), "snapshot" | "screenshot" | "banner" | "disclaimer" | "video" | "thread" | "blog") || that && is_record_noun(s.lw(k));
    // Back over the noun phrase only: a verb ("had", "is") ends it.
    let phrase = (i.saturating_sub(6)..i).rev().take_while(|&k| !s.aux(k));
    if phrase.into_iter().any(reports) {
        return false;
    }
    let noun_like = !s.aux(i - 1) && !PRONOUNS.contains(&prev) && !prev.ends_with("ly") && !prev.ends_with("ing");
    noun_like && !matches!(prev, "many" | "some" | "others" | "several" | "most" | "few" | "both" | "all" | "by" | "while" | "after" | "before" | "without" | "when" | "in" | "for" | "of" | "on" | "from" | "also" | "then" | "and" | "or" | "but" | "not" | "publicly" | "even" | "repeatedly" | "still" | "against" | "as" | "since" | "through" | "with")
}

/// The writer's gloss on a quote: "He's talking about encryption",
/// "they are referring to the breach".
fn gloss(s: &Sent, i: usize) -> bool {
    matches!(s.lw(i), "talking" | "referring") && i > 0 && matches!(s.lw(i - 1), "he's" | "he’s" | "she's" | "she’s" | "they're" | "they’re" | "’s" | "'s" | "’re" | "'re" | "is" | "are" | "was" | "were")
}

/// A verb inside an embedded question ("will look at whether officials
/// asked for …") reports nothing: it is what is asked about.
fn embedded_question(s: &Sent, i: usize) -> bool {
    (i.saturating_sub(8)..i).rev().take_while(|&k| !matches!(s.w(k), "," | ";" | ":")).any(|k| matches!(s.lw(k), "whether"))
}

/// "From Telvana's statement on Monday: “…”": a quotation introduced by
/// where it comes from. The verb is the word after the name (`at - 1` is
/// the name, as for a nominal report) and runs to the colon.
fn from_statement(s: &Sent, i: usize) -> Option<Verb> {
    let n = s.toks.len();
    if (0..i).any(|k| s.toks[k].word) || s.lw(i) != "from" {
        return None;
    }
    let m = s.mention.get(i + 1).copied().flatten()?;
    let after = (i + 1..n).find(|&k| s.mention[k] != Some(m))?;
    let colon = (after..(after + 8).min(n)).find(|&k| s.w(k) == ":")?;
    let document = (after..colon).any(|k| is_document_noun(s.lw(k)));
    (document && (colon + 1..n).any(|k| s.in_quote[k])).then(|| Verb { at: after, end: colon - 1, class: Some(VerbClass::Say), kind: VerbKind::Nominal })
}

/// "The researcher did not disclose the endpoint": a reporting verb
/// negated over a thing withheld is a non-response, not a claim.
fn withheld(s: &Sent, i: usize) -> bool {
    let negated = (i.saturating_sub(2)..i).any(|k| matches!(s.lw(k), "not" | "never") || s.lw(k).ends_with("n't") || s.lw(k).ends_with("n’t"));
    negated && matches!(s.lw(i), "disclose" | "reveal" | "specify" | "name" | "identify" | "elaborate" | "comment" | "commented") && i + 1 < s.toks.len() && s.lw(i + 1) != "that"
}

/// Is the participle at `i` describing a noun rather than reporting?
/// English puts a participle that describes right after its noun or at
/// the head of the sentence, with no auxiliary: "rebels linked to the
/// Front", "an elder, called on by villages", "Dubbed “the Clerk”, she
/// rose", and before a noun after a preposition ("with added costs").
fn describing_participle(s: &Sent, i: usize) -> bool {
    let lw = s.lw(i);
    if !lw.ends_with("ed") {
        return false;
    }
    let n = s.toks.len();
    let prev = if i > 0 { s.lw(i - 1) } else { "" };
    // A clause split off a sentence ("…and threatened to leak it") opens
    // in lower case; a sentence opens capitalised.
    let first = (0..n).find(|&k| s.toks[k].word) == Some(i) && s.w(i).starts_with(char::is_uppercase);
    // "Added Holt, “…”": an inverted speaker, not an opening participle.
    if first {
        return !s.mention.get(i + 1).is_some_and(|m| m.is_some());
    }
    if i > 0 && s.toks[i - 1].word && is_preposition(prev) && !matches!(prev, "as" | "by") {
        return true;
    }
    // The words after the participle phrase ("called on", "linked").
    let mut end = i + 1;
    while end < n && s.toks[end].word && matches!(s.lw(end), "on" | "upon" | "out" | "in") {
        end += 1;
    }
    let after = if end < n { s.lw(end) } else { "" };
    let no_aux = i > 0 && !s.aux(i - 1) && s.mention[i - 1].is_none() && !PRONOUNS.contains(&prev) && !matches!(prev, "who" | "which" | "that" | "and" | "or" | "i" | "you");
    // "said by email": the means of a speech, not an agent.
    let agent = after == "by" && !(end + 1 < n && matches!(s.lw(end + 1), "email" | "e-mail" | "phone" | "telephone" | "text" | "letter" | "video" | "videolink" | "statement" | "message" | "mail"));
    let linked = after == "to" && matches!(lw, "linked" | "tied" | "connected" | "attributed" | "credited" | "traced");
    no_aux && (agent || linked)
}

/// "reads" reports a text quoted beside it ("The sign reads: “…”", "“…,”
/// reads one"); "a contract no one reads" reports nothing.
fn reads_a_text(s: &Sent, i: usize) -> bool {
    let n = s.toks.len();
    let quote_or_colon = |k: usize| k < n && (s.w(k) == ":" || s.is_quote_mark(k));
    // "the tweet reads as: …"
    let i = if i + 1 < n && s.lw(i + 1) == "as" { i + 1 } else { i };
    quote_or_colon(i + 1) || (i + 1 < n && s.w(i + 1) == "," && quote_or_colon(i + 2)) || (i.saturating_sub(3)..i).any(|k| s.is_quote_mark(k))
}

/// "I believe …", "something I would never say": the writer speaking in
/// the first person is the writer's own voice, not a report.
fn writer_first_person(s: &Sent, i: usize) -> bool {
    let subject = (i.saturating_sub(4)..i).rev().find(|&k| !(s.aux(k) || matches!(s.lw(k), "never" | "not" | "also" | "still" | "do" | "did") || s.lw(k).ends_with("ly")));
    subject.is_some_and(|k| !s.in_quote[k] && matches!(s.lw(k), "i" | "i'd" | "i’d" | "i've" | "i’ve" | "i'm" | "i’m"))
}

/// "as if to say …": what a face or gesture seemed to say, no report.
fn as_if(s: &Sent, i: usize) -> bool {
    i >= 3 && s.lw(i - 1) == "to" && s.lw(i - 2) == "if" && s.lw(i - 3) == "as"
}

/// "even if the contact hasn't agreed to it": a verb in a clause opened
/// by "if" or "unless" is a condition, not a report. Only the clause's
/// own verb, close to the "if", is: "if X were not doing Y given the
/// goals they claim" still introduces what they claim.
fn conditional(s: &Sent, i: usize) -> bool {
    (i.saturating_sub(6)..i).rev().take_while(|&k| !matches!(s.w(k), "," | ";" | ":") && !s.in_quote[k]).any(|k| matches!(s.lw(k), "if" | "unless"))
}

/// "That led the host to proclaim …": an infinitive after a causative
/// verb and its object (the "to" at `to`) reports what the object said.
fn caused(s: &Sent, to: usize) -> bool {
    (to.saturating_sub(6)..to.saturating_sub(1)).rev().take_while(|&k| !matches!(s.w(k), "," | ";" | ":")).any(|k| matches!(s.lw(k), "led" | "leads" | "prompted" | "prompts" | "caused" | "forced" | "spurred" | "drove" | "compelled" | "inspired"))
}

/// "It is not clear to Holt how the firm was harmed": doubt put down to a
/// named party is that party's rejection of the claim, the speaker named
/// after the phrase (as after "quoted"). The phrase runs from "not" (or
/// "unclear") to "to".
/// "called the suit meritless", "calls the claims a fabrication",
/// "called the attack reckless": a verdict on what another said or did,
/// a denial or an accusation by its word.
fn called_it(s: &Sent, i: usize) -> Option<Verb> {
    if !matches!(s.lw(i), "called" | "calls" | "calling" | "call") {
        return None;
    }
    let n = s.toks.len();
    // "a group called Lazarus": a name given, no verdict.
    let naming = s.lw(i) == "called" && i > 0 && i + 1 < n && s.mention[i + 1].is_some() && s.toks[i - 1].word && s.w(i - 1).starts_with(char::is_lowercase) && !PRONOUNS.contains(&s.lw(i - 1)) && !s.aux(i - 1);
    if naming {
        return None;
    }
    let object = i + 1 < n && (DETERMINERS.contains(&s.lw(i + 1)) || s.mention[i + 1].is_some() || PRONOUNS.contains(&s.lw(i + 1)));
    // "…, allegations the company called "categorically false"": the
    // object is the answer noun the clause hangs on, and the verdict,
    // quoted or not, comes right after the verb.
    let answer_before = (i.saturating_sub(4)..i).any(|k| {
        let w = s.lw(k);
        is_answer_noun(w) || w.strip_suffix('s').is_some_and(is_answer_noun)
    });
    let (from, reach, quoted) = match (object, answer_before) {
        (true, _) => (i + 2, 6, false),
        (false, true) => (i + 1, 4, true),
        _ => return None,
    };
    // The verdict follows its object within the clause, before any other
    // verb or clause opens ("called the police, who said it was illegal").
    let verdict = (from..(from + reach).min(n)).take_while(|&k| (quoted || !s.in_quote[k]) && !matches!(s.w(k), "," | ";" | "." | ":") && !matches!(s.lw(k), "that" | "who" | "which" | "and" | "to" | "after" | "when" | "because") && reporting_lemma(s.lw(k)).is_none()).find_map(|k| {
        if matches!(s.lw(k), "baseless" | "false" | "meritless" | "untrue" | "unfounded" | "frivolous" | "groundless" | "absurd" | "ridiculous" | "nonsense" | "fabrication" | "lie" | "lies" | "misleading" | "inaccurate" | "defamatory" | "bogus" | "fiction") {
            Some(VerbClass::Deny)
        } else if matches!(s.lw(k), "reckless" | "irresponsible" | "unacceptable" | "illegal" | "unlawful" | "outrageous" | "disgraceful" | "dangerous" | "shameful") {
            Some(VerbClass::Accuse)
        } else {
            None
        }
    })?;
    Some(Verb { at: i, end: i, class: Some(verdict), kind: VerbKind::Plain })
}

fn unclear_to(s: &Sent, i: usize) -> Option<Verb> {
    let n = s.toks.len();
    let at = match s.lw(i) {
        "unclear" => i,
        "clear" if i > 0 && s.lw(i - 1) == "not" => i - 1,
        _ => return None,
    };
    let named = i + 2 < n && s.lw(i + 1) == "to" && s.mention[i + 2].is_some();
    named.then(|| Verb { at, end: i + 1, class: Some(VerbClass::Deny), kind: VerbKind::Quoted })
}
