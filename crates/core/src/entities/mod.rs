//! Entity recognition in one article: gazetteer matches (base list, corpus
//! `entities.toml`, outlets), acronyms defined in parentheses, and names
//! found from the shape of the prose: capitalised runs classified by their
//! head noun ("… Centre", "… Labs"), a title before them ("Foreign Minister
//! Wang Yi"), an appositive after them ("Michael Bell, founder and CEO of …"),
//! a descriptor ("security firm Mandiant"), or a reporting verb ("Spacewar
//! reports"). A later surname ("Cameron", "Wang") is the person named in full
//! earlier. Words for peoples and creeds ("Muslims", "North African") name
//! no one; places are known by their shape too ("Attu Island", "Ketchikan,
//! Alaska", "Mercer Island-based"). Every mention keeps its byte offsets.

use crate::gazetteer::{COUNTRIES, KNOWN};
use crate::lexicon::*;
use crate::model::EntityKind;
use crate::tokens::{Lowered, Token, Tokenised};
use crate::text::FastMap;

mod shape;

/// An entity as one article knows it, before corpus-wide merging.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalEntity {
    pub name: String,
    pub kind: EntityKind,
    /// Canonical name of the country it belongs to.
    pub affiliation: Option<String>,
    /// A capital standing for its country's government.
    pub metonym_for: Option<String>,
    /// Only a demonym was seen ("Australian reports"): not exported as an
    /// entity of the article unless named outright too.
    pub demonym_only: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalMention {
    pub entity: usize,
    pub start: usize,
    pub end: usize,
    /// Matched through a demonym ("Chinese", "American").
    pub demonym: bool,
}

/// A name the matcher knows, as a sequence of words.
#[derive(Clone, Debug)]
struct Alias {
    words: Vec<String>,
    entity: usize,
    /// Lowercase aliases (an expansion written in lowercase) match any case;
    /// others need the same capitalisation on the first letter of each word.
    any_case: bool,
    demonym: bool,
}

/// A user-supplied gazetteer entry, already validated.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExtraEntry {
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub affiliation: Option<String>,
}

/// The known names: base gazetteer plus the corpus's own. Built once per
/// corpus and cloned cheaply per article.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entities: Vec<LocalEntity>,
    aliases: Vec<Alias>,
    /// Aliases by their lowercased first word, longest first.
    by_first: FastMap<String, Vec<usize>>,
    /// Entities by lowercased name.
    by_name: FastMap<String, usize>,
    /// The lowercased first words of the aliases a word written in lower
    /// case can begin (any-case aliases, and those in lower case).
    lower_first: FirstWords,
}

/// A set of first words that answers most "no"s without hashing: by the
/// word's first byte, the lengths of the words it holds that start so.
#[derive(Clone, Debug, Default)]
struct FirstWords {
    set: crate::text::FastSet<String>,
    /// A bit per length (31 for any longer), for each first byte; empty
    /// while the set is.
    lengths: Vec<u32>,
}

impl FirstWords {
    fn bit(w: &str) -> u32 {
        1 << w.len().min(31)
    }
    fn insert(&mut self, w: String) {
        if let Some(&b) = w.as_bytes().first() {
            self.lengths.resize(256, 0);
            self.lengths[usize::from(b)] |= Self::bit(&w);
        }
        self.set.insert(w);
    }
    fn is_empty(&self) -> bool {
        self.set.is_empty()
    }
    fn contains(&self, w: &str) -> bool {
        let may = match w.as_bytes().first() {
            Some(&b) => self.lengths.get(usize::from(b)).is_some_and(|l| l & Self::bit(w) != 0),
            None => true,
        };
        may && self.set.contains(w)
    }
}

fn words_of(s: &str) -> Vec<String> {
    let toks = crate::tokens::tokenize(s, 0, s.len());
    toks.iter().map(|t| t.text(s).to_string()).collect()
}

impl Gazetteer {
    pub fn base(extra: &[ExtraEntry]) -> Self {
        let mut g = Gazetteer::default();
        // The corpus's own entries first: they override the base list.
        for e in extra {
            let id = g.add(&e.name, e.kind, e.affiliation.clone(), None);
            for a in &e.aliases {
                g.alias(a, id, false);
            }
        }
        for c in COUNTRIES {
            let id = g.add(c.name, EntityKind::Country, None, None);
            for a in c.aliases {
                g.alias(a, id, false);
            }
            for d in c.demonyms {
                g.alias(d, id, true);
                // "Zimbabweans", "Saudis": the people by the plural.
                if !d.ends_with(['s', 'h', '-']) && !d.ends_with("ese") && !d.ends_with("based") {
                    g.alias(&format!("{d}s"), id, true);
                }
            }
            if !c.capital.is_empty() && g.find(c.capital).is_none() {
                g.add(c.capital, EntityKind::Place, Some(c.name.to_string()), Some(c.name.to_string()));
            }
        }
        for k in KNOWN {
            let aff = (!k.affiliation.is_empty()).then(|| k.affiliation.to_string());
            let id = g.add(k.name, k.kind, aff, None);
            for a in k.aliases {
                g.alias(a, id, false);
            }
        }
        g
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.by_name.get(&name.to_lowercase()).copied()
    }

    /// Add an entity (or return the one of that name) and its name as an alias.
    pub fn add(&mut self, name: &str, kind: EntityKind, affiliation: Option<String>, metonym_for: Option<String>) -> usize {
        if let Some(id) = self.find(name) {
            return id;
        }
        self.entities.push(LocalEntity { name: name.to_string(), kind, affiliation, metonym_for, demonym_only: false });
        let id = self.entities.len() - 1;
        self.by_name.insert(name.to_lowercase(), id);
        self.alias(name, id, false);
        // "The Guardian" is also written "the Guardian" and "Guardian".
        if let Some(rest) = name.strip_prefix("The ") {
            self.alias(rest, id, false);
        }
        // "US Cyber Command" is also "U.S. Cyber Command".
        if let Some(rest) = name.strip_prefix("US ") {
            self.alias(&format!("U.S. {rest}"), id, false);
        }
        id
    }

    pub fn alias(&mut self, alias: &str, entity: usize, demonym: bool) {
        let words = words_of(alias);
        let Some(first) = words.first().map(|w| w.to_lowercase()) else { return };
        self.alias_words(words, first, alias.chars().all(|c| !c.is_uppercase()), entity, demonym);
    }

    /// [`Self::alias`] of the alias's `words`, the first of them lower-cased
    /// in `first`; `any_case` when it has no capital.
    fn alias_words(&mut self, words: Vec<String>, first: String, any_case: bool, entity: usize, demonym: bool) {
        let lower_begins = any_case || !words[0].starts_with(char::is_uppercase);
        let first_of_lower = lower_begins.then(|| first.clone());
        let bucket = self.by_first.entry(first).or_default();
        if bucket.iter().any(|&a| self.aliases[a].words == words) {
            return;
        }
        // Keep each bucket longest first, earlier aliases first among equals.
        let at = bucket.iter().position(|&a| self.aliases[a].words.len() < words.len()).unwrap_or(bucket.len());
        bucket.insert(at, self.aliases.len());
        if let Some(first) = first_of_lower {
            self.lower_first.insert(first);
        }
        self.aliases.push(Alias { words, entity, any_case, demonym });
    }

    pub fn entity(&self, i: usize) -> &LocalEntity {
        &self.entities[i]
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

}

/// The names one article knows: the shared corpus gazetteer, read-only, and
/// a small overlay of what this article adds (names found in its text,
/// acronyms it defines, surnames). Ids run on from the base's.
struct Names<'g> {
    base: &'g Gazetteer,
    local: Gazetteer,
}

impl Names<'_> {
    fn len(&self) -> usize {
        self.base.len() + self.local.entities.len()
    }
    fn entity(&self, i: usize) -> &LocalEntity {
        match i.checked_sub(self.base.len()) {
            Some(l) => &self.local.entities[l],
            None => &self.base.entities[i],
        }
    }
    fn alias_at(&self, a: usize) -> &Alias {
        match a.checked_sub(self.base.aliases.len()) {
            Some(l) => &self.local.aliases[l],
            None => &self.base.aliases[a],
        }
    }
    /// Is `word` alone a name the shipped gazetteer knows ("American",
    /// "Delta")?
    fn base_knows(&self, word: &str) -> bool {
        self.base.by_first.get(&word.to_lowercase()).is_some_and(|b| b.iter().any(|&a| self.base.aliases[a].words.len() == 1))
    }
    fn find(&self, name: &str) -> Option<usize> {
        self.find_lower(&name.to_lowercase())
    }
    /// [`Self::find`] of a name already lower-cased.
    fn find_lower(&self, lower: &str) -> Option<usize> {
        self.base.by_name.get(lower).copied().or_else(|| self.local.by_name.get(lower).map(|l| l + self.base.len()))
    }
    fn add(&mut self, name: &str, kind: EntityKind, affiliation: Option<String>, metonym_for: Option<String>) -> usize {
        let lower = name.to_lowercase();
        if let Some(id) = self.find_lower(&lower) {
            return id;
        }
        let offset = self.base.len();
        self.local.entities.push(LocalEntity { name: name.to_string(), kind, affiliation, metonym_for, demonym_only: false });
        let id = offset + self.local.entities.len() - 1;
        self.local.by_name.insert(lower, id - offset);
        self.alias(name, id, false);
        if let Some(rest) = name.strip_prefix("The ") {
            self.alias(rest, id, false);
        }
        id
    }
    fn alias(&mut self, alias: &str, entity: usize, demonym: bool) {
        let words = words_of(alias);
        let Some(first) = words.first() else { return };
        let first = first.to_lowercase();
        let known = self.base.by_first.get(&first).is_some_and(|b| b.iter().any(|&a| self.base.aliases[a].words == words));
        if !known {
            self.local.alias_words(words, first, alias.chars().all(|c| !c.is_uppercase()), entity, demonym);
        }
    }
}

/// The outcome for one article.
#[derive(Clone, Debug, Default)]
pub struct ArticleEntities {
    pub entities: Vec<LocalEntity>,
    pub mentions: Vec<LocalMention>,
}

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// Each token's text, sliced once: the rules read words many times over.
    words: Vec<&'a str>,
    /// Is each token a word with a capital first letter?
    capital: Vec<bool>,
    /// Token index ranges of the sentences.
    sents: Vec<(usize, usize)>,
    /// The sentence of each token.
    sent_of: Vec<usize>,
    lower: &'a Lowered,
    /// Does each token start with a lower-case letter?
    lower_case: Vec<bool>,
    /// The base gazetteer's aliases that start with each token (looked up
    /// once: every pass asks again for every word).
    base_first: Vec<&'a [usize]>,
    /// Sentences set in title case, whose capitals say nothing of names.
    title_case: Vec<bool>,
}

impl<'a> Ctx<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.words[i]
    }
    fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].word
    }
    fn capitalised(&self, i: usize) -> bool {
        self.capital.get(i).copied().unwrap_or(false)
    }
    fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.sent_of.get(i).map(|&k| self.sents[k]).unwrap_or((0, self.toks.len()))
    }
    /// Does the article also write this word in lowercase ("Cyber" / "cyber")?
    /// A scan of the words of one length: cheaper than a set of every
    /// lower-case word, as few capitalised words are ever asked about.
    fn lower_elsewhere(&self, w: &str) -> bool {
        let lower = w.to_lowercase();
        // A domain ("telvana.com") is no use of the word in prose.
        let glued_stop = |k: usize| self.toks.get(k).is_some_and(|t| !t.space_before && self.words[k] == ".");
        let domain = |k: usize| {
            (glued_stop(k + 1) && self.toks.get(k + 2).is_some_and(|t| t.word && !t.space_before))
                || (k >= 2 && glued_stop(k - 1) && self.toks[k - 2].word)
        };
        (0..self.toks.len()).any(|k| {
            self.words[k].len() == lower.len() && self.toks[k].word && self.lower_case[k] && self.words[k] == lower && !domain(k)
        })
    }
    /// Is `w` a common word capitalised here: written in lowercase elsewhere
    /// in the article, and not mostly capitalised mid-sentence ("Telvana",
    /// a carrier's name, beside "telvana.com" and one "telvana").
    fn common_word(&self, w: &str) -> bool {
        if !self.lower_elsewhere(w) {
            return false;
        }
        let (mut caps, mut low) = (0, 0);
        for (k, t) in self.toks.iter().enumerate() {
            if self.words[k].len() != w.len() || !t.word || !self.words[k].eq_ignore_ascii_case(w) {
                continue;
            }
            if self.lower_case[k] {
                low += 1;
            } else if !self.sentence_initial(k) {
                caps += 1;
            }
        }
        caps < 3 || caps <= 2 * low
    }
    /// Is token `i` part of a URL or a path ("…/Portal/ShowWorkFlow")?
    fn in_url(&self, i: usize) -> bool {
        let glued = |k: usize| self.toks.get(k).is_some_and(|t| !t.space_before && matches!(self.words[k], "/" | "=" | "?" | "&" | "_"));
        glued(i) || glued(i + 1) || (i > 0 && self.w(i - 1) == "/" && !self.toks[i].space_before)
    }
    /// Is token `i` in a title-case sentence (a subheading, a list item)?
    fn in_title_case(&self, i: usize) -> bool {
        self.sent_of.get(i).is_some_and(|&k| self.title_case[k])
    }
    /// Is token `i` the first word of its sentence (after opening quotes)?
    fn sentence_initial(&self, i: usize) -> bool {
        // Also after a stop or colon inside it ("… this thread. Yes the …",
        // "mind you: Weak challenge …"): quotes are one sentence.
        let (s, _) = self.sentence_of(i);
        let mut j = i;
        while j > s {
            j -= 1;
            let w = self.w(j);
            if self.toks[j].word {
                return false;
            }
            let opening_quote = matches!(w, "“" | "‘") || (matches!(w, "\"" | "'") && self.toks[j].space_before);
            if opening_quote || matches!(w, "." | "!" | "?" | ":" | "…") {
                return true;
            }
        }
        true
    }
}

fn match_at(g: &Names, ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    // A word in lower case begins only the aliases in lower case.
    let local: &[usize] = if g.local.by_first.is_empty()
        || (ctx.lower_case[i] && (g.local.lower_first.is_empty() || !g.local.lower_first.contains(ctx.lower.get(i))))
    {
        &[]
    } else {
        g.local.by_first.get(ctx.lower.get(i)).map_or(&[], Vec::as_slice)
    };
    // Buckets are longest first; the longest match wins, the base first
    // among equals. Most words begin no alias at all.
    let base = ctx.base_first[i];
    let best = if base.is_empty() { None } else { longest_in(g, ctx, i, base, 0, None) };
    if local.is_empty() { best } else { longest_in(g, ctx, i, local, g.base.aliases.len(), best) }
}

/// [`match_at`] in one bucket of aliases (numbered from `off`), given the
/// `best` match so far: a bucket is read only until its aliases are no
/// longer than the best match.
fn longest_in(g: &Names, ctx: &Ctx, i: usize, bucket: &[usize], off: usize, mut best: Option<(usize, usize)>) -> Option<(usize, usize)> {
    for &a in bucket {
        let ai = a + off;
        let alias = g.alias_at(ai);
        if best.is_some_and(|(_, end)| end - i >= alias.words.len()) {
            break;
        }
        if alias_matches(alias, ctx, i) && !title_runs_on(g, ctx, alias, i + alias.words.len()) {
            best = Some((ai, i + alias.words.len()));
        }
    }
    best
}

/// "The Independent Riders' Union", "Reuters Institute": a known outlet's
/// title running on, at `j`, into capitalised words that end in an
/// institution's head is the start of another name.
fn title_runs_on(g: &Names, ctx: &Ctx, alias: &Alias, j: usize) -> bool {
    if g.entity(alias.entity).kind != EntityKind::Media {
        return false;
    }
    let glued_possessive = |k: usize| matches!(ctx.w(k), "'" | "’" | "'s" | "’s") && !ctx.toks[k].space_before;
    let mut k = j;
    while k < ctx.toks.len() && (ctx.capitalised(k) || glued_possessive(k)) {
        k += 1;
    }
    k > j && head_kind(ctx.w(k - 1)).is_some()
}

/// Do the tokens from `i` spell alias `a`? Capitalisation must agree unless
/// the alias is all lowercase; an all-capitals token matches an all-capitals
/// alias whatever its case ("NATO" / "Nato" is not "nato").
fn alias_matches(a: &Alias, ctx: &Ctx, i: usize) -> bool {
    a.words.iter().enumerate().all(|(k, w)| {
        let t = i + k;
        if t >= ctx.toks.len() {
            return false;
        }
        let tw = ctx.w(t);
        if a.any_case {
            tw.eq_ignore_ascii_case(w)
        } else {
            tw == w
                || (matches!(tw, "’s" | "'s") && matches!(w.as_str(), "’s" | "'s"))
                || (tw.len() > 1
                    && tw.chars().all(|c| !c.is_lowercase())
                    && w.chars().all(|c| !c.is_lowercase())
                    && tw.eq_ignore_ascii_case(w))
        }
    })
}

/// Recognise the entities of one article. `paragraphs` are byte spans of
/// `text`; `sentences` its sentences.
pub fn recognise(base: &Gazetteer, text: &str, tk: &Tokenised) -> ArticleEntities {
    let toks = &tk.toks;
    let sents = tk.sents.clone();
    let sent_of = sents.iter().enumerate().flat_map(|(k, &(a, b))| std::iter::repeat_n(k, b - a)).collect();
    let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
    let lower_case: Vec<bool> = words.iter().map(|w| w.starts_with(char::is_lowercase)).collect();
    let capital = toks.iter().zip(&words).map(|(t, w)| t.word && w.starts_with(char::is_uppercase)).collect();
    let base_first = (0..toks.len())
        .map(|i| {
            if !toks[i].word {
                return &[][..];
            }
            let w = tk.lower.get(i);
            // A word in lower case ("the") begins none of the aliases in
            // capitals ("The Guardian"), and most buckets hold only those.
            if lower_case[i] && !base.lower_first.contains(w) {
                return &[];
            }
            base.by_first.get(w).map_or(&[], Vec::as_slice)
        })
        .collect();
    let title_case = sents
        .iter()
        .map(|&(a, b)| {
            let sentence = toks[a..b].iter().zip(&words[a..b]).filter(|(t, _)| t.word).map(|(_, w)| *w);
            shape::is_title_case(sentence, b > a && words[b - 1] == ".")
        })
        .collect();
    let ctx = Ctx { text, toks, words, capital, sents, sent_of, lower: &tk.lower, lower_case, base_first, title_case };
    let mut g = Names { base, local: Gazetteer::default() };
    let base_len = g.len();

    // Pass 1: which tokens the known names cover.
    let mut covered = vec![false; toks.len()];
    let mut i = 0;
    while i < toks.len() {
        if toks[i].word {
            if let Some((_, j)) = match_at(&g, &ctx, i) {
                covered[i..j].iter_mut().for_each(|c| *c = true);
                i = j;
                continue;
            }
        }
        i += 1;
    }

    // Pass 2: acronyms defined in parentheses.
    let mut acronym_tokens = vec![false; toks.len()];
    // Short forms of things ("IP", "PII"), never names elsewhere either.
    let mut thing_acronyms: Vec<&str> = Vec::new();
    for i in 1..toks.len().saturating_sub(1) {
        if ctx.w(i - 1) != "(" || !toks[i].word {
            continue;
        }
        // The acronym may be hyphenated: "(CERT-UK)".
        let mut close = i + 1;
        while close + 1 < toks.len() && ctx.w(close) == "-" && !toks[close].space_before && toks[close + 1].word && !toks[close + 1].space_before {
            close += 2;
        }
        if close >= toks.len() || ctx.w(close) != ")" {
            continue;
        }
        let acr = &text[toks[i].start..toks[close - 1].end];
        if let Some((first, name)) = acronym_expansion(&ctx, i, acr) {
            acronym_tokens[i..close].iter_mut().for_each(|t| *t = true);
            let letters = acr.split('-').next().unwrap_or(acr);
            let head_kind = head_kind(ctx.w(i - 2));
            // "personally identifiable information (PII)": a common noun's
            // short form, written in lowercase with no institution's head.
            let common = head_kind.is_none() && (first..i - 1).all(|t| !toks[t].word || ctx.w(t).starts_with(char::is_lowercase));
            if (letters.chars().count() < 3 && head_kind.is_none()) || shape::is_thing_acronym(letters) || common {
                // "Internet Protocol (IP)": the name of a thing.
                covered[first..close].iter_mut().for_each(|c| *c = true);
                thing_acronyms.push(acr);
                continue;
            }
            let expansion = &text[toks[first].start..toks[i - 2].end];
            let existing = match_at(&g, &ctx, first).filter(|(_, j)| *j == i - 1).map(|(a, _)| g.alias_at(a).entity);
            let existing = existing.or_else(|| match_at(&g, &ctx, i).filter(|(_, j)| *j == i + 1).map(|(a, _)| g.alias_at(a).entity));
            let id = match existing {
                Some(id) => id,
                None => {
                    let kind = head_kind.unwrap_or(EntityKind::GovernmentBody);
                    let aff = affiliation_before(&g, &ctx, first);
                    g.add(&name, kind, aff, None)
                }
            };
            g.alias(acr, id, false);
            g.alias(expansion, id, false);
            g.alias(&expansion.to_lowercase(), id, false);
            covered[first..close].iter_mut().for_each(|c| *c = true);
        }
    }

    // Pass 3: capitalised runs that no list holds.
    let mut short_names: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    let mut i = 0;
    while i < toks.len() {
        if covered[i] || acronym_tokens[i] || !toks[i].word {
            i += 1;
            continue;
        }
        if let Some((end, kind)) = brand_at(&ctx, &covered, i).filter(|_| !ctx.in_url(i)) {
            let name = &text[toks[i].start..toks[end - 1].end];
            // "iPhones" is the iPhone.
            match name.strip_suffix('s').filter(|_| kind == EntityKind::Programme && end == i + 1) {
                Some(stem) => {
                    let id = g.add(stem, kind, None, None);
                    g.alias(name, id, false);
                }
                None => {
                    g.add(name, kind, None, None);
                }
            }
            i = end;
            continue;
        }
        if !ctx.capitalised(i) || ctx.in_title_case(i) || ctx.in_url(i) || thing_acronyms.contains(&ctx.w(i)) {
            i += 1;
            continue;
        }
        let (mut run_start, run_end) = run_at(&ctx, &covered, i);
        i = run_end.max(i + 1);
        // "China-U.S. Internet Industry Forum": known names joined by hyphens
        // open the name of an institution.
        if run_start >= 3 && ctx.toks[run_start].space_before && head_kind(run_head(&ctx, run_start, run_end)).is_some() {
            let mut k = run_start;
            while k >= 2 && covered[k - 1] && ctx.capitalised(k - 1) && ctx.w(k - 2) == "-" && !ctx.toks[k - 1].space_before && !ctx.toks[k - 2].space_before && covered[k - 3] {
                k -= 2;
            }
            if k < run_start {
                run_start = k - 1;
            }
        }
        // "Moscow Institute", "Beijing University": a known place opens the
        // name of an institution.
        if run_start > 0 && covered[run_start - 1] && ctx.toks[run_start].space_before && ctx.capitalised(run_start - 1)
            && head_kind(run_head(&ctx, run_start, run_end)).is_some()
            && (run_start < 2 || !covered[run_start - 2])
        {
            let prev = ctx.w(run_start - 1);
            let is_place = g.find(prev).is_some_and(|e| g.entity(e).kind == EntityKind::Place);
            if is_place {
                run_start -= 1;
            }
        }
        // "al-Qaeda": the glued article opens the name.
        if run_start >= 2 && arabic_article(&ctx, &covered, run_start - 2) == Some(run_start + 1) {
            run_start -= 2;
        }
        // "Alibaba Group": a known company's name with its corporate head.
        if run_end == run_start + 1 && head_kind(ctx.w(run_start)) == Some(EntityKind::Company) {
            if let Some((first, id)) = known_before(&g, &ctx, &covered, run_start) {
                g.alias(&text[toks[first].start..toks[run_start].end], id, false);
                continue;
            }
        }
        // "Facebook's IO Threat Intelligence Team": a unit named after its
        // owner's possessive is the owner speaking.
        if let Some(id) = unit_of_owner(&g, &ctx, run_start, run_end) {
            g.alias(&text[toks[run_start].start..toks[run_end - 1].end], id, false);
            continue;
        }
        let bare = if ctx.w(run_start) == "The" { run_start + 1 } else { run_start };
        if run_end == bare + 1 && short_names.contains_key(ctx.w(bare)) {
            continue; // a surname of someone already named in full; "The Herald"
        }
        let run_text = &text[toks[run_start].start..toks[run_end - 1].end];
        if run_end > run_start + 1 && short_names.keys().any(|k| k.contains(' ') && k.eq_ignore_ascii_case(run_text)) {
            continue; // "Bin Laden" after "Osama bin Laden"
        }
        let mut parts = vec![(run_start, run_end)];
        if let Some(of) = person_of_split(&ctx, run_start, run_end) {
            let org = if ctx.w(of + 1) == "the" { of + 2 } else { of + 1 };
            parts = vec![(run_start, of), (org, run_end)];
        }
        let split = parts.len() == 2;
        for (part, (run_start, run_end)) in parts.into_iter().enumerate() {
            let Some(mut found) = classify_run(&g, &ctx, run_start, run_end) else { continue };
            // The name before a split's "of" is the person's.
            if split && part == 0 {
                found.kind = EntityKind::Person;
            }
            // "Marks & Spencer": no person's name holds an ampersand.
            if found.kind == EntityKind::Person && found.name.contains('&') {
                found.kind = EntityKind::Company;
            }
            let id = g.add(&found.name, found.kind, found.affiliation.clone(), None);
            // "Halvard Foods" … "Halvard"; "the Lakeside Herald" … "the
            // Herald": a body's name without its trade, a paper's by its title.
            if id >= base_len {
                if let Some(short) = body_short_name(&found.name, found.kind).filter(|w| !ctx.common_word(w) && !g.base_knows(w) && !is_title(w)) {
                    short_names.entry(short).or_insert(id);
                }
            }
            if found.kind == EntityKind::Person && id >= base_len {
                if let Some(short) = short_name(&found.name) {
                    // "al-Bashir" is also "Bashir".
                    if let Some(bare) = short.strip_prefix("al-").or_else(|| short.strip_prefix("el-")) {
                        short_names.entry(bare.to_string()).or_insert(id);
                    }
                    short_names.entry(short).or_insert(id);
                }
            }
        }
    }
    // Surnames (and East Asian family names) refer back to the full name.
    for (short, p) in short_names {
        if g.find(&short).is_none() {
            g.alias(&short, p, false);
            // "Bin Laden" opening a sentence.
            if short.starts_with(char::is_lowercase) {
                let mut c = short.chars();
                let upper: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
                g.alias(&upper, p, false);
            }
        }
    }

    leaders_administrations(&mut g, &ctx);

    // Pass 4: every mention, longest match first.
    let mut mentions = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if toks[i].word {
            if let Some((ai, j)) = match_at(&g, &ctx, i) {
                let a = g.alias_at(ai);
                let whole_word_end = j >= toks.len() || toks[j].space_before || !ctx.is_word(j) || ctx.w(j) != "-";
                let glued_start = i == 0 || toks[i].space_before || !ctx.is_word(i - 1);
                if whole_word_end || a.demonym || glued_start {
                    let demonym = a.demonym || place_as_adjective(&g, &ctx, a.entity, i, j);
                    mentions.push(LocalMention { entity: a.entity, start: toks[i].start, end: toks[j - 1].end, demonym });
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }

    let mentions = join_titles(&g, text, join_country_prefixes(&g, text, mentions));
    let mentions = initials_of_named(&g, &ctx, mentions);

    // Keep only entities this article mentions, renumbered in order of first
    // mention; a country seen only as a demonym stays out.
    let mut named = vec![false; g.len()];
    for m in &mentions {
        if !m.demonym {
            named[m.entity] = true;
        }
    }
    let mut remap: FastMap<usize, usize> = FastMap::default();
    let mut entities = Vec::new();
    let mut out_mentions = Vec::new();
    for m in &mentions {
        let id = *remap.entry(m.entity).or_insert_with(|| {
            let mut e = g.entity(m.entity).clone();
            e.demonym_only = !named[m.entity];
            entities.push(e);
            entities.len() - 1
        });
        out_mentions.push(LocalMention { entity: id, ..*m });
    }
    ArticleEntities { entities, mentions: out_mentions }
}

/// "WADA" after "the World Anti-Doping Agency": a capitalised short form
/// the article never defines, spelling the initials of a body it names.
fn initials_of_named(g: &Names, ctx: &Ctx, mut mentions: Vec<LocalMention>) -> Vec<LocalMention> {
    let initials = |name: &str| -> String {
        name.split([' ', '-'])
            .filter(|w| !w.is_empty() && !matches!(*w, "of" | "the" | "for" | "and" | "on" | "in" | "de"))
            .filter_map(|w| w.chars().next())
            .collect()
    };
    let mut bodies: Vec<(String, usize)> = Vec::new();
    for m in &mentions {
        let e = g.entity(m.entity);
        if !m.demonym && e.kind != EntityKind::Person && e.name.split_whitespace().count() >= 2 && bodies.iter().all(|b| b.1 != m.entity) {
            let i = initials(&e.name);
            if i.chars().count() >= 3 && i.chars().all(|c| c.is_uppercase()) {
                bodies.push((i, m.entity));
            }
        }
    }
    if bodies.is_empty() {
        return mentions;
    }
    let mut taken: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
    taken.sort_unstable();
    let inside = |a: usize| taken.binary_search_by(|&(s, e)| if e <= a { std::cmp::Ordering::Less } else if s > a { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal }).is_ok();
    let mut added = Vec::new();
    for t in ctx.toks.iter().filter(|t| t.word) {
        let w = t.text(ctx.text);
        if w.len() < 3 || !shape::is_all_caps(w) || inside(t.start) {
            continue;
        }
        let fits: Vec<usize> = bodies.iter().filter(|b| b.0 == w).map(|b| b.1).collect();
        if let [e] = fits[..] {
            added.push(LocalMention { entity: e, start: t.start, end: t.end, demonym: false });
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.start);
    }
    mentions
}

/// The short name a company or paper goes by after it is named in full:
/// its first word ("Halvard Foods" → "Halvard", "Norrland Digital" →
/// "Norrland", "Meridian Health Partners" → "Meridian"; not "New" of "New
/// Harbour Foods"), a paper's title ("Lakeside Herald" → "Herald"). The caller
/// keeps common words and known names out ("American Airlines").
fn body_short_name(name: &str, kind: EntityKind) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [.., last] = words[..] else { return None };
    if words.len() < 2 || words[0] == "The" {
        return None;
    }
    match kind {
        EntityKind::Company
            if (2..=3).contains(&words.len())
                && words[0].chars().all(char::is_alphabetic)
                && !matches!(last.to_ascii_lowercase().as_str(), "group" | "security" | "software")
                && !(words.len() == 3 && shape::is_name_adjective(words[0])) =>
        {
            Some(words[0].to_string())
        }
        // "Harrowgate University" … "a Harrowgate spokesperson".
        EntityKind::Programme if words.len() == 2 && matches!(last, "University" | "College") && words[0].chars().all(char::is_alphabetic) => Some(words[0].to_string()),
        EntityKind::Media if institution_head(last) == Some(EntityKind::Media) && words.len() == 2 && !matches!(last.to_ascii_lowercase().as_str(), "news" | "post" | "times" | "daily" | "mail" | "press") => Some(last.to_string()),
        _ => None,
    }
}

/// "The Obama administration", "the Biden Administration": a government
/// named after its leader is a body of its own, not the person. Each is
/// named "<surname> administration", however the article writes it.
fn leaders_administrations(g: &mut Names, ctx: &Ctx) {
    for i in 1..ctx.toks.len() {
        if !ctx.toks[i].word || !ctx.w(i).eq_ignore_ascii_case("administration") {
            continue;
        }
        let leader = (i.saturating_sub(3)..i).find_map(|k| match_at(g, ctx, k).filter(|&(_, end)| end == i).map(|(a, _)| (k, g.alias_at(a).entity)));
        let Some((k, person)) = leader.filter(|&(_, e)| g.entity(e).kind == EntityKind::Person) else { continue };
        let Some(surname) = g.entity(person).name.rsplit(' ').next().map(str::to_string) else { continue };
        let id = g.add(&format!("{surname} administration"), EntityKind::GovernmentBody, None, None);
        g.alias(&ctx.text[ctx.toks[k].start..ctx.toks[i].end], id, false);
    }
}

/// "An Ohio man", "the Florida Republican": a place's name used as the
/// adjective of a person, which, like a demonym, names no place.
fn place_as_adjective(g: &Names, ctx: &Ctx, entity: usize, i: usize, j: usize) -> bool {
    let article = i > 0 && matches!(ctx.w(i - 1), "a" | "an" | "An" | "the" | "The");
    let person = ctx.is_word(j) && crate::lexicon::is_person_description(&ctx.w(j).to_ascii_lowercase());
    article && person && g.entity(entity).kind == EntityKind::Place
}

/// The known company whose mention ends just before token `k`, with the
/// token its mention starts at.
fn known_before(g: &Names, ctx: &Ctx, covered: &[bool], k: usize) -> Option<(usize, usize)> {
    if k == 0 || !covered[k - 1] || !ctx.toks[k].space_before {
        return None;
    }
    let mut first = k - 1;
    while first > 0 && covered[first - 1] && ctx.toks[first].space_before && ctx.is_word(first - 1) {
        first -= 1;
    }
    (first..k).find_map(|f| {
        let (a, end) = match_at(g, ctx, f)?;
        let id = g.alias_at(a).entity;
        (end == k && g.entity(id).kind == EntityKind::Company).then_some((f, id))
    })
}

/// Heads of a unit inside an organisation ("… Threat Intelligence Team",
/// "… Threat Analysis Group"). Not "Office": an oversight office with its
/// own voice is its own body.
const UNIT_HEADS: &[&str] = &["Team", "Unit", "Division", "Group", "Center", "Centre", "Lab", "Labs"];

/// The organisation whose unit the run names: a run ending in a unit head
/// right after a known organisation's possessive ("Facebook's IO Threat
/// Intelligence Team", "Google’s Threat Analysis Group").
fn unit_of_owner(g: &Names, ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    if e < s + 2 || s < 2 || !UNIT_HEADS.contains(&ctx.w(e - 1)) {
        return None;
    }
    // "Facebook's", or "Velto Systems'" after a plural.
    let possessive = matches!(ctx.w(s - 1), "'s" | "’s") || (matches!(ctx.w(s - 1), "'" | "’") && ctx.w(s - 2).ends_with('s'));
    if !possessive {
        return None;
    }
    let owner_end = s - 1;
    (owner_end.saturating_sub(4)..owner_end).find_map(|f| {
        let (a, end) = match_at(g, ctx, f)?;
        let id = g.alias_at(a).entity;
        let kind = g.entity(id).kind;
        (end == owner_end && !matches!(kind, EntityKind::Person | EntityKind::Country | EntityKind::Place)).then_some(id)
    })
}

/// The kind an organisation's head noun suggests: the lexicon's heads, and
/// those of civil society ("… University", "… Association").
fn head_kind(w: &str) -> Option<EntityKind> {
    institution_head(w)
        .or_else(|| shape::civil_head(w).then_some(EntityKind::Programme))
        .or_else(|| shape::is_event_head(w).then_some(EntityKind::Event))
}

/// "US Department of Justice", "the Israeli Ministry of Defense": a
/// country or its adjective just before a state body (or an event or
/// programme) is part of that body's mention. The country loses the
/// mention only when it is a demonym or named elsewhere in the article, so
/// no country disappears from the article.
fn join_country_prefixes(g: &Names, text: &str, mut mentions: Vec<LocalMention>) -> Vec<LocalMention> {
    let is_country = |m: &LocalMention| g.entity(m.entity).kind == EntityKind::Country;
    let joins = |mentions: &[LocalMention], k: usize| {
        let (a, b) = (&mentions[k - 1], &mentions[k]);
        let gap = &text[a.end..b.start];
        is_country(a)
            && matches!(g.entity(b.entity).kind, EntityKind::GovernmentBody | EntityKind::Event | EntityKind::Programme)
            && (gap == " " || ((gap == "’s " || gap == "'s ") && !a.demonym))
            && (a.demonym || mentions.iter().enumerate().any(|(j, m)| j != k - 1 && m.entity == a.entity && !m.demonym))
    };
    let mut k = 1;
    while k < mentions.len() {
        if joins(&mentions, k) {
            mentions[k].start = mentions[k - 1].start;
            mentions.remove(k - 1);
        } else {
            k += 1;
        }
    }
    mentions
}

/// "US Homeland Security Secretary Alejandro Mayorkas": a state body named
/// in a person's title is part of the person's mention, not a mention of
/// the body.
fn join_titles(g: &Names, text: &str, mut mentions: Vec<LocalMention>) -> Vec<LocalMention> {
    let mut k = 1;
    while k < mentions.len() {
        let (a, b) = (mentions[k - 1], mentions[k]);
        let gap = &text[a.end..b.start];
        let titled = gap.starts_with(' ')
            && gap.ends_with(' ')
            && gap.split_whitespace().all(|w| w.starts_with(char::is_uppercase) && is_title(w))
            && gap.split_whitespace().any(is_person_role);
        if titled && !a.demonym && g.entity(a.entity).kind == EntityKind::GovernmentBody && g.entity(b.entity).kind == EntityKind::Person {
            mentions[k].start = a.start;
            mentions.remove(k - 1);
        } else {
            k += 1;
        }
    }
    mentions
}

/// A brand from its shape: a CamelCase word ("PayPal", "iPhone"), with the
/// model number and capitalised words that follow a product's name
/// ("iPhone 13 Pro Max"). Returns the end of the name and its kind: a name
/// with a lowercase first letter is a product, any other a company.
fn brand_at(ctx: &Ctx, covered: &[bool], i: usize) -> Option<(usize, EntityKind)> {
    let w = ctx.w(i);
    if !shape::is_camel(w) || (i > 0 && !ctx.toks[i].space_before && matches!(ctx.w(i - 1), "-" | "." | "/" | "@")) {
        return None;
    }
    if !shape::is_lower_camel(w) {
        // "McCarthy" is a surname; "CamelCase Holdings" a longer name.
        let longer = ctx.capitalised(i + 1) && !covered[i + 1] && ctx.toks[i + 1].space_before;
        return (!longer && !w.starts_with("Mc") && !w.starts_with("Mac")).then_some((i + 1, EntityKind::Company));
    }
    let (_, sent_end) = ctx.sentence_of(i);
    let mut j = i + 1;
    if j < sent_end && ctx.is_word(j) && ctx.w(j).chars().all(|c| c.is_ascii_digit()) && ctx.w(j).len() <= 3 {
        j += 1;
        while j < sent_end && ctx.capitalised(j) && !covered[j] && !shape::is_all_caps(ctx.w(j)) {
            j += 1;
        }
    }
    Some((j, EntityKind::Programme))
}

/// How a person is referred to after the first mention: the surname, or the
/// family name that comes first in an East Asian name ("Wang Yi" → "Wang").
fn short_name(full: &str) -> Option<String> {
    let parts: Vec<&str> = full.split_whitespace().collect();
    if parts.len() < 2 {
        return None;
    }
    let short = if parts.len() == 2 && is_east_asian_surname(parts[0]) { parts[0] } else { parts[parts.len() - 1] };
    // "Osama bin Laden" is "bin Laden", "Ursula von der Leyen" "von der
    // Leyen": the particles stay with the surname.
    let particles = parts[1..parts.len() - 1].iter().rev().take_while(|p| p.starts_with(char::is_lowercase) && shape::is_name_particle(p)).count();
    if particles > 0 && short == parts[parts.len() - 1] {
        return Some(parts[parts.len() - 1 - particles..].join(" "));
    }
    (short.chars().count() > 1).then(|| short.to_string())
}

/// The words before "(ACR)" whose initials spell ACR (stop words skipped):
/// returns the first token of the expansion and its title-cased form.
fn acronym_expansion(ctx: &Ctx, i: usize, acr: &str) -> Option<(usize, String)> {
    let letters: Vec<char> = acr.split('-').next()?.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase()) {
        return None;
    }
    // Match initials right to left; a word may be skipped when the acronym
    // leaves it out ("Cyber security Information Sharing Partnership" is
    // CISP), but the expansion must start on the acronym's first letter.
    let mut need = letters.len();
    let mut j = i - 1; // the "("
    let mut skips = 0;
    let (sent_start, _) = ctx.sentence_of(i);
    while need > 0 && j > sent_start {
        j -= 1;
        if !ctx.toks[j].word {
            if ctx.w(j) == "-" || ctx.w(j) == "&" {
                continue;
            }
            return None;
        }
        let w = ctx.w(j);
        if matches!(w.to_ascii_lowercase().as_str(), "of" | "and" | "for" | "the" | "on" | "in") {
            continue;
        }
        let initial = w.chars().next()?.to_ascii_uppercase();
        if initial == letters[need - 1] {
            need -= 1;
        } else if need < letters.len() && skips == 0 {
            skips += 1;
        } else {
            return None;
        }
    }
    if need > 0 {
        return None;
    }
    let expansion = &ctx.text[ctx.toks[j].start..ctx.toks[i - 2].end];
    let titled: Vec<String> = expansion
        .split(' ')
        .map(|w| {
            if matches!(w, "of" | "and" | "for" | "the" | "on" | "in") {
                w.to_string()
            } else {
                let mut c = w.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            }
        })
        .collect();
    Some((j, titled.join(" ")))
}

/// The capitalised run from token `i`: capitalised words, name connectors
/// before a capital ("of", "&"), hyphen glue, a full stop after "Co" or "Inc",
/// and "and" between two institution names ("… Response Team and
/// Coordination Centre of China").
fn run_at(ctx: &Ctx, covered: &[bool], i: usize) -> (usize, usize) {
    let (_, sent_end) = ctx.sentence_of(i);
    let mut j = i + 1;
    loop {
        if j >= sent_end {
            break;
        }
        let t = &ctx.toks[j];
        let w = ctx.w(j);
        if ctx.capitalised(j) && !covered[j] {
            j += 1;
        } else if ctx.capitalised(j) && covered[j] && w.chars().all(|c| !c.is_lowercase()) && ctx.w(j - 1) != "and" {
            // An acronym inside a name ("Sichuan Anxun … Co. Ltd", "UK") only
            // when it is glued or followed by more of the name.
            if ctx.capitalised(j + 1) && !covered[j + 1] && !ctx.toks[j].space_before {
                j += 1;
            } else {
                break;
            }
        } else if t.word && w.chars().all(|c| c.is_ascii_digit()) && w.len() == 4 && j > i && head_kind(ctx.w(j - 1)).is_some() {
            j += 1; // "Summit 2013"
            break;
        } else if let Some(k) = arabic_article(ctx, covered, j) {
            j = k; // "Ansar al-Sharia", "Omar Hassan al-Bashir"
        } else if w == "and" && joins_and(ctx, covered, i, j) {
            j = run_at(ctx, covered, j + 1).1;
        } else if w == "for" && shape::is_place_head(ctx.w(j - 1)) {
            break; // "left Korrin Island for Port Darrow"
        } else if (is_name_connector(w) || shape::is_name_particle(w) || w == "the" && ctx.w(j - 1) == "of") && ctx.capitalised(j + 1) && !covered[j + 1] {
            j += 1;
        } else if shape::is_name_particle(w) && shape::is_name_particle(ctx.w(j + 1)) && ctx.capitalised(j + 2) && !covered[j + 2] {
            j += 2; // "Ursula von der Leyen"
        } else if w == "of" && ctx.w(j + 1) == "the" && ctx.capitalised(j + 2) && !covered[j + 2] {
            j += 2; // "Department of the Treasury"
        } else if matches!(w, "’s" | "'s") && ctx.capitalised(j + 1) && !covered[j + 1] && (head_kind(ctx.w(j + 1)).is_some() || possessive_name(ctx, covered, i, j)) {
            j += 1; // "Information Commissioner's Office"
        } else if matches!(w, "’" | "'") && !t.space_before && ctx.w(j - 1).ends_with('s') && ctx.capitalised(j + 1) && !covered[j + 1] && head_kind(ctx.w(j + 1)).is_some() {
            j += 1; // "Farmers' Union", "the Workers' Party"
        } else if t.word && w.chars().all(|c| c.is_ascii_digit()) && head_kind(ctx.w(j - 1)) == Some(EntityKind::Document) {
            j += 1; // "Executive Order 13466"
            break;
        } else if w == "of" && ctx.capitalised(j + 1) && covered[j + 1] && head_kind(ctx.w(j - 1)).is_some() {
            // "… Centre of China": a known place closes the name.
            j += 2;
            break;
        } else if w == "and" && head_kind(ctx.w(j - 1)).is_some() && head_kind(ctx.w(j - 1)) != Some(EntityKind::Company) {
            // "X Team and Y Centre": one body when the run after "and" also
            // ends in a different institution head.
            let (_, e2) = run_at(ctx, covered, j + 1);
            let head2 = run_head(ctx, j + 1, e2);
            let ok = ctx.capitalised(j + 1) && !covered[j + 1] && e2 > j + 1 && head_kind(head2).is_some()
                && !head2.eq_ignore_ascii_case(ctx.w(j - 1));
            if ok {
                j = e2;
            } else {
                break;
            }
        } else if (w == "-" && !t.space_before && ctx.capitalised(j + 1) && !ctx.toks[j + 1].space_before)
            || (w == "." && !t.space_before && matches!(ctx.w(j - 1), "Co" | "Inc" | "Corp" | "Ltd" | "Bros" | "St"))
            || (w == "." && !t.space_before && ctx.w(j - 1).chars().count() == 1 && ctx.capitalised(j - 1) && ctx.capitalised(j + 1) && !covered[j + 1])
        {
            // "China-U.S." glue, or the stop of "Co." inside a company name.
            j += 1;
        } else {
            break;
        }
    }
    // Trim trailing connectors and stops.
    while j > i + 1 && (is_name_connector(ctx.w(j - 1)) || ctx.w(j - 1) == "-" || ctx.w(j - 1) == "the") {
        j -= 1;
    }
    (i, j)
}

/// "al-Qaeda", "el-Sisi": the Arabic article glued to a name at token `j`.
/// Returns the end of the name.
fn arabic_article(ctx: &Ctx, covered: &[bool], j: usize) -> Option<usize> {
    let glued = |k: usize| k < ctx.toks.len() && !ctx.toks[k].space_before;
    (matches!(ctx.w(j), "al" | "el" | "Al" | "El") && glued(j + 1) && ctx.w(j + 1) == "-" && glued(j + 2) && ctx.capitalised(j + 2) && !covered[j + 2])
        .then_some(j + 3)
}

/// The kind a lower-case descriptor gives the name at `s` it introduces:
/// right before it ("security firm Kestrel Point") or through a naming
/// phrase ("a gang called Grey Wren", "the crew, which calls itself …").
fn introduced_kind(ctx: &Ctx, s: usize) -> Option<EntityKind> {
    let (sent_start, _) = ctx.sentence_of(s);
    (s.saturating_sub(6).max(sent_start)..s).rev().find_map(|k| {
        let kind = descriptor_kind(ctx.w(k)).filter(|_| ctx.w(k).starts_with(char::is_lowercase))?;
        let gap = &ctx.text[ctx.toks[k].end..ctx.toks[s].start];
        is_naming_gap(gap.trim()).then_some(kind)
    })
}

/// "Center for Health and Human Rights", "the Food and Drug Agency": "and"
/// at `j` joins two parts of one name when the name so far (from `i`) has
/// an institution's "for" / "of" in it, or follows "the" and the words
/// after "and" end in an institution's head.
fn joins_and(ctx: &Ctx, covered: &[bool], i: usize, j: usize) -> bool {
    if !ctx.capitalised(j + 1) || covered[j + 1] {
        return false;
    }
    let inside = (i + 1..j).any(|k| matches!(ctx.w(k), "for" | "of") && head_kind(ctx.w(k - 1)).is_some());
    let (_, e2) = run_at(ctx, covered, j + 1);
    let headed = head_kind(run_head(ctx, j + 1, e2)).is_some() && (i..j).all(|k| head_kind(ctx.w(k)).is_none());
    inside || (headed && i > 0 && ctx.w(i - 1) == "the")
}

/// "Sam's Club", "Fisherman's Wharf": a possessive inside a name, when the
/// run so far is one word never written alone and one capitalised word
/// ends the name after the possessive at `j`.
fn possessive_name(ctx: &Ctx, covered: &[bool], i: usize, j: usize) -> bool {
    let owner = ctx.w(i);
    let ends = !ctx.capitalised(j + 2) || covered.get(j + 2).copied().unwrap_or(true);
    let alone_elsewhere = ctx.toks.iter().enumerate().any(|(k, t)| t.word && ctx.w(k) == owner && !ctx.words.get(k + 1).is_some_and(|n| matches!(*n, "’s" | "'s")));
    j == i + 1 && ends && !ctx.sentence_initial(i) && !alone_elsewhere
}

/// The head noun of a name: its last word, or the word before a closing
/// "of <Place>" ("Coordination Centre of China" → "Centre").
fn run_head<'a>(ctx: &'a Ctx, s: usize, e: usize) -> &'a str {
    // "Summit 2013": the year is not the head.
    let year = |w: &str| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
    if e >= s + 2 && year(ctx.w(e - 1)) {
        return ctx.w(e - 2);
    }
    if e >= s + 3 && ctx.w(e - 2) == "of" {
        ctx.w(e - 3)
    } else if let Some(c) = (s + 1..e).find(|&k| matches!(ctx.w(k), "for" | "of") && head_kind(ctx.w(k - 1)).is_some()) {
        // "Federal Office for Information Security": the head comes before
        // the first "for" / "of" when that word names an institution.
        ctx.w(c - 1)
    } else {
        ctx.w(e.max(s + 1) - 1)
    }
}

struct Found {
    name: String,
    kind: EntityKind,
    affiliation: Option<String>,
}

/// Decide whether a capitalised run names something, and what.
fn classify_run(g: &Names, ctx: &Ctx, s0: usize, e: usize) -> Option<Found> {
    let (s, e) = trim_run(ctx, s0, e)?;
    let word_idx: Vec<usize> = (s..e).filter(|&k| ctx.toks[k].word).collect();
    let n = word_idx.len();
    if n == 0 {
        return None;
    }
    // "North African", "Muslims", "Islamists": a people or a creed, no actor.
    let people = |t: &usize| shape::is_people_word(ctx.w(*t)) || shape::is_compass(ctx.w(*t));
    if word_idx.iter().any(people) && word_idx.iter().all(|t| people(t) || shape::looks_like_demonym(ctx.w(*t))) {
        return None;
    }
    let last = run_head(ctx, s, e);
    let span = |a: usize, b: usize| ctx.text[ctx.toks[a].start..ctx.toks[b - 1].end].to_string();
    // "The Federal government": the sentence starts at the trimmed article.
    let initial = ctx.sentence_initial(s0);
    // "the Daily Courier": a name with an article is not a person's.
    let with_article = s > 0 && ctx.w(s - 1).eq_ignore_ascii_case("the") || ctx.w(s) == "The";
    let (sent_start, _) = ctx.sentence_of(s);
    let before = if s > sent_start { Some(ctx.w(s - 1)) } else { None };
    let before2 = if s > sent_start + 1 { Some(ctx.w(s - 2)) } else { None };

    // "CEO of Suzu Labs": a role of an institution names the institution.
    if head_kind(last).is_some() {
        if let Some(of) = (s..e).find(|&t| ctx.w(t) == "of") {
            if of > s && (s..of).all(|t| is_title(ctx.w(t))) && of + 1 < e {
                return classify_run(g, ctx, of + 1, e);
            }
        }
    }
    // "Chipmaker Vantic has sued …": a trade opening the sentence
    // describes the name after it and is no part of it.
    if initial && n >= 2 && s == s0 && ctx.toks[s + 1].word && is_opening_trade(ctx.w(s)) {
        let kind = descriptor_kind(ctx.w(s)).expect("a trade is a descriptor");
        return Some(Found { name: span(s + 1, e), kind, affiliation: None });
    }
    // "Embassies", "Group": an institution's head alone names none.
    if n == 1 {
        let w = ctx.w(s);
        let singular = w.strip_suffix("ies").map(|st| format!("{st}y")).unwrap_or_else(|| w.trim_end_matches('s').to_string());
        let plural_head = singular != w && head_kind(&singular).is_some_and(|k| k != EntityKind::Media);
        if plural_head || head_kind(w) == Some(EntityKind::Company) {
            return None;
        }
    }
    // "Vision Pro", "Quill 7 Max": a product's model.
    if n >= 2 && shape::is_model_word(ctx.w(e - 1)) {
        return Some(Found { name: span(s, e), kind: EntityKind::Programme, affiliation: None });
    }
    // 1. An institution's head noun ends the run.
    if let Some(mut kind) = head_kind(last) {
        // "Brightwater Games" is a studio; "the Asian Games", "the Winter
        // Games" are events.
        let sporting = |w: &str| shape::looks_like_demonym(w) || matches!(w, "Olympic" | "Paralympic" | "Commonwealth" | "Winter" | "Summer" | "Youth" | "World" | "Invictus");
        if kind == EntityKind::Event && last == "Games" && e >= 2 && !sporting(ctx.w(e - 2)) {
            kind = EntityKind::Company;
        }
        if n >= 2 {
            let name = span(s, e);
            let aff = affiliation_before(g, ctx, s).or_else(|| affiliation_of_suffix(g, &name));
            return Some(Found { name, kind, affiliation: aff });
        }
    }
    // 1b. Land, water and roads: "Attu Island", "South Carolina",
    // "Ketchikan, Alaska", "the city of Sirte", "Mercer Island-based".
    if is_place(g, ctx, s, e, n) {
        return Some(Found { name: span(s, e), kind: EntityKind::Place, affiliation: None });
    }
    // 2. Titles before a name: "Secretary of State John Kerry"; a place
    // or body may qualify the title ("Ohio Senator Ann Roy").
    let qualified = (s + 1..e.min(s + 4)).find(|&t| is_person_role(ctx.w(t))).filter(|&r| (s..r).all(|t| !is_title(ctx.w(t)) && ctx.capitalised(t)));
    let titles_from = qualified.unwrap_or(s);
    let mut k = titles_from;
    while k < e && (is_title(ctx.w(k)) || is_name_connector(ctx.w(k)) || ctx.w(k) == "-") {
        k += 1;
    }
    if k > titles_from && k < e && (titles_from..k).any(|t| is_person_role(ctx.w(t))) {
        let rest: Vec<usize> = (k..e).filter(|&t| ctx.toks[t].word).collect();
        let name_word = |t: usize| (ctx.capitalised(t) && !is_title(ctx.w(t))) || shape::is_name_particle(ctx.w(t));
        if (1..=4).contains(&rest.len()) && rest.iter().all(|&t| name_word(t)) && ctx.capitalised(k) {
            let name = span(k, e);
            let aff = affiliation_before(g, ctx, s).or_else(|| affiliation_after(g, ctx, e));
            return Some(Found { name, kind: EntityKind::Person, affiliation: aff });
        }
    }
    if word_idx.iter().all(|&t| is_title(ctx.w(t)) || is_not_name(ctx.w(t))) {
        return None;
    }
    // "VP of Integrity": a role of something that is no institution.
    if e > s + 2 && ctx.w(s + 1) == "of" && (is_title(ctx.w(s)) || shape::is_thing_acronym(ctx.w(s))) {
        return None;
    }
    // "Chief Information Officer": a job, not a name; "the Dark Web", "New
    // Year": common nouns in capitals.
    if is_person_role(last) || shape::is_common_head(last) {
        return None;
    }
    // "Some Capitol Hill Democrats", "many Silicon Valley engineers": a
    // quantifier counts members of a collective, never one person.
    let quantified = before.is_some_and(|b| is_quantifier(&b.to_lowercase()));
    let n_caps = word_idx.iter().filter(|&&t| ctx.capitalised(t)).count();
    // A person's name is two or three capitalised words, apart ("K-Cup" is
    // none), with no possessive inside ("Sam's Club").
    let apart = word_idx.len() < 2 || ctx.toks[word_idx[1]].space_before;
    let possessive_inside = (s..e).any(|t| matches!(ctx.w(t), "’s" | "'s"));
    let plain = |w: &str| w.chars().skip(1).all(|c| c.is_lowercase() || c == '\'' || c == '’' || c == '-') || shape::is_gaelic_surname(w);
    let looks_like_person_name = !with_article && !quantified && (2..=3).contains(&n_caps) && ctx.capitalised(s) && apart && !possessive_inside
        && word_idx.iter().all(|&t| plain(ctx.w(t)));
    // "Soufiane el Habti", "Ursula von der Leyen": a particle inside makes a
    // personal name.
    let particle = (s + 1..e.saturating_sub(1)).any(|t| shape::is_name_particle(ctx.w(t)) && (!is_name_connector(ctx.w(t)) || ctx.w(t) == "bin"));
    if particle && looks_like_person_name {
        let aff = affiliation_before(g, ctx, s).or_else(|| affiliation_after(g, ctx, e));
        return Some(Found { name: span(s, e), kind: EntityKind::Person, affiliation: aff });
    }
    // 3. A role just before: "premier Li Keqiang", "contractor Edward Snowden".
    let person_word = |w: &str| is_person_role(w) || crate::lexicon::is_person_description(&w.to_ascii_lowercase()) || shape::is_kin(w) || shape::is_occupation(w);
    let role_before = before.is_some_and(person_word) || (before == Some(",") && (before2.is_some_and(person_word) || role_of_before(ctx, s - 1)))
        || (before == Some("elect") && before2 == Some("-") && s >= 3 && is_person_role(ctx.w(s - 3)));
    // 4. An appositive role after: "Michael Bell, founder and CEO of …".
    let role_after = e + 1 < ctx.toks.len() && ctx.w(e) == "," && {
        let mut t = e + 1;
        while t < ctx.toks.len() && matches!(ctx.w(t), "a" | "an" | "the" | "its" | "former" | "senior") {
            t += 1;
        }
        // "Craig Fenn, Lumio's senior vice president": a body's possessive
        // before the role, and a role of up to three words.
        // "Ann Holt, the agency's director of inspections": a described one's.
        if t + 1 < ctx.toks.len() && ctx.toks[t].word && matches!(ctx.w(t + 1), "’s" | "'s") {
            (t + 2..(t + 5).min(ctx.toks.len())).take_while(|&k| ctx.toks[k].word).any(|k| is_person_role(ctx.w(k)))
        } else {
            // "Tomas Brandt, a vulnerability analyst at …", "an independent
            // researcher based in …": the role may follow a modifier or two.
            let person_noun = |w: &str| is_person_role(w) || crate::lexicon::is_person_description(&w.to_ascii_lowercase()) || shape::is_occupation(w);
            (t..(t + 3).min(ctx.toks.len())).take_while(|&k| ctx.toks[k].word && ctx.w(k).starts_with(char::is_lowercase) && !matches!(ctx.w(k), "of" | "at" | "for" | "from" | "in" | "and" | "who")).any(|k| person_noun(ctx.w(k)))
        }
    };
    // 5. A given name or an East Asian surname first.
    // "Ivan Petrov from the institute".
    let from_after = e < ctx.toks.len() && ctx.w(e) == "from" && ctx.toks.get(e + 1).is_some_and(|_| ctx.w(e + 1) == "the");
    // News names a person in full once, then by surname alone: a two-word
    // name whose last word also stands alone in the article is a person's.
    let surname_alone = || n == 2 && {
        let (first, last) = (ctx.w(s), ctx.w(e - 1));
        ctx.toks.iter().enumerate().any(|(t, tok)| {
            tok.word && ctx.w(t) == last && (t == 0 || ctx.w(t - 1) != first) && !ctx.capitalised(t + 1)
        })
    };
    // "…,” said Ann Holt": a speech verb before a name inverts a person's.
    let said_before = before.is_some_and(|b| matches!(b, "said" | "says" | "added" | "wrote" | "explained" | "told" | "asked")) && n >= 2;
    let name_shape = looks_like_person_name
        && (said_before || is_given_name(ctx.w(s)) || (n == 2 && is_east_asian_surname(ctx.w(s))) || from_after || surname_alone() || shape::is_gaelic_surname(ctx.w(e - 1)));
    // "Dara Quill, who …", "Jonas Berg and Dara Quill": a person's company.
    let who_after = e + 1 < ctx.toks.len() && ctx.w(e) == "," && ctx.w(e + 1) == "who";
    let beside_person = person_beside(g, ctx, s);
    // 6. A descriptor introducing the name: "security firm Kestrel Point,
    // who …", "the gang, which calls itself Grey Wren" (not a person's
    // role: "contractor Edward Snowden").
    if let Some(kind) = introduced_kind(ctx, s).filter(|_| !role_before && n <= 4) {
        let aff = affiliation_before(g, ctx, s);
        return Some(Found { name: span(s, e), kind, affiliation: aff });
    }
    if looks_like_person_name && (role_before || role_after || name_shape || who_after || beside_person) || (n == 1 && role_before && !initial && before.is_some_and(|b| b == "," || b.chars().all(|c| c.is_lowercase()))) {
        let aff = affiliation_before(g, ctx, s).or_else(|| affiliation_after(g, ctx, e));
        return Some(Found { name: span(s, e), kind: EntityKind::Person, affiliation: aff });
    }
    // A descriptor before a person's role word ("firm founder Ann Holt")
    // is left to the person's shape above.
    if let Some(kind) = before.and_then(descriptor_kind) {
        if n <= 4 {
            let aff = affiliation_before(g, ctx, s);
            return Some(Found { name: span(s, e), kind, affiliation: aff });
        }
    }
    let verb_at = {
        let mut t = e;
        while t < ctx.toks.len() && ctx.toks[t].word && is_auxiliary(ctx.w(t)) {
            t += 1;
        }
        (t < ctx.toks.len() && reporting_verb(ctx.w(t)).is_some()).then_some(t)
    };
    let verb_after = verb_at.is_some();
    let lower_elsewhere = |w: &str| ctx.common_word(w);
    // 7. A single word at the start of a sentence is usually just a capital.
    if initial && n == 1 {
        let w = ctx.w(s);
        if verb_after && !is_group_noun(w) && !lower_elsewhere(w) && w.chars().count() > 2 {
            let verb = ctx.w(e);
            let kind = if verb.starts_with("report") { EntityKind::Media } else { EntityKind::Company };
            return Some(Found { name: w.to_string(), kind, affiliation: None });
        }
        return None;
    }
    // 8. A place after "in" / "based in".
    let possessive = e < ctx.toks.len() && matches!(ctx.w(e), "'s" | "’s" | "’" | "'");
    let described = ctx.is_word(e) && noun_after_kind(ctx.w(e)).is_some();
    if matches!(before, Some("in") | Some("from")) && n <= 2 && !lower_elsewhere(ctx.w(s)) && !possessive && !described {
        return Some(Found { name: span(s, e), kind: EntityKind::Place, affiliation: None });
    }
    if n == 1 {
        // A lone capitalised word mid-sentence: a name when it recurs or
        // speaks; an all-capitals word must recur.
        // A mixed-case word mid-sentence is a name unless it is an adjective
        // of origin; an all-capitals one must recur or speak and not be an
        // acronym of a thing ("HTML").
        let w = ctx.w(s);
        if is_not_name(w) || is_group_noun(w) || shape::is_thing_acronym(w) || lower_elsewhere(w) {
            return None;
        }
        let ok = if w.chars().count() < 2 {
            false
        } else if shape::is_all_caps(w) {
            !shape::is_thing_acronym(w) && (verb_after || ctx.toks.iter().zip(&ctx.words).filter(|(t, x)| t.word && **x == w).count() >= 2)
        } else {
            // "African-American": a demonym glued to another.
            let glued_on = e + 1 < ctx.toks.len() && ctx.w(e) == "-" && !ctx.toks[e].space_before && !ctx.toks[e + 1].space_before;
            let demonym = shape::looks_like_demonym(w) && (glued_on || ctx.is_word(e) && ctx.w(e).starts_with(char::is_lowercase));
            verb_after || !demonym
        };
        // "its Bergen plant", "their Leeds office": a site of the one
        // named before, at a place.
        let site = ctx.is_word(e) && matches!(ctx.w(e), "plant" | "factory" | "office" | "offices" | "headquarters" | "site" | "facility" | "campus" | "warehouse" | "branch" | "mill" | "refinery" | "mine" | "depot");
        if ok && site && before.is_some_and(|b| matches!(b, "its" | "their" | "his" | "her" | "our")) {
            return Some(Found { name: w.to_string(), kind: EntityKind::Place, affiliation: None });
        }
        // "the Pacific", "Gulf allies": a sea or a gulf alone.
        if ok && (shape::is_ocean(w) || w == "Gulf") {
            return Some(Found { name: w.to_string(), kind: EntityKind::Place, affiliation: None });
        }
        // "Vulture magazine", "the Ennahda party": a noun after the name
        // says what it names.
        if let Some(kind) = ok.then(|| ctx.is_word(e).then(|| noun_after_kind(ctx.w(e)))).flatten().flatten() {
            return Some(Found { name: w.to_string(), kind, affiliation: affiliation_before(g, ctx, s) });
        }
        if ok {
            // "the Kestrel administration": a leader's name.
            let leader = ctx.is_word(e) && ctx.w(e) == "administration";
            let kind = if looks_like_person_name || leader { EntityKind::Person } else { EntityKind::Company };
            return Some(Found { name: w.to_string(), kind, affiliation: affiliation_before(g, ctx, s) });
        }
        return None;
    }
    // 9. Several capitalised words: a proper name of some organisation.
    if initial && n == 2 && lower_elsewhere(ctx.w(s)) {
        return None;
    }
    // At the start of a sentence every word is capitalised: a run that opens
    // a heading-like line ("Unjust Enrichment (as …)") must speak or recur.
    let clause_follows = ctx.is_word(e) || e < ctx.toks.len() && ctx.w(e) == ",";
    if initial && !verb_after && !clause_follows && !recurs(ctx, ctx.w(e - 1), s, e) {
        return None;
    }
    // "Whole Foods touted": a common word opens no person's name.
    let common_first = ctx.common_word(ctx.w(s)) && !is_given_name(ctx.w(s));
    // "Yahoo Finance reported": an outlet reports.
    let reports = verb_at.is_some_and(|t| ctx.w(t).starts_with("report"));
    // "Kestrel Foods said": a plural common noun ends no person's name.
    let plural_common = ctx.w(e - 1).strip_suffix('s').is_some_and(|st| ctx.common_word(st) || ctx.common_word(ctx.w(e - 1)));
    if looks_like_person_name && verb_after && reports {
        return Some(Found { name: span(s, e), kind: EntityKind::Media, affiliation: None });
    }
    if looks_like_person_name && verb_after && !common_first && !plural_common {
        return Some(Found { name: span(s, e), kind: EntityKind::Person, affiliation: affiliation_after(g, ctx, e) });
    }
    let aff = affiliation_before(g, ctx, s);
    Some(Found { name: span(s, e), kind: EntityKind::Company, affiliation: aff })
}

/// Trades that describe a name opening a sentence ("Chipmaker Vantic",
/// "Insurer Dalby Mutual"); never the first word of a name, unlike
/// "Union", "Daily" or "Bank".
fn is_opening_trade(w: &str) -> bool {
    matches!(
        w,
        "Chipmaker" | "Carmaker" | "Automaker" | "Drugmaker" | "Insurer" | "Retailer" | "Lender" | "Broadcaster"
            | "Contractor" | "Supplier" | "Manufacturer" | "Regulator" | "Watchdog" | "Startup" | "Tabloid" | "Airline"
            | "Firm" | "Vendor" | "Provider" | "Publisher"
    )
}

/// "Jamie Lund of Kestrel", "Anne Reyes of the Trevor Centre": a person's
/// name and the body they belong to, two names in one run. Returns the
/// "of" between them.
fn person_of_split(ctx: &Ctx, s: usize, e: usize) -> Option<usize> {
    let of = (s + 2..e).find(|&t| ctx.w(t) == "of")?;
    let surname = ctx.w(of - 1);
    // "Helen Osei of Brightwater Consulting": two plain names before "of"
    // and a body's head ending the run.
    let body_after = of == s + 2
        && (s..of).all(|t| !ctx.common_word(ctx.w(t)) && ctx.w(t).chars().skip(1).all(char::is_lowercase))
        && head_kind(run_head(ctx, of + 1, e)).is_some_and(|k| !matches!(k, EntityKind::Event | EntityKind::Document));
    let person = is_given_name(ctx.w(s)) || (!ctx.common_word(surname) && recurs_alone(ctx, surname)) || body_after;
    let ok = person
        && head_kind(surname).is_none()
        && (s..of).all(|t| ctx.capitalised(t) && !is_title(ctx.w(t)) && !is_not_name(ctx.w(t)))
        && (of + 1..e).all(|t| !is_title(ctx.w(t)));
    ok.then_some(of)
}

/// The kind a lowercase noun after a lone name gives it: "Vulture
/// magazine" is an outlet, "the Ennahda party" a body of civil society.
fn noun_after_kind(w: &str) -> Option<EntityKind> {
    match w {
        "magazine" | "newspaper" | "website" | "blog" | "podcast" | "tabloid" | "broadcaster" => Some(EntityKind::Media),
        "party" | "movement" | "tribe" | "faction" | "militia" => Some(EntityKind::Programme),
        _ => None,
    }
}

/// Does `w` stand alone (not before another capital) somewhere in the
/// article, as a surname does once its bearer is introduced?
fn recurs_alone(ctx: &Ctx, w: &str) -> bool {
    ctx.toks.iter().enumerate().any(|(k, t)| {
        t.word && ctx.w(k) == w && !ctx.capitalised(k + 1) && (k == 0 || !ctx.capitalised(k - 1))
    })
}

/// "The leader of Ennahda, Rachid Ghannouchi": a role of a body before the
/// comma at `comma`.
fn role_of_before(ctx: &Ctx, comma: usize) -> bool {
    let (sent_start, _) = ctx.sentence_of(comma);
    (comma.saturating_sub(6).max(sent_start)..comma.saturating_sub(2)).any(|k| {
        is_person_role(ctx.w(k)) && matches!(ctx.w(k + 1), "of" | "at" | "for") && (k + 2..comma).all(|t| ctx.capitalised(t) || is_name_connector(ctx.w(t)))
    })
}

/// Is the run at `s` joined by "and" to a person already named ("Jonas
/// Berg and Dara Quill")?
fn person_beside(g: &Names, ctx: &Ctx, s: usize) -> bool {
    if s < 2 || ctx.w(s - 1) != "and" || !ctx.capitalised(s - 2) {
        return false;
    }
    let (sent_start, _) = ctx.sentence_of(s);
    let mut first = s - 2;
    loop {
        let name = &ctx.text[ctx.toks[first].start..ctx.toks[s - 2].end];
        if g.find(name).is_some_and(|id| g.entity(id).kind == EntityKind::Person) {
            return true;
        }
        if first <= sent_start || !(ctx.capitalised(first - 1) || shape::is_name_particle(ctx.w(first - 1))) {
            return false;
        }
        first -= 1;
    }
}

/// Does the run `s..e` name a place: by its last word ("Bering Sea"), a
/// point of the compass before another name ("South Taranaki"), a known
/// place or country after a comma ("Ketchikan, Alaska"), a settlement noun
/// before it ("the city of Sirte") or "-based" after it?
fn is_place(g: &Names, ctx: &Ctx, s: usize, e: usize, n: usize) -> bool {
    let glued = |k: usize| k < ctx.toks.len() && !ctx.toks[k].space_before;
    let based = glued(e) && ctx.w(e) == "-" && glued(e + 1) && ctx.w(e + 1) == "based";
    let region_after = e + 1 < ctx.toks.len() && ctx.w(e) == "," && ctx.capitalised(e + 1) && {
        let kind = match_at(g, ctx, e + 1).map(|(a, _)| g.entity(g.alias_at(a).entity).kind);
        let after = match_at(g, ctx, e + 1).map_or(e + 2, |(_, j)| j);
        let closes = after >= ctx.toks.len() || !ctx.toks[after].word;
        closes && matches!(kind, Some(EntityKind::Place | EntityKind::Country))
    };
    let settlement_before = s >= 2 && ctx.w(s - 1) == "of" && matches!(ctx.w(s - 2), "city" | "town" | "village" | "province" | "region" | "island" | "port" | "capital" | "state");
    // "eastern Northland", "downtown Tunis".
    let quarter_before = s >= 1 && matches!(ctx.w(s - 1), "eastern" | "western" | "northern" | "southern" | "central" | "downtown" | "northeastern" | "northwestern" | "southeastern" | "southwestern");
    // "the Sarvan valley", "the Oru river": a land form in lower case after.
    let land_after = e < ctx.toks.len() && ctx.w(e).starts_with(char::is_lowercase) && {
        let w = ctx.w(e);
        let mut c = w.chars();
        let title: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
        shape::is_place_head(&title) && !matches!(w, "street" | "road" | "square" | "bridge" | "avenue" | "passage" | "falls")
    };
    land_after
        || (n >= 2 && (shape::is_place_head(ctx.w(e - 1)) || shape::is_compass(ctx.w(s)) || shape::is_place_prefix(ctx.w(s)))) || based || (n <= 2 && (region_after || settlement_before || quarter_before))
}

/// Words that count the members of a collective: "some", "many", "two".
fn is_quantifier(lower: &str) -> bool {
    matches!(lower, "some" | "many" | "several" | "most" | "few" | "other" | "both" | "all" | "two" | "three" | "dozens" | "hundreds" | "thousands")
}

/// Does `w` occur capitalised outside tokens `s..e`?
fn recurs(ctx: &Ctx, w: &str, s: usize, e: usize) -> bool {
    ctx.toks.iter().enumerate().any(|(k, t)| (k < s || k >= e) && t.word && ctx.w(k) == w)
}

/// The part of a capitalised run that may be a name. Leading words that are
/// not: "The" at the start of a sentence, sentence adverbs ("Obviously"),
/// months and days. Trailing ones: acronyms of things ("Ridel API"). The run
/// stops before "I" ("Glad I found"); a party–state tag ("R-Fla") is none.
fn trim_run(ctx: &Ctx, mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    if shape::is_party_tag(ctx.w(s), ctx.words.get(s + 1).copied()) {
        return None;
    }
    if let Some(k) = (s..e).find(|&k| shape::is_pronoun_form(ctx.w(k))) {
        e = k;
    }
    // "The Record" mid-sentence: the article is part of the name.
    let keep_the = |s: usize| s + 1 < e && !ctx.sentence_initial(s) && !is_title(ctx.w(s + 1)) && !is_not_name(ctx.w(s + 1));
    // "Plans for Kestrel …": a common noun opening the sentence is no part
    // of the name after "for".
    if ctx.sentence_initial(s) && s + 2 < e && ctx.w(s + 1) == "for" && head_kind(ctx.w(s)).is_none() && ctx.common_word(ctx.w(s)) {
        s += 2;
    }
    // "Critics of the Kallas Administration", "Analysts at Corran
    // Research": people of a body opening the sentence are not in its name.
    if ctx.sentence_initial(s) && s + 2 < e && matches!(ctx.w(s + 1), "of" | "at" | "from") && crate::lexicon::is_group_noun(&ctx.w(s).to_lowercase()) && head_kind(ctx.w(s)).is_none() {
        s += 2;
    }
    // "Singer Lenna Marsh sued …": an occupation opening the sentence
    // describes the person named after it.
    if ctx.sentence_initial(s) && s + 2 < e && (s + 1..e).all(|k| ctx.capitalised(k)) && shape::is_occupation(&ctx.w(s).to_lowercase()) {
        s += 1;
    }
    while s < e {
        let w = ctx.w(s);
        // "the Internet Association": a common word after "the" opens a name.
        let after_the = s > 0 && ctx.w(s - 1) == "the" && e - s >= 2 && !shape::is_calendar(w);
        // "South Carolina", "North Dakota": the compass opens a place's name.
        let compass_name = shape::is_compass(w) && s + 1 < e && ctx.capitalised(s + 1);
        let leading = if w == "The" {
            !keep_the(s)
        } else {
            is_not_name(w) && !is_title(w) && !is_person_role(w) && !after_the && !compass_name
        }
            || (ctx.sentence_initial(s) && w.len() > 4 && w.ends_with("ly"))
            || (ctx.sentence_initial(s) && e - s >= 3 && w.len() > 4 && w.ends_with("ed") && !is_given_name(w));
        if !leading {
            break;
        }
        s += 1;
    }
    while e > s + 1 && ctx.toks[e - 1].word && shape::is_thing_acronym(ctx.w(e - 1)) {
        e -= 1;
    }
    (s < e).then_some((s, e))
}

/// The country a name belongs to from the words just before it:
/// "Chinese premier Li Keqiang", "US security firm Mandiant",
/// "China's official Xinhua news agency".
fn affiliation_before(g: &Names, ctx: &Ctx, s: usize) -> Option<String> {
    let (sent_start, _) = ctx.sentence_of(s);
    let from = s.saturating_sub(5).max(sent_start);
    for t in (from..s).rev() {
        if matches!(ctx.w(t), "," | "." | ";" | "(" | ")" | "“" | "”" | "\"") && t + 1 < s && !matches!(ctx.w(t + 1), "a" | "an" | "the") {
            // Allow "China's premier, Li Keqiang": one comma after a role.
            if !(ctx.w(t) == "," && t > 0 && is_person_role(ctx.w(t - 1))) {
                break;
            }
        }
        if !ctx.toks[t].word {
            continue;
        }
        if let Some((ai, _)) = match_at(g, ctx, t) {
            let e = g.entity(g.alias_at(ai).entity);
            if e.kind == EntityKind::Country {
                return Some(e.name.clone());
            }
            if let Some(m) = &e.metonym_for {
                return Some(m.clone());
            }
        }
        if matches!(ctx.w(t), "said" | "says" | "told" | "and" | "or" | "with" | "by" | "that") {
            break;
        }
    }
    None
}

/// "… from the National … Centre of China": the affiliation of what follows.
fn affiliation_after(g: &Names, ctx: &Ctx, e: usize) -> Option<String> {
    let (_, sent_end) = ctx.sentence_of(e.min(ctx.toks.len().saturating_sub(1)));
    if e + 2 >= sent_end || !matches!(ctx.w(e), "from" | "of" | "at") {
        return None;
    }
    let mut t = e + 1;
    while t < sent_end && matches!(ctx.w(t), "the" | "a" | "an") {
        t += 1;
    }
    let end = (t + 12).min(sent_end);
    let text_after = &ctx.text[ctx.toks[t].start..ctx.toks[end - 1].end];
    for k in t..end {
        if !ctx.toks[k].word {
            continue;
        }
        if let Some((ai, _)) = match_at(g, ctx, k) {
            let ent = g.entity(g.alias_at(ai).entity);
            if ent.kind == EntityKind::Country {
                return Some(ent.name.clone());
            }
            if ent.affiliation.is_some() {
                return ent.affiliation.clone();
            }
        }
    }
    affiliation_of_suffix(g, text_after)
}

/// "Coordination Centre of China" → China.
fn affiliation_of_suffix(g: &Names, name: &str) -> Option<String> {
    let (_, tail) = name.rsplit_once(" of ")?;
    let tail = tail.trim();
    COUNTRIES
        .iter()
        .find(|c| c.name == tail || c.aliases.contains(&tail))
        .map(|c| c.name.to_string())
        .filter(|_| g.len() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::sentences;

    fn run(text: &str) -> Vec<(String, EntityKind, Option<String>, Vec<String>)> {
        let g = Gazetteer::base(&[]);
        let sents = sentences(text, &[(0, text.len())]);
        let r = recognise(&g, text, &Tokenised::new(text, &sents));
        r.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.demonym_only)
            .map(|(i, e)| {
                let ms = r.mentions.iter().filter(|m| m.entity == i).map(|m| text[m.start..m.end].to_string()).collect();
                (e.name.clone(), e.kind, e.affiliation.clone(), ms)
            })
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        run(text).into_iter().map(|e| e.0).collect()
    }

    #[test]
    fn first_words_answer_as_their_set_does() {
        let mut f = FirstWords::default();
        assert!(!f.contains("the") && !f.contains("") && f.is_empty());
        for w in ["the", "al", "ébène", "an-extremely-long-first-word-of-forty-bytes"] {
            f.insert(w.to_string());
        }
        for w in ["the", "al", "ébène", "an-extremely-long-first-word-of-forty-bytes"] {
            assert!(f.contains(w), "{w}");
        }
        for w in ["tha", "thee", "a", "al-", "ébènes", "an-extremely-long-first-word-of-forty-bytez", ""] {
            assert!(!f.contains(w), "{w}");
        }
    }

    #[test]
    fn titles_roles_and_appositives_mark_people() {
        let text = "Foreign Minister Ana Pereira met Secretary of State for Trade Tom Hale. \
                    Jonas Berg, chief executive of Nordlys Labs, said Berg agreed. \
                    Hale said the talks went well, according to spokesman Piet Vos.";
        let es = run(text);
        let get = |n: &str| es.iter().find(|e| e.0 == n).unwrap_or_else(|| panic!("{n} in {es:?}"));
        assert_eq!(get("Ana Pereira").1, EntityKind::Person);
        assert_eq!(get("Tom Hale").1, EntityKind::Person);
        assert_eq!(get("Tom Hale").3, ["Tom Hale", "Hale"]);
        assert_eq!(get("Jonas Berg").1, EntityKind::Person);
        assert_eq!(get("Nordlys Labs").1, EntityKind::Company);
        assert_eq!(get("Piet Vos").1, EntityKind::Person);
    }

    #[test]
    fn affiliations_come_from_demonyms_and_possessives() {
        let es = run("Russian minister Oleg Petrov spoke. Later, German security firm Blauwerk said it was hacked.");
        let petrov = es.iter().find(|e| e.0 == "Oleg Petrov").unwrap();
        assert_eq!(petrov.2.as_deref(), Some("Russia"));
        let firm = es.iter().find(|e| e.0 == "Blauwerk").unwrap();
        assert_eq!((firm.1, firm.2.as_deref()), (EntityKind::Company, Some("Germany")));
    }

    #[test]
    fn acronyms_defined_in_parentheses_merge_with_their_expansion() {
        let es = run("The national data protection board (NDPB) met. Later the NDPB said the data protection board was fine. Prices of intellectual property (IP) rose.");
        let b = es.iter().find(|e| e.3.contains(&"NDPB".to_string())).expect("NDPB");
        assert_eq!(b.0, "National Data Protection Board");
        assert!(b.3.iter().any(|m| m == "national data protection board"));
        assert!(!names("Prices of intellectual property (IP) rose.").iter().any(|n| n.contains("Intellectual")));
    }

    #[test]
    fn gazetteer_aliases_merge_and_lone_demonyms_stay_out() {
        let es = run("The U.S. and the United States and America met. Australian reports said so.");
        assert_eq!(es.len(), 1, "{es:?}");
        assert_eq!(es[0].0, "United States");
        assert_eq!(es[0].3.len(), 3);
    }

    #[test]
    fn a_name_with_an_ampersand_is_no_person() {
        let es = run("Attacks hit the likes of Peters & Lowe or Granite Foods, and Ada Brook & Sons.");
        for name in ["Peters & Lowe", "Ada Brook & Sons"] {
            let found = es.iter().find(|e| e.0 == name).unwrap_or_else(|| panic!("{name} in {es:?}"));
            assert_ne!(found.1, EntityKind::Person, "{name}");
        }
    }

    #[test]
    fn a_unit_named_after_its_owners_possessive_is_the_owner() {
        let es = run("Velto Systems said the flaw was fixed. Velto Systems' Red Cell Team found it. Later, Velto Systems's Red Cell Team wrote a report. The Red Cell Team said it was minor.");
        let velto = es.iter().find(|e| e.0 == "Velto Systems").unwrap_or_else(|| panic!("{es:?}"));
        assert!(velto.3.iter().any(|m| m == "Red Cell Team"), "{es:?}");
        assert!(!es.iter().any(|e| e.0.contains("Red Cell")), "{es:?}");
    }

    #[test]
    fn every_state_is_a_country_with_its_demonym() {
        let es = run("Libya rejected the plan. Libyan officials denied it. Envoys of Papua New Guinea and Uruguay met.");
        let get = |n: &str| es.iter().find(|e| e.0 == n).unwrap_or_else(|| panic!("{n} in {es:?}"));
        assert_eq!(get("Libya").1, EntityKind::Country);
        assert!(get("Libya").3.contains(&"Libyan".to_string()), "{es:?}");
        assert_eq!(get("Papua New Guinea").1, EntityKind::Country);
        assert_eq!(get("Uruguay").1, EntityKind::Country);
        assert!(!es.iter().any(|e| e.0 == "Guinea"), "{es:?}");
    }

    #[test]
    fn sentence_initial_capitals_and_common_words_are_not_names() {
        let text = "Officials and executives met. Cyber attacks rose, and cyber defence fell. Western targets were hit in March.";
        assert!(names(text).is_empty(), "{:?}", names(text));
        // A preposition or adverb opening a sentence is no name.
        let text = "Upon reading the memo, staff left. Amid the row, Perrin Dobbs resigned. Despite this, the plant reopened.";
        assert_eq!(names(text), ["Perrin Dobbs"]);
    }

    #[test]
    fn kinds_from_the_trade_the_site_and_the_inverted_speech_verb() {
        let kind_of = |text: &str, name: &str| {
            let ents = run(text);
            ents.iter().find(|e| e.0 == name).map(|e| e.1).unwrap_or_else(|| panic!("{name}: {ents:?}"))
        };
        // A given name does not make "Halvard Foods" a person; its trade
        // makes it a company; "its Bergen plant" is a place.
        let t = "The regulator accused Halvard Foods of hiding an outbreak at its Bergen plant.";
        assert_eq!((kind_of(t, "Halvard Foods"), kind_of(t, "Bergen")), (EntityKind::Company, EntityKind::Place));
        assert_eq!(kind_of("He took payments from Corran Builders last year.", "Corran Builders"), EntityKind::Company);
        // "…,” said Ingrid Solberg, the authority's director": a person.
        let t = "\"It was unacceptable,\" said Ingrid Solberg, the authority's director of inspections.";
        assert_eq!(kind_of(t, "Ingrid Solberg"), EntityKind::Person);
    }

    #[test]
    fn a_role_after_a_modifier_and_initials_of_a_body_named() {
        let text = "Tomas Brandt, a vulnerability analyst at Ostwall Labs, said he had reproduced it. \
                    The Global Maritime Safety Council fined the firm. A GMSC spokesman confirmed it.";
        let ents = run(text);
        let find = |name: &str| ents.iter().find(|e| e.0 == name).unwrap_or_else(|| panic!("{ents:?}"));
        assert_eq!(find("Tomas Brandt").1, EntityKind::Person);
        assert_eq!(find("Global Maritime Safety Council").3, ["Global Maritime Safety Council", "GMSC"]);
    }

    #[test]
    fn a_body_named_in_full_goes_by_its_short_name() {
        let text = "Senator Dana Whit sued the Lakeside Herald on Monday. The Herald stood by its story. \
                    She also sued Halvard Foods. A Halvard spokesperson said nothing.";
        let ents = run(text);
        let mentions = |name: &str| ents.iter().find(|e| e.0 == name).map(|e| e.3.clone()).unwrap_or_else(|| panic!("{ents:?}"));
        assert_eq!(mentions("Lakeside Herald"), ["Lakeside Herald", "Herald"]);
        assert_eq!(mentions("Halvard Foods"), ["Halvard Foods", "Halvard"]);
        assert_eq!(ents.len(), 3, "{ents:?}");
    }

    #[test]
    fn a_surname_keeps_its_particles() {
        let text = "On Monday, Ahmed bin Rashid spoke first. Bin Rashid said the talks failed. Later, bin Rashid left. \
                    On Tuesday, Anna van der Berg agreed. Van der Berg said so.";
        let ents = run(text);
        let person = |name: &str| ents.iter().find(|e| e.0 == name).map(|e| e.3.len()).unwrap_or_else(|| panic!("{ents:?}"));
        assert_eq!((person("Ahmed bin Rashid"), person("Anna van der Berg"), ents.len()), (3, 2, 2), "{ents:?}");
    }

    #[test]
    fn a_leaders_administration_is_a_body_of_its_own() {
        let text = "President Maria Kallas met the press. The Kallas administration said the talks failed. \
                    Kallas said little. Critics of the Kallas Administration disagreed.";
        let ents = run(text);
        let admin = ents.iter().find(|e| e.0.eq_ignore_ascii_case("Kallas administration")).unwrap_or_else(|| panic!("{ents:?}"));
        assert_eq!((admin.1, admin.3.len()), (EntityKind::GovernmentBody, 2), "{ents:?}");
        let person = ents.iter().find(|e| e.0 == "Maria Kallas").unwrap_or_else(|| panic!("{ents:?}"));
        assert_eq!(person.3, ["Maria Kallas", "Kallas"], "{ents:?}");
    }

    #[test]
    fn institution_heads_and_connectors_make_one_name() {
        let text = "Staff at the Polar Research Team and Weather Centre of Norway left. \
                    The deal named Acme Trading Co. Ltd and Orion Holdings. Marks & Spencer said so.";
        let ns = names(text);
        assert!(ns.contains(&"Polar Research Team and Weather Centre of Norway".to_string()), "{ns:?}");
        assert!(ns.contains(&"Acme Trading Co. Ltd".to_string()), "{ns:?}");
        assert!(ns.contains(&"Orion Holdings".to_string()), "{ns:?}");
        assert!(ns.contains(&"Marks & Spencer".to_string()), "{ns:?}");
    }

    #[test]
    fn a_name_before_a_reporting_verb_at_sentence_start_is_a_source() {
        let ns = names("Techwatch reports that the bank was hit. Analysts said otherwise.");
        assert_eq!(ns, ["Techwatch"]);
    }

    #[test]
    fn brands_and_lone_names_mid_sentence_are_found_from_their_shape() {
        let ns = names("The leak reached PayZap users, and buyers of the zPhone 12 Pro lost money to Quillmark. Owners of zPhones were angry.");
        assert!(ns.contains(&"PayZap".to_string()), "{ns:?}");
        assert!(ns.contains(&"zPhone 12 Pro".to_string()), "{ns:?}");
        assert!(ns.contains(&"Quillmark".to_string()), "{ns:?}");
        assert!(ns.contains(&"zPhone".to_string()), "{ns:?}");
    }

    #[test]
    fn headings_urls_and_acronyms_of_things_are_not_names() {
        assert!(names("Borvik Bank Says the Leak Isn’t Over").is_empty());
        let text = "The bank said its HTML forms at borvik.com/Portal/ShowForm failed. \
                    He wrote, “Bring your logs.” Obviously Borvik was slow, and the Dark Web sold its data.";
        let ns = names(text);
        assert!(!ns.iter().any(|n| n.contains("Leak") || n == "HTML" || n == "ShowForm" || n == "Bring" || n.contains("Dark")), "{ns:?}");
    }

    #[test]
    fn particles_the_and_country_prefixes_belong_to_the_name() {
        let es = run("The hunter Karim el Mansouri wrote to The Ledger. The Danish Ministry of Fisheries said the US Department of Justice was told. The US agreed.");
        let get = |n: &str| es.iter().find(|e| e.0 == n).unwrap_or_else(|| panic!("{n} in {es:?}"));
        assert_eq!(get("Karim el Mansouri").1, EntityKind::Person);
        assert!(get("The Ledger").3.contains(&"The Ledger".to_string()));
        assert_eq!(get("Ministry of Fisheries").3, ["Danish Ministry of Fisheries"]);
        assert_eq!(get("Department of Justice").3, ["US Department of Justice"]);
    }

    #[test]
    fn people_by_role_words_and_surnames_alone_places_not_possessors() {
        let es = run("Bug bounty hunter Mira Kovac wrote to Telvana. Dara Quill spoke later. Quill said the flaw in Telvana's portal was old.");
        let kind = |n: &str| es.iter().find(|e| e.0 == n).map(|e| e.1);
        assert_eq!(kind("Mira Kovac"), Some(EntityKind::Person), "a role word before the name");
        assert_eq!(kind("Dara Quill"), Some(EntityKind::Person), "named again by surname alone");
        assert_ne!(kind("Telvana"), Some(EntityKind::Place), "a possessor after \"in\" is no place");
    }

    #[test]
    fn a_name_before_a_body_s_role_is_a_person() {
        let es = run("The suit was filed on Monday. Craig Fenn, Lumio's senior vice president, said the suit had merit.");
        assert_eq!(es.iter().find(|e| e.0 == "Craig Fenn").map(|e| e.1), Some(EntityKind::Person), "{es:?}");
    }

    #[test]
    fn a_counted_collective_is_no_person() {
        for (text, name) in [
            ("Some Harbour Street Liberals speculate that the mayor is worried.", "Harbour Street Liberals"),
            ("The plan was shelved. Many Ridgeway Valley Farmers said the plan was unfair.", "Ridgeway Valley Farmers"),
        ] {
            let es = run(text);
            assert_ne!(es.iter().find(|e| e.0 == name).map(|e| e.1), Some(EntityKind::Person), "{text}: {es:?}");
        }
        let es = run("Dara Quill said the plan was unfair. Quill spoke later.");
        assert_eq!(es.iter().find(|e| e.0 == "Dara Quill").map(|e| e.1), Some(EntityKind::Person), "{es:?}");
    }

    #[test]
    fn peoples_creeds_and_regions_by_adjective_are_not_names() {
        let text = "Many Veldorans fled, and Muslims and Christians prayed. Islamists gathered in the North Veldoran city. \
                    A Catholic priest met Salafists there. Mira Kovac said so.";
        assert_eq!(names(text), ["Mira Kovac"]);
        // A name ending like a plural is not one: "the Polaris".
        assert_eq!(names("The crew of the Velaris sailed on Monday."), ["Velaris"]);
    }

    #[test]
    fn the_arabic_article_glued_to_a_name_is_part_of_it() {
        let es = run("Police blamed Ansar al-Nour, an al-Zahra-linked group. Envoy Karim Idris al-Masri met them. Later Mr. Masri left.");
        let ns: Vec<&str> = es.iter().map(|e| e.0.as_str()).collect();
        assert!(ns.contains(&"Ansar al-Nour") && ns.contains(&"al-Zahra"), "{ns:?}");
        let masri = es.iter().find(|e| e.0 == "Karim Idris al-Masri").expect("the envoy");
        assert_eq!(masri.1, EntityKind::Person);
        assert!(masri.3.contains(&"Masri".to_string()), "{masri:?}");
        assert!(!ns.contains(&"Nour") && !ns.contains(&"Zahra"), "{ns:?}");
    }

    #[test]
    fn possessives_and_and_inside_one_name() {
        let text = "Shoppers queued at Pell’s Market on Sunday. Anne Reyes of the Trevor Centre for Peace and Global Studies spoke. \
                    Data from the Sailing and Rowing Council agreed.";
        let ns = names(text);
        assert!(ns.contains(&"Pell’s Market".to_string()), "{ns:?}");
        assert!(ns.contains(&"Trevor Centre for Peace and Global Studies".to_string()), "{ns:?}");
        assert!(ns.contains(&"Sailing and Rowing Council".to_string()), "{ns:?}");
        assert!(!ns.iter().any(|n| n == "Pell" || n == "Global Studies" || n == "Sailing"), "{ns:?}");
    }

    #[test]
    fn a_descriptor_introducing_a_name_gives_its_kind() {
        let found = run("Samples were checked by the security firm Orrin Vale, who called them genuine. The gang, which calls itself Grey Wren, posted them.");
        let kind = |n: &str| found.iter().find(|f| f.0 == n).map(|f| f.1);
        assert_eq!(kind("Orrin Vale"), Some(EntityKind::Company));
        assert_eq!(kind("Grey Wren"), Some(EntityKind::ThreatActor));
        // A person's role still makes a person: "contractor Ann Holt".
        let found = run("The files were leaked by contractor Ann Holt in May.");
        assert_eq!(found.iter().find(|f| f.0 == "Ann Holt").map(|f| f.1), Some(EntityKind::Person));
    }

    #[test]
    fn news_describes_parties_by_trade_and_firm() {
        let found = run("Drugmaker Olvane Biologics recalled the batch. Insurer Pellow Mutual paid out. Union Pacific was not involved.");
        let kind = |n: &str| found.iter().find(|f| f.0 == n).map(|f| f.1);
        assert_eq!(kind("Olvane Biologics"), Some(EntityKind::Company));
        assert_eq!(kind("Pellow Mutual"), Some(EntityKind::Company));
        assert_eq!(kind("Drugmaker Olvane Biologics"), None);
        // "Union" can open a name: not stripped.
        assert_eq!(kind("Pacific"), None);
        let found = run("Novelist Petra Anselm sued the magazine. Captain Ivo Brandt sailed.");
        assert!(found.iter().any(|f| f.0 == "Petra Anselm" && f.1 == EntityKind::Person), "{found:?}");
        let ns = names("Brackley University fired a lecturer. A Brackley spokesperson said the process was fair.");
        assert!(!ns.contains(&"Brackley".to_string()), "Brackley is Brackley University: {ns:?}");
        let found = run("A surveyor, Mira Tollan of Kessel Engineering, measured the beams. Shares in Dunmore Media fell, while Hale Research and Corvane Capital held.");
        let kind = |n: &str| found.iter().find(|f| f.0 == n).map(|f| f.1);
        assert_eq!(kind("Mira Tollan"), Some(EntityKind::Person));
        assert_eq!(kind("Kessel Engineering"), Some(EntityKind::Company));
        assert_eq!(kind("Dunmore Media"), Some(EntityKind::Media));
        assert_eq!(kind("Hale Research"), Some(EntityKind::Company));
        assert_eq!(kind("Corvane Capital"), Some(EntityKind::Company));
    }

    #[test]
    fn a_three_word_company_goes_by_its_first_word_unless_an_adjective() {
        let ns = names("Tarrow Health Partners denied the claim. Tarrow said patients were safe. New Harbour Foods agreed. New rules apply.");
        assert!(!ns.contains(&"Tarrow".to_string()), "Tarrow is Tarrow Health Partners: {ns:?}");
        assert!(!ns.contains(&"New".to_string()), "{ns:?}");
    }

    #[test]
    fn a_plural_possessive_inside_a_name_and_a_title_that_runs_on() {
        let ns = names("The Independent Bakers' Union said on Monday that the Tarrow Growers' Council had agreed. The Independent reported it.");
        assert!(ns.iter().any(|n| n.ends_with("Independent Bakers' Union")), "{ns:?}");
        assert!(ns.contains(&"Tarrow Growers' Council".to_string()), "{ns:?}");
        assert!(ns.contains(&"The Independent".to_string()), "the paper alone is still the paper: {ns:?}");
        assert!(!ns.iter().any(|n| n == "Bakers" || n == "Tarrow Growers"), "{ns:?}");
    }

    #[test]
    fn land_water_and_towns_are_places() {
        let text = "The boat left Korrin Island for Port Darrow, Alaska, across the Tarrow Sea. A Velmont-based crew docked in the city of Ostrava \
                    and in South Carolina, then sailed to eastern Marrowland.";
        let es = run(text);
        for n in ["Korrin Island", "Port Darrow", "Tarrow Sea", "Velmont", "Ostrava", "South Carolina", "Marrowland"] {
            assert_eq!(es.iter().find(|e| e.0 == n).map(|e| e.1), Some(EntityKind::Place), "{n}: {es:?}");
        }
        // A place as a person's adjective names no place.
        assert!(names("An Ohio man was charged.").is_empty());
    }

    #[test]
    fn kin_occupations_relative_clauses_and_company_mark_people() {
        let text = "Doctors treated his wife Mirela. The priest, Tomas Ardel, prayed. The leader of Kelvane, Ruta Omberg, spoke. \
                    Later Peter Brannagh and Zora Quintel left with Rolf McKinnon. Daren Voss, who ran the farm, stayed.";
        let es = run(text);
        for n in ["Mirela", "Tomas Ardel", "Ruta Omberg", "Zora Quintel", "Rolf McKinnon", "Daren Voss"] {
            assert_eq!(es.iter().find(|e| e.0 == n).map(|e| e.1), Some(EntityKind::Person), "{n}: {es:?}");
        }
    }

    #[test]
    fn corporate_heads_join_known_firms_and_models_are_products() {
        let es = run("Tencent Holdings bought the Zentra Pro line. Later Harlow Foods said food prices fell, and Coastline News reported it.");
        let tencent = es.iter().find(|e| e.0 == "Tencent").expect("Tencent");
        assert_eq!(tencent.3, ["Tencent Holdings"]);
        assert!(!es.iter().any(|e| e.0 == "Holdings"), "{es:?}");
        let kind = |n: &str| es.iter().find(|e| e.0 == n).map(|e| e.1);
        assert_eq!(kind("Zentra Pro"), Some(EntityKind::Programme));
        assert_ne!(kind("Harlow Foods"), Some(EntityKind::Person), "{es:?}");
        assert_eq!(kind("Coastline News"), Some(EntityKind::Media));
        let es = run("An essay in Quillon magazine praised the Varda party.");
        let kind = |n: &str| es.iter().find(|e| e.0 == n).map(|e| e.1);
        assert_eq!(kind("Quillon"), Some(EntityKind::Media), "{es:?}");
        assert_eq!(kind("Varda"), Some(EntityKind::Programme), "{es:?}");
    }

    #[test]
    fn glued_demonyms_are_no_names_and_oceans_are_places() {
        let es = run("Many voters cheered, and African-American voters too. Ships crossed the Pacific.");
        let kind = |n: &str| es.iter().find(|e| e.0 == n).map(|e| e.1);
        assert_eq!(kind("African"), None, "{es:?}");
        assert_eq!(kind("Pacific"), Some(EntityKind::Place), "{es:?}");
    }
}
