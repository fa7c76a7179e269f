//! The snapshot: everything the explorer shows, computed once at build time
//! and embedded in the page. Indices (`u32`) point into the snapshot's own
//! tables; string ids (`id`) are the stable slugs used in URLs.

use crate::date::DateInfo;
use serde::{Deserialize, Serialize};

/// Bumped whenever the layout below changes, so a stale embedded snapshot is
/// refused with a clear message instead of decoding into nonsense.
pub const SNAPSHOT_VERSION: u32 = 2;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub version: u32,
    pub articles: Vec<Article>,
    pub outlets: Vec<Outlet>,
    pub entities: Vec<Entity>,
    pub claims: Vec<Claim>,
    pub pairs: Vec<Pair>,
    pub disputes: Vec<Dispute>,
    /// Articles that report one event, grouped (see `stories`).
    pub stories: Vec<Story>,
    /// Problems found in the corpus that did not stop the build.
    pub warnings: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outlet {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub source_file: String,
    pub title: String,
    pub standfirst: Option<String>,
    pub dateline: Option<String>,
    pub date: Option<DateInfo>,
    /// Index into [`Snapshot::outlets`].
    pub outlet: Option<u32>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// The cleaned text all offsets index into (see `ingest::Ingested::text`).
    pub text: String,
    /// Byte spans of the paragraphs in `text`.
    pub paragraphs: Vec<Span>,
    pub mentions: Vec<Mention>,
    /// Added in this browser by its user, not part of the built corpus.
    pub local: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start: start as u32, end: end as u32 }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    Person,
    Country,
    Place,
    GovernmentBody,
    Company,
    Media,
    ThreatActor,
    Programme,
    Event,
    Document,
}

impl EntityKind {
    pub const ALL: [EntityKind; 10] = [
        EntityKind::Person,
        EntityKind::Country,
        EntityKind::Place,
        EntityKind::GovernmentBody,
        EntityKind::Company,
        EntityKind::Media,
        EntityKind::ThreatActor,
        EntityKind::Programme,
        EntityKind::Event,
        EntityKind::Document,
    ];

    /// The kind's name in the export format and in `entities.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
            EntityKind::GovernmentBody => "government-body",
            EntityKind::Company => "company",
            EntityKind::Media => "media",
            EntityKind::ThreatActor => "threat-actor",
            EntityKind::Programme => "programme",
            EntityKind::Event => "event",
            EntityKind::Document => "document",
        }
    }

    /// Plural heading for a group of chips.
    pub fn heading(self) -> &'static str {
        match self {
            EntityKind::Person => "People",
            EntityKind::Country => "Countries",
            EntityKind::Place => "Places",
            EntityKind::GovernmentBody => "Government bodies",
            EntityKind::Company => "Companies",
            EntityKind::Media => "Media",
            EntityKind::ThreatActor => "Threat actors",
            EntityKind::Programme => "Programmes",
            EntityKind::Event => "Events",
            EntityKind::Document => "Documents",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Index of the entity (usually a country) this one belongs to.
    pub affiliation: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    pub entity: u32,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Polarity {
    Assert,
    Deny,
    Accuse,
    Agree,
    Other,
}

impl Polarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Assert => "assert",
            Polarity::Deny => "deny",
            Polarity::Accuse => "accuse",
            Polarity::Agree => "agree",
            Polarity::Other => "other",
        }
    }
    /// The badge a reader sees.
    pub fn badge(self) -> &'static str {
        match self {
            Polarity::Assert => "asserts",
            Polarity::Deny => "denies",
            Polarity::Accuse => "accuses",
            Polarity::Agree => "agrees",
            Polarity::Other => "other",
        }
    }
}

/// Who a claim is attributed to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Speaker {
    /// The writer's own voice.
    Writer,
    /// A known entity (index into [`Snapshot::entities`]).
    Entity(u32),
    /// A plain noun phrase: "Officials", "Commentators".
    Group(String),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub article: u32,
    pub speaker: Speaker,
    pub verb: Option<String>,
    pub span: Span,
    pub polarity: Polarity,
    /// Entities the claim is about (mentioned in it, speaker excluded).
    pub about: Vec<u32>,
}

/// Two claims that dispute each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair {
    pub claim: u32,
    pub counter: u32,
    pub dispute: u32,
}

/// A question with two sides: pairs grouped by topic and camps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dispute {
    pub id: String,
    pub topic: String,
    /// Entities speaking on each side.
    pub sides: [Vec<u32>; 2],
    /// Claims on side 0 and side 1, in time order.
    pub claims: [Vec<u32>; 2],
}

/// Accounts of one event by several outlets, in date order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub articles: Vec<u32>,
}

impl Snapshot {
    /// Every index points into its table and every span into its text, on
    /// character boundaries: what the views rely on to index without
    /// checking. The built snapshot holds by construction; a snapshot
    /// rebuilt from data kept in a browser is checked before it is shown.
    pub fn check(&self) -> Result<(), String> {
        let (ne, na, nc, nd, no) = (self.entities.len(), self.articles.len(), self.claims.len(), self.disputes.len(), self.outlets.len());
        let span_ok = |text: &str, s: Span| s.start <= s.end && text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize) && (s.end as usize) <= text.len();
        for (i, e) in self.entities.iter().enumerate() {
            if e.affiliation.is_some_and(|a| a as usize >= ne) {
                return Err(format!("entity {i}: affiliation out of range"));
            }
        }
        for (i, a) in self.articles.iter().enumerate() {
            if a.outlet.is_some_and(|o| o as usize >= no) {
                return Err(format!("article {i}: outlet out of range"));
            }
            if !a.paragraphs.iter().all(|&p| span_ok(&a.text, p)) {
                return Err(format!("article {i}: a paragraph outside its text"));
            }
            if !a.mentions.iter().all(|m| (m.entity as usize) < ne && span_ok(&a.text, m.span)) {
                return Err(format!("article {i}: a mention out of range"));
            }
        }
        for (i, c) in self.claims.iter().enumerate() {
            let Some(a) = self.articles.get(c.article as usize) else { return Err(format!("claim {i}: article out of range")) };
            let speaker_ok = match c.speaker {
                Speaker::Entity(e) => (e as usize) < ne,
                _ => true,
            };
            if !span_ok(&a.text, c.span) || !speaker_ok || c.about.iter().any(|&e| e as usize >= ne) {
                return Err(format!("claim {i}: out of range"));
            }
        }
        if self.pairs.iter().any(|p| p.claim as usize >= nc || p.counter as usize >= nc || p.dispute as usize >= nd) {
            return Err("a counterclaim pair out of range".into());
        }
        for d in &self.disputes {
            if d.sides.iter().flatten().any(|&e| e as usize >= ne) || d.claims.iter().flatten().any(|&c| c as usize >= nc) {
                return Err(format!("dispute {}: out of range", d.id));
            }
        }
        if self.stories.iter().flat_map(|s| &s.articles).any(|&a| a as usize >= na) {
            return Err("a story out of range".into());
        }
        Ok(())
    }
}
