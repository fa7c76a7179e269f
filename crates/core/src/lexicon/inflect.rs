//! English inflection for word lists kept as lemmas: a list names "steal"
//! or "deny" once and finds "steals", "stole", "denied" and "denying". The
//! common spelling rules and a short table of irregular verbs; a lemma
//! written with a trailing `*` doubles its last consonant ("admit*" →
//! "admitted"). Forms a rule over-generates ("sayed") are harmless: no text
//! holds them.

/// Irregular past and participle forms of listed lemmas.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("steal", &["stole", "stolen"]),
    ("mislead", &["misled"]),
    ("break", &["broke", "broken"]),
    ("hide", &["hid", "hidden"]),
    ("plead", &["pled"]),
    ("say", &["said"]),
    ("tell", &["told"]),
    ("write", &["wrote", "written"]),
    ("find", &["found"]),
    ("think", &["thought"]),
    ("hit", &["hit"]),
    ("make", &["made"]),
    ("read", &["read"]),
    ("draw", &["drew", "drawn"]),
    ("seek", &["sought"]),
];

/// Does `b` end in consonant + "y" ("spy", "deny")?
fn consonant_y(b: &[u8]) -> bool {
    b.len() >= 2 && b[b.len() - 1] == b'y' && !b"aeiou".contains(&b[b.len() - 2])
}

/// A lemma's regular forms: "hack" → hacks, hacked, hacking; "spy" →
/// spies, spied, spying; "leak" … "plan*" (a trailing star doubles the last
/// consonant before -ed and -ing) → plans, planned, planning; "lie" → lies,
/// lied, lying. Irregular pasts come from [`IRREGULAR`].
pub fn inflect(lemma: &str) -> Vec<String> {
    let double = lemma.ends_with('*');
    let stem = lemma.trim_end_matches('*');
    let b = stem.as_bytes();
    let last = *b.last().unwrap_or(&b'x');
    let s = if stem.ends_with('s')
        || stem.ends_with('x')
        || stem.ends_with('z')
        || stem.ends_with("ch")
        || stem.ends_with("sh")
    {
        format!("{stem}es")
    } else if consonant_y(b) {
        format!("{}ies", &stem[..stem.len() - 1])
    } else {
        format!("{stem}s")
    };
    let (ed, ing) = if double {
        (
            format!("{stem}{}ed", last as char),
            format!("{stem}{}ing", last as char),
        )
    } else if let Some(root) = stem.strip_suffix("ie") {
        (format!("{stem}d"), format!("{root}ying"))
    } else if stem.ends_with("ee") {
        (format!("{stem}d"), format!("{stem}ing"))
    } else if last == b'e' {
        (
            format!("{stem}d"),
            format!("{}ing", &stem[..stem.len() - 1]),
        )
    } else if consonant_y(b) {
        (
            format!("{}ied", &stem[..stem.len() - 1]),
            format!("{stem}ing"),
        )
    } else {
        (format!("{stem}ed"), format!("{stem}ing"))
    };
    let mut out = vec![stem.to_string(), s, ed, ing];
    if let Some((_, more)) = IRREGULAR.iter().find(|(l, _)| *l == stem) {
        out.extend(more.iter().map(|m| m.to_string()));
    }
    out
}

