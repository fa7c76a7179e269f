//! The pipeline: a [`Corpus`] read from disk → a [`Snapshot`]. Ingest each
//! article, find its sentences, entities and claims (a [`Draft`] each), then
//! assemble them (`assemble`): entities merged across articles by canonical
//! name, stable ids, counterclaims paired into disputes, stories grouped.
//!
//! The articles are independent until assembly, so with the `parallel`
//! feature they are analysed on every core; assembly stays on one thread,
//! in the files' order, so the bytes do not depend on the thread count.

use crate::assemble::{complete_formal_names, complete_surnames, formal_names, person_full_names, Builder, Draft, DraftClaim, DraftEntity};
use crate::claims::{self, LocalSpeaker};
use crate::corpus::{Corpus, FileMeta, SourceFile};
use crate::date::DateInfo;
use crate::entities::{recognise, ExtraEntry, Gazetteer};
use crate::ingest::{ingest, IngestError};
use crate::model::*;
use crate::tokens::{sentences, Tokenised};

/// The gazetteer of a corpus: the base list, the corpus's `entities.toml`,
/// and its outlets as news organisations.
pub fn corpus_gazetteer(corpus: &Corpus) -> Gazetteer {
    Gazetteer::base(&corpus_names(corpus))
}

/// What a corpus adds to the base gazetteer: its `entities.toml` entries
/// and its outlets. The build hands these to the page's analyser, so a
/// pasted article knows the corpus's names.
pub fn corpus_names(corpus: &Corpus) -> Vec<ExtraEntry> {
    let mut extra: Vec<ExtraEntry> = corpus
        .gazetteer
        .iter()
        .filter_map(|e| {
            Some(ExtraEntry {
                name: e.name.clone(),
                kind: EntityKind::parse(&e.kind)?,
                aliases: e.aliases.clone(),
                affiliation: e.affiliation.clone(),
            })
        })
        .collect();
    let mut outlets: Vec<&str> = corpus.meta.values().filter_map(|m| m.outlet.as_deref()).collect();
    outlets.sort_unstable();
    outlets.dedup();
    for o in outlets {
        if !extra.iter().any(|e| e.name == o) {
            extra.push(ExtraEntry { name: o.to_string(), kind: EntityKind::Media, aliases: vec![], affiliation: None });
        }
    }
    extra
}

/// One article analysed on its own, before corpus-wide ids: what the
/// in-browser "analyse a pasted article" view also needs.
pub struct ArticleAnalysis {
    pub title: String,
    pub standfirst: Option<String>,
    pub dateline: Option<crate::ingest::Dateline>,
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub entities: crate::entities::ArticleEntities,
    pub claims: Vec<claims::LocalClaim>,
    pub removed: Vec<crate::ingest::Removal>,
    /// The file had no headline line; the title is its first words.
    pub title_from_text: bool,
}

pub fn analyse_article(g: &Gazetteer, raw: &str) -> Result<ArticleAnalysis, IngestError> {
    let ing = ingest(raw)?;
    let (text, spans) = ing.text();
    let sents = sentences(&text, &spans);
    let tk = Tokenised::new(&text, &sents);
    let ents = recognise(g, &text, &tk);
    let cls = claims::extract(&text, &sents, &tk, &ents);
    Ok(ArticleAnalysis {
        title: ing.title,
        standfirst: ing.standfirst,
        dateline: ing.dateline,
        paragraphs: spans.iter().map(|&(a, b)| Span::new(a, b)).collect(),
        text,
        entities: ents,
        claims: cls,
        removed: ing.removed,
        title_from_text: ing.title_from_text,
    })
}

impl ArticleAnalysis {
    /// The article as a [`Draft`] for [`Builder::add`]; `date` and the rest
    /// of `meta` fill in what the text does not say.
    pub fn into_draft(self, source_file: &str, meta: &FileMeta) -> Draft {
        let date: Option<DateInfo> = match self.dateline.as_ref().and_then(|d| d.date) {
            Some(d) => Some(DateInfo { date: d, inferred: false }),
            None => meta.date().ok().flatten(),
        };
        let entities = self
            .entities
            .entities
            .into_iter()
            .map(|e| DraftEntity { name: e.name, kind: e.kind, affiliation: e.affiliation.or(e.metonym_for), listed: !e.demonym_only })
            .collect();
        let mentions = self.entities.mentions.iter().map(|m| Mention { entity: m.entity as u32, span: Span::new(m.start, m.end) }).collect();
        let claims = self
            .claims
            .into_iter()
            .map(|c| DraftClaim {
                speaker: match c.speaker {
                    LocalSpeaker::Writer => Speaker::Writer,
                    LocalSpeaker::Group(g) => Speaker::Group(g),
                    LocalSpeaker::Entity(e) => Speaker::Entity(e as u32),
                },
                verb: c.verb,
                span: Span::new(c.start, c.end),
                polarity: c.polarity,
                about: c.about.into_iter().map(|e| e as u32).collect(),
            })
            .collect();
        Draft {
            source_file: source_file.to_string(),
            title: self.title,
            standfirst: self.standfirst,
            dateline: self.dateline.map(|d| d.text),
            date,
            outlet: meta.outlet.clone(),
            url: meta.url.clone(),
            author: meta.author.clone(),
            text: self.text,
            paragraphs: self.paragraphs,
            entities,
            mentions,
            claims,
        }
    }
}

/// Analyse a whole corpus into the snapshot the explorer embeds. Never
/// fails: a file that holds no article is skipped with a warning in
/// [`Snapshot::warnings`] (reading the folder is where a corpus can fail).
///
/// With the `parallel` feature the articles are analysed on every core;
/// the snapshot is byte-identical to [`analyse_sequential`]'s, because each
/// article is analysed on its own and the drafts are assembled one by one
/// in the files' order.
pub fn analyse(corpus: &Corpus) -> Snapshot {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        let g = corpus_gazetteer(corpus);
        let read = corpus.files.par_iter().map(|f| read_file(&g, corpus, f)).collect();
        assemble_all(corpus, read)
    }
    #[cfg(not(feature = "parallel"))]
    analyse_sequential(corpus)
}

/// [`analyse`] on one thread, whatever the features: the reference the
/// parallel build is tested and benchmarked against.
pub fn analyse_sequential(corpus: &Corpus) -> Snapshot {
    let g = corpus_gazetteer(corpus);
    let read = corpus.files.iter().map(|f| read_file(&g, corpus, f)).collect();
    assemble_all(corpus, read)
}

/// One file analysed: its draft (none when it holds no article) and the
/// warnings it raised, in the order the sequential loop would raise them.
struct ReadFile {
    draft: Option<Draft>,
    warnings: Vec<String>,
}

fn read_file(g: &Gazetteer, corpus: &Corpus, file: &SourceFile) -> ReadFile {
    let mut warnings = Vec::new();
    // A file with nothing left once boilerplate is gone holds no article:
    // it is skipped, and the warning says so.
    let draft = match analyse_article(g, &file.raw) {
        Ok(mut a) => {
            if a.title_from_text {
                warnings.push(format!("{}: no headline line (the first line is a whole paragraph); the title is its first words", file.name));
            }
            if !a.title.chars().any(char::is_alphanumeric) {
                warnings.push(format!("{}: the headline {:?} has no words; the file name is the title", file.name, a.title));
                a.title = file.name.trim_end_matches(".txt").to_string();
            }
            let meta = corpus.meta.get(&file.name).cloned().unwrap_or_default();
            Some(a.into_draft(&file.name, &meta))
        }
        Err(e) => {
            warnings.push(format!("{}: skipped, {e}", file.name));
            None
        }
    };
    ReadFile { draft, warnings }
}

/// The corpus-wide steps, on one thread and in the files' order: surnames
/// completed from full names, ids given, entities merged, pairs and stories.
fn assemble_all(corpus: &Corpus, read: Vec<ReadFile>) -> Snapshot {
    let mut warnings = corpus.warnings.clone();
    let mut drafts: Vec<Draft> = Vec::with_capacity(read.len());
    for r in read {
        warnings.extend(r.warnings);
        drafts.extend(r.draft);
    }
    let people = drafts.iter().flat_map(|d| d.entities.iter()).filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str());
    let full_names = person_full_names(people);
    let formal = formal_names(drafts.iter().flat_map(|d| d.entities.iter()).map(|e| e.name.as_str()));
    let mut b = Builder::new(warnings);
    for mut d in drafts {
        complete_surnames(&mut d, &full_names);
        complete_formal_names(&mut d, &formal);
        b.add(d, false);
    }
    b.sort_outlets();
    b.finish()
}
