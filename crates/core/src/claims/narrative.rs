//! Sentences with no reporting verb: the writer's own evaluation ("it
//! would be naïve to …"), text that reports nothing (headings, update
//! notes, hypotheticals) and hedged reports with no source ("allegedly",
//! "is believed to", "was charged with").

use super::sentence::Sent;

pub(super) const EVALUATIVE: &[&str] = &[
    "naïve", "naive", "wrong", "foolish", "premature", "unrealistic", "mistake", "misguided",
    "optimistic", "pessimistic", "doubtful", "clear", "obvious",
];

/// "It would be naïve to think …": the writer's own judgement.
pub(super) fn writer_evaluation(s: &Sent) -> bool {
    // Most sentences hold no "it" to open the judgement: no list is made.
    if !(0..s.toks.len()).any(|i| s.lw(i) == "it") {
        return false;
    }
    let words: Vec<&str> = (0..s.toks.len()).filter(|&i| s.toks[i].word).map(|i| s.lw(i)).collect();
    words.windows(3).take(6).any(|w| w[0] == "it" && matches!(w[1], "would" | "is" | "seems" | "remains"))
        && words.iter().any(|w| EVALUATIVE.contains(w))
        && words.windows(2).any(|w| w[0] == "to" && matches!(w[1], "think" | "assume" | "believe" | "expect" | "say"))
}

/// Text that reports nothing whatever its verbs: a headline or subheading
/// (title case, no closing stop), an update note ("Update 11:55 AM: …",
/// "Editor's note: …"), or a hypothetical the writer poses ("Imagine
/// getting a message …").
pub(super) fn not_reported(s: &Sent, first_word: usize) -> bool {
    let first = s.lw(first_word);
    let note = matches!(first, "update" | "updated" | "correction" | "clarification") || (first == "editor's" || first == "editor’s");
    let note = note && (first_word + 1..(first_word + 6).min(s.toks.len())).any(|i| s.w(i) == ":");
    let hypothetical = matches!(first, "imagine" | "picture" | "suppose");
    note || hypothetical || heading(s)
}

/// A headline or subheading: no closing stop, two to fourteen words
/// outside quotation marks, three in four of them capitalised.
fn heading(s: &Sent) -> bool {
    let last = s.toks.last().map(|t| t.text(s.text)).unwrap_or("");
    if matches!(last, "." | "!" | "?" | ":" | "”" | "\"" | "’") {
        return false;
    }
    let words: Vec<usize> = (0..s.toks.len()).filter(|&i| s.toks[i].word && !s.in_quote[i]).collect();
    let capitalised = words.iter().filter(|&&i| s.w(i).starts_with(char::is_uppercase)).count();
    words.len() >= 2 && words.len() <= 14 && capitalised * 4 >= words.len() * 3
}

/// Adverbs that mark a statement as reported without naming its source.
pub(super) const HEDGE_ADVERBS: &[&str] = &["allegedly", "reportedly", "purportedly", "supposedly", "reputedly", "ostensibly", "seemingly"];

/// Participles that, after "is"/"was"/"been", report without a source:
/// "is believed to", "has been linked to", "was discovered that".
pub(super) const HEDGE_PASSIVES: &[&str] = &[
    "believed", "thought", "alleged", "suspected", "rumoured", "rumored", "understood", "reported", "said", "linked",
    "accused", "charged", "discovered", "revealed", "feared", "tied", "blamed", "suspected", "indicted", "sued", "fined",
    "rejected", "dismissed",
];

/// The hedge that makes an unattributed sentence a reported claim, if any:
/// "allegedly", "seems to", "is believed to", "was charged with".
pub(super) fn hedge(s: &Sent) -> Option<String> {
    let n = s.toks.len();
    // "He sent me an email that appeared to come from …": the writer's
    // own experience, told in the first person, is no reported claim.
    if (0..n).any(|i| !s.in_quote[i] && s.toks[i].word && matches!(s.lw(i), "me" | "my" | "i")) {
        return None;
    }
    for i in 0..n {
        if !s.toks[i].word || s.in_quote[i] || s.mention[i].is_some() {
            continue;
        }
        let w = s.lw(i);
        if HEDGE_ADVERBS.contains(&w) {
            return Some(w.to_string());
        }
        // "potentially targeted by …" (a suspicion), not "can potentially
        // send" (a possibility).
        if w == "potentially" && i + 1 < n && s.lw(i + 1).ends_with("ed") {
            return Some(w.to_string());
        }
        if matches!(w, "seems" | "seemed" | "appears" | "appeared") && i + 1 < n && s.lw(i + 1) == "to" {
            return Some(w.to_string());
        }
        // "may have increased", "might have targeted": a suspicion.
        if matches!(w, "may" | "might") && i + 2 < n && s.lw(i + 1) == "have" && s.lw(i + 2).ends_with("ed") {
            return Some(s.text[s.toks[i].start..s.toks[i + 1].end].to_string());
        }
        if HEDGE_PASSIVES.contains(&w) {
            // A form of "be" within three words before, and no agent after.
            let be = (i.saturating_sub(3)..i).rev().find(|&k| matches!(s.lw(k), "is" | "are" | "was" | "were" | "been" | "be"));
            let agent = i + 1 < n && s.lw(i + 1) == "by";
            if let Some(b) = be {
                if !agent && (b + 1..i).all(|k| s.toks[k].word && (s.aux(k) || s.lw(k) == "and" || s.lw(k).ends_with("ed"))) {
                    return Some(s.text[s.toks[b].start..s.toks[i].end].to_string());
                }
            }
        }
    }
    None
}
