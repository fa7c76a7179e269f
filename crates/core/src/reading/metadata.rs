//! Where an article's outlet and date come from when no `corpus.toml` says:
//! the file's own metadata (a page's `og:site_name`, a scraper's `source`
//! field, a `Source:` line), else the domain of its URL; a date written in
//! metadata (ISO timestamps or "October 14, 2021"), else one written in a
//! dateline near the top of the text, which is then marked inferred.
//!
//! Every value carries where it was found, for `counterpoint check`.

use crate::date::PubDate;

/// A value and where it was found ("og:site_name", "URL domain", …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sourced {
    pub value: String,
    pub from: String,
}

/// A date, its precision in the date itself, and where it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub date: PubDate,
    /// True when read from the article's text, not from metadata.
    pub inferred: bool,
    pub from: String,
}

/// What a reader found about one article besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub outlet: Option<Sourced>,
    pub date: Option<FoundDate>,
    pub url: Option<String>,
    pub author: Option<String>,
}

/// Well-known news domains and the names their outlets go by. A domain not
/// listed stands for itself ("example-news.org"). A stated name that differs
/// from a listed one only in case, spacing or a leading "The" takes the
/// listed spelling, so one outlet is not counted twice.
const OUTLETS: &[(&str, &str)] = &[
    ("abc.net.au", "ABC News (Australia)"),
    ("abcnews.go.com", "ABC News"),
    ("aljazeera.com", "Al Jazeera"),
    ("apnews.com", "Associated Press"),
    ("arstechnica.com", "Ars Technica"),
    ("axios.com", "Axios"),
    ("bbc.co.uk", "BBC News"),
    ("bbc.com", "BBC News"),
    ("bleepingcomputer.com", "BleepingComputer"),
    ("bloomberg.com", "Bloomberg"),
    ("breitbart.com", "Breitbart"),
    ("cbc.ca", "CBC News"),
    ("cbsnews.com", "CBS News"),
    ("cnbc.com", "CNBC"),
    ("cnn.com", "CNN"),
    ("computerworld.com", "Computerworld"),
    ("darkreading.com", "Dark Reading"),
    ("dw.com", "Deutsche Welle"),
    ("economist.com", "The Economist"),
    ("france24.com", "France 24"),
    ("foxnews.com", "Fox News"),
    ("ft.com", "Financial Times"),
    ("independent.co.uk", "The Independent"),
    ("latimes.com", "Los Angeles Times"),
    ("lemonde.fr", "Le Monde"),
    ("nbcnews.com", "NBC News"),
    ("npr.org", "NPR"),
    ("nytimes.com", "The New York Times"),
    ("politico.com", "Politico"),
    ("reuters.com", "Reuters"),
    ("scmp.com", "South China Morning Post"),
    ("seattletimes.com", "The Seattle Times"),
    ("skynews.com", "Sky News"),
    ("techcrunch.com", "TechCrunch"),
    ("telegraph.co.uk", "The Telegraph"),
    ("theatlantic.com", "The Atlantic"),
    ("theguardian.com", "The Guardian"),
    ("therecord.media", "The Record"),
    ("theregister.com", "The Register"),
    ("theverge.com", "The Verge"),
    ("threatpost.com", "Threatpost"),
    ("usatoday.com", "USA Today"),
    ("washingtonpost.com", "The Washington Post"),
    ("wired.com", "Wired"),
    ("wsj.com", "The Wall Street Journal"),
    ("zdnet.com", "ZDNet"),
];

/// The host of a URL, lower-cased, without `www.`, a port or credentials.
pub fn domain_of(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://").map_or(url.trim(), |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?.trim_end_matches('.').to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    let label_ok = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    (host.contains('.') && host.split('.').all(label_ok)).then_some(host)
}

/// The outlet a domain stands for: the listed name of it or of a parent
/// domain ("edition.cnn.com" → CNN), else the domain itself.
pub fn outlet_of_domain(domain: &str) -> String {
    let mut d = domain;
    loop {
        if let Some((_, name)) = OUTLETS.iter().find(|(k, _)| *k == d) {
            return name.to_string();
        }
        match d.split_once('.') {
            Some((_, parent)) if parent.contains('.') => d = parent,
            _ => return domain.to_string(),
        }
    }
}

/// A stated outlet name, cleaned, in the listed spelling when it is one of
/// the listed outlets written another way ("the Guardian", "ThreatPost").
pub fn outlet_name(stated: &str) -> Option<String> {
    let name = stated.split_whitespace().collect::<Vec<_>>().join(" ");
    if !name.chars().any(char::is_alphanumeric) {
        return None;
    }
    let key = |s: &str| -> String {
        let lower = s.to_lowercase();
        let lower = lower.strip_prefix("the ").unwrap_or(&lower).to_string();
        lower.chars().filter(|c| c.is_alphanumeric()).collect()
    };
    let k = key(&name);
    Some(OUTLETS.iter().find(|(_, listed)| key(listed) == k).map_or(name, |(_, listed)| listed.to_string()))
}

/// The outlet: a stated name first, else the URL's domain.
pub fn find_outlet(stated: Option<(&str, &str)>, url: Option<&str>) -> Option<Sourced> {
    if let Some((name, from)) = stated {
        if let Some(value) = outlet_name(name) {
            return Some(Sourced { value, from: from.to_string() });
        }
    }
    let domain = domain_of(url?)?;
    Some(Sourced { value: outlet_of_domain(&domain), from: format!("URL domain {domain}") })
}

/// A date written in metadata: an ISO date or timestamp (the calendar date
/// as written, whatever the time zone), or a written date ("October 14,
/// 2021  2:18 pm", "22 Jul 2021").
pub fn parse_date(s: &str) -> Option<PubDate> {
    let s = s.trim();
    let iso = s.get(..10).filter(|p| p.as_bytes().get(4) == Some(&b'-')).and_then(PubDate::parse_iso);
    iso.or_else(|| PubDate::parse_iso(s)).or_else(|| PubDate::find_in(s))
}

/// A stated date as a [`FoundDate`], or a warning naming what could not be read.
pub fn stated_date(s: &str, from: &str) -> Result<Option<FoundDate>, String> {
    if s.trim().is_empty() {
        return Ok(None);
    }
    match parse_date(s) {
        Some(date) => Ok(Some(FoundDate { date, inferred: false, from: from.to_string() })),
        None => Err(format!("the date {:?} ({from}) cannot be read; write it as YYYY-MM-DD (or set `published` in corpus.toml)", s.trim())),
    }
}

/// How many of the first paragraphs a dateline may sit in.
const DATELINE_PARAGRAPHS: usize = 3;
/// A paragraph longer than this is prose, not a dateline.
const DATELINE_CHARS: usize = 120;

/// A date from a short dateline near the top of the text ("Published 3 May
/// 2021"), marked inferred.
pub fn date_from_text<'a>(paragraphs: impl IntoIterator<Item = &'a str>) -> Option<FoundDate> {
    paragraphs
        .into_iter()
        .take(DATELINE_PARAGRAPHS)
        .filter(|p| p.chars().count() <= DATELINE_CHARS)
        .find_map(PubDate::find_in)
        .map(|date| FoundDate { date, inferred: true, from: "a dateline in the text".to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_are_read_from_urls_and_named() {
        assert_eq!(domain_of("https://www.Example-News.org:8080/a/b?x=1").as_deref(), Some("example-news.org"));
        assert_eq!(domain_of("http://user@news.example.com#top").as_deref(), Some("news.example.com"));
        assert_eq!(domain_of("not a url"), None);
        assert_eq!(domain_of("https://localhost/x"), None);
        assert_eq!(outlet_of_domain("edition.cnn.com"), "CNN");
        assert_eq!(outlet_of_domain("bbc.co.uk"), "BBC News");
        assert_eq!(outlet_of_domain("valley-courier.net"), "valley-courier.net");
    }

    #[test]
    fn stated_outlets_win_and_take_the_listed_spelling() {
        assert_eq!(outlet_name("the  Guardian").as_deref(), Some("The Guardian"));
        assert_eq!(outlet_name("Washington Post").as_deref(), Some("The Washington Post"));
        assert_eq!(outlet_name("Valley Courier").as_deref(), Some("Valley Courier"));
        assert_eq!(outlet_name(" – "), None);
        let o = find_outlet(Some(("Valley Courier", "og:site_name")), Some("https://www.nytimes.com/x")).unwrap();
        assert_eq!((o.value.as_str(), o.from.as_str()), ("Valley Courier", "og:site_name"));
        let o = find_outlet(None, Some("https://www.nytimes.com/x")).unwrap();
        assert_eq!((o.value.as_str(), o.from.as_str()), ("The New York Times", "URL domain nytimes.com"));
    }

    #[test]
    fn dates_keep_their_written_calendar_day_and_precision() {
        for (s, want) in [
            ("2019-01-03T07:00:02.000Z", "2019-01-03"),
            ("2019-04-28 06:01:07", "2019-04-28"),
            ("October 14, 2021  2:18 pm", "2021-10-14"),
            ("July 22, 2021 -- 12:15 GMT (13:15 BST)", "2021-07-22"),
            ("2020-03", "2020-03"),
            ("March 2020", "2020-03"),
        ] {
            assert_eq!(parse_date(s).map(|d| d.iso()).as_deref(), Some(want), "{s}");
        }
        assert!(parse_date("last Tuesday").is_none());
        let e = stated_date("soon", "Date: line").unwrap_err();
        assert!(e.contains("\"soon\"") && e.contains("YYYY-MM-DD"), "{e}");
        assert_eq!(stated_date("  ", "x"), Ok(None));
    }

    #[test]
    fn a_dateline_date_is_inferred_and_prose_is_not_a_dateline() {
        let d = date_from_text(["By Ana Ruiz", "Updated 4 March 2022", "Body."]).unwrap();
        assert_eq!((d.date.iso().as_str(), d.inferred), ("2022-03-04", true));
        let long = "The council met on 4 March 2022 and agreed, after a long debate that ran well into the night, to postpone the vote on the budget.";
        assert!(date_from_text([long]).is_none());
    }
}
