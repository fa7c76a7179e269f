//! Block quotes and lists under a lead-in: "Telvana said in a statement:"
//! gives its voice to the paragraphs under it until one reads as the
//! writer's narrative again.

use super::LocalSpeaker;
use super::sentence::Sent;

/// A lead-in that ends with a colon ("Telvana said in a statement:"): the
/// paragraphs after it are its speaker's until one reads as narrative.
pub(super) struct Block {
    pub(super) speaker: LocalSpeaker,
    pub(super) verb: Option<String>,
    /// The last paragraph it covered.
    pub(super) para: usize,
    /// The lead-in's paragraph.
    pub(super) lead: usize,
}

/// Does a sentence read as part of a quoted block or list rather than the
/// writer's narrative? It speaks in the first or second person, is quoted,
/// or is a short item with no full stop.
pub(super) fn continues_block(s: &Sent) -> bool {
    let words: Vec<&str> = (0..s.toks.len()).filter(|&i| s.toks[i].word).map(|i| s.lw(i)).collect();
    let personal = words.iter().any(|w| matches!(*w, "we" | "our" | "us" | "i" | "my" | "me" | "you" | "your" | "we're" | "we’re" | "we've" | "we’ve" | "i'm" | "i’m"));
    let quoted = s.in_quote.iter().any(|&q| q);
    let last = s.toks.last().map(|t| t.text(s.text)).unwrap_or("");
    let item = words.len() <= 14 && !matches!(last, "." | "!" | "?");
    personal || quoted || item
}
