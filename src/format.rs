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

/// Articles newest first; undated ones last, in corpus order.
pub fn newest_first(snap: &Snapshot) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..snap.articles.len()).collect();
    idx.sort_by_key(|&i| std::cmp::Reverse(snap.articles[i].date.map(|d| (d.date.year, d.date.month.unwrap_or(0), d.date.day.unwrap_or(0)))));
    idx
}

#[cfg(test)]
mod tests {
    use super::*;
    use counterpoint_core::date::PubDate;

    #[test]
    fn dates_show_their_precision() {
        let d = |s: &str, inferred| DateInfo { date: PubDate::parse_iso(s).unwrap(), inferred };
        assert_eq!(date_label(&d("2013-04-15", false)), "15 Apr 2013");
        assert_eq!(date_label(&d("2013-12", true)), "Dec 2013 (approx.)");
        assert_eq!(date_label(&d("2013", false)), "2013");
    }
}
