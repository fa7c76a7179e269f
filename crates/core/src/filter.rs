//! Filtering, facets, search and highlights: what every view shows for a
//! [`View`], computed from the snapshot and a small [`Index`] built once.
//! Pure functions, so the page stays a thin layer and the rules are tested
//! natively.

use crate::case::{self, Folded};
use crate::date::PubDate;
use crate::model::*;
use crate::query::View;
use crate::search::{Of, Words};
use std::cmp::Ordering;

/// Sorts `items` (indices or ids) so that `order` holds between neighbours.
/// The page's sorts go through this one function (src/format.rs too): each
/// sort of another element type or closure is another copy of the sorting
/// routine in the page's wasm (about 3.5 KB each). `order` is total (ties
/// only between equal items), so the result is the one any sort would give.
///
/// A plain merge sort (bottom-up, stable) rather than the standard
/// library's, whose comparator-taking copy is about 4 KB of the page's wasm
/// against a few hundred bytes here; it makes as few comparisons.
pub fn sort(items: &mut [u32], order: &dyn Fn(u32, u32) -> Ordering) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let (mut from, mut to) = (items.to_vec(), vec![0u32; n]);
    let mut width = 1;
    while width < n {
        // Merge each pair of sorted runs of `width` from `from` into `to`.
        let mut start = 0;
        while start < n {
            let (mid, end) = ((start + width).min(n), (start + 2 * width).min(n));
            merge(&from[start..end], &mut to[start..end], mid - start, order);
            start = end;
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    items.copy_from_slice(&from);
}

/// Merge the sorted runs `from[..mid]` and `from[mid..]` into `to` (as
/// long), keeping `order`; the first run's items first among equals.
fn merge(from: &[u32], to: &mut [u32], mid: usize, order: &dyn Fn(u32, u32) -> Ordering) {
    let (mut i, mut j, end) = (0, mid, from.len());
    for slot in to {
        if j == end || (i < mid && order(from[i], from[j]) != Ordering::Greater) {
            *slot = from[i];
            i += 1;
        } else {
            *slot = from[j];
            j += 1;
        }
    }
}

/// The positions of `items` in the order `cmp` puts them (see [`sort`]).
fn order_of<T>(items: &[T], cmp: impl Fn(&T, &T) -> Ordering) -> Vec<u32> {
    let mut at: Vec<u32> = (0..items.len() as u32).collect();
    sort(&mut at, &|a, b| cmp(&items[a as usize], &items[b as usize]));
    at
}

/// Lookups built once per snapshot.
pub struct Index {
    /// Each entity's id, by index.
    entity_ids: Vec<String>,
    /// Entity indices in the order of their ids, for looking ids up by
    /// binary search (a sorted list, not a `HashMap`: bytes, one map type
    /// fewer in the page's wasm); sorted by the first lookup, as most views
    /// choose no entity.
    entity_order: std::sync::OnceLock<Vec<u32>>,
    /// Entities each article involves (mentioned or speaking), sorted.
    pub article_entities: Vec<Vec<u32>>,
    /// Claims of each article, in text order.
    pub article_claims: Vec<Vec<u32>>,
    /// Is each claim one side of a counterclaim pair? (A card counts its
    /// article's disputed claims: without this, every card read every pair.)
    pub claim_paired: Vec<bool>,
    /// Entities each dispute involves (speakers, subjects, sides), sorted.
    pub dispute_entities: Vec<Vec<u32>>,
    /// The story (other outlets' accounts) each article belongs to.
    pub article_story: Vec<Option<u32>>,
    /// Every article in the list's order, newest first (undated last):
    /// sorted once, so a filter keeps the order of what passes and never
    /// sorts (a chip press at 100,000 articles).
    by_date: Vec<u32>,
    /// Each entity's articles, in the list's order. A chip narrows the
    /// list to its entity's articles, so a filter by entity goes through
    /// those of the rarest chosen one rather than every article (at 100,000
    /// articles, a few hundred instead of 100,000), and many matching
    /// articles are counted by entity, a list read in order each
    /// ([`facet_counts`]).
    entity_articles: Vec<Vec<u32>>,
    /// Each article's year and outlet, side by side: what the panel counts
    /// for every matching article, without reading each article.
    years: Vec<Option<u16>>,
    outlets: Vec<Option<u32>>,
    /// The panel's counts for the whole corpus (the unfiltered list: every
    /// other chip press, when a chip is toggled), counted by the first
    /// view that needs them and kept.
    whole: std::sync::OnceLock<Counts>,
    /// The words of every article's searchable text, built by the first
    /// search: most visits start without one, and building it for a large
    /// corpus would hold up the first paint.
    words: std::sync::OnceLock<Words>,
    /// The words of each claim in a dispute, built (or given) by the first
    /// search of claims.
    claim_words: std::sync::OnceLock<Words>,
}

/// An [`Index`] built in steps ([`Index::new`] takes them all at once): the
/// page indexes a large corpus's head across browser tasks, a few steps
/// each. Each step handles [`STEP`] articles, claims or disputes (or the
/// pairs and stories, or the date sort), a few milliseconds at most.
pub struct Indexing {
    stage: Stage,
    /// The next article, claim or dispute of the stage.
    at: usize,
    article_entities: Vec<Vec<u32>>,
    article_claims: Vec<Vec<u32>>,
    claim_paired: Vec<bool>,
    dispute_entities: Vec<Vec<u32>>,
    article_story: Vec<Option<u32>>,
    /// Each article's date as one number, later dates greater, undated 0:
    /// what the list's order sorts by, read once rather than at each of
    /// the sort's comparisons.
    dates: Vec<u64>,
    by_date: Vec<u32>,
    entity_articles: Vec<Vec<u32>>,
    years: Vec<Option<u16>>,
    outlets: Vec<Option<u32>>,
}

/// The list's order of articles by their `dates` ([`Indexing`]).
fn newest_first(dates: &[u64]) -> impl Fn(u32, u32) -> Ordering + '_ {
    |a, b| dates[b as usize].cmp(&dates[a as usize]).then(a.cmp(&b))
}

/// Items per step of [`Indexing`].
const STEP: usize = 5_000;

/// Articles sorted by date in one step of [`Indexing`].
const SORT_BLOCK: usize = 16_384;

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    /// Each article's mentioned entities, its date, year and outlet.
    Articles,
    /// Each claim to its article, its speaker to the article's entities.
    Claims,
    /// Each article's entities sorted, each once.
    Entities,
    Disputes,
    /// Which claims are paired, which story each article is in.
    PairsAndStories,
    /// The list's order: blocks of [`SORT_BLOCK`] sorted, then runs of
    /// the width merged in pairs.
    ByDate,
    Merge(usize),
    /// Each entity's articles, in the list's order.
    EntityArticles,
    Done,
}

impl Indexing {
    pub fn new(snap: &Snapshot) -> Self {
        let n = snap.articles.len();
        Indexing {
            stage: Stage::Articles,
            at: 0,
            article_entities: Vec::with_capacity(n),
            article_claims: vec![Vec::new(); n],
            claim_paired: vec![false; snap.claims.len()],
            dispute_entities: Vec::with_capacity(snap.disputes.len()),
            article_story: vec![None; n],
            dates: Vec::with_capacity(n),
            by_date: Vec::new(),
            entity_articles: vec![Vec::new(); snap.entities.len()],
            years: Vec::with_capacity(n),
            outlets: Vec::with_capacity(n),
        }
    }

    /// One step; `true` once the index is built ([`Indexing::finish`]).
    pub fn step(&mut self, snap: &Snapshot) -> bool {
        match self.stage {
            Stage::Articles => {
                for a in &snap.articles[self.items(snap.articles.len(), Stage::Claims, STEP)] {
                    self.article_entities.push(a.mentions.iter().map(|m| m.entity).collect());
                    let d = a.date.map_or(0, |d| 1 + ((d.date.year as u64) << 16 | (d.date.month.unwrap_or(0) as u64) << 8 | d.date.day.unwrap_or(0) as u64));
                    self.dates.push(d);
                    self.years.push(a.date.map(|d| d.date.year));
                    self.outlets.push(a.outlet);
                }
            }
            Stage::Claims => {
                let range = self.items(snap.claims.len(), Stage::Entities, 4 * STEP);
                for (i, c) in snap.claims[range.clone()].iter().enumerate() {
                    self.article_claims[c.article as usize].push((range.start + i) as u32);
                    if let Speaker::Entity(e) = c.speaker {
                        self.article_entities[c.article as usize].push(e);
                    }
                }
            }
            Stage::Entities => {
                let range = self.items(snap.articles.len(), Stage::Disputes, STEP);
                for v in &mut self.article_entities[range] {
                    sort(v, &|a, b| a.cmp(&b));
                    v.dedup();
                }
            }
            Stage::Disputes => {
                // A few disputes hold most claims (at 100,000 articles: 6
                // disputes, 160,000 claims): their entities are marked in a
                // table, not sorted, which would take a long step.
                let range = self.items(snap.disputes.len(), Stage::PairsAndStories, 1);
                let mut seen = vec![false; snap.entities.len()];
                for d in &snap.disputes[range] {
                    let mut mark = |e: u32| match seen.get_mut(e as usize) {
                        Some(s) => *s = true,
                        None => {
                            seen.resize(e as usize + 1, false);
                            seen[e as usize] = true;
                        }
                    };
                    d.sides.iter().flatten().for_each(|&e| mark(e));
                    for &c in d.claims.iter().flatten() {
                        let c = &snap.claims[c as usize];
                        c.about.iter().for_each(|&e| mark(e));
                        if let Speaker::Entity(e) = c.speaker {
                            mark(e);
                        }
                    }
                    self.dispute_entities.push((0..seen.len() as u32).filter(|&e| seen[e as usize]).collect());
                }
            }
            Stage::PairsAndStories => {
                for p in &snap.pairs {
                    self.claim_paired[p.claim as usize] = true;
                    self.claim_paired[p.counter as usize] = true;
                }
                for (si, st) in snap.stories.iter().enumerate() {
                    for &a in &st.articles {
                        self.article_story[a as usize] = Some(si as u32);
                    }
                }
                self.stage = Stage::ByDate;
            }
            // Newest first, undated last, ties in index order (a total
            // order: any sort gives this one). Sorted in blocks through
            // `sort` (bytes: one sorting routine in the wasm), then the
            // blocks merged a pair per step: at 100,000 articles the one
            // sort took about 30 ms in the page.
            Stage::ByDate => {
                if self.at == 0 {
                    self.by_date = (0..self.dates.len() as u32).collect();
                }
                let range = self.items(self.dates.len(), Stage::Merge(SORT_BLOCK), SORT_BLOCK);
                sort(&mut self.by_date[range], &newest_first(&self.dates));
            }
            Stage::Merge(width) => {
                let n = self.by_date.len();
                if width >= n {
                    (self.stage, self.at) = (Stage::EntityArticles, 0);
                    return false; // a step of its own
                }
                let (start, mid, end) = (self.at, (self.at + width).min(n), (self.at + 2 * width).min(n));
                let mut merged = vec![0u32; end - start];
                merge(&self.by_date[start..end], &mut merged, mid - start, &newest_first(&self.dates));
                self.by_date[start..end].copy_from_slice(&merged);
                self.at = end;
                if end == n {
                    (self.stage, self.at) = (Stage::Merge(2 * width), 0);
                }
            }
            Stage::EntityArticles => {
                for place in self.items(self.by_date.len(), Stage::Done, STEP) {
                    let a = self.by_date[place];
                    for &e in &self.article_entities[a as usize] {
                        // An entity the snapshot does not list (a
                        // malformed head) gets a list of its own.
                        if e as usize >= self.entity_articles.len() {
                            self.entity_articles.resize(e as usize + 1, Vec::new());
                        }
                        self.entity_articles[e as usize].push(a);
                    }
                }
            }
            Stage::Done => {}
        }
        // Stages with nothing to go through (no disputes) end at once.
        self.stage == Stage::Done
    }

    /// The items of the stage (of `len`) this step handles, and the next
    /// stage once they run out.
    fn items(&mut self, len: usize, next: Stage, per_step: usize) -> std::ops::Range<usize> {
        let range = self.at..(self.at + per_step).min(len);
        self.at = range.end;
        if self.at == len {
            (self.stage, self.at) = (next, 0);
        }
        range
    }

    /// The index, once [`Indexing::step`] has said it is built.
    pub fn finish(self, snap: &Snapshot) -> Index {
        debug_assert!(self.stage == Stage::Done, "the index is finished before it is built");
        Index {
            by_date: self.by_date,
            entity_articles: self.entity_articles,
            years: self.years,
            outlets: self.outlets,
            whole: std::sync::OnceLock::new(),
            entity_ids: snap.entities.iter().map(|e| e.id.clone()).collect(),
            entity_order: std::sync::OnceLock::new(),
            article_entities: self.article_entities,
            article_claims: self.article_claims,
            claim_paired: self.claim_paired,
            dispute_entities: self.dispute_entities,
            article_story: self.article_story,
            words: std::sync::OnceLock::new(),
            claim_words: std::sync::OnceLock::new(),
        }
    }
}

impl Index {
    pub fn new(snap: &Snapshot) -> Self {
        let mut b = Indexing::new(snap);
        while !b.step(snap) {}
        b.finish(snap)
    }

    /// Which articles hold every search term (`None`: no search).
    fn holding(&self, snap: &Snapshot, terms: &[String]) -> Option<Vec<bool>> {
        (!terms.is_empty()).then(|| self.words.get_or_init(|| Words::new(snap)).holding(terms, snap.articles.len()))
    }

    /// Which disputed claims hold every search term (`None`: no search).
    fn claims_holding(&self, snap: &Snapshot, terms: &[String]) -> Option<Vec<bool>> {
        (!terms.is_empty()).then(|| self.claim_words.get_or_init(|| Words::of_claims(snap)).holding(terms, snap.claims.len()))
    }

    /// The search's words of `of`, read from the file a large corpus's
    /// build wrote (`search::WordsReading`) rather than built from every
    /// text; `false` if the index had them already.
    pub fn give_words(&self, of: Of, words: Words) -> bool {
        self.words_of(of).set(words).is_ok()
    }

    fn words_of(&self, of: Of) -> &std::sync::OnceLock<Words> {
        match of {
            Of::Articles => &self.words,
            Of::Claims => &self.claim_words,
        }
    }

    pub fn entities_of(&self, v: &View) -> Vec<u32> {
        if v.entities.is_empty() {
            return Vec::new();
        }
        let order = self.entity_order.get_or_init(|| order_of(&self.entity_ids, Ord::cmp));
        v.entities
            .iter()
            .filter_map(|id| order.binary_search_by(|&e| self.entity_ids[e as usize].as_str().cmp(id)).ok().map(|k| order[k]))
            .collect()
    }
}

/// The words of a search, lowercased; quotes and punctuation dropped.
pub fn terms(q: &str) -> Vec<String> {
    let mut out: Vec<String> = q
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | ',' | ';'))
        .map(|t| case::lower(t.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|t| !t.is_empty())
        .collect();
    out.dedup();
    out
}

/// The first and last day a (possibly partial) date can stand for, as
/// comparable (year, month, day).
fn bounds(d: PubDate) -> ((u16, u8, u8), (u16, u8, u8)) {
    match (d.month, d.day) {
        (Some(m), Some(day)) => ((d.year, m, day), (d.year, m, day)),
        (Some(m), None) => ((d.year, m, 1), (d.year, m, 31)),
        _ => ((d.year, 1, 1), (d.year, 12, 31)),
    }
}

/// Does the article's date fall within `from`–`to` (inclusive, each at its
/// own precision)? An undated article matches only when no date is set.
pub fn in_range(date: Option<PubDate>, from: Option<PubDate>, to: Option<PubDate>) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    let Some(d) = date else { return false };
    let (lo, hi) = bounds(d);
    from.is_none_or(|f| hi >= bounds(f).0) && to.is_none_or(|t| lo <= bounds(t).1)
}

fn article_passes(snap: &Snapshot, idx: &Index, i: usize, v: &View, wanted: &[u32], searched: Option<&[bool]>) -> bool {
    // Each table is read only for a filter that needs it: at 100,000
    // articles, reading an article (or its list of entities) costs more
    // than the rest of the check.
    let involves_wanted = || wanted.is_empty() || wanted.iter().all(|e| idx.article_entities[i].binary_search(e).is_ok());
    if !searched.is_none_or(|s| s[i]) || !involves_wanted() {
        return false;
    }
    if v.outlet.is_none() && v.from.is_none() && v.to.is_none() {
        return true;
    }
    let a = &snap.articles[i];
    if let Some(o) = &v.outlet {
        if a.outlet.is_none_or(|x| &snap.outlets[x as usize].id != o) {
            return false;
        }
    }
    in_range(a.date.map(|d| d.date), v.from, v.to)
}

/// Articles matching the view's filters, newest first (undated last).
pub fn articles(snap: &Snapshot, idx: &Index, v: &View) -> Vec<usize> {
    let wanted = idx.entities_of(v);
    let searched = idx.holding(snap, &terms(&v.q));
    let passes = |&i: &usize| article_passes(snap, idx, i, v, &wanted, searched.as_deref());
    // Only the articles of every chosen entity can pass: those of the
    // rarest one (in the list's order already) are all that is read.
    let rarest = wanted.iter().map(|&e| idx.entity_articles.get(e as usize).map_or(&[][..], Vec::as_slice)).min_by_key(|list| list.len());
    rarest.unwrap_or(&idx.by_date).iter().map(|&i| i as usize).filter(passes).collect()
}

/// Articles shown on one page of the list.
pub const PAGE_SIZE: usize = 50;

/// One page of a list of `len` items: the index range shown, the page
/// actually shown (a page past the end shows the last one), and how many
/// pages there are (at least one).
pub fn page(len: usize, page: u32) -> (std::ops::Range<usize>, u32, u32) {
    let pages = len.div_ceil(PAGE_SIZE).max(1) as u32;
    let shown = page.min(pages - 1);
    let start = shown as usize * PAGE_SIZE;
    (start..(start + PAGE_SIZE).min(len), shown, pages)
}

/// The filter panel's counts over the matching articles.
#[derive(Clone, Debug, PartialEq)]
pub struct Counts {
    /// Per entity ([`facet_counts`]).
    pub facets: Vec<usize>,
    /// Per outlet, those with any ([`outlet_counts`]).
    pub outlets: Vec<(usize, usize)>,
    /// Per year, those with any ([`year_counts`]).
    pub years: Vec<(u16, usize)>,
}

/// The panel's counts over `matching` (distinct articles, as [`articles`]
/// lists them). Those of every article, the unfiltered list's, are counted
/// once and kept in the index.
pub fn counts(snap: &Snapshot, idx: &Index, matching: &[usize]) -> Counts {
    let count = || Counts {
        facets: facet_counts(idx, matching),
        outlets: count_outlets(snap.outlets.len(), matching.iter().filter_map(|&i| idx.outlets[i])),
        years: count_years(matching.iter().filter_map(|&i| idx.years[i])),
    };
    if matching.len() == idx.by_date.len() { idx.whole.get_or_init(count).clone() } else { count() }
}

/// For each entity (by index), how many of the matching articles (distinct,
/// as [`articles`] lists them) involve it: the count a chip shows (pressing
/// it narrows to that many). A list by entity rather than a `HashMap`
/// (bytes: one map type fewer in the wasm). An entity the snapshot does not
/// list (a malformed head) is not counted.
pub fn facet_counts(idx: &Index, matching: &[usize]) -> Vec<usize> {
    let mut counts = vec![0; idx.entity_ids.len()];
    // A few matching articles: each one's list of entities, a jump to
    // another place in memory for each article. Many (a search for a
    // common word): every entity's list of articles, read in order and
    // checked against the matching ones marked in a table. That reads
    // every article's entities whatever matches, but in order it is the
    // faster from about an eighth of the corpus on (at 100,000 articles,
    // a search matching most of them: about 40 ms through the articles,
    // 5 through the entities).
    if matching.len() < idx.by_date.len() / 8 {
        for &i in matching {
            for &e in &idx.article_entities[i] {
                if let Some(n) = counts.get_mut(e as usize) {
                    *n += 1;
                }
            }
        }
    } else {
        let mut matches = vec![false; idx.by_date.len()];
        matching.iter().for_each(|&i| matches[i] = true);
        for (count, list) in counts.iter_mut().zip(&idx.entity_articles) {
            *count = list.iter().filter(|&&a| matches[a as usize]).count();
        }
    }
    counts
}

/// Outlet and year facets over the matching articles, in name / year order.
pub fn outlet_counts(snap: &Snapshot, matching: &[usize]) -> Vec<(usize, usize)> {
    count_outlets(snap.outlets.len(), matching.iter().filter_map(|&i| snap.articles[i].outlet))
}

pub fn year_counts(snap: &Snapshot, matching: &[usize]) -> Vec<(u16, usize)> {
    count_years(matching.iter().filter_map(|&i| snap.articles[i].date.map(|d| d.date.year)))
}

fn count_outlets(outlets: usize, of_matching: impl Iterator<Item = u32>) -> Vec<(usize, usize)> {
    let mut counts = vec![0usize; outlets];
    for o in of_matching {
        counts[o as usize] += 1;
    }
    counts.into_iter().enumerate().filter(|(_, n)| *n > 0).collect()
}

fn count_years(of_matching: impl Iterator<Item = u16> + Clone) -> Vec<(u16, usize)> {
    // Counted in a table by year: linear in the matching articles (a chip
    // press at 100,000), and no map or sort code of its own in the wasm.
    let Some((first, last)) = of_matching.clone().fold(None, |span: Option<(u16, u16)>, y| Some(span.map_or((y, y), |(lo, hi)| (lo.min(y), hi.max(y))))) else {
        return Vec::new();
    };
    let mut counts = vec![0usize; usize::from(last - first) + 1];
    for y in of_matching {
        counts[usize::from(y - first)] += 1;
    }
    counts.into_iter().enumerate().filter(|&(_, n)| n > 0).map(|(k, n)| (first + k as u16, n)).collect()
}

/// A dispute as the claims view shows it: its claims on each side that
/// pass the filters, in time order.
pub struct DisputeView {
    pub dispute: usize,
    pub sides: [Vec<u32>; 2],
}

/// Disputes involving every chosen entity (as speaker, subject or side),
/// with the claims whose articles pass the other filters and whose text
/// matches the search.
pub fn disputes(snap: &Snapshot, idx: &Index, v: &View) -> Vec<DisputeView> {
    let wanted = idx.entities_of(v);
    let terms = terms(&v.q);
    let others = View { entities: vec![], q: String::new(), ..v.clone() };
    let article_ok: Vec<bool> = (0..snap.articles.len()).map(|i| article_passes(snap, idx, i, &others, &[], None)).collect();
    let held = idx.claims_holding(snap, &terms);
    let claim_ok = |c: u32| article_ok[snap.claims[c as usize].article as usize] && held.as_ref().is_none_or(|h| h[c as usize]);
    snap.disputes
        .iter()
        .enumerate()
        .filter(|(i, _)| wanted.iter().all(|e| idx.dispute_entities[*i].binary_search(e).is_ok()))
        .filter_map(|(i, d)| {
            let sides = [d.claims[0].iter().copied().filter(|&c| claim_ok(c)).collect::<Vec<_>>(), d.claims[1].iter().copied().filter(|&c| claim_ok(c)).collect()];
            let has_match = if terms.is_empty() { !sides[0].is_empty() && !sides[1].is_empty() } else { sides.iter().any(|s| !s.is_empty()) };
            has_match.then_some(DisputeView { dispute: i, sides })
        })
        .collect()
}

/// Byte ranges of `text` where a search term occurs (case-insensitive),
/// merged where they touch. Works on character boundaries, so any UTF-8
/// text is safe.
pub fn term_ranges(text: &str, terms: &[String]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if terms.is_empty() {
        return out;
    }
    let at: Vec<usize> = text.char_indices().map(|(p, _)| p).collect();
    let lower = Folded::new(text);
    for t in terms {
        let tc = Folded::new(t);
        if tc.is_empty() {
            continue;
        }
        let mut i = 0;
        while i + tc.len() <= lower.len() {
            let hit = (0..tc.len()).all(|k| lower.of(i + k) == tc.of(k));
            if hit {
                let start = at[i];
                let end = at.get(i + tc.len()).copied().unwrap_or(text.len());
                out.push((start, end));
                i += tc.len();
            } else {
                i += 1;
            }
        }
    }
    let mut merged: Vec<(usize, usize)> = Vec::new();
    // In order through `sort` (bytes: one sorting routine in the wasm).
    for (s, e) in order_of(&out, Ord::cmp).into_iter().map(|k| out[k as usize]) {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// The words that name the chosen entities in one article (each distinct
/// mention text, lowercased), to highlight them like search terms where the
/// text has no mention offsets (headline, standfirst, snippets). `text`
/// and `mentions` are the article's (a corpus in pieces keeps them beside
/// the snapshot until every text is in).
pub fn entity_terms(idx: &Index, v: &View, text: &str, mentions: &[Mention]) -> Vec<String> {
    let wanted = idx.entities_of(v);
    let words: Vec<String> = mentions
        .iter()
        .filter(|m| wanted.contains(&m.entity))
        .map(|m| case::lower(&text[m.span.range()]))
        .collect();
    // In order through `sort` (bytes: one sorting routine in the wasm).
    let mut out: Vec<String> = order_of(&words, Ord::cmp).into_iter().map(|k| words[k as usize].clone()).collect();
    out.dedup();
    out
}

/// How many bytes of text a list card's snippet shows.
pub const SNIPPET_WIDTH: usize = 220;

/// A short excerpt for the result list: the standfirst, or around the first
/// search match when the search is not in it. Returns a byte range of
/// `text` and whether it was cut at each end.
pub fn snippet(text: &str, standfirst: Option<&str>, terms: &[String], width: usize) -> (String, bool, bool) {
    if let Some(sf) = standfirst {
        let sl = case::lower(sf);
        if terms.is_empty() || terms.iter().any(|t| sl.contains(t.as_str())) {
            return (sf.to_string(), false, false);
        }
    }
    let first = term_ranges(text, terms).first().map(|r| r.0).unwrap_or(0);
    let mut start = first.saturating_sub(width / 3);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    // Start at a word.
    if start > 0 {
        if let Some(sp) = text[start..first.max(start)].find(' ') {
            start += sp + 1;
        }
    }
    let mut end = (start + width).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if end < text.len() {
        if let Some(sp) = text[start..end].rfind(' ') {
            end = start + sp;
        }
    }
    let body = text[start..end].replace("\n\n", " ");
    (body, start > 0, end < text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seeds, with two invented texts of awkward words added (a
    /// hyphenated, dotted, accented and quoted word; a headline and
    /// standfirst the body does not repeat).
    fn searchable() -> Snapshot {
        let mut snap = crate::analyse::analyse(&crate::corpus::seeds());
        let mut a = snap.articles[0].clone();
        a.title = "Zürich regulator fines Oberlin AG".into();
        a.standfirst = Some("The U.S.-backed fund says \"no comment\"; regulators disagree.".into());
        a.text = "ÉTAIT the fund's auditors, said a spokesman.\tNothing else.".into();
        snap.articles.push(a);
        snap
    }

    #[test]
    fn a_search_finds_what_contains_over_every_text_finds() {
        let snap = searchable();
        let idx = Index::new(&snap);
        let naive = |q: &str| -> Vec<usize> {
            let terms = terms(q);
            let by_date = articles(&snap, &idx, &View::default());
            by_date
                .into_iter()
                .filter(|&i| {
                    let a = &snap.articles[i];
                    let text = format!("{}\n{}\n{}", a.title, a.standfirst.as_deref().unwrap_or(""), a.text).to_lowercase();
                    terms.iter().all(|t| text.contains(t.as_str()))
                })
                .collect()
        };
        let last = snap.articles.len() - 1;
        for q in ["s", "china", "cyber security", "ecurit", "u.s.-backed", "s.-b", "zürich", "ZÜRICH", "était", "fund's", "\"no comment\"", "comment", "disagree.", "oberlin fines", "xinhua kerry", "nothing-here", "said"] {
            let (ours, want) = (articles(&snap, &idx, &View { q: q.to_string(), ..View::default() }), naive(q));
            assert_eq!(ours, want, "search {q:?}");
        }
        for q in ["zürich", "s.-b", "était", "oberlin fines"] {
            assert_eq!(articles(&snap, &idx, &View { q: q.to_string(), ..View::default() }), vec![last], "search {q:?} finds the invented article alone");
        }
        assert!(articles(&snap, &idx, &View { q: "s".into(), ..View::default() }).len() > 1);
    }

    /// An index's tables: each article's entities and claims, which claims
    /// are paired, each dispute's entities, each article's story, the
    /// list's order.
    type Tables = (Vec<Vec<u32>>, Vec<Vec<u32>>, Vec<bool>, Vec<Vec<u32>>, Vec<Option<u32>>, Vec<u32>);

    /// The index as `Index::new` built it in one go before it was built in
    /// steps: each table, by the code of then.
    fn index_at_once(snap: &Snapshot) -> Tables {
        let n = snap.articles.len();
        let mut article_entities: Vec<Vec<u32>> = snap.articles.iter().map(|a| a.mentions.iter().map(|m| m.entity).collect()).collect();
        let mut article_claims = vec![Vec::new(); n];
        for (i, c) in snap.claims.iter().enumerate() {
            article_claims[c.article as usize].push(i as u32);
            if let Speaker::Entity(e) = c.speaker {
                article_entities[c.article as usize].push(e);
            }
        }
        for v in &mut article_entities {
            v.sort();
            v.dedup();
        }
        let dispute_entities = snap
            .disputes
            .iter()
            .map(|d| {
                let mut v: Vec<u32> = d.sides.iter().flatten().copied().collect();
                for &c in d.claims.iter().flatten() {
                    let c = &snap.claims[c as usize];
                    v.extend(c.about.iter().copied());
                    if let Speaker::Entity(e) = c.speaker {
                        v.push(e);
                    }
                }
                v.sort();
                v.dedup();
                v
            })
            .collect();
        let mut claim_paired = vec![false; snap.claims.len()];
        for p in &snap.pairs {
            claim_paired[p.claim as usize] = true;
            claim_paired[p.counter as usize] = true;
        }
        let mut article_story = vec![None; n];
        for (si, st) in snap.stories.iter().enumerate() {
            for &a in &st.articles {
                article_story[a as usize] = Some(si as u32);
            }
        }
        let key = |i: u32| {
            let d = snap.articles[i as usize].date.map(|d| (d.date.year, d.date.month.unwrap_or(0), d.date.day.unwrap_or(0)));
            (std::cmp::Reverse(d), i)
        };
        let mut by_date: Vec<u32> = (0..n as u32).collect();
        by_date.sort_by_key(|&i| key(i));
        (article_entities, article_claims, claim_paired, dispute_entities, article_story, by_date)
    }

    /// The seeds copied until there are at least `articles`, with dates of
    /// every precision, repeated, and none; the copies without their texts.
    fn seeds_many_times(articles: usize) -> Snapshot {
        let mut seeds = searchable();
        let mut snap = seeds.clone();
        for a in &mut seeds.articles {
            (a.text, a.paragraphs) = (String::new(), Vec::new());
        }
        let copies = articles / seeds.articles.len() + 1;
        for k in 1..copies as u32 {
            let (a0, c0) = (snap.articles.len() as u32, snap.claims.len() as u32);
            snap.articles.extend(seeds.articles.iter().cloned());
            snap.claims.extend(seeds.claims.iter().map(|c| Claim { article: c.article + a0, ..c.clone() }));
            snap.pairs.extend(seeds.pairs.iter().map(|p| Pair { claim: p.claim + c0, counter: p.counter + c0, dispute: p.dispute }));
            snap.disputes.extend(seeds.disputes.iter().map(|d| Dispute { claims: d.claims.clone().map(|side| side.iter().map(|c| c + c0).collect()), ..d.clone() }));
            snap.stories.extend(seeds.stories.iter().map(|s| Story { articles: s.articles.iter().map(|a| a + a0).collect() }));
            for (i, a) in snap.articles[a0 as usize..].iter_mut().enumerate() {
                a.date = match (k as usize + i) % 5 {
                    0 => None,
                    p => a.date.map(|d| crate::date::DateInfo { date: crate::date::PubDate { year: 2000 + (k % 7) as u16, month: (p > 1).then_some((k % 12 + 1) as u8), day: (p > 2).then_some((i % 28 + 1) as u8) }, ..d }),
                };
            }
        }
        snap
    }

    #[test]
    fn the_index_built_in_steps_is_the_index_built_at_once() {
        // More articles, claims and disputes than a step takes, three
        // blocks to sort by date; and the seeds without their texts, which
        // the index does not read.
        let snap = seeds_many_times(2 * SORT_BLOCK + SORT_BLOCK / 3);
        let mut seeds = searchable();
        for a in &mut seeds.articles {
            (a.text, a.paragraphs) = (String::new(), Vec::new());
        }
        assert!(snap.articles.len() > 2 * SORT_BLOCK && snap.claims.len() > 4 * STEP);
        for snap in [seeds, snap, Snapshot::default()] {
            let idx = Index::new(&snap);
            let at_once = index_at_once(&snap);
            // Each entity's articles in the list's order; each article's year and outlet.
            let mut entity_articles = vec![Vec::new(); snap.entities.len()];
            for &a in &at_once.5 {
                for &e in &at_once.0[a as usize] {
                    entity_articles[e as usize].push(a);
                }
            }
            assert!(idx.entity_articles == entity_articles, "{} articles", snap.articles.len());
            assert!(idx.years == snap.articles.iter().map(|a| a.date.map(|d| d.date.year)).collect::<Vec<_>>());
            assert!(idx.outlets == snap.articles.iter().map(|a| a.outlet).collect::<Vec<_>>());
            let built = (idx.article_entities, idx.article_claims, idx.claim_paired, idx.dispute_entities, idx.article_story, idx.by_date);
            assert!(built == at_once, "{} articles", snap.articles.len());
        }
    }

    #[test]
    fn a_filter_lists_what_a_look_at_every_article_finds() {
        // Read through the chosen entities' lists of articles; checked here
        // against every article's mentions, speakers, outlet and date.
        let snap = searchable();
        let idx = Index::new(&snap);
        let involves = |i: usize, e: &str| {
            let is = |k: u32| snap.entities[k as usize].id == e;
            snap.articles[i].mentions.iter().any(|m| is(m.entity)) || snap.claims.iter().any(|c| c.article as usize == i && matches!(c.speaker, Speaker::Entity(k) if is(k)))
        };
        let newest_first = articles(&snap, &idx, &View::default());
        let searched = |q: &str| articles(&snap, &idx, &View { q: q.into(), ..View::default() });
        let year = |y: u16| PubDate::new(y, None, None);
        let ids: Vec<String> = snap.entities.iter().map(|e| e.id.clone()).collect();
        let mut views: Vec<View> = ids.iter().map(|id| View { entities: vec![id.clone()], ..View::default() }).collect();
        for (k, id) in ids.iter().enumerate().step_by(3) {
            let other = ids[(k * 7 + 1) % ids.len()].clone();
            views.push(View { entities: vec![id.clone(), other.clone()], ..View::default() });
            views.push(View { entities: vec![other, id.clone()], q: "cyber".into(), ..View::default() });
            views.push(View { entities: vec![id.clone()], from: year(2015), to: year(2026), ..View::default() });
            views.push(View { entities: vec![id.clone()], outlet: snap.outlets.first().map(|o| o.id.clone()), ..View::default() });
        }
        views.push(View { entities: vec!["no-such-entity".into()], ..View::default() });
        let mut narrowed = 0;
        for v in &views {
            let q = searched(&v.q);
            let wanted: Vec<&String> = v.entities.iter().filter(|id| ids.contains(id)).collect();
            let expected: Vec<usize> = newest_first
                .iter()
                .copied()
                .filter(|&i| {
                    let a = &snap.articles[i];
                    wanted.iter().all(|e| involves(i, e))
                        && (v.q.is_empty() || q.contains(&i))
                        && v.outlet.as_ref().is_none_or(|o| a.outlet.is_some_and(|x| &snap.outlets[x as usize].id == o))
                        && in_range(a.date.map(|d| d.date), v.from, v.to)
                })
                .collect();
            narrowed += usize::from(!expected.is_empty() && expected.len() < newest_first.len());
            assert_eq!(articles(&snap, &idx, v), expected, "{v:?}");
        }
        assert!(narrowed > views.len() / 3, "the views narrow the list: {narrowed} of {}", views.len());
    }

    #[test]
    fn the_whole_corpus_counts_are_kept_and_a_part_is_counted_anew() {
        let snap = seeds_many_times(300);
        let idx = Index::new(&snap);
        // Counted from each article, as a reader would.
        let by_hand = |m: &[usize]| {
            let mut facets = vec![0; snap.entities.len()];
            let (mut outlets, mut years) = (vec![0; snap.outlets.len()], std::collections::BTreeMap::new());
            for &i in m {
                let a = &snap.articles[i];
                let mut involved: Vec<u32> = a.mentions.iter().map(|x| x.entity).chain(snap.claims.iter().filter(|c| c.article as usize == i).filter_map(|c| match c.speaker {
                    Speaker::Entity(e) => Some(e),
                    _ => None,
                })).collect();
                involved.sort();
                involved.dedup();
                involved.iter().for_each(|&e| facets[e as usize] += 1);
                a.outlet.iter().for_each(|&o| outlets[o as usize] += 1);
                a.date.iter().for_each(|d| *years.entry(d.date.year).or_insert(0) += 1);
            }
            Counts { facets, outlets: outlets.into_iter().enumerate().filter(|&(_, n)| n > 0).collect(), years: years.into_iter().collect() }
        };
        let every = articles(&snap, &idx, &View::default());
        assert_eq!(counts(&snap, &idx, &every), by_hand(&every));
        assert!(idx.whole.get().is_some());
        assert_eq!(counts(&snap, &idx, &every), by_hand(&every));
        // Parts of every size: counted through each article below an
        // eighth of the corpus, through each entity's list above.
        for len in [0, 1, every.len() / 9, every.len() / 7, every.len() / 2, every.len() - 1] {
            // Every third article first, so that each part holds articles from all over the list.
            let part: Vec<usize> = (0..3).flat_map(|k| every.iter().copied().skip(k).step_by(3)).take(len).collect();
            assert_eq!(counts(&snap, &idx, &part), by_hand(&part), "{len} articles");
            assert_eq!((outlet_counts(&snap, &part), year_counts(&snap, &part)), (by_hand(&part).outlets, by_hand(&part).years));
        }
        assert_ne!(counts(&snap, &idx, &every[..every.len() / 2]), counts(&snap, &idx, &every));
    }

    #[test]
    fn sort_orders_as_the_standard_sort_does() {
        // Lengths around the merge widths, with many ties and a total order.
        for n in [0usize, 1, 2, 3, 5, 8, 17, 64, 100, 1000] {
            let keys: Vec<u32> = (0..n as u32).map(|i| i.wrapping_mul(2_654_435_761) % 7).collect();
            let order = |a: u32, b: u32| keys[a as usize].cmp(&keys[b as usize]).then(b.cmp(&a));
            let mut ours: Vec<u32> = (0..n as u32).collect();
            sort(&mut ours, &order);
            let mut std: Vec<u32> = (0..n as u32).collect();
            std.sort_unstable_by(|&a, &b| order(a, b));
            assert_eq!(ours, std, "{n}");
        }
    }

    #[test]
    fn terms_and_ranges() {
        assert_eq!(terms("  Cyber, “TALKS” talks "), ["cyber", "talks"]);
        let text = "Cyber talks: the cyber-talks résumé.";
        assert_eq!(term_ranges(text, &terms("cyber")), [(0, 5), (17, 22)]);
        assert_eq!(term_ranges(text, &terms("RÉSUMÉ")), [(29, 37)]);
        assert!(term_ranges(text, &[]).is_empty());
    }

    #[test]
    fn entity_terms_are_the_chosen_entities_mentions_in_the_text_given() {
        let text = "Orvel Tann met Kessa Bright. Tann left.";
        let mention = |entity, s, e| Mention { entity, span: Span::new(s, e) };
        let article = Article {
            id: "a".into(),
            source_file: "a.txt".into(),
            title: "Talks".into(),
            standfirst: None,
            dateline: None,
            date: None,
            outlet: None,
            url: None,
            author: None,
            // A skeleton's article: its text is fetched apart.
            text: String::new(),
            paragraphs: vec![Span::new(0, text.len())],
            mentions: vec![mention(0, 0, 10), mention(1, 15, 27), mention(0, 29, 33)],
            local: false,
        };
        let entity = |id: &str, name: &str| Entity { id: id.into(), name: name.into(), kind: EntityKind::Person, affiliation: None };
        let snap = Snapshot { articles: vec![article], entities: vec![entity("orvel-tann", "Orvel Tann"), entity("kessa-bright", "Kessa Bright")], ..Snapshot::default() };
        let idx = Index::new(&snap);
        let v = View { entities: vec!["orvel-tann".into()], ..View::default() };
        let mentions = &snap.articles[0].mentions;
        assert_eq!(entity_terms(&idx, &v, text, mentions), ["orvel tann", "tann"]);
        assert!(entity_terms(&idx, &View::default(), text, mentions).is_empty());
    }

    #[test]
    fn pages_cover_the_list_and_clamp_past_its_end() {
        assert_eq!(page(0, 0), (0..0, 0, 1));
        assert_eq!(page(120, 0), (0..50, 0, 3));
        assert_eq!(page(120, 2), (100..120, 2, 3));
        assert_eq!(page(120, 9), (100..120, 2, 3));
        assert_eq!(page(50, 1), (0..50, 0, 1));
    }

    #[test]
    fn dates_match_at_their_precision() {
        let d = |s| PubDate::parse_iso(s);
        assert!(in_range(d("2013-04"), d("2013-04-15"), None));
        assert!(in_range(d("2013-04-15"), d("2013"), d("2013")));
        assert!(!in_range(d("2014-01-01"), None, d("2013")));
        assert!(!in_range(None, d("2013"), None));
        assert!(in_range(None, None, None));
    }

    #[test]
    fn snippets_prefer_the_standfirst_and_centre_on_matches() {
        let text = "One two three. The embassy approval came later in London.";
        assert_eq!(snippet(text, Some("Summary line"), &[], 20).0, "Summary line");
        let (s, cut_start, _) = snippet(text, Some("Summary line"), &terms("embassy"), 24);
        assert!(s.contains("embassy"), "{s}");
        assert!(cut_start);
    }
}
