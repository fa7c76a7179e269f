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
//! The head file is read in pieces ([`Head::encode`], [`Reading`]): what
//! every view needs at once (outlets, entities, pairs, disputes, stories,
//! the chunk map), then the articles and the claims in slices, so the page
//! can read a large head a few slices per browser task, none of them long.
//!
//! Pure: bytes and file names are the build's and the page's business.

use crate::filter::{self, Index};
use crate::model::{Article, Claim, Mention, Snapshot, Span, SNAPSHOT_VERSION};
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

/// The head: the snapshot without article texts, and where each article's
/// text is. Written to its file in pieces ([`Head::encode`], read back by
/// [`Reading`]).
#[derive(Clone, Debug, PartialEq)]
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

/// A claim's id whole again, if it was written without its article's
/// (`articles` holds the claim's article).
fn make_whole(c: &mut Claim, articles: &[Article]) {
    if let Some(rest) = c.id.strip_prefix(SHORT) {
        c.id = format!("{}-{rest}", articles[c.article as usize].id);
    }
}

impl Head {
    /// The skeleton with every claim id whole again.
    pub fn into_skeleton(self) -> Snapshot {
        let mut snap = self.skeleton;
        for c in &mut snap.claims {
            make_whole(c, &snap.articles);
        }
        snap
    }

    /// The skeleton as written (claim ids without their article's).
    pub fn skeleton(&self) -> &Snapshot {
        &self.skeleton
    }

}

/// The head file's layout, written second, after the snapshot's version: a
/// head written whole by an older build has the snapshot's version (2)
/// there, and is refused as another version's, not misread.
const LAYOUT: u32 = 1;

/// Articles in one slice of the head file: at 100,000 articles, reading one
/// slice takes about 3 ms natively.
pub const SLICE_ARTICLES: usize = 10_000;

/// Claims in one slice of the head file: a claim costs more to read than an
/// article of the head (its id is made whole), a slice about 3 ms natively.
pub const SLICE_CLAIMS: usize = 5_000;

/// Do the head file's first pieces hold together (so reading and indexing
/// the head cannot go out of bounds)? `top` is the snapshot without its
/// articles and claims, which number `n` and `claims`; claims are checked
/// as their slices come.
fn fits(top: &Snapshot, chunk_of: &[u32], files: &[String], n: usize, claims: usize) -> bool {
    top.version == SNAPSHOT_VERSION
        && top.articles.is_empty()
        && top.claims.is_empty()
        && chunk_of.len() == n
        && chunk_of.iter().all(|&c| (c as usize) < files.len())
        && top.pairs.iter().all(|p| (p.claim as usize) < claims && (p.counter as usize) < claims)
        && top.disputes.iter().flat_map(|d| d.claims.iter().flatten()).all(|&c| (c as usize) < claims)
        && top.stories.iter().flat_map(|s| &s.articles).all(|&a| (a as usize) < n)
}

impl Head {
    /// The head file's bytes, each piece postcard: the snapshot's version
    /// and [`LAYOUT`]; what every view needs at once — the skeleton
    /// without its articles and claims (read as a `Snapshot`, as an
    /// embedded one is: no more decoding code in the page), the chunk
    /// map, the chunks' files — and how many articles and claims follow;
    /// then the articles in slices of [`SLICE_ARTICLES`] and the claims in
    /// slices of [`SLICE_CLAIMS`].
    pub fn encode(&self) -> Result<Vec<u8>, postcard::Error> {
        self.encode_in(SLICE_ARTICLES, SLICE_CLAIMS)
    }

    fn encode_in(&self, per_slice: usize, claims_per_slice: usize) -> Result<Vec<u8>, postcard::Error> {
        let s = &self.skeleton;
        let top = Snapshot { articles: Vec::new(), claims: Vec::new(), ..s.clone() };
        let mut out = postcard::to_allocvec(&(self.version, LAYOUT))?;
        out = postcard::to_extend(&top, out)?;
        out = postcard::to_extend(&self.chunk_of, out)?;
        out = postcard::to_extend(&self.files, out)?;
        out = postcard::to_extend(&(s.articles.len() as u32, s.claims.len() as u32), out)?;
        for slice in s.articles.chunks(per_slice.max(1)) {
            out = postcard::to_extend(slice, out)?;
        }
        for slice in s.claims.chunks(claims_per_slice.max(1)) {
            out = postcard::to_extend(slice, out)?;
        }
        Ok(out)
    }
}

/// Why a head file cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub enum HeadError {
    /// Not postcard of a head (cut short, damaged): what the decoder said.
    Unreadable(String),
    /// Well formed, but not this build's (another version or layout, or
    /// parts that do not fit together).
    OtherVersion,
}

/// What a head file holds once read: the skeleton (claim ids whole), and
/// where each article's text is.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub skeleton: Snapshot,
    pub chunk_of: Vec<u32>,
    pub files: Vec<String>,
}

/// A head file being read a slice at a time: [`Reading::new`] reads what
/// precedes the slices, each [`Reading::step`] one slice of articles or
/// claims (claim ids made whole), and [`Reading::finish`] gives what
/// [`Head::into_skeleton`] gives. The page runs a few steps per browser
/// task.
pub struct Reading {
    bytes: Vec<u8>,
    /// Where the next slice starts in `bytes`.
    at: usize,
    /// The snapshot so far: all but the articles and claims, and the
    /// slices of them read.
    snap: Snapshot,
    /// How many articles and claims the file announced.
    articles: usize,
    claims: usize,
    chunk_of: Vec<u32>,
    files: Vec<String>,
}

fn take<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<(T, &'a [u8]), HeadError> {
    postcard::take_from_bytes(bytes).map_err(|e| HeadError::Unreadable(e.to_string()))
}

impl Reading {
    /// Start reading `bytes`: their version and layout, and what every
    /// view needs at once ([`Head::encode`]).
    pub fn new(bytes: Vec<u8>) -> Result<Self, HeadError> {
        let ((version, layout), rest) = take::<(u32, u32)>(&bytes)?;
        if (version, layout) != (SNAPSHOT_VERSION, LAYOUT) {
            return Err(HeadError::OtherVersion);
        }
        let (mut snap, rest) = take::<Snapshot>(rest)?;
        let (chunk_of, rest) = take::<Vec<u32>>(rest)?;
        let (files, rest) = take::<Vec<String>>(rest)?;
        let ((articles, claims), rest) = take::<(u32, u32)>(rest)?;
        let (articles, claims) = (articles as usize, claims as usize);
        if !fits(&snap, &chunk_of, &files, articles, claims) {
            return Err(HeadError::OtherVersion);
        }
        // The articles' count is the chunk map's, which was read; a damaged
        // claim count must not reserve gigabytes, so the claims grow as read.
        snap.articles.reserve(articles);
        Ok(Reading { at: bytes.len() - rest.len(), bytes, snap, articles, claims, chunk_of, files })
    }

    /// Read the next slice; `true` once every slice is read.
    pub fn step(&mut self) -> Result<bool, HeadError> {
        let rest = &self.bytes[self.at..];
        let left = if self.snap.articles.len() < self.articles {
            let (slice, left) = take::<Vec<Article>>(rest)?;
            if slice.is_empty() || self.snap.articles.len() + slice.len() > self.articles {
                return Err(HeadError::OtherVersion);
            }
            self.snap.articles.extend(slice);
            left
        } else if self.snap.claims.len() < self.claims {
            let (mut slice, left) = take::<Vec<Claim>>(rest)?;
            let n = self.snap.articles.len();
            if slice.is_empty() || self.snap.claims.len() + slice.len() > self.claims || slice.iter().any(|c| c.article as usize >= n) {
                return Err(HeadError::OtherVersion);
            }
            for c in &mut slice {
                make_whole(c, &self.snap.articles);
            }
            self.snap.claims.extend(slice);
            left
        } else {
            return Ok(true);
        };
        self.at = self.bytes.len() - left.len();
        Ok(self.snap.articles.len() == self.articles && self.snap.claims.len() == self.claims)
    }

    /// What the head holds, once every slice is read (and nothing follows
    /// them).
    pub fn finish(self) -> Result<Opened, HeadError> {
        let read = self.snap.articles.len() == self.articles && self.snap.claims.len() == self.claims;
        if !read || self.at != self.bytes.len() {
            return Err(HeadError::OtherVersion);
        }
        Ok(Opened { skeleton: self.snap, chunk_of: self.chunk_of, files: self.files })
    }

    /// Read every slice at once (natively: the tests).
    pub fn read(bytes: Vec<u8>) -> Result<Opened, HeadError> {
        let mut r = Reading::new(bytes)?;
        while !r.step()? {}
        r.finish()
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

    fn head_of(snap: &Snapshot) -> Head {
        let s = split(snap, 3);
        let files = (0..s.chunks.len()).map(|i| format!("t{i}")).collect();
        s.head(files)
    }

    #[test]
    fn the_head_read_in_slices_is_the_head_read_at_once() {
        let head = head_of(&corpus());
        let whole = Opened { skeleton: head.clone().into_skeleton(), chunk_of: head.chunk_of.clone(), files: head.files.clone() };
        // Slices of every size: one article or claim each, some, all.
        for (per_slice, claims_per_slice) in [(1, 1), (2, 2), (3, 1), (7, 3), (SLICE_ARTICLES, SLICE_CLAIMS)] {
            let bytes = head.encode_in(per_slice, claims_per_slice).unwrap();
            let mut r = Reading::new(bytes).unwrap();
            let mut steps = 1;
            while !r.step().unwrap() {
                steps += 1;
            }
            assert_eq!(steps, 7usize.div_ceil(per_slice) + 3usize.div_ceil(claims_per_slice), "a slice a step");
            assert_eq!(r.finish().unwrap(), whole);
        }
        // An empty corpus: nothing to read but the top.
        let empty = head_of(&Snapshot { version: SNAPSHOT_VERSION, ..Snapshot::default() });
        assert_eq!(Reading::read(empty.encode().unwrap()).unwrap().skeleton, empty.into_skeleton());
    }

    #[test]
    fn a_head_that_does_not_fit_is_refused_not_misread() {
        let head = head_of(&corpus());
        let bytes = head.encode_in(2, 1).unwrap();
        // Cut short anywhere: unreadable (or, cut between slices, short of
        // what the top announced), never a panic.
        for cut in 0..bytes.len() {
            assert!(Reading::read(bytes[..cut].to_vec()).is_err(), "cut at {cut}");
        }
        assert!(matches!(Reading::read(bytes[..3].to_vec()), Err(HeadError::Unreadable(_))));
        // Something after the last slice.
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(Reading::read(longer), Err(HeadError::OtherVersion));
        // Another version, or a head written whole by an older build (the
        // snapshot's version where the layout is).
        let mut other = bytes.clone();
        other[0] += 1;
        assert_eq!(Reading::read(other).err(), Some(HeadError::OtherVersion));
        let mut old = bytes.clone();
        old[1] = SNAPSHOT_VERSION as u8;
        assert_eq!(Reading::read(old).err(), Some(HeadError::OtherVersion));
        // A claim of an article beyond the corpus, a story beyond it.
        let mut beyond = head.clone();
        beyond.skeleton.claims[1].article = 7;
        assert_eq!(Reading::read(beyond.encode().unwrap()).err(), Some(HeadError::OtherVersion));
        let mut story = head.clone();
        story.skeleton.stories[0].articles.push(9);
        assert_eq!(Reading::read(story.encode().unwrap()).err(), Some(HeadError::OtherVersion));
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
