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

/// Is token `i` a dash ("—", "–", "--")?
fn is_dash(s: &Sent, i: usize) -> bool {
    matches!(s.w(i), "—" | "–" | "--")
}

/// The entity a sentence signs for, if it is a signature: a lone cite line
/// under a block quote ("Telvana", "Telvana's statement") or a dash at the
/// end of a quoted statement ("… will be refunded. —Telvana's Monday
/// statement"). `alone` says whether the sentence is its paragraph.
fn signature(s: &Sent, alone: bool) -> Option<usize> {
    let n = s.toks.len();
    let words = |from: usize| (from..n).filter(|&i| s.toks[i].word).count();
    // A signature never ends with a stop: most sentences are turned away here.
    if s.toks.last().is_some_and(|t| matches!(t.text(s.text), "." | "!" | "?" | ":")) {
        return None;
    }
    if alone && words(0) <= 4 {
        // Every word is the mention's, or a statement noun after it.
        let first = (0..n).find(|&i| s.toks[i].word)?;
        let m = s.mention[first]?;
        let rest_ok = (first..n).all(|i| !s.toks[i].word || s.mention[i] == Some(m) || matches!(s.lw(i), "s" | "’s" | "'s" | "statement" | "spokesperson"));
        return rest_ok.then_some(m);
    }
    // "… reversed. —Telvana": a dash after a full stop, a name, no verb.
    let dash = (1..n).rev().find(|&i| is_dash(s, i))?;
    let after_stop = matches!(s.w(dash - 1), "." | "!" | "?" | "”" | "\"");
    let m = s.mention[dash + 1..n].iter().take(2).flatten().next().copied()?;
    (after_stop && words(dash) <= 10).then_some(m)
}

/// The paragraphs a signature credits, with the signing mention: the
/// dash's own paragraph, or the paragraph above a cite line, and the
/// quote-like paragraphs right above those (at most four in all).
/// `sents` holds each sentence with its paragraph, in order.
pub(super) fn signed_paragraphs(sents: &[(Sent, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (k, (s, para)) in sents.iter().enumerate() {
        let alone = (k == 0 || sents[k - 1].1 != *para) && sents.get(k + 1).is_none_or(|x| x.1 != *para);
        let Some(m) = signature(s, alone) else { continue };
        let (mut p, mut left) = (if alone { para.wrapping_sub(1) } else { *para }, 4);
        let reads_quoted = |p: usize| sents.iter().filter(|x| x.1 == p).any(|x| continues_block(&x.0));
        // The signed paragraph itself needs no sign of a quote when the
        // dash stands in it.
        if !alone || reads_quoted(p) {
            out.push((p, m));
            left -= 1;
            while left > 0 && p > 0 && reads_quoted(p - 1) && !out.iter().any(|&(q, _)| q == p - 1) {
                p -= 1;
                out.push((p, m));
                left -= 1;
            }
        }
    }
    out.sort_unstable();
    out
}
