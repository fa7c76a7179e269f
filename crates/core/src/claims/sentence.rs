//! One sentence as attribution reads it: its tokens, which are inside a
//! quotation, which belong to an entity mention; and the words of what is
//! reported, as polarity reads them.

use crate::entities::LocalMention;
use crate::lexicon::{is_auxiliary, AUXILIARIES};
use crate::polarity;
use crate::text::FastSet;
use crate::tokens::{Sentence, Token, Tokenised};
use std::sync::OnceLock;

/// The rules read each token's text, lower case and quotation marks many
/// times over: they are sliced out once, when the sentence is built.
pub(super) struct Sent<'a> {
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token],
    /// Each token's text, read once.
    words: Vec<Word<'a>>,
    pub(super) in_quote: Vec<bool>,
    /// Mention covering each token, if any.
    pub(super) mention: Vec<Option<usize>>,
}

/// A token's text, in lower case, and whether it is a run of double
/// quotation marks.
struct Word<'a> {
    text: &'a str,
    lower: &'a str,
    quote_mark: bool,
}

impl<'a> Sent<'a> {
    pub(super) fn w(&self, i: usize) -> &'a str {
        self.words[i].text
    }
    pub(super) fn lw(&self, i: usize) -> &'a str {
        self.words[i].lower
    }
    pub(super) fn is_quote_mark(&self, i: usize) -> bool {
        self.words[i].quote_mark
    }
    /// [`is_auxiliary`] of token `i`'s text, read from its lower case
    /// (the same for an ASCII word) without lower-casing it again.
    pub(super) fn aux(&self, i: usize) -> bool {
        static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
        let Word { text: w, lower, .. } = self.words[i];
        if !w.is_ascii() {
            return is_auxiliary(w);
        }
        (w.len() > 4 && w.ends_with("ly")) || SET.get_or_init(|| AUXILIARIES.iter().copied().collect()).contains(lower.trim_end_matches('.'))
    }
}

pub(super) fn build<'a>(text: &'a str, s: &Sentence, tk: &'a Tokenised, (base, end): (usize, usize), mentions: &[LocalMention]) -> Sent<'a> {
    let toks = &tk.toks[base..end];
    let words: Vec<Word> = toks
        .iter()
        .zip(base..end)
        .map(|(t, i)| {
            let w = t.text(text);
            // Every double quotation mark opens with one of these bytes in UTF-8.
            let quote_mark = w.as_bytes().first().is_none_or(|b| matches!(b, b'"' | 0xC2 | 0xE2)) && w.chars().all(crate::text::is_double_quote);
            Word { text: w, lower: tk.lower.get(i), quote_mark }
        })
        .collect();
    let mut in_quote = Vec::with_capacity(toks.len());
    let mut depth = 0;
    for &Word { text: w, quote_mark, .. } in &words {
        if quote_mark {
            depth = w.chars().fold(depth, crate::tokens::quote_depth);
            in_quote.push(true);
        } else {
            in_quote.push(depth > 0);
        }
    }
    // Mentions are sorted by start: look only at those inside the sentence,
    // from the first that has not ended before the token, up to the last
    // that starts at or before it.
    let mut first = mentions.partition_point(|m| m.end <= s.start);
    let last = mentions.partition_point(|m| m.start < s.end);
    let mention = toks
        .iter()
        .map(|t| {
            while first < last && mentions[first].end < t.start {
                first += 1;
            }
            (first..last).take_while(|&k| mentions[k].start <= t.start).find(|&k| t.end <= mentions[k].end)
        })
        .collect();
    Sent { text, toks, words, in_quote, mention }
}


/// The words of what is reported, for polarity: lowercased, each entity
/// mention replaced by one [`polarity::ENTITY`] placeholder.
pub(super) fn content_words<'s>(s: &'s Sent, from: usize, to: usize) -> Vec<&'s str> {
    content_by(s, from, to, &|_| false)
}

/// [`content_words`], with the speaker's own mentions (`is_speaker` of a
/// mention index) as [`polarity::SPEAKER`]: what it says of itself is the
/// first person, never a third party's guilt.
pub(super) fn content_by<'s>(s: &'s Sent, from: usize, to: usize, is_speaker: &dyn Fn(usize) -> bool) -> Vec<&'s str> {
    let to = to.min(s.toks.len());
    let mut out = Vec::with_capacity(to.saturating_sub(from));
    let mut last_mention = None;
    for i in from..to {
        if let Some(m) = s.mention[i] {
            if last_mention != Some(m) {
                out.push(if is_speaker(m) { polarity::SPEAKER } else { polarity::ENTITY });
            }
            last_mention = Some(m);
            continue;
        }
        last_mention = None;
        if s.toks[i].word {
            out.push(s.lw(i));
        }
    }
    out
}

/// Where a quotation of several sentences breaks into its sentences: the
/// token ranges of its pieces, each ending at a full stop inside the
/// quotation that a capitalised word of the same quotation follows. One
/// range when the sentence holds no such break.
pub(super) fn quoted_sentences(s: &Sent) -> Vec<(usize, usize)> {
    let n = s.toks.len();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..n.saturating_sub(1) {
        let stop = s.in_quote[i] && matches!(s.w(i), "." | "!" | "?" | "…");
        if !stop {
            continue;
        }
        let next = &s.toks[i + 1];
        let opens = next.word && s.in_quote[i + 1] && next.space_before && s.w(i + 1).starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if opens && !crate::tokens::is_abbreviation(s.w(i - 1)) {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    out.push((start, n));
    out
}
