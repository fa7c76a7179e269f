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
//!
//! A person speaks for the organisation news prose ties them to where it
//! introduces them ([`employers`]): an appositive with a role ("Dana Roe,
//! Acme's vice president", "Dana Roe, CEO of Acme"), a role before the name
//! ("Acme founder and CEO Dana Roe"), "Dana Roe of Acme", or a role at the
//! organisation standing as the subject of the person's claim ("The chief
//! executive of Acme has rejected…", named in the next sentence). So the
//! executive's denial is the company's answer, and a company is never
//! paired with its own executive. A staff group the prose gives to an
//! organisation ("Acme's security team") speaks for it as well.

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
    /// The organisation each person speaks for, read from the articles.
    employer: Vec<Option<u32>>,
    /// Each entity, or the organisation it names without its corporate
    /// suffix ("Acme Group" is "Acme").
    canon: Vec<u32>,
}

impl<'a> Parties<'a> {
    pub fn new(snap: &'a Snapshot) -> Self {
        let demonyms = Demonyms::new(snap);
        // A label's owner is read once per article: an article quoting
        // "officials" a thousand times searches its text once.
        let mut owners: FastMap<(u32, &str), Option<u32>> = FastMap::default();
        let of_claim = snap
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| match &c.speaker {
                Speaker::Entity(e) => Some(Party::Entity(*e)),
                Speaker::Group(label) => {
                    let mut owner = || *owners.entry((c.article, label.as_str())).or_insert_with(|| staff_owner(snap, &snap.articles[c.article as usize], label));
                    Some(demonyms.country(label).or_else(&mut owner).map_or(Party::Group(i as u32), Party::Entity))
                }
                Speaker::Writer => None,
            })
            .collect();
        Parties { snap, of_claim, employer: employers(snap), canon: canon(snap) }
    }

    /// Whom `e` belongs to: its employer, else its affiliation.
    fn affiliation(&self, e: u32) -> Option<u32> {
        self.employer[e as usize].or(self.snap.entities[e as usize].affiliation).map(|a| self.canon[a as usize])
    }

    /// Whether entity `e` is `t`'s side: `t` itself, affiliated with `t`, or
    /// the body `t` is affiliated with.
    pub fn speaks_for(&self, e: u32, t: u32) -> bool {
        let (ce, ct) = (self.canon[e as usize], self.canon[t as usize]);
        ce == ct || self.affiliation(e) == Some(ct) || self.affiliation(t) == Some(ce)
    }

    /// The body a person or a state body speaks for (its affiliation): a
    /// minister answers for the country. A company is its own party, though
    /// it belongs to a country.
    pub fn voices_for(&self, e: u32) -> Option<u32> {
        let ent = &self.snap.entities[e as usize];
        matches!(ent.kind, EntityKind::Person | EntityKind::GovernmentBody).then(|| self.affiliation(e)).flatten()
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

/// Words naming a post in an organisation ("vice president", "CEO").
const ROLES: &[&str] = &[
    "ceo", "cto", "cfo", "coo", "ciso", "cso", "founder", "co-founder", "cofounder", "chief", "president",
    "vice", "vp", "svp", "evp", "head", "director", "spokesperson", "spokesman", "spokeswoman",
    "representative", "executive", "officer", "manager", "chairman", "chairwoman", "chair", "engineer",
    "researcher", "analyst", "counsel", "lawyer", "attorney", "secretary", "minister", "official",
    "owner", "boss", "leader", "partner", "commissioner", "administrator", "deputy", "principal",
];
/// Last words of a company's full name that a story drops ("Acme Group"
/// is "Acme" on second mention).
const CORPORATE: &[&str] = &[
    "group", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "corporation", "company", "co.", "plc", "llc",
    "limited", "holdings", "technologies", "networks", "labs",
];

/// Each entity's canonical entity: an organisation named as another one
/// plus a corporate suffix is that one.
fn canon(snap: &Snapshot) -> Vec<u32> {
    let mut by_name: FastMap<&str, u32> = FastMap::default();
    for (i, e) in snap.entities.iter().enumerate().filter(|(i, _)| is_org(snap, *i as u32)) {
        by_name.entry(e.name.as_str()).or_insert(i as u32);
    }
    (0..snap.entities.len() as u32)
        .map(|i| {
            let name = &snap.entities[i as usize].name;
            let short = name.rsplit_once(' ').filter(|(_, last)| CORPORATE.contains(&last.to_lowercase().as_str()));
            match short.and_then(|(head, _)| by_name.get(head)) {
                Some(&h) if is_org(snap, i) => h,
                _ => i,
            }
        })
        .collect()
}

/// Bytes an appositive may run to find the organisation it names.
const APPOSITIVE_REACH: usize = 80;
/// Words a role before a name may take ("Acme senior vice president of
/// sales Dana Roe").
const ROLE_WORDS: usize = 6;

fn is_role(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-').to_lowercase();
    ROLES.contains(&w.as_str())
}

fn is_org(snap: &Snapshot, e: u32) -> bool {
    matches!(snap.entities[e as usize].kind, EntityKind::Company | EntityKind::GovernmentBody | EntityKind::Media | EntityKind::ThreatActor)
}

/// The organisation each person speaks for: the first one an article ties
/// them to, by an appositive with a role ("Dana Roe, Acme's vice
/// president"; "Dana Roe, CEO of Acme"), a role before the name ("Acme
/// founder and CEO Dana Roe") or "Dana Roe of Acme". A former post speaks
/// for nobody.
fn employers(snap: &Snapshot) -> Vec<Option<u32>> {
    let mut employer: Vec<Option<u32>> = vec![None; snap.entities.len()];
    for a in &snap.articles {
        let mut ms: Vec<Mention> = a.mentions.clone();
        ms.sort_unstable_by_key(|m| (m.span.start, m.span.end));
        for (k, m) in ms.iter().enumerate() {
            let e = m.entity as usize;
            if snap.entities[e].kind != EntityKind::Person || employer[e].is_some() {
                continue;
            }
            let after = ms[k + 1..].iter().find(|n| n.span.start >= m.span.end && is_org(snap, n.entity));
            let before = ms[..k].iter().rev().find(|n| n.span.end <= m.span.start && is_org(snap, n.entity));
            employer[e] = after.filter(|n| ties_after(&a.text, m.span, n.span)).or(before.filter(|n| ties_before(&a.text, n.span, m.span))).map(|n| n.entity);
        }
    }
    // "The chief executive of Acme has rejected…", then "Dana Roe said…":
    // a claim whose subject is a role at an organisation is its speaker's
    // (as the claims stage read it), who holds that role.
    for c in &snap.claims {
        let Speaker::Entity(p) = c.speaker else { continue };
        let p = p as usize;
        if snap.entities[p].kind != EntityKind::Person || employer[p].is_some() {
            continue;
        }
        let a = &snap.articles[c.article as usize];
        let text = &a.text[c.span.range()];
        let within = |m: &&Mention| m.span.start >= c.span.start && m.span.end <= c.span.end;
        employer[p] = a
            .mentions
            .iter()
            .filter(within)
            .filter(|m| is_org(snap, m.entity))
            .find(|m| role_subject(text, (m.span.start - c.span.start) as usize, (m.span.end - c.span.start) as usize))
            .map(|m| m.entity);
    }
    employer
}

/// Words that qualify a post without being one ("managing director",
/// "senior vice president"); "former" is not among them, as a former post
/// speaks for nobody.
const ROLE_MODIFIERS: &[&str] = &["senior", "managing", "general", "acting", "interim", "lead", "global", "regional", "national"];

/// Whether a claim opens with a role at the organisation named at
/// `start..end` of its text, as its subject: "The chief executive of
/// Acme has…", "Acme's head of security said…". A name in the role
/// ("The lawyer of Dana Roe") or anything but role words before "of" is
/// no such subject.
fn role_subject(text: &str, start: usize, end: usize) -> bool {
    let role = |words: &[&str]| {
        (1..=ROLE_WORDS).contains(&words.len())
            && words.iter().any(|w| is_role(w))
            && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
    };
    if let Some(head) = text[..start].strip_suffix(" of ") {
        let words: Vec<&str> = head.split_whitespace().collect();
        let determiner = words.first().is_some_and(|w| ["the", "a", "an"].iter().any(|d| w.eq_ignore_ascii_case(d)));
        // Before any inner "of", only the post ("managing director");
        // after it, its field ("head of security").
        let post = words.iter().skip(1).take_while(|w| **w != "of").all(|w| is_role(w) || ROLE_MODIFIERS.contains(w));
        return determiner && post && role(&words[1..]);
    }
    let tail = &text[end..];
    let Some(tail) = tail.strip_prefix("'s ").or_else(|| tail.strip_prefix("’s ")) else { return false };
    let opens = text[..start].trim().is_empty() || text[..start].trim().eq_ignore_ascii_case("the");
    let words: Vec<&str> = tail.split_whitespace().take_while(|w| is_role(w) || *w == "of").collect();
    opens && role(&words)
}

/// "Dana Roe, Acme's vice president" / "Dana Roe, CEO of Acme" / "Dana
/// Roe of Acme": what follows the person ties them to the organisation.
fn ties_after(text: &str, person: Span, org: Span) -> bool {
    let Some(gap) = text.get(person.end as usize..org.start as usize) else { return false };
    if gap == " of " || gap == " at " {
        return true;
    }
    let Some(rest) = gap.strip_prefix(", ") else { return false };
    if org.end as usize - person.end as usize > APPOSITIVE_REACH || rest.contains(|c: char| ",.;:()\"“”\n".contains(c)) {
        return false;
    }
    // The role is in the appositive, before or just after the name.
    let tail = &text[org.end as usize..];
    let tail = tail.strip_prefix("'s").or_else(|| tail.strip_prefix("’s")).unwrap_or(tail);
    let tail: Vec<&str> = tail.split_whitespace().take(3).take_while(|w| !w.starts_with(|c: char| !c.is_alphanumeric())).collect();
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.iter().any(|w| w.eq_ignore_ascii_case("former")) && words.iter().chain(&tail).any(|w| is_role(w))
}

/// "Acme founder and CEO Dana Roe" / "Acme's head of sales Dana Roe": a
/// role between the organisation and the person, and nothing else but
/// words of the role.
fn ties_before(text: &str, org: Span, person: Span) -> bool {
    let Some(gap) = text.get(org.end as usize..person.start as usize) else { return false };
    let (possessive, gap) = match gap.strip_prefix("'s").or_else(|| gap.strip_prefix("’s")) {
        Some(g) => (true, g),
        None => (false, gap),
    };
    let words: Vec<&str> = gap.split_whitespace().collect();
    let plain = gap.starts_with(' ') && gap.ends_with(' ') && !gap.contains(|c: char| ",.;:()\"“”\n".contains(c));
    let titled = |w: &&&str| is_role(w) || w.starts_with(char::is_uppercase);
    plain && (1..=ROLE_WORDS).contains(&words.len()) && words.iter().any(|w| is_role(w)) && (possessive || words.first().is_some_and(|w| titled(&w)) && words.last().is_some_and(|w| titled(&w)))
}

/// The organisation a staff group belongs to where its article gives it
/// one: "Acme's security team" for the label "security team".
fn staff_owner(snap: &Snapshot, a: &Article, label: &str) -> Option<u32> {
    let staff = label.split_whitespace().last().is_some_and(|w| crate::lexicon::is_staff_noun(&w.to_lowercase()));
    if !staff {
        return None;
    }
    a.text.match_indices(label).find_map(|(at, _)| {
        // Only a possessive right before the label can name its owner.
        let before = &a.text[..at];
        let end = before.strip_suffix("'s ").or_else(|| before.strip_suffix("’s "))?.len();
        a.mentions.iter().find(|m| m.span.end as usize == end && is_org(snap, m.entity))
    }).map(|m| m.entity)
}

/// Nouns of the judiciary: a body that rules between parties, not a side.
const JUDICIARY: &[&str] = &["court", "courts", "judge", "judges", "tribunal", "jury", "magistrate"];

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
    /// A court or a judge rules between parties and answers for no one, so
    /// "a Portuguese court" is not Portugal's voice.
    fn country(&self, label: &str) -> Option<u32> {
        if label.split_whitespace().any(|w| JUDICIARY.iter().any(|j| w.eq_ignore_ascii_case(j))) {
            return None;
        }
        let k = label.split_whitespace().filter_map(|w| self.by_word.get(w)).min()?;
        self.entity.get(COUNTRIES[*k].name).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spans of two names in a text.
    fn spans(text: &str, a: &str, b: &str) -> (Span, Span) {
        let at = |n: &str| {
            let s = text.find(n).unwrap_or_else(|| panic!("{n} not in {text}"));
            Span::new(s, s + n.len())
        };
        (at(a), at(b))
    }

    #[test]
    fn an_appositive_or_of_ties_a_person_to_what_follows() {
        // Invented people and firms: (text, person, organisation, tied).
        let cases = [
            ("Dana Roe, Quillon's vice president of trust, said", "Dana Roe", "Quillon", true),
            ("Dana Roe, CEO of Quillon, said", "Dana Roe", "Quillon", true),
            ("Dana Roe of Quillon said", "Dana Roe", "Quillon", true),
            ("Dana Roe, a former engineer at Quillon, said", "Dana Roe", "Quillon", false),
            ("Dana Roe, who sued Quillon, said", "Dana Roe", "Quillon", false),
            ("Dana Roe said Quillon lied", "Dana Roe", "Quillon", false),
        ];
        for (text, person, org, tied) in cases {
            let (p, o) = spans(text, person, org);
            assert_eq!(ties_after(text, p, o), tied, "{text}");
        }
    }

    #[test]
    fn a_role_at_an_organisation_as_subject_is_the_speakers() {
        let cases = [
            ("The chief executive of Quillon has rejected the claims.", "Quillon", true),
            ("A spokesperson for Quillon said", "Quillon", false),
            ("The head of security of Quillon denied it.", "Quillon", true),
            ("Quillon's chief executive rejected the claims.", "Quillon", true),
            ("Quillon's head of security said", "Quillon", true),
            ("The lawyer said Quillon's chief executive lied.", "Quillon", false),
            ("The union of Quillon riders said", "Quillon", false),
            ("Dana Roe, who sued the chief executive of Quillon, said", "Quillon", false),
            ("Quillon's shares fell.", "Quillon", false),
            ("The managing director of Quillon said", "Quillon", true),
            ("The former chief executive of Quillon said", "Quillon", false),
            ("The man who attacked the chief of Quillon said", "Quillon", false),
        ];
        for (text, org, tied) in cases {
            let start = text.find(org).unwrap();
            assert_eq!(role_subject(text, start, start + org.len()), tied, "{text}");
        }
    }

    #[test]
    fn a_role_between_an_organisation_and_a_name_ties_them() {
        let cases = [
            ("Quillon founder and CEO Dana Roe said", "Quillon", "Dana Roe", true),
            ("Quillon's head of security Dana Roe said", "Quillon", "Dana Roe", true),
            ("Quillon accused CEO Dana Roe", "Quillon", "Dana Roe", false),
            ("Quillon, said Dana Roe", "Quillon", "Dana Roe", false),
        ];
        for (text, org, person, tied) in cases {
            let (o, p) = spans(text, org, person);
            assert_eq!(ties_before(text, o, p), tied, "{text}");
        }
    }
}
