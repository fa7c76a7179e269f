//! The first view of a large corpus, ready to draw before its head is here.
//!
//! A corpus in pieces (`chunks`) cannot show anything until its head is
//! fetched and decoded: at 100,000 articles that is megabytes and a second
//! of work, and most visits start at the unfiltered list. So the build also
//! writes a [`Front`]: exactly what that first view draws — the list's
//! first page (each article as its card shows it), every entity and outlet
//! (the filter panel's chips), and the counts the head would give (the
//! cards' claims, the panel's numbers, the totals). It is a few kilobytes
//! at any corpus size. The page draws it at once and fetches the head
//! behind it; every other view, and the first one once the head is in, is
//! drawn from the head as before.
//!
//! Pure: the build writes it, the page reads it.

use crate::filter::{self, Index};
use crate::model::{Article, Snapshot, SNAPSHOT_VERSION};
use crate::query::View;
use serde::{Deserialize, Serialize};

/// The unfiltered list's first page, and what the head would say of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Front {
    pub version: u32,
    /// Every entity and outlet, and the first page's articles in the list's
    /// order (a card's worth of each: see [`card_article`]); no claims.
    pub snapshot: Snapshot,
    pub totals: Totals,
}

/// The numbers of the whole corpus that the first view shows.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Totals {
    pub articles: usize,
    pub claims: usize,
    pub disputes: usize,
    /// The filter panel's counts for the unfiltered view: articles per
    /// entity (by index), per outlet and per year (`filter`'s counts).
    pub facets: Vec<usize>,
    pub outlets: Vec<(usize, usize)>,
    pub years: Vec<(u16, usize)>,
    /// Each card's counts, in the order of the front's articles.
    pub cards: Vec<CardCounts>,
}

/// What a result card counts of its article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CardCounts {
    /// Claims in the article, and of them those in a dispute.
    pub claims: u32,
    pub disputed: u32,
    /// How many accounts its story has, when it is one of several.
    pub accounts: Option<u32>,
}

impl CardCounts {
    /// The counts of `article`'s card, from the index: a page of cards
    /// costs the same at 100,000 articles as at five.
    pub fn of(snap: &Snapshot, idx: &Index, article: usize) -> Self {
        let mine = &idx.article_claims[article];
        let disputed = mine.iter().filter(|&&c| idx.claim_paired[c as usize]).count();
        let accounts = idx.article_story[article].map(|s| snap.stories[s as usize].articles.len() as u32);
        CardCounts { claims: mine.len() as u32, disputed: disputed as u32, accounts }
    }
}

/// The front of `snap`: the first page of `View::default()`'s list.
pub fn front(snap: &Snapshot, idx: &Index) -> Front {
    let view = View::default();
    let matching = filter::articles(snap, idx, &view);
    let (range, _, _) = filter::page(matching.len(), view.page);
    let first = &matching[range];
    let snapshot = Snapshot {
        version: snap.version,
        articles: first.iter().map(|&i| card_article(&snap.articles[i])).collect(),
        outlets: snap.outlets.clone(),
        entities: snap.entities.clone(),
        claims: Vec::new(),
        pairs: Vec::new(),
        disputes: Vec::new(),
        stories: Vec::new(),
        warnings: Vec::new(),
    };
    let totals = Totals {
        articles: snap.articles.len(),
        claims: snap.claims.len(),
        disputes: snap.disputes.len(),
        facets: filter::facet_counts(idx, &matching),
        outlets: filter::outlet_counts(snap, &matching),
        years: filter::year_counts(snap, &matching),
        cards: first.iter().map(|&i| CardCounts::of(snap, idx, i)).collect(),
    };
    Front { version: SNAPSHOT_VERSION, snapshot, totals }
}

/// An article as its card in the unfiltered list shows it: headline, date,
/// outlet, standfirst, which entities it mentions and how often (the card's
/// main entities), and its text only as far as the card's snippet reads it
/// (no search term is marked there, so the snippet is the text's start).
pub fn card_article(a: &Article) -> Article {
    let mut cut = filter::SNIPPET_WIDTH + 1;
    while cut < a.text.len() && !a.text.is_char_boundary(cut) {
        cut += 1;
    }
    Article {
        id: a.id.clone(),
        source_file: String::new(),
        title: a.title.clone(),
        standfirst: a.standfirst.clone(),
        dateline: None,
        date: a.date,
        outlet: a.outlet,
        url: None,
        author: None,
        text: if a.standfirst.is_some() { String::new() } else { a.text[..cut.min(a.text.len())].to_string() },
        paragraphs: Vec::new(),
        mentions: crate::chunks::counted(&a.mentions),
        local: a.local,
    }
}

impl Front {
    /// Does the file hold together (one this build wrote)? No claims,
    /// pairs, disputes or stories; every index in range; one card's counts
    /// per article, one count per entity.
    pub fn fits(&self) -> bool {
        let s = &self.snapshot;
        let t = &self.totals;
        self.version == SNAPSHOT_VERSION
            && s.claims.is_empty()
            && s.pairs.is_empty()
            && s.disputes.is_empty()
            && s.stories.is_empty()
            && t.cards.len() == s.articles.len()
            && t.facets.len() == s.entities.len()
            && t.outlets.iter().all(|&(o, _)| o < s.outlets.len())
            && s.articles.iter().all(|a| a.outlet.is_none_or(|o| (o as usize) < s.outlets.len()) && a.mentions.iter().all(|m| (m.entity as usize) < s.entities.len()))
    }

    /// Can the front draw the view `v`? Only the unfiltered list's first page.
    pub fn draws(v: &View) -> bool {
        *v == View::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mention, Span};

    fn synthetic(n: usize) -> Snapshot {
        let dir = std::env::temp_dir().join(format!("cp-front-test-{n}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // Invented articles: every third without a standfirst, texts long
        // and short, one with a multi-byte letter where its text is cut.
        let mut toml = String::new();
        for i in 0..n {
            let name = format!("a{i:03}.txt");
            let lead = if i % 3 == 0 { String::new() } else { format!("Standfirst of report {i} on the Varnholt dispute.\n\n") };
            let body = if i % 4 == 0 { "Short text.".to_string() } else { format!("{}ä{}", "word ".repeat(44), " The Varnholt council said the Brisk Mining permit was unlawful. ".repeat(6)) };
            std::fs::write(dir.join(&name), format!("Report {i} on Varnholt and Brisk Mining\n\n{lead}{body}\n")).unwrap();
            toml.push_str(&format!("[articles.\"{name}\"]\noutlet = \"Outlet {}\"\npublished = \"2024-{:02}-{:02}\"\n\n", i % 4, 1 + i % 12, 1 + i % 28));
        }
        std::fs::write(dir.join("corpus.toml"), toml).unwrap();
        let snap = crate::analyse::analyse(&crate::corpus::load_dir(&dir).unwrap());
        let _ = std::fs::remove_dir_all(&dir);
        snap
    }

    #[test]
    fn the_front_draws_the_first_page_as_the_whole_snapshot_does() {
        let snap = synthetic(120);
        let idx = Index::new(&snap);
        let front = front(&snap, &idx);
        assert!(front.fits());
        let first = filter::articles(&snap, &idx, &View::default());
        assert_eq!(front.snapshot.articles.len(), filter::PAGE_SIZE);
        for (k, a) in front.snapshot.articles.iter().enumerate() {
            let whole = &snap.articles[first[k]];
            assert_eq!((&a.id, &a.title, &a.date, a.outlet), (&whole.id, &whole.title, &whole.date, whole.outlet));
            // The card's snippet and counts are the whole article's.
            let shown = |a: &Article| filter::snippet(&a.text, a.standfirst.as_deref(), &[], filter::SNIPPET_WIDTH);
            assert_eq!(shown(a), shown(whole), "{}", whole.id);
            assert_eq!(front.totals.cards[k], CardCounts::of(&snap, &idx, first[k]));
            let mut entities: Vec<u32> = whole.mentions.iter().map(|m| m.entity).collect();
            entities.sort_unstable();
            assert_eq!(a.mentions.iter().map(|m| m.entity).collect::<Vec<_>>(), entities);
        }
        // The front snapshot's own index gives the panel's counts of the
        // front's articles only; the totals are the corpus's.
        assert_eq!(front.totals.facets, filter::facet_counts(&idx, &first));
        assert_eq!(front.totals.articles, 120);
        assert!(front.totals.cards.iter().any(|c| c.claims > 0), "the invented reports carry claims");
        // Far smaller than the snapshot: a card's worth of each article.
        let (f, s) = (postcard::to_allocvec(&front).unwrap().len(), postcard::to_allocvec(&snap).unwrap().len());
        assert!(f * 3 < s, "front {f} B, snapshot {s} B");
    }

    #[test]
    fn a_cut_text_ends_on_a_character_boundary_after_the_snippet() {
        let a = |text: &str| Article { id: "x".into(), source_file: String::new(), title: "X".into(), standfirst: None, dateline: None, date: None, outlet: None, url: None, author: None, text: text.into(), paragraphs: vec![], mentions: vec![Mention { entity: 0, span: Span::new(0, 1) }], local: false };
        let long = format!("{}é{}", "a".repeat(filter::SNIPPET_WIDTH), " b".repeat(200));
        let cut = card_article(&a(&long));
        assert!(cut.text.len() > filter::SNIPPET_WIDTH && cut.text.len() < long.len());
        assert_eq!(filter::snippet(&cut.text, None, &[], filter::SNIPPET_WIDTH), filter::snippet(&long, None, &[], filter::SNIPPET_WIDTH));
        assert_eq!(card_article(&a("short")).text, "short");
        assert_eq!(cut.mentions[0].span, Span::new(0, 0));
    }

    #[test]
    fn a_damaged_front_does_not_fit() {
        let snap = synthetic(60);
        let mut f = front(&snap, &Index::new(&snap));
        assert!(f.fits());
        f.totals.cards.pop();
        assert!(!f.fits());
        let mut f = front(&snap, &Index::new(&snap));
        f.snapshot.articles[0].mentions.push(Mention { entity: 9999, span: Span::new(0, 0) });
        assert!(!f.fits());
        let mut f = front(&snap, &Index::new(&snap));
        f.snapshot.stories.push(crate::model::Story { articles: vec![9999] });
        assert!(!f.fits(), "a front has no stories (the index would read them)");
        assert!(Front::draws(&View::default()));
        assert!(!Front::draws(&View { page: 1, ..View::default() }));
    }
}
