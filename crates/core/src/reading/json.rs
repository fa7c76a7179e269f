//! Scraper output as JSON: a `.json` file holding one article object or an
//! array of them, or a `.jsonl` / `.ndjson` file with one object per line.
//! Fields are found by the names common scrapers write (news-please,
//! newspaper, trafilatura, feed readers): title or headline; text, maintext,
//! content or body (plain text, or HTML that is read as a page); date,
//! date_publish, published or publishedTime; url or link; source, sitename,
//! source_domain or outlet; author or authors.
//!
//! A line or object that is not an article (bad JSON, no text) is a warning
//! naming the file and line, and the rest of the file is read.

use super::metadata::{self, Found};
use super::{Article, Reading};
use serde_json::{Map, Value};

const TITLE: [&str; 3] = ["title", "headline", "name"];
const TEXT: [&str; 8] = ["text", "maintext", "main_text", "content", "body", "article", "articleBody", "raw_text"];
const DATE: [&str; 9] = ["date", "date_publish", "published", "publishedTime", "published_time", "publishedAt", "published_at", "datePublished", "pubDate"];
const URL: [&str; 4] = ["url", "link", "canonical_url", "source_url"];
const OUTLET: [&str; 7] = ["source", "sitename", "site_name", "source_domain", "outlet", "publisher", "siteName"];
const AUTHOR: [&str; 4] = ["author", "authors", "byline", "creator"];
/// Wrapper keys under which scrapers put a list of articles.
const LISTS: [&str; 4] = ["articles", "items", "results", "data"];

/// A `.json` file: one article, an array of articles, or an object holding
/// such an array under `articles`, `items`, `results` or `data`.
pub fn read_json(name: &str, src: &str) -> Result<Reading, String> {
    let value: Value = serde_json::from_str(src).map_err(|e| format!(
        "line {}: not valid JSON ({e}); fix the file, or write one article per line as .jsonl so one bad line costs only itself",
        e.line()
    ))?;
    let items: Vec<Value> = match value {
        Value::Array(items) => items,
        Value::Object(mut o) => match LISTS.iter().find_map(|k| o.get(*k).filter(|v| v.is_array()).map(|_| *k)) {
            Some(k) => match o.remove(k) {
                Some(Value::Array(items)) => items,
                _ => vec![],
            },
            None => vec![Value::Object(o)],
        },
        _ => return Err("the JSON is neither an article object nor an array of them".into()),
    };
    let many = items.len() > 1;
    let mut reading = Reading::default();
    for (i, item) in items.iter().enumerate() {
        let id = if many { format!("{name}#{}", i + 1) } else { name.to_string() };
        let at = format!("article {}", i + 1);
        take(&mut reading, id, &at, item);
    }
    Ok(reading)
}

/// A `.jsonl` / `.ndjson` file: one article object per line.
pub fn read_lines(name: &str, src: &str) -> Result<Reading, String> {
    let mut reading = Reading::default();
    for (i, line) in src.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("line {}", i + 1);
        match serde_json::from_str::<Value>(line) {
            Ok(v) => take(&mut reading, format!("{name}#{}", i + 1), &at, &v),
            Err(e) => reading.warnings.push(format!("{at}: skipped, not valid JSON ({e}); fix or remove the line")),
        }
    }
    Ok(reading)
}

/// One JSON value as an article, or a warning at `at` saying why not.
fn take(reading: &mut Reading, id: String, at: &str, v: &Value) {
    let Some(o) = v.as_object() else {
        reading.warnings.push(format!("{at}: skipped, not an article object"));
        return;
    };
    match article(o, at, &mut reading.warnings) {
        Ok((text, found)) => reading.articles.push(Article { name: id, text, found }),
        Err(e) => reading.warnings.push(format!("{at}: skipped, {e}")),
    }
}

fn article(o: &Map<String, Value>, at: &str, warnings: &mut Vec<String>) -> Result<(String, Found), String> {
    let body = first_text(o, &TEXT).ok_or_else(|| format!("no article text (a field named {})", TEXT.join(", ")))?;
    let title = first_text(o, &TITLE);
    let (html_title, paragraphs, html_found) = if looks_like_html(&body) {
        let (text, found) = super::read_html(&body).map_err(|e| format!("its text is HTML and {e}"))?;
        let mut blocks: Vec<String> = text.split("\n\n").map(str::to_string).collect();
        let t = blocks.remove(0);
        (Some(t), blocks, Some(found))
    } else {
        (None, body.split("\n\n").flat_map(|b| b.lines()).map(str::to_string).collect::<Vec<_>>(), None)
    };
    let title = title.or(html_title.filter(|t| t != "(untitled page)")).ok_or("no title (a field named title or headline)")?;
    let url = first_text(o, &URL).filter(|u| metadata::domain_of(u).is_some());
    let stated = first_text(o, &OUTLET);
    let outlet_key = OUTLET.iter().find(|k| o.get(**k).and_then(text_of).is_some()).copied().unwrap_or("source");
    let from = format!("the `{outlet_key}` field");
    let outlet = metadata::find_outlet(stated.as_deref().map(|s| (s, from.as_str())), url.as_deref());
    let date = match DATE.iter().find_map(|k| o.get(*k).and_then(text_of).map(|v| (*k, v))) {
        Some((k, v)) => metadata::stated_date(&v, &format!("the `{k}` field")).unwrap_or_else(|w| {
            warnings.push(format!("{at}: {w}"));
            None
        }),
        None => None,
    };
    let date = date
        .or_else(|| html_found.as_ref().and_then(|f| f.date.clone()))
        .or_else(|| metadata::date_from_text(paragraphs.iter().map(String::as_str)));
    let author = first_text(o, &AUTHOR);
    let outlet = outlet.or_else(|| html_found.and_then(|f| f.outlet));
    let text = super::layout(&title, None, &paragraphs).ok_or("the article text is empty")?;
    Ok((text, Found { outlet, date, url, author }))
}

/// The first of `keys` holding text.
fn first_text(o: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| o.get(*k).and_then(text_of))
}

/// A field as text: a string, a number (a year), a list of strings (authors,
/// paragraphs), or an object's `name` (a publisher).
fn text_of(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(text_of).collect();
            let sep = if parts.iter().any(|p| p.split_whitespace().count() > 8) { "\n\n" } else { ", " };
            parts.join(sep)
        }
        Value::Object(o) => o.get("name").and_then(text_of)?,
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

fn looks_like_html(s: &str) -> bool {
    let l = s.trim_start().to_ascii_lowercase();
    l.starts_with('<') && ["</p>", "<br", "</div>", "<html", "<body"].iter().any(|t| l.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_field_names_are_read() {
        let line = r#"{"headline":"Mill closes","maintext":"The mill at Ostra closed.\n\nWorkers were told on Monday.","date_publish":"2020-05-06 10:00:00","url":"https://www.ostra-post.example/mill","source_domain":"ostra-post.example","authors":["Ana Ruiz","Bo Lind"]}"#;
        let r = read_lines("feed.jsonl", &format!("{line}\n")).unwrap();
        assert!(r.warnings.is_empty(), "{:?}", r.warnings);
        let a = &r.articles[0];
        assert_eq!(a.name, "feed.jsonl#1");
        assert_eq!(a.text, "Mill closes\n\nThe mill at Ostra closed.\n\nWorkers were told on Monday.\n");
        assert_eq!(a.found.date.as_ref().unwrap().date.iso(), "2020-05-06");
        assert_eq!(a.found.outlet.as_ref().unwrap().value, "ostra-post.example");
        assert_eq!(a.found.outlet.as_ref().unwrap().from, "the `source_domain` field");
        assert_eq!(a.found.author.as_deref(), Some("Ana Ruiz, Bo Lind"));

        let obj = r#"{"title":"Mill closes","content":"<p>The mill closed.</p><p>Workers were told.</p>","publishedTime":"2020-05","publisher":{"name":"Ostra Post"},"link":"https://ostra-post.example/m"}"#;
        let r = read_json("one.json", obj).unwrap();
        let a = &r.articles[0];
        assert_eq!(a.name, "one.json");
        assert!(a.text.starts_with("Mill closes\n\n"), "{}", a.text);
        assert_eq!(a.found.date.as_ref().unwrap().date.iso(), "2020-05");
        assert_eq!(a.found.outlet.as_ref().unwrap().value, "Ostra Post");
    }

    #[test]
    fn bad_lines_are_reported_and_the_rest_read() {
        let src = "{\"title\":\"A\",\"text\":\"Body one.\"}\n{\"title\": \"B\", \"text\": \n\n[1,2]\n{\"title\":\"C\"}\n{\"title\":\"D\",\"body\":\"Body four.\",\"date\":\"someday\"}\n";
        let r = read_lines("f.ndjson", src).unwrap();
        assert_eq!(r.articles.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["f.ndjson#1", "f.ndjson#6"]);
        let w = r.warnings.join("\n");
        assert!(w.contains("line 2: skipped, not valid JSON"), "{w}");
        assert!(w.contains("line 4: skipped, not an article object"), "{w}");
        assert!(w.contains("line 5: skipped, no article text"), "{w}");
        assert!(w.contains("line 6: the date \"someday\""), "{w}");
        assert_eq!(r.warnings.len(), 4, "{w}");
    }

    #[test]
    fn json_files_name_the_line_of_a_syntax_error_and_read_arrays() {
        let e = read_json("x.json", "[\n{\"title\":\"A\",\n\"text\":\"B\"\n").unwrap_err();
        assert!(e.starts_with("line 4:"), "{e}");
        let r = read_json("x.json", r#"{"articles":[{"title":"A","text":"Body."},{"title":"B","text":"Body two."}]}"#).unwrap();
        assert_eq!(r.articles.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["x.json#1", "x.json#2"]);
        assert!(read_json("x.json", "42").is_err());
    }
}
