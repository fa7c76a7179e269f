//! Parties: who speaks for whom, and whom a claim is about.
//!
//! A dispute has two sides, and a side is more than one name: a company and
//! its spokesperson, a country and its foreign minister, a ministry and the
//! government it belongs to. Two speakers are on one side when one is the
//! other, or one is affiliated with the other ([`Entity::affiliation`]).
//! Two bodies that merely share an affiliation (two companies of one
//! country, a senator and a spy agency) are not: they can and do disagree.
//! A group speaker ("Chinese state media") speaks for the country its
//! label names.

use crate::gazetteer::COUNTRIES;
use crate::model::*;
use crate::text::FastMap;

/// Whom a claim's speaker speaks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Party {
    /// A known entity.
    Entity(u32),
    /// A plain group ("Researchers"), by its claim's index: a group is a
    /// side only with itself, its label compared through [`Parties::same`].
    Group(u32),
}

/// Parties of a snapshot's claims, answered from maps built once.
pub struct Parties<'a> {
    snap: &'a Snapshot,
    /// Each claim's party (none for the writer's voice).
    pub of_claim: Vec<Option<Party>>,
}

impl<'a> Parties<'a> {
    pub fn new(snap: &'a Snapshot) -> Self {
        let demonyms = Demonyms::new(snap);
        let of_claim = snap
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| match &c.speaker {
                Speaker::Entity(e) => Some(Party::Entity(*e)),
                Speaker::Group(label) => Some(demonyms.country(label).map_or(Party::Group(i as u32), Party::Entity)),
                Speaker::Writer => None,
            })
            .collect();
        Parties { snap, of_claim }
    }

    fn affiliation(&self, e: u32) -> Option<u32> {
        self.snap.entities[e as usize].affiliation
    }

    /// Whether entity `e` is `t`'s side: `t` itself, affiliated with `t`, or
    /// the body `t` is affiliated with.
    pub fn speaks_for(&self, e: u32, t: u32) -> bool {
        e == t || self.affiliation(e) == Some(t) || self.affiliation(t) == Some(e)
    }

    /// The body a person or a state body speaks for (its affiliation): a
    /// minister answers for the country. A company is its own party, though
    /// it belongs to a country.
    pub fn voices_for(&self, e: u32) -> Option<u32> {
        let ent = &self.snap.entities[e as usize];
        matches!(ent.kind, EntityKind::Person | EntityKind::GovernmentBody).then_some(ent.affiliation).flatten()
    }

    /// Whether claim `c`'s speaker is on entity `t`'s side.
    pub fn claim_speaks_for(&self, c: usize, t: u32) -> bool {
        matches!(self.of_claim[c], Some(Party::Entity(e)) if self.speaks_for(e, t))
    }

    /// Whether two claims are on one side: the same speaker, or speakers
    /// affiliated one with the other. The writer's voice is no side.
    pub fn same(&self, a: usize, b: usize) -> bool {
        match (self.of_claim[a], self.of_claim[b]) {
            (Some(Party::Entity(x)), Some(Party::Entity(y))) => self.speaks_for(x, y),
            (Some(Party::Group(_)), Some(Party::Group(_))) => self.snap.claims[a].speaker == self.snap.claims[b].speaker,
            _ => false,
        }
    }

    /// The entity a party names, if it is one.
    pub fn entity(&self, c: usize) -> Option<u32> {
        match self.of_claim[c] {
            Some(Party::Entity(e)) => Some(e),
            _ => None,
        }
    }

    /// A party's name as a reader sees it.
    pub fn name(&self, c: usize) -> Option<String> {
        match (&self.snap.claims[c].speaker, self.of_claim[c]) {
            (_, Some(Party::Entity(e))) => Some(self.snap.entities[e as usize].name.clone()),
            (Speaker::Group(label), _) => Some(label.clone()),
            _ => None,
        }
    }
}

/// A country's name, alias or demonym → its entity, for group labels.
struct Demonyms<'a> {
    by_word: FastMap<&'static str, usize>,
    entity: FastMap<&'a str, u32>,
}

impl<'a> Demonyms<'a> {
    fn new(snap: &'a Snapshot) -> Self {
        let mut by_word: FastMap<&'static str, usize> = FastMap::default();
        for (k, c) in COUNTRIES.iter().enumerate() {
            for w in c.demonyms.iter().chain(c.aliases).chain([&c.name]) {
                by_word.entry(w).or_insert(k);
            }
        }
        let mut entity: FastMap<&str, u32> = FastMap::default();
        for (i, e) in snap.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Country) {
            entity.entry(e.name.as_str()).or_insert(i as u32);
        }
        Demonyms { by_word, entity }
    }

    /// The country a label's words name ("Chinese state media" → China).
    fn country(&self, label: &str) -> Option<u32> {
        let k = label.split_whitespace().filter_map(|w| self.by_word.get(w)).min()?;
        self.entity.get(COUNTRIES[*k].name).copied()
    }
}
