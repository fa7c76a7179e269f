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
        let sents = sentences
            .iter()
            .map(|s| {
                let start = toks.len();
                tokenize_into(text, s.start, s.end, &mut toks);
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
    loop {
        // Runs of ASCII folded in place; only the other characters can
        // change length, each looked at once.
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let at = out.len();
        out.push_str(&rest[..ascii]);
        out[at..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        let Some(c) = chars.next() else { return Some(out) };
        if crate::text::caseless(c) {
            out.push(c);
        } else {
            let mut lower = c.to_lowercase();
            let l = lower.next().filter(|l| c != 'Σ' && l.len_utf8() == c.len_utf8() && lower.next().is_none())?;
            out.push(l);
        }
        rest = chars.as_str();
    }
}

/// A stretch of text read character by character in place. Characters are
/// addressed by their byte offset in it, so no table of characters is
/// built; an ASCII byte (most of the text) is its own character.
struct Reader<'a> {
    s: &'a str,
    /// Added to each offset to give the offset in the whole text.
    offset: usize,
}

impl Reader<'_> {
    /// The end of the text: one past its last character.
    fn len(&self) -> usize {
        self.s.len()
    }
    /// The character at `i`, a character's first byte before the end.
    fn at(&self, i: usize) -> char {
        match self.s.as_bytes()[i] {
            b if b.is_ascii() => char::from(b),
            _ => self.s[i..].chars().next().expect("a character starts here"),
        }
    }
    fn get(&self, i: usize) -> Option<char> {
        (i < self.len()).then(|| self.at(i))
    }
    /// The character after the one at `i` (past the end, past the end).
    fn next(&self, i: usize) -> usize {
        match self.s.as_bytes().get(i) {
            Some(b) if !b.is_ascii() => i + self.at(i).len_utf8(),
            _ => i + 1,
        }
    }
    /// The character before the one at `i > 0`.
    fn prev(&self, i: usize) -> usize {
        let mut k = i - 1;
        while !self.s.is_char_boundary(k) {
            k -= 1;
        }
        k
    }
    /// `i`'s offset in the whole text.
    fn pos(&self, i: usize) -> usize {
        self.offset + i
    }
}

/// `c.is_alphanumeric()`, without the Unicode tables for ASCII and for the
/// General Punctuation block (curly quotes, dashes, ellipses), which holds
/// no letter or digit and fills scraped prose.
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphanumeric()
    }
}

/// "U.S.", "U.K.", "e.g.": letters each followed by a full stop.
fn dotted_abbreviation(r: &Reader, i: usize) -> usize {
    let mut j = i;
    let mut n = 0;
    while j < r.len() && r.at(j).is_alphabetic() && r.get(r.next(j)) == Some('.') {
        let after = r.next(r.next(j));
        let next_is_letter = r.get(after).is_some_and(char::is_alphabetic);
        let next_next_is_dot = next_is_letter && r.get(r.next(after)) == Some('.');
        j = after;
        n += 1;
        if !next_next_is_dot {
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
    tokenize_into(src, start, end, &mut out);
    out
}

/// [`tokenize`], appending to `out`.
fn tokenize_into(src: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let r = Reader { s: &src[start..end], offset: start };
    let alnum_at = |k: usize| r.get(k).is_some_and(is_alnum);
    // "’s" at `k` ending a word.
    let possessive_at = |k: usize| r.get(k) == Some('s') && !alnum_at(r.next(k));
    let mut i = 0;
    let mut space = true;
    while i < r.len() {
        let c = r.at(i);
        if c.is_whitespace() {
            space = true;
            i = r.next(i);
            continue;
        }
        let j = if is_alnum(c) {
            let ab = dotted_abbreviation(&r, i);
            if ab > i {
                ab
            } else {
                word_end(&r, r.next(i), possessive_at)
            }
        } else if (c == '\'' || c == '’') && possessive_at(r.next(i)) && i > 0 && is_alnum(r.at(r.prev(i))) {
            r.next(r.next(i))
        } else {
            r.next(i)
        };
        out.push(Token { start: r.pos(i), end: r.pos(j), word: is_alnum(c), space_before: space });
        i = j;
        space = false;
    }
}

/// The end of the word running on at `j`: letters and digits, an
/// apostrophe inside ("don't", but not before a possessive "’s"), a full
/// stop between a digit and more ("2.0").
fn word_end(r: &Reader, mut j: usize, possessive_at: impl Fn(usize) -> bool) -> usize {
    while j < r.len() {
        // A run of ASCII letters and digits at once.
        j += r.s.as_bytes()[j..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let Some(cj) = r.get(j) else { break };
        if is_alnum(cj) {
            j = r.next(j);
            continue;
        }
        let after = r.next(j);
        let next_alnum = r.get(after).is_some_and(is_alnum);
        if (cj == '\'' || cj == '’') && next_alnum {
            if possessive_at(after) {
                break;
            }
            j = after;
        } else if cj == '.' && next_alnum && r.at(r.prev(j)).is_ascii_digit() {
            j = after;
        } else {
            break;
        }
    }
    j
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "approx", "dept",
    "est", "rev", "hon", "adm", "cmdr", "gov't", "op", "vol", "pp",
];
// `is_abbreviation` lower-cases a word into eight bytes.
const _: () = {
    let mut i = 0;
    while i < ABBREVIATIONS.len() {
        assert!(ABBREVIATIONS[i].len() <= 8);
        i += 1;
    }
};

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
    for (p, &(ps, pe)) in paragraphs.iter().enumerate() {
        paragraph_sentences(text, (ps, pe), p, &mut out);
    }
    out
}

/// The sentences of paragraph `p`, `text[ps..pe]`.
fn paragraph_sentences(text: &str, (ps, pe): (usize, usize), p: usize, out: &mut Vec<Sentence>) {
    let r = Reader { s: &text[ps..pe], offset: ps };
    let mut depth = 0u32;
    let mut start = 0usize;
    let mut i = 0;
    loop {
        // Only stops and double quotes matter: the other ASCII is skipped.
        i += r.s.as_bytes()[i..].iter().position(|&b| !b.is_ascii() || matches!(b, b'.' | b'!' | b'?' | b'"')).unwrap_or(r.len() - i);
        let Some(c) = r.get(i) else { break };
        if is_double_quote(c) {
            depth = quote_depth(depth, c);
        }
        let in_quote = depth > 0;
        // A stop inside a quotation ends the sentence only where the
        // quotation closes right after it (“… unmasked.” The host …).
        let closes = || {
            let mut j = r.next(i);
            while j < r.len() && matches!(r.at(j), '.' | '!' | '?' | '…' | '’' | '\'') {
                j = r.next(j);
            }
            j < r.len() && matches!(r.at(j), '”' | '"' | '»')
        };
        if matches!(c, '.' | '!' | '?' | '…') && (!in_quote || closes()) {
            // Absorb closing quotes, brackets and repeated stops.
            let mut j = r.next(i);
            while j < r.len() && matches!(r.at(j), '.' | '!' | '?' | '…' | '”' | '’' | '"' | ')' | ']' | '\'') {
                if is_double_quote(r.at(j)) {
                    depth = depth.saturating_sub(1);
                }
                j = r.next(j);
            }
            let in_quote = depth > 0;
            let followed_by_space = j < r.len() && r.at(j).is_whitespace();
            let mut k = j;
            while k < r.len() && r.at(k).is_whitespace() {
                k = r.next(k);
            }
            let next = r.get(k);
            let starts_new = next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || is_double_quote(n) || n == '‘' || n == '[' || n == '(');
            // Inside an open quotation a full stop does not end the sentence.
            if followed_by_space && starts_new && !(c == '.' && is_abbreviation_end(&r, i)) && !in_quote {
                push(out, text, r.pos(start), r.pos(j), p);
                start = k;
                i = k;
                continue;
            }
            i = j;
            continue;
        }
        i = r.next(i);
    }
    push(out, text, r.pos(start), pe, p);
}

/// Is the word before the full stop at `i` an abbreviation?
fn is_abbreviation_end(r: &Reader, i: usize) -> bool {
    let mut s = i;
    while s > 0 && matches!(r.at(r.prev(s)), c if is_alnum(c) || c == '.' || c == '\'') {
        s = r.prev(s);
    }
    is_abbreviation(&r.s[s..i])
}

/// Is `word` (the text before a full stop) an abbreviation ("Mr", "Co",
/// "Jan"), an initial ("J") or a dotted abbreviation ("U.S")?
pub fn is_abbreviation(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    // Lower-cased on the stack: no abbreviation is longer than the buffer.
    let mut buf = [0u8; 8];
    if let Some(b) = buf.get_mut(..word.len()) {
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        if ABBREVIATIONS.iter().any(|a| a.as_bytes() == b) {
            return true;
        }
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
    fn ascii_text_reads_as_the_same_text_with_a_wider_character() {
        // A character of several bytes at the end changes nothing before it.
        let ascii = "Mr. Okoro's firm (ZPL) said: \"It won't. It is 2.5 U.S. units.\" Dr. J. Abe left... Then 'twas Fine!";
        let wide = format!("{ascii} é");
        let (a, w) = (tokenize(ascii, 0, ascii.len()), tokenize(&wide, 0, wide.len()));
        assert_eq!(a[..], w[..a.len()]);
        assert_eq!(w.len(), a.len() + 1);
        let (a, w) = (split(ascii), split(&wide));
        assert_eq!(a[..a.len() - 1], w[..a.len() - 1]);
        assert_eq!(format!("{} é", a[a.len() - 1]), w[a.len() - 1]);
    }

    #[test]
    fn is_alnum_is_is_alphanumeric() {
        assert!((0u32..0x3000).filter_map(char::from_u32).all(|c| is_alnum(c) == c.is_alphanumeric()));
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
