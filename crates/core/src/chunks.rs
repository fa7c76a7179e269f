//! The snapshot in pieces, for a corpus too large to embed in the page.
//!
//! A small snapshot is embedded in the page's wasm whole (one self-contained
//! page). Above [`EMBED_LIMIT`] the build splits it: a *head* — the snapshot
//! without what only a shown text needs (each article's text, paragraphs and
//! where its mentions stand: the head keeps which entities it mentions, how
//! often; and what is read only with the text: standfirst, dateline, source
//! file, URL, author), which is all the list, the facets, the timeline and
//! the counts read — and each article's [`Body`] in [`TextChunk`]s of [`CHUNK_ARTICLES`]
//! articles, grouped in the order of the unfiltered list, so the first page
//! of results is the first chunk. A view asks
//! [`shown_articles`] whose texts it shows, [`chunks_of`] maps them to the
//! chunks to fetch, and [`check`] checks a fetched chunk before its texts
//! are used.
//!
//! Pure: bytes and file names are the build's and the page's business.

use crate::filter::{self, Index};
use crate::model::{Article, Mention, Snapshot, Span, SNAPSHOT_VERSION};
use crate::query::{View, ViewKind};
use serde::{Deserialize, Serialize};

/// Largest encoded snapshot embedded in the page (bytes of postcard). Below
/// it the whole corpus costs less to download inside the wasm (about 60 KB
/// gzipped at this size) than the extra round trip a separate head file
/// adds before the first paint; the five seed articles (23 KB) stay
/// one self-contained page.
pub const EMBED_LIMIT: usize = 256 * 1024;

/// Articles per text chunk: one page of the article list, so the unfiltered
/// first page needs exactly one chunk (a few tens of KB gzipped).
pub const CHUNK_ARTICLES: usize = filter::PAGE_SIZE;

/// The head file: the snapshot without article texts, and where each
/// article's text is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Head {
    pub version: u32,
    /// Every article's `text` and `paragraphs` are empty here and its
    /// mentions [`counted`] (its [`Body`] is in its chunk), and a claim's id that begins with its article's
    /// id is written without it ([`Head::into_skeleton`] puts it back):
    /// article ids are headlines, and claims repeat them.
    skeleton: Snapshot,
    /// The chunk holding each article's text (index into `files`).
    pub chunk_of: Vec<u32>,
    /// The chunks' file names, relative to the page (content-hashed).
    pub files: Vec<String>,
}

/// One text file: the bodies of some articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextChunk {
    pub articles: Vec<u32>,
    pub bodies: Vec<Body>,
}

/// What of an article only its shown text needs, left out of the head:
/// the text itself, and what is read only with it — the standfirst (the
/// list's snippet, the search), the dateline, the source file, the URL and
/// the author (the export, which reads every text) — about a tenth of the
/// head at 100,000 articles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Body {
    pub text: String,
    pub paragraphs: Vec<Span>,
    /// The article's mentions, in their order, with their spans.
    pub mentions: Vec<Mention>,
    pub standfirst: Option<String>,
    pub dateline: Option<String>,
    pub source_file: String,
    pub url: Option<String>,
    pub author: Option<String>,
}

impl Body {
    fn of(a: &Article) -> Self {
        Body {
            text: a.text.clone(),
            paragraphs: a.paragraphs.clone(),
            mentions: a.mentions.clone(),
            standfirst: a.standfirst.clone(),
            dateline: a.dateline.clone(),
            source_file: a.source_file.clone(),
            url: a.url.clone(),
            author: a.author.clone(),
        }
    }

    /// Put the body back into its article (a skeleton's).
    pub fn put_into(&self, a: &mut Article) {
        a.text = self.text.clone();
        a.paragraphs = self.paragraphs.clone();
        a.mentions = self.mentions.clone();
        a.standfirst = self.standfirst.clone();
        a.dateline = self.dateline.clone();
        a.source_file = self.source_file.clone();
        a.url = self.url.clone();
        a.author = self.author.clone();
    }
}

/// A skeleton article's mentions: which entities, each as often as it is
/// mentioned (what the facets and the list's main entities count), sorted
/// by entity and without spans (they compress to almost nothing).
pub(crate) fn counted(mentions: &[Mention]) -> Vec<Mention> {
    let mut entities: Vec<u32> = mentions.iter().map(|m| m.entity).collect();
    filter::sort(&mut entities, &|a, b| a.cmp(&b));
    entities.into_iter().map(|entity| Mention { entity, span: Span::new(0, 0) }).collect()
}

/// A snapshot split into its skeleton and text chunks.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    pub skeleton: Snapshot,
    pub chunk_of: Vec<u32>,
    pub chunks: Vec<TextChunk>,
}

impl Split {
    /// The head naming `files` (one per chunk, in order).
    pub fn head(&self, files: Vec<String>) -> Head {
        assert_eq!(files.len(), self.chunks.len(), "one file per chunk");
        let mut skeleton = self.skeleton.clone();
        for c in &mut skeleton.claims {
            let article = &self.skeleton.articles[c.article as usize].id;
            if let Some(rest) = c.id.strip_prefix(article.as_str()).and_then(|r| r.strip_prefix('-')) {
                c.id = format!("{SHORT}{rest}");
            }
        }
        Head { version: SNAPSHOT_VERSION, skeleton, chunk_of: self.chunk_of.clone(), files }
    }
}

/// Marks a claim id written without its article's id (ids are slugs, which
/// never hold it).
const SHORT: char = '~';

impl Head {
    /// The skeleton with every claim id whole again.
    pub fn into_skeleton(self) -> Snapshot {
        let mut snap = self.skeleton;
        for c in &mut snap.claims {
            if let Some(rest) = c.id.strip_prefix(SHORT) {
                c.id = format!("{}-{rest}", snap.articles[c.article as usize].id);
            }
        }
        snap
    }

    /// The skeleton as written (claim ids without their article's).
    pub fn skeleton(&self) -> &Snapshot {
        &self.skeleton
    }

    /// Does the head hold together (a file from this build)?
    pub fn fits(&self) -> bool {
        let n = self.skeleton.articles.len();
        self.version == SNAPSHOT_VERSION && self.chunk_of.len() == n && self.chunk_of.iter().all(|&c| (c as usize) < self.files.len()) && self.skeleton.claims.iter().all(|c| (c.article as usize) < n)
    }
}

/// Split `snap` into its skeleton and chunks of `per_chunk` articles, taken
/// in the unfiltered list's order (newest first), each chunk's articles in
/// index order.
pub fn split(snap: &Snapshot, per_chunk: usize) -> Split {
    let per_chunk = per_chunk.max(1);
    let order = filter::articles(snap, &Index::new(snap), &View::default());
    let mut chunk_of = vec![0u32; snap.articles.len()];
    let mut chunks = Vec::with_capacity(order.len().div_ceil(per_chunk));
    for (c, group) in order.chunks(per_chunk).enumerate() {
        let mut articles: Vec<u32> = group.iter().map(|&a| a as u32).collect();
        articles.sort_unstable();
        for &a in &articles {
            chunk_of[a as usize] = c as u32;
        }
        let bodies = articles.iter().map(|&a| Body::of(&snap.articles[a as usize])).collect();
        chunks.push(TextChunk { articles, bodies });
    }
    let mut skeleton = snap.clone();
    for a in &mut skeleton.articles {
        // What the body carries (`Body::of`) is left out.
        a.text = String::new();
        a.paragraphs = Vec::new();
        a.mentions = counted(&a.mentions);
        a.standfirst = None;
        a.dateline = None;
        a.source_file = String::new();
        a.url = None;
        a.author = None;
    }
    Split { skeleton, chunk_of, chunks }
}

/// Does a fetched chunk fit `snap` (the skeleton): an article of the corpus
/// for each body, each body's mentions the entities its article's counted
/// ones are, and its spans inside its text, on character boundaries? A
/// chunk that does not is refused whole.
pub fn check(snap: &Snapshot, chunk: &TextChunk) -> Result<(), String> {
    if chunk.articles.len() != chunk.bodies.len() {
        return Err("a text chunk's articles and bodies differ in number".into());
    }
    if let Some(&a) = chunk.articles.iter().find(|&&a| a as usize >= snap.articles.len()) {
        return Err(format!("a text chunk names article {a}, beyond the corpus"));
    }
    for (&a, body) in chunk.articles.iter().zip(&chunk.bodies) {
        if counted(&body.mentions) != snap.articles[a as usize].mentions {
            return Err(format!("the text chunk's mentions of article {a} are not the head's"));
        }
        let inside = |s: Span| s.start <= s.end && (s.end as usize) <= body.text.len() && body.text.is_char_boundary(s.start as usize) && body.text.is_char_boundary(s.end as usize);
        if !body.paragraphs.iter().copied().chain(body.mentions.iter().map(|m| m.span)).all(inside) {
            return Err(format!("the text chunk's text of article {a} does not hold its spans"));
        }
    }
    Ok(())
}

/// Does the view read every article's text? Only analysing an article,
/// which joins it to the whole snapshot. A search reads the search's words
/// instead (`search::Words`, files of their own beside a large corpus) and
/// the texts of the results it shows.
pub fn reads_every_text(v: &View) -> bool {
    v.kind == ViewKind::Analyse
}

/// The articles whose texts the view `v` shows, or `None` for every
/// article ([`reads_every_text`]). `matching` is the view's list
/// (`filter::articles`), which the page has at hand; `cards_per_side` is
/// how many claims the claims view shows on each side of a dispute.
pub fn shown_articles(snap: &Snapshot, idx: &Index, v: &View, matching: &[usize], cards_per_side: usize) -> Option<Vec<usize>> {
    if reads_every_text(v) {
        return None;
    }
    let opened = || v.article.as_ref().and_then(|id| snap.articles.iter().position(|a| &a.id == id)).unwrap_or(0);
    let out: Vec<usize> = match v.kind {
        ViewKind::Analyse => return None,
        // The list (the timeline shows it under its lanes): snippets of
        // the page shown.
        ViewKind::Articles | ViewKind::Timeline => {
            let (range, _, _) = filter::page(matching.len(), v.page);
            matching[range].to_vec()
        }
        ViewKind::Article => vec![opened()],
        ViewKind::Story => {
            let a = opened();
            match idx.article_story.get(a).copied().flatten() {
                Some(s) => snap.stories[s as usize].articles.iter().map(|&a| a as usize).collect(),
                None => vec![a],
            }
        }
        // The cards shown: the first of each side, and the focused claim.
        ViewKind::Claims => filter::disputes(snap, idx, v)
            .iter()
            .flat_map(|d| d.sides.iter().flat_map(|side| side.iter().enumerate()))
            .filter(|&(k, &c)| k < cards_per_side || v.claim.as_deref() == Some(snap.claims[c as usize].id.as_str()))
            .map(|(_, &c)| snap.claims[c as usize].article as usize)
            .collect(),
    };
    let mut ids: Vec<u32> = out.into_iter().map(|a| a as u32).collect();
    filter::sort(&mut ids, &|a, b| a.cmp(&b));
    ids.dedup();
    Some(ids.into_iter().map(|a| a as usize).collect())
}

/// The chunks holding `articles`' texts, sorted, each once. Articles past
/// `chunk_of` (the user's own, added in the browser) carry their text with
/// them and need none.
pub fn chunks_of(articles: &[usize], chunk_of: &[u32]) -> Vec<u32> {
    let mut out: Vec<u32> = articles.iter().filter_map(|&a| chunk_of.get(a).copied()).collect();
    filter::sort(&mut out, &|a, b| a.cmp(&b));
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, Dispute, Polarity, Speaker, Story};

    fn mention(entity: u32, start: usize, end: usize) -> Mention {
        Mention { entity, span: Span::new(start, end) }
    }

    fn article(id: &str, year: u16, text: &str) -> Article {
        Article {
            id: id.into(),
            source_file: format!("{id}.txt"),
            title: format!("Headline {id}"),
            standfirst: Some(format!("Standfirst of {id}")),
            dateline: Some("KESTREL BAY".into()),
            date: Some(crate::date::DateInfo { date: crate::date::PubDate { year, month: Some(3), day: Some(1) }, inferred: false }),
            outlet: None,
            url: Some(format!("https://news.example/{id}")),
            author: Some("Ines Varga".into()),
            text: text.into(),
            paragraphs: vec![Span::new(0, text.len())],
            mentions: vec![],
            local: false,
        }
    }

    /// Seven invented articles, the newest last; a dispute between the
    /// oldest and the newest, and a story of two.
    fn corpus() -> Snapshot {
        let mut articles: Vec<Article> = (0..7).map(|i| article(&format!("a{i}"), 2010 + i as u16, &format!("Vandor Mills said the river {i} rose."))).collect();
        articles[0].mentions = vec![mention(1, 0, 12), mention(0, 22, 27), mention(1, 0, 6)];
        let claim = |id: &str, article: u32| Claim { id: id.into(), article, speaker: Speaker::Writer, verb: None, span: Span::new(0, 11), polarity: Polarity::Assert, about: vec![] };
        Snapshot {
            version: SNAPSHOT_VERSION,
            articles,
            claims: vec![claim("a0-c", 0), claim("a6-c", 6), claim("a3-c", 3)],
            disputes: vec![Dispute { id: "d".into(), topic: "River".into(), sides: [vec![], vec![]], claims: [vec![0, 2], vec![1]] }],
            stories: vec![Story { articles: vec![1, 5] }],
            ..Snapshot::default()
        }
    }

    fn view(q: &str, snap: &Snapshot) -> View {
        crate::query::parse(q, snap).0
    }

    #[test]
    fn chunks_follow_the_list_newest_first_and_fill_back_to_the_whole() {
        let snap = corpus();
        let s = split(&snap, 3);
        // Newest first: 6 5 4 | 3 2 1 | 0.
        assert_eq!(s.chunks.iter().map(|c| c.articles.clone()).collect::<Vec<_>>(), [vec![4, 5, 6], vec![1, 2, 3], vec![0]]);
        assert_eq!(s.chunk_of, [2, 1, 1, 1, 0, 0, 0]);
        assert!(s.skeleton.articles.iter().all(|a| a.text.is_empty() && a.paragraphs.is_empty()));
        assert!(
            s.skeleton.articles.iter().all(|a| a.standfirst.is_none() && a.dateline.is_none() && a.source_file.is_empty() && a.url.is_none() && a.author.is_none()),
            "what is read only with the text is in the chunks"
        );
        assert!(s.skeleton.articles.iter().all(|a| !a.title.is_empty() && a.date.is_some()), "the list's own fields stay in the head");
        // Mentions: which entities, how often, in entity order, no spans.
        assert_eq!(s.skeleton.articles[0].mentions, [mention(0, 0, 0), mention(1, 0, 0), mention(1, 0, 0)]);
        let head = s.head(vec!["t0".into(), "t1".into(), "t2".into()]);
        assert!(head.fits());
        assert_eq!(head.skeleton.claims.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["~c", "~c", "~c"], "claim ids without their article's");
        let mut back = head.into_skeleton();
        assert_eq!(back, s.skeleton);
        for c in s.chunks.iter().rev() {
            check(&back, c).unwrap();
            for (&a, body) in c.articles.iter().zip(&c.bodies) {
                body.put_into(&mut back.articles[a as usize]);
            }
        }
        assert_eq!(back, snap);
    }

    #[test]
    fn a_chunk_that_does_not_fit_is_refused_whole() {
        let s = split(&corpus(), 3);
        let snap = s.skeleton.clone();
        assert!(check(&snap, &s.chunks[0]).is_ok());
        let mut short = s.chunks[0].clone();
        short.bodies[2].text = "cut".into();
        assert!(check(&snap, &short).unwrap_err().contains("article 6"));
        let mut other = s.chunks[2].clone();
        other.bodies[0].mentions.pop();
        assert!(check(&snap, &other).unwrap_err().contains("mentions of article 0"));
        // A span inside a character: "é" is two bytes.
        let mut split_char = s.chunks[2].clone();
        split_char.bodies[0].text = "é".repeat(30);
        split_char.bodies[0].paragraphs = vec![Span::new(0, 3)];
        assert!(check(&snap, &split_char).is_err());
        let beyond = TextChunk { articles: vec![9], bodies: vec![Body::default()] };
        assert!(check(&snap, &beyond).is_err());
        let uneven = TextChunk { articles: vec![1, 2], bodies: vec![Body::default()] };
        assert!(check(&snap, &uneven).is_err());
    }

    #[test]
    fn each_view_names_the_texts_it_shows() {
        let snap = corpus();
        let idx = Index::new(&snap);
        let shown = |q: &str, per_side: usize| {
            let v = view(q, &snap);
            shown_articles(&snap, &idx, &v, &filter::articles(&snap, &idx, &v), per_side)
        };
        // The unfiltered list shows every article on its one page; a
        // filtered one, the articles that pass.
        assert_eq!(shown("", 25), Some((0..7).collect()));
        assert_eq!(shown("from=2015", 25), Some(vec![5, 6]));
        // The reader: its article; a story: every account.
        assert_eq!(shown("view=article&article=a3", 25), Some(vec![3]));
        assert_eq!(shown("view=story&article=a5", 25), Some(vec![1, 5]));
        // The claims view: the first cards of each side…
        assert_eq!(shown("view=claims", 25), Some(vec![0, 3, 6]));
        assert_eq!(shown("view=claims", 1), Some(vec![0, 6]));
        // … and the focused claim wherever it stands.
        assert_eq!(shown("view=claims&claim=a3-c", 1), Some(vec![0, 3, 6]));
        // A search shows its page of results, or the cards of the claims
        // that hold it; analysing reads every text.
        let found = |q: &str| {
            let mut a = filter::articles(&snap, &idx, &view(q, &snap));
            a.sort_unstable();
            a
        };
        assert!(!found("q=river").is_empty());
        assert_eq!(shown("q=river", 25), Some(found("q=river")));
        // (Every claim is "Vandor Mill", and no claim holds "river".)
        assert_eq!(shown("view=claims&q=vandor", 25), Some(vec![0, 3, 6]));
        assert_eq!(shown("view=claims&q=river", 25), Some(vec![]));
        assert_eq!(shown("view=analyse", 25), None);
    }

    #[test]
    fn the_users_own_articles_need_no_chunk() {
        assert_eq!(chunks_of(&[6, 0, 5, 9], &[2, 1, 1, 1, 0, 0, 0]), [0, 2]);
    }
}
