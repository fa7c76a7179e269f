//! Ingest: one raw scraped article → headline, standfirst, dateline and body
//! paragraphs, with boilerplate removed and every removal explained.
//!
//! Scrapes of news pages share a handful of layouts, and this module encodes
//! those layouts rather than any one site: an image credit or a section word
//! before the headline, the standfirst on either side of the headline and
//! often repeated as the first paragraph, a `Published …` dateline, related-
//! link lines and subscription, comment and cookie prompts. Each paragraph is
//! one non-blank line of the raw file.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::date::PubDate;
use crate::text::{compact_chars, push_lowercase};

/// What ingest kept of an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Ingested {
    pub title: String,
    pub standfirst: Option<String>,
    /// True when the first body paragraph repeats the standfirst, so the
    /// cleaned text starts with the body.
    pub standfirst_repeated: bool,
    pub dateline: Option<Dateline>,
    /// Body paragraphs, cleaned (not including the standfirst).
    pub paragraphs: Vec<String>,
    /// Lines left out, each with why.
    pub removed: Vec<Removal>,
    /// True when the file had no line that could be a headline (a whole
    /// article on one line, say) and the title was made from its first words.
    pub title_from_text: bool,
}

/// A first line longer than this is a paragraph, not a headline.
pub const MAX_HEADLINE_CHARS: usize = 250;
/// Words kept in a title made from the text.
const TITLE_WORDS: usize = 12;

#[derive(Clone, Debug, PartialEq)]
pub struct Dateline {
    pub line: usize,
    pub text: String,
    pub date: Option<PubDate>,
}

/// A line of the raw file that is not part of the article, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Removal {
    /// 1-based line number in the raw file.
    pub line: usize,
    pub text: String,
    pub reason: Reason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    ImageCredit,
    SectionWord,
    RelatedLink,
    CommentPrompt,
    CookieNotice,
    SiteChrome,
    WireDateline,
    Promotion,
    Credit,
}

impl Reason {
    pub fn explain(self) -> &'static str {
        match self {
            Reason::ImageCredit => "image credit before the headline",
            Reason::SectionWord => "section word glued to the headline",
            Reason::RelatedLink => "related-link line (\"Read more …\")",
            Reason::CommentPrompt => "comment or notification prompt",
            Reason::CookieNotice => "cookie notice",
            Reason::SiteChrome => "site navigation or label",
            Reason::WireDateline => "wire-service dateline before the first sentence",
            Reason::Promotion => "the outlet's own promotion (webinar, event registration)",
            Reason::Credit => "a contributor credit or the writer's bio at the end",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum IngestError {
    /// Nothing that could be a headline.
    NoHeadline,
}

impl std::fmt::Display for IngestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IngestError::NoHeadline => write!(f, "nothing but boilerplate: no line of the article is left"),
        }
    }
}

impl Ingested {
    /// The cleaned text that every offset indexes into: the standfirst (when
    /// it is not repeated by the body) and the body paragraphs, separated by
    /// blank lines. Returns the text and each paragraph's byte span.
    pub fn text(&self) -> (String, Vec<(usize, usize)>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        let lead = self.standfirst.as_ref().filter(|_| !self.standfirst_repeated);
        for p in lead.into_iter().chain(self.paragraphs.iter()) {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(p);
            spans.push((start, text.len()));
        }
        (text, spans)
    }
}

/// Clean one raw line: drop zero-width characters, make non-breaking and other
/// odd spaces plain, collapse runs of white space, and restore the space a
/// scraper lost after a full stop or comma ("cybersecurity.Kerry's",
/// "Xinhua,Wang") without touching abbreviations ("U.S."), decimals or domains.
pub fn clean_line(raw: &str) -> String {
    // One pass tells both whether the line needs mending and, when it does
    // not, whether a word may be glued.
    let survey = survey(raw);
    if !survey.clean {
        return unglue_words(mend(raw));
    }
    if survey.glued { unglue_each(raw.to_string()) } else { raw.to_string() }
}

/// White space, invisible characters and lost spaces mended, char by char.
fn mend(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let chars: Vec<char> = raw
        .chars()
        .filter(|c| !matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}'))
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let next2 = chars.get(i + 2).copied().unwrap_or(' ');
        let glued_sentence = c == '.'
            && prev.is_lowercase()
            && next.is_uppercase()
            && next2.is_lowercase()
            && !domain_like(&chars[..i], &chars[i + 1..]);
        let glued_comma = c == ',' && prev.is_alphabetic() && next.is_uppercase();
        if glued_sentence || glued_comma {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// The common case: single plain spaces, none at either end, no invisible
/// character, and no full stop or comma run into a capital — so
/// `clean_line` has nothing to mend but glued words.
#[cfg(test)]
fn is_clean(raw: &str) -> bool {
    survey(raw).clean
}

/// What one pass over a line finds.
struct Survey {
    /// Nothing for [`mend`] to do (see [`is_clean`]).
    clean: bool,
    /// A word may be glued (see [`may_be_glued`]).
    glued: bool,
}

/// ASCII bytes by what [`survey`] asks of them.
const UPPER: u8 = 1;
const LOWER: u8 = 2;
/// White space and the stops that may need a space after them.
const MENDS: u8 = 4;
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_whitespace() || c == b'.' || c == b',' {
            MENDS
        } else {
            0
        };
        b += 1;
    }
    t
};

/// [`Survey`] of `line`, a byte at a time where it is ASCII.
fn survey(line: &str) -> Survey {
    let b = line.as_bytes();
    let mut clean = !(line.starts_with(' ') || line.ends_with(' '));
    let (mut glued, mut prev_lower, mut word_start) = (false, false, 0);
    let upper_at = |i: usize| match b.get(i) {
        Some(&x) if x < 0x80 => x.is_ascii_uppercase(),
        Some(_) => line[i..].chars().next().is_some_and(char::is_uppercase),
        None => false,
    };
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        // A run of lower-case ASCII letters, most of a line, changes nothing
        // but `prev_lower`: passed over at once.
        let lower_run = b[i..].iter().take_while(|x| x.is_ascii_lowercase()).count();
        if lower_run > 0 {
            prev_lower = true;
            i += lower_run;
            continue;
        }
        // A space between words, the next most common byte, at once.
        if x == b' ' {
            clean &= b.get(i + 1) != Some(&b' ');
            glued |= glued_before_that(line, word_start, i);
            word_start = i + 1;
            prev_lower = false;
            i += 1;
            continue;
        }
        let (class, len) = if x < 0x80 {
            (ASCII_CLASS[usize::from(x)], 1)
        } else {
            let c = line[i..].chars().next().expect("a char starts here");
            clean &= !(c.is_whitespace() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}'));
            (if c.is_uppercase() { UPPER } else if c.is_lowercase() { LOWER } else { 0 }, c.len_utf8())
        };
        if class & MENDS != 0 {
            clean &= !match x {
                b' ' => b.get(i + 1) == Some(&b' '),
                b'.' | b',' => upper_at(i + 1),
                _ => true,
            };
            if x == b' ' {
                glued |= glued_before_that(line, word_start, i);
                word_start = i + 1;
            }
        }
        glued |= prev_lower && class & UPPER != 0;
        prev_lower = class & LOWER != 0;
        i += len;
    }
    Survey { clean, glued }
}

/// "www.Example.com" or "e.g.This": a dotted token around the full stop,
/// where a missing space is less likely than a name or address.
fn domain_like(before: &[char], after: &[char]) -> bool {
    let left: String = before.iter().rev().take_while(|c| !c.is_whitespace()).collect();
    let right: String = after.iter().take_while(|c| !c.is_whitespace()).collect();
    left.contains(['.', '/', '@']) || left == "www" || right.contains(['.', '/', '@'])
}

/// Split words a scraper glued together when it dropped the space between
/// two page elements: a lowercase word run into a name ("agencyXinhua") and a
/// name run into a reporting verb before "that" ("Spacewarreports that"). Brand spellings such
/// as "iPhone", "eBay" or "YouTube" do not have the shape and stay whole.
fn unglue_words(line: String) -> String {
    if may_be_glued(&line) { unglue_each(line) } else { line }
}

/// [`unglue_words`] without the quick check: every word looked at.
fn unglue_each(line: String) -> String {
    let mut words = line.split(' ').peekable();
    let mut out: Option<String> = None;
    let mut at = 0; // bytes of `line` looked at
    while let Some(word) = words.next() {
        let next = words.peek().copied().unwrap_or("");
        if let Some(cut) = glue_point(word, next) {
            // The first glued word: copy what came before it, then go on
            // copying (a line with nothing glued is returned as it is).
            let o = out.get_or_insert_with(|| {
                let mut o = String::with_capacity(line.len() + 8);
                o.push_str(&line[..at]);
                o
            });
            o.push_str(&word[..cut]);
            o.push(' ');
            o.push_str(&word[cut..]);
        } else if let Some(o) = out.as_mut() {
            o.push_str(word);
        }
        at += word.len();
        if words.peek().is_some() {
            at += 1;
            if let Some(o) = out.as_mut() {
                o.push(' ');
            }
        }
    }
    out.unwrap_or(line)
}

/// Could a word of `line` be glued? Either needs a lower-case letter run
/// into a capital inside a word, or a word before "that" that ends in a
/// reporting verb (most paragraphs say "that"; few have that word).
fn may_be_glued(line: &str) -> bool {
    survey(line).glued
}

/// Is the space at `space` followed by the word "that", and the word from
/// `word_start` before it a reporting verb glued to a name?
fn glued_before_that(line: &str, word_start: usize, space: usize) -> bool {
    let after = &line.as_bytes()[space + 1..];
    after.get(..4) == Some(b"that".as_slice())
        && after.get(4).is_none_or(|&b| b == b' ')
        && glue_point(&line[word_start..space], "that").is_some()
}

/// Where `word` (followed by `next`) was glued to another, if it was.
fn glue_point(word: &str, next: &str) -> Option<usize> {
    const VERBS: [&str; 6] = ["reports", "reported", "says", "said", "claims", "claimed"];
    // A run of four or more lower-case letters glued to a capitalised
    // word: "agencyXinhua".
    let glued_name = word.char_indices().find(|(_, c)| !c.is_lowercase()).filter(|&(at, c)| {
        let mut after = word[at..].chars().skip(1);
        c.is_uppercase() && after.next().is_some_and(char::is_lowercase) && word[..at].chars().count() >= 4
    });
    if let Some((at, _)) = glued_name {
        return Some(at);
    }
    // Only in a reporting frame: "Spacewarreports that …".
    if next != "that" {
        return None;
    }
    let letters = word.trim_end_matches(|c: char| !c.is_alphabetic());
    VERBS
        .iter()
        .find(|v| {
            letters.len() >= v.len() + 4
                && letters.ends_with(*v)
                && letters.starts_with(|c: char| c.is_uppercase())
                && letters[..letters.len() - v.len()].chars().skip(1).all(|c| c.is_lowercase())
        })
        .map(|v| letters.len() - v.len())
}

struct Block {
    line: usize,
    text: String,
}

/// Ingest one raw article.
pub fn ingest(raw: &str) -> Result<Ingested, IngestError> {
    let mut blocks: Vec<Block> = raw
        .lines()
        .enumerate()
        .map(|(i, l)| Block { line: i + 1, text: clean_line(l) })
        .filter(|b| !b.text.is_empty())
        .collect();
    let mut removed = Vec::new();

    // Boilerplate anywhere: related links, prompts, cookie notices.
    blocks.retain(|b| match boilerplate(&b.text) {
        Some(reason) => {
            removed.push(Removal { line: b.line, text: b.text.clone(), reason });
            false
        }
        None => true,
    });
    // Site labels left dangling at the very end ("Recent articles"), and
    // the credits and the writer's bio that close an article.
    while let Some(last) = blocks.last() {
        let reason = if is_trailing_chrome(&last.text) {
            Reason::SiteChrome
        } else if blocks.len() > 2 && is_credit_or_bio(&last.text) {
            Reason::Credit
        } else {
            break;
        };
        let b = blocks.pop().expect("last exists");
        removed.push(Removal { line: b.line, text: b.text, reason });
    }

    // Image credits before the headline.
    while blocks.len() > 1 && is_image_credit(&blocks[0].text) {
        let b = blocks.remove(0);
        removed.push(Removal { line: b.line, text: b.text, reason: Reason::ImageCredit });
    }

    // A section label on a line of its own above the headline ("Technology").
    if blocks.len() > 2 && is_section_label(&blocks[0].text) && clean_words(&blocks[1].text) > clean_words(&blocks[0].text) {
        let b = blocks.remove(0);
        removed.push(Removal { line: b.line, text: b.text, reason: Reason::SectionWord });
    }

    // A dateline among the first few blocks.
    let mut dateline = None;
    if let Some(i) = blocks.iter().take(4).position(|b| is_dateline(&b.text)) {
        let b = blocks.remove(i);
        dateline = Some(Dateline { line: b.line, date: PubDate::find_in(&b.text), text: b.text });
    }

    if blocks.is_empty() {
        return Err(IngestError::NoHeadline);
    }

    // Headline and standfirst: the first two blocks, in whichever order.
    let mut head = blocks.remove(0);
    let mut standfirst: Option<Block> = None;
    if let Some(second) = blocks.first() {
        if standfirst_before_headline(&head.text, &second.text) {
            let second = blocks.remove(0);
            standfirst = Some(std::mem::replace(&mut head, second));
        }
    }
    // A first line too long to be a headline is the body itself: it stays
    // in the text, and the title is made from its first words.
    let title_from_text = head.text.chars().count() > MAX_HEADLINE_CHARS;
    let title = if title_from_text {
        let title = first_words(&head.text, TITLE_WORDS);
        blocks.insert(0, head);
        if let Some(sf) = standfirst.take() {
            blocks.insert(0, sf);
            blocks[..2].sort_by_key(|b| b.line);
        }
        title
    } else {
        let (title, section) = split_section_word(&head.text);
        if let Some(section) = section {
            removed.push(Removal { line: head.line, text: section, reason: Reason::SectionWord });
        }
        title
    };
    // A wire dateline opening the first paragraph: "BERLIN (Reuters) - ".
    let mut datelined = None;
    for (k, first) in blocks.iter_mut().take(2).enumerate() {
        if let Some((wire, rest)) = split_wire_dateline(&first.text) {
            datelined = Some(k);
            if dateline.is_none() {
                dateline = Some(Dateline { line: first.line, date: PubDate::find_in(&wire), text: wire.clone() });
            }
            removed.push(Removal { line: first.line, text: wire, reason: Reason::WireDateline });
            first.text = rest;
            break;
        }
    }
    // The paragraph a dateline opens is the body's lead, however short.
    if standfirst.is_none() && datelined != Some(0) && blocks.len() >= 2 && looks_like_standfirst(&blocks[0].text, &blocks[1].text) {
        standfirst = Some(blocks.remove(0));
    }
    // When the body's first paragraph repeats the standfirst, the body keeps
    // it and the standfirst stays out of the text, so nothing is said twice.
    let standfirst_repeated = match (&standfirst, blocks.first()) {
        (Some(sf), Some(first)) => repeats(&sf.text, &first.text),
        _ => false,
    };
    removed.sort_by_key(|r| r.line);
    Ok(Ingested {
        title,
        standfirst: standfirst.map(|b| b.text),
        standfirst_repeated,
        dateline,
        paragraphs: blocks.into_iter().map(|b| b.text).collect(),
        removed,
        title_from_text,
    })
}

/// The first `n` words of `s`, with "…" when there were more.
fn first_words(s: &str, n: usize) -> String {
    let mut words = s.split_whitespace();
    let head: Vec<&str> = words.by_ref().take(n).collect();
    let mut out = head.join(" ");
    if words.next().is_some() {
        out.push('…');
    }
    out
}

/// Does `s` start with one of `prefixes` as whole words ("subscribe" is not
/// the start of "Subscribers")?
fn lower_starts(s: &str, prefixes: &[&str]) -> bool {
    starts_with_any(&s.to_lowercase(), prefixes)
}

/// [`lower_starts`] on text already lower-cased.
fn starts_with_any(l: &str, prefixes: &[&str]) -> bool {
    let first = l.as_bytes().first();
    prefixes.iter().any(|p| {
        p.as_bytes().first() == first
            && l.starts_with(p)
            && (p.ends_with([' ', ':']) || !l[p.len()..].starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// The words of a cleaned line (single spaces between words, none at the
/// ends): its spaces, counted bytewise, plus one.
fn clean_words(s: &str) -> usize {
    if s.is_empty() { 0 } else { s.bytes().filter(|&b| b == b' ').count() + 1 }
}

/// Does `s` say "cookie", in any case? Looks only where a `c` stands.
fn says_cookie(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).any(|i| b[i] | 0x20 == b'c' && b[i..].get(..6).is_some_and(|w| w.eq_ignore_ascii_case(b"cookie")))
}

/// Calls to act on an outlet's own events: "register now", "save your seat".
const CALLS: &[&str] = &["register now", "register today", "register here", "register for free", "sign up now", "save your seat", "reserve your spot", "stream this", "free to attend"];
/// What an outlet sells; and events that news also reports, which count
/// only beside a call to act.
const OWN_EVENTS: &[&str] = &["webinar", "on-demand event", "live discussion", "livestream on"];
const EVENTS: &[&str] = &["town hall", "roundtable", "virtual event", "live event"];
/// What a cookie notice says around the word "cookie".
const COOKIE_CONTEXT: &[&str] = &["our site", "we use", "this site", "use cookies", "learn more", "accept"];

/// The phrase groups [`boilerplate`] looks for anywhere in a line, by index
/// (the bits of [`Found`]).
const GROUPS: [&[&str]; 7] = [CALLS, OWN_EVENTS, EVENTS, &["cookie"], COOKIE_CONTEXT, &["comment"], &["notification"]];
const G_CALLS: u8 = 1 << 0;
const G_OWN_EVENTS: u8 = 1 << 1;
const G_EVENTS: u8 = 1 << 2;
const G_COOKIE: u8 = 1 << 3;
const G_COOKIE_CONTEXT: u8 = 1 << 4;
const G_COMMENT: u8 = 1 << 5;
const G_NOTIFICATION: u8 = 1 << 6;

/// The automata over all of [`GROUPS`], searching lower-cased text: `any`
/// (leftmost, so it can skip ahead with a vectorised search) tells quickly
/// whether a line has any phrase at all, as most do not; `every` then
/// reports every phrase, even overlapping ones ("use cookies" and
/// "cookie"), each as the bit of its group.
struct Phrases {
    any: AhoCorasick,
    every: AhoCorasick,
    group_of: Vec<u8>,
}

/// Which of [`GROUPS`] a lower-cased line contains: one pass of an
/// automaton over the line instead of one search per phrase.
#[derive(Clone, Copy)]
struct Found(u8);

impl Found {
    fn in_line(l: &str) -> Found {
        static PHRASES: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
        let Phrases { any, every, group_of } = PHRASES.get_or_init(|| {
            let phrases = || GROUPS.iter().flat_map(|g| g.iter());
            // A contiguous NFA builds in a fraction of a DFA's time, which
            // matters on a small corpus; the search is mostly the prefilter.
            let build = |kind| {
                AhoCorasick::builder().kind(Some(AhoCorasickKind::ContiguousNFA)).match_kind(kind).build(phrases()).expect("phrases build")
            };
            let group_of = GROUPS.iter().enumerate().flat_map(|(i, g)| g.iter().map(move |_| 1u8 << i)).collect();
            Phrases { any: build(MatchKind::LeftmostFirst), every: build(MatchKind::Standard), group_of }
        });
        if !any.is_match(l) {
            return Found(0);
        }
        Found(every.find_overlapping_iter(l).fold(0, |found, m| found | group_of[m.pattern().as_usize()]))
    }

    fn has(self, groups: u8) -> bool {
        self.0 & groups != 0
    }
}

/// Lines a scraper picks up from the page around the article.
fn boilerplate(s: &str) -> Option<Reason> {
    let words = clean_words(s);
    // Only a short line can be a prompt or label, and a long one is a
    // cookie notice only if it says "cookie": most paragraphs are neither.
    let long_without_cookie = words > 30 && !says_cookie(s);
    // Nor is quoted speech promotion, so a long quoted line is no
    // boilerplate at all.
    let quoted = s.contains('"') || s.contains('“');
    if long_without_cookie && (words > 120 || quoted) {
        return None;
    }
    // Lower-cased once, for the phrases and the prompts alike.
    let mut l = String::with_capacity(s.len());
    push_lowercase(&mut l, s);
    let found = Found::in_line(&l);
    if words <= 120 {
        if let Some(r) = promotion(quoted, &l, words, found) {
            return Some(r);
        }
    }
    if long_without_cookie {
        return None;
    }
    if words <= 14
        && starts_with_any(&l, &[
            "read more", "related:", "related articles", "related stories", "see also", "more on ",
            "more from ", "also read", "read also", "further reading", "recommended:", "click here",
            "reporting by", "additional reporting by", "(reporting by", "editing by", "writing by",
        ])
    {
        return Some(Reason::RelatedLink);
    }
    if found.has(G_COOKIE) && (found.has(G_COOKIE_CONTEXT) || words <= 12) {
        return Some(Reason::CookieNotice);
    }
    if words <= 14
        && (starts_with_any(&l, &[
            "start the conversation", "join the conversation", "leave a comment", "leave a reply",
            "be the first to comment", "please create a username", "please log in", "please sign in",
            "send me notifications", "sign up", "subscribe", "share this", "share on", "follow us",
            "comments", "view comments", "add a comment",
        ]) || (found.has(G_COMMENT) && (l.starts_with("please") || found.has(G_NOTIFICATION))))
    {
        return Some(Reason::CommentPrompt);
    }
    if words <= 4
        && matches!(
            l.trim_end_matches(':'),
            "advertisement" | "info message" | "recent articles" | "most read" | "most popular"
                | "trending" | "related content" | "share" | "print" | "email" | "tweet"
                | "related topics" | "more on this story" | "top stories" | "related"
        )
    {
        return Some(Reason::SiteChrome);
    }
    if words <= 30 && starts_with_any(&l, &["image caption", "image source", "caption:", "photograph:", "image:", "media caption"]) {
        return Some(Reason::ImageCredit);
    }
    None
}

/// The outlet selling its own events or asking for tips: "REGISTER NOW
/// for this LIVE discussion", "On-Demand Event: …", "Have a tip? Get in
/// touch …". A short line needs one such phrase; a paragraph-long one
/// (an event blurb naming its hosts and sponsor) needs a call to act and
/// an event both. Quoted speech is never promotion. `quoted` tells whether
/// the line has a quotation mark, `l` is the line lower-cased, `words` its
/// words, `found` its phrases.
fn promotion(quoted: bool, l: &str, words: usize, found: Found) -> Option<Reason> {
    const TIPS: &[&str] = &["have a tip", "got a tip", "do you have a tip", "have a news tip", "know more about this story"];
    if quoted {
        return None;
    }
    let call = found.has(G_CALLS);
    let short = words <= 60;
    let tip = || words <= 40 && starts_with_any(l.trim_start_matches(|c: char| !c.is_alphanumeric()), TIPS);
    let promoted = if call { short || found.has(G_OWN_EVENTS | G_EVENTS) || tip() } else { short && found.has(G_OWN_EVENTS) || tip() };
    promoted.then_some(Reason::Promotion)
}

/// Short label-like lines at the end of a page, after the article.
fn is_trailing_chrome(s: &str) -> bool {
    let l = s.to_lowercase();
    clean_words(s) <= 4
        && (l.starts_with("tags") || l.starts_with("topics") || l.starts_with("filed under") || l == "more")
}

/// The lines that close a news article after its last paragraph: a
/// contributor credit ("Mara Lind contributed to this report.") or the
/// writer's bio ("Teo Brask is a reporter for the Daily Ledger covering
/// courts. Follow him on Twitter @tbrask."). Short, about the writing of
/// the article, never quoted speech.
fn is_credit_or_bio(s: &str) -> bool {
    let words = clean_words(s);
    if words > 45 || s.contains('“') || s.contains('"') {
        return false;
    }
    let l = s.to_lowercase();
    let credit = ["contributed to this report", "contributed reporting", "contributed to this article", "contributed to this story"]
        .iter()
        .any(|p| l.contains(p));
    let follow = ["follow him on", "follow her on", "follow them on", "you can follow"].iter().any(|p| l.contains(p));
    // "<Name> is a reporter for …": two or three capitalised words, then
    // the writer's trade.
    let name_len = s.split(' ').take_while(|w| w.starts_with(char::is_uppercase)).count();
    let rest = s.split(' ').skip(name_len).take(5).collect::<Vec<_>>().join(" ").to_lowercase();
    let trade = ["reporter", "writer", "correspondent", "editor", "journalist", "columnist", "contributor", "freelance"];
    let bio = (2..=3).contains(&name_len)
        && (rest.starts_with("is a ") || rest.starts_with("is an ") || rest.starts_with("is the "))
        && trade.iter().any(|t| rest.contains(t));
    credit || follow && words <= 25 || bio && words <= 40
}

/// A one- or two-word label with no sentence punctuation: a section name a
/// scraper kept above the headline.
fn is_section_label(s: &str) -> bool {
    let words = clean_words(s);
    (1..=2).contains(&words) && s.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '&' || c == '-') && s.starts_with(char::is_uppercase)
}

/// "BERLIN (Reuters) - Russia …", "WASHINGTON, July 21 (AP) — …": a city in
/// capitals, an optional date, an agency in parentheses, a dash. Returns the
/// dateline and the rest of the paragraph.
fn split_wire_dateline(p: &str) -> Option<(String, String)> {
    let close = p.find(") ")?;
    if close > 60 {
        return None;
    }
    let open = p[..close].rfind(" (")?;
    let city = p[..open].split(',').next()?.trim();
    let city_ok = !city.is_empty() && city.chars().all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'');
    let agency = &p[open + 2..close];
    let agency_ok = !agency.is_empty() && agency.len() <= 20;
    let after = p[close + 2..].trim_start();
    let dash = after.strip_prefix("- ").or_else(|| after.strip_prefix("– ")).or_else(|| after.strip_prefix("— "))?;
    (city_ok && agency_ok).then(|| (p[..close + 1].to_string(), dash.trim_start().to_string()))
}

/// "boule1301 - stock.adobe.com", "Photo: Reuters", "© Getty Images".
fn is_image_credit(s: &str) -> bool {
    if clean_words(s) > 12 || s.ends_with('.') && clean_words(s) > 6 {
        return false;
    }
    let l = s.to_lowercase();
    const AGENCIES: [&str; 9] = [
        "getty images", "shutterstock", "alamy", "istock", "stock.adobe", "reuters", "afp", "pa images",
        "ap photo",
    ];
    let has_domain = l.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.contains('.') && !w.ends_with('.') && w.rsplit('.').next().is_some_and(|tld| (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic()))
    });
    l.starts_with('©')
        || l.starts_with("photo")
        || l.starts_with("image")
        || l.starts_with("picture")
        || l.starts_with("credit")
        || AGENCIES.iter().any(|a| l.contains(a)) && clean_words(s) <= 8
        || has_domain && !l.contains(". ") && clean_words(s) <= 6
}

fn is_dateline(s: &str) -> bool {
    if clean_words(s) > 12 {
        return false;
    }
    // The cheap test first: most lines near the top are headlines and
    // standfirsts, with no date to look for.
    (clean_words(s) <= 6 || lower_starts(s, &["published", "updated", "posted", "first published", "last updated", "date:"]))
        && PubDate::find_in(s).is_some()
}

/// The first block is the standfirst and the second the headline when the
/// first reads like a sentence and the second is a much shorter title line.
fn standfirst_before_headline(first: &str, second: &str) -> bool {
    let (a, b) = (clean_words(first), clean_words(second));
    b <= 14 && !ends_sentence(second) && a >= 12 && a as f32 >= b as f32 * 1.6
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '”', '"', '…'])
}

/// The block after the headline is a standfirst when it is a short summary:
/// no closing full stop (a summary line), or repeated by the next block, or a
/// single lede of modest length followed by more paragraphs.
fn looks_like_standfirst(candidate: &str, next: &str) -> bool {
    let words = clean_words(candidate);
    if !(5..=70).contains(&words) {
        return false;
    }
    !ends_sentence(candidate) || words <= 45 || repeats(candidate, next)
}

/// Does `b` repeat `a` (or the other way round)? Compared without spacing,
/// case or punctuation, so "cyber space" repeats "cyberspace"; one must be a
/// prefix of the other, allowing a little drift at the end.
fn repeats(a: &str, b: &str) -> bool {
    // The common case at once: one is the other with a stop or spacing
    // added at its end, so both fold alike.
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.starts_with(short) && compact_chars(&long[short.len()..]).next().is_none() {
        let mut bytes = 0;
        return compact_chars(short).any(|c| {
            bytes += c.len_utf8();
            bytes >= 20
        });
    }
    // The shorter in folded bytes must have 20 of them, and agree on 90% of
    // its characters from the start. Both are folded side by side, once,
    // and only until it is clear which is the shorter.
    let (mut x, mut y) = (Folding::new(a), Folding::new(b));
    let (mut agree, mut agreeing) = (0usize, true);
    let short = loop {
        let (cx, cy) = (x.next(), y.next());
        if agreeing && cx.is_some() && cx == cy {
            agree += 1;
        } else {
            agreeing = false;
            // `agree` is final, and the shorter will have seen at least as
            // many characters as either has now: too few agree already.
            if (agree as f32) < x.chars_seen.min(y.chars_seen) as f32 * 0.9 {
                return false;
            }
        }
        // `a` is the shorter when its bytes are no more than `b`'s.
        if x.done && y.bytes >= x.bytes {
            break x;
        }
        if y.done && x.bytes > y.bytes {
            break y;
        }
    };
    short.bytes >= 20 && agree as f32 >= short.chars_seen as f32 * 0.9
}

/// A text's folded characters (`compact_chars`), counted as they come.
struct Folding<'a> {
    chars: crate::text::Compact<'a>,
    bytes: usize,
    chars_seen: usize,
    done: bool,
}

impl<'a> Folding<'a> {
    fn new(s: &'a str) -> Self {
        Folding { chars: compact_chars(s), bytes: 0, chars_seen: 0, done: false }
    }
    fn next(&mut self) -> Option<char> {
        if self.done {
            return None;
        }
        let c = self.chars.next();
        match c {
            Some(c) => {
                self.bytes += c.len_utf8();
                self.chars_seen += 1;
            }
            None => self.done = true,
        }
        c
    }
}

/// Split a section word a scraper glued to the headline ("CybersecurityChina,
/// U.S. to …" → "China, U.S. to …"). Only a known section name, or a long
/// single word running into a capitalised one, counts; brand names such as
/// "YouTube" or "PayPal" have short halves and stay whole.
fn split_section_word(head: &str) -> (String, Option<String>) {
    const SECTIONS: [&str; 24] = [
        "News", "World", "Politics", "Business", "Technology", "Tech", "Security", "Cybersecurity",
        "Science", "Opinion", "Analysis", "Features", "Feature", "Sport", "Health", "Economy",
        "Defence", "Defense", "Europe", "Asia", "Breaking", "Exclusive", "Explainer", "Comment",
    ];
    let first = head.split_whitespace().next().unwrap_or("");
    let chars: Vec<(usize, char)> = first.char_indices().collect();
    for w in 1..chars.len() {
        let (idx, c) = chars[w];
        if c.is_uppercase() && chars[w - 1].1.is_lowercase() {
            let prefix = &first[..idx];
            let rest_word = &first[idx..];
            let known = SECTIONS.contains(&prefix);
            let long_halves = prefix.chars().count() >= 8
                && rest_word.chars().take_while(|c| c.is_alphabetic()).count() >= 4;
            if known || long_halves {
                return (head[idx..].to_string(), Some(prefix.to_string()));
            }
            break;
        }
    }
    (head.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::word_count;

    #[test]
    fn clean_line_restores_spaces_and_normalises_white_space() {
        let cases = [
            ("on cybersecurity.Kerry’s announcement", "on cybersecurity. Kerry’s announcement"),
            ("According to Xinhua,Wang told", "According to Xinhua, Wang told"),
            ("the U.S. and China", "the U.S. and China"),
            ("between the two\u{a0}sides.", "between the two sides."),
            ("  a   b\t c  ", "a b c"),
            ("version 2.0 shipped", "version 2.0 shipped"),
            ("see www.Example.com now", "see www.Example.com now"),
            ("1,000 targets", "1,000 targets"),
            ("zero\u{200B}width", "zerowidth"),
            ("official news agencyXinhua, quoted", "official news agency Xinhua, quoted"),
            ("Spacewarreports that Kerry", "Spacewar reports that Kerry"),
            ("the new iPhone and eBay and YouTube", "the new iPhone and eBay and YouTube"),
            ("Aforesaid", "Aforesaid"),
        ];
        for (raw, want) in cases {
            assert_eq!(clean_line(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn the_fast_path_mends_exactly_what_the_slow_one_would() {
        // Every string of up to 5 characters over an alphabet of what the
        // mending looks at: the quick check must never skip a change.
        let alphabet = [' ', '.', ',', 'a', 'B', 'é', 'É', '“', '\u{a0}', '\t', '\u{200B}', '/'];
        let mut strings = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = strings.iter().rev().take(30_000).flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            strings.extend(longer);
        }
        for s in &strings {
            let slow = mend(s);
            if is_clean(s) {
                assert_eq!(&slow, s, "{s:?}");
            }
            let cleaned = clean_line(s);
            assert_eq!(clean_words(&cleaned), word_count(&cleaned), "{s:?}");
            // A line the quick check passes has nothing to unglue.
            if !may_be_glued(&slow) {
                assert_eq!(unglue_each(slow.clone()), slow, "{s:?}");
            }
        }
    }

    #[test]
    fn the_quick_check_finds_every_glued_reporting_verb() {
        // The alphabet above has no words; these lines exercise the
        // "… that" path, glued and not.
        let lines = [
            "Spacewarreports that Kerry", "the Reuterssaid that talks", "Xinhuaclaimed that", "Agencyreported that it",
            "officials said that", "He says that", "Spacewarreports thatch", "Spacewarreports, that", "that that that",
            " that", "Newssays that", "Tassreports that", "BBCreports that", "the Spacewar reports that", "Pressclaims  that",
            "Globalsaid that and Mediasays that", "anagencyXinhua said that",
        ];
        for l in lines {
            let l = l.to_string();
            let changed = unglue_each(l.clone()) != l;
            assert_eq!(unglue_words(l.clone()), unglue_each(l.clone()), "{l:?}");
            if changed {
                assert!(may_be_glued(&l), "{l:?}");
            }
        }
        assert_ne!(unglue_each("the Reuterssaid that talks".into()), "the Reuterssaid that talks");
    }

    #[test]
    fn repeats_reads_only_as_far_as_it_must() {
        // The whole comparison, as it was before the quick check.
        fn slow(a: &str, b: &str) -> bool {
            let (a, b) = (crate::text::compact(a), crate::text::compact(b));
            let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            short.len() >= 20 && short.chars().zip(long.chars()).take_while(|(x, y)| x == y).count() as f32 >= short.chars().count() as f32 * 0.9
        }
        let base = "Cyber security talks between China and the US made progress this week, officials said.";
        let mut cases = vec![(base.to_string(), base.to_string())];
        for cut in [10, 17, 18, 19, 20, 22, 30, 60] {
            cases.push((base[..cut].to_string(), base.to_string()));
            cases.push((format!("X{}", &base[..cut]), base.to_string()));
            cases.push((format!("{}Z", &base[..cut]), base.to_string()));
        }
        cases.push(("Çà et là: éé éé éé éé éé éé éé ok".into(), "Ca et la: ee ee ee ee ee ee ee ok!".into()));
        cases.push(("ééééééééééééééééééééé".into(), "éééééééééééééééééééééé plus".into()));
        cases.push(("ééééééééééééé x".into(), "ééééééééééééé y".into()));
        // One the other with a stop added, either side of 20 folded bytes.
        cases.push((base.trim_end_matches('.').to_string(), base.to_string()));
        cases.push(("abcdefghij klmnopqrs".into(), "abcdefghij klmnopqrs. ".into()));
        cases.push(("abcdefghij klmnopqrst".into(), "abcdefghij klmnopqrst!".into()));
        cases.push(("ééééééééé".into(), "ééééééééé.".into()));
        cases.push(("éééééééééé".into(), "éééééééééé…".into()));
        // Drift near the end of the shorter, around the 90% line, with
        // curly quotes (non-ASCII) in both.
        let curly = "“Cyber security talks went well,” the minister’s office said on Monday.";
        let n = curly.chars().count();
        for keep in [n / 2, n * 8 / 10, n * 88 / 100, n * 9 / 10, n * 92 / 100, n - 2, n] {
            let head: String = curly.chars().take(keep).collect();
            cases.push((format!("{head} and other words entirely"), curly.to_string()));
            cases.push((head.clone(), curly.to_string()));
        }
        for (a, b) in &cases {
            assert_eq!(repeats(a, b), slow(a, b), "{a:?} / {b:?}");
            assert_eq!(repeats(b, a), slow(b, a), "{b:?} / {a:?}");
        }
    }

    #[test]
    fn the_phrase_automaton_finds_what_contains_finds() {
        let lines = [
            "we use cookies to improve this site; accept to go on",
            "register now for the virtual event and save your seat",
            "the roundtable in the town hall was a live event, not a webinar",
            "please leave a comment and turn on notifications",
            "the union's livestream on friday drew a crowd",
            "nothing to see in this paragraph about harbour tolls in port velora",
            "",
        ];
        for l in lines {
            let found = Found::in_line(l);
            for (i, group) in GROUPS.iter().enumerate() {
                assert_eq!(found.has(1 << i), group.iter().any(|p| l.contains(p)), "{l:?}, group {i}");
            }
        }
    }

    #[test]
    fn cookie_is_found_in_any_case() {
        for (s, want) in [("We use COOKIES here", true), ("Cookie", true), ("cooki", false), ("c o o k i e", false), ("café cOOkIe…", true), ("", false)] {
            assert_eq!(says_cookie(s), want, "{s:?}");
        }
    }

    #[test]
    fn boilerplate_lines_are_recognised_with_a_reason() {
        let cases = [
            ("Read more on Hackers and cybercrime prevention", Some(Reason::RelatedLink)),
            ("REGISTER NOWfor this LIVE discussion with our panel of experts on Wednesday", Some(Reason::Promotion)),
            ("On-Demand Event: how ransomware gangs pick their targets", Some(Reason::Promotion)),
            ("Read more about national security", Some(Reason::RelatedLink)),
            ("See also: the 2015 agreement", Some(Reason::RelatedLink)),
            ("Start the conversation", Some(Reason::CommentPrompt)),
            ("Send me notifications when other members comment.", Some(Reason::CommentPrompt)),
            ("Please create a username to comment.", Some(Reason::CommentPrompt)),
            ("We use cookies to improve your experience. Accept all", Some(Reason::CookieNotice)),
            ("Learn more about our cookies and how to control them", Some(Reason::CookieNotice)),
            ("Advertisement", Some(Reason::SiteChrome)),
            ("Info Message", Some(Reason::SiteChrome)),
            ("Related Topics", Some(Reason::SiteChrome)),
            ("Image caption: The commission said it was \"deeply concerned\"", Some(Reason::ImageCredit)),
            ("Read the full statement, the minister said, before the vote on Tuesday evening in the chamber.", None),
            ("The company said it would read more widely.", None),
            ("Subscribers to the service were hit by the breach, the company said on Monday.", None),
            ("Have a tip? Reach our newsroom securely over Signal at +1 555 0100.", Some(Reason::Promotion)),
            (
                "Cloud keys everywhere? REGISTER TODAY for our live webinar on secrets sprawl, in partnership with Quillon. \
                 Learn where attackers look first and how to get there before them. Join host Mara Vint and Quillon \
                 researchers Teo Brask and Iva Lund on June 3 at 2PM EST for this interactive town hall, sponsored by \
                 Quillon, with time for your questions at the end and a recording for everyone who signs up.",
                Some(Reason::Promotion),
            ),
            (
                "The agency held a town hall for residents on Tuesday evening, where officials described how the \
                 intrusion was found, which systems were taken offline, what the attackers may have copied from the \
                 billing servers, and when the county expects its payment portal to be restored for the thousands \
                 of households who use it each month.",
                None,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(boilerplate(line), want, "{line:?}");
        }
    }

    #[test]
    fn closing_credits_and_bios() {
        let cases = [
            ("Mara Lind contributed to this report.", true),
            ("Reporting was contributed by staff. Ivo Dane and Lea Brant contributed reporting from Oslo.", true),
            ("Teo Brask is a reporter for the Daily Ledger covering courts and policing. Follow him on Twitter @tbrask.", true),
            ("Ana Ruiz is a senior correspondent at Harbour News.", true),
            ("Follow her on Twitter @ana_ruiz or email tips to the desk.", true),
            ("Ana Ruiz is a mother of three who lost her savings in the scam, the court heard.", false),
            ("The ministry said the unit had contributed to the report on the outage.", false),
            ("“Teo Brask is a reporter for the Daily Ledger,” the lawyer said, “and he lied.”", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_credit_or_bio(line), want, "{line:?}");
        }
        let text = article(&["Headline of the story", "The first paragraph says what happened.", "A second paragraph adds more.", "Mara Lind contributed to this report."]);
        let ing = ingest(&text).expect("reads");
        assert_eq!(ing.paragraphs.last().map(String::as_str), Some("A second paragraph adds more."), "{:?}", ing.paragraphs);
        assert_eq!(ing.removed.last().map(|r| r.reason), Some(Reason::Credit));
    }

    #[test]
    fn image_credits_and_datelines() {
        for credit in ["boule1301 - stock.adobe.com", "Photo: Reuters", "© Getty Images", "Image credit: NASA", "jdoe / shutterstock.com"] {
            assert!(is_image_credit(credit), "{credit}");
        }
        for not_credit in ["UK and China reach out across cyber no-man's land", "Hackers hit Example.com users, firm says in a statement to the press."] {
            assert!(!is_image_credit(not_credit), "{not_credit}");
        }
        assert!(is_dateline("Published 15 April 2013"));
        assert!(is_dateline("Updated: 3 March 2021 10:32 GMT"));
        assert!(is_dateline("April 15, 2013"));
        assert!(!is_dateline("In April 2013 the two countries agreed to set up a working group on the topic"));
    }

    #[test]
    fn section_words_split_only_when_clearly_glued() {
        let cases = [
            ("CybersecurityChina, U.S. to team up", "China, U.S. to team up", Some("Cybersecurity")),
            ("WorldRussia denies hacking claims", "Russia denies hacking claims", Some("World")),
            ("YouTube removes channels", "YouTube removes channels", None),
            ("McDonald's breach exposed data", "McDonald's breach exposed data", None),
            ("LinkedIn data scraped", "LinkedIn data scraped", None),
            ("InternationalRelations thaw", "Relations thaw", Some("International")),
        ];
        for (head, title, section) in cases {
            let (t, s) = split_section_word(head);
            assert_eq!((t.as_str(), s.as_deref()), (title, section), "{head}");
        }
    }

    fn article(lines: &[&str]) -> String {
        lines.join("\n\n")
    }

    #[test]
    fn standfirst_repeated_as_first_paragraph() {
        let raw = article(&[
            "Ministers agree data deal",
            "Ministers from both countries have agreed a data-sharing deal",
            "Ministers from both countries have agreed a data-sharing deal, officials said on Friday.",
            "The deal covers health records.",
            "Read more on data protection",
        ]);
        let a = ingest(&raw).unwrap();
        assert_eq!(a.title, "Ministers agree data deal");
        assert_eq!(a.standfirst.as_deref(), Some("Ministers from both countries have agreed a data-sharing deal"));
        assert!(a.standfirst_repeated);
        assert_eq!(a.paragraphs.len(), 2);
        let (text, spans) = a.text();
        assert!(text.starts_with("Ministers from both countries have agreed a data-sharing deal, officials"));
        assert_eq!(spans.len(), 2);
        assert!(a.removed.iter().any(|r| r.reason == Reason::RelatedLink));
    }

    #[test]
    fn standfirst_before_headline_is_swapped() {
        let raw = article(&[
            "Talks between the two governments went well according to the state news agency on Tuesday",
            "Data talks make progress",
            "Talks between the two governments on data went well, state media said.",
            "Officials gave no details.",
        ]);
        let a = ingest(&raw).unwrap();
        assert_eq!(a.title, "Data talks make progress");
        assert!(a.standfirst.unwrap().starts_with("Talks between the two governments went well"));
        assert!(!a.standfirst_repeated);
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn credit_dateline_and_new_standfirst_enter_the_text() {
        let raw = article(&[
            "jdoe - stock.adobe.com",
            "Regulator fines bank",
            "Published 3 March 2021",
            "The regulator has fined a bank over a data breach, according to reports.",
            "The bank said it would appeal.",
            "It declined to comment further.",
        ]);
        let a = ingest(&raw).unwrap();
        assert_eq!(a.title, "Regulator fines bank");
        assert_eq!(a.dateline.as_ref().unwrap().date.unwrap().iso(), "2021-03-03");
        assert!(!a.standfirst_repeated);
        let (text, _) = a.text();
        assert!(text.starts_with("The regulator has fined a bank"));
        assert_eq!(a.removed[0].reason, Reason::ImageCredit);
    }

    #[test]
    fn section_labels_wire_datelines_and_credit_lines() {
        let raw = article(&[
            "Technology",
            "Regulators fine bank over breach",
            "The regulator has fined a bank over a data breach",
            "LONDON (Reuters) - The regulator on Tuesday fined a bank over a data breach, it said.",
            "The bank said it would appeal.",
            "Reporting by Jane Doe; Editing by John Smith",
        ]);
        let a = ingest(&raw).unwrap();
        assert_eq!(a.title, "Regulators fine bank over breach");
        assert_eq!(a.dateline.as_ref().unwrap().text, "LONDON (Reuters)");
        assert!(a.paragraphs[0].starts_with("The regulator on Tuesday"), "{:?}", a.paragraphs);
        assert_eq!(a.paragraphs.len(), 2);
        assert!(split_wire_dateline("WASHINGTON, July 21 (AP) — Officials said so.").is_some());
        assert!(split_wire_dateline("The UK (and China) - a story").is_none());
    }

    #[test]
    fn a_short_lead_opened_by_a_wire_dateline_is_the_body_not_a_standfirst() {
        let raw = article(&[
            "Miners accuse port of delays",
            "PERTHWICK, June 3 (Wire) - A miners' group on Monday accused Port Almer of holding up ore shipments.",
            "The port said the delays were caused by weather.",
            "Talks are due next week.",
        ]);
        let a = ingest(&raw).unwrap();
        assert_eq!(a.standfirst, None);
        assert!(a.paragraphs[0].starts_with("A miners' group on Monday"), "{:?}", a.paragraphs);
        // Without the dateline the same short lede reads as a standfirst.
        let raw = article(&[
            "Miners accuse port of delays",
            "A miners' group on Monday accused Port Almer of holding up ore shipments.",
            "The port said the delays were caused by weather.",
            "Talks are due next week.",
        ]);
        assert!(ingest(&raw).unwrap().standfirst.is_some());
    }

    #[test]
    fn a_file_without_text_has_no_headline() {
        assert_eq!(ingest("\n \n\u{a0}\n"), Err(IngestError::NoHeadline));
        let one = ingest("Just a headline").unwrap();
        assert_eq!(one.title, "Just a headline");
        assert!(one.paragraphs.is_empty());
    }
}
