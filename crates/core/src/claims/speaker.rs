//! Who speaks: the subject of a reporting verb found by walking left over
//! adverbials, appositives and relative clauses; the speaker after an
//! inverted verb ("…, said Anna Holt"); and what a subject phrase names —
//! a person, a body through its spokesperson or its document, a collective
//! ("security practitioners"), a description or a pronoun resolved through
//! [`History`].

use crate::entities::LocalMention;
use crate::lexicon::*;
use crate::model::EntityKind;
use super::LocalSpeaker;
use super::history::{organisation, History};
use super::sentence::Sent;
use super::verbs::{Verb, DETERMINERS};

pub(super) const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we"];

/// Conjunctions that open a subordinate clause with a subject of its own.
pub(super) const SUBORDINATORS: &[&str] = &[
    "after", "before", "because", "since", "while", "when", "although", "though", "until", "whereas", "unless",
];

/// The speaker inside tokens `a..b` of a subject segment.
pub(super) fn speaker_in(s: &Sent, a: usize, b: usize, h: &History) -> Option<LocalSpeaker> {
    let ents = h.ents;
    // "but the company": a joining word is not part of the subject.
    let mut a = a;
    while a < b && s.toks[a].word && matches!(s.lw(a), "but" | "and" | "yet" | "so" | "whereas" | "however" | "while") {
        a += 1;
    }
    // "…, a claim the company says is overstated": the answer noun is what
    // the subject speaks of.
    if a + 2 < b && matches!(s.lw(a), "a" | "an") && is_answer_noun(s.lw(a + 1)) {
        a += 2;
    } else if a + 1 < b && s.lw(a).strip_suffix('s').is_some_and(is_answer_noun) {
        // "…, allegations the company called false".
        a += 1;
    }
    // "those in the security community", "those at the agency": the
    // people of the body or field named.
    if a + 2 < b && s.lw(a) == "those" && matches!(s.lw(a + 1), "in" | "at" | "within" | "inside") {
        a += 2;
        while a < b && DETERMINERS.contains(&s.lw(a)) {
            a += 1;
        }
    }
    // "for which the company refused …": a relative's opening words are
    // not part of its subject.
    if a + 1 < b && is_preposition(s.lw(a)) && matches!(s.lw(a + 1), "which" | "whom") {
        a += 2;
    } else if a < b && s.lw(a) == "which" {
        a += 1;
    }
    // Mentions outside parentheses opened within the segment (one pass,
    // keeping the depth as `in_parens` counts it).
    let mut mentions: Vec<(usize, &LocalMention)> = Vec::new();
    let mut depth = 0i32;
    for i in a..b {
        if depth == 0 || s.w(i) == "(" {
            if let Some(m) = s.mention[i] {
                mentions.push((i, &ents.mentions[m]));
            }
        }
        match s.w(i) {
            "(" => depth += 1,
            ")" => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    let entity = |m: &LocalMention| m.entity;
    // "Mr Karsk's critics", "Ostrow's customers": people of the one named
    // who do not speak for it ("Ostrow's lawyers" do).
    let others_of = |m: &LocalMention| {
        let Some(last) = (a..b).find(|&i| s.toks[i].end == m.end) else { return false };
        let word = |k: usize| k < b && s.toks[k].word && !s.in_quote[k] && s.mention[k].is_none();
        if !matches!(s.toks.get(last + 1).map(|t| t.text(s.text)), Some("’s" | "'s" | "’")) || !word(last + 2) {
            return false;
        }
        is_plural_noun(s.lw(last + 2)) && !is_record_noun(s.lw(last + 2)) && !is_staff_noun(s.lw(last + 2))
    };
    // "Mensah's national federation", "Holt's campaign": a person's body
    // speaks for itself, named as written.
    let body_of = |m: &LocalMention| {
        let last = (a..b).find(|&i| s.toks[i].end == m.end)?;
        if h.kind(m.entity) != EntityKind::Person || !matches!(s.toks.get(last + 1).map(|t| t.text(s.text)), Some("’s" | "'s" | "’")) {
            return None;
        }
        let body = |k: usize| institution_head(s.lw(k)).is_some() || descriptor_kind(s.lw(k)).is_some() || matches!(s.lw(k), "federation" | "union" | "party" | "campaign" | "foundation" | "association");
        (last + 2..(last + 5).min(b)).take_while(|&k| s.toks[k].word && !s.in_quote[k] && s.mention[k].is_none() && s.w(k).starts_with(char::is_lowercase)).find(|&k| body(k))
    };
    if let Some((m, k)) = mentions.iter().find_map(|(_, m)| body_of(m).map(|k| (*m, k))) {
        return Some(LocalSpeaker::Group(s.text[m.start..s.toks[k].end].to_string()));
    }
    mentions.retain(|(_, m)| !others_of(m));
    // Joint speakers ("X and Y said"): the first named speaks.
    if let Some((_, m)) = mentions.iter().find(|(_, m)| !m.demonym && h.kind(m.entity) == EntityKind::Person) {
        return Some(LocalSpeaker::Entity(entity(m)));
    }
    // The words of the phrase outside quotations, and all its words.
    let spoken: Vec<usize> = (a..b).filter(|&i| s.toks[i].word && !s.in_quote[i]).collect();
    let words: Vec<usize> = (a..b).filter(|&i| s.toks[i].word).collect();
    if let Some(label) = familiar_source(s, &spoken) {
        return Some(LocalSpeaker::Group(label));
    }
    if let Some(label) = placed_body(s, &spoken, &mentions, h) {
        return Some(LocalSpeaker::Group(label));
    }
    if let Some(sp) = voice_of_body(s, (a, b), &spoken, &mentions, h) {
        return Some(sp);
    }
    // "A spokeswoman for the Russian embassy": a role or group noun heads the
    // phrase and what follows only says whose it is.
    {
        let lead = words.iter().copied().find(|&i| !DETERMINERS.contains(&s.lw(i)) && !matches!(s.lw(i), "but" | "and" | "while"));
        if let Some(l) = lead {
            let next = words.iter().copied().find(|&i| i > l).map(|i| s.lw(i));
            if (is_group_noun(s.w(l)) || is_person_role(s.w(l))) && s.mention[l].is_none() && matches!(next, Some("for" | "of" | "at" | "from")) {
                let mut end = *words.last().expect("lead exists");
                while end > l && s.toks[end].word && s.aux(end) {
                    end -= 1;
                }
                let phrase = &s.text[s.toks[l].start..s.toks[end].end];
                let mut c = phrase.chars();
                return Some(LocalSpeaker::Group(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()));
            }
        }
    }
    // A noun phrase's head comes before its first preposition ("the Chinese
    // embassy in London"): look there first, then in the whole phrase.
    let first_word = (a..b).find(|&i| s.toks[i].word);
    let prep = (a..b).find(|&i| {
        Some(i) != first_word
            && s.toks[i].word
            && !s.in_quote[i]
            && matches!(s.lw(i), "in" | "at" | "of" | "for" | "from" | "on" | "with" | "by")
            // "familiar with the matter" belongs to the head before it.
            && !(i > a && matches!(s.lw(i - 1), "familiar" | "knowledgeable" | "briefed"))
    });
    // "Farmers interviewed by the paper": the participle before "by"
    // belongs to the modifier, not the head.
    let prep = prep.map(|p| {
        let participle = |w: &str| w.len() > 4 && w.ends_with("ed") || matches!(w, "seen" | "known" | "run" | "owned" | "taken" | "given" | "chosen");
        if s.lw(p) == "by" && p > a + 1 && Some(p - 1) != first_word && s.toks[p - 1].word && s.mention[p - 1].is_none() && participle(s.lw(p - 1)) {
            p - 1
        } else {
            p
        }
    });
    if let Some(p) = prep {
        if let Some(sp) = speaker_in(s, a, p, h) {
            return Some(sp);
        }
    }
    for i in a..b {
        if s.toks[i].word && PRONOUNS.contains(&s.lw(i)) && s.mention[i].is_none() {
            return h.pronoun(s.lw(i), s.toks[i].start);
        }
    }
    // Named entities that head the phrase (not possessive modifiers).
    let named: Vec<&(usize, &LocalMention)> = mentions
        .iter()
        .filter(|(i, m)| {
            let poss = s.toks.get(i + 1).is_some_and(|t| matches!(t.text(s.text), "’s" | "'s" | "’"));
            // A possessive ("China's official Xinhua") modifies a later name.
            let modifier = poss && mentions.iter().any(|(_, o)| o.start > m.end && !o.demonym);
            !(m.demonym || modifier)
        })
        .collect();
    if let Some((_, m)) = named.last() {
        return Some(LocalSpeaker::Entity(entity(m)));
    }
    // "Many Tunisians accuse …", "some Ruritanians say": a people in the
    // plural heading the subject speaks as a collective of that people.
    let last_word = (a..b).rev().find(|&i| s.toks[i].word && !s.aux(i));
    if let Some(i) = last_word.filter(|&i| s.mention[i].is_some() && mentions.iter().any(|(_, m)| m.demonym && m.start <= s.toks[i].start && s.toks[i].end <= m.end)) {
        let w = s.w(i);
        if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
            return Some(LocalSpeaker::Group(w.to_string()));
        }
    }
    // A group noun phrase: "Chinese state media", "the officials concerned".
    if mentions.is_empty() {
        if let Some(e) = named_after_description(s, &words, h) {
            return Some(LocalSpeaker::Entity(e));
        }
    }
    // The head of the phrase: the last group noun ("Chinese state media").
    let group = words.iter().position(|&i| is_group_noun(s.w(i))).map(|mut p| {
        // "media outlets": a plural noun after the group noun heads it.
        while p + 1 < words.len() && (is_group_noun(s.w(words[p + 1])) || words[p + 1] == words[p] + 1 && s.w(words[p + 1]).starts_with(char::is_lowercase) && is_plural_noun(s.lw(words[p + 1]))) {
            p += 1;
        }
        words[p]
    });
    // Any plural noun heading the subject speaks as a collective:
    // "many customers said", "security practitioners told"; records are
    // no one ("the messages hinted at …").
    let group = group.or_else(|| {
        words.iter().rev().copied().find(|&i| !s.aux(i)).filter(|&i| {
            let sentence_start = (0..i).all(|k| !s.toks[k].word);
            s.mention[i].is_none() && !s.in_quote[i] && (sentence_start || s.w(i).starts_with(char::is_lowercase)) && is_plural_noun(s.lw(i)) && !is_record_noun(s.lw(i))
        })
    });
    if let Some(g) = group {
        // A definite description of an earlier entity: "the newspaper".
        let definite = words.first().is_some_and(|&f| s.lw(f) == "the");
        // "the gang", "cybercriminals": the attackers the article names
        // beside such a noun, never another party by salience.
        if mentions.is_empty() && is_attacker_noun(s.lw(g)) {
            if let Some(e) = h.attackers_near(s.toks[a].start) {
                return Some(LocalSpeaker::Entity(e));
            }
        }
        if definite && mentions.is_empty() && !is_attacker_noun(s.lw(g)) {
            if let Some(kind) = descriptor_kind(s.w(g)) {
                if let Some(e) = described(h, s, a, g, kind) {
                    return Some(LocalSpeaker::Entity(e));
                }
            }
        }
        // The phrase runs left from its head while its words modify it:
        // "criticism from users" names "users", not the criticism.
        let mut from = words.iter().position(|&i| i == g).unwrap_or(0);
        while from > 0 {
            let w = s.lw(words[from - 1]);
            let past = w.len() > 3 && w.ends_with("ed");
            let modifier = words[from - 1] + 1 == words[from]
                && !is_preposition(w)
                && !s.aux(words[from - 1])
                && !past
                && crate::lexicon::reporting_lemma(w).is_none()
                && !matches!(w, "but" | "and" | "with" | "while" | "so" | "yet" | "or" | "who" | "which" | "that");
            if !modifier {
                break;
            }
            from -= 1;
        }
        let first = words[from..]
            .iter()
            .copied()
            .find(|&i| !DETERMINERS.contains(&s.lw(i)))
            .unwrap_or(g);
        // "Reports have identified …" opening a sentence: media reports
        // speak; "reports" elsewhere is what someone made.
        let reports_speak = s.w(g) == "Reports" && first == g;
        if first <= g && (reports_speak || s.lw(g) != "reports" && s.lw(g) != "report") {
            // "people familiar with the matter", "sources close to the talks":
            // the post-modifier is part of who they are.
            let mut last = g;
            if words.iter().any(|&w| w == g + 1) && matches!(s.lw(g + 1), "familiar" | "close" | "briefed" | "knowledgeable") {
                last = *words.iter().rev().find(|&&w| !s.aux(w)).unwrap_or(&g);
            }
            let g_end = last;
            let phrase = &s.text[s.toks[first].start..s.toks[g_end].end];
            // "the embassy" after "the Chinese embassy": the same speaker.
            if definite && first == g {
                let head = s.lw(g);
                if let Some(earlier) = h.groups.iter().rev().find(|l| l.to_lowercase().rsplit(' ').next() == Some(head)) {
                    return Some(LocalSpeaker::Group(earlier.clone()));
                }
            }
            let mut c = phrase.chars();
            let cap: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
            return Some(LocalSpeaker::Group(cap));
        }
    }
    // "the user" after "a Fenwick user": the one just quoted.
    let core = words.iter().rposition(|&i| !s.aux(i)).map_or(&words[..0], |e| &words[..=e]);
    if let [f, n] = core[..] {
        let anonymous = matches!(s.lw(n), "source" | "insider");
        // "this person said": the unnamed source quoted before.
        let pointer = matches!(s.lw(f), "this" | "that") && matches!(s.lw(n), "source" | "insider" | "person" | "official");
        if pointer || s.lw(f) == "the" && (is_plain_person_noun(s.lw(n)) || anonymous) {
            let noun = s.lw(n);
            if let Some(earlier) = h.groups.iter().rev().find(|l| l.to_lowercase().rsplit(' ').next() == Some(noun)) {
                return Some(LocalSpeaker::Group(earlier.clone()));
            }
            let unnamed = |l: &&String| l.split(' ').next().is_some_and(|w| matches!(w.to_lowercase().as_str(), "source" | "sources" | "insider" | "person" | "official"));
            if let Some(earlier) = (anonymous || pointer).then(|| h.groups.iter().rev().find(unnamed)).flatten() {
                return Some(LocalSpeaker::Group(earlier.clone()));
            }
            // "the source": unnamed by design, whoever came before.
            if anonymous {
                let mut c = s.w(n).chars();
                return Some(LocalSpeaker::Group(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()));
            }
        }
    }
    // "the English-language daily": a descriptor noun for an earlier entity.
    if words.first().is_some_and(|&f| s.lw(f) == "the") {
        if let Some(&d) = words.iter().rev().find(|&&i| descriptor_kind(s.w(i)).is_some() || is_attacker_noun(s.lw(i))) {
            let kind = descriptor_kind(s.w(d));
            let found = match kind {
                _ if is_attacker_noun(s.lw(d)) => h.attackers_near(s.toks[a].start),
                Some(kind) => described(h, s, a, d, kind),
                None => None,
            };
            if let Some(e) = found {
                return Some(LocalSpeaker::Entity(e));
            }
            // "The environment ministry said": a state body the article
            // never names speaks as described.
            if kind == Some(EntityKind::GovernmentBody) {
                let phrase = &s.text[s.toks[words[1]].start..s.toks[d].end];
                let mut c = phrase.chars();
                return Some(LocalSpeaker::Group(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()));
            }
        }
    }
    None
}

/// The body a document is by when the phrase only describes it: "a
/// report by a Vestland security firm" (an unnamed source, named as
/// described), "a report by the firm" (the firm the article means). A
/// country that only qualifies the description is not the source.
fn describer(s: &Sent, head: usize, words: &[usize], mentions: &[(usize, &LocalMention)], h: &History) -> Option<LocalSpeaker> {
    let d = words.iter().copied().find(|&i| i > head && s.mention[i].is_none() && s.w(i).starts_with(char::is_lowercase) && descriptor_kind(s.w(i)).is_some())?;
    let det = words.iter().copied().rev().find(|&i| i > head && i < d && matches!(s.lw(i), "a" | "an" | "the"))?;
    let only_places = mentions.iter().filter(|(i, _)| *i > det && *i < d).all(|(_, m)| m.demonym || matches!(h.kind(m.entity), EntityKind::Country | EntityKind::Place));
    if !only_places {
        return None;
    }
    if s.lw(det) == "the" {
        return described(h, s, det, d, descriptor_kind(s.w(d))?).map(LocalSpeaker::Entity);
    }
    let phrase = &s.text[s.toks[det + 1].start..s.toks[d].end];
    let mut c = phrase.chars();
    Some(LocalSpeaker::Group(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()))
}

/// "A union representing couriers has accused …", "A hospital group in
/// the north has denied …": a lead describes a body before it names it.
/// When the article has named nothing of that kind yet, the body of that
/// kind it names next is the one meant.
fn named_after_description(s: &Sent, words: &[usize], h: &History) -> Option<usize> {
    let (&det, rest) = words.split_first()?;
    if !matches!(s.lw(det), "a" | "an") {
        return None;
    }
    let head = rest.iter().take(3).copied().take_while(|&i| s.w(i).starts_with(char::is_lowercase)).find(|&i| descriptor_kind(s.w(i)).is_some())?;
    let modifiers_only = rest.iter().take_while(|&&i| i < head).all(|&i| !s.aux(i) && crate::lexicon::reporting_lemma(s.lw(i)).is_none());
    let kind = descriptor_kind(s.w(head))?;
    if !modifiers_only || is_attacker_noun(s.lw(head)) || kind == EntityKind::Media {
        return None;
    }
    // "A rights group", "a patient advocacy group": a group is a
    // company's or a campaign's.
    let group = matches!(s.lw(head), "group" | "organisation" | "organization");
    let fits = |k: EntityKind| k == kind || group && k == EntityKind::Programme;
    let pos = s.toks[det].start;
    if h.last_mention_before(pos, fits).is_some() {
        return None;
    }
    // "A rights group accused Meridane of …": a party the lead names
    // outright is not the one it only describes.
    let (start, end) = (pos, s.toks.last().map_or(pos, |t| t.end));
    let here: Vec<usize> = h.ents.mentions.iter().filter(|m| m.start >= start && m.end <= end).map(|m| m.entity).collect();
    h.ents.mentions.iter().filter(|m| m.start >= end && m.start < end + 1200 && !m.demonym && fits(h.kind(m.entity)) && !here.contains(&m.entity)).min_by_key(|m| m.start).map(|m| m.entity)
}

/// Nouns for those who attack: "the gang", "the hackers", "cybercriminals".
pub(super) fn is_attacker_noun(lower: &str) -> bool {
    matches!(lower, "gang" | "hackers" | "hacker" | "cybercriminals" | "criminals" | "attackers" | "crew" | "actor" | "actors")
}

/// "a person familiar with the matter", "a source close to the talks":
/// an unnamed source by design, named as described.
fn familiar_source(s: &Sent, words: &[usize]) -> Option<String> {
    let [det, noun, how, ..] = words[..] else { return None };
    let source = matches!(s.lw(det), "a" | "an" | "one" | "another") && matches!(s.lw(noun), "source" | "person" | "official" | "insider");
    if !source || !matches!(s.lw(how), "familiar" | "close" | "briefed" | "knowledgeable") || s.mention[noun].is_some() {
        return None;
    }
    let end = *words.iter().rev().find(|&&i| !s.aux(i))?;
    let phrase = &s.text[s.toks[noun].start..s.toks[end].end];
    let mut c = phrase.chars();
    Some(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default())
}

/// "a Vestland appeals court", "the Oslo prosecutor’s office", "the
/// Vestland government": a state body known by its country or city speaks
/// as itself, not as the country; named as written.
fn placed_body(s: &Sent, words: &[usize], mentions: &[(usize, &LocalMention)], h: &History) -> Option<String> {
    let mut words = words;
    // "The Vestland government has also": the verb's helpers are no part of it.
    while words.last().is_some_and(|&i| s.aux(i) || matches!(s.lw(i), "also" | "not" | "never" | "now" | "since" | "already") || s.lw(i).ends_with("ly")) {
        words = &words[..words.len() - 1];
    }
    // "the Vestland defence ministry spokesman": the body speaks.
    if words.len() > 1 && words.last().is_some_and(|&i| is_spokes_noun(s.lw(i))) {
        words = &words[..words.len() - 1];
    }
    let head = *words.last()?;
    let body = matches!(s.lw(head), "court" | "government" | "office" | "ministry" | "embassy" | "police" | "parliament" | "regulator" | "prosecutors" | "military" | "army");
    let state = |m: &LocalMention| matches!(h.kind(m.entity), EntityKind::Country | EntityKind::Place);
    // The body's words may have been read into the country's own mention
    // ("the Vestland foreign ministry"): a ministry is a body of its own.
    let placed = !mentions.is_empty() && mentions.iter().all(|(i, m)| (*i < head || m.end >= s.toks[head].end) && state(m));
    let named_body = s.mention[head].is_some_and(|m| !state(&h.ents.mentions[m]));
    if !body || !placed || named_body || !s.w(head).starts_with(char::is_lowercase) || s.lw(head) == "government" && s.mention[head].is_some() {
        return None;
    }
    let mut first = words.iter().copied().find(|&i| !DETERMINERS.contains(&s.lw(i)))?;
    // "a spokesperson for the Vestland ministry": the body, not its voice.
    if is_spokes_noun(s.lw(first)) {
        first = words.iter().copied().skip_while(|&i| i <= first).find(|&i| !DETERMINERS.contains(&s.lw(i)) && !matches!(s.lw(i), "for" | "of" | "at" | "from"))?;
    }
    let phrase = &s.text[s.toks[first].start..s.toks[head].end];
    let mut c = phrase.chars();
    Some(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default())
}

/// The entity a definite description of `kind` ("the company", "the
/// agency"), headed by the noun at `noun`, refers to: the one the article
/// introduced with that noun ("a group called Vexa", "Lumio, a rights
/// group"); else the salient entity of that kind, or failing that the
/// salient organisation of another kind (a carrier the gazetteer filed as
/// something else is still "the company"); else, in a lead that describes
/// before it names, the first one named after the sentence.
pub(super) fn described(h: &History, s: &Sent, a: usize, noun: usize, kind: EntityKind) -> Option<usize> {
    let pos = s.toks[a].start;
    // "The group" is a company's or a campaign's; "the ministry" only a
    // state's body, never the company the article is about.
    let group = matches!(s.lw(noun), "group" | "organisation" | "organization");
    let state = kind == EntityKind::GovernmentBody;
    let org = |k: EntityKind| (organisation(k) || group && k == EntityKind::Programme) && k != EntityKind::Country && (!state || k == kind);
    let fits = |k: EntityKind| k == kind || organisation(kind) && org(k);
    let salient = if group { h.salient(pos, org) } else { h.salient(pos, |k| k == kind).or_else(|| if organisation(kind) { h.salient(pos, org) } else { None }) };
    h.by_introduction(pos, s.lw(noun), salient, |_| true).or_else(|| h.next_named(s.toks.last().map_or(pos, |t| t.end), fits))
}

/// The entity a capitalised word the recogniser left unmarked here names
/// elsewhere in the article ("a Telvana spokesperson").
fn unmarked(s: &Sent, h: &History, i: usize) -> Option<usize> {
    let w = s.w(i);
    if !s.toks[i].word || !w.starts_with(char::is_uppercase) {
        return None;
    }
    h.written_as(w)
}

/// The person a description means ("the researcher", "the Fenwick
/// host"): the one the article names next to a body or place the
/// description names ("Fenwick host Ann Roy"); else, when it names one, the
/// person the article has made most of (a description with a body in it
/// re-introduces, it does not continue the last speaker); else the salient
/// person. Before the body of the article has named anyone, or for an
/// indefinite "a researcher", the person it names next (a lead describes,
/// then names).
fn described_person(h: &History, pos: usize, end: usize, (qualifiers, titles): (&[usize], &[&str]), noun: &str, indefinite: bool) -> Option<usize> {
    let person = |k| k == EntityKind::Person;
    if indefinite || h.last_mention_before(pos, person).is_none() {
        return h.next_named(end, person).or_else(|| h.salient(pos, person));
    }
    // "the Ohio lawmaker" after "Ohio Senator Ann Roy".
    if let Some(e) = titles.iter().find_map(|w| h.person_titled(w)).or_else(|| qualifiers.iter().find_map(|&q| h.person_beside(q))) {
        return Some(e);
    }
    if !qualifiers.is_empty() || !titles.is_empty() {
        // Not someone the article introduced as another body's.
        let elsewhere: Vec<usize> = h.pairs_beside().filter(|&(_, b)| organisation(h.kind(b)) && h.kind(b) != EntityKind::Country).map(|(p, _)| p).collect();
        let most = h.most_made_of(pos, |e, k| person(k) && !elsewhere.contains(&e)).or_else(|| h.most_made_of(pos, |_, k| person(k)));
        return h.by_introduction(pos, noun, most, person);
    }
    // "X revealed that the researcher found …. The researcher observed":
    // the previous speaker spoke of the one described as someone else.
    let other = match &h.prev {
        Some((LocalSpeaker::Entity(e), _)) if h.spoke_of_another(*e, pos, noun) => Some(*e),
        _ => None,
    };
    let salient = match other {
        Some(o) => h.most_made_of(pos, |e, k| person(k) && e != o),
        None => h.salient(pos, person),
    };
    h.by_introduction(pos, noun, salient, person)
}

/// Words that end a noun phrase's head: prepositions, and participles
/// that open a post-modifier ("a statement provided to the paper").
pub(super) fn ends_head(w: &str) -> bool {
    matches!(w, "in" | "at" | "of" | "for" | "from" | "on" | "with" | "by" | "to" | "who" | "which" | "that")
        || matches!(w, "provided" | "sent" | "issued" | "seen" | "posted" | "published" | "released" | "shared" | "led" | "based" | "owned" | "headed" | "obtained" | "reviewed" | "filed" | "unsealed")
}

/// "A Telvana spokesperson", "the statement", "the researcher who found
/// the flaw", "a statement from the Florida lawmaker": a phrase headed by
/// a spokesperson, a document or a description speaks for the body or
/// person it names, or, naming none, for the one the article is about.
pub(super) fn voice_of_body(s: &Sent, (a, b): (usize, usize), words: &[usize], mentions: &[(usize, &LocalMention)], h: &History) -> Option<LocalSpeaker> {
    let first = *words.first()?;
    let head_end = words.iter().copied().find(|&i| i > first && ends_head(s.lw(i))).unwrap_or(b);
    let head = words.iter().copied().rev().find(|&i| i < head_end && !s.aux(i))?;
    if s.mention[head].is_some() {
        return None;
    }
    let determiner = s.lw(first);
    let named = |want: &dyn Fn(EntityKind) -> bool| {
        mentions.iter().find(|(_, m)| !m.demonym && want(h.kind(m.entity))).map(|(_, m)| m.entity)
    };
    let pos = s.toks[a].start;
    let hw = s.lw(head);
    // "Our investigation indicates": the first person is whoever is
    // speaking already.
    if matches!(determiner, "our" | "my") {
        return h.prev.as_ref().map(|(sp, _)| sp.clone());
    }
    // A capitalised word before the head that the article names elsewhere:
    // "a Telvana spokesperson" where this "Telvana" was not marked.
    let modifier = || words.iter().copied().filter(|&i| i > first && i < head && s.w(i).starts_with(char::is_uppercase)).find_map(|i| unmarked(s, h, i));
    // The bodies and places a description names: "the Fenwick host", "the
    // Ohio lawmaker", "the top Democrat on the Budget Committee".
    let mut qualifiers: Vec<usize> = mentions.iter().filter(|(_, m)| h.kind(m.entity) != EntityKind::Person).map(|(_, m)| m.entity).collect();
    let capitals = |from: usize, to: usize| words.iter().copied().filter(move |&i| i > from && i < to && s.mention[i].is_none() && s.w(i).starts_with(char::is_uppercase));
    qualifiers.extend(capitals(first, b).filter_map(|i| unmarked(s, h, i)));
    let titles: Vec<&str> = capitals(first, b).map(|i| s.w(i)).collect();
    // The end of the sentence: a lead's description names someone after it.
    let end = s.toks.last().map_or(pos, |t| t.end);
    // "The claim, lodged at the High Court, says": a claim that speaks is
    // the filed one, a document.
    let document = is_document_noun(hw) || hw == "claim";
    if is_spokes_noun(hw) || document {
        // "a statement from the Florida lawmaker": a description inside.
        if let Some(d) = words.iter().copied().find(|&i| i > head && is_person_description(s.lw(i)) && s.mention[i].is_none()) {
            let own: Vec<usize> = (head + 1..d).filter_map(|i| s.mention[i].map(|m| h.ents.mentions[m].entity).or_else(|| unmarked(s, h, i))).filter(|&e| h.kind(e) != EntityKind::Person).collect();
            let titles: Vec<&str> = capitals(head, d).map(|i| s.w(i)).collect();
            return described_person(h, pos, end, (&own, &titles), s.lw(d), false).map(LocalSpeaker::Entity);
        }
        if let Some(sp) = describer(s, head, words, mentions, h) {
            return Some(sp);
        }
        if let Some(e) = named(&|k| k != EntityKind::Place).or_else(modifier) {
            return Some(LocalSpeaker::Entity(e));
        }
        // "his spokesman said": the one the possessive points back to.
        if is_spokes_noun(hw) && words.len() == 2 && matches!(determiner, "his" | "her" | "its" | "their") {
            let p = match determiner { "his" => "he", "her" => "she", "its" => "it", _ => "they" };
            if let Some(sp) = h.pronoun(p, pos) {
                return Some(sp);
            }
        }
        // "a league spokesman", "a ministry statement": the body the
        // descriptor before the head means.
        let descriptor = words.iter().copied().find(|&i| i < head && s.mention[i].is_none() && s.w(i).starts_with(char::is_lowercase) && descriptor_kind(s.w(i)).is_some() && !is_attacker_noun(s.lw(i)) && s.lw(i) != "company");
        if let Some(d) = descriptor {
            if let Some(e) = described(h, s, first, d, descriptor_kind(s.w(d)).expect("checked")) {
                return Some(LocalSpeaker::Entity(e));
            }
        }
        let bare = words.iter().all(|&i| i == head || DETERMINERS.contains(&s.lw(i)) || matches!(s.lw(i), "new" | "brief" | "short" | "written" | "official" | "joint" | "latest" | "earlier" | "recent" | "one" | "company" | "corporate"));
        if bare && (matches!(determiner, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that") || first == head) {
            // "The lawsuit alleges": the party that sued.
            if let Some(e) = h.plaintiff.filter(|_| determiner == "the" && super::history::is_suit_noun(hw)) {
                return Some(LocalSpeaker::Entity(e));
            }
            return match &h.prev {
                Some((sp @ LocalSpeaker::Entity(_), _)) if document => Some(sp.clone()),
                // "The spokesperson added": the body that spoke last, of
                // whatever kind (a university, a union).
                Some((sp @ LocalSpeaker::Entity(e), _)) if h.kind(*e) != EntityKind::Person && h.kind(*e) != EntityKind::Country => Some(sp.clone()),
                _ => h.salient(pos, |k| organisation(k) && k != EntityKind::Country).map(LocalSpeaker::Entity),
            };
        }
        return None;
    }
    // "one Fenwick user", "a Lumio customer": someone from a body's public,
    // not the body; named as written.
    if matches!(determiner, "a" | "an" | "one" | "another" | "some" | "several" | "multiple" | "many")
        && head_end == b
        && s.w(head).starts_with(char::is_lowercase)
        && (is_plain_person_noun(hw) || is_plain_person_noun(hw.trim_end_matches('s')))
        && words.iter().any(|&i| i > first && i < head && s.mention[i].is_some())
    {
        let phrase = &s.text[s.toks[first].start..s.toks[head].end];
        let mut c = phrase.chars();
        return Some(LocalSpeaker::Group(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()));
    }
    // "a senior political source told Reuters": an anonymous source is
    // unnamed by design; no later or earlier name is theirs.
    if matches!(determiner, "a" | "an") && head_end == b && matches!(hw, "source" | "insider" | "official") && named(&|_| true).is_none() {
        let phrase = &s.text[s.toks[words[1]].start..s.toks[head].end];
        let mut c = phrase.chars();
        return Some(LocalSpeaker::Group(c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()));
    }
    if matches!(determiner, "the" | "a" | "an") && is_person_description(hw) && named(&|k| k == EntityKind::Person).is_none() {
        return described_person(h, pos, end, (&qualifiers, &titles), hw, determiner != "the").map(LocalSpeaker::Entity);
    }
    // "One likened …", "Another said …": one more of the collective just quoted.
    if words.len() == 1 && matches!(determiner, "one" | "another") {
        return match &h.prev {
            Some((sp @ LocalSpeaker::Group(_), _)) => Some(sp.clone()),
            _ => None,
        };
    }
    None
}

/// People known by their relation to a body, not speaking for it.
pub(super) fn is_plain_person_noun(lower: &str) -> bool {
    matches!(
        lower,
        "user" | "customer" | "client" | "reader" | "member" | "employee" | "worker" | "resident" | "subscriber" | "viewer"
            | "listener" | "poster" | "commenter" | "victim" | "owner" | "shareholder" | "investor" | "student" | "parent"
            | "patient" | "passenger" | "driver" | "buyer" | "seller" | "fan" | "player" | "voter" | "citizen"
    )
}

/// Prepositions that open an adverbial phrase.
pub(super) fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "on" | "at" | "after" | "before" | "during" | "for" | "with" | "by" | "from" | "since" | "over" | "under"
            | "through" | "throughout" | "amid" | "despite" | "following" | "upon" | "within" | "into" | "about" | "as"
    )
}

/// Speech verbs that stand before their speaker: "…,” said Anna Holt.
pub(super) fn inverts(lower: &str) -> bool {
    !lower.ends_with("ing") && crate::lexicon::reporting_lemma(lower).is_some_and(|l| {
        matches!(
            l.lemma,
            "say" | "add" | "write" | "note" | "explain" | "insist" | "argue" | "warn" | "claim" | "reply" | "respond"
                | "ask" | "observe" | "recall" | "state" | "conclude" | "comment" | "remark" | "quip" | "tweet"
                | "reveal" | "continue" | "stress" | "counter" | "retort" | "admit" | "concede" | "suggest"
        )
    })
}

/// Words that open a post-modifier between commas, not a subject:
/// "Facebook's team, led by Jane Doe, said", "Acme, based in Ohio, said".
pub(super) fn is_post_modifier(lower: &str) -> bool {
    matches!(
        lower,
        "led" | "based" | "owned" | "headed" | "founded" | "known" | "run" | "backed" | "including" | "formerly"
            | "previously" | "once" | "itself" | "himself" | "herself" | "themselves" | "like" | "unlike" | "along"
    )
}

/// A comma, semicolon or dash between phrases: "Lumio -- which calls
/// itself … -- said" sets its aside off with a typed double hyphen too.
pub(super) fn is_break(s: &Sent, i: usize) -> bool {
    match s.w(i) {
        "," | ";" | "–" | "—" | "--" => true,
        "-" => s.toks[i].start > 0 && s.text[..s.toks[i].start].ends_with(char::is_whitespace),
        _ => false,
    }
}

/// A comma just inside a closing quotation mark, ending the quoted
/// phrase and the clause with it: "… a so-called “glitch,” a source said".
pub(super) fn closes_quote(s: &Sent, i: usize) -> bool {
    s.w(i) == "," && i + 1 < s.toks.len() && s.is_quote_mark(i + 1) && !s.in_quote.get(i + 2).copied().unwrap_or(false)
}

/// Split `a..b` at commas (and dashes, semicolons) outside quotes and
/// parentheses.
pub(super) fn segments(s: &Sent, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = a;
    let mut depth = 0i32;
    for i in a..b {
        match s.w(i) {
            _ if depth == 0 && (!s.in_quote[i] && is_break(s, i) || closes_quote(s, i)) => {
                out.push((start, i));
                start = i + 1;
            }
            "(" => depth += 1,
            ")" => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    out.push((start, b));
    out
}

/// The subject of the verb at `v`, looking left from it over clause `a..v`.
pub(super) fn subject(s: &Sent, a: usize, v: usize, h: &History) -> Option<LocalSpeaker> {
    // "Germany summoned the envoy after prosecutors concluded …": a
    // subordinate clause that runs up to the verb has its own subject; look
    // only inside it. One closed off by commas ("Kerry, after meeting Wang,
    // said") is an aside, and the subject stands before it.
    let a = (a..v)
        .rev()
        .take_while(|&i| s.in_quote[i] || !is_break(s, i))
        .find(|&i| s.toks[i].word && !s.in_quote[i] && i + 1 < v && SUBORDINATORS.contains(&s.lw(i)))
        .map_or(a, |i| i + 1);
    // "A researcher found and disclosed a flaw": the first of two joined
    // verbs ends the subject.
    let mut v = v;
    while v >= a + 3 && s.lw(v - 1) == "and" && s.toks[v - 2].word && s.mention[v - 2].is_none() && joined_verb(s.lw(v - 2)) {
        v -= 2;
    }
    // "The gang, which calls itself Vexa, posted the list on Friday and
    // said …": a verb phrase joined to the reporting verb by "and" shares
    // its subject, which stands before the clause's first verb.
    if v >= a + 3 && s.lw(v - 1) == "and" && !s.in_quote[v - 1] {
        if let Some(k) = first_verb(s, a, v - 1) {
            v = k;
        }
    }
    if let Some(sp) = caused_to(s, a, v, h) {
        return Some(sp);
    }
    // "… address reports suggesting that …": records nobody is named for
    // say it; whoever mentions them does not.
    if v > a && crate::lexicon::verbs::is_gerund(s.lw(v)) && s.lw(v - 1).ends_with('s') && is_record_noun(s.lw(v - 1)) && !(v >= 2 && matches!(s.lw(v - 2), "'s" | "’s" | "its" | "their" | "his" | "her" | "our")) {
        return None;
    }
    // "the steps it said it had taken": a pronoun right before the verb
    // is its subject, whatever came before.
    let mut k = v;
    while k > a && s.toks[k - 1].word && s.aux(k - 1) {
        k -= 1;
    }
    if k > a && s.toks[k - 1].word && !s.in_quote[k - 1] && s.mention[k - 1].is_none() && PRONOUNS.contains(&s.lw(k - 1)) {
        return h.pronoun(s.lw(k - 1), s.toks[k - 1].start);
    }
    let segs = segments(s, a, v);
    for (k, &(x, y)) in segs.iter().enumerate().rev() {
        let words: Vec<usize> = (x..y).filter(|&i| s.toks[i].word && !s.in_quote[i]).collect();
        if words.is_empty() {
            continue;
        }
        let first = s.lw(words[0]);
        // "criticism from users, who took to Fenwick to say": a relative
        // clause holding the verb speaks for the noun phrase it follows.
        if k > 0 && k + 1 == segs.len() && matches!(first, "who" | "which") {
            if let Some(sp) = antecedent(s, segs[k - 1], h) {
                return Some(sp);
            }
        }
        if matches!(first, "who" | "which" | "whose" | "where" | "whom") {
            continue; // relative clause
        }
        let is_last = k + 1 == segs.len();
        // "…, some noted": a bare quantifier names nobody; "While the fix
        // was welcomed by users, …": an opening clause names its own actors.
        if is_last && words.len() == 1 && matches!(first, "some" | "many" | "several" | "others" | "most" | "few") {
            return None;
        }
        if k == 0 && !is_last && matches!(first, "while" | "although" | "though" | "whereas" | "whilst") {
            continue;
        }
        // "In a later post on Fenwick, a spokesperson said": an opening
        // adverbial names where, not who.
        let names_person = (x..y).any(|i| s.mention[i].is_some_and(|m| h.kind(h.ents.mentions[m].entity) == EntityKind::Person));
        if !is_last && k == 0 && is_preposition(first) && !names_person {
            continue;
        }
        // "Jake Holm, co-founder and CTO at Brightline, said": a role
        // after the person it describes; the person speaks.
        if k > 0 && !names_person && role_phrase(s, &words) && opens_with_person(s, segs[k - 1], h) {
            continue;
        }
        // "Lumio -- one of the largest carriers -- said": an aside between dashes.
        let dash = |i: usize| is_break(s, i) && !matches!(s.w(i), "," | ";");
        let between_dashes = x > 0 && y < v && dash(x - 1) && dash(y);
        let appositive = !is_last
            && k > 0
            && ((is_person_role(first) || is_title(first)) && !opens_with_person(s, (x, y), h)
                || is_post_modifier(first)
                || reduced_relative(s, words[0])
                || between_dashes
                || matches!(first, "a" | "an" | "another" | "one")
                || first == "the" && words.len() > 1 && is_person_role(s.lw(words[1]))
                // An aside between commas: "Kerry, after meeting Wang, said".
                || SUBORDINATORS.contains(&first));
        if appositive {
            continue;
        }
        if let Some(sp) = speaker_in(s, x, y, h) {
            return Some(sp);
        }
        if is_last && words.iter().any(|&i| !s.aux(i)) && k == 0 {
            return None;
        }
    }
    None
}

/// "The lawsuit, filed in a federal court, alleges": an aside opening
/// with a past participle describes the noun before it, which speaks.
fn reduced_relative(s: &Sent, i: usize) -> bool {
    let w = s.lw(i);
    // "filed in", "lodged at": a reporting participle too, with its place.
    let placed = i + 1 < s.toks.len() && matches!(s.lw(i + 1), "in" | "at" | "on" | "by" | "with");
    s.mention[i].is_none() && s.w(i).starts_with(char::is_lowercase) && w.len() > 4 && w.ends_with("ed") && (placed || crate::lexicon::reporting_lemma(w).is_none())
}

/// A verb in the past joined to the reporting verb after it: "found"
/// in "found and disclosed", "reviewed" in "reviewed and rejected".
fn joined_verb(lower: &str) -> bool {
    crate::lexicon::reporting_lemma(lower).is_some() || lower.len() > 4 && lower.ends_with("ed") || matches!(lower, "found" | "saw" | "took" | "made" | "got" | "went")
}

/// The first verb in the past of clause `a..b` that has words before it,
/// outside relative clauses and asides ("posted" in "The gang, which calls
/// itself Vexa, posted the list").
fn first_verb(s: &Sent, a: usize, b: usize) -> Option<usize> {
    segments(s, a, b).into_iter().find_map(|(x, y)| {
        let first = (x..y).find(|&i| s.toks[i].word && !s.in_quote[i])?;
        if matches!(s.lw(first), "who" | "which" | "that" | "whose" | "where") || SUBORDINATORS.contains(&s.lw(first)) || is_preposition(s.lw(first)) {
            return None;
        }
        (first.max(a + 1)..y).find(|&i| {
            let w = s.lw(i);
            s.toks[i].word
                && !s.in_quote[i]
                && s.mention[i].is_none()
                && !s.w(i).starts_with(char::is_uppercase)
                && joined_verb(w)
                && !matches!(s.lw(i - 1), "the" | "a" | "an" | "was" | "were" | "been" | "being" | "is" | "are" | "be")
        })
    })
}

/// "That led the host to proclaim …", "the leak prompted Lumio to deny
/// …": the one a causative verb moves to speak is the speaker, not the
/// cause in subject position.
fn caused_to(s: &Sent, a: usize, v: usize, h: &History) -> Option<LocalSpeaker> {
    if v < a + 3 || s.lw(v - 1) != "to" {
        return None;
    }
    let cause = (a..v - 1).rev().take(8).find(|&k| s.toks[k].word && !s.in_quote[k] && matches!(s.lw(k), "led" | "leads" | "prompted" | "prompts" | "caused" | "forced" | "spurred" | "drove" | "compelled" | "inspired"))?;
    (cause + 1 < v - 1).then(|| speaker_in(s, cause + 1, v - 1, h)).flatten()
}

/// The noun phrase that ends segment `x..y`, after its last preposition
/// or verb ("faced criticism from users" → "users", "called law
/// enforcement" → "law enforcement"), as a speaker.
fn antecedent(s: &Sent, (x, y): (usize, usize), h: &History) -> Option<LocalSpeaker> {
    let verbish = |i: usize| {
        let w = s.lw(i);
        is_preposition(w) || s.aux(i) || crate::lexicon::reporting_lemma(w).is_some() || w.len() > 4 && w.ends_with("ed") && s.mention[i].is_none()
    };
    let from = (x..y).rev().find(|&i| s.toks[i].word && s.mention[i].is_none() && verbish(i)).map_or(x, |i| i + 1);
    (from < y && (from..y).any(|i| s.toks[i].word)).then(|| speaker_in(s, from, y, h)).flatten()
}

/// "co-founder and CTO at …", "the vice chair of …", "a senior analyst":
/// a phrase that opens with a role or a description of a person.
fn role_phrase(s: &Sent, words: &[usize]) -> bool {
    let mut rest = words.iter().map(|&i| s.lw(i)).skip_while(|w| matches!(*w, "the" | "a" | "an" | "its" | "his" | "her" | "their"));
    rest.by_ref().take(2).any(|w| is_title(w) || is_person_role(w) || is_person_description(w))
}

/// Does segment `x..y` open with a named person ("Sen. Ann Roy (D-Ore.)"),
/// titles aside?
fn opens_with_person(s: &Sent, (x, y): (usize, usize), h: &History) -> bool {
    let first = (x..y).find(|&i| s.toks[i].word && !(s.mention[i].is_none() && (is_title(s.lw(i).trim_end_matches('.')) || matches!(s.lw(i), "but" | "and"))));
    first.and_then(|i| s.mention[i]).is_some_and(|m| h.kind(h.ents.mentions[m].entity) == EntityKind::Person)
}

/// The subject at the start of the clause `a..v` ("Multiple customers
/// voiced complaints on Fenwick, saying …"): the words before its own verb.
pub(super) fn main_subject(s: &Sent, a: usize, v: usize, h: &History) -> Option<LocalSpeaker> {
    let first = (a..v).find(|&i| s.toks[i].word && !s.in_quote[i])?;
    let cut = (first + 1..v)
        .find(|&i| {
            let w = s.lw(i);
            s.toks[i].word
                && s.mention[i].is_none()
                && !s.in_quote[i]
                && (matches!(w, "has" | "have" | "had" | "is" | "was" | "are" | "were" | "will" | "did" | "does" | "took" | "made" | "came" | "went" | "gave" | "sent" | "put" | "got" | "began")
                    || (w.len() > 4 && w.ends_with("ed") && !s.w(i).starts_with(char::is_uppercase))
                    || crate::lexicon::reporting_lemma(w).is_some())
        })
        .unwrap_or(v);
    speaker_in(s, first, cut, h).or_else(|| subject(s, a, v, h))
}

/// "Anita Royce, who is not involved in the case, said …", "The claim,
/// lodged on Tuesday, says …": the comma before the verb closes a
/// relative clause, so the verb has its subject before it and nothing
/// after it is a speaker.
fn closes_relative(s: &Sent, v: usize) -> bool {
    let Some(open) = (0..v.saturating_sub(1)).rev().find(|&i| !s.in_quote[i] && is_break(s, i)) else {
        return false;
    };
    open + 1 < v && (matches!(s.lw(open + 1), "who" | "which") || reduced_relative(s, open + 1))
}

/// The speaker named after an inverted verb: "…, said Neil Kenward, …".
/// Only verbs of speech invert; a verb that takes an object ("…, rejected
/// the claim") has its subject before it.
pub(super) fn inverted(s: &Sent, v: &Verb, h: &History) -> Option<LocalSpeaker> {
    let n = s.toks.len();
    if !inverts(s.lw(v.at)) || closes_relative(s, v.at) {
        return None;
    }
    let start = v.end + 1;
    let mut j = start;
    while j < n && matches!(s.lw(j), "the" | "a" | "an") {
        j += 1;
    }
    let mut e = j;
    // "said Mr. Reeves": the full stop of a title abbreviation is part of
    // the name.
    let title_stop = |e: usize| s.w(e) == "." && e > j && is_title(s.lw(e - 1));
    while e < n && (s.toks[e].word || title_stop(e)) && !matches!(s.lw(e), "that" | "which" | "who" | "in" | "on" | "to") {
        e += 1;
    }
    // "…, asked Director Lee Amos to explain": an object with a clause
    // after it, not an inverted speaker.
    if e == j || (e < n && matches!(s.lw(e), "that" | "to")) {
        return None;
    }
    // "said the firm's director" names its speaker through a possessive;
    // "said the review's sample sizes were small" opens what was said: the
    // words after the possessive are read with it.
    if e < n && matches!(s.w(e), "'s" | "’s") {
        e += 1;
        while e < n && s.toks[e].word && !matches!(s.lw(e), "that" | "which" | "who" | "in" | "on" | "to") {
            e += 1;
        }
    }
    // An inverted speaker is a name or a short description ("said Neil
    // Kenward", "said the ministry"), or a lone pronoun ("said he"). A
    // pronoun further on means the words after the verb are what was said
    // ("said the case showed how hard it was"), not who said it.
    let pronoun_inside = (j..e).any(|i| PRONOUNS.contains(&s.lw(i)));
    // A finite verb among them makes them a clause too.
    let clause = (j..e).any(|i| matches!(s.lw(i), "should" | "must" | "will" | "would" | "could" | "can" | "may" | "might" | "is" | "are" | "was" | "were" | "has" | "have" | "had" | "did" | "does"));
    if e - j > 8 || (pronoun_inside && e - j > 1) || clause {
        return None;
    }
    // "said the firm's director, Ana Ruiz": a role, then the person who
    // holds it, named in apposition.
    let role = (j..e).any(|i| s.toks[i].word && is_person_role(s.w(i)));
    if role && e + 1 < n && s.w(e) == "," {
        if let Some(m) = s.mention[e + 1].filter(|&m| h.kind(h.ents.mentions[m].entity) == EntityKind::Person) {
            return Some(LocalSpeaker::Entity(h.ents.mentions[m].entity));
        }
    }
    // The determiner stays with a description ("the company's director").
    speaker_in(s, if s.mention[j].is_some() { j } else { start }, e, h)
}
