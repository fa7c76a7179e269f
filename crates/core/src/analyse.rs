//! The pipeline: a [`Corpus`] read from disk → a [`Snapshot`]. Ingest each
//! article, find its sentences, entities and claims, merge entities across
//! articles by canonical name, give everything its stable id, then pair
//! counterclaims into disputes.

use crate::claims::{self, LocalSpeaker};
use crate::corpus::Corpus;
use crate::date::DateInfo;
use crate::entities::{recognise, ExtraEntry, Gazetteer};
use crate::ingest::{ingest, IngestError};
use crate::model::*;
use crate::text::{short_hash, slug};
use crate::tokens::sentences;
use crate::{disputes, model};
use std::collections::{BTreeMap, HashMap};

/// The gazetteer of a corpus: the base list, the corpus's `entities.toml`,
/// and its outlets as news organisations.
pub fn corpus_gazetteer(corpus: &Corpus) -> Gazetteer {
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
    Gazetteer::base(&extra)
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
    let ents = recognise(g, &text, &sents);
    let cls = claims::extract(&text, &sents, &ents);
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

/// Surname → full name, for surnames that only one person in the corpus
/// bears ("Obama" → "Barack Obama"; an ambiguous surname maps to nothing).
fn person_full_names<'a>(analyses: impl Iterator<Item = &'a ArticleAnalysis>) -> HashMap<String, String> {
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for a in analyses {
        for e in &a.entities.entities {
            if e.kind == EntityKind::Person {
                if let Some(last) = e.name.rsplit(' ').next().filter(|_| e.name.contains(' ')) {
                    let names = seen.entry(last.to_string()).or_default();
                    if !names.contains(&e.name) {
                        names.push(e.name.clone());
                    }
                }
            }
        }
    }
    seen.into_iter().filter(|(_, v)| v.len() == 1).map(|(k, mut v)| (k, v.remove(0))).collect()
}

/// Analyse a whole corpus into the snapshot the explorer embeds. Never
/// fails: a file that holds no article is skipped with a warning in
/// [`Snapshot::warnings`] (reading the folder is where a corpus can fail).
pub fn analyse(corpus: &Corpus) -> Snapshot {
    let g = corpus_gazetteer(corpus);
    let mut snap = Snapshot { version: model::SNAPSHOT_VERSION, warnings: corpus.warnings.clone(), ..Default::default() };
    let mut entity_ids: HashMap<String, u32> = HashMap::new();
    let mut pending_affiliation: Vec<(u32, String)> = Vec::new();
    let mut outlet_ids: BTreeMap<String, u32> = BTreeMap::new();
    let mut article_ids: HashMap<String, u32> = HashMap::new();

    let mut intern = |snap: &mut Snapshot, name: &str, kind: EntityKind, aff: Option<&String>, pending: &mut Vec<(u32, String)>| -> u32 {
        let key = slug(name);
        if let Some(&id) = entity_ids.get(&key) {
            // The first article that gives an affiliation sets it.
            if let Some(a) = aff {
                pending.push((id, a.clone()));
            }
            return id;
        }
        let id = snap.entities.len() as u32;
        snap.entities.push(Entity { id: key.clone(), name: name.to_string(), kind, affiliation: None });
        if let Some(a) = aff {
            pending.push((id, a.clone()));
        }
        entity_ids.insert(key, id);
        id
    };

    // A file with nothing left once boilerplate is gone holds no article:
    // it is skipped, and the warning says so.
    let mut kept: Vec<(&crate::corpus::SourceFile, ArticleAnalysis)> = Vec::with_capacity(corpus.files.len());
    for file in &corpus.files {
        match analyse_article(&g, &file.raw) {
            Ok(mut a) => {
                if a.title_from_text {
                    snap.warnings.push(format!("{}: no headline line (the first line is a whole paragraph); the title is its first words", file.name));
                }
                if !a.title.chars().any(char::is_alphanumeric) {
                    snap.warnings.push(format!("{}: the headline {:?} has no words; the file name is the title", file.name, a.title));
                    a.title = file.name.trim_end_matches(".txt").to_string();
                }
                kept.push((file, a));
            }
            Err(e) => snap.warnings.push(format!("{}: skipped, {e}", file.name)),
        }
    }
    let full_names = person_full_names(kept.iter().map(|(_, a)| a));

    for (file, mut analysis) in kept {
        // A person named by surname alone here ("president Obama") is the
        // one person of that surname named in full elsewhere in the corpus.
        for e in &mut analysis.entities.entities {
            if e.kind == EntityKind::Person && !e.name.contains(' ') {
                if let Some(full) = full_names.get(&e.name) {
                    e.name = full.clone();
                }
            }
        }
        let meta = corpus.meta.get(&file.name).cloned().unwrap_or_default();
        let date: Option<DateInfo> = match analysis.dateline.as_ref().and_then(|d| d.date) {
            Some(d) => Some(DateInfo { date: d, inferred: false }),
            None => meta.date().ok().flatten(),
        };
        let outlet = meta.outlet.as_ref().map(|o| {
            let next = outlet_ids.len() as u32;
            *outlet_ids.entry(o.clone()).or_insert(next)
        });
        // A stable id from the headline; later duplicates get -2, -3, …
        let base = {
            let s = slug(&analysis.title);
            if s.is_empty() { slug(file.name.trim_end_matches(".txt")) } else { s }
        };
        let mut id = base.clone();
        let mut n = 2;
        while article_ids.contains_key(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let article_index = snap.articles.len() as u32;
        article_ids.insert(id.clone(), article_index);

        let local = &analysis.entities;
        let global: Vec<Option<u32>> = local
            .entities
            .iter()
            .map(|e| {
                let aff = e.affiliation.as_ref().or(e.metonym_for.as_ref());
                let gid = intern(&mut snap, &e.name, e.kind, aff, &mut pending_affiliation);
                (!e.demonym_only).then_some(gid)
            })
            .collect();
        let mut mentions: Vec<Mention> = local
            .mentions
            .iter()
            .filter_map(|m| Some(Mention { entity: global[m.entity]?, span: Span::new(m.start, m.end) }))
            .collect();
        mentions.sort_by_key(|m| (m.span.start, m.span.end));

        let mut claim_ids: HashMap<String, u32> = HashMap::new();
        for c in &analysis.claims {
            let span_text = &analysis.text[c.start..c.end];
            let base = format!("{id}-{}", short_hash(span_text));
            let count = claim_ids.entry(base.clone()).or_insert(0);
            *count += 1;
            let cid = if *count == 1 { base } else { format!("{base}-{count}") };
            let speaker = match &c.speaker {
                LocalSpeaker::Writer => Speaker::Writer,
                LocalSpeaker::Group(g) => Speaker::Group(g.clone()),
                LocalSpeaker::Entity(e) => {
                    let le = &local.entities[*e];
                    let aff = le.affiliation.as_ref().or(le.metonym_for.as_ref());
                    Speaker::Entity(intern(&mut snap, &le.name, le.kind, aff, &mut pending_affiliation))
                }
            };
            let mut about: Vec<u32> = c.about.iter().filter_map(|&e| global[e]).collect();
            about.sort_unstable();
            about.dedup();
            snap.claims.push(Claim {
                id: cid,
                article: article_index,
                speaker,
                verb: c.verb.clone(),
                span: Span::new(c.start, c.end),
                polarity: c.polarity,
                about,
            });
        }
        snap.articles.push(Article {
            id,
            source_file: file.name.clone(),
            title: analysis.title,
            standfirst: analysis.standfirst,
            dateline: analysis.dateline.map(|d| d.text),
            date,
            outlet,
            url: meta.url,
            author: meta.author,
            text: analysis.text,
            paragraphs: analysis.paragraphs,
            mentions,
        });
    }
    // Affiliations name countries; make sure each exists, then link.
    for (id, name) in pending_affiliation {
        let kind = if crate::gazetteer::COUNTRIES.iter().any(|c| c.name == name) { EntityKind::Country } else { EntityKind::GovernmentBody };
        let aff = intern(&mut snap, &name, kind, None, &mut Vec::new());
        if aff != id && snap.entities[id as usize].affiliation.is_none() {
            snap.entities[id as usize].affiliation = Some(aff);
        }
    }
    snap.outlets = outlet_ids.keys().map(|name| Outlet { id: slug(name), name: name.clone() }).collect();
    // BTreeMap iterates by name: renumber outlets into that order.
    let order: HashMap<u32, u32> = outlet_ids.values().enumerate().map(|(i, &old)| (old, i as u32)).collect();
    for a in &mut snap.articles {
        a.outlet = a.outlet.map(|o| order[&o]);
    }
    let (pairs, ds) = disputes::pair(&snap);
    snap.pairs = pairs;
    snap.disputes = ds;
    snap
}
