//! Which reporting verb attributes a sentence, and to whom: subject–verb
//! and inverted attributions left to right, the inner one of a nested
//! report ("Outlet reports that X said …" credits X), and "according to"
//! only when nothing else attributes the sentence.

use super::history::{organisation, History};
use super::sentence::Sent;
use super::speaker::{inverted, main_subject, speaker_in, subject};
use super::verbs::{Verb, VerbKind};
use super::LocalSpeaker;
use crate::lexicon::is_document_noun;
use crate::model::EntityKind;

/// The verb that attributes the sentence `s` (whose opening quotation, if
/// any, ends before `after_quote`) and the speaker it found, if any.
pub(super) fn attribute(s: &Sent, verbs: &[Verb], after_quote: usize, h: &History) -> Option<(Verb, Option<LocalSpeaker>)> {
    let n = s.toks.len();
    let mut candidates: Vec<&Verb> = verbs.iter().filter(|v| v.at >= after_quote).collect();
    // "While the fix was welcomed by users, some noted …": a verb in an
    // opening subordinate clause is background; the main clause reports.
    if let Some(end) = opening_clause_end(s, after_quote) {
        if candidates.iter().any(|v| v.at > end) {
            candidates.retain(|v| v.at > end);
        }
    }
    // Subject–verb and inverted attributions, left to right; "according
    // to" only when nothing else attributes the sentence.
    let mut found: Vec<(Verb, Option<LocalSpeaker>)> = Vec::new();
    for v in candidates.iter().filter(|v| v.kind != VerbKind::AccordingTo) {
        let sp = match v.kind {
            VerbKind::Quoted => {
                // "quoted Foreign Minister Wang Yi telling …": the person quoted.
                (v.at + 1..(v.at + 8).min(n)).find_map(|i| s.mention[i]).map(|m| LocalSpeaker::Entity(h.ents.mentions[m].entity))
            }
            VerbKind::Nominal => s.mention[v.at - 1].map(|m| LocalSpeaker::Entity(h.ents.mentions[m].entity)),
            _ => {
                let before_is_break = v.at == after_quote || v.at > 0 && (matches!(s.w(v.at - 1), ",") || s.is_quote_mark(v.at - 1));
                let inv = if before_is_break { inverted(s, v, h) } else { None };
                let gerund = v.at > 0 && s.w(v.at - 1) == "," && crate::lexicon::verbs::is_gerund(s.lw(v.at));
                if gerund {
                    // "Customers took to Fenwick, saying …": the subject
                    // of the clause the participle hangs from.
                    inv.or_else(|| main_subject(s, after_quote, v.at, h))
                } else if let Some(critics) = drawn_from(s, v) {
                    // "The plan drew criticism from lawmakers": the critics
                    // speak, whoever they are; the subject is their target.
                    critics.and_then(|(a, b)| speaker_in(s, a, b, h))
                } else {
                    inv.or_else(|| subject(s, after_quote, v.at, h))
                }
            }
        };
        found.push(((*v).clone(), sp));
    }
    // Nested attribution: "Outlet reports that X said …" credits X.
    let mut pick = found.iter().position(|(_, sp)| sp.is_some());
    if let Some(p) = pick {
        if let Some(q) = found.iter().skip(p + 1).position(|(v, sp)| {
            // The inner verb's subject follows "that" directly: a
            // relative clause ("…, which it said it had read") is
            // detail, not the proposition.
            sp.is_some()
                && !crate::lexicon::verbs::is_gerund(s.lw(v.at))
                // "warned that Vexa had added a module to its kit": adding
                // a thing is no report.
                && !(s.lw(v.at).starts_with("add") && v.end + 1 < n && matches!(s.lw(v.end + 1), "a" | "an" | "the" | "its" | "their" | "his" | "her" | "new"))
                && (found[p].0.end + 1..v.at).any(|k| s.lw(k) == "that")
                && v.at <= found[p].0.end + 12
                && !(found[p].0.end + 1..v.at).any(|k| matches!(s.lw(k), "which" | "who" | "whom" | "where" | "when"))
        }) {
            pick = Some(p + 1 + q);
        }
    }
    // "Mugabe is insisting he stay, a source said.": a speech verb closing
    // the sentence after a comma reports all that comes before it.
    if let Some(c) = closing(s, &found) {
        pick = Some(c);
    }
    // "According to the agency, Holm sent an email asking …": a participle
    // inside the clause that "according to" opens is what the source said.
    let according = verbs.iter().find(|v| v.kind == VerbKind::AccordingTo);
    let participle = |v: &Verb| crate::lexicon::verbs::is_gerund(s.lw(v.at));
    // "According to the suit, the editor refused to remove the story": an
    // "according to" opening the sentence attributes all of it; a verb
    // after it is what the source says happened, unless one of speech.
    let opens = |acc: &Verb| (0..acc.at).all(|i| !s.toks[i].word);
    if let (Some(p), Some(acc)) = (pick, according) {
        let told = found[p].0.class == Some(crate::lexicon::VerbClass::Say);
        if acc.at < found[p].0.at && (participle(&found[p].0) || opens(acc) && !told) {
            pick = None;
        }
    }
    if let Some(p) = pick {
        return Some(found.swap_remove(p));
    }
    if let Some(v) = according {
        return Some((v.clone(), Some(according_to(s, v, h))));
    }
    found.into_iter().next()
}

/// Where a sentence-opening subordinate clause of concession or time
/// ("While …,", "Although …,") ends: its comma.
fn opening_clause_end(s: &Sent, from: usize) -> Option<usize> {
    let first = (from..s.toks.len()).find(|&i| s.toks[i].word)?;
    if !matches!(s.lw(first), "while" | "although" | "though" | "whereas" | "whilst") {
        return None;
    }
    (first + 1..s.toks.len()).find(|&i| s.w(i) == "," && !s.in_quote[i])
}

/// For a verb of receiving blame ("drew criticism", "has drawn a sharp
/// rebuke"), the tokens naming who gave it ("from lawmakers", "by those
/// in the industry"), or `Some(None)` when the sentence names nobody.
fn drawn_from(s: &Sent, v: &Verb) -> Option<Option<(usize, usize)>> {
    // Every form of "draw" opens with "dr".
    if !s.lw(v.at).starts_with("dr") || crate::lexicon::reporting_lemma(s.lw(v.at)).map(|l| l.lemma) != Some("draw") {
        return None;
    }
    let n = s.toks.len();
    let end = (v.end + 1..n).find(|&i| !s.toks[i].word && matches!(s.w(i), "," | ";" | "." | ":")).unwrap_or(n);
    let from = (v.end + 1..end).find(|&i| matches!(s.lw(i), "from" | "by") && !s.in_quote[i]);
    Some(from.map(|k| (k + 1, end)).filter(|(a, b)| a < b))
}

/// Who "according to" names: "according to X", "according to a report by
/// the newspaper X", "according to him", "according to the indictment"
/// (a document speaks for its owner); the writer when it names nobody.
fn according_to(s: &Sent, v: &Verb, h: &History) -> LocalSpeaker {
    let n = s.toks.len();
    let mut j = v.end + 1;
    while j < n && matches!(s.lw(j), "the" | "a" | "an") {
        j += 1;
    }
    // "according to X", "according to a report by the newspaper X",
    // "according to him"; the phrase ends at a comma.
    let np_end = (j..n).find(|&i| matches!(s.w(i), "," | ";" | ":") || s.is_quote_mark(i)).unwrap_or(n).min(j + 14);
    let mentioned = |from: usize, to: usize| (from..to).filter_map(|i| s.mention[i]).filter(|&m| !h.ents.mentions[m].demonym).map(|m| h.ents.mentions[m].entity);
    // "according to an indictment unsealed today by the Justice
    // Department": the document's issuer, named after "by" or "from".
    let doc_at = (j..np_end).find(|&i| s.mention[i].is_none() && is_document_noun(s.lw(i)));
    let issuer = doc_at.and_then(|d| (d + 1..np_end).find(|&i| matches!(s.lw(i), "by" | "from"))).and_then(|b| mentioned(b + 1, np_end).next());
    // "according to Tellus security researcher Ana Holt": the person, not
    // the body that qualifies her.
    let person = mentioned(j, np_end).find(|&e| h.kind(e) == EntityKind::Person);
    let np_end = np_end.min(j + 8);
    let document = (j..np_end).all(|i| !s.toks[i].word || s.mention[i].is_none()) && (j..np_end).any(|i| is_document_noun(s.lw(i)));
    // "according to court documents": documents of no one named, an
    // unnamed source in their own right ("according to reports" is a
    // hedge, not a source).
    let words: Vec<usize> = (j..np_end).filter(|&i| s.toks[i].word).collect();
    let bare_plural = v.end + 1 == j && !words.is_empty() && words.len() <= 3 && words.iter().all(|&i| s.mention[i].is_none() && s.w(i).starts_with(char::is_lowercase))
        && words.last().is_some_and(|&l| matches!(s.lw(l), "documents" | "records" | "papers" | "filings" | "emails" | "letters"));
    // "according to a source familiar with the effort": an unnamed source
    // in its own right, named as described.
    let anonymous = v.end + 1 < j && matches!(s.lw(j - 1), "a" | "an") && words.first().is_some_and(|&f| matches!(s.lw(f), "source" | "person" | "official" | "insider"));
    let owner = if let Some(e) = issuer.or(person) {
        Some(LocalSpeaker::Entity(e))
    } else if anonymous && mentioned(j, np_end).next().is_none() {
        let phrase = &s.text[s.toks[j].start..s.toks[*words.last().expect("not empty")].end];
        let mut c = phrase.chars();
        Some(LocalSpeaker::Group(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()))
    } else if bare_plural {
        let phrase = &s.text[s.toks[j].start..s.toks[*words.last().expect("not empty")].end];
        let mut c = phrase.chars();
        Some(LocalSpeaker::Group(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()))
    } else if let Some(e) = h.plaintiff.filter(|_| document && words.iter().any(|&i| super::history::is_suit_noun(s.lw(i)))) {
        Some(LocalSpeaker::Entity(e))
    } else if document {
        match &h.prev {
            Some((sp @ LocalSpeaker::Entity(_), _)) => Some(sp.clone()),
            _ => h.salient(s.toks[j.min(n - 1)].start, |k| organisation(k) && k != EntityKind::Country).map(LocalSpeaker::Entity),
        }
    } else {
        None
    };
    let sp = owner.or_else(|| (j..np_end)
        .filter_map(|i| s.mention[i])
        .find(|&m| !h.ents.mentions[m].demonym)
        .map(|m| LocalSpeaker::Entity(h.ents.mentions[m].entity)));
    let pronoun = (j < n && matches!(s.lw(j), "him" | "her" | "it" | "them")).then(|| {
        let p = match s.lw(j) { "him" => "he", "her" => "she", "them" => "they", other => other }.to_string();
        h.pronoun(&p, s.toks[j].start)
    }).flatten();
    sp.or(pronoun).unwrap_or(LocalSpeaker::Writer)
}

/// The attribution that closes the sentence, if any: the last verb, a
/// verb of speech that inverts ("said", "told"), with a speaker, a comma
/// before its clause, an earlier verb before that, and at most three
/// words after it ("…, a source told Reuters.").
fn closing(s: &Sent, found: &[(Verb, Option<LocalSpeaker>)]) -> Option<usize> {
    let n = s.toks.len();
    let last = found.len().checked_sub(1)?;
    let (v, sp) = &found[last];
    if last == 0 || sp.is_none() || v.kind != VerbKind::Plain || !(super::speaker::inverts(s.lw(v.at)) || s.lw(v.at) == "told") {
        return None;
    }
    let after = (v.end + 1..n).filter(|&k| s.toks[k].word).count();
    let open = (v.end + 1..n).any(|k| s.in_quote[k] || matches!(s.lw(k), "that" | ":"));
    // The comma may stand just inside a closing quotation mark ("… so-called
    // “lapse,” a source said").
    let comma = (found[last - 1].0.end + 1..v.at).rev().find(|&k| s.w(k) == "," && !s.in_quote[k] || super::speaker::closes_quote(s, k));
    // The clause between the comma and the verb is the speaker's, with no
    // verb of its own ("…, the source, who said …, told Reuters" aside).
    let clause = comma.is_some_and(|c| {
        let words: Vec<usize> = (c + 1..v.at).filter(|&k| s.toks[k].word).collect();
        // "…, the source, who said …, told Reuters": the subject stands
        // before the aside.
        words.len() <= 6 && words.first().is_none_or(|&f| !matches!(s.lw(f), "which" | "who" | "whom" | "where" | "when" | "as" | "and" | "but"))
    });
    (after <= 3 && !open && clause).then_some(last)
}
