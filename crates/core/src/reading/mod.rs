//! Readers for the article formats a corpus folder may hold besides plain
//! text: saved web pages (`.html`, `.htm`), scraped Markdown (`.md`) and
//! scraper output (`.json`, `.jsonl`, `.ndjson`). Each reader turns a file
//! into the plain-text layout [`crate::ingest`] reads (headline, blank line,
//! one paragraph per line) and reports what it [`Found`] about the article
//! (outlet, date, URL, author, each with where it came from), so every
//! format goes through the same analysis as a `.txt` file.
//!
//! Readers are pure (bytes in, articles out; `corpus` does the file
//! system) and never panic on bad input: a file that holds no article is an
//! `Err` naming what to do, and a bad record in a file of many is a warning
//! while the rest are read.

#[cfg(feature = "pages")]
pub mod charset;
#[cfg(feature = "pages")]
pub mod html;
pub mod json;
pub mod markdown;
pub mod metadata;

pub use metadata::{Found, FoundDate, Sourced};

/// One article read from a file, in the layout of a `.txt` article.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The name the article goes by in the corpus: the file name, or
    /// `feed.jsonl#3` for the article on line 3 of a file of many.
    pub name: String,
    pub text: String,
    pub found: Found,
}

/// What a file gave: its articles and what was wrong with parts of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reading {
    pub articles: Vec<Article>,
    pub warnings: Vec<String>,
}

/// The formats read, by file extension (lower case).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
    Json,
    JsonLines,
}

impl Format {
    pub fn of(file_name: &str) -> Option<Format> {
        let ext = file_name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" => Some(Format::Html),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// Read one file of a known format. `Err` is why the file holds no article
/// and what to do about it (the caller adds the file name).
pub fn read(name: &str, format: Format, src: &str) -> Result<Reading, String> {
    match format {
        Format::Html => read_html(src).map(|(text, found)| single(name, text, found)),
        Format::Markdown => markdown::read(src).map(|(text, found, warnings)| Reading { warnings, ..single(name, text, found) }),
        Format::Json => json::read_json(name, src),
        Format::JsonLines => json::read_lines(name, src),
    }
}

/// A saved page's article text (in the `.txt` layout) and metadata. Only
/// with the `pages` feature: the browser's builds read no HTML files.
pub fn read_html(src: &str) -> Result<(String, Found), String> {
    #[cfg(feature = "pages")]
    {
        html::read(src)
    }
    #[cfg(not(feature = "pages"))]
    {
        let _ = src;
        Err("this build reads no saved pages (the engine's `pages` feature is off)".into())
    }
}

fn single(name: &str, text: String, found: Found) -> Reading {
    Reading { articles: vec![Article { name: name.to_string(), text, found }], warnings: vec![] }
}

/// The `.txt` layout: the title, the standfirst if any, then the body
/// paragraphs, each on one line with a blank line between. Line breaks
/// inside a paragraph become spaces. `None` when there is no body.
pub fn layout(title: &str, standfirst: Option<&str>, paragraphs: &[String]) -> Option<String> {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let body: Vec<String> = paragraphs.iter().map(|p| one_line(p)).filter(|p| !p.is_empty()).collect();
    if body.is_empty() {
        return None;
    }
    let mut blocks = vec![one_line(title)];
    blocks.extend(standfirst.map(one_line).filter(|s| !s.is_empty()));
    blocks.extend(body);
    Some(blocks.join("\n\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension_and_layout_of_paragraphs() {
        assert_eq!(Format::of("a.HTM"), Some(Format::Html));
        assert_eq!(Format::of("feed.ndjson"), Some(Format::JsonLines));
        assert_eq!(Format::of("notes.txt"), None);
        assert_eq!(Format::of("README"), None);
        let t = layout("Head\nline", Some(""), &["One\n two".into(), "  ".into(), "Three".into()]).unwrap();
        assert_eq!(t, "Head line\n\nOne two\n\nThree\n");
        assert_eq!(layout("Head", None, &[" ".into()]), None);
    }
}
