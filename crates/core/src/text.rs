//! Small text utilities shared by every stage: the id slug of DESIGN.md, the
//! stable short hash behind claim ids, and character classes for scraped prose.
//!
//! Everything here is pure and deterministic; ids built from it are a public
//! interface (links people share), so changing these functions breaks links.

/// Slug an arbitrary name into an id: lowercase ASCII letters and digits,
/// every other run of characters becomes a single `-`, no leading or trailing `-`.
/// Letters with diacritics lose them where the fold is obvious (`é` → `e`).
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars() {
        let c = fold_diacritic(c);
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else if c == '\'' || c == '’' {
            // Possessives and elisions do not split a word: "China's" → "chinas".
        } else {
            dash = true;
        }
    }
    out
}

fn fold_diacritic(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'A',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' => 'E',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'O',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

/// 64-bit FNV-1a: tiny, dependency-free and stable across platforms and
/// releases (unlike `std`'s hasher, which may change).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A short base-36 rendering of the hash of `s`'s normalized words
/// (see [`fold_for_match`]): 7 characters, enough that collisions inside one
/// article are vanishingly rare.
pub fn short_hash(s: &str) -> String {
    // fnv1a over the folded text's bytes, fed as they are folded.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut utf8 = [0u8; 4];
    fold_each(s, |c| {
        if c.is_ascii() {
            h ^= c as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
            return;
        }
        for &b in c.encode_utf8(&mut utf8).as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    });
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = [0u8; 7];
    for slot in out.iter_mut().rev() {
        *slot = DIGITS[(h % 36) as usize];
        h /= 36;
    }
    String::from_utf8(out.to_vec()).expect("ascii")
}

/// Lowercase alphanumerics only, words joined by single spaces: the form in
/// which two renderings of one sentence (curly or straight quotes, NBSP,
/// hyphenation) compare equal.
pub fn fold_for_match(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_each(s, |c| out.push(c));
    out
}

/// [`fold_for_match`], one character at a time.
fn fold_each(s: &str, mut put: impl FnMut(char)) {
    let (mut space, mut empty) = (false, true);
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            // The common case, without the tables below.
            if space && !empty {
                put(' ');
            }
            (space, empty) = (false, false);
            put(c.to_ascii_lowercase());
        } else if c == '\'' || c == '’' {
        } else if c.is_ascii() || ('\u{2000}'..='\u{206f}').contains(&c) {
            // ASCII punctuation, and the general punctuation block (curly
            // quotes, dashes, ellipses), none of it a letter: no tables.
            space = true;
        } else if c.is_alphanumeric() {
            if space && !empty {
                put(' ');
            }
            space = false;
            for l in fold_diacritic(c).to_lowercase() {
                put(l);
                empty = false;
            }
        } else {
            space = true;
        }
    }
}

/// Lowercase alphanumerics with no separators at all: "cyber space" and
/// "cyberspace", "cyber-security" and "cybersecurity" compare equal.
pub fn compact(s: &str) -> String {
    compact_chars(s).collect()
}

/// [`compact`], a character at a time.
pub fn compact_chars(s: &str) -> Compact<'_> {
    Compact { s, at: 0, pending: None }
}

/// The characters of [`compact`]: alphanumerics folded (diacritics off,
/// lower case); ASCII skips the Unicode tables.
pub struct Compact<'a> {
    s: &'a str,
    at: usize,
    /// The rest of a character whose lower case is several.
    pending: Option<std::char::ToLowercase>,
}

impl Iterator for Compact<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if let Some(c) = self.pending.as_mut().and_then(Iterator::next) {
            return Some(c);
        }
        self.pending = None;
        let bytes = self.s.as_bytes();
        while let Some(&b) = bytes.get(self.at) {
            if b < 0x80 {
                self.at += 1;
                if b.is_ascii_alphanumeric() {
                    return Some(char::from(b.to_ascii_lowercase()));
                }
                continue;
            }
            let c = self.s[self.at..].chars().next().expect("a char starts here");
            self.at += c.len_utf8();
            if c.is_alphanumeric() {
                let mut lower = fold_diacritic(c).to_lowercase();
                let first = lower.next();
                self.pending = Some(lower);
                return first;
            }
        }
        None
    }
}

/// Append `s` lower-cased, exactly as `s.to_lowercase()` would, without
/// allocating for it (the engine lower-cases every word it compares).
pub fn push_lowercase(out: &mut String, s: &str) {
    if s.is_ascii() {
        let at = out.len();
        out.push_str(s);
        out[at..].make_ascii_lowercase();
    } else if s.contains('Σ') {
        // A final sigma depends on its neighbours: the standard library knows.
        out.push_str(&s.to_lowercase());
    } else {
        // Runs of ASCII folded in place, the other characters one by one.
        let mut rest = s;
        while !rest.is_empty() {
            let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
            let at = out.len();
            out.push_str(&rest[..ascii]);
            out[at..].make_ascii_lowercase();
            let mut chars = rest[ascii..].chars();
            if let Some(c) = chars.next() {
                match caseless(c) {
                    true => out.push(c),
                    false => out.extend(c.to_lowercase()),
                }
            }
            rest = chars.as_str();
        }
    }
}

/// A character of General Punctuation (curly quotes, dashes, odd spaces:
/// most of the non-ASCII characters of news), which has no case, so the
/// Unicode tables need not be asked.
pub fn caseless(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

pub fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '‘' | '«' | '„')
}

pub fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '»')
}

/// Double quotation marks of every style scrapes mix.
pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Word count by whitespace, the measure used by layout heuristics.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Hash maps and sets with rustc's Fx hash: word lookups are the engine's
/// inner loop, and SipHash's resistance to chosen collisions buys nothing
/// for text the build (or the user's own tab) reads.
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;
/// See [`FastMap`].
pub type FastSet<K> = rustc_hash::FxHashSet<K>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_folds_each_character_as_the_unicode_tables_do() {
        let slow = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| fold_diacritic(c).to_lowercase()).collect() };
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        for s in [all.as_str(), "Cyber-Security “talks” in İstanbul, ÉTAT 2013!", ""] {
            assert_eq!(compact(s), slow(s));
        }
    }

    #[test]
    fn push_lowercase_is_to_lowercase() {
        for w in ["", "abc", "ABC", "Xinhua", "ÉTAT", "Straße", "İstanbul", "ΟΔΟΣ", "Σ", "aΣ", "ΣA", "Cyber-Security", "U.S.", "Kerry’s", "“Quoted” Words ÉTÉ and MORE’S", "A — B\u{2009}C…\u{2060}D"] {
            let mut out = String::from("x");
            push_lowercase(&mut out, w);
            assert_eq!(out, format!("x{}", w.to_lowercase()), "{w:?}");
        }
    }

    #[test]
    fn slugs_follow_the_url_contract() {
        let cases = [
            ("John Kerry", "john-kerry"),
            ("United States", "united-states"),
            ("US and China co-operate on cyber security", "us-and-china-co-operate-on-cyber-security"),
            ("China, U.S. to team up", "china-u-s-to-team-up"),
            ("UK and China reach out across cyber no-man's land", "uk-and-china-reach-out-across-cyber-no-mans-land"),
            ("  --Naïve café--  ", "naive-cafe"),
            ("People’s Liberation Army", "peoples-liberation-army"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(slug(input), want, "slug({input:?})");
        }
    }

    #[test]
    fn hash_ignores_quote_style_and_spacing() {
        assert_eq!(short_hash("“It’s  here,” he said."), short_hash("\"It's here,\" he said."));
        assert_ne!(short_hash("China denied it."), short_hash("China admitted it."));
        assert_eq!(short_hash("x").len(), 7);
        // Streamed, the hash is the hash of the folded text.
        for t in ["“It’s  here,” he said.", "Çà et là — ÉTÉ 2013", "", "  ", "a’b c"] {
            let mut h = fnv1a(fold_for_match(t).as_bytes());
            let mut want = [0u8; 7];
            for slot in want.iter_mut().rev() {
                *slot = b"0123456789abcdefghijklmnopqrstuvwxyz"[(h % 36) as usize];
                h /= 36;
            }
            assert_eq!(short_hash(t).as_bytes(), want, "{t:?}");
        }
    }

    #[test]
    fn compact_joins_split_compounds() {
        assert_eq!(compact("cyber space"), compact("cyberspace"));
        assert_eq!(compact("cyber-security"), compact("cybersecurity"));
    }
}
