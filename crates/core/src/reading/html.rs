//! Saved web pages: the article found among the page's clutter by
//! `dom_smoothie` (a Rust port of Mozilla's Readability, the algorithm
//! behind Firefox's reader view), its paragraphs kept as paragraphs, and the
//! headline, outlet, author, date and URL from the page's own metadata
//! (Open Graph, JSON-LD `NewsArticle`, `<time datetime>`, the canonical
//! link), else the URL's domain and a dateline in the text.
//!
//! Readability keeps figures and asides that sit inside the article; their
//! captions, credits, share buttons and sign-up boxes are removed here
//! before the text is taken, and lines that are page furniture ("Continue
//! reading the main story", a bare date) after.

use super::metadata::{self, Found, FoundDate};
use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

/// Elements inside the article that are never its prose.
const NOT_PROSE: &str = "figure, figcaption, picture, img, svg, video, audio, iframe, button, form, input, \
    nav, aside, footer, script, style, noscript, template";

/// Class or id fragments of the boxes pages put inside the article body.
const CLUTTER_MARKS: [&str; 9] = ["caption", "credit", "share", "social", "newsletter", "signup", "promo", "related", "byline"];

/// Read a saved page: its text in the `.txt` layout and what it says about itself.
pub fn read(src: &str) -> Result<(String, Found), String> {
    if !src.contains('<') {
        return Err("no HTML markup in the file; save the page as \"Web page, complete\" or \"HTML only\" (or name it .txt if it is plain text)".into());
    }
    let doc = Document::from(src);
    let stated = page_metadata(&doc);
    let cfg = Config { text_mode: TextMode::Formatted, ..Config::default() };
    let mut reader = Readability::with_document(doc, None, Some(cfg)).map_err(|e| format!("cannot read the page: {e}"))?;
    let article = reader.parse().map_err(|_| {
        "no article found in the page (only navigation or too little text); save the page while the article is shown, or paste its text into a .txt file".to_string()
    })?;
    let paragraphs = prose_of(&article.content);
    let title = article.title.trim().to_string();
    let url = stated.url.clone().or(article.url.clone()).filter(|u| metadata::domain_of(u).is_some());
    let site = article.site_name.as_deref().filter(|s| !s.trim().is_empty());
    let outlet = metadata::find_outlet(site.map(|s| (s, "the page's site name (og:site_name or JSON-LD publisher)")), url.as_deref());
    let date = page_date(article.published_time.as_deref(), stated.time.as_deref())
        .or_else(|| metadata::date_from_text(paragraphs.iter().map(String::as_str)));
    let found = Found { outlet, date, url, author: article.byline.map(|b| b.trim().to_string()).filter(|b| !b.is_empty()) };
    let mut body: Vec<String> = paragraphs.into_iter().filter(|p| !is_furniture(p)).collect();
    cut_signup_box(&mut body);
    let title = if title.is_empty() { "(untitled page)".to_string() } else { title };
    let text = super::layout(&title, None, &body).ok_or("no article text left in the page once its clutter is gone; save the page while the article is shown")?;
    Ok((text, found))
}

/// What the page states outside what Readability reports.
struct Stated {
    url: Option<String>,
    /// The first `<time datetime>` or `itemprop="datePublished"`.
    time: Option<String>,
}

fn page_metadata(doc: &Document) -> Stated {
    let first = |sel: &str, attr: &str| doc.select(sel).iter().find_map(|n| n.attr(attr)).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    Stated {
        url: first("meta[property='og:url']", "content").or_else(|| first("link[rel='canonical']", "href")),
        time: first("meta[itemprop='datePublished']", "content")
            .or_else(|| first("[itemprop='datePublished'][datetime]", "datetime"))
            .or_else(|| first("time[datetime]", "datetime")),
    }
}

/// The published date from Readability's metadata, else the page's
/// `<time>`; a value that cannot be read is passed over for the next.
fn page_date(published: Option<&str>, time: Option<&str>) -> Option<FoundDate> {
    let meta = published.and_then(|s| metadata::stated_date(s, "the page's published time (article:published_time or JSON-LD datePublished)").ok().flatten());
    meta.or_else(|| time.and_then(|s| metadata::stated_date(s, "the page's <time datetime>").ok().flatten()))
}

/// The article's paragraphs: block text of Readability's content, one
/// paragraph a line, figures and boxes of page furniture taken out.
fn prose_of(content: &str) -> Vec<String> {
    let doc = Document::from(content);
    doc.select(NOT_PROSE).remove();
    for n in doc.select("[class], [id]").iter() {
        let marks = format!("{} {}", n.attr("class").unwrap_or_default(), n.attr("id").unwrap_or_default()).to_lowercase();
        if CLUTTER_MARKS.iter().any(|m| marks.contains(m)) {
            n.remove();
        }
    }
    // A paragraph or list item that is one link is a pointer to another story.
    for n in doc.select("p, li").iter() {
        let links: String = n.select("a").iter().map(|a| a.text().to_string()).collect();
        let squash = |t: &str| t.split_whitespace().collect::<String>();
        let whole = squash(&n.text());
        if !whole.is_empty() && squash(&links) == whole {
            n.remove();
        }
    }
    doc.formatted_text().lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect()
}

/// Paragraphs of this many words or more are prose, not the lines of a box.
const PROSE_WORDS: usize = 20;

/// A sign-up or subscription box after the article: a prompt ("Sign up
/// for …", "Subscribe …") followed only by short lines (plans, prices).
fn cut_signup_box(body: &mut Vec<String>) {
    let prompt = |p: &String| {
        let l = p.to_lowercase();
        ["sign up", "subscribe", "become a member", "support our journalism"].iter().any(|w| l.starts_with(w))
    };
    if let Some(i) = body.iter().rposition(prompt) {
        if i > 0 && body[i + 1..].iter().all(|p| p.split_whitespace().count() < PROSE_WORDS) {
            body.truncate(i);
        }
    }
}

/// A line of page furniture the DOM did not mark: a prompt to read on, a
/// bracketed link to another story, or a line that is only a date.
fn is_furniture(p: &str) -> bool {
    let l = p.to_lowercase();
    let bracketed_link = l.starts_with('[') && l.ends_with(']') && (l.starts_with("[read") || l.starts_with("[related") || l.starts_with("[see"));
    let only_date = p.split_whitespace().count() <= 8
        && metadata::parse_date(p).is_some()
        && p.chars().all(|c| c.is_alphanumeric() || c.is_whitespace() || ",.:-/|".contains(c));
    l.starts_with("continue reading") || bracketed_link || only_date
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Harbour board rejects dredging plan | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier">
<meta property="og:title" content="Harbour board rejects dredging plan">
<meta property="og:url" content="https://www.valley-courier.example/news/harbour">
<meta property="article:published_time" content="2022-03-04T09:30:00+01:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour board rejects dredging plan</h1>
<div class="share-tools"><a>Share on Facebook</a> <a>Tweet this</a></div>
<p>The Tarnby harbour board on Thursday rejected a plan to dredge the eastern channel, saying the cost of the work had been understated by the contractor who proposed it.</p>
<figure><img src="x.jpg"><figcaption>The eastern channel at low tide. Photo: Ola Berg</figcaption></figure>
<p>Mirela Okafor, who chairs the board, said the proposal "does not add up" and that the board would invite new bids in the spring, once engineers had surveyed the silt.</p>
<p>The contractor, Brenn Marine, denied that it had understated the cost and said it stood by its estimate, which it called careful and complete.</p>
<p>Fishermen who use the channel have complained for years that boats run aground at low tide, and several said they were disappointed by the decision.</p>
<p>Continue reading the main story</p>
</article>
<footer>Copyright Valley Courier. <a>Privacy</a> <a>Cookies</a></footer>
</body></html>"#;

    #[test]
    fn reads_the_article_and_the_page_metadata() {
        let (text, found) = read(PAGE).unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines[0], "Harbour board rejects dredging plan");
        assert!(lines[1].starts_with("The Tarnby harbour board on Thursday"), "{text}");
        assert!(lines.last().unwrap().starts_with("Fishermen who use the channel"), "{text}");
        for clutter in ["Share on Facebook", "Photo: Ola Berg", "Home", "Copyright", "Continue reading"] {
            assert!(!text.contains(clutter), "{clutter:?} in {text}");
        }
        assert_eq!(found.outlet.as_ref().unwrap().value, "Valley Courier");
        let d = found.date.unwrap();
        assert_eq!((d.date.iso().as_str(), d.inferred), ("2022-03-04", false));
        assert_eq!(found.url.as_deref(), Some("https://www.valley-courier.example/news/harbour"));
    }

    #[test]
    fn the_url_names_the_outlet_when_the_page_does_not() {
        let page = PAGE.replace(r#"<meta property="og:site_name" content="Valley Courier">"#, "");
        let (_, found) = read(&page).unwrap();
        let o = found.outlet.unwrap();
        assert_eq!(o.value, "valley-courier.example");
        assert!(o.from.contains("URL domain"), "{}", o.from);
    }

    #[test]
    fn pages_without_an_article_and_broken_pages_are_errors_not_panics() {
        let e = read("<html><body><nav><a href='/'>Home</a></nav></body></html>").unwrap_err();
        assert!(e.contains("no article"), "{e}");
        let e = read("<html><body><script>var a = 1;</script><p>22 May 2020</p></body></html>").unwrap_err();
        assert!(e.contains("no article"), "{e}");
        let e = read("just some words, no markup").unwrap_err();
        assert!(e.contains("no HTML markup"), "{e}");
        // Truncated mid-tag and mid-attribute: whatever is read, nothing panics.
        let cut = &PAGE[..PAGE.find("Mirela").unwrap() + 3];
        let _ = read(cut);
        let _ = read("<html><p class=\"a");
        let _ = read("<\u{0}\u{1}\u{fffd}<<>>&#xffffff;</</");
    }
}
