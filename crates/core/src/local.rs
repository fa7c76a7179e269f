//! The user's own articles. A pasted article is analysed on its own into a
//! [`Draft`] and joined to the built snapshot by the rules the corpus was
//! assembled with ([`merge`]); [`relations`] says which of its claims
//! dispute or echo claims already in the corpus. All of that runs in the
//! page's analyser worker, so none of it is in the page's start-up wasm.
//!
//! What the page receives and keeps is a [`Delta`]: what the merge added
//! to (and changed in) the built snapshot. Applying it ([`apply`]) is a few
//! appends, so a page with saved articles starts without the engine.

use crate::analyse::analyse_article;
use crate::assemble::{complete_formal_names, complete_surnames, formal_names, person_full_names, Builder, Draft};
use crate::corpus::FileMeta;
use crate::entities::Gazetteer;
use crate::ingest::IngestError;
use crate::model::*;
use serde::{Deserialize, Serialize};

/// Longest text the page accepts for one article (a long feature is about
/// 60 KB; this leaves room without letting a paste freeze the tab).
pub const MAX_ARTICLE_BYTES: usize = 512 * 1024;

/// Analyse a pasted article. `name` is the dropped file's name, or what the
/// page calls pasted text; it is the title when the text has no headline.
/// `meta` is what the user said of it (outlet, date) and, like
/// `corpus.toml`, fills in what the text does not say: a dateline in the
/// text wins over a date given.
pub fn draft(g: &Gazetteer, raw: &str, name: &str, meta: &FileMeta) -> Result<Draft, IngestError> {
    let mut a = analyse_article(g, raw)?;
    if !a.title.chars().any(char::is_alphanumeric) {
        a.title = name.trim_end_matches(".txt").to_string();
    }
    Ok(a.into_draft(name, meta))
}

/// A dropped file's article, read by the format its name says.
#[derive(Clone, Debug, PartialEq)]
pub struct FileText {
    /// The article in the `.txt` layout [`draft`] reads.
    pub text: String,
    /// What the user said of it, filled in with what the file says of itself.
    pub meta: FileMeta,
    /// What was wrong with parts of the file (front matter that does not
    /// parse, a date that cannot be read); the article is read all the same.
    pub warnings: Vec<String>,
}

/// Read a dropped file as the corpus reads one: a Markdown file through
/// its reader, its title, outlet, date, URL and author filling what `given`
/// leaves unsaid, as `corpus.toml` does for a corpus folder; any other name
/// is plain text. `Err` says why the file holds no article.
///
/// Saved pages are not read here: their reader (an HTML5 parser and
/// Readability) would more than double the analyser worker's download, so
/// the page leaves them to the build.
pub fn read_file(name: &str, src: &str, given: &FileMeta) -> Result<FileText, String> {
    use crate::reading::{markdown, Format};
    if Format::of(name) != Some(Format::Markdown) {
        return Ok(FileText { text: src.to_string(), meta: given.clone(), warnings: Vec::new() });
    }
    let (text, found, warnings) = markdown::read(src)?;
    let mut meta = given.clone();
    meta.fill(&found);
    Ok(FileText { text, meta, warnings })
}

/// The built snapshot with the user's articles added (marked local), and
/// disputes and stories worked out again over everything.
pub fn merge(base: &Snapshot, drafts: &[Draft]) -> Snapshot {
    let people = base
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.name.as_str())
        .chain(drafts.iter().flat_map(|d| d.entities.iter()).filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()));
    let full = person_full_names(people);
    // A pasted article's "NSO" is the corpus's "NSO Group".
    let formal = formal_names(base.entities.iter().map(|e| e.name.as_str()).chain(drafts.iter().flat_map(|d| d.entities.iter()).map(|e| e.name.as_str())));
    let mut b = Builder::extend(base);
    for d in drafts {
        let mut d = d.clone();
        complete_surnames(&mut d, &full);
        complete_formal_names(&mut d, &formal);
        b.add(d, true);
    }
    b.finish()
}

/// The difference between the built snapshot and it merged with drafts:
/// what was appended, the base entities whose affiliation was set, and
/// the pairs, disputes and stories of the whole (they are worked out again).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Delta {
    /// Fingerprint of the built snapshot the delta applies to.
    pub base: u64,
    pub outlets: Vec<Outlet>,
    pub entities: Vec<Entity>,
    pub affiliations: Vec<(u32, u32)>,
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    pub pairs: Vec<Pair>,
    pub disputes: Vec<Dispute>,
    pub stories: Vec<Story>,
}

/// The fingerprint of a built snapshot's bytes.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    crate::text::fnv1a(bytes)
}

/// What `merged` (from [`merge`] on `base`) adds to `base`.
pub fn delta(base: &Snapshot, merged: &Snapshot, base_fingerprint: u64) -> Delta {
    let affiliations = base
        .entities
        .iter()
        .zip(&merged.entities)
        .enumerate()
        .filter_map(|(i, (b, m))| (b.affiliation != m.affiliation).then_some((i as u32, m.affiliation?)))
        .collect();
    Delta {
        base: base_fingerprint,
        outlets: merged.outlets[base.outlets.len()..].to_vec(),
        entities: merged.entities[base.entities.len()..].to_vec(),
        affiliations,
        articles: merged.articles[base.articles.len()..].to_vec(),
        claims: merged.claims[base.claims.len()..].to_vec(),
        pairs: merged.pairs.clone(),
        disputes: merged.disputes.clone(),
        stories: merged.stories.clone(),
    }
}

/// The built snapshot with a delta applied: the merged snapshot again.
pub fn apply(mut base: Snapshot, d: &Delta) -> Snapshot {
    base.outlets.extend(d.outlets.iter().cloned());
    for &(e, a) in &d.affiliations {
        if let Some(ent) = base.entities.get_mut(e as usize) {
            ent.affiliation = Some(a);
        }
    }
    base.entities.extend(d.entities.iter().cloned());
    base.articles.extend(d.articles.iter().cloned());
    base.claims.extend(d.claims.iter().cloned());
    base.pairs = d.pairs.clone();
    base.disputes = d.disputes.clone();
    base.stories = d.stories.clone();
    base
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Relation {
    /// The other claim is on the opposite side of a dispute.
    Disputes,
    /// The other claim is on the same side of a dispute.
    Echoes,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Disputes => "disputes",
            Relation::Echoes => "echoes",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    /// A claim of the article.
    pub claim: u32,
    pub relation: Relation,
    /// A claim in another article.
    pub other: u32,
    pub dispute: u32,
}

/// At most this many echoes listed for one claim, and this many counterclaims.
const ECHOES_PER_CLAIM: usize = 2;
const COUNTERS_PER_CLAIM: usize = 4;

/// Which of an article's claims dispute or echo claims in other articles:
/// paired counterclaims first, then claims on the same side of the same
/// dispute. In the order of the article's claims.
pub fn relations(snap: &Snapshot, article: u32) -> Vec<Related> {
    let mine = |c: u32| snap.claims[c as usize].article == article;
    let mut out: Vec<Related> = Vec::new();
    for p in &snap.pairs {
        let (c, other) = match (mine(p.claim), mine(p.counter)) {
            (true, false) => (p.claim, p.counter),
            (false, true) => (p.counter, p.claim),
            _ => continue,
        };
        out.push(Related { claim: c, relation: Relation::Disputes, other, dispute: p.dispute });
    }
    for (di, d) in snap.disputes.iter().enumerate() {
        for side in &d.claims {
            for &c in side.iter().filter(|&&c| mine(c)) {
                for &o in side.iter().filter(|&&o| !mine(o)).take(ECHOES_PER_CLAIM) {
                    out.push(Related { claim: c, relation: Relation::Echoes, other: o, dispute: di as u32 });
                }
            }
        }
    }
    out.sort_unstable_by_key(|r| (r.claim, r.relation, r.other));
    // One relation per pair of claims (a counterclaim before an echo, as
    // sorted), and a readable few per claim.
    let mut seen: std::collections::HashSet<(u32, u32)> = std::collections::HashSet::new();
    let mut kept: Vec<Related> = Vec::with_capacity(out.len());
    for r in out.into_iter().filter(|r| seen.insert((r.claim, r.other))) {
        let same = kept.iter().filter(|k| k.claim == r.claim && k.relation == r.relation).count();
        let cap = match r.relation {
            Relation::Disputes => COUNTERS_PER_CLAIM,
            Relation::Echoes => ECHOES_PER_CLAIM,
        };
        if same < cap {
            kept.push(r);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::{analyse, corpus_gazetteer};

    fn seeds() -> (crate::corpus::Corpus, Snapshot) {
        let c = crate::corpus::seeds();
        let s = analyse(&c);
        (c, s)
    }

    // An article in ordinary wire style that is not in the seed corpus.
    const PASTED: &str = "Beijing rejects new US hacking charges\n\n\
        China on Tuesday rejected accusations by the United States that its military hackers stole trade secrets.\n\n\
        US officials accused China of running a campaign of cyber espionage against American companies.\n\n\
        \"China firmly opposes such groundless accusations,\" foreign ministry spokesman Hong Lei told reporters in Beijing.\n\n\
        Hong denied that the Chinese government or military had ever engaged in hacking.\n";

    #[test]
    fn a_dropped_markdown_file_is_read_with_what_it_says_of_itself() {
        let md = "---\ntitle: Ostrava mill fined over river spill\nsource: Valley Courier\ndate: 2031-03-04\nauthor: Ada Quist\n---\n\n\
            The **Ostrava** mill was fined on Monday, [regulators](https://example.org/r) said.\n\n\
            - The owner, Kestrel Metals, denied that any waste reached the river.\n";
        let given = FileMeta { outlet: Some("Told Outlet".into()), ..FileMeta::default() };
        let f = read_file("spill.md", md, &given).unwrap();
        assert!(f.text.starts_with("Ostrava mill fined over river spill\n\nThe Ostrava mill was fined on Monday, regulators said.\n\n"), "{}", f.text);
        assert!(!f.text.contains("---") && !f.text.contains("source:"));
        // What the user said wins; the file fills the rest.
        assert_eq!(f.meta.outlet.as_deref(), Some("Told Outlet"));
        assert_eq!((f.meta.published.as_deref(), f.meta.author.as_deref()), (Some("2031-03-04"), Some("Ada Quist")));
        assert!(f.warnings.is_empty());
        let d = draft(&Gazetteer::base(&[]), &f.text, "spill.md", &f.meta).unwrap();
        assert_eq!(d.title, "Ostrava mill fined over river spill");
        assert_eq!(d.date.map(|x| x.date.iso()).as_deref(), Some("2031-03-04"));
        // Plain text is taken as it is; a file with no article says why.
        assert_eq!(read_file("notes.txt", md, &given).unwrap().text, md);
        assert!(read_file("empty.md", "---\ntitle: x\n---\n", &given).is_err());
    }

    #[test]
    fn a_pasted_article_joins_the_corpus_and_disputes_its_claims() {
        let (c, base) = seeds();
        let g = corpus_gazetteer(&c);
        let d = draft(&g, PASTED, "Pasted text", &FileMeta::default()).unwrap();
        assert_eq!(d.title, "Beijing rejects new US hacking charges");
        assert!(d.entities.iter().any(|e| e.name == "Hong Lei"));
        let merged = merge(&base, &[d]);
        let ai = merged.articles.len() as u32 - 1;
        let a = &merged.articles[ai as usize];
        assert!(a.local && !merged.articles[..base.articles.len()].iter().any(|a| a.local));
        // The corpus keeps its ids and indices.
        assert_eq!(&merged.articles[..base.articles.len()], &base.articles[..]);
        assert_eq!(&merged.claims[..base.claims.len()], &base.claims[..]);
        assert!(merged.entities.iter().filter(|e| e.id == "china").count() == 1);
        let rel = relations(&merged, ai);
        assert!(rel.iter().any(|r| r.relation == Relation::Disputes), "{rel:?}");
        let mut pairs: Vec<(u32, u32)> = rel.iter().map(|r| (r.claim, r.other)).collect();
        pairs.sort_unstable();
        pairs.dedup();
        assert_eq!(pairs.len(), rel.len(), "one relation per pair of claims: {rel:?}");
        // The delta rebuilds the merged snapshot from the built one.
        let d = delta(&base, &merged, 7);
        assert_eq!(d.articles.len(), 1);
        assert_eq!(apply(base.clone(), &d), merged);
        assert_eq!(merged.check(), Ok(()));
        // A delta damaged in storage is caught before anything indexes it.
        let mut bad = d.clone();
        bad.claims[0].span.end = 1_000_000;
        assert!(apply(base.clone(), &bad).check().is_err());
        let mut bad = d.clone();
        bad.pairs.push(Pair { claim: 0, counter: u32::MAX, dispute: 0 });
        assert!(apply(base.clone(), &bad).check().is_err());
        let mut bad = d.clone();
        bad.articles[0].mentions.push(Mention { entity: u32::MAX, span: Span::new(0, 1) });
        assert!(apply(base.clone(), &bad).check().is_err());
        let bytes = postcard::to_allocvec(&d).unwrap();
        assert_eq!(postcard::from_bytes::<Delta>(&bytes).unwrap(), d);
        for r in &rel {
            assert!(rel.iter().filter(|x| x.claim == r.claim && x.relation == r.relation).count() <= COUNTERS_PER_CLAIM);
            assert_eq!(merged.claims[r.claim as usize].article, ai);
            assert_ne!(merged.claims[r.other as usize].article, ai);
        }
    }

    #[test]
    fn the_same_title_twice_gets_a_new_id_and_a_draft_round_trips() {
        let (c, base) = seeds();
        let g = corpus_gazetteer(&c);
        let seed = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/001_f7c6e1cdfe2b5073.txt")).unwrap();
        let d = draft(&g, &seed, "copy.txt", &FileMeta::default()).unwrap();
        let bytes = postcard::to_allocvec(&d).unwrap();
        assert_eq!(postcard::from_bytes::<Draft>(&bytes).unwrap(), d);
        let merged = merge(&base, &[d]);
        let last = merged.articles.last().unwrap();
        assert_eq!(last.id, format!("{}-2", base.articles.iter().find(|a| a.source_file.starts_with("001")).unwrap().id));
    }

    #[test]
    fn what_the_user_says_of_an_article_fills_in_what_its_text_does_not() {
        let (c, base) = seeds();
        let g = corpus_gazetteer(&c);
        let meta = FileMeta { outlet: Some("Wire One".into()), published: Some("2013-04-14".into()), ..FileMeta::default() };
        let seed = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/001_f7c6e1cdfe2b5073.txt")).unwrap();
        let d = draft(&g, &seed, "copy.txt", &meta).unwrap();
        assert_eq!(d.outlet.as_deref(), Some("Wire One"));
        assert_eq!(d.date.map(|x| x.date.iso()), Some("2013-04-14".to_string()));
        // Dated and from another outlet, a second account of the April 2013
        // working group joins that story.
        let merged = merge(&base, &[d]);
        let last = merged.articles.len() as u32 - 1;
        assert!(merged.stories.iter().any(|s| s.articles.contains(&last) && s.articles.len() == 3), "{:?}", merged.stories);
        assert!(merged.outlets.iter().any(|o| o.name == "Wire One"));
        // A dateline in the text wins over the date given.
        let hsnw = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/003_4933a735d2d921c1.txt")).unwrap();
        let d = draft(&g, &hsnw, "x.txt", &meta).unwrap();
        assert_eq!(d.date.map(|x| x.date.iso()), Some("2013-04-15".to_string()));
    }

    #[test]
    fn text_without_an_article_is_an_error_not_a_panic() {
        let (c, _) = seeds();
        let g = corpus_gazetteer(&c);
        assert!(draft(&g, "", "empty", &FileMeta::default()).is_err());
        assert!(draft(&g, "\n\n  \n", "blank", &FileMeta::default()).is_err());
    }

    #[test]
    fn the_e2e_indictment_report_disputes_the_seeds() {
        // The article beyond.test.mjs pastes: China's denial of the 2014
        // indictment must meet the seeds' accusations natively too.
        let (c, base) = seeds();
        let g = corpus_gazetteer(&c);
        let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e/fixtures/pla-indictment.txt")).unwrap();
        let d = draft(&g, &text, "Pasted text", &FileMeta::default()).unwrap();
        let merged = merge(&base, &[d]);
        let ai = merged.articles.len() as u32 - 1;
        let rel = relations(&merged, ai);
        let text = |c: u32| {
            let c = &merged.claims[c as usize];
            merged.articles[c.article as usize].text.get(c.span.start as usize..c.span.end as usize).unwrap_or("").to_string()
        };
        let show = |r: &Related| format!("{:?} {:?} <-> {:?}", r.relation, text(r.claim), text(r.other));
        assert!(rel.iter().any(|r| r.relation == Relation::Disputes), "{:#?}", rel.iter().map(show).collect::<Vec<_>>());
    }
}
