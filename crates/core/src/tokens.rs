//! Tokens and sentences with byte offsets into the cleaned text.
//!
//! Sentences end at `.`, `!`, `?` or `…` before white space and a capital,
//! a digit or an opening quote, except after an abbreviation ("Mr.", "Co.",
//! "Jan.", "U.S.", an initial). A sentence never ends inside a double
//! quotation: a quote of several sentences is one unit, which is how news
//! attributes it ("“… . …,” said Bell."). Quotation state resets at each
//! paragraph, because an unclosed quote runs on to the paragraph's end by
//! the newspaper convention for multi-paragraph quotes. Curly quotation
//! marks nest (“… a so-called “firewall” …”), so a quoted word inside a
//! quotation does not end it.

use crate::text::is_double_quote;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub word: bool,
    /// White space immediately before the token.
    pub space_before: bool,
}

impl Token {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

/// An article's tokens, sentence by sentence: tokenised (and lower-cased)
/// once for every stage that reads them.
#[derive(Clone, Debug, Default)]
pub struct Tokenised {
    pub toks: Vec<Token>,
    /// Token index range of each sentence.
    pub sents: Vec<(usize, usize)>,
    pub lower: Lowered,
}

impl Tokenised {
    pub fn new(text: &str, sentences: &[Sentence]) -> Self {
        let mut toks = Vec::with_capacity(text.len() / 5);
        let mut scratch = Vec::new();
        let sents = sentences
            .iter()
            .map(|s| {
                let start = toks.len();
                tokenize_into(text, s.start, s.end, &mut toks, &mut scratch);
                (start, toks.len())
            })
            .collect();
        let lower = Lowered::new(text, &toks);
        Tokenised { toks, sents, lower }
    }
}

/// Tokens lower-cased once, side by side in one string: the rules compare
/// words in lower case many times over, and this makes each comparison a
/// slice instead of an allocation.
#[derive(Clone, Debug, Default)]
pub struct Lowered {
    text: String,
    spans: Vec<(u32, u32)>,
}

impl Lowered {
    pub fn new(src: &str, toks: &[Token]) -> Self {
        // Usually the whole text lower-cased at once keeps every offset, and
        // each token's span indexes it as it indexes `src`.
        if let Some(text) = lowered_in_place(src) {
            let spans = toks.iter().map(|t| (t.start as u32, t.end as u32)).collect();
            return Lowered { text, spans };
        }
        let mut text = String::with_capacity(toks.last().map_or(0, |t| t.end) - toks.first().map_or(0, |t| t.start));
        let spans = toks
            .iter()
            .map(|t| {
                let start = text.len() as u32;
                let w = t.text(src);
                crate::text::push_lowercase(&mut text, w);
                (start, text.len() as u32)
            })
            .collect();
        Lowered { text, spans }
    }

    /// Token `i` in lower case.
    pub fn get(&self, i: usize) -> &str {
        let (a, b) = self.spans[i];
        &self.text[a as usize..b as usize]
    }
}

/// `src` lower-cased, when that keeps every byte offset: each character's
/// lower case is one character of the same length, and there is no 'Σ'
/// (whose lower case depends on its neighbours, so a token alone may differ).
/// Then any span of the result is that span of `src` lower-cased.
fn lowered_in_place(src: &str) -> Option<String> {
    let mut out = String::with_capacity(src.len());
    let mut rest = src;
    while !rest.is_empty() {
        // Runs of ASCII folded in place, the other characters one by one.
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let at = out.len();
        out.push_str(&rest[..ascii]);
        out[at..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            let mut lower = c.to_lowercase();
            let l = lower.next()?;
            if c == 'Σ' || lower.next().is_some() || l.len_utf8() != c.len_utf8() {
                return None;
            }
            out.push(l);
        }
        rest = chars.as_str();
    }
    Some(out)
}

/// "U.S.", "U.K.", "e.g.": letters each followed by a full stop.
fn dotted_abbreviation(chars: &[(usize, char)], i: usize) -> usize {
    let mut j = i;
    let mut n = 0;
    while j + 1 < chars.len() && chars[j].1.is_alphabetic() && chars[j + 1].1 == '.' {
        let next_is_letter = chars.get(j + 2).is_some_and(|(_, c)| c.is_alphabetic());
        let next_next_is_dot = chars.get(j + 3).is_some_and(|(_, c)| *c == '.');
        j += 2;
        n += 1;
        if !(next_is_letter && next_next_is_dot) {
            break;
        }
    }
    if n >= 2 {
        j
    } else {
        i
    }
}

/// Split `src[start..end]` into word and punctuation tokens. Words are runs
/// of letters and digits with internal apostrophes and full stops
/// ("don't", "2.0"); a possessive "’s" is its own token so "China’s" yields
/// the name "China".
pub fn tokenize(src: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(src, start, end, &mut out, &mut Vec::new());
    out
}

/// [`tokenize`], appending to `out`; `chars` is scratch space, reused
/// from call to call.
fn tokenize_into(src: &str, start: usize, end: usize, out: &mut Vec<Token>, chars: &mut Vec<(usize, char)>) {
    char_offsets(chars, &src[start..end], start);
    let chars = &chars[..];
    let mut i = 0;
    let mut space = true;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let ab = dotted_abbreviation(chars, i);
            let mut j = if ab > i { ab } else { i + 1 };
            if ab == i {
                while j < chars.len() {
                    let cj = chars[j].1;
                    if cj.is_alphanumeric() {
                        j += 1;
                        continue;
                    }
                    let next_alnum = chars.get(j + 1).is_some_and(|(_, c)| c.is_alphanumeric());
                    if (cj == '\'' || cj == '’') && next_alnum {
                        // possessive: stop before "’s" at the end of a word
                        let is_poss = chars.get(j + 1).is_some_and(|(_, c)| *c == 's')
                            && !chars.get(j + 2).is_some_and(|(_, c)| c.is_alphanumeric());
                        if is_poss {
                            break;
                        }
                        j += 1;
                    } else if cj == '.' && next_alnum && chars[j - 1].1.is_ascii_digit() {
                        j += 1;
                    } else {
                        break;
                    }
                }
            }
            let end_pos = chars.get(j).map(|(p, _)| *p).unwrap_or(end);
            out.push(Token { start: pos, end: end_pos, word: true, space_before: space });
            i = j;
        } else if (c == '\'' || c == '’')
            && chars.get(i + 1).is_some_and(|(_, c)| *c == 's')
            && !chars.get(i + 2).is_some_and(|(_, c)| c.is_alphanumeric())
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
        {
            let end_pos = chars.get(i + 2).map(|(p, _)| *p).unwrap_or(end);
            out.push(Token { start: pos, end: end_pos, word: false, space_before: space });
            i += 2;
        } else {
            let end_pos = chars.get(i + 1).map(|(p, _)| *p).unwrap_or(end);
            out.push(Token { start: pos, end: end_pos, word: false, space_before: space });
            i += 1;
        }
        space = false;
    }
}

/// `s`'s chars, each with its byte offset plus `offset`, in place of what
/// `out` held. ASCII text (most of it) is read a byte at a time, without
/// decoding.
fn char_offsets(out: &mut Vec<(usize, char)>, s: &str, offset: usize) {
    out.clear();
    if s.is_ascii() {
        out.extend(s.bytes().enumerate().map(|(i, b)| (i + offset, char::from(b))));
    } else {
        out.reserve(s.len());
        out.extend(s.char_indices().map(|(i, c)| (i + offset, c)));
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx", "dept",
    "est", "rev", "hon", "adm", "cmdr", "gov't", "op", "vol", "pp",
];

/// A sentence: its byte span in the text and the paragraph it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

/// Split each paragraph span of `text` into sentences.
pub fn sentences(text: &str, paragraphs: &[(usize, usize)]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut chars: Vec<(usize, char)> = Vec::new();
    for (p, &(ps, pe)) in paragraphs.iter().enumerate() {
        let para = &text[ps..pe];
        char_offsets(&mut chars, para, 0);
        let mut depth = 0u32;
        let mut start = 0usize;
        let mut i = 0;
        while i < chars.len() {
            let (_, c) = chars[i];
            if is_double_quote(c) {
                depth = quote_depth(depth, c);
            }
            let in_quote = depth > 0;
            // A stop inside a quotation ends the sentence only where the
            // quotation closes right after it (“… unmasked.” The host …).
            let closes = || {
                let mut j = i + 1;
                while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…' | '’' | '\'') {
                    j += 1;
                }
                j < chars.len() && matches!(chars[j].1, '”' | '"' | '»')
            };
            if matches!(c, '.' | '!' | '?' | '…') && (!in_quote || closes()) {
                // Absorb closing quotes, brackets and repeated stops.
                let mut j = i + 1;
                while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…' | '”' | '’' | '"' | ')' | ']' | '\'') {
                    if is_double_quote(chars[j].1) {
                        depth = depth.saturating_sub(1);
                    }
                    j += 1;
                }
                let in_quote = depth > 0;
                let followed_by_space = j < chars.len() && chars[j].1.is_whitespace();
                let mut k = j;
                while k < chars.len() && chars[k].1.is_whitespace() {
                    k += 1;
                }
                let next = chars.get(k).map(|(_, c)| *c);
                let starts_new = next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || is_double_quote(n) || n == '‘' || n == '[' || n == '(');
                // Inside an open quotation a full stop does not end the sentence.
                if followed_by_space && starts_new && !(c == '.' && is_abbreviation_end(para, &chars, i)) && !in_quote {
                    let end = chars.get(j).map(|(p, _)| *p).unwrap_or(para.len());
                    push(&mut out, text, ps + start, ps + end, p);
                    start = chars[k].0;
                    i = k;
                    continue;
                }
                i = j;
                continue;
            }
            i += 1;
        }
        push(&mut out, text, ps + start, pe, p);
    }
    out
}

fn is_abbreviation_end(para: &str, chars: &[(usize, char)], i: usize) -> bool {
    // The word before the full stop.
    let mut s = i;
    while s > 0 && (chars[s - 1].1.is_alphanumeric() || chars[s - 1].1 == '.' || chars[s - 1].1 == '\'') {
        s -= 1;
    }
    is_abbreviation(&para[chars[s].0..chars[i].0])
}

/// Is `word` (the text before a full stop) an abbreviation ("Mr", "Co",
/// "Jan"), an initial ("J") or a dotted abbreviation ("U.S")?
pub fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // An initial ("J. Smith") or a dotted abbreviation ("U.S.").
    let single_initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1);
    single_initial || dotted
}

/// The quotation depth after the double quote `c`: curly opening marks
/// nest ("“… a so-called “firewall” …”"), closing marks and a straight
/// mark inside a quotation close one level, a straight mark outside opens.
pub fn quote_depth(depth: u32, c: char) -> u32 {
    match c {
        '“' | '«' | '„' => depth + 1,
        '”' | '»' => depth.saturating_sub(1),
        _ if depth > 0 => depth - 1,
        _ => 1,
    }
}

/// Longest sentence unit, in bytes. Real sentences (and quotations of
/// several sentences) stay well under it; text with no sentence ends (a
/// table, a scraped blob) is cut into pieces of this size at spaces, so the
/// work per sentence stays bounded whatever a file holds.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

fn push(out: &mut Vec<Sentence>, text: &str, mut start: usize, end: usize, paragraph: usize) {
    while end - start > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // At the last space before the limit, or at the limit if none.
        let cut = text[start..cut].rfind(char::is_whitespace).map(|o| start + o).filter(|&c| c > start).unwrap_or(cut);
        push_trimmed(out, text, start, cut, paragraph);
        start = cut;
    }
    push_trimmed(out, text, start, end, paragraph);
}

fn push_trimmed(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize, paragraph: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if start + lead < end - trail {
        out.push(Sentence { start: start + lead, end: end - trail, paragraph });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowered_tokens_are_the_tokens_lower_cased() {
        // Lower-cased in place, and (İ, Σ) token by token.
        for src in ["Éric’s “Straße” ÉTAT talks in Łódź, said — don’t", "The İstanbul NATO talks, ΣΟΦΟΣ said — don’t"] {
            let toks = tokenize(src, 0, src.len());
            let low = Lowered::new(src, &toks);
            for (i, t) in toks.iter().enumerate() {
                assert_eq!(low.get(i), t.text(src).to_lowercase());
            }
        }
    }

    #[test]
    fn text_without_sentence_ends_is_cut_into_bounded_pieces_at_spaces() {
        let blob = "wörd ".repeat(2_000);
        let parts = split(&blob);
        assert!(parts.len() >= 5, "{}", parts.len());
        assert!(parts.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES && p.ends_with("wörd") && p.starts_with("wörd")));
        assert_eq!(parts.iter().map(|p| p.split_whitespace().count()).sum::<usize>(), 2_000);
        let no_space = "x".repeat(5_000);
        assert_eq!(split(&no_space).concat(), no_space);
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &[(0, text.len())]).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn sentence_boundaries_respect_abbreviations_and_quotes() {
        let cases: &[(&str, &[&str])] = &[
            ("The U.S. Treasury said so. Then it stopped.", &["The U.S. Treasury said so.", "Then it stopped."]),
            ("Mr. Smith left. Dr. Jones stayed.", &["Mr. Smith left.", "Dr. Jones stayed."]),
            ("It named Acme Co. Ltd and others. Nobody replied.", &["It named Acme Co. Ltd and others.", "Nobody replied."]),
            ("It began in Jan. 2020 and ended.", &["It began in Jan. 2020 and ended."]),
            ("“It works. It is cheap,” said Bell. He left.", &["“It works. It is cheap,” said Bell.", "He left."]),
            ("He said it is necessary. “It is urgent,” he said.", &["He said it is necessary.", "“It is urgent,” he said."]),
            ("\"Mixed. Quotes,” he said. Done.", &["\"Mixed. Quotes,” he said.", "Done."]),
            ("Wait… What? Yes! Fine.", &["Wait…", "What?", "Yes!", "Fine."]),
            ("Version 2.0 shipped. J. R. Smith agreed.", &["Version 2.0 shipped.", "J. R. Smith agreed."]),
            ("“Whether it works. The rest runs on", &["“Whether it works. The rest runs on"]),
            ("The deal fell through. 2014 will be different.", &["The deal fell through.", "2014 will be different."]),
        ];
        for (text, want) in cases {
            assert_eq!(split(text), *want, "{text}");
        }
    }

    #[test]
    fn tokens_keep_offsets_and_split_possessives() {
        let text = "China’s U.S.-based firm (CISP) don't 2.5 Kerry's.";
        let toks = tokenize(text, 0, text.len());
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(words, ["China", "’s", "U.S.", "-", "based", "firm", "(", "CISP", ")", "don't", "2.5", "Kerry", "'s", "."]);
        assert!(!toks[1].space_before && toks[2].space_before && !toks[3].space_before);
    }
}
