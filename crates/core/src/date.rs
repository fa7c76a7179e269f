//! Publication dates with their precision. News metadata is often only good
//! to the month or the year, and a date read off the text ("it spoke of
//! November 2013 in the past") is an inference; both facts travel with the
//! date so the page can say "Apr 2013 (approx.)" rather than invent a day.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PubDate {
    pub year: u16,
    /// 1–12, or `None` when only the year is known.
    pub month: Option<u8>,
    /// 1–31, or `None` when only the month (or year) is known.
    pub day: Option<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Precision {
    Day,
    Month,
    Year,
}

const MONTHS: [&str; 12] = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];
const MONTH_ABBR: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The month number of an English month name or its usual abbreviation
/// ("Apr", "Apr.", "Sept").
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 || !w.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let same = |a: &str| a.eq_ignore_ascii_case(w);
    MONTHS
        .iter()
        .position(|m| same(m) || ((w.len() == 3 || same("sept")) && m.get(..w.len()).is_some_and(same)))
        .map(|i| i as u8 + 1)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`).
pub fn days_from_civil(year: u16, month: u8, day: u8) -> i32 {
    let y = i32::from(year) - i32::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i32::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i32::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (the inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i32) -> (u16, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y as u16, m as u8, d as u8)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PubDate {
    /// A date checked for range: a month in 1–12 and a day that exists.
    pub fn new(year: u16, month: Option<u8>, day: Option<u8>) -> Option<Self> {
        if !(1000..=9999).contains(&year) {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return None;
                }
            }
        } else if day.is_some() {
            return None;
        }
        Some(PubDate { year, month, day })
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first and last day the date can mean, as day numbers (days since
    /// 1970-01-01): one day, a whole month, or a whole year.
    pub fn day_span(&self) -> (i32, i32) {
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                let n = days_from_civil(self.year, m, d);
                (n, n)
            }
            (Some(m), None) => (days_from_civil(self.year, m, 1), days_from_civil(self.year, m, days_in_month(self.year, m))),
            _ => (days_from_civil(self.year, 1, 1), days_from_civil(self.year, 12, 31)),
        }
    }

    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let mut parts = s.trim().split('-');
        let year = parts.next()?;
        if year.len() != 4 {
            return None;
        }
        let year: u16 = year.parse().ok()?;
        let month = match parts.next() {
            Some(m) if m.len() == 2 => Some(m.parse().ok()?),
            Some(_) => return None,
            None => None,
        };
        let day = match parts.next() {
            Some(d) if d.len() == 2 => Some(d.parse().ok()?),
            Some(_) => return None,
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        PubDate::new(year, month, day)
    }

    /// Find a written date in a short line: "15 April 2013", "April 15, 2013",
    /// "Mon 15 Apr 2013 09:00 BST", "2013-04-15", "April 2013".
    pub fn find_in(line: &str) -> Option<Self> {
        let words: Vec<&str> = line
            .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '/')
            .filter(|w| !w.is_empty())
            .collect();
        for w in &words {
            if w.len() == 10 && w.as_bytes()[4] == b'-' {
                if let Some(d) = PubDate::parse_iso(w) {
                    return Some(d);
                }
            }
        }
        for (i, w) in words.iter().enumerate() {
            let Some(month) = month_number(w) else { continue };
            let num = |j: Option<&&str>| -> Option<u32> {
                let t = j?.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
                t.parse().ok()
            };
            let before = if i > 0 { num(words.get(i - 1)) } else { None };
            let after = num(words.get(i + 1));
            let after2 = num(words.get(i + 2));
            // "15 April 2013"
            if let (Some(d), Some(y)) = (before, after) {
                if d <= 31 && y >= 1000 {
                    return PubDate::new(y as u16, Some(month), Some(d as u8));
                }
            }
            // "April 15, 2013"
            if let (Some(d), Some(y)) = (after, after2) {
                if d <= 31 && y >= 1000 {
                    return PubDate::new(y as u16, Some(month), Some(d as u8));
                }
            }
            // "April 2013"
            if let Some(y) = after {
                if y >= 1000 {
                    return PubDate::new(y as u16, Some(month), None);
                }
            }
        }
        None
    }

    /// ISO rendering at the date's own precision: `2013`, `2013-04`, `2013-04-15`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }
}

impl fmt::Display for PubDate {
    /// Human form at the date's precision: "15 Apr 2013", "Apr 2013", "2013".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{} {} {}", d, MONTH_ABBR[m as usize - 1], self.year),
            (Some(m), None) => write!(f, "{} {}", MONTH_ABBR[m as usize - 1], self.year),
            _ => write!(f, "{}", self.year),
        }
    }
}

/// Where an article's date came from, and whether it is an inference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateInfo {
    pub date: PubDate,
    /// True when the date was inferred from the content rather than stated.
    pub inferred: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_and_spans_cover_the_precision() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28), 2);
        for z in [-1000, 0, 15_000, 20_000, 40_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        let april = PubDate::parse_iso("2013-04").unwrap().day_span();
        assert_eq!(april.1 - april.0, 29);
        let year = PubDate::parse_iso("2012").unwrap().day_span();
        assert_eq!(year.1 - year.0, 365);
    }

    #[test]
    fn finds_dates_in_datelines() {
        let cases = [
            ("Published 15 April 2013", Some("2013-04-15")),
            ("Updated: April 15, 2013 at 9:00", Some("2013-04-15")),
            ("Mon 15 Apr 2013 09.00 BST", Some("2013-04-15")),
            ("Posted on 2021-12-03", Some("2021-12-03")),
            ("March 2020", Some("2020-03")),
            ("31 February 2013", None),
            ("By Jane Doe", None),
            ("May be the best", None),
        ];
        for (line, want) in cases {
            assert_eq!(PubDate::find_in(line).map(|d| d.iso()), want.map(String::from), "{line}");
        }
    }

    #[test]
    fn iso_round_trip_and_display_keep_precision() {
        for s in ["2013", "2013-04", "2013-04-15", "2024-02-29"] {
            assert_eq!(PubDate::parse_iso(s).unwrap().iso(), s);
        }
        assert!(PubDate::parse_iso("2013-13").is_none());
        assert!(PubDate::parse_iso("2023-02-29").is_none());
        assert!(PubDate::parse_iso("13-04-15").is_none());
        assert_eq!(PubDate::parse_iso("2013-04").unwrap().to_string(), "Apr 2013");
        assert_eq!(PubDate::parse_iso("2013-04-15").unwrap().to_string(), "15 Apr 2013");
        assert_eq!(PubDate::parse_iso("2013").unwrap().precision(), Precision::Year);
    }
}
