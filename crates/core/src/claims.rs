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
//! - a quotation paragraph with no attribution continues the previous speaker.
//!
//! Pronouns ("he", "it") resolve to the nearest fitting antecedent, and a
//! definite description ("the English-language daily") to the last entity
//! of that kind. Sentences with no attribution are the writer's narrative and
//! give no claim, except an explicit evaluation ("it would be naïve to …").

use crate::entities::{ArticleEntities, LocalMention};
use crate::lexicon::verbs::{is_base_form, Complement};
use crate::lexicon::*;
use crate::model::{EntityKind, Polarity};
use crate::polarity;
use crate::tokens::{Lowered, Sentence, Token, Tokenised};

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

struct Sent<'a> {
    text: &'a str,
    toks: &'a [Token],
    lower: &'a Lowered,
    /// The article's index of the sentence's first token.
    base: usize,
    in_quote: Vec<bool>,
    /// Mention covering each token, if any.
    mention: Vec<Option<usize>>,
}

impl Sent<'_> {
    fn w(&self, i: usize) -> &str {
        self.toks[i].text(self.text)
    }
    fn lw(&self, i: usize) -> &str {
        self.lower.get(self.base + i)
    }
    fn is_quote_mark(&self, i: usize) -> bool {
        self.w(i).chars().all(crate::text::is_double_quote)
    }
}

fn build<'a>(text: &'a str, s: &Sentence, tk: &'a Tokenised, (base, end): (usize, usize), mentions: &[LocalMention]) -> Sent<'a> {
    let toks = &tk.toks[base..end];
    let mut in_quote = Vec::with_capacity(toks.len());
    let mut q = false;
    for t in toks {
        let w = t.text(text);
        if w.chars().all(crate::text::is_double_quote) {
            let opening = match w {
                "“" | "«" | "„" => true,
                "”" | "»" => false,
                _ => !q,
            };
            in_quote.push(true);
            q = opening;
        } else {
            in_quote.push(q);
        }
    }
    // Mentions are sorted by start: look only at those inside the sentence.
    let first = mentions.partition_point(|m| m.end <= s.start);
    let last = mentions.partition_point(|m| m.start < s.end);
    let mention = toks
        .iter()
        .map(|t| (first..last).find(|&k| mentions[k].start <= t.start && t.end <= mentions[k].end))
        .collect();
    Sent { text, toks, lower: &tk.lower, base, in_quote, mention }
}

/// A reporting verb found in a sentence.
#[derive(Clone, Debug)]
struct Verb {
    at: usize,
    /// Last token of the verb phrase ("called on", "was quoted as saying").
    end: usize,
    class: Option<VerbClass>,
    kind: VerbKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VerbKind {
    Plain,
    AccordingTo,
    Nominal,
    Quoted,
}

const DETERMINERS: &[&str] = &["the", "a", "an", "these", "those", "such", "its", "his", "her", "their", "our", "this", "that"];

/// Words before a noun, not a verb: "four claims", "no comment", "new reports".
const NOUN_MARKERS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "multiple", "numerous",
    "no", "any", "some", "new", "other", "similar", "earlier", "previous", "false", "fresh", "further", "recent",
];

fn find_verbs(s: &Sent) -> Vec<Verb> {
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
                if !reach.into_iter().any(|k| words.contains(&s.lw(k)) || words.contains(&s.w(k))) {
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

/// What the resolver knows of the article so far.
struct History<'a> {
    ents: &'a ArticleEntities,
    prev: Option<(LocalSpeaker, usize)>,
    /// Group speakers so far ("Chinese embassy"), for a later "the embassy".
    groups: Vec<String>,
    /// How many claims each entity has voiced so far.
    spoke: Vec<u32>,
}

/// Kinds an organisation's description ("the company", "it") can refer to.
fn organisation(k: EntityKind) -> bool {
    !matches!(k, EntityKind::Person | EntityKind::Place | EntityKind::Event | EntityKind::Document | EntityKind::Programme)
}

impl History<'_> {
    fn kind(&self, e: usize) -> EntityKind {
        self.ents.entities[e].kind
    }

    fn last_mention_before(&self, pos: usize, want: impl Fn(EntityKind) -> bool) -> Option<usize> {
        self.ents
            .mentions
            .iter()
            .filter(|m| m.end <= pos && !m.demonym && want(self.kind(m.entity)))
            .max_by_key(|m| m.start)
            .map(|m| m.entity)
    }

    /// The entity a description or pronoun most likely means: the previous
    /// speaker when it fits, else the fitting entity the article has made
    /// most of so far (each mention counts one, each claim it voiced three),
    /// the most recent on a tie. News prose keeps its protagonist as "the
    /// company" or "it" long after another name has passed by.
    fn salient(&self, pos: usize, want: impl Fn(EntityKind) -> bool) -> Option<usize> {
        if let Some((LocalSpeaker::Entity(e), _)) = &self.prev {
            if want(self.kind(*e)) {
                return Some(*e);
            }
        }
        self.most_made_of(pos, |_, k| want(k))
    }

    /// The entity (passing `want`, given its index and kind) the article
    /// has made most of before `pos`: each mention counts one, each claim
    /// it voiced three; the most recent on a tie.
    fn most_made_of(&self, pos: usize, want: impl Fn(usize, EntityKind) -> bool) -> Option<usize> {
        let mut score: Vec<(u32, usize)> = vec![(0, 0); self.ents.entities.len()];
        for m in self.ents.mentions.iter().filter(|m| m.end <= pos && !m.demonym) {
            let s = &mut score[m.entity];
            s.0 += 1;
            s.1 = s.1.max(m.start + 1);
        }
        (0..score.len())
            .filter(|&e| score[e].1 > 0 && want(e, self.kind(e)))
            .max_by_key(|&e| (score[e].0 + 3 * self.spoke.get(e).copied().unwrap_or(0), score[e].1))
    }

    /// The first fitting entity named after `pos`, in the next two
    /// paragraphs' worth of text.
    fn next_named(&self, pos: usize, want: impl Fn(EntityKind) -> bool) -> Option<usize> {
        self.ents.mentions.iter().filter(|m| m.start >= pos && m.start < pos + 1200 && !m.demonym && want(self.kind(m.entity))).min_by_key(|m| m.start).map(|m| m.entity)
    }

    fn pronoun(&self, p: &str, pos: usize) -> Option<LocalSpeaker> {
        match p {
            "he" | "she" | "him" | "her" => {
                if let Some((LocalSpeaker::Entity(e), _)) = &self.prev {
                    if self.kind(*e) == EntityKind::Person {
                        return Some(LocalSpeaker::Entity(*e));
                    }
                }
                self.last_mention_before(pos, |k| k == EntityKind::Person).map(LocalSpeaker::Entity).or_else(|| {
                    // A person the recogniser could not type is still the
                    // likeliest "he" when they spoke last.
                    match &self.prev {
                        Some((sp @ LocalSpeaker::Entity(e), _)) if !matches!(self.kind(*e), EntityKind::Country | EntityKind::Place) => Some(sp.clone()),
                        _ => None,
                    }
                })
            }
            "it" => self.salient(pos, organisation).map(LocalSpeaker::Entity),
            "they" | "we" => self.prev.as_ref().map(|(s, _)| s.clone()),
            _ => None,
        }
    }
}

const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we"];

/// Conjunctions that open a subordinate clause with a subject of its own.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "because", "since", "while", "when", "although", "though", "until", "whereas", "unless",
];

/// The speaker inside tokens `a..b` of a subject segment.
fn speaker_in(s: &Sent, a: usize, b: usize, h: &History) -> Option<LocalSpeaker> {
    let ents = h.ents;
    // "but the company": a joining word is not part of the subject.
    let mut a = a;
    while a < b && s.toks[a].word && matches!(s.lw(a), "but" | "and" | "yet" | "so" | "whereas" | "however" | "while") {
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
    // Joint speakers ("X and Y said"): the first named speaks.
    if let Some((_, m)) = mentions.iter().find(|(_, m)| !m.demonym && h.kind(m.entity) == EntityKind::Person) {
        return Some(LocalSpeaker::Entity(entity(m)));
    }
    if let Some(sp) = voice_of_body(s, a, b, &mentions, h) {
        return Some(sp);
    }
    // "A spokeswoman for the Russian embassy": a role or group noun heads the
    // phrase and what follows only says whose it is.
    {
        let words: Vec<usize> = (a..b).filter(|&i| s.toks[i].word).collect();
        let lead = words.iter().copied().find(|&i| !DETERMINERS.contains(&s.lw(i)) && !matches!(s.lw(i), "but" | "and" | "while"));
        if let Some(l) = lead {
            let next = words.iter().copied().find(|&i| i > l).map(|i| s.lw(i));
            if (is_group_noun(s.w(l)) || is_person_role(s.w(l))) && s.mention[l].is_none() && matches!(next, Some("for" | "of" | "at" | "from")) {
                let mut end = *words.last().expect("lead exists");
                while end > l && s.toks[end].word && is_auxiliary(s.w(end)) {
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
    // A group noun phrase: "Chinese state media", "the officials concerned".
    let words: Vec<usize> = (a..b).filter(|&i| s.toks[i].word).collect();
    // The head of the phrase: the last group noun ("Chinese state media").
    let group = words.iter().position(|&i| is_group_noun(s.w(i))).map(|mut p| {
        while p + 1 < words.len() && is_group_noun(s.w(words[p + 1])) {
            p += 1;
        }
        words[p]
    });
    // Any plural noun heading the subject speaks as a collective:
    // "many customers said", "security practitioners told".
    let group = group.or_else(|| {
        words.iter().rev().copied().find(|&i| !is_auxiliary(s.w(i))).filter(|&i| {
            let sentence_start = (0..i).all(|k| !s.toks[k].word);
            s.mention[i].is_none() && !s.in_quote[i] && (sentence_start || s.w(i).starts_with(char::is_lowercase)) && is_plural_noun(s.lw(i))
        })
    });
    if let Some(g) = group {
        // A definite description of an earlier entity: "the newspaper".
        let definite = words.first().is_some_and(|&f| s.lw(f) == "the");
        if definite && mentions.is_empty() {
            if let Some(kind) = descriptor_kind(s.w(g)) {
                if let Some(e) = described(h, s.toks[a].start, kind) {
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
                && !is_auxiliary(s.w(words[from - 1]))
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
        if first <= g && s.lw(g) != "reports" && s.lw(g) != "report" {
            // "people familiar with the matter", "sources close to the talks":
            // the post-modifier is part of who they are.
            let mut last = g;
            if words.iter().any(|&w| w == g + 1) && matches!(s.lw(g + 1), "familiar" | "close" | "briefed" | "knowledgeable") {
                last = *words.iter().rev().find(|&&w| !is_auxiliary(s.w(w))).unwrap_or(&g);
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
    // "the English-language daily": a descriptor noun for an earlier entity.
    if words.first().is_some_and(|&f| s.lw(f) == "the") {
        if let Some(&d) = words.iter().rev().find(|&&i| descriptor_kind(s.w(i)).is_some()) {
            let kind = descriptor_kind(s.w(d)).expect("checked");
            if let Some(e) = described(h, s.toks[a].start, kind) {
                return Some(LocalSpeaker::Entity(e));
            }
        }
    }
    None
}

/// The entity a definite description of `kind` ("the company", "the
/// agency") refers to: the salient entity of that kind, or failing that
/// the salient organisation of another kind (a carrier the gazetteer filed
/// as something else is still "the company").
fn described(h: &History, pos: usize, kind: EntityKind) -> Option<usize> {
    h.salient(pos, |k| k == kind).or_else(|| if organisation(kind) { h.salient(pos, |k| organisation(k) && k != EntityKind::Country) } else { None })
}

/// Words that end a noun phrase's head: prepositions, and participles
/// that open a post-modifier ("a statement provided to the paper").
fn ends_head(w: &str) -> bool {
    matches!(w, "in" | "at" | "of" | "for" | "from" | "on" | "with" | "by" | "to" | "who" | "which" | "that")
        || matches!(w, "provided" | "sent" | "issued" | "seen" | "posted" | "published" | "released" | "shared" | "led" | "based" | "owned" | "headed" | "obtained" | "reviewed" | "filed" | "unsealed")
}

/// "A Telvana spokesperson", "the statement", "the researcher who found
/// the flaw", "a statement from the Florida lawmaker": a phrase headed by
/// a spokesperson, a document or a description speaks for the body or
/// person it names, or, naming none, for the one the article is about.
fn voice_of_body(s: &Sent, a: usize, b: usize, mentions: &[(usize, &LocalMention)], h: &History) -> Option<LocalSpeaker> {
    let words: Vec<usize> = (a..b).filter(|&i| s.toks[i].word && !s.in_quote[i]).collect();
    let first = *words.first()?;
    let head_end = words.iter().copied().find(|&i| i > first && ends_head(s.lw(i))).unwrap_or(b);
    let head = words.iter().copied().rev().find(|&i| i < head_end && !is_auxiliary(s.w(i)))?;
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
    let modifier = || {
        words.iter().copied().filter(|&i| i > first && i < head && s.w(i).starts_with(char::is_uppercase)).find_map(|i| {
            let w = s.w(i);
            h.ents.mentions.iter().find(|m| !m.demonym && &s.text[m.start..m.end] == w).map(|m| m.entity)
        })
    };
    if is_spokes_noun(hw) || is_document_noun(hw) {
        // "a statement from the Florida lawmaker": a description inside.
        if let Some(e) = named(&|k| k != EntityKind::Place).or_else(modifier) {
            return Some(LocalSpeaker::Entity(e));
        }
        if words.iter().any(|&i| i > head && is_person_description(s.lw(i))) {
            return h.salient(pos, |k| k == EntityKind::Person).map(LocalSpeaker::Entity);
        }
        let bare = words.iter().all(|&i| i == head || DETERMINERS.contains(&s.lw(i)) || matches!(s.lw(i), "new" | "brief" | "short" | "written" | "official" | "joint" | "latest" | "earlier" | "recent" | "one" | "company" | "corporate"));
        if bare && (matches!(determiner, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that") || first == head) {
            return match &h.prev {
                Some((sp @ LocalSpeaker::Entity(_), _)) if is_document_noun(hw) => Some(sp.clone()),
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
    if matches!(determiner, "the" | "a" | "an") && is_person_description(hw) && named(&|k| k == EntityKind::Person).is_none() {
        // "The researcher …" before the article has named anyone: the
        // person it names next (a lead describes, then names).
        let before = if determiner == "the" { h.salient(pos, |k| k == EntityKind::Person) } else { None };
        return before.or_else(|| h.next_named(pos, |k| k == EntityKind::Person)).map(LocalSpeaker::Entity);
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
fn is_plain_person_noun(lower: &str) -> bool {
    matches!(
        lower,
        "user" | "customer" | "client" | "reader" | "member" | "employee" | "worker" | "resident" | "subscriber" | "viewer"
            | "listener" | "poster" | "commenter" | "victim" | "owner" | "shareholder" | "investor" | "student" | "parent"
            | "patient" | "passenger" | "driver" | "buyer" | "seller" | "fan" | "player" | "voter" | "citizen"
    )
}

/// Prepositions that open an adverbial phrase.
fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "on" | "at" | "after" | "before" | "during" | "for" | "with" | "by" | "from" | "since" | "over" | "under"
            | "through" | "throughout" | "amid" | "despite" | "following" | "upon" | "within" | "into" | "about" | "as"
    )
}

/// Speech verbs that stand before their speaker: "…,” said Anna Holt.
fn inverts(lower: &str) -> bool {
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
fn is_post_modifier(lower: &str) -> bool {
    matches!(
        lower,
        "led" | "based" | "owned" | "headed" | "founded" | "known" | "run" | "backed" | "including" | "formerly"
            | "previously" | "once" | "itself" | "himself" | "herself" | "themselves" | "like" | "unlike" | "along"
    )
}

/// Split `a..b` at commas (and dashes, semicolons) outside quotes and
/// parentheses.
fn segments(s: &Sent, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = a;
    let mut depth = 0i32;
    for i in a..b {
        match s.w(i) {
            "," | ";" | "–" | "—" if depth == 0 && !s.in_quote[i] => {
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
fn subject(s: &Sent, a: usize, v: usize, h: &History) -> Option<LocalSpeaker> {
    // "Germany summoned the envoy after prosecutors concluded …": a
    // subordinate clause that runs up to the verb has its own subject; look
    // only inside it. One closed off by commas ("Kerry, after meeting Wang,
    // said") is an aside, and the subject stands before it.
    let a = (a..v)
        .rev()
        .take_while(|&i| s.in_quote[i] || !matches!(s.w(i), "," | ";" | "–" | "—"))
        .find(|&i| s.toks[i].word && !s.in_quote[i] && i + 1 < v && SUBORDINATORS.contains(&s.lw(i)))
        .map_or(a, |i| i + 1);
    // "the steps it said it had taken": a pronoun right before the verb
    // is its subject, whatever came before.
    let mut k = v;
    while k > a && s.toks[k - 1].word && is_auxiliary(s.w(k - 1)) {
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
        if matches!(first, "who" | "which" | "whose" | "where" | "whom") {
            continue; // relative clause
        }
        let is_last = k + 1 == segs.len();
        // "In a later post on Fenwick, a spokesperson said": an opening
        // adverbial names where, not who.
        let names_person = (x..y).any(|i| s.mention[i].is_some_and(|m| h.kind(h.ents.mentions[m].entity) == EntityKind::Person));
        if !is_last && k == 0 && is_preposition(first) && !names_person {
            continue;
        }
        let appositive = !is_last
            && k > 0
            && (is_person_role(first)
                || is_title(first)
                || is_post_modifier(first)
                || matches!(first, "a" | "an" | "another")
                || first == "the" && words.len() > 1 && is_person_role(s.lw(words[1]))
                // An aside between commas: "Kerry, after meeting Wang, said".
                || SUBORDINATORS.contains(&first));
        if appositive {
            continue;
        }
        if let Some(sp) = speaker_in(s, x, y, h) {
            return Some(sp);
        }
        if is_last && words.iter().any(|&i| !is_auxiliary(s.w(i))) && k == 0 {
            return None;
        }
    }
    None
}

/// The subject at the start of the clause `a..v` ("Multiple customers
/// voiced complaints on Fenwick, saying …"): the words before its own verb.
fn main_subject(s: &Sent, a: usize, v: usize, h: &History) -> Option<LocalSpeaker> {
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

/// The speaker named after an inverted verb: "…, said Neil Kenward, …".
/// Only verbs of speech invert; a verb that takes an object ("…, rejected
/// the claim") has its subject before it.
fn inverted(s: &Sent, v: &Verb, h: &History) -> Option<LocalSpeaker> {
    let n = s.toks.len();
    if !inverts(s.lw(v.at)) {
        return None;
    }
    let mut j = v.end + 1;
    while j < n && matches!(s.lw(j), "the" | "a" | "an") {
        j += 1;
    }
    let mut e = j;
    while e < n && s.toks[e].word && !matches!(s.lw(e), "that" | "which" | "who" | "in" | "on" | "to") {
        e += 1;
    }
    // "…, asked Director Lee Amos to explain": an object with a clause
    // after it, not an inverted speaker.
    if e == j || (e < n && matches!(s.lw(e), "that" | "to")) {
        return None;
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
    speaker_in(s, j, e, h)
}

/// The words of what is reported, for polarity: lowercased, each entity
/// mention replaced by one [`polarity::ENTITY`] placeholder.
fn content_words<'s>(s: &'s Sent, from: usize, to: usize) -> Vec<&'s str> {
    content_by(s, from, to, &|_| false)
}

/// [`content_words`], with the speaker's own mentions (`is_speaker` of a
/// mention index) as [`polarity::SPEAKER`]: what it says of itself is the
/// first person, never a third party's guilt.
fn content_by<'s>(s: &'s Sent, from: usize, to: usize, is_speaker: &dyn Fn(usize) -> bool) -> Vec<&'s str> {
    let mut out = Vec::new();
    let mut last_mention = None;
    for i in from..to.min(s.toks.len()) {
        if let Some(m) = s.mention[i] {
            if last_mention != Some(m) {
                out.push(if is_speaker(m) { polarity::SPEAKER } else { polarity::ENTITY });
            }
            last_mention = Some(m);
            continue;
        }
        last_mention = None;
        if s.toks[i].word {
            out.push(s.lw(i));
        }
    }
    out
}

const EVALUATIVE: &[&str] = &[
    "naïve", "naive", "wrong", "foolish", "premature", "unrealistic", "mistake", "misguided",
    "optimistic", "pessimistic", "doubtful", "clear", "obvious",
];

/// "It would be naïve to think …": the writer's own judgement.
fn writer_evaluation(s: &Sent) -> bool {
    let words: Vec<&str> = (0..s.toks.len()).filter(|&i| s.toks[i].word).map(|i| s.lw(i)).collect();
    words.windows(3).take(6).any(|w| w[0] == "it" && matches!(w[1], "would" | "is" | "seems" | "remains"))
        && words.iter().any(|w| EVALUATIVE.contains(w))
        && words.windows(2).any(|w| w[0] == "to" && matches!(w[1], "think" | "assume" | "believe" | "expect" | "say"))
}

/// Text that reports nothing whatever its verbs: a headline or subheading
/// (title case, no closing stop), an update note ("Update 11:55 AM: …",
/// "Editor's note: …"), or a hypothetical the writer poses ("Imagine
/// getting a message …").
fn not_reported(s: &Sent, first_word: usize) -> bool {
    let words: Vec<usize> = (0..s.toks.len()).filter(|&i| s.toks[i].word && !s.in_quote[i]).collect();
    let last = s.toks.last().map(|t| t.text(s.text)).unwrap_or("");
    let capitalised = words.iter().filter(|&&i| s.w(i).starts_with(char::is_uppercase)).count();
    let heading = !matches!(last, "." | "!" | "?" | ":" | "”" | "\"" | "’") && words.len() >= 2 && words.len() <= 14 && capitalised * 4 >= words.len() * 3;
    let first = s.lw(first_word);
    let note = matches!(first, "update" | "updated" | "correction" | "clarification") || (first == "editor's" || first == "editor’s");
    let note = note && (first_word + 1..(first_word + 6).min(s.toks.len())).any(|i| s.w(i) == ":");
    let hypothetical = matches!(first, "imagine" | "picture" | "suppose");
    heading || note || hypothetical
}

/// How a piece of a split sentence relates to the piece before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Join {
    /// A sentence of its own, or the first piece.
    Alone,
    /// "…, adding that …", "… and urged …": the same subject goes on.
    Inherit,
    /// "…, who has accused …": the subject is the name before "who"
    /// (a mention index).
    Relative(usize),
}

/// One sentence, two claims: split where a second reporting clause begins
/// with a contrast ("but the suspect denied …"), a relative ("who has
/// accused …"), or a change of act ("and urged …", "adding that …" after
/// a verb of another class). The conjunction opens the second piece, as
/// the rule book has it; "and" is left out.
fn clauses(s: &Sent, verbs: &[Verb], sent: &Sentence, (base, end): (usize, usize)) -> Vec<(Sentence, (usize, usize), Join)> {
    let n = s.toks.len();
    let alone = vec![(Sentence { start: sent.start, end: sent.end, paragraph: sent.paragraph }, (base, end), Join::Alone)];
    let Some(first) = verbs.iter().find(|v| v.kind == VerbKind::Plain) else { return alone };
    let class_of = |v: &Verb| v.class;
    let mut depth = 0i32;
    for b in first.end + 1..n {
        match s.w(b) {
            "(" => depth += 1,
            ")" => depth = (depth - 1).max(0),
            _ => {}
        }
        if depth > 0 || s.in_quote[b] || !s.toks[b].word {
            continue;
        }
        let next_verb = |from: usize, gap: usize| verbs.iter().find(|v| v.at > from && v.at <= from + gap && v.kind == VerbKind::Plain);
        let comma_before = b > 0 && matches!(s.w(b - 1), "," | ";");
        let split = match s.lw(b) {
            // "but it denied", "but the company denied any breach".
            "but" | "whereas" => next_verb(b, 6).filter(|v| {
                let own_subject = (b + 1..v.at).any(|k| s.toks[k].word && (s.mention[k].is_some() || PRONOUNS.contains(&s.lw(k)) || is_person_description(s.lw(k)) || is_group_noun(s.w(k))));
                own_subject || class_of(v) != class_of(first)
            }).map(|_| (b, Join::Alone)),
            "who" if comma_before => next_verb(b, 4).filter(|v| (b + 1..v.at).all(|k| is_auxiliary(s.w(k)))).and_then(|_| {
                let m = s.mention[..b - 1].iter().rev().take(3).flatten().next().copied()?;
                Some((b, Join::Relative(m)))
            }),
            "and" => next_verb(b, 2)
                .filter(|v| (b + 1..v.at).all(|k| is_auxiliary(s.w(k))) && !is_base_form(s.lw(v.at)) && class_of(v) != class_of(first))
                .map(|_| (b + 1, Join::Inherit)),
            // "…, along with the regulator in the Netherlands fining it":
            // a second actor and act.
            "along" if comma_before && b + 1 < n && s.lw(b + 1) == "with" => verbs
                .iter()
                .find(|v| v.at > b + 2 && v.at <= b + 14 && v.kind == VerbKind::Plain && crate::lexicon::verbs::is_gerund(s.lw(v.at)))
                .map(|_| (b, Join::Alone)),
            "adding" if comma_before => next_verb(b - 1, 1).filter(|v| v.at == b && class_of(first) != Some(VerbClass::Say)).map(|_| (b, Join::Inherit)),
            _ => None,
        };
        if let Some((at, join)) = split {
            // The first piece ends before the joining word and its comma.
            let mut left_end = b;
            while left_end > 0 && !s.toks[left_end - 1].word {
                left_end -= 1;
            }
            if left_end == 0 || at >= n {
                return alone;
            }
            let left = Sentence { start: sent.start, end: s.toks[left_end - 1].end, paragraph: sent.paragraph };
            let right = Sentence { start: s.toks[at].start, end: sent.end, paragraph: sent.paragraph };
            return vec![(left, (base, base + left_end), Join::Alone), (right, (base + at, end), join)];
        }
    }
    alone
}

/// A lead-in that ends with a colon ("Telvana said in a statement:"): the
/// paragraphs after it are its speaker's until one reads as narrative.
struct Block {
    speaker: LocalSpeaker,
    verb: Option<String>,
    /// The last paragraph it covered.
    para: usize,
    /// The lead-in's paragraph.
    lead: usize,
}

/// Does a sentence read as part of a quoted block or list rather than the
/// writer's narrative? It speaks in the first or second person, is quoted,
/// or is a short item with no full stop.
fn continues_block(s: &Sent) -> bool {
    let words: Vec<&str> = (0..s.toks.len()).filter(|&i| s.toks[i].word).map(|i| s.lw(i)).collect();
    let personal = words.iter().any(|w| matches!(*w, "we" | "our" | "us" | "i" | "my" | "me" | "you" | "your" | "we're" | "we’re" | "we've" | "we’ve" | "i'm" | "i’m"));
    let quoted = s.in_quote.iter().any(|&q| q);
    let last = s.toks.last().map(|t| t.text(s.text)).unwrap_or("");
    let item = words.len() <= 14 && !matches!(last, "." | "!" | "?");
    personal || quoted || item
}

/// Adverbs that mark a statement as reported without naming its source.
const HEDGE_ADVERBS: &[&str] = &["allegedly", "reportedly", "purportedly", "supposedly", "reputedly", "ostensibly", "seemingly"];

/// Participles that, after "is"/"was"/"been", report without a source:
/// "is believed to", "has been linked to", "was discovered that".
const HEDGE_PASSIVES: &[&str] = &[
    "believed", "thought", "alleged", "suspected", "rumoured", "rumored", "understood", "reported", "said", "linked",
    "accused", "charged", "discovered", "revealed", "feared", "tied", "blamed", "suspected", "indicted", "sued", "fined",
];

/// The hedge that makes an unattributed sentence a reported claim, if any:
/// "allegedly", "seems to", "is believed to", "was charged with".
fn hedge(s: &Sent) -> Option<String> {
    let n = s.toks.len();
    for i in 0..n {
        if !s.toks[i].word || s.in_quote[i] || s.mention[i].is_some() {
            continue;
        }
        let w = s.lw(i);
        if HEDGE_ADVERBS.contains(&w) {
            return Some(w.to_string());
        }
        // "potentially targeted by …" (a suspicion), not "can potentially
        // send" (a possibility).
        if w == "potentially" && i + 1 < n && s.lw(i + 1).ends_with("ed") {
            return Some(w.to_string());
        }
        if matches!(w, "seems" | "seemed" | "appears" | "appeared") && i + 1 < n && s.lw(i + 1) == "to" {
            return Some(w.to_string());
        }
        // "may have increased", "might have targeted": a suspicion.
        if matches!(w, "may" | "might") && i + 2 < n && s.lw(i + 1) == "have" && s.lw(i + 2).ends_with("ed") {
            return Some(s.text[s.toks[i].start..s.toks[i + 1].end].to_string());
        }
        if HEDGE_PASSIVES.contains(&w) {
            // A form of "be" within three words before, and no agent after.
            let be = (i.saturating_sub(3)..i).rev().find(|&k| matches!(s.lw(k), "is" | "are" | "was" | "were" | "been" | "be"));
            let agent = i + 1 < n && s.lw(i + 1) == "by";
            if let Some(b) = be {
                if !agent && (b + 1..i).all(|k| s.toks[k].word && (is_auxiliary(s.w(k)) || s.lw(k) == "and" || s.lw(k).ends_with("ed"))) {
                    return Some(s.text[s.toks[b].start..s.toks[i].end].to_string());
                }
            }
        }
    }
    None
}

/// Extract the claims of one article.
pub fn extract(text: &str, sentences: &[Sentence], tk: &Tokenised, ents: &ArticleEntities) -> Vec<LocalClaim> {
    let mut out: Vec<LocalClaim> = Vec::new();
    let mut h = History { ents, prev: None, groups: Vec::new(), spoke: vec![0; ents.entities.len()] };
    let mut block: Option<Block> = None;
    let (mut last_was_continuation, mut last_para) = (false, usize::MAX);
    // Each sentence, or each piece of a sentence split in two; a sentence
    // left whole keeps the tokens and verbs already read.
    let pieces = sentences.iter().zip(&tk.sents).flat_map(|(sent, &range)| {
        let whole = build(text, sent, tk, range, &ents.mentions);
        let verbs = find_verbs(&whole);
        let mut parts = clauses(&whole, &verbs, sent, range);
        if parts.len() == 1 {
            let (sent, range, join) = parts.pop().expect("one part");
            vec![(sent, range, join, Some((whole, verbs)))]
        } else {
            parts.into_iter().map(|(sent, range, join)| (sent, range, join, None)).collect()
        }
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
        let mut chosen: Option<(Verb, Option<LocalSpeaker>)> = None;

        let after_quote = quote_end.map(|q| q + 1).unwrap_or(0);
        let candidates: Vec<&Verb> = verbs.iter().filter(|v| v.at >= after_quote).collect();
        // Subject–verb and inverted attributions, left to right; "according
        // to" only when nothing else attributes the sentence.
        let mut found: Vec<(Verb, Option<LocalSpeaker>)> = Vec::new();
        for v in candidates.iter().filter(|v| v.kind != VerbKind::AccordingTo) {
            let sp = match v.kind {
                VerbKind::Quoted => {
                    // "quoted Foreign Minister Wang Yi telling …": the person quoted.
                    (v.at + 1..(v.at + 8).min(n)).find_map(|i| s.mention[i]).map(|m| LocalSpeaker::Entity(ents.mentions[m].entity))
                }
                VerbKind::Nominal => s.mention[v.at - 1].map(|m| LocalSpeaker::Entity(ents.mentions[m].entity)),
                _ => {
                    let before_is_break = v.at == after_quote || v.at > 0 && (matches!(s.w(v.at - 1), ",") || s.is_quote_mark(v.at - 1));
                    let inv = if before_is_break { inverted(&s, v, &h) } else { None };
                    let gerund = v.at > 0 && s.w(v.at - 1) == "," && crate::lexicon::verbs::is_gerund(s.lw(v.at));
                    if gerund {
                        // "Customers took to Fenwick, saying …": the subject
                        // of the clause the participle hangs from.
                        inv.or_else(|| main_subject(&s, after_quote, v.at, &h))
                    } else {
                        inv.or_else(|| subject(&s, after_quote, v.at, &h))
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
                    && (found[p].0.end + 1..v.at).any(|k| s.lw(k) == "that")
                    && v.at <= found[p].0.end + 12
                    && !(found[p].0.end + 1..v.at).any(|k| matches!(s.lw(k), "which" | "who" | "whom" | "where" | "when"))
            }) {
                pick = Some(p + 1 + q);
            }
        }
        if let Some(p) = pick {
            chosen = Some(found[p].clone());
        } else if let Some(v) = verbs.iter().find(|v| v.kind == VerbKind::AccordingTo) {
            let mut j = v.end + 1;
            while j < n && matches!(s.lw(j), "the" | "a" | "an") {
                j += 1;
            }
            // "according to X", "according to a report by the newspaper X",
            // "according to him"; the phrase ends at a comma.
            let np_end = (j..n).find(|&i| matches!(s.w(i), "," | ";" | ":") || s.is_quote_mark(i)).unwrap_or(n).min(j + 8);
            let document = (j..np_end).all(|i| !s.toks[i].word || s.mention[i].is_none()) && (j..np_end).any(|i| is_document_noun(s.lw(i)));
            let owner = if document {
                match &h.prev {
                    Some((sp @ LocalSpeaker::Entity(_), _)) => Some(sp.clone()),
                    _ => h.salient(s.toks[j.min(n - 1)].start, |k| organisation(k) && k != EntityKind::Country).map(LocalSpeaker::Entity),
                }
            } else {
                None
            };
            let sp = owner.or_else(|| (j..np_end)
                .filter_map(|i| s.mention[i])
                .find(|&m| !ents.mentions[m].demonym)
                .map(|m| LocalSpeaker::Entity(ents.mentions[m].entity)));
            let pronoun = (j < n && matches!(s.lw(j), "him" | "her" | "it" | "them")).then(|| {
                let p = match s.lw(j) { "him" => "he", "her" => "she", "them" => "they", other => other }.to_string();
                h.pronoun(&p, s.toks[j].start)
            }).flatten();
            let sp = sp.or(pronoun).or(Some(LocalSpeaker::Writer));
            chosen = Some((v.clone(), sp));
        } else if let Some((v, sp)) = found.into_iter().next() {
            chosen = Some((v, sp));
        }

        let mut continuation = false;
        let verb_at = chosen.as_ref().map(|(v, _)| v.clone());
        let claim = match chosen {
            Some((v, sp)) => {
                // The second half of a split sentence with no subject of
                // its own ("…, adding that …", "who has accused …") keeps
                // the first half's speaker, or the one the relative names.
                let sp = match (&sp, join) {
                    (None | Some(LocalSpeaker::Writer), Join::Inherit) => left_speaker.clone(),
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
                let content = if quote_first {
                    content_by(&s, first_word, quote_end.unwrap_or(n), &is_speaker)
                } else if v.kind == VerbKind::AccordingTo {
                    content_by(&s, 0, v.at, &is_speaker)
                } else if (v.end + 1..n).filter(|&i| s.toks[i].word).count() <= 3 && v.at > first_word + 3 && !quoted_after {
                    // "…, the daily said today.": the content comes first.
                    content_by(&s, first_word, v.at, &is_speaker)
                } else {
                    content_by(&s, v.at, n, &is_speaker)
                };
                let verb_word = (v.kind == VerbKind::Plain).then(|| s.lw(v.at));
                let verb_negated = (v.at.saturating_sub(3)..v.at).any(|k| s.toks[k].word && (matches!(s.lw(k), "not" | "never") || s.lw(k).ends_with("n't") || s.lw(k).ends_with("n’t")));
                let frame = polarity::Frame { verb: v.class, verb_word, quoted: quote_first, verb_negated };
                let pol = polarity::classify_in(frame, &content);
                Some((speaker, Some(verb_text), pol))
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
                Some((b.speaker.clone(), b.verb.clone(), polarity::classify_in(frame, &content)))
            }
            None if quote_first && s.toks.iter().filter(|t| t.word).count() >= 4 => {
                // A quotation with no attribution of its own continues the
                // previous speaker's, in the same or the next paragraph.
                match &h.prev {
                    Some((sp, para)) if sent.paragraph <= para + 1 => {
                        let content = content_words(&s, first_word, n);
                        continuation = true;
                        let frame = polarity::Frame { verb: Some(VerbClass::Say), verb_word: None, quoted: true, verb_negated: false };
                        Some((sp.clone(), None, polarity::classify_in(frame, &content)))
                    }
                    _ => None,
                }
            }
            None if hedge(&s).is_some() => {
                // "allegedly", "is believed to": reported, by nobody named.
                let content = content_words(&s, first_word, n);
                Some((LocalSpeaker::Writer, hedge(&s), polarity::classify(None, &content)))
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
                let said = (v.end + 1..n).filter(|&i| s.toks[i].word && !s.in_quote[i] && s.mention[i].is_none()).count();
                if said <= 1 {
                    claim = None;
                }
            }
        }
        if continuation {
            if let Some(b) = block.as_mut() {
                b.para = sent.paragraph;
            }
        }
        if let Some((speaker, verb, pol)) = claim {
            // Further sentences of a continued quotation or block, in one
            // voice and one polarity, are one claim.
            if continuation {
                if let Some(last) = out.last_mut() {
                    if last_was_continuation && last_para == sent.paragraph && last.speaker == speaker && last.polarity == pol {
                        last.end = sent.end;
                        continue;
                    }
                }
            }
            last_was_continuation = continuation;
            last_para = sent.paragraph;
            let speaker_entity = match &speaker {
                LocalSpeaker::Entity(e) => Some(*e),
                _ => None,
            };
            let mut about: Vec<usize> = ents
                .mentions
                .iter()
                .filter(|m| m.start >= sent.start && m.end <= sent.end && Some(m.entity) != speaker_entity)
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
            }
            if speaker != LocalSpeaker::Writer {
                h.prev = Some((speaker.clone(), sent.paragraph));
            }
            out.push(LocalClaim { speaker, verb, start: sent.start, end: sent.end, polarity: pol, about });
        }
    }
    out
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
mod tests {
    use super::*;
    use tests_support::claims;

    fn who(paras: &[&str]) -> Vec<String> {
        claims(paras).into_iter().map(|c| c.0).collect()
    }

    #[test]
    fn quote_first_attributions() {
        assert_eq!(
            who(&["Minister Anna Holt spoke on Monday.", "“We will respond in kind,” said Anna Holt, the defence minister.", "“It is a matter of time,” she said."]),
            ["Anna Holt", "Anna Holt"]
        );
        assert_eq!(who(&["“The data shows it,” Ivan Petrov from the Moscow Institute told the newspaper."]), ["Ivan Petrov"]);
        assert_eq!(
            who(&["“It matters,” Deputy Minister Lars Olsen, who spoke at the summit, was quoted as saying."]),
            ["Lars Olsen"]
        );
    }

    #[test]
    fn the_words_after_an_inverted_verb_are_not_its_speaker_when_they_are_a_clause() {
        let c = claims(&[
            "Officials at Darktrace briefed reporters.",
            "Thomas Reed, a professor at Oxford University, said the case showed how hard it was to punish state hackers.",
            "“We are ready,” said he.",
        ]);
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].0, "Thomas Reed");
        assert_eq!(c[1].0, "Thomas Reed", "a lone pronoun after the verb still speaks");
    }

    #[test]
    fn a_subordinate_clause_has_its_own_subject() {
        let c = claims(&[
            "Germany summoned Russia’s ambassador after federal prosecutors concluded that a group linked to Moscow was behind the attack.",
            "The talks stalled because China denied the claims.",
            "Maria Lind, after meeting Oleg Sokolov in Geneva, said the talks had been useful.",
            "Officials once again said the talks had failed.",
        ]);
        assert_eq!(c[0].0, "Federal prosecutors", "{c:?}");
        assert_eq!((c[1].0.as_str(), c[1].2), ("China", Polarity::Deny), "{c:?}");
        assert_eq!(c[2].0, "Maria Lind", "an aside between commas is not the clause: {c:?}");
        assert_eq!(c[3].0, "Officials", "{c:?}");
    }

    #[test]
    fn subject_verb_with_adverbials_appositives_and_relatives() {
        let c = claims(&[
            "In March, Russia’s foreign minister, Oleg Sokolov, said both sides should stop the war of words.",
            "Maria Lind, founder and CEO of Nordlys Labs, a security company, described the move as pragmatic.",
            "Iran, which officially opposes hacking, has also claimed that it is the victim of attacks from Israel.",
            "The Iranian embassy in Paris dismissed the claims as fabricated.",
            "In a statement, the embassy said Iran opposes all hacking.",
            "Lena Berg, a researcher at the Nordic Policy Institute (NPI), said: “It was expected.”",
        ]);
        assert_eq!((c[3].0.as_str(), c[3].2), ("Iranian embassy", Polarity::Deny));
        assert_eq!(c[4].0, "Iranian embassy");
        assert_eq!(c[5].0, "Lena Berg");
        assert_eq!(c[0].0, "Oleg Sokolov");
        assert_eq!(c[0].2, Polarity::Other);
        assert_eq!(c[1].0, "Maria Lind");
        assert_eq!(c[2].0, "Iran");
        assert_eq!(c[2].2, Polarity::Accuse);
    }

    #[test]
    fn inverted_nested_nominal_and_according_to() {
        let c = claims(&[
            "The forum will ease tensions, revealed Bloomberg, which first reported the move.",
            "Techwatch reports that Helen Park said that Japan and Canada agree on standards.",
            "The leak gave Japan an argument to counter Canadian complaints that it steals trade secrets from Canada.",
            "The talks went well, according to Reuters.",
            "Hackers hit the grid, according to reports.",
        ]);
        assert_eq!(c[0].0, "Bloomberg");
        assert_eq!(c[1].0, "Helen Park");
        assert_eq!(c[1].2, Polarity::Agree);
        assert_eq!(c[2].0, "Canada");
        assert_eq!(c[2].2, Polarity::Accuse);
        assert_eq!(c[3].0, "Reuters");
        assert_eq!((c[4].0.as_str(), c[4].1.as_deref()), ("-", Some("according to reports")));
    }

    #[test]
    fn pronouns_groups_descriptions_and_continuations() {
        let c = claims(&[
            "The Daily Courier said the sites were hacked.",
            "It claimed that the breach began in May.",
            "Officials concerned allegedly told the Courier that talks would go on.",
            "In addition, 40 sites were hit from abroad, the English-language daily said.",
            "“The two sides agreed to meet again before the next round of talks.”",
            "Chinese state media said the talks went well.",
        ]);
        let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(who, ["Daily Courier", "Daily Courier", "Officials", "Daily Courier", "Daily Courier", "Chinese state media"]);
        assert_eq!(c[4].1, None);
    }

    #[test]
    fn role_phrases_reports_and_pronouns_after_according_to() {
        let c = claims(&[
            "A spokeswoman for the Russian embassy in Berlin said the claims were unfounded.",
            "According to a report by the German newspaper Der Spiegel, investigators named a suspect.",
            "FBI Director Anne Lowe spoke on Monday. According to her, the hackers had operated for years.",
            "The Justice Department has charged two Iranian nationals with hacking the utility.",
        ]);
        assert_eq!(c[0].0, "Spokeswoman for the Russian embassy in Berlin");
        assert_eq!(c[0].2, Polarity::Deny);
        assert_eq!(c[1].0, "Der Spiegel");
        assert_eq!(c[2].0, "Anne Lowe");
        assert_eq!((c[3].0.as_str(), c[3].2), ("Department of Justice", Polarity::Accuse));
    }

    #[test]
    fn passives_hedges_non_responses_and_sources() {
        let c = claims(&[
            "The group is widely believed to be part of the Lakeland military.",
            "The Iranian embassy did not respond to a request for comment.",
            "People familiar with the matter said the talks had stalled.",
            "An Ohio man was arrested and charged today with hacking his employer.",
            "Norvik reportedly paid the ransom before the deadline.",
            "The firm seems to be aware of the flaw but has not fixed it.",
        ]);
        let who: Vec<(&str, Option<&str>)> = c.iter().map(|c| (c.0.as_str(), c.1.as_deref())).collect();
        // A hedge reports without a source; a non-response is no claim.
        assert_eq!(
            who,
            [
                ("-", Some("is widely believed")),
                ("People familiar with the matter", Some("said")),
                ("-", Some("charged")),
                ("-", Some("reportedly")),
                ("-", Some("seems")),
            ],
            "{c:?}"
        );
    }

    #[test]
    fn lead_ins_blocks_and_split_sentences() {
        let c = claims(&[
            "Norvik Telecom said in a statement on Monday:",
            "Norvik Telecom is aware of an issue affecting some accounts. No payment systems were breached.",
            "If you see a charge you do not recognise, please contact us.",
            "The outage began on Friday.",
            "Many customers said the attacks were still going on, but the company denied a breach.",
            "Dana Ruiz, who has accused the carrier of negligence, said she would sue.",
            "The researcher advised:",
            "Asked about a fix, Dana Ruiz told the Ledger,",
        ]);
        let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(who, ["Norvik Telecom", "Norvik Telecom", "Norvik Telecom", "Norvik Telecom", "Many customers", "Norvik Telecom", "Dana Ruiz"], "{c:?}");
        // The quoted paragraph splits where its polarity changes.
        assert_eq!((c[1].2, c[2].2), (Polarity::Agree, Polarity::Deny), "{c:?}");
        assert_eq!(c[5].3, "but the company denied a breach.");
        assert_eq!(c[5].2, Polarity::Deny);
    }

    #[test]
    fn narrative_sentences_give_no_claim_but_evaluations_do() {
        let c = claims(&[
            "The two countries have traded barbs on the subject for months.",
            "Officials and executives attended the forum in Oslo.",
            "However, it would be naïve to think that Norway and Sweden are at peace.",
        ]);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "-");
    }

    #[test]
    fn descriptions_collectives_and_the_first_person() {
        let c = claims(&[
            "Bug bounty hunter Mira Kovac found a flaw in Telvana's billing system.",
            "The researcher who found the flaw warns it can be abused.",
            "In a post on Fenwick, a Telvana spokesperson said the flaw was minor.",
            "“Our review shows no customer data was exposed,” the company said.",
            "One Fenwick user wrote that the bills were still wrong.",
            "Kovac said that Telvana was ignoring the reports she sent, which it said it had read.",
        ]);
        let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(who, ["Mira Kovac", "Telvana", "Telvana", "One Fenwick user", "Mira Kovac"], "{c:?}");
    }

    #[test]
    fn headings_update_notes_and_hypotheticals_report_nothing() {
        let c = claims(&[
            "Telvana Denies Breach Claims",
            "Update 9:40 AM: Telvana said the outage was over.",
            "Imagine getting a message from Telvana saying your bill is due.",
            "Some of the posts may have misled thousands of readers.",
            "Attackers can potentially send phishing emails to millions of users.",
            "The regulator in Ostland fined Telvana €2 million, along with the privacy office in Westland fining the company €600,000.",
        ]);
        let got: Vec<(&str, Option<&str>)> = c.iter().map(|c| (c.0.as_str(), c.1.as_deref())).collect();
        assert_eq!(got.len(), 3, "{c:?}");
        assert_eq!(got[0], ("-", Some("may have")));
        assert!(c[2].3.starts_with("along with"), "a second actor and act is a claim of its own: {c:?}");
    }

    #[test]
    fn objects_are_not_inverted_speakers_and_one_more_of_a_collective() {
        let c = claims(&[
            "Last week, Jo Park asked Director Lee Amos to explain.",
            "Several customers said the app was down.",
            "Another said the bills were wrong.",
        ]);
        let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(who, ["Jo Park", "Several customers", "Several customers"], "{c:?}");
        // A lead that describes before it names.
        let c = claims(&["The analyst who first spotted the leak said it was old.", "Dana Voss, an analyst at Brightline, later wrote a report."]);
        assert_eq!(c[0].0, "Dana Voss", "{c:?}");
    }

    #[test]
    fn an_accusation_naming_nobody_is_about_the_article_s_protagonist() {
        let (_, out, ents) = tests_support::extracted(&[
            "Telvana Telecom said its billing system was working again.",
            "Telvana Telecom added that it was reviewing its logs.",
            "A ransomware gang called Quartz said it had stolen customer records and threatened to leak them.",
        ]);
        let last = out.last().expect("the gang's claim");
        let names: Vec<&str> = last.about.iter().map(|&e| ents.entities[e].name.as_str()).collect();
        assert!(names.contains(&"Telvana Telecom"), "{names:?} {out:?}");
    }
}
