//! `counterpoint synth`: deterministic synthetic corpora for scale tests.
//!
//! The articles are built from the shapes real coverage of state hacking
//! takes, so the engine and the page meet the same work at 10,000 articles
//! as at five: a headline and a standfirst, a `Published …` dateline,
//! accusations in quotes and in reported speech, denials, "according to"
//! attributions, writer's narrative, several outlets and years, a few
//! hundred people with titles and affiliations, and scraper footers. The
//! same `--seed` and `--articles` always give the same bytes.

use counterpoint_core::corpus::{Corpus, FileMeta, SourceFile};
use std::fmt::Write as _;
use std::path::Path;

/// SplitMix64: a tiny, well-mixed generator with a fixed algorithm, so a
/// seed means the same corpus on every machine and release.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// (country, demonym, capital)
const STATES: &[(&str, &str, &str)] = &[
    ("China", "Chinese", "Beijing"), ("United States", "US", "Washington"), ("United Kingdom", "British", "London"),
    ("Russia", "Russian", "Moscow"), ("Iran", "Iranian", "Tehran"), ("North Korea", "North Korean", "Pyongyang"),
    ("Germany", "German", "Berlin"), ("France", "French", "Paris"), ("Israel", "Israeli", "Jerusalem"),
    ("India", "Indian", "New Delhi"), ("Japan", "Japanese", "Tokyo"), ("Australia", "Australian", "Canberra"),
];
const FIRST: &[&str] = &[
    "Anna", "David", "Maria", "James", "Li", "Olga", "Samir", "Helen", "Pieter", "Yuki", "Carlos", "Fatima",
    "Thomas", "Ingrid", "Rahul", "Chen", "Elena", "Marcus", "Sofia", "Daniel", "Amira", "Victor", "Grace", "Omar",
];
const LAST: &[&str] = &[
    "Keller", "Moreau", "Novak", "Hartley", "Zhang", "Petrov", "Haddad", "Lindqvist", "Okafor", "Tanaka", "Ferreira",
    "Brennan", "Kowalski", "Aziz", "Whitfield", "Ivanova", "Sato", "Castillo", "Rahman", "Holloway",
];
const ROLES: &[&str] = &[
    "foreign minister", "defence secretary", "foreign ministry spokesperson", "cyber security minister",
    "ambassador", "national security adviser", "deputy prime minister",
];
const FIRMS: &[(&str, &str)] = &[
    ("Mandiant", "United States"), ("Kaspersky Lab", "Russia"), ("CrowdStrike", "United States"),
    ("Recorded Future", "United States"), ("Darktrace", "United Kingdom"), ("Check Point", "Israel"),
];
const EXPERT_ROLES: &[&str] = &["chief research officer", "head of threat intelligence", "principal analyst", "founder and CEO"];
const OUTLETS: &[&str] = &[
    "The Daily Ledger", "Wire Report", "Tech Policy Review", "Evening Standard Online", "Global Security Weekly",
    "The Northern Courier", "Asia Desk", "Capital Briefing",
];
const TOPICS: &[&str] = &[
    "cyber espionage", "attacks on power grids", "theft of trade secrets", "ransomware gangs", "election interference",
    "spying on telecoms networks", "hacking of government email",
];
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
const FOOTERS: &[&str] = &[
    "Read more on Hackers and cybercrime prevention",
    "Start the conversation",
    "We use cookies to give you the best experience on our site. Learn more",
    "Related: Cyber security news",
];

struct Person {
    name: String,
    role: &'static str,
    state: usize,
}

/// Write `n` articles and a `corpus.toml` into `out` (created if missing).
pub fn write_corpus(out: &Path, n: usize, seed: u64) -> Result<usize, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut toml = String::from("# Synthetic corpus written by `counterpoint synth`.\n\n");
    let mut bytes = 0usize;
    for (name, text, outlet) in articles(n, seed) {
        bytes += text.len();
        std::fs::write(out.join(&name), text).map_err(|e| format!("cannot write {name}: {e}"))?;
        let _ = writeln!(toml, "[articles.\"{name}\"]\noutlet = \"{outlet}\"\n");
    }
    std::fs::write(out.join("corpus.toml"), toml).map_err(|e| format!("cannot write corpus.toml: {e}"))?;
    Ok(bytes)
}

/// The corpus [`write_corpus`] writes, in memory, as reading the folder
/// would give it (for tests that need a large corpus without the disk).
pub fn corpus(n: usize, seed: u64) -> Corpus {
    let mut c = Corpus::default();
    for (name, raw, outlet) in articles(n, seed) {
        c.meta.insert(name.clone(), FileMeta { outlet: Some(outlet.to_string()), ..FileMeta::default() });
        c.files.push(SourceFile { name, raw });
    }
    c
}

/// The `n` articles of a seed: (file name, text, outlet).
fn articles(n: usize, seed: u64) -> impl Iterator<Item = (String, String, &'static str)> {
    let mut rng = Rng(seed);
    // A few hundred officials, each tied to one state.
    let people: Vec<Person> = (0..FIRST.len() * LAST.len() / 2)
        .map(|i| Person {
            name: format!("{} {}", FIRST[i % FIRST.len()], LAST[(i * 7 + i / FIRST.len()) % LAST.len()]),
            role: ROLES[i % ROLES.len()],
            state: i % STATES.len(),
        })
        .collect();
    (0..n).map(move |i| {
        let (text, outlet) = article(&mut rng, &people);
        (format!("synth-{i:06}.txt"), text, outlet)
    })
}

fn article(rng: &mut Rng, people: &[Person]) -> (String, &'static str) {
    let accuser = rng.below(STATES.len());
    let mut accused = rng.below(STATES.len());
    if accused == accuser {
        accused = (accused + 1) % STATES.len();
    }
    let (a_name, a_dem, a_cap) = STATES[accuser];
    let (b_name, b_dem, b_cap) = STATES[accused];
    let topic = *rng.pick(TOPICS);
    let outlet = *rng.pick(OUTLETS);
    let year = 2009 + rng.below(18);
    let month = rng.below(12);
    let day = 1 + rng.below(28);
    let from = |rng: &mut Rng, state: usize| -> &Person {
        let of_state: Vec<&Person> = people.iter().filter(|p| p.state == state).collect();
        of_state[rng.below(of_state.len())]
    };
    let p = from(rng, accuser);
    let q = from(rng, accused);
    let (firm, firm_state) = *rng.pick(FIRMS);
    let expert = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));

    let mut t = String::new();
    let headline = match rng.below(4) {
        0 => format!("{a_name} accuses {b_name} of {topic}"),
        1 => format!("{b_name} denies {a_dem} claims of {topic}"),
        2 => format!("{a_name} and {b_name} trade blame over {topic}"),
        _ => format!("Talks between {a_cap} and {b_cap} stall over {topic}"),
    };
    let standfirst = format!("{a_dem} officials say a campaign of {topic} traced to {b_name} has hit dozens of organisations");
    let _ = writeln!(t, "{headline}\n");
    let _ = writeln!(t, "{standfirst}\n");
    let _ = writeln!(t, "Published {day} {} {year}\n", MONTHS[month]);
    let _ = writeln!(t, "{standfirst}.\n");
    let _ = writeln!(
        t,
        "{a_dem} {} {} said on {} that {b_name} was behind a wave of {topic} aimed at ministries and banks.\n",
        p.role, p.name, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][rng.below(5)]
    );
    let _ = writeln!(
        t,
        "“We have clear evidence that these operations were directed from {b_cap},” {} said. “They must stop.”\n",
        p.name.rsplit(' ').next().unwrap_or(&p.name)
    );
    if rng.chance(80) {
        let _ = writeln!(
            t,
            "{b_name}’s {} {} denied the accusations, calling them “groundless and irresponsible”.\n",
            q.role, q.name
        );
        let _ = writeln!(t, "“{b_name} firmly opposes all forms of hacking and is itself a victim,” she told reporters in {b_cap}.\n");
        if rng.chance(30) {
            let _ = writeln!(t, "{b_dem} state media accused {a_name} of running the largest hacking operation in the world.\n");
        }
    }
    if rng.chance(60) {
        let _ = writeln!(
            t,
            "According to a report by {firm}, the {firm_dem} security firm, the attackers used stolen credentials to reach {} networks.\n",
            rng.below(90) + 10,
            firm_dem = STATES.iter().find(|s| s.0 == firm_state).map(|s| s.1).unwrap_or("US"),
        );
    }
    if rng.chance(50) {
        let _ = writeln!(
            t,
            "{expert}, {} at {firm}, said the campaign “looks like the work of a well-resourced state team”.\n",
            rng.pick(EXPERT_ROLES)
        );
    }
    let _ = writeln!(
        t,
        "The dispute comes as officials from both countries prepare for talks on {} later this year.\n",
        rng.pick(TOPICS)
    );
    if rng.chance(40) {
        let _ = writeln!(t, "The two governments agreed in {} to set up a working group on cyber security.\n", year - 1 - rng.below(3));
    }
    if rng.chance(70) {
        let _ = writeln!(t, "{}", rng.pick(FOOTERS));
    }
    (t, outlet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_writes_the_same_corpus_and_the_engine_reads_it() {
        let base = std::env::temp_dir().join(format!("counterpoint-synth-{}", std::process::id()));
        let (a, b, c) = (base.join("a"), base.join("b"), base.join("c"));
        write_corpus(&a, 20, 7).unwrap();
        write_corpus(&b, 20, 7).unwrap();
        write_corpus(&c, 20, 8).unwrap();
        let read = |d: &Path, f: &str| std::fs::read_to_string(d.join(f)).unwrap();
        assert_eq!(read(&a, "synth-000013.txt"), read(&b, "synth-000013.txt"));
        assert_ne!(read(&a, "synth-000013.txt"), read(&c, "synth-000013.txt"));
        let corpus = counterpoint_core::corpus::load_dir(&a).unwrap();
        let snap = counterpoint_core::analyse::analyse(&corpus);
        assert_eq!(snap.articles.len(), 20);
        assert!(snap.warnings.is_empty(), "{:?}", snap.warnings);
        assert!(snap.claims.len() >= 60, "{} claims", snap.claims.len());
        assert!(snap.articles.iter().all(|a| a.date.is_some() && a.outlet.is_some()));
        assert!(!snap.pairs.is_empty() && !snap.disputes.is_empty());
        let in_memory = super::corpus(20, 7);
        assert_eq!(in_memory.files.iter().map(|f| (&f.name, &f.raw)).collect::<Vec<_>>(), corpus.files.iter().map(|f| (&f.name, &f.raw)).collect::<Vec<_>>());
        assert_eq!(in_memory.meta, corpus.meta);
        let _ = std::fs::remove_dir_all(&base);
    }
}
