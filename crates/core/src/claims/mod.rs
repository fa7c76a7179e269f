//! Attributed claims: who said what, with which verb, in which sentence.
//!
//! One sentence (a quotation of several sentences counts as one) gives at
//! most one claim. Its attribution is found from the structure news uses:
//!
//! - quote first: `“…,” said X` / `“…,” X said` / `“…,” X, who …, was quoted as saying`;
//! - subject and verb: `X said (that) …`, `X has denied …`, `X told Y that …`,
//!   with adverbials, appositives and relative clauses skipped
//!   (`Michael Bell, founder of …, a …, described …`);
//! - inverted: `…, revealed X`, `…, said X`;
//! - nested: `Outlet reports that X said …` credits X;
//! - nominal: `US complaints that …`; `according to X`; `quoted X as saying`;
//! - a quotation paragraph with no attribution continues the previous speaker;
//! - a statement signed by a cite line or a closing dash ("… —Telvana") is
//!   the signer's; "From Telvana's statement: “…”" is Telvana's.
//!
//! A quotation of several sentences is one claim until it turns to a denial
//! or away from one; there it is cut (`polarity_runs`).
//!
//! Pronouns ("he", "it") resolve to the nearest fitting antecedent, and a
//! definite description ("the English-language daily") to the last entity
//! of that kind. Sentences with no attribution are the writer's narrative and
//! give no claim, except an explicit evaluation ("it would be naïve to …").
//!
//! The stages, one module each: `sentence` (a sentence as attribution
//! reads it), `clauses` (one sentence cut into two claims), `verbs`
//! (the reporting verbs in it), `attribution` (which verb attributes it),
//! `speaker` (who its subject names) with `history` (what pronouns and
//! descriptions resolve to), `blocks` (quotes under a lead-in) and
//! `narrative` (headings, the writer's own words, hedged reports).
//! `extract` runs them over an article in order.

mod attribution;
mod blocks;
mod clauses;
mod history;
mod narrative;
mod sentence;
mod speaker;
mod verbs;

use crate::entities::ArticleEntities;
use crate::lexicon::*;
use crate::model::{EntityKind, Polarity};
use crate::polarity;
use crate::tokens::{Sentence, Tokenised};
use blocks::{continues_block, signed_paragraphs, Block};
use clauses::{clauses, Join};
use history::{organisation, History};
use narrative::{hedge, not_reported, writer_evaluation};
use sentence::{build, content_by, content_words, quoted_sentences, Sent};
use attribution::attribute;
use verbs::{find_verbs, VerbKind};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalSpeaker {
    Writer,
    Entity(usize),
    Group(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct LocalClaim {
    pub speaker: LocalSpeaker,
    pub verb: Option<String>,
    pub start: usize,
    pub end: usize,
    pub polarity: Polarity,
    pub about: Vec<usize>,
}


/// Extract the claims of one article.
pub fn extract(text: &str, sentences: &[Sentence], tk: &Tokenised, ents: &ArticleEntities) -> Vec<LocalClaim> {
    let mut out: Vec<LocalClaim> = Vec::new();
    let mut h = History { ents, text, prev: None, groups: Vec::new(), spoke: vec![0; ents.entities.len()], plaintiff: None, written: Default::default() };
    let mut block: Option<Block> = None;
    let (mut last_was_continuation, mut last_para) = (false, usize::MAX);
    // Every sentence read once, whole, with its paragraph.
    let wholes: Vec<(Sent, usize)> = sentences.iter().zip(&tk.sents).map(|(sent, &range)| (build(text, sent, tk, range, &ents.mentions), sent.paragraph)).collect();
    // Paragraphs signed by a cite line or a closing dash ("—Telvana").
    let signed = signed_paragraphs(&wholes);
    // Each sentence, or each piece of a sentence split in two; a sentence
    // left whole keeps the tokens and verbs already read.
    let pieces = sentences.iter().zip(&tk.sents).zip(wholes).flat_map(|((sent, &range), (whole, _))| {
        let verbs = find_verbs(&whole);
        let parts = clauses(&whole, &verbs, sent, range);
        let mut read = (parts.len() == 1).then_some((whole, verbs));
        parts.into_iter().map(move |(sent, range, join)| (sent, range, join, read.take()))
    });
    let mut left_speaker: Option<LocalSpeaker> = None;
    for (sent, range, join, read) in pieces {
        let sent = &sent;
        let (s, verbs) = match read {
            Some(read) => read,
            None => {
                let s = build(text, sent, tk, range, &ents.mentions);
                let verbs = find_verbs(&s);
                (s, verbs)
            }
        };
        let n = s.toks.len();
        if n == 0 {
            continue;
        }
        let first_word = (0..n).find(|&i| s.toks[i].word);
        let Some(first_word) = first_word else { continue };
        if not_reported(&s, first_word) {
            continue;
        }
        let quote_first = (0..first_word).any(|i| s.is_quote_mark(i));
        let quote_end = if quote_first { (first_word..n).find(|&i| s.is_quote_mark(i) && !s.in_quote.get(i + 1).copied().unwrap_or(false)) } else { None };
        let after_quote = quote_end.map(|q| q + 1).unwrap_or(0);
        let chosen = attribute(&s, &verbs, after_quote, &h);

        let mut continuation = false;
        let mut reading: Option<Reading> = None;
        let verb_at = chosen.as_ref().map(|(v, _)| v.clone());
        let claim = match chosen {
            Some((v, sp)) => {
                // The second half of a split sentence with no subject of
                // its own ("…, adding that …", "who has accused …") keeps
                // the first half's speaker, or the one the relative names.
                let sp = match (&sp, join) {
                    // "…, adding that …, the AP reported": the participle's
                    // subject holds it; the outlet only passes it on.
                    (_, Join::Adding) if left_speaker.as_ref().is_some_and(|l| *l != LocalSpeaker::Writer) => left_speaker.clone(),
                    (None | Some(LocalSpeaker::Writer), Join::Inherit | Join::Adding) => left_speaker.clone(),
                    (None | Some(LocalSpeaker::Writer), Join::Relative(m)) => Some(LocalSpeaker::Entity(ents.mentions[m].entity)),
                    _ => sp,
                };
                let speaker = sp.unwrap_or(LocalSpeaker::Writer);
                let verb_text = match v.kind {
                    VerbKind::AccordingTo => {
                        let mut e = v.end + 1;
                        while e < n && s.toks[e].word && !s.in_quote[e] {
                            e += 1;
                        }
                        let e = e.min(v.end + 4).max(v.end + 1).min(n);
                        let phrase = &text[s.toks[v.at].start..s.toks[e - 1].end];
                        if speaker == LocalSpeaker::Writer { phrase.to_lowercase() } else { "according to".to_string() }
                    }
                    // "US complaints that …": the noun; "From X's Monday
                    // statement on its blog: …": the document it names.
                    VerbKind::Nominal => {
                        let noun = (v.at..=v.end).find(|&k| is_document_noun(s.lw(k))).unwrap_or(v.at);
                        s.w(noun).to_string()
                    }
                    _ => {
                        let mut a = v.at;
                        while a > 0 && s.toks[a - 1].word && matches!(s.lw(a - 1), "was" | "were" | "is" | "has" | "have" | "had") {
                            a -= 1;
                        }
                        text[s.toks[a].start..s.toks[v.end].end].to_string()
                    }
                };
                let me = match &speaker {
                    LocalSpeaker::Entity(e) => Some(*e),
                    _ => None,
                };
                let is_speaker = |m: usize| Some(ents.mentions[m].entity) == me;
                let quoted_after = (v.end + 1..n).any(|i| s.in_quote[i] && s.toks[i].word);
                let range = if quote_first {
                    (first_word, quote_end.unwrap_or(n))
                } else if v.kind == VerbKind::AccordingTo {
                    // "X did Y, according to Z" reports what comes before;
                    // "According to Z, X did Y" what comes after the source.
                    if (first_word..v.at).any(|i| s.toks[i].word) {
                        (0, v.at)
                    } else {
                        let source_end = (v.end + 1..n).find(|&i| matches!(s.w(i), "," | ":" | ";")).unwrap_or(v.end);
                        (source_end + 1, n)
                    }
                } else if (v.end + 1..n).filter(|&i| s.toks[i].word).count() <= 3 && v.at > first_word + 3 && !quoted_after {
                    // "…, the daily said today.": the content comes first.
                    (first_word, v.at)
                } else {
                    (first_conjunct(&s, v.at, &is_speaker).unwrap_or(v.at), n)
                };
                let range = (range.0, writers_aside(&s, range.0, range.1));
                let verb_word = (v.kind == VerbKind::Plain).then(|| s.lw(v.at));
                let verb_negated = (v.at.saturating_sub(3)..v.at).any(|k| s.toks[k].word && (matches!(s.lw(k), "not" | "never") || s.lw(k).ends_with("n't") || s.lw(k).ends_with("n’t")));
                // "Acme did not respond.": a non-response says nothing; nor
                // does a report by nobody ("no group claimed responsibility",
                // "nobody has said").
                let non_response = verb_negated && !quote_first && !(v.end + 1..n).any(|i| s.toks[i].word) && !(first_word..v.at).any(|i| matches!(s.w(i), "," | ":"))
                    || !quote_first && by_nobody(&s, v.at);
                let frame = polarity::Frame { verb: v.class, verb_word, quoted: quote_first, verb_negated };
                if non_response {
                    None
                } else {
                    let pol = polarity::classify_in(frame, &content_by(&s, range.0, range.1, &is_speaker));
                    reading = Some(Reading { frame, range, speaker: me });
                    Some((speaker, Some(verb_text), pol))
                }
            }
            None if block.as_ref().is_some_and(|b| {
                // The paragraph right after the lead-in is its quote; later
                // ones must read as quote, not narrative.
                b.lead + 1 == sent.paragraph || (b.para + 1 >= sent.paragraph && b.para <= sent.paragraph && continues_block(&s))
            }) => {
                // A block quote or list under "X said:" keeps X's voice.
                let b = block.as_ref().expect("checked");
                let content = content_words(&s, first_word, n);
                continuation = true;
                let frame = polarity::Frame { verb: Some(VerbClass::Say), verb_word: None, quoted: true, verb_negated: false };
                reading = Some(Reading { frame, range: (first_word, n), speaker: None });
                Some((b.speaker.clone(), b.verb.clone(), to_the_reader(&s, polarity::classify_in(frame, &content))))
            }
            None if signed.iter().any(|&(p, _)| p == sent.paragraph) => {
                // A statement signed below or after it: the signer's voice.
                let m = signed.iter().find(|&&(p, _)| p == sent.paragraph).map(|&(_, m)| m).expect("checked");
                let content = content_words(&s, first_word, n);
                continuation = true;
                let frame = polarity::Frame { verb: Some(VerbClass::Say), verb_word: None, quoted: true, verb_negated: false };
                reading = Some(Reading { frame, range: (first_word, n), speaker: None });
                Some((LocalSpeaker::Entity(ents.mentions[m].entity), None, to_the_reader(&s, polarity::classify_in(frame, &content))))
            }
            None if quote_first && s.toks.iter().filter(|t| t.word).count() >= 4 => {
                // A quotation with no attribution of its own continues the
                // previous speaker's, in the same or the next paragraph.
                match &h.prev {
                    Some((sp, para)) if sent.paragraph <= para + 1 => {
                        let content = content_words(&s, first_word, n);
                        continuation = true;
                        let frame = polarity::Frame { verb: Some(VerbClass::Say), verb_word: None, quoted: true, verb_negated: false };
                        reading = Some(Reading { frame, range: (first_word, n), speaker: None });
                        Some((sp.clone(), None, polarity::classify_in(frame, &content)))
                    }
                    _ => None,
                }
            }
            None if hedge(&s).is_some() => {
                // "allegedly", "is believed to": reported, by nobody named.
                let content = content_words(&s, first_word, n);
                let verb = hedge(&s);
                // "His report was rejected": by whoever it was sent to.
                let rejected = verb.as_deref().is_some_and(|v| matches!(v.rsplit(' ').next(), Some("rejected" | "dismissed")));
                let speaker = rejected.then(|| h.recipient_before(sent.start)).flatten().map_or(LocalSpeaker::Writer, LocalSpeaker::Entity);
                // A rejection rejects, whatever it names; "has been accused
                // of", "was charged with": an accusation whose accuser goes
                // unsaid.
                let accused = verb.as_deref().is_some_and(|v| matches!(v.rsplit(' ').next(), Some("accused" | "charged" | "blamed" | "indicted" | "sued" | "fined" | "suspected" | "alleged")));
                let pol = if rejected {
                    Polarity::Deny
                } else if accused {
                    Polarity::Accuse
                } else {
                    polarity::classify(None, &content)
                };
                Some((speaker, verb, pol))
            }
            None if writer_evaluation(&s) => {
                let content = content_words(&s, first_word, n);
                Some((LocalSpeaker::Writer, None, polarity::classify(None, &content)))
            }
            None => None,
        };
        left_speaker = claim.as_ref().map(|c| c.0.clone());
        // A lead-in ends with a colon, or with a comma at the end of its
        // paragraph ("…, the researcher told the paper,").
        let ends_with_colon = s.toks.last().is_some_and(|t| matches!(t.text(text), ":" | ","));
        let mut claim = claim;
        if !continuation {
            block = None;
        }
        if let (Some((speaker, verb, _)), Some(v)) = (&claim, &verb_at) {
            if ends_with_colon {
                if *speaker != LocalSpeaker::Writer {
                    block = Some(Block { speaker: speaker.clone(), verb: verb.clone(), para: sent.paragraph, lead: sent.paragraph });
                }
                // "…, the researcher advises:" or "… told the paper," says
                // nothing until the quote: at most one word, and whom it
                // was told.
                if said_before_colon(&s, v, reading.as_ref()) <= 1 {
                    claim = None;
                }
            }
        }
        if continuation {
            if let Some(b) = block.as_mut() {
                b.para = sent.paragraph;
            }
        }
        let Some((speaker, verb, pol)) = claim else { continue };
        // A quotation of several sentences is cut where its polarity changes.
        let runs = match &reading {
            Some(r) => polarity_runs(&s, sent, r, pol, ents),
            None => vec![(sent.start, sent.end, pol)],
        };
        for (k, (start, end, pol)) in runs.into_iter().enumerate() {
            // "X said …, adding that …" in one voice and one polarity is
            // one claim.
            if join == Join::Adding && k == 0 {
                if let Some(last) = out.last_mut().filter(|l| l.end <= start && l.speaker == speaker && l.polarity == pol) {
                    last.end = end;
                    continue;
                }
            }
            // Further sentences of a continued quotation or block, in one
            // voice and one polarity, are one claim (a quotation whose
            // attribution sits in the middle is cut after it).
            if continuation && k == 0 {
                if let Some(last) = out.last_mut() {
                    if last_was_continuation && last_para == sent.paragraph && last.speaker == speaker && last.polarity == pol {
                        last.end = end;
                        continue;
                    }
                }
            }
            last_was_continuation = continuation;
            last_para = sent.paragraph;
            let sent = &Sentence { start, end, paragraph: sent.paragraph };
            let verb = verb.clone();
            let speaker = speaker.clone();
            let speaker_entity = match &speaker {
                LocalSpeaker::Entity(e) => Some(*e),
                _ => None,
            };
            // Mentions are sorted by start: those from the sentence's start on.
            let from = ents.mentions.partition_point(|m| m.start < sent.start);
            let mut about: Vec<usize> = ents.mentions[from..]
                .iter()
                .take_while(|m| m.start <= sent.end)
                .filter(|m| m.end <= sent.end && Some(m.entity) != speaker_entity)
                .map(|m| m.entity)
                .collect();
            // An accusation or a statement that names nobody ("they leaked
            // it", "the gang said it had stolen data") is about the party
            // the article is about: its most salient organisation other than
            // the speaker. Pairing finds the answer to it through this.
            if matches!(pol, Polarity::Accuse | Polarity::Assert) && about.is_empty() {
                if let Some(e) = h.most_made_of(sent.start, |e, k| organisation(k) && k != EntityKind::Country && Some(e) != speaker_entity) {
                    about.push(e);
                }
            }
            about.sort_unstable();
            about.dedup();
            if let LocalSpeaker::Group(g) = &speaker {
                h.groups.push(g.clone());
            }
            if let LocalSpeaker::Entity(e) = speaker {
                h.spoke[e] += 1;
                if pol == Polarity::Accuse && sues(&text[sent.start..sent.end]) {
                    h.plaintiff = Some(e);
                }
            }
            if speaker != LocalSpeaker::Writer {
                h.prev = Some((speaker.clone(), sent.paragraph));
            }
            out.push(LocalClaim { speaker, verb, start: sent.start, end: sent.end, polarity: pol, about });
        }
    }
    out
}

/// "X has sued Y", "X filed a libel suit against Y", "a lawsuit X
/// brought": a sentence telling of a suit brought.
fn sues(text: &str) -> bool {
    // Every such word holds "su": a text without it is passed over unsplit.
    text.contains("su") && text.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "sued" | "sues" | "suing" | "suit" | "lawsuit"))
}

/// Where the speaker's words in `a..b` end when the writer closes the
/// sentence with an aside of their own: "X proclaimed that Y spied on him
/// — despite having no evidence". The concession weighs the claim; it is
/// not what the speaker said.
fn writers_aside(s: &Sent, a: usize, b: usize) -> usize {
    (a + 1..b.saturating_sub(1))
        .find(|&k| !s.in_quote[k] && matches!(s.w(k), "—" | "–" | "--" | ",") && matches!(s.lw(k + 1), "despite" | "notwithstanding"))
        .unwrap_or(b)
}

/// "Holt called the claims “baseless” and said …": where the first of two
/// joined acts of the speaker begins (after the speaker's name), when the
/// reporting verb at `v` is the second; both are what the speaker said.
fn first_conjunct(s: &Sent, v: usize, is_speaker: &dyn Fn(usize) -> bool) -> Option<usize> {
    let mut k = v;
    while k > 0 && s.toks[k - 1].word && s.aux(k - 1) {
        k -= 1;
    }
    if k < 3 || s.lw(k - 1) != "and" {
        return None;
    }
    let name = (0..k - 1).rev().find(|&i| s.mention[i].is_some_and(&is_speaker))?;
    let after = (name + 1..k - 1).find(|&i| s.mention[i] != s.mention[name])?;
    // Only the speaker's own clause: no other clause or quotation between.
    let clean = (after..k - 1).all(|i| !matches!(s.w(i), "," | ";" | ":") || s.in_quote[i]) && (after..k - 1).any(|i| s.toks[i].word);
    clean.then_some(after)
}

/// A statement's sentence addressed to the reader ("If there is a wrong
/// charge, you will not be held liable") promises or advises: what reads
/// as a denial there answers no accuser.
fn to_the_reader(s: &Sent, pol: Polarity) -> Polarity {
    let addressed = (0..s.toks.len()).any(|i| s.toks[i].word && !s.in_quote[i] && matches!(s.lw(i), "you" | "your"));
    if addressed && pol == Polarity::Deny { Polarity::Other } else { pol }
}

/// Whether the verb at `at` has nobody for its subject: "no group claimed",
/// "nobody has said", "no one has confirmed" — the subject and auxiliaries
/// only between it and the verb ("spared no ire in accusing" is no such).
fn by_nobody(s: &Sent, at: usize) -> bool {
    let mut k = at;
    while k > 0 && s.toks[k - 1].word && s.aux(k - 1) {
        k -= 1;
    }
    let lw = |i: usize| if i < at { s.lw(i) } else { "" };
    k > 0 && (matches!(lw(k - 1), "nobody" | "none") || (k >= 2 && lw(k - 2) == "no" && s.toks[k - 1].word && !matches!(lw(k - 1), "doubt" | "longer")))
}

/// How much a lead-in ending with a colon says of its own: the words
/// after its verb outside the quotation, a name counting as one word and
/// whom something was told as none ("…, the researcher told the paper:");
/// a lead-in whose content comes before its verb ("The risk is real, the
/// researcher pointed out:") says all of it, unless what comes before is an
/// adverbial ("When asked about it, the researcher said:").
fn said_before_colon(s: &Sent, v: &verbs::Verb, reading: Option<&Reading>) -> usize {
    let opener = reading.map(|r| s.lw(r.range.0)).unwrap_or("");
    let adverbial = matches!(opener, "when" | "while" | "asked" | "regarding" | "on" | "in" | "as" | "after" | "before" | "about" | "if" | "speaking" | "commenting" | "responding" | "for");
    let gerund = crate::lexicon::verbs::is_gerund(s.lw(v.at));
    // The content is a clause of its own, set off by a comma from the
    // subject, not the subject itself ("A statement by X reads:").
    let clause_before = reading.is_some_and(|r| r.range.1 == v.at && (r.range.0..v.at).any(|k| s.w(k) == "," && (r.range.0..k).filter(|&j| s.toks[j].word).count() >= 4));
    if !adverbial && !gerund && clause_before {
        return usize::MAX;
    }
    // "X has made four claims against Y:", "X listed the following:":
    // a count announces the list below and says nothing of its own.
    let next = (v.end + 1..s.toks.len()).find(|&i| s.toks[i].word).map(|i| s.lw(i)).unwrap_or("");
    let counted = next.chars().all(|c| c.is_ascii_digit()) && !next.is_empty()
        || matches!(next, "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "several" | "these" | "following");
    if counted {
        return 0;
    }
    let told = matches!(s.lw(v.at), "told" | "tells" | "tell" | "telling" | "informed" | "assured" | "asked");
    let mut last_mention = None;
    let mut count = 0;
    for i in v.end + 1..s.toks.len() {
        if !s.toks[i].word || s.in_quote[i] {
            continue;
        }
        match s.mention[i] {
            Some(m) if last_mention == Some(m) => {}
            Some(m) => {
                let addressee = told && (v.end + 1..i).all(|k| !s.toks[k].word || matches!(s.lw(k), "the" | "a" | "an" | "to"));
                last_mention = Some(m);
                if !addressee {
                    count += 1;
                }
            }
            None => {
                last_mention = None;
                count += 1;
            }
        }
    }
    count
}

/// Does the sentence in tokens `a..b` open as support for the one before
/// ("In fact, …", "Indeed …", "Instead, …", "On the contrary, …")?
fn backs_up(s: &Sent, a: usize, b: usize) -> bool {
    let words: Vec<&str> = (a..b).filter(|&i| s.toks[i].word).take(3).map(|i| s.lw(i)).collect();
    matches!(words.as_slice(), ["in", "fact", ..] | ["indeed", ..] | ["instead", ..] | ["rather", ..] | ["on", "the", "contrary", ..])
}

/// How a claim's polarity was read: the frame, and the token range of
/// its content.
struct Reading<'a> {
    frame: polarity::Frame<'a>,
    range: (usize, usize),
    /// The speaker's entity: its mentions read as the first person.
    speaker: Option<usize>,
}

/// A claim's spans and polarities: a quotation of several sentences (in
/// `s`, spanning `sent`) is one claim until it turns to a denial or away
/// from one ("We are cooperating fully. The allegations are false."), and
/// is cut there. Finer turns are left whole: one sentence read alone is too
/// little to tell an assertion from an accusation. The whole keeps the
/// polarity `whole` when no cut is made.
fn polarity_runs(s: &Sent, sent: &Sentence, r: &Reading, whole: Polarity, ents: &ArticleEntities) -> Vec<(usize, usize, Polarity)> {
    let pieces = quoted_sentences(s);
    if pieces.len() < 2 {
        return vec![(sent.start, sent.end, whole)];
    }
    let is_speaker = |m: usize| Some(ents.mentions[m].entity) == r.speaker;
    let read = |a: usize, b: usize| {
        let (from, to) = (a.max(r.range.0), b.min(r.range.1));
        let content = if from < to { content_by(s, from, to, &is_speaker) } else { Vec::new() };
        let quoted = (from..to).all(|k| s.in_quote[k]);
        // "If the agreement is not for that reason, …": a condition
        // turns nothing.
        let conditional = (a..b).find(|&k| s.toks[k].word).is_some_and(|k| matches!(s.lw(k), "if" | "unless" | "whether"));
        (!content.is_empty() && !conditional).then(|| polarity::classify_in(polarity::Frame { quoted: r.frame.quoted || quoted, ..r.frame }, &content))
    };
    // Token ranges of the runs, each denying or not.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    for &(a, b) in &pieces {
        let denies = read(a, b).map(|p| p == Polarity::Deny);
        // "… is false. In fact, …": the evidence for a denial goes on with it.
        let denies = if backs_up(s, a, b) && runs.last().is_some_and(|r| r.2) { Some(true) } else { denies };
        match (runs.last_mut(), denies) {
            (Some(last), None) => last.1 = b,
            (Some(last), Some(d)) if last.2 == d => last.1 = b,
            (_, d) => runs.push((a, b, d.unwrap_or(whole == Polarity::Deny))),
        }
    }
    // A run of a few words ("We looked into it.") is too short to turn
    // the statement: it stays with the run before it.
    let words = |a: usize, b: usize| (a..b).filter(|&k| s.toks[k].word).count();
    let mut k = 1;
    while k < runs.len() {
        if words(runs[k].0, runs[k].1) < 8 {
            runs[k - 1].1 = runs[k].1;
            runs.remove(k);
        } else {
            k += 1;
        }
    }
    if runs.len() == 1 {
        return vec![(sent.start, sent.end, whole)];
    }
    let last = runs.len() - 1;
    runs.iter()
        .enumerate()
        .map(|(i, &(a, b, denies))| {
            let start = if i == 0 { sent.start } else { s.toks[a].start };
            let end = if i == last { sent.end } else { s.toks[b - 1].end };
            let pol = if denies { Polarity::Deny } else { read(a, b).filter(|&p| p != Polarity::Deny).unwrap_or(Polarity::Assert) };
            (start, end, pol)
        })
        .collect()
}

#[cfg(test)]
mod tests_support {
    use super::*;
    use crate::entities::{recognise, Gazetteer};
    use crate::tokens::sentences;

    /// The paragraphs' text, claims and entities, as the engine reads them.
    pub fn extracted(paras: &[&str]) -> (String, Vec<LocalClaim>, ArticleEntities) {
        let text = paras.join("\n\n");
        let mut spans = Vec::new();
        let mut at = 0;
        for p in paras {
            spans.push((at, at + p.len()));
            at += p.len() + 2;
        }
        let sents = sentences(&text, &spans);
        let tk = Tokenised::new(&text, &sents);
        let ents = recognise(&Gazetteer::base(&[]), &text, &tk);
        let out = extract(&text, &sents, &tk, &ents);
        (text, out, ents)
    }

    /// (speaker name or label, verb, polarity) of each claim in `paras`.
    pub fn claims(paras: &[&str]) -> Vec<(String, Option<String>, Polarity, String)> {
        let (text, out, ents) = extracted(paras);
        out
            .into_iter()
            .map(|c| {
                let who = match &c.speaker {
                    LocalSpeaker::Writer => "-".to_string(),
                    LocalSpeaker::Entity(e) => ents.entities[*e].name.clone(),
                    LocalSpeaker::Group(g) => g.clone(),
                };
                (who, c.verb, c.polarity, text[c.start..c.end].to_string())
            })
            .collect()
    }

}


#[cfg(test)]
mod tests;
#[cfg(test)]
mod speaker_tests;
#[cfg(test)]
mod unseen_tests;
