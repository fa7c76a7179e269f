//! Ten real news pages as a browser saved them (Mozilla Readability's test
//! pages, `tests/fixtures/html/`), read as a corpus folder: each article
//! keeps its headline, its outlet and date where the page gives them, its
//! first and last paragraphs, and none of the page's navigation or share
//! buttons.

use counterpoint_core::{analyse, corpus};
use std::path::{Path, PathBuf};

/// Per page: the start of the article's first and last paragraphs, and
/// the outlet and date found where the expected metadata has none.
type Page = (&'static str, &'static str, &'static str, Option<&'static str>, Option<&'static str>);

const PAGES: &[Page] = &[
    ("aclu", "I don't use Facebook.", "As we work to address the fallout", None, None),
    ("bbc-1", "President Barack Obama has admitted", "Mr Obama will become the first US president to address the African Union", None, None),
    ("breitbart", "Snopes fact checker and staff writer David Emery", "Facebook believe that Emery", None, None),
    ("guardian-1", "Whale whisperer Hori Parata", "“It’s very emotional.", None, None),
    ("nytimes-1", "LONDON — After nearly 20 years of hostile relations", "Mr. Reeves said he thought", Some("The New York Times"), Some("2017-01-13")),
    ("nytimes-2", "Yahoo’s $4.8 billion sale to Verizon", "All in all, this was as hairy a deal", Some("The New York Times"), Some("2016-07-29")),
    ("seattletimes-1", "From the deck of his 106-year-old halibut schooner", "Alverson summed up the journey", None, None),
    ("telegraph", "Zimbabwe President Robert Mugabe, his wife Grace", "Whatever the final outcome", None, Some("2017-11-16")),
    ("theverge", "I still remember using the iPhone 4", "Apple’s goal for the Vision Pro", None, None),
    ("wapo-1", "CAIRO — Gunmen opened fire", "The last major attack on a civilian target in Tunisia", None, None),
];

/// Whole paragraphs that are page furniture, never article text.
const CHROME: &[&str] = &[
    "share", "tweet", "email", "print", "advertisement", "menu", "home", "comments", "skip to content",
    "continue reading the main story", "read more", "related", "sign up", "subscribe", "photo",
];
const CHROME_STARTS: &[&str] = &["share on", "share this", "follow us", "sign up for", "subscribe to", "skip to", "read more:"];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html")
}

fn expected(page: &str) -> serde_json::Value {
    let src = std::fs::read_to_string(fixtures().join(page).join("expected-metadata.json")).unwrap();
    serde_json::from_str(&src).unwrap()
}

#[test]
fn saved_pages_read_as_a_corpus() {
    let dir = std::env::temp_dir().join(format!("counterpoint-html-pages-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (page, ..) in PAGES {
        std::fs::copy(fixtures().join(page).join("source.html"), dir.join(format!("{page}.html"))).unwrap();
    }
    let c = corpus::load_dir(&dir).unwrap();
    let snap = analyse::analyse(&c);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(snap.warnings.is_empty(), "{:#?}", snap.warnings);
    assert_eq!(snap.articles.len(), PAGES.len());
    for (page, first, last, outlet_found, date_found) in PAGES {
        let want = expected(page);
        let a = snap.articles.iter().find(|a| a.source_file == format!("{page}.html")).unwrap();
        assert_eq!(a.title, want["title"].as_str().unwrap(), "{page}: headline");

        let outlet = a.outlet.map(|o| snap.outlets[o as usize].name.as_str());
        let stated = want["siteName"].as_str().map(|s| counterpoint_core::reading::metadata::outlet_name(s).unwrap());
        assert_eq!(outlet, stated.as_deref().or(*outlet_found), "{page}: outlet");

        let date = a.date.map(|d| d.date.iso());
        let stated = want["publishedTime"].as_str().map(|s| s[..10].to_string());
        assert_eq!(date.as_deref(), stated.as_deref().or(*date_found), "{page}: date");
        assert!(!a.date.is_some_and(|d| d.inferred), "{page}: the date is stated in the page's metadata");

        let paragraphs: Vec<&str> = a.paragraphs.iter().map(|s| &a.text[s.start as usize..s.end as usize]).collect();
        assert!(paragraphs.iter().any(|p| p.starts_with(first)), "{page}: first paragraph {first:?} missing");
        assert!(paragraphs.iter().any(|p| p.starts_with(last)), "{page}: last paragraph {last:?} missing");
        for p in &paragraphs {
            let l = p.to_lowercase();
            let l = l.trim_end_matches([':', '.']);
            assert!(!CHROME.contains(&l) && !CHROME_STARTS.iter().any(|c| l.starts_with(c)), "{page}: page furniture in the body: {p:?}");
        }
    }
}
