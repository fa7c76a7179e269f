//! One sentence, two claims: where a second reporting clause begins
//! ("but the company denied …", ", who has accused …", "and urged …"), the
//! sentence is cut in two, and the second piece says whose voice it keeps.

use crate::lexicon::*;
use crate::lexicon::verbs::is_base_form;
use crate::tokens::Sentence;
use super::sentence::Sent;
use super::speaker::PRONOUNS;
use super::verbs::{Verb, VerbKind};

/// How a piece of a split sentence relates to the piece before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Join {
    /// A sentence of its own, or the first piece.
    Alone,
    /// "…, adding that …", "… and urged …": the same subject goes on.
    Inherit,
    /// "…, who has accused …": the subject is the name before "who"
    /// (a mention index).
    Relative(usize),
    /// "…, adding that …": the same subject goes on, and the piece is a
    /// claim of its own only if it reads otherwise than the first.
    Adding,
}

/// One sentence, two claims: split where a second reporting clause begins
/// with a contrast ("but the suspect denied …"), a relative ("who has
/// accused …"), or a change of act ("and urged …", "adding that …" after
/// a verb of another class). The conjunction opens the second piece, as
/// the rule book has it; "and" is left out.
pub(super) fn clauses(s: &Sent, verbs: &[Verb], sent: &Sentence, (base, end): (usize, usize)) -> Vec<(Sentence, (usize, usize), Join)> {
    let n = s.toks.len();
    let alone = vec![(Sentence { start: sent.start, end: sent.end, paragraph: sent.paragraph }, (base, end), Join::Alone)];
    let Some(first) = verbs.iter().find(|v| v.kind == VerbKind::Plain) else { return alone };
    let class_of = |v: &Verb| v.class;
    let mut depth = 0i32;
    for b in first.end + 1..n {
        match s.w(b) {
            "(" => depth += 1,
            ")" => depth = (depth - 1).max(0),
            _ => {}
        }
        if depth > 0 || s.in_quote[b] || !s.toks[b].word {
            continue;
        }
        let next_verb = |from: usize, gap: usize| verbs.iter().find(|v| v.at > from && v.at <= from + gap && v.kind == VerbKind::Plain);
        let comma_before = b > 0 && matches!(s.w(b - 1), "," | ";");
        let split = match s.lw(b) {
            // "but it denied", "but the company denied any breach".
            // "but said no data was taken": no subject of its own, the
            // first half's speaker goes on.
            "but" | "whereas" => next_verb(b, 8).filter(|v| {
                let own_subject = subject_between(s, b, v.at);
                own_subject || (class_of(v) != class_of(first) && v.at <= b + 6)
            }).map(|v| (b, if subject_between(s, b, v.at) { Join::Alone } else { Join::Inherit })).or_else(|| passive_rejection(s, b).map(|b| (b, Join::Alone))),
            "who" if comma_before => next_verb(b, 4).filter(|v| (b + 1..v.at).all(|k| s.aux(k))).and_then(|_| {
                let m = s.mention[..b - 1].iter().rev().take(3).flatten().next().copied()?;
                Some((b, Join::Relative(m)))
            }),
            "and" => next_verb(b, 2)
                .filter(|v| (b + 1..v.at).all(|k| s.aux(k)) && !is_base_form(s.lw(v.at)) && class_of(v) != class_of(first))
                .map(|_| (b + 1, Join::Inherit)),
            // "…, along with the regulator in the Netherlands fining it":
            // a second actor and act.
            "along" if comma_before && b + 1 < n && s.lw(b + 1) == "with" => verbs
                .iter()
                .find(|v| v.at > b + 2 && v.at <= b + 14 && v.kind == VerbKind::Plain && crate::lexicon::verbs::is_gerund(s.lw(v.at)))
                .map(|_| (b, Join::Alone)),
            // "… denied it was hacked after the gang claimed to hold its
            // files": a clause of time or cause with its own speaker.
            "after" | "when" | "because" | "since" | "as" => next_verb(b, 5)
                .filter(|v| {
                    let subject: Vec<usize> = (b + 1..v.at).filter(|&k| s.toks[k].word).collect();
                    (b + 1..v.at).all(|k| !s.in_quote[k] && !matches!(s.w(k), "," | ";"))
                        && !crate::lexicon::verbs::is_gerund(s.lw(v.at))
                        && subject.last().is_some_and(|&k| s.mention[k].is_some() || PRONOUNS.contains(&s.lw(k)) || is_person_description(s.lw(k)) || is_group_noun(s.w(k)) || is_plural_noun(s.lw(k)))
                })
                .map(|_| (b + 1, Join::Alone)),
            // "…, a claim the company says is overstated", "…, an
            // accusation Beijing has rejected": the answer in an apposition.
            "a" | "an" if comma_before && b + 1 < n && is_answer_noun(s.lw(b + 1)) => next_verb(b + 1, 6)
                .filter(|v| subject_between(s, b + 1, v.at) && (b + 1..v.at).all(|k| !s.in_quote[k] && !matches!(s.w(k), "," | ";")))
                .map(|_| (b, Join::Alone)),
            // "…, allegations the company called false", "…, charges he
            // denies": the same in the plural, with no article.
            w if comma_before && is_plural_answer_noun(w) => next_verb(b, 6)
                .filter(|v| subject_between(s, b, v.at) && (b + 1..v.at).all(|k| !s.in_quote[k] && !matches!(s.w(k), "," | ";")))
                .map(|_| (b, Join::Alone)),
            "adding" if comma_before => next_verb(b - 1, 1).filter(|v| v.at == b).map(|_| (b, Join::Adding)),
            // "…, for which the company refused to acknowledge": a
            // relative clause with a subject and an act of its own.
            "which" if b >= 1 && (comma_before || matches!(s.lw(b - 1), "for" | "of" | "about" | "to")) => next_verb(b, 6)
                .filter(|v| class_of(v) != class_of(first) && (b + 1..v.at).any(|k| s.toks[k].word && (s.mention[k].is_some() || matches!(s.lw(k), "the" | "its" | "their" | "his" | "her") || is_person_description(s.lw(k)) || is_group_noun(s.w(k)))))
                .map(|_| (if comma_before { b } else { b - 1 }, Join::Alone)),
            _ => None,
        };
        if let Some((at, join)) = split {
            // The first piece ends before the joining word and its comma.
            let mut left_end = at.min(b);
            while left_end > 0 && !s.toks[left_end - 1].word {
                left_end -= 1;
            }
            if left_end == 0 || at >= n {
                return alone;
            }
            let left = Sentence { start: sent.start, end: s.toks[left_end - 1].end, paragraph: sent.paragraph };
            let right = Sentence { start: s.toks[at].start, end: sent.end, paragraph: sent.paragraph };
            return vec![(left, (base, base + left_end), Join::Alone), (right, (base + at, end), join)];
        }
    }
    alone
}

/// An answer noun in the plural ("allegations", "claims", "charges").
fn is_plural_answer_noun(w: &str) -> bool {
    w.strip_suffix('s').is_some_and(is_answer_noun)
}

/// "…, but the report was rejected": a rejection in the passive, its
/// agent unsaid, within a few words of the contrast at `b` (a new act by
/// another party, whom the claim stage finds).
fn passive_rejection(s: &Sent, b: usize) -> Option<usize> {
    let n = s.toks.len();
    let be = (b + 1..(b + 6).min(n)).find(|&k| matches!(s.lw(k), "was" | "were" | "been" | "is" | "are"))?;
    let p = be + 1;
    let rejected = p < n && matches!(s.lw(p), "rejected" | "dismissed") && !(p + 1 < n && s.lw(p + 1) == "by");
    (rejected && (b + 1..be).all(|k| s.toks[k].word && !s.in_quote[k])).then_some(b)
}

/// Does a subject of its own stand between the joining word at `b` and
/// the verb at `v` ("but the company denied", "but a source said")?
fn subject_between(s: &Sent, b: usize, v: usize) -> bool {
    (b + 1..v).any(|k| s.toks[k].word && (s.mention[k].is_some() || PRONOUNS.contains(&s.lw(k)) || is_person_description(s.lw(k)) || is_group_noun(s.w(k)) || descriptor_kind(s.lw(k)).is_some() || matches!(s.lw(k), "source" | "sources" | "person" | "people" | "official" | "officials")))
}
