//! What the resolver knows of the article so far: the previous speaker,
//! the collectives quoted, how much each entity has been named and has
//! spoken. Pronouns and descriptions ("it", "the company") resolve here by
//! salience, since news prose keeps its protagonist as "the company" long
//! after another name has passed by.

use crate::entities::ArticleEntities;
use crate::lexicon::{is_auxiliary, is_person_description, is_title, reporting_lemma};
use crate::model::EntityKind;
use super::LocalSpeaker;

/// What the resolver knows of the article so far.
pub(super) struct History<'a> {
    pub(super) ents: &'a ArticleEntities,
    /// The article's text, headline first.
    pub(super) text: &'a str,
    pub(super) prev: Option<(LocalSpeaker, usize)>,
    /// Group speakers so far ("Chinese embassy"), for a later "the embassy".
    pub(super) groups: Vec<String>,
    /// How many claims each entity has voiced so far.
    pub(super) spoke: Vec<u32>,
    /// The party last said to have sued ("X has sued Y", "X filed a libel
    /// suit"): whose "the suit" and "the claim" speak.
    pub(super) plaintiff: Option<usize>,
    /// Each surface text the recogniser marked, with its first entity
    /// (not through a demonym): built on first use.
    pub(super) written: std::cell::OnceCell<crate::text::FastMap<String, usize>>,
}

/// Verbs by which something is handed to a party that may accept or
/// reject it.
const SUBMITTED: &[&str] = &[
    "reported", "submitted", "sent", "disclosed", "filed", "flagged", "forwarded", "presented", "escalated", "raised", "pitched",
    "handed", "delivered", "brought", "referred", "appealed", "applied", "proposed", "offered",
];

/// Nouns for a suit brought, which speaks for whoever brought it.
pub(super) fn is_suit_noun(lower: &str) -> bool {
    matches!(lower, "suit" | "lawsuit" | "claim" | "complaint")
}

/// Kinds an organisation's description ("the company", "it") can refer to.
pub(super) fn organisation(k: EntityKind) -> bool {
    !matches!(k, EntityKind::Person | EntityKind::Place | EntityKind::Event | EntityKind::Document | EntityKind::Programme)
}

impl History<'_> {
    /// The entity the article marks where it writes exactly `w` (the first
    /// so marked): one lookup, where a scan of every mention for every
    /// capitalised word grew with the square of a long article.
    pub(super) fn written_as(&self, w: &str) -> Option<usize> {
        let map = self.written.get_or_init(|| {
            let mut m: crate::text::FastMap<String, usize> = crate::text::FastMap::default();
            for x in self.ents.mentions.iter().filter(|x| !x.demonym) {
                let w = &self.text[x.start..x.end];
                if !m.contains_key(w) {
                    m.insert(w.to_string(), x.entity);
                }
            }
            m
        });
        map.get(w).copied()
    }
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

    /// The entities the article introduced with `noun` before `pos`, latest
    /// first: named right after it ("a group called Vexa", "the gang, which
    /// calls itself Vexa", "security firm
    /// Lumio", "host Ann Roy") or before it in an appositive ("Lumio, a
    /// rights group", "Nordic Rights Union (NRU), a nonprofit group"; not
    /// "…seen by Lumio, the company said", where a clause begins).
    pub(super) fn introduced_as(&self, pos: usize, noun: &str) -> Vec<usize> {
        let text = &self.text[..pos.min(self.text.len())];
        let lower = text.to_lowercase();
        if lower.len() != text.len() || noun.is_empty() {
            return Vec::new();
        }
        let bounded = |i: usize, j: usize| {
            !text[..i].ends_with(|c: char| c.is_alphanumeric() || c == '-') && !text[j..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        };
        let ms = &self.ents.mentions;
        let mut out: Vec<usize> = lower.rmatch_indices(noun).map(|(i, _)| (i, i + noun.len())).filter(|&(i, j)| bounded(i, j)).filter_map(|(i, j)| {
            let after = ms.iter().find(|m| m.start >= j && m.end <= text.len() && !m.demonym && {
                crate::lexicon::is_naming_gap(text[j..m.start].trim())
            });
            let before = || {
                ms.iter().rev().find(|m| m.end <= i && i - m.end <= 80 && !m.demonym && {
                    let gap = text[m.end..i].trim_start_matches(|c: char| c == ')' || c.is_whitespace());
                    let gap = gap.strip_prefix(',').map(str::trim_start);
                    // "a nonprofit digital rights": an article and a few
                    // lower-case modifiers, no verb.
                    gap.is_some_and(|g| {
                        let w: Vec<&str> = g.split_whitespace().collect();
                        matches!(w.first(), Some(&("a" | "an")))
                            && w.len() <= 5
                            && w[1..].iter().all(|x| x.starts_with(char::is_lowercase) && x.chars().all(|c| c.is_alphanumeric() || c == '-') && !is_auxiliary(x) && reporting_lemma(x).is_none() && *x != "that")
                    })
                })
            };
            after.or_else(before).map(|m| m.entity)
        }).collect();
        let mut seen = Vec::new();
        out.retain(|e| if seen.contains(e) { false } else { seen.push(*e); true });
        out
    }

    /// What a description headed by `noun` means, given `salient`, the
    /// entity salience alone picks: that one if the article introduced it
    /// with the noun too ("software company Lumio" … "security company
    /// Vexa" … "the company said" is still Lumio), else the latest entity
    /// introduced with the noun, else `salient`.
    pub(super) fn by_introduction(&self, pos: usize, noun: &str, salient: Option<usize>, want: impl Fn(EntityKind) -> bool) -> Option<usize> {
        let intro: Vec<usize> = self.introduced_as(pos, noun).into_iter().filter(|&e| want(self.kind(e))).collect();
        match salient {
            Some(e) if intro.contains(&e) || intro.is_empty() => Some(e),
            _ => intro.first().copied().or(salient),
        }
    }

    /// The person the article names right beside entity `q`, in one noun
    /// phrase: "Fenwick host Ann Roy", "Ohio Senator Ann Roy", "Ann Roy of
    /// Fenwick".
    pub(super) fn person_beside(&self, q: usize) -> Option<usize> {
        self.pairs_beside().find(|&(_, b)| b == q).map(|(p, _)| p)
    }

    /// The person named with `word` in a title before the name: "Ohio"
    /// in "Ohio Senator Ann Roy".
    pub(super) fn person_titled(&self, word: &str) -> Option<usize> {
        self.ents.mentions.iter().find(|m| self.kind(m.entity) == EntityKind::Person && self.text[m.start..m.end].split_whitespace().rev().skip(1).any(|w| w == word)).map(|m| m.entity)
    }

    /// (person, entity) for each entity named right beside a person, in
    /// one noun phrase ("Fenwick host Ann Roy", "Ann Roy of Fenwick").
    pub(super) fn pairs_beside(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let ms = &self.ents.mentions;
        // Only a role between them: "Fenwick senior editor Ann Roy".
        let close = |a: usize, b: usize| {
            a <= b && b - a <= 32 && {
                let gap: Vec<String> = self.text[a..b].split_whitespace().map(str::to_lowercase).collect();
                gap.len() <= 4 && gap.iter().all(|w| matches!(w.as_str(), "’s" | "'s") || is_title(w) || is_person_description(w))
            }
        };
        ms.iter().filter(|p| self.kind(p.entity) == EntityKind::Person).flat_map(move |p| {
            ms.iter()
                .filter(move |q| !q.demonym && q.entity != p.entity && (close(q.end, p.start) || p.end <= q.start && q.start - p.end <= 4 && self.text[p.end..q.start].trim() == "of"))
                .map(move |q| (p.entity, q.entity))
        })
    }

    /// The party something was last submitted to before `pos`, within
    /// the paragraph or so before it: "reported the flaw to Lumio", "sent
    /// the complaint to the regulator Vexa". Whoever received a report is
    /// who rejects it in "the report was rejected", the passive that
    /// leaves its agent unsaid.
    pub(super) fn recipient_before(&self, pos: usize) -> Option<usize> {
        let from = pos.saturating_sub(600);
        self.ents.mentions.iter().rev().filter(|m| m.end <= pos && m.start >= from && !m.demonym && self.kind(m.entity) != EntityKind::Place).find(|m| {
            let before = self.text[..m.start].trim_end();
            let before = before.strip_suffix("the").map(str::trim_end).unwrap_or(before);
            let Some(lead) = before.strip_suffix(" to") else { return false };
            // The submitting verb is in the same clause, a few words back.
            let clause: Vec<String> = lead.rsplit(['.', ';', ':', '\n']).next().unwrap_or("").split_whitespace().rev().take(8).map(str::to_lowercase).collect();
            clause.iter().any(|w| SUBMITTED.contains(&w.as_str()))
        }).map(|m| m.entity)
    }

    /// Did entity `e`, at its last mention before `pos`, go on to speak of
    /// "the `noun`" as a third party ("Lumio revealed that the researcher
    /// found …")? Then a later "the researcher" is not `e`.
    pub(super) fn spoke_of_another(&self, e: usize, pos: usize, noun: &str) -> bool {
        let Some(last) = self.ents.mentions.iter().filter(|m| m.entity == e && m.end <= pos).max_by_key(|m| m.end) else { return false };
        let between = self.text[last.end..pos.min(self.text.len())].to_lowercase();
        between.match_indices(noun).any(|(i, _)| {
            let before = between[..i].trim_end();
            let after = &between[i + noun.len()..];
            before.ends_with(" the") && !after.starts_with(|c: char| c.is_alphanumeric())
        })
    }

    /// The attackers a description ("the gang", "cybercriminals") at `pos`
    /// means: a threat actor, or a name the article follows with a noun of
    /// attackers ("the Vexa ransomware gang", "Vexa, a hacking group"),
    /// the latest before `pos`, else the first in the next paragraph or so
    /// (a lead describes, then names).
    pub(super) fn attackers_near(&self, pos: usize) -> Option<usize> {
        let lower = self.text.to_lowercase();
        if lower.len() != self.text.len() {
            return None;
        }
        let attackers = |m: &&crate::entities::LocalMention| {
            if m.demonym {
                return false;
            }
            if self.kind(m.entity) == EntityKind::ThreatActor {
                return true;
            }
            // Up to two lower-case modifiers, then the noun: "ransomware gang".
            let after: Vec<&str> = lower[m.end..].split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).take(4).collect();
            let gap = self.text[m.end..].trim_start_matches([',', ' ']).trim_start_matches("a ").trim_start_matches("an ");
            let plain = !gap.starts_with(|c: char| c.is_uppercase());
            // "the gang, which calls itself Vexa": named by the noun before.
            let start = (m.start.saturating_sub(48)..m.start).find(|&k| self.text.is_char_boundary(k)).unwrap_or(m.start);
            let before = &lower[start..m.start];
            let introduced = ["gang", "group", "hackers", "crew", "cartel", "actor"].iter().any(|n| {
                before.rfind(n).is_some_and(|i| {
                    let bounded = !before[..i].ends_with(|c: char| c.is_alphanumeric());
                    bounded && crate::lexicon::is_naming_gap(before[i + n.len()..].trim()) && !before[i + n.len()..].trim().is_empty()
                })
            });
            introduced
                || plain && (0..3).any(|k| after.get(k).is_some_and(|w| matches!(*w, "gang" | "group" | "hackers" | "crew" | "cartel")) && after[..k].iter().all(|w| !matches!(*w, "of" | "and" | "the" | "said" | "says")))
                && !after.windows(2).any(|w| matches!(w[0], "group" | "gang") && w[1] == "of")
        };
        let ms = &self.ents.mentions;
        ms.iter().rev().filter(|m| m.end <= pos).find(attackers).or_else(|| ms.iter().filter(|m| m.start >= pos && m.start < pos + 800).find(attackers)).map(|m| m.entity)
    }

    /// "A spokesman for the agency confirmed … He declined to say …": the
    /// body that spoke last spoke through someone unnamed, written since the
    /// last person named (looked for in the few hundred bytes before `pos`).
    fn spoke_through_spokesperson(&self, e: usize, pos: usize) -> bool {
        if matches!(self.kind(e), EntityKind::Country | EntityKind::Place) {
            return false;
        }
        let person_end = self.ents.mentions.iter().filter(|m| m.end <= pos && self.kind(m.entity) == EntityKind::Person).map(|m| m.end).max().unwrap_or(0);
        let mut from = person_end.max(pos.saturating_sub(400));
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let window = &self.text[from..pos.min(self.text.len())];
        ["spokesman", "spokeswoman", "spokesperson"].iter().any(|w| window.contains(w))
    }

    pub(super) fn pronoun(&self, p: &str, pos: usize) -> Option<LocalSpeaker> {
        match p {
            "he" | "she" | "him" | "her" => {
                if let Some((LocalSpeaker::Entity(e), _)) = &self.prev {
                    if self.kind(*e) == EntityKind::Person || self.spoke_through_spokesperson(*e, pos) {
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

