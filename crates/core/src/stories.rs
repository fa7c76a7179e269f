//! Same story, several outlets: articles that report one event are grouped
//! so the reader can set their accounts side by side.
//!
//! Two articles report the same event when
//!
//! - their dates can be within [`DAYS_APART`] days of each other (each date
//!   read at its precision: "April 2013" is any day of April; a date known
//!   only to the year places no event, nor does no date);
//! - they come from different outlets (one outlet's second piece on an event
//!   is a follow-up, not another account), and
//! - their leads (headline, standfirst, first paragraphs) share enough of
//!   what is distinctive: names and content words, each weighted by how rare
//!   it is in the corpus, so "cyber" in a corpus about cyber security counts
//!   for little and "working group" for much.
//!
//! Candidates come from a date-sorted sweep, so an article is only compared
//! with the few published within days of it, never with the whole corpus.

use crate::model::{Article, Snapshot, Story};
use crate::text::{FastMap, FastSet};
use std::collections::HashMap;

/// Accounts of one event are published within this many days of each other.
pub const DAYS_APART: i32 = 3;
/// A date coarser than this (a year) cannot place an event.
const MAX_DATE_SPAN: i32 = 31;
/// Share of the lighter lead's weight two leads must share.
const THRESHOLD: f32 = 0.15;
/// Fewest features (names, words) two leads must share.
const MIN_SHARED: usize = 3;
/// Most neighbours in time an article is compared with.
const MAX_NEIGHBOURS: usize = 64;
/// Most articles in one story: a long chain of near-matches is not one event.
const MAX_STORY: usize = 12;
/// Paragraphs of the body read as the lead.
const LEAD_PARAGRAPHS: usize = 1;

const STOP: &[&str] = &[
    "about", "after", "also", "among", "been", "before", "being", "between", "both", "could",
    "does", "during", "each", "from", "have", "into", "more", "most", "other", "over", "said",
    "says", "should", "since", "some", "such", "than", "that", "their", "them", "then", "there",
    "these", "they", "this", "those", "through", "under", "were", "what", "when", "which",
    "while", "will", "with", "would", "your", "according", "reports", "reported", "told",
    "news", "week", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
];

fn is_stop(w: &str) -> bool {
    static STOPS: std::sync::OnceLock<FastSet<&'static str>> = std::sync::OnceLock::new();
    STOPS.get_or_init(|| STOP.iter().copied().collect()).contains(w)
}

/// The lead's features — entity ids and content words — written one after
/// another into `arena`, their spans in `out` (in the order of the text,
/// repeats included).
fn lead_features(a: &Article, entity_ids: &[&str], arena: &mut String, out: &mut Vec<(usize, usize)>) {
    arena.clear();
    out.clear();
    let mut push = |arena: &mut String, parts: &[&str]| {
        let start = arena.len();
        parts.iter().for_each(|p| arena.push_str(p));
        out.push((start, arena.len()));
    };
    let lead_end = a.paragraphs.get(LEAD_PARAGRAPHS.min(a.paragraphs.len()).saturating_sub(1)).map_or(a.text.len(), |p| p.end as usize);
    for m in a.mentions.iter().filter(|m| (m.span.start as usize) < lead_end) {
        push(arena, &["@", entity_ids[m.entity as usize]]);
    }
    let lead = [a.title.as_str(), a.standfirst.as_deref().unwrap_or(""), &a.text[..lead_end.min(a.text.len())]];
    let mut words = String::new();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for part in lead {
        // Each word's letters and digits, lower-cased.
        words.clear();
        spans.clear();
        for w in part.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')) {
            let start = words.len();
            if w.is_ascii() {
                words.extend(w.bytes().filter(u8::is_ascii_alphanumeric).map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                words.push_str(&w.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase());
            }
            if words.len() > start {
                spans.push((start, words.len()));
            }
        }
        for (i, &(ws, we)) in spans.iter().enumerate() {
            let w = &words[ws..we];
            if w.chars().count() >= 4 && !is_stop(w) {
                push(arena, &[w]);
            }
            // "cyber security" and "cybersecurity" are one word to a reader.
            if let Some(&(ns, ne)) = spans.get(i + 1) {
                let next = &words[ns..ne];
                if w.len() >= 3 && next.len() >= 4 && !is_stop(w) && !is_stop(next) {
                    push(arena, &[w, next]);
                }
            }
        }
    }
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Group the snapshot's articles into stories of two or more accounts, each
/// in date order, the stories in order of their first account.
pub fn group(snap: &Snapshot) -> Vec<Story> {
    let n = snap.articles.len();
    let entity_ids: Vec<&str> = snap.entities.iter().map(|e| e.id.as_str()).collect();
    // Articles whose date can place an event, sorted by their first day.
    let mut dated: Vec<(i32, i32, usize)> = snap
        .articles
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let (lo, hi) = a.date?.date.day_span();
            (hi - lo <= MAX_DATE_SPAN).then_some((lo, hi, i))
        })
        .collect();
    dated.sort_unstable();
    if dated.len() < 2 {
        return Vec::new();
    }
    // Features as word numbers (sorted), so comparing two leads is a merge
    // of two short integer lists; each feature weighted by its rarity.
    let mut vocabulary: FastMap<String, u32> = FastMap::default();
    let (mut arena, mut spans) = (String::new(), Vec::new());
    let mut fresh: Vec<(usize, usize)> = Vec::new();
    let features: Vec<Vec<u32>> = dated
        .iter()
        .map(|&(_, _, i)| {
            lead_features(&snap.articles[i], &entity_ids, &mut arena, &mut spans);
            // Words met before keep their numbers; a lead's new ones are
            // numbered in alphabetical order (only they need sorting as
            // text; the weights of shared words then add up in the same
            // order whatever the lead's length).
            let mut ids: Vec<u32> = Vec::with_capacity(spans.len());
            fresh.clear();
            for &(a, b) in &spans {
                match vocabulary.get(&arena[a..b]) {
                    Some(&id) => ids.push(id),
                    None => fresh.push((a, b)),
                }
            }
            fresh.sort_unstable_by(|x, y| arena[x.0..x.1].cmp(&arena[y.0..y.1]));
            fresh.dedup_by(|x, y| arena[x.0..x.1] == arena[y.0..y.1]);
            for &(a, b) in &fresh {
                let id = vocabulary.len() as u32;
                vocabulary.insert(arena[a..b].to_string(), id);
                ids.push(id);
            }
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect();
    let mut df: Vec<u32> = vec![0; vocabulary.len()];
    for f in &features {
        for &w in f {
            df[w as usize] += 1;
        }
    }
    let total = features.len() as f32;
    let idf: Vec<f32> = df.iter().map(|&d| ((total + 1.0) / (d as f32 + 0.5)).ln().max(0.0)).collect();
    let weight: Vec<f32> = features.iter().map(|f| f.iter().map(|&w| idf[w as usize]).sum()).collect();

    let mut parent: Vec<usize> = (0..n).collect();
    let mut size: Vec<usize> = vec![1; n];
    // Sweep: the widest date span is a month, so every article whose first
    // day is within a month and DAYS_APART of this one's is a candidate.
    for (k, &(lo, hi, i)) in dated.iter().enumerate() {
        for (k2, &(lo2, hi2, j)) in dated.iter().enumerate().skip(k + 1).take_while(|(_, &(lo2, ..))| lo2 <= hi + DAYS_APART).take(MAX_NEIGHBOURS) {
            // Spans within DAYS_APART of each other?
            if lo2 > hi + DAYS_APART || lo > hi2 + DAYS_APART {
                continue;
            }
            let (a, b) = (&snap.articles[i], &snap.articles[j]);
            if a.outlet.is_some() && a.outlet == b.outlet {
                continue;
            }
            let (fa, fb) = (&features[k], &features[k2]);
            let (mut shared, mut count) = (0.0, 0);
            let (mut x, mut y) = (0, 0);
            while x < fa.len() && y < fb.len() {
                match fa[x].cmp(&fb[y]) {
                    std::cmp::Ordering::Less => x += 1,
                    std::cmp::Ordering::Greater => y += 1,
                    std::cmp::Ordering::Equal => {
                        shared += idf[fa[x] as usize];
                        count += 1;
                        x += 1;
                        y += 1;
                    }
                }
            }
            let lighter = weight[k].min(weight[k2]);
            if count < MIN_SHARED || lighter <= 0.0 || shared / lighter < THRESHOLD {
                continue;
            }
            let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
            if ri != rj && size[ri] + size[rj] <= MAX_STORY {
                let (big, small) = if size[ri] >= size[rj] { (ri, rj) } else { (rj, ri) };
                parent[small] = big;
                size[big] += size[small];
            }
        }
    }
    // Stories in the order of their first account, accounts in date order.
    let mut slot: HashMap<usize, usize> = HashMap::new();
    let mut stories: Vec<Story> = Vec::new();
    for &(_, _, i) in &dated {
        let r = find(&mut parent, i);
        if size[r] > 1 {
            let k = *slot.entry(r).or_insert_with(|| {
                stories.push(Story { articles: Vec::new() });
                stories.len() - 1
            });
            stories[k].articles.push(i as u32);
        }
    }
    stories
}

/// The story an article belongs to, if any.
pub fn story_of(snap: &Snapshot, article: usize) -> Option<usize> {
    snap.stories.iter().position(|s| s.articles.contains(&(article as u32)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Corpus, FileMeta, SourceFile};

    fn corpus(files: &[(&str, &str, &str, &str)]) -> Corpus {
        let mut c = Corpus::default();
        for (name, outlet, date, text) in files {
            c.files.push(SourceFile { name: name.to_string(), raw: text.to_string() });
            c.meta.insert(name.to_string(), FileMeta { outlet: Some(outlet.to_string()), published: Some(date.to_string()), ..Default::default() });
        }
        c
    }

    const KERRY_A: &str = "US and China to form cyber working group\n\nSecretary of State John Kerry said on Saturday that the United States and China will set up a working group on cyber security.\n\nKerry announced the working group after talks in Beijing with Chinese officials.\n";
    const KERRY_B: &str = "China, U.S. to team up on cybersecurity\n\nJohn Kerry announced in Beijing that China and the United States would start a cybersecurity working group.\n\nThe working group follows months of tension over hacking, Kerry said.\n";
    const FORUM: &str = "China opens internet conference in Wuzhen\n\nPresident Xi Jinping told delegates in Wuzhen that every country has the right to run its own internet, as China hosted its annual World Internet Conference.\n\nForeign technology companies sent fewer executives than last year.\n";
    const FLOODS: &str = "Floods close roads across Somerset\n\nHeavy rain closed dozens of roads in Somerset on Sunday, the county council said.\n\nResidents were told to avoid travel until the water receded.\n";

    fn titles(snap: &Snapshot) -> Vec<Vec<String>> {
        snap.stories.iter().map(|s| s.articles.iter().map(|&a| snap.articles[a as usize].source_file.clone()).collect()).collect()
    }

    #[test]
    fn two_outlets_on_one_event_are_one_story() {
        let c = corpus(&[
            ("a.txt", "Wire One", "2013-04-13", KERRY_A),
            ("b.txt", "Paper Two", "2013-04-15", KERRY_B),
            ("c.txt", "Paper Three", "2013-04-14", FLOODS),
            ("d.txt", "Paper Four", "2013-04-14", FORUM),
        ]);
        let snap = crate::analyse::analyse(&c);
        assert_eq!(titles(&snap), vec![vec!["a.txt".to_string(), "b.txt".to_string()]]);
        assert_eq!(story_of(&snap, 0), Some(0));
        assert_eq!(story_of(&snap, 2), None);
    }

    #[test]
    fn a_month_date_can_meet_a_day_date_but_a_year_or_a_week_apart_cannot() {
        let month = corpus(&[("a.txt", "Wire One", "2013-04", KERRY_A), ("b.txt", "Paper Two", "2013-04-15", KERRY_B)]);
        assert_eq!(crate::analyse::analyse(&month).stories.len(), 1);
        let year = corpus(&[("a.txt", "Wire One", "2013", KERRY_A), ("b.txt", "Paper Two", "2013-04-15", KERRY_B)]);
        assert!(crate::analyse::analyse(&year).stories.is_empty());
        let apart = corpus(&[("a.txt", "Wire One", "2013-04-01", KERRY_A), ("b.txt", "Paper Two", "2013-04-15", KERRY_B)]);
        assert!(crate::analyse::analyse(&apart).stories.is_empty());
    }

    #[test]
    fn one_outlet_twice_is_a_follow_up_not_another_account() {
        let c = corpus(&[("a.txt", "Wire One", "2013-04-13", KERRY_A), ("b.txt", "Wire One", "2013-04-14", KERRY_B)]);
        assert!(crate::analyse::analyse(&c).stories.is_empty());
    }

    #[test]
    fn the_seed_corpus_groups_the_april_2013_working_group_reports() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        let snap = crate::analyse::analyse(&crate::corpus::load_dir(&dir).unwrap());
        assert_eq!(snap.check(), Ok(()));
        assert_eq!(titles(&snap), vec![vec!["001_f7c6e1cdfe2b5073.txt".to_string(), "003_4933a735d2d921c1.txt".to_string()]]);
    }
}
