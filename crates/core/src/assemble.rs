//! Joining analysed articles into one snapshot: corpus-wide entity and
//! article ids, affiliations, then story grouping and counterclaim pairing.
//!
//! A [`Draft`] is one article analysed on its own (local entity numbers,
//! no ids). The build turns every corpus file into a draft and assembles
//! them; the page does the same for an article its user pastes, on top of
//! the built snapshot ([`Builder::extend`]), so a pasted article is joined
//! by exactly the rules the corpus was.

use crate::date::DateInfo;
use crate::model::*;
use crate::text::{short_hash, slug};
use crate::{disputes, stories};
use serde::{Deserialize, Serialize};
use crate::text::{FastMap, FastSet};
use std::collections::HashMap;

/// One article analysed on its own. Serializable: the page's analyser
/// worker sends it to the page, and the page keeps it in the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The file it came from, or what its user called it.
    pub source_file: String,
    pub title: String,
    pub standfirst: Option<String>,
    pub dateline: Option<String>,
    pub date: Option<DateInfo>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub entities: Vec<DraftEntity>,
    /// Mentions of `entities` (by position in that list).
    pub mentions: Vec<Mention>,
    pub claims: Vec<DraftClaim>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftEntity {
    pub name: String,
    pub kind: EntityKind,
    /// The country (or body) it belongs to, by canonical name.
    pub affiliation: Option<String>,
    /// False when only a demonym was seen ("Australian reports"): it can
    /// speak or take a side but is not listed as an entity of the article.
    pub listed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftClaim {
    /// `Speaker::Entity` holds a position in [`Draft::entities`].
    pub speaker: Speaker,
    pub verb: Option<String>,
    pub span: Span,
    pub polarity: Polarity,
    /// Positions in [`Draft::entities`].
    pub about: Vec<u32>,
}

/// Builds a snapshot article by article.
pub struct Builder {
    snap: Snapshot,
    entity_ids: FastMap<String, u32>,
    /// Names already interned, so a name seen again skips its slug.
    by_name: FastMap<String, u32>,
    article_ids: FastSet<String>,
    /// (entity, affiliation name), linked once every article is in; each
    /// pair once (`proposed` remembers them), however often it is seen.
    pending: Vec<(u32, String)>,
    proposed: FastMap<u32, Vec<String>>,
}

impl Builder {
    pub fn new(warnings: Vec<String>) -> Self {
        Builder {
            snap: Snapshot { version: SNAPSHOT_VERSION, warnings, ..Default::default() },
            entity_ids: FastMap::default(),
            by_name: FastMap::default(),
            article_ids: FastSet::default(),
            pending: Vec::new(),
            proposed: FastMap::default(),
        }
    }

    /// Continue from a finished snapshot: new articles join its entities.
    pub fn extend(base: &Snapshot) -> Self {
        let snap = base.clone();
        let entity_ids = snap.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), i as u32)).collect();
        let article_ids = snap.articles.iter().map(|a| a.id.clone()).collect();
        Builder { snap, entity_ids, by_name: FastMap::default(), article_ids, pending: Vec::new(), proposed: FastMap::default() }
    }

    /// The outlet's index, added if new. (`analyse` renumbers outlets by
    /// name when it finishes.)
    pub fn outlet(&mut self, name: &str) -> u32 {
        let id = slug(name);
        if let Some(i) = self.snap.outlets.iter().position(|o| o.id == id) {
            return i as u32;
        }
        self.snap.outlets.push(Outlet { id, name: name.to_string() });
        self.snap.outlets.len() as u32 - 1
    }

    fn intern(&mut self, name: &str, kind: EntityKind, affiliation: Option<&String>) -> u32 {
        let id = match self.by_name.get(name) {
            Some(&id) => id,
            None => {
                let key = slug(name);
                let id = match self.entity_ids.get(&key) {
                    Some(&id) => id,
                    None => {
                        let id = self.snap.entities.len() as u32;
                        self.snap.entities.push(Entity { id: key.clone(), name: name.to_string(), kind, affiliation: None });
                        self.entity_ids.insert(key, id);
                        id
                    }
                };
                self.by_name.insert(name.to_string(), id);
                id
            }
        };
        // The first article that gives an affiliation sets it.
        if let Some(a) = affiliation {
            let seen = self.proposed.entry(id).or_default();
            if !seen.contains(a) {
                seen.push(a.clone());
                self.pending.push((id, a.clone()));
            }
        }
        id
    }

    /// Add an article; returns its index.
    pub fn add(&mut self, d: Draft, local: bool) -> u32 {
        // A stable id from the headline; later duplicates get -2, -3, …
        let base = {
            let s = slug(&d.title);
            if s.is_empty() { slug(d.source_file.trim_end_matches(".txt")) } else { s }
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.article_ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.article_ids.insert(id.clone());
        let article_index = self.snap.articles.len() as u32;

        let global: Vec<(u32, bool)> =
            d.entities.iter().map(|e| (self.intern(&e.name, e.kind, e.affiliation.as_ref()), e.listed)).collect();
        let listed = |e: u32| global.get(e as usize).filter(|g| g.1).map(|g| g.0);
        let mut mentions: Vec<Mention> =
            d.mentions.iter().filter_map(|m| Some(Mention { entity: listed(m.entity)?, span: m.span })).collect();
        mentions.sort_unstable_by_key(|m| (m.span.start, m.span.end, m.entity));

        let mut claim_ids: FastMap<String, u32> = FastMap::default();
        for c in &d.claims {
            let base = format!("{id}-{}", short_hash(&d.text[c.span.range()]));
            let count = claim_ids.entry(base.clone()).or_insert(0);
            *count += 1;
            let cid = if *count == 1 { base } else { format!("{base}-{count}") };
            let speaker = match &c.speaker {
                Speaker::Entity(e) => match global.get(*e as usize) {
                    Some(g) => Speaker::Entity(g.0),
                    None => Speaker::Writer,
                },
                other => other.clone(),
            };
            let mut about: Vec<u32> = c.about.iter().filter_map(|&e| listed(e)).collect();
            about.sort_unstable();
            about.dedup();
            self.snap.claims.push(Claim { id: cid, article: article_index, speaker, verb: c.verb.clone(), span: c.span, polarity: c.polarity, about });
        }
        let outlet = d.outlet.as_deref().map(|o| self.outlet(o));
        self.snap.articles.push(Article {
            id,
            source_file: d.source_file,
            title: d.title,
            standfirst: d.standfirst,
            dateline: d.dateline,
            date: d.date,
            outlet,
            url: d.url,
            author: d.author,
            text: d.text,
            paragraphs: d.paragraphs,
            mentions,
            local,
        });
        article_index
    }

    /// Renumber outlets into name order (the build's canonical order).
    pub fn sort_outlets(&mut self) {
        let mut order: Vec<u32> = (0..self.snap.outlets.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| self.snap.outlets[a as usize].name.cmp(&self.snap.outlets[b as usize].name).then(a.cmp(&b)));
        let mut new_of = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_of[old as usize] = new as u32;
        }
        self.snap.outlets = order.iter().map(|&o| self.snap.outlets[o as usize].clone()).collect();
        for a in &mut self.snap.articles {
            a.outlet = a.outlet.map(|o| new_of[o as usize]);
        }
    }

    /// Link affiliations, group stories, pair counterclaims.
    pub fn finish(mut self) -> Snapshot {
        // Affiliations name countries; make sure each exists, then link.
        for (id, name) in std::mem::take(&mut self.pending) {
            let kind = if crate::gazetteer::COUNTRIES.iter().any(|c| c.name == name) { EntityKind::Country } else { EntityKind::GovernmentBody };
            let aff = self.intern(&name, kind, None);
            if aff != id && self.snap.entities[id as usize].affiliation.is_none() {
                self.snap.entities[id as usize].affiliation = Some(aff);
            }
        }
        // Stories, then pairs.
        self.snap.stories = stories::group(&self.snap);
        let (pairs, ds) = disputes::pair(&self.snap);
        self.snap.pairs = pairs;
        self.snap.disputes = ds;
        self.snap
    }
}

/// Surname → full name, for surnames that only one person bears among
/// `names` ("Obama" → "Barack Obama"; an ambiguous surname maps to nothing).
pub fn person_full_names<'a>(names: impl Iterator<Item = &'a str>) -> HashMap<String, String> {
    unique_long_forms(names.filter_map(|name| Some((name.rsplit_once(' ')?.1, name))))
}

/// Short form → long form, for short forms that only one long form has
/// (a second, different long form makes the short one ambiguous).
fn unique_long_forms<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> HashMap<String, String> {
    let mut seen: FastMap<&str, Option<&str>> = FastMap::default();
    for (short, long) in pairs {
        seen.entry(short).and_modify(|one| *one = one.filter(|n| *n == long)).or_insert(Some(long));
    }
    seen.into_iter().filter_map(|(short, one)| Some((short.to_string(), one?.to_string()))).collect()
}

/// Words that close a body's formal name: "NSO Group", "Acme Inc.".
const FORMAL_SUFFIXES: &[&str] = &[
    "Group", "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "Corp", "Corp.", "Corporation", "Holdings", "plc", "PLC", "LLC", "Co.", "AG", "GmbH",
];

/// Short name → formal name, for bodies named with a formal suffix
/// ("NSO Group" gives "NSO" → "NSO Group"), where only one formal name has
/// that short form among `names`.
pub fn formal_names<'a>(names: impl Iterator<Item = &'a str>) -> HashMap<String, String> {
    unique_long_forms(names.filter_map(|name| {
        let (short, last) = name.rsplit_once(' ')?;
        let short = short.trim_end_matches(',');
        (FORMAL_SUFFIXES.contains(&last) && !short.is_empty()).then_some((short, name))
    }))
}

/// Give a body named by its short name ("NSO") the formal name another
/// article gives it ("NSO Group"), so both are one entity.
pub fn complete_formal_names(d: &mut Draft, formal: &HashMap<String, String>) {
    for e in &mut d.entities {
        if !matches!(e.kind, EntityKind::Person | EntityKind::Country | EntityKind::Place) {
            if let Some(f) = formal.get(&e.name) {
                e.name = f.clone();
            }
        }
    }
}

/// Give a person named by surname alone ("president Obama") the full name
/// of the one person of that surname named elsewhere.
pub fn complete_surnames(d: &mut Draft, full: &HashMap<String, String>) {
    for e in &mut d.entities {
        if e.kind == EntityKind::Person && !e.name.contains(' ') {
            if let Some(f) = full.get(&e.name) {
                e.name = f.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_name_takes_the_one_formal_name_that_ends_in_a_suffix() {
        let m = formal_names(["Vexor Group", "Vexor", "Talbot Inc.", "Corvid Holdings", "Corvid Group", "Group"].into_iter());
        assert_eq!(m.get("Vexor").map(String::as_str), Some("Vexor Group"));
        assert_eq!(m.get("Talbot").map(String::as_str), Some("Talbot Inc."));
        // Two formal names for one short name: neither is taken.
        assert_eq!(m.get("Corvid"), None);
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn a_body_named_short_in_one_article_and_formally_in_another_is_one_entity() {
        let mut c = crate::corpus::Corpus::default();
        for (name, text) in [
            ("a.txt", "Spyware maker sued\n\nVexor Group was sued by Halden Bank, which accused Vexor Group of spying on its staff.\n"),
            ("b.txt", "Spyware maker answers\n\nVexor denied that its tools were used against Halden Bank.\n"),
        ] {
            c.files.push(crate::corpus::SourceFile { name: name.to_string(), raw: text.to_string() });
            c.meta.insert(name.to_string(), crate::corpus::FileMeta::default());
        }
        let s = crate::analyse::analyse(&c);
        let vexor: Vec<&str> = s.entities.iter().filter(|e| e.name.starts_with("Vexor")).map(|e| e.name.as_str()).collect();
        assert_eq!(vexor, ["Vexor Group"]);
        let b = s.articles.iter().find(|a| a.source_file == "b.txt").unwrap();
        assert!(b.mentions.iter().any(|m| s.entities[m.entity as usize].name == "Vexor Group" && &b.text[m.span.range()] == "Vexor"));
    }
}
