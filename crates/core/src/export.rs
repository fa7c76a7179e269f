//! The export format of `eval/FORMAT.md`: what `counterpoint export` prints
//! and what the scorer reads. Built from a snapshot (or a filtered view of
//! one), so the CLI, the page's export button and the gold test share it.

use crate::model::*;
use serde::Serialize;

#[derive(Serialize)]
pub struct Export {
    pub articles: Vec<ExportArticle>,
    pub counterclaims: Vec<ExportPair>,
    pub disputes: Vec<ExportDispute>,
}

#[derive(Serialize)]
pub struct ExportArticle {
    pub id: String,
    pub source_file: String,
    pub title: String,
    pub standfirst: Option<String>,
    /// The date the text itself states (a dateline), or a stated metadata
    /// date; `null` when the date is only inferred.
    pub published: Option<String>,
    /// The best date known, at its precision, and whether it is inferred.
    pub date: Option<String>,
    pub date_inferred: bool,
    pub outlet: Option<String>,
    pub text: String,
    pub entities: Vec<ExportEntity>,
    pub claims: Vec<ExportClaim>,
}

#[derive(Serialize)]
pub struct ExportEntity {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub affiliation: Option<String>,
    pub mentions: Vec<ExportMention>,
}

#[derive(Serialize)]
pub struct ExportMention {
    pub text: String,
    pub start: u32,
    pub end: u32,
}

#[derive(Serialize)]
pub struct ExportClaim {
    pub id: String,
    pub speaker: Option<String>,
    pub verb: Option<String>,
    pub text: String,
    pub start: u32,
    pub end: u32,
    pub polarity: &'static str,
    pub about: Vec<String>,
}

#[derive(Serialize)]
pub struct ExportPair {
    pub claim: String,
    pub counter: String,
    pub dispute: String,
}

#[derive(Serialize)]
pub struct ExportDispute {
    pub id: String,
    pub topic: String,
    pub sides: [Vec<String>; 2],
    pub claims: [Vec<String>; 2],
}

/// The speaker's display name: an entity's canonical name, a group label, or
/// `None` for the writer's voice.
pub fn speaker_name(snap: &Snapshot, s: &Speaker) -> Option<String> {
    match s {
        Speaker::Writer => None,
        Speaker::Entity(e) => Some(snap.entities[*e as usize].name.clone()),
        Speaker::Group(g) => Some(g.clone()),
    }
}

/// Export the articles for which `keep(article index)` holds, their claims,
/// and the pairs and disputes among those claims.
pub fn export(snap: &Snapshot, keep: impl Fn(usize) -> bool) -> Export {
    let mut articles = Vec::new();
    for (ai, a) in snap.articles.iter().enumerate().filter(|(i, _)| keep(*i)) {
        let mut entities: Vec<ExportEntity> = Vec::new();
        let mut order: Vec<u32> = Vec::new();
        for m in &a.mentions {
            if !order.contains(&m.entity) {
                order.push(m.entity);
            }
        }
        for e in order {
            let ent = &snap.entities[e as usize];
            entities.push(ExportEntity {
                id: ent.id.clone(),
                name: ent.name.clone(),
                kind: ent.kind.as_str(),
                affiliation: ent.affiliation.map(|x| snap.entities[x as usize].name.clone()),
                mentions: a
                    .mentions
                    .iter()
                    .filter(|m| m.entity == e)
                    .map(|m| ExportMention { text: a.text[m.span.range()].to_string(), start: m.span.start, end: m.span.end })
                    .collect(),
            });
        }
        let claims = snap
            .claims
            .iter()
            .filter(|c| c.article as usize == ai)
            .map(|c| ExportClaim {
                id: c.id.clone(),
                speaker: speaker_name(snap, &c.speaker),
                verb: c.verb.clone(),
                text: a.text[c.span.range()].to_string(),
                start: c.span.start,
                end: c.span.end,
                polarity: c.polarity.as_str(),
                about: c.about.iter().map(|&e| snap.entities[e as usize].id.clone()).collect(),
            })
            .collect();
        let stated = a.date.filter(|d| !d.inferred).map(|d| d.date.iso());
        articles.push(ExportArticle {
            id: a.id.clone(),
            source_file: a.source_file.clone(),
            title: a.title.clone(),
            standfirst: a.standfirst.clone(),
            published: stated,
            date: a.date.map(|d| d.date.iso()),
            date_inferred: a.date.is_some_and(|d| d.inferred),
            outlet: a.outlet.map(|o| snap.outlets[o as usize].name.clone()),
            text: a.text.clone(),
            entities,
            claims,
        });
    }
    let kept = |c: u32| keep(snap.claims[c as usize].article as usize);
    let counterclaims = snap
        .pairs
        .iter()
        .filter(|p| kept(p.claim) && kept(p.counter))
        .map(|p| ExportPair {
            claim: snap.claims[p.claim as usize].id.clone(),
            counter: snap.claims[p.counter as usize].id.clone(),
            dispute: snap.disputes[p.dispute as usize].id.clone(),
        })
        .collect();
    let disputes = snap
        .disputes
        .iter()
        .filter(|d| d.claims.iter().flatten().any(|&c| kept(c)))
        .map(|d| ExportDispute {
            id: d.id.clone(),
            topic: d.topic.clone(),
            sides: d.sides.clone().map(|s| s.iter().map(|&e| snap.entities[e as usize].name.clone()).collect()),
            claims: d.claims.clone().map(|s| s.iter().filter(|&&c| kept(c)).map(|&c| snap.claims[c as usize].id.clone()).collect()),
        })
        .collect();
    Export { articles, counterclaims, disputes }
}
