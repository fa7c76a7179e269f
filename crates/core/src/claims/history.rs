//! What the resolver knows of the article so far: the previous speaker,
//! the collectives quoted, how much each entity has been named and has
//! spoken. Pronouns and descriptions ("it", "the company") resolve here by
//! salience, since news prose keeps its protagonist as "the company" long
//! after another name has passed by.

use crate::entities::ArticleEntities;
use crate::model::EntityKind;
use super::LocalSpeaker;

/// What the resolver knows of the article so far.
pub(super) struct History<'a> {
    pub(super) ents: &'a ArticleEntities,
    pub(super) prev: Option<(LocalSpeaker, usize)>,
    /// Group speakers so far ("Chinese embassy"), for a later "the embassy".
    pub(super) groups: Vec<String>,
    /// How many claims each entity has voiced so far.
    pub(super) spoke: Vec<u32>,
}

/// Kinds an organisation's description ("the company", "it") can refer to.
pub(super) fn organisation(k: EntityKind) -> bool {
    !matches!(k, EntityKind::Person | EntityKind::Place | EntityKind::Event | EntityKind::Document | EntityKind::Programme)
}

impl History<'_> {
    pub(super) fn kind(&self, e: usize) -> EntityKind {
        self.ents.entities[e].kind
    }

    pub(super) fn last_mention_before(&self, pos: usize, want: impl Fn(EntityKind) -> bool) -> Option<usize> {
        self.ents
            .mentions
            .iter()
            .filter(|m| m.end <= pos && !m.demonym && want(self.kind(m.entity)))
            .max_by_key(|m| m.start)
            .map(|m| m.entity)
    }

    /// The entity a description or pronoun most likely means: the previous
    /// speaker when it fits, else the fitting entity the article has made
    /// most of so far (each mention counts one, each claim it voiced three),
    /// the most recent on a tie. News prose keeps its protagonist as "the
    /// company" or "it" long after another name has passed by.
    pub(super) fn salient(&self, pos: usize, want: impl Fn(EntityKind) -> bool) -> Option<usize> {
        if let Some((LocalSpeaker::Entity(e), _)) = &self.prev {
            if want(self.kind(*e)) {
                return Some(*e);
            }
        }
        self.most_made_of(pos, |_, k| want(k))
    }

    /// The entity (passing `want`, given its index and kind) the article
    /// has made most of before `pos`: each mention counts one, each claim
    /// it voiced three; the most recent on a tie.
    pub(super) fn most_made_of(&self, pos: usize, want: impl Fn(usize, EntityKind) -> bool) -> Option<usize> {
        let mut score: Vec<(u32, usize)> = vec![(0, 0); self.ents.entities.len()];
        for m in self.ents.mentions.iter().filter(|m| m.end <= pos && !m.demonym) {
            let s = &mut score[m.entity];
            s.0 += 1;
            s.1 = s.1.max(m.start + 1);
        }
        (0..score.len())
            .filter(|&e| score[e].1 > 0 && want(e, self.kind(e)))
            .max_by_key(|&e| (score[e].0 + 3 * self.spoke.get(e).copied().unwrap_or(0), score[e].1))
    }

    /// The first fitting entity named after `pos`, in the next two
    /// paragraphs' worth of text.
    pub(super) fn next_named(&self, pos: usize, want: impl Fn(EntityKind) -> bool) -> Option<usize> {
        self.ents.mentions.iter().filter(|m| m.start >= pos && m.start < pos + 1200 && !m.demonym && want(self.kind(m.entity))).min_by_key(|m| m.start).map(|m| m.entity)
    }

    pub(super) fn pronoun(&self, p: &str, pos: usize) -> Option<LocalSpeaker> {
        match p {
            "he" | "she" | "him" | "her" => {
                if let Some((LocalSpeaker::Entity(e), _)) = &self.prev {
                    if self.kind(*e) == EntityKind::Person {
                        return Some(LocalSpeaker::Entity(*e));
                    }
                }
                self.last_mention_before(pos, |k| k == EntityKind::Person).map(LocalSpeaker::Entity).or_else(|| {
                    // A person the recogniser could not type is still the
                    // likeliest "he" when they spoke last.
                    match &self.prev {
                        Some((sp @ LocalSpeaker::Entity(e), _)) if !matches!(self.kind(*e), EntityKind::Country | EntityKind::Place) => Some(sp.clone()),
                        _ => None,
                    }
                })
            }
            "it" => self.salient(pos, organisation).map(LocalSpeaker::Entity),
            "they" | "we" => self.prev.as_ref().map(|(s, _)| s.clone()),
            _ => None,
        }
    }
}
