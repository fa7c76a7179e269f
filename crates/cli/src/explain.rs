//! `counterpoint eval --explain`: where the engine fails, article by article,
//! as plain text. Scores say how much is wrong; this says what: missed and
//! spurious entities and claims, wrong speakers and polarities, and missed
//! and spurious counterclaim pairs, inside articles and across them, each
//! in the gold's or the export's order so that two runs diff cleanly.

use crate::eval::{ClaimView, Evaluation, Findings, Mismatch, PairView};
use std::fmt::Write;

/// Characters of a claim kept where its text is only a reminder.
const SHORT: usize = 90;

fn shorten(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match s.char_indices().nth(SHORT) {
        Some((cut, _)) => format!("{}…", s[..cut].trim_end()),
        None => s,
    }
}

fn speaker(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("(writer)")
}

/// A heading with its count, then one line per item; nothing when empty.
fn section<T>(out: &mut String, title: &str, items: &[T], line: impl Fn(&T) -> String) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {title} ({}):", items.len());
    for item in items {
        let _ = writeln!(out, "    - {}", line(item));
    }
}

fn claim_line(c: &ClaimView) -> String {
    format!("[{} | {}] {}", speaker(&c.speaker), c.polarity, c.text)
}

fn mismatch_line(m: &Mismatch) -> String {
    format!("{} → {}: {}", m.gold, m.ours, shorten(&m.text))
}

fn pair_line(p: &PairView) -> String {
    format!("\"{}\" ⟷ \"{}\" ({})", shorten(&p.claim.text), shorten(&p.counter.text), p.why)
}

fn cross_line(p: &PairView) -> String {
    format!("{}: \"{}\" ⟷ {}: \"{}\" ({})", p.claim.stem, shorten(&p.claim.text), p.counter.stem, shorten(&p.counter.text), p.why)
}

fn names_line(out: &mut String, title: &str, names: &[String]) {
    if !names.is_empty() {
        let _ = writeln!(out, "  {title} ({}): {}", names.len(), names.join("; "));
    }
}

fn article(out: &mut String, f: &Findings) {
    let _ = writeln!(out, "== {} ==", f.stem);
    if f.missing {
        let _ = writeln!(out, "  not in the export: everything below is missed");
    }
    let (gold, ours, matched) = f.claim_counts;
    let _ = writeln!(out, "  claims: {gold} in the gold, {ours} exported, {matched} matched");
    if let Some((g, x)) = &f.title {
        let _ = writeln!(out, "  title: gold \"{g}\", ours \"{x}\"");
    }
    names_line(out, "missed entities", &f.missed_entities);
    names_line(out, "spurious entities", &f.spurious_entities);
    section(out, "missed claims [gold speaker | polarity]", &f.missed_claims, claim_line);
    section(out, "spurious claims [our speaker | polarity]", &f.spurious_claims, claim_line);
    section(out, "wrong speakers (gold → ours)", &f.wrong_speakers, mismatch_line);
    section(out, "wrong polarities (gold → ours)", &f.wrong_polarities, mismatch_line);
    section(out, "missed pairs (gold claim ⟷ gold counter)", &f.missed_pairs, pair_line);
    section(out, "spurious pairs (our claim ⟷ our counter)", &f.spurious_pairs, pair_line);
}

/// The findings of an evaluation as readable text.
pub fn render(e: &Evaluation) -> String {
    let mut out = String::new();
    for f in &e.articles {
        article(&mut out, f);
    }
    let _ = writeln!(out, "== across articles ==");
    if e.missed_cross.is_empty() && e.spurious_cross.is_empty() {
        let _ = writeln!(out, "  nothing missed or spurious");
    }
    section(&mut out, "missed pairs (gold claim ⟷ gold counter)", &e.missed_cross, cross_line);
    section(&mut out, "spurious pairs (our claim ⟷ our counter)", &e.spurious_cross, cross_line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::Side;

    #[test]
    fn long_claims_are_cut_on_a_character_boundary() {
        let long = "é".repeat(200);
        let s = shorten(&long);
        assert_eq!(s.chars().count(), SHORT + 1);
        assert!(s.ends_with('…'));
        assert_eq!(shorten("Dalmoor  said\nno."), "Dalmoor said no.");
    }

    #[test]
    fn an_article_lists_only_what_went_wrong() {
        let side = |t: &str| Side { stem: "007_harbour".into(), text: t.into() };
        let f = Findings {
            stem: "007_harbour".into(),
            missed_entities: vec!["Port of Kelvane".into(), "Ilse Varga".into()],
            wrong_speakers: vec![Mismatch { text: "The cranes were sold twice.".into(), gold: "Ilse Varga".into(), ours: "(writer)".into() }],
            missed_pairs: vec![PairView { claim: side("The cranes were sold twice."), counter: side("No crane was sold."), why: "counter not extracted" }],
            claim_counts: (4, 3, 2),
            ..Findings::default()
        };
        let e = Evaluation { articles: vec![f], ..Evaluation::default() };
        let text = render(&e);
        assert!(text.starts_with("== 007_harbour ==\n  claims: 4 in the gold, 3 exported, 2 matched\n"), "{text}");
        assert!(text.contains("  missed entities (2): Port of Kelvane; Ilse Varga\n"), "{text}");
        assert!(text.contains("    - Ilse Varga → (writer): The cranes were sold twice.\n"), "{text}");
        assert!(text.contains("\"The cranes were sold twice.\" ⟷ \"No crane was sold.\" (counter not extracted)"), "{text}");
        assert!(!text.contains("spurious claims") && !text.contains("spurious pairs"), "{text}");
        assert!(text.ends_with("== across articles ==\n  nothing missed or spurious\n"), "{text}");
    }
}
