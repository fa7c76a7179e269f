//! Display helpers: pure functions from snapshot values to the strings a
//! reader sees, kept out of the components so they can be unit-tested.

use counterpoint_core::date::DateInfo;
use counterpoint_core::model::{Article, Snapshot};

/// "15 Apr 2013", or "Dec 2013" with an "approx." marker when inferred.
pub fn date_label(d: &DateInfo) -> String {
    if d.inferred {
        format!("{} (approx.)", d.date)
    } else {
        d.date.to_string()
    }
}

/// Tooltip that says where a date comes from.
pub fn date_title(d: &DateInfo) -> &'static str {
    if d.inferred {
        "Date inferred from the article's content"
    } else {
        "Date stated in the article"
    }
}

pub fn outlet_name<'a>(snap: &'a Snapshot, a: &Article) -> Option<&'a str> {
    a.outlet.map(|o| snap.outlets[o as usize].name.as_str())
}

/// "2013–2026" for the span of the corpus's dates.
pub fn year_span(snap: &Snapshot) -> Option<String> {
    let years: Vec<u16> = snap.articles.iter().filter_map(|a| a.date.map(|d| d.date.year)).collect();
    let (lo, hi) = (years.iter().min()?, years.iter().max()?);
    Some(if lo == hi { lo.to_string() } else { format!("{lo}–{hi}") })
}

/// Every sort in the page's own code goes through the engine's one sort
/// (see `filter::sort`: each sort of a new element type or closure is another
/// copy of the sorting routine in the wasm).
pub use counterpoint_core::filter::sort;

/// The entities an article mentions most, most first (at most `n`).
pub fn main_entities(snap: &Snapshot, article: usize, n: usize) -> Vec<u32> {
    // Counted by sorting, not in a map: the page's wasm carries no
    // `BTreeMap` code for this alone.
    let mut ids: Vec<u32> = snap.articles[article].mentions.iter().map(|m| m.entity).collect();
    sort(&mut ids, &|a, b| a.cmp(&b));
    let counts: Vec<(u32, u32)> = ids.chunk_by(|a, b| a == b).map(|run| (run[0], run.len() as u32)).collect();
    let mut at: Vec<u32> = (0..counts.len() as u32).collect();
    sort(&mut at, &|a, b| counts[b as usize].1.cmp(&counts[a as usize].1).then(a.cmp(&b)));
    at.into_iter().take(n).map(|i| counts[i as usize].0).collect()
}

/// Why a filtered list is empty, in words.
pub fn empty_reason(v: &counterpoint_core::query::View) -> String {
    let mut parts = Vec::new();
    if !v.q.trim().is_empty() {
        parts.push(format!("the search “{}”", v.q.trim()));
    }
    if !v.entities.is_empty() {
        parts.push(if v.entities.len() == 1 { "the chosen entity".to_string() } else { format!("all {} chosen entities together", v.entities.len()) });
    }
    if v.outlet.is_some() {
        parts.push("the chosen outlet".to_string());
    }
    if v.from.is_some() || v.to.is_some() {
        parts.push("the chosen dates".to_string());
    }
    if parts.is_empty() {
        "There is nothing to show.".to_string()
    } else {
        format!("Nothing matches {}.", parts.join(", "))
    }
}

/// "Mandiant", "Officials", or "The writer".
pub fn speaker_label(snap: &Snapshot, s: &counterpoint_core::model::Speaker) -> String {
    counterpoint_core::export::speaker_name(snap, s).unwrap_or_else(|| "The writer".to_string())
}

/// Who speaks on one side of a dispute, from its claims: each speaker once,
/// in the order of the claims, named as its cards name it ("Customers, One
/// Reddit user and 2 more"); the writer only when nobody else speaks.
pub fn side_label(snap: &Snapshot, claims: &[u32]) -> String {
    let mut names: Vec<String> = Vec::new();
    for &c in claims {
        if let Some(n) = counterpoint_core::export::speaker_name(snap, &snap.claims[c as usize].speaker) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    match names.len() {
        0 if claims.is_empty() => String::new(),
        0 => "The writer".to_string(),
        1..=3 => names.join(", "),
        n => format!("{} and {} more", names[..3].join(", "), n - 3),
    }
}

/// At most `n` characters of `s`, cut at a word with "…".
pub fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let cut: String = s.chars().take(n).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':']))
}

/// A non-negative number with one decimal ("12.5"), without Rust's float
/// formatting (which would add its code to the page's wasm).
pub fn tenths(x: f64) -> String {
    let t = (x.max(0.0) * 10.0).round() as u64;
    format!("{}.{}", t / 10, t % 10)
}

/// A sentence in quotation marks, unless it already starts with one.
pub fn quoted(s: &str) -> String {
    if s.starts_with(['"', '“', '\'', '‘']) {
        s.to_string()
    } else {
        format!("“{s}”")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use counterpoint_core::date::PubDate;

    #[test]
    fn a_cards_counts_are_its_articles_claims_and_those_in_a_pair() {
        use counterpoint_core::front::CardCounts;
        let (snap, idx) = (crate::snapshot::get(), crate::snapshot::index());
        let mut disputed_anywhere = 0;
        for a in 0..snap.articles.len() {
            let mine: Vec<usize> = (0..snap.claims.len()).filter(|&c| snap.claims[c].article as usize == a).collect();
            let paired = mine.iter().filter(|&&c| snap.pairs.iter().any(|p| p.claim as usize == c || p.counter as usize == c)).count();
            let c = CardCounts::of(&snap, &idx, a);
            assert_eq!((c.claims as usize, c.disputed as usize), (mine.len(), paired), "article {a}");
            disputed_anywhere += paired;
        }
        assert!(disputed_anywhere > 0, "the seeds have disputed claims");
    }

    #[test]
    fn main_entities_are_the_most_mentioned_first_ties_by_id() {
        use counterpoint_core::model::{Mention, Span};
        let mut snap = (*crate::snapshot::get()).clone();
        let at = |entity| Mention { entity, span: Span::new(0, 0) };
        snap.articles[0].mentions = [7, 3, 7, 9, 3, 7, 1].into_iter().map(at).collect();
        assert_eq!(main_entities(&snap, 0, 5), vec![7, 3, 1, 9]);
        assert_eq!(main_entities(&snap, 0, 2), vec![7, 3]);
        snap.articles[0].mentions.clear();
        assert!(main_entities(&snap, 0, 5).is_empty());
    }

    #[test]
    fn numbers_clips_and_quotes() {
        assert_eq!(tenths(12.46), "12.5");
        assert_eq!(tenths(0.0), "0.0");
        assert_eq!(tenths(-3.0), "0.0");
        assert_eq!(clip("one two three", 100), "one two three");
        assert_eq!(clip("one two, three four", 10), "one two…");
        assert_eq!(quoted("plain"), "“plain”");
        assert_eq!(quoted("“Already,” he said."), "“Already,” he said.");
    }

    #[test]
    fn a_side_is_labelled_by_its_speakers() {
        use counterpoint_core::model::Speaker;
        let mut snap = (*crate::snapshot::get()).clone();
        let base = snap.claims[0].clone();
        let speakers = [Speaker::Group("Customers".into()), Speaker::Writer, Speaker::Group("One user".into()), Speaker::Group("Customers".into())];
        snap.claims = speakers.into_iter().map(|speaker| counterpoint_core::model::Claim { speaker, ..base.clone() }).collect();
        assert_eq!(side_label(&snap, &[0, 1, 2, 3]), "Customers, One user", "each speaker once, the writer left out");
        assert_eq!(side_label(&snap, &[1]), "The writer");
        assert_eq!(side_label(&snap, &[]), "");
        snap.claims.extend(["A", "B", "C"].map(|g| counterpoint_core::model::Claim { speaker: Speaker::Group(g.into()), ..base.clone() }));
        assert_eq!(side_label(&snap, &[0, 2, 4, 5, 6]), "Customers, One user, A and 2 more");
    }

    #[test]
    fn dates_show_their_precision() {
        let d = |s: &str, inferred| DateInfo { date: PubDate::parse_iso(s).unwrap(), inferred };
        assert_eq!(date_label(&d("2013-04-15", false)), "15 Apr 2013");
        assert_eq!(date_label(&d("2013-12", true)), "Dec 2013 (approx.)");
        assert_eq!(date_label(&d("2013", false)), "2013");
    }

    #[test]
    fn empty_states_say_why() {
        let mut v = counterpoint_core::query::View::default();
        assert_eq!(empty_reason(&v), "There is nothing to show.");
        v.q = " embassy ".into();
        v.entities = vec!["a".into(), "b".into()];
        assert_eq!(empty_reason(&v), "Nothing matches the search “embassy”, all 2 chosen entities together.");
    }
}
