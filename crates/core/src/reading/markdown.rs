//! Markdown as scrapers and note apps write it, read into the `.txt`
//! layout: the first heading is the headline, a subheading straight under
//! it the standfirst; links become their visible text, images go, emphasis
//! marks and backslash escapes go, each list item and each block-quote
//! paragraph becomes a paragraph, and subheadings stay as one-line
//! paragraphs. Metadata comes from YAML (`---`) or TOML (`+++`) front
//! matter, or from labelled lines near the top (`Source:`, `Link:`/`URL:`,
//! `Date:`, `Author:`), which may sit under a section label such as
//! `## Information:`.
//!
//! What is left out is page furniture a scrape keeps: an embedded social
//! post (a quote signed "— Name (@handle) date"), a list of links alone and
//! the heading over it, rules, wiki-link tag lines, reference definitions
//! and lone placeholder words ("Unknown") where a field was missing.

use super::metadata::{self, Found};

/// Labels of metadata lines and front-matter keys, by what they give.
const OUTLET_KEYS: [&str; 7] = ["source", "outlet", "site", "site_name", "sitename", "publisher", "source_domain"];
const URL_KEYS: [&str; 5] = ["link", "url", "canonical_url", "source_url", "original_url"];
const DATE_KEYS: [&str; 7] = ["date", "published", "published_at", "publishedtime", "date_published", "date_publish", "pubdate"];
const AUTHOR_KEYS: [&str; 4] = ["author", "authors", "by", "byline"];
const TITLE_KEYS: [&str; 2] = ["title", "headline"];

/// Section labels whose content is metadata, not article text.
const META_SECTIONS: [&str; 7] = ["information", "info", "metadata", "tags", "keywords", "categories", "topics"];
/// Words a scraper writes where a field was missing.
const PLACEHOLDERS: [&str; 5] = ["unknown", "none", "null", "n/a", "undefined"];
/// A labelled line's value is short: a longer one is a sentence.
const LABEL_VALUE_WORDS: usize = 12;
/// Labelled lines are looked for among this many lines from the top.
const LABEL_LINES: usize = 40;

/// Read a Markdown article: its text in the `.txt` layout, what it says
/// about itself, and warnings (front matter that does not parse, a date
/// that cannot be read).
pub fn read(src: &str) -> Result<(String, Found, Vec<String>), String> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let lines: Vec<&str> = src.lines().collect();
    let mut fields = Fields::default();
    let mut warnings = Vec::new();
    let body_start = front_matter(&lines, &mut fields, &mut warnings);
    let blocks = blocks(&lines, body_start, &mut fields);
    let (title, standfirst, paragraphs) = arrange(blocks, fields.title.take());
    let title = title.ok_or("no text in the file: it has no heading and no paragraph")?;
    let found = fields.found(&paragraphs, &mut warnings);
    let text = super::layout(&title, standfirst.as_deref(), &paragraphs).ok_or("the file has a headline but no article text under it")?;
    Ok((text, found, warnings))
}

/// Metadata values as written, with where each was found.
#[derive(Default)]
struct Fields {
    title: Option<String>,
    outlet: Option<(String, String)>,
    url: Option<String>,
    date: Option<(String, String)>,
    author: Option<String>,
}

impl Fields {
    /// Take a `key: value` pair if the key names a field not yet set.
    /// Returns whether the key is a metadata key.
    fn take(&mut self, key: &str, value: &str, from: &str) -> bool {
        let key = key.trim().to_lowercase().replace([' ', '-'], "_");
        let value = link_target(value.trim()).unwrap_or_else(|| inline(value.trim()).trim().to_string());
        let value = value.trim_matches(|c| c == '"' || c == '\'').trim().to_string();
        let set = |slot: &mut Option<String>| {
            if slot.is_none() && !value.is_empty() && !is_placeholder(&value) {
                *slot = Some(value.clone());
            }
        };
        let with_from = |slot: &mut Option<(String, String)>| {
            if slot.is_none() && !value.is_empty() && !is_placeholder(&value) {
                *slot = Some((value.clone(), from.replace("KEY", &key)));
            }
        };
        match key.as_str() {
            k if OUTLET_KEYS.contains(&k) => with_from(&mut self.outlet),
            k if URL_KEYS.contains(&k) => set(&mut self.url),
            k if DATE_KEYS.contains(&k) => with_from(&mut self.date),
            k if AUTHOR_KEYS.contains(&k) => set(&mut self.author),
            k if TITLE_KEYS.contains(&k) => set(&mut self.title),
            _ => return false,
        }
        true
    }

    fn found(self, paragraphs: &[String], warnings: &mut Vec<String>) -> Found {
        let url = self.url.filter(|u| metadata::domain_of(u).is_some());
        let outlet = metadata::find_outlet(self.outlet.as_ref().map(|(v, f)| (v.as_str(), f.as_str())), url.as_deref());
        let stated = self.date.and_then(|(v, from)| metadata::stated_date(&v, &from).unwrap_or_else(|w| {
            warnings.push(w);
            None
        }));
        let date = stated.or_else(|| metadata::date_from_text(paragraphs.iter().map(String::as_str)));
        Found { outlet, date, url, author: self.author }
    }
}

/// Front matter at the very top: YAML between `---` lines or TOML between
/// `+++` lines. Returns the first line of the body. Front matter that does
/// not parse is skipped with a warning; the text is still read.
fn front_matter(lines: &[&str], fields: &mut Fields, warnings: &mut Vec<String>) -> usize {
    let fence = match lines.first().map(|l| l.trim_end()) {
        Some("---") => "---",
        Some("+++") => "+++",
        _ => return 0,
    };
    let Some(end) = lines.iter().skip(1).position(|l| { let l = l.trim_end(); l == fence || (fence == "---" && l == "...") }).map(|i| i + 1) else {
        if fence == "+++" {
            warnings.push("line 1: the TOML front matter is not closed with a `+++` line; it is read as text".to_string());
        }
        return 0;
    };
    let inner = &lines[1..end];
    if fence == "+++" {
        toml_front_matter(inner, fields, warnings);
    } else {
        yaml_front_matter(inner, fields, warnings);
    }
    end + 1
}

fn toml_front_matter(inner: &[&str], fields: &mut Fields, warnings: &mut Vec<String>) {
    match inner.join("\n").parse::<toml::Table>() {
        Ok(table) => {
            for (k, v) in &table {
                let value = match v {
                    toml::Value::String(s) => s.clone(),
                    toml::Value::Datetime(d) => d.to_string(),
                    toml::Value::Array(items) => items.iter().filter_map(|i| i.as_str()).collect::<Vec<_>>().join(", "),
                    _ => continue,
                };
                fields.take(k, &value, "front matter `KEY`");
            }
        }
        Err(e) => {
            let line = e.span().map(|s| 2 + inner.join("\n")[..s.start.min(inner.join("\n").len())].matches('\n').count());
            let at = line.map(|l| format!("line {l}: ")).unwrap_or_default();
            warnings.push(format!("{at}the TOML front matter does not parse ({}); its metadata is ignored — fix it or set the article's metadata in corpus.toml", e.message()));
        }
    }
}

/// The flat YAML scrapers write: `key: value` lines, and `- item` lists
/// under a key (several authors). Anything else is reported at its line.
fn yaml_front_matter(inner: &[&str], fields: &mut Fields, warnings: &mut Vec<String>) {
    let mut list_key: Option<String> = None;
    let mut bad = None;
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (i, line) in inner.iter().enumerate() {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if let (Some(item), Some(key)) = (t.strip_prefix("- "), &list_key) {
            match pairs.iter_mut().find(|(k, _)| k == key) {
                Some((_, v)) if !v.is_empty() => v.push_str(&format!(", {}", item.trim())),
                Some((_, v)) => *v = item.trim().to_string(),
                None => {}
            }
            continue;
        }
        let pair = if line.starts_with(char::is_whitespace) { None } else { t.split_once(':').filter(|(k, _)| is_yaml_key(k)) };
        match pair {
            Some((k, v)) => {
                let (k, v) = (k.trim().to_string(), v.trim());
                list_key = v.is_empty().then(|| k.clone());
                pairs.push((k, v.trim_start_matches('[').trim_end_matches(']').to_string()));
            }
            // A nested value: not a field read here.
            None if line.starts_with(char::is_whitespace) => {}
            None => {
                bad.get_or_insert(i + 2);
            }
        }
    }
    if let Some(line) = bad {
        warnings.push(format!("line {line}: the YAML front matter does not parse (expected `key: value`); its metadata is ignored — fix it or set the article's metadata in corpus.toml"));
        return;
    }
    for (k, v) in pairs {
        fields.take(&k, &v, "front matter `KEY`");
    }
}

fn is_yaml_key(k: &str) -> bool {
    let k = k.trim();
    !k.is_empty() && k.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

/// A block of the body, before the headline and standfirst are chosen.
#[derive(Debug, PartialEq)]
enum Block {
    Heading(u8, String),
    Para(String),
    /// A paragraph or list item that is only links: a list of other stories.
    LinkList,
}

/// The body's blocks, with labelled metadata lines taken into `fields`.
fn blocks(lines: &[&str], start: usize, fields: &mut Fields) -> Vec<Block> {
    let mut out = Vec::new();
    let mut para: Vec<String> = Vec::new();
    let mut quote: Vec<Vec<String>> = Vec::new();
    // The level of the metadata section being read, if one is.
    let mut meta_level: Option<u8> = None;
    let mut i = start;
    let flush = |para: &mut Vec<String>, out: &mut Vec<Block>| {
        if !para.is_empty() {
            out.push(paragraph(&para.join(" ")));
            para.clear();
        }
    };
    while i < lines.len() {
        let raw = lines[i];
        let t = raw.trim();
        i += 1;
        if let Some(q) = quote_line(raw) {
            flush(&mut para, &mut out);
            if quote.is_empty() {
                quote.push(Vec::new());
            }
            if q.is_empty() {
                quote.push(Vec::new());
            } else {
                quote.last_mut().expect("one part").push(q.to_string());
            }
            continue;
        }
        if !quote.is_empty() {
            end_quote(&mut quote, &mut out);
        }
        if t.is_empty() {
            flush(&mut para, &mut out);
            continue;
        }
        // A setext underline makes the paragraph so far a heading.
        if is_rule_of(t, '=') || is_rule_of(t, '-') && !para.is_empty() {
            if !para.is_empty() {
                let text = inline(&para.join(" "));
                para.clear();
                out.push(Block::Heading(if t.starts_with('=') { 1 } else { 2 }, text.trim().to_string()));
            }
            continue;
        }
        if is_thematic_break(t) || t.starts_with("```") || t.starts_with("~~~") || is_reference_definition(t) {
            flush(&mut para, &mut out);
            continue;
        }
        if let Some((level, text)) = atx_heading(t) {
            flush(&mut para, &mut out);
            let label = text.trim_end().strip_suffix(':').map(|l| l.trim().to_lowercase());
            match label {
                _ if meta_level.is_some_and(|m| level > m) => {}
                Some(l) if l.split_whitespace().count() <= 3 => {
                    let meta = l.split_whitespace().last().is_some_and(|w| META_SECTIONS.contains(&w));
                    meta_level = meta.then_some(level);
                }
                _ => {
                    meta_level = None;
                    out.push(Block::Heading(level, inline(text).trim().to_string()));
                }
            }
            continue;
        }
        let item = list_item(raw);
        let content = item.unwrap_or(t);
        let in_meta = meta_level.is_some();
        // `labelled` records the field it reads, inside the metadata block too.
        let label = (in_meta || i <= start + LABEL_LINES) && labelled(content, fields);
        if label || in_meta {
            flush(&mut para, &mut out);
            continue;
        }
        if item.is_some() {
            flush(&mut para, &mut out);
            para.push(content.to_string());
            // Lazy continuation lines of the item.
            while i < lines.len() && lines[i].starts_with("  ") && list_item(lines[i]).is_none() && !lines[i].trim().is_empty() {
                para.push(lines[i].trim().to_string());
                i += 1;
            }
            flush(&mut para, &mut out);
            continue;
        }
        // An image, with its caption or the next paragraph run on after it.
        if let Some(after) = after_image(t) {
            flush(&mut para, &mut out);
            if !is_caption(after) {
                para.push(after.to_string());
            }
            continue;
        }
        if stands_alone(t) {
            flush(&mut para, &mut out);
            out.push(paragraph(t));
            continue;
        }
        para.push(t.to_string());
    }
    flush(&mut para, &mut out);
    end_quote(&mut quote, &mut out);
    // A heading over a list of links ("Related coverage") goes with it.
    let mut kept: Vec<Block> = Vec::with_capacity(out.len());
    for (n, b) in out.iter().enumerate() {
        let over_links = matches!(b, Block::Heading(..)) && matches!(out.get(n + 1), Some(Block::LinkList));
        if !over_links && !matches!(b, Block::LinkList) {
            kept.push(match b {
                Block::Heading(l, t) => Block::Heading(*l, t.clone()),
                Block::Para(t) => Block::Para(t.clone()),
                Block::LinkList => unreachable!("filtered"),
            });
        }
    }
    kept
}

/// The headline (the first heading, else the first paragraph), the
/// standfirst (a lower heading straight under it) and the paragraphs.
fn arrange(blocks: Vec<Block>, stated_title: Option<String>) -> (Option<String>, Option<String>, Vec<String>) {
    let mut it = blocks.into_iter().filter(|b| !matches!(b, Block::Heading(_, t) | Block::Para(t) if t.is_empty())).peekable();
    let mut title = stated_title;
    let mut standfirst = None;
    match it.peek() {
        Some(Block::Heading(..)) => {
            if let Some(Block::Heading(level, text)) = it.next() {
                title.get_or_insert(text);
                if let Some(Block::Heading(l, _)) = it.peek() {
                    if *l > level {
                        if let Some(Block::Heading(_, sf)) = it.next() {
                            standfirst = Some(sf);
                        }
                    }
                }
            }
        }
        Some(Block::Para(_)) if title.is_none() => {
            if let Some(Block::Para(p)) = it.next() {
                title = Some(p);
            }
        }
        _ => {}
    }
    let paragraphs = it
        .filter_map(|b| match b {
            Block::Heading(_, t) | Block::Para(t) => Some(t),
            Block::LinkList => None,
        })
        .collect();
    (title, standfirst, paragraphs)
}

/// What follows the image(s) a line opens with (`![…](…)`, or one linked
/// `[![…](…)](…)`), if it opens with one.
fn after_image(t: &str) -> Option<&str> {
    let mut rest = t;
    let mut any = false;
    loop {
        let len = if let Some(r) = rest.strip_prefix('!') {
            link_at(r).map(|(_, len)| len + 1)
        } else if rest.starts_with("[![") {
            link_at(rest).map(|(_, len)| len)
        } else {
            None
        };
        match len {
            Some(len) => {
                rest = rest[len..].trim_start();
                any = true;
            }
            None => return any.then_some(rest),
        }
    }
}

/// A caption run on after an image: empty, set in emphasis, or a short
/// line that is not a sentence.
fn is_caption(s: &str) -> bool {
    let text = inline(s);
    let ends = text.trim_end().ends_with(['.', '!', '?', '"', '”', ':']);
    text.is_empty() || s.starts_with(['*', '_']) || text.split_whitespace().count() <= 12 && !ends
}

/// A line that is a block of its own even without blank lines around it:
/// a bare address, a placeholder word, or a line with no text (images).
fn stands_alone(t: &str) -> bool {
    let bare_url = (t.starts_with("http://") || t.starts_with("https://")) && !t.contains(' ');
    bare_url || is_placeholder(t) || !t.is_empty() && inline(t).is_empty()
}

/// A `Label: value` metadata line, taken into `fields` if it is one.
fn labelled(line: &str, fields: &mut Fields) -> bool {
    let line = strip_emphasis_marks(line);
    let Some((label, value)) = line.split_once(':') else { return false };
    let label = label.trim();
    let short = value.split_whitespace().count() <= LABEL_VALUE_WORDS || link_target(value.trim()).is_some();
    if label.is_empty() || label.split_whitespace().count() > 2 || value.trim().is_empty() || !short {
        return false;
    }
    fields.take(label, value, &format!("the `{label}:` line"))
}

fn strip_emphasis_marks(s: &str) -> String {
    s.trim().trim_matches('*').trim_matches('_').replace("**", "").replace("__", "")
}

/// Text of one paragraph, or a link list when it is nothing but links.
fn paragraph(raw: &str) -> Block {
    let text = inline(raw);
    let text = text.trim();
    let words_outside_links = strip_links(raw);
    if raw.contains("](") && !words_outside_links.chars().any(char::is_alphanumeric) {
        return Block::LinkList;
    }
    if is_placeholder(text) || is_wiki_tags(raw) {
        return Block::Para(String::new());
    }
    Block::Para(text.to_string())
}

/// A finished block quote: its paragraphs, unless it is an embedded social
/// post, signed "— Name (@handle) date" on its last line.
fn end_quote(quote: &mut Vec<Vec<String>>, out: &mut Vec<Block>) {
    let parts: Vec<String> = quote.drain(..).map(|p| p.join(" ")).filter(|p| !p.trim().is_empty()).collect();
    let embed = parts.last().is_some_and(|l| {
        let l = inline(l);
        let l = l.trim();
        (l.starts_with('—') || l.starts_with("&mdash;") || l.starts_with("- ")) && l.contains("(@")
    });
    if !embed {
        out.extend(parts.iter().map(|p| paragraph(p)));
    }
}

fn quote_line(raw: &str) -> Option<&str> {
    let t = raw.trim_start();
    let rest = t.strip_prefix('>')?;
    // Nested quotes read as one level.
    let rest = rest.trim_start_matches(['>', ' ']);
    Some(rest.trim())
}

fn atx_heading(t: &str) -> Option<(u8, &str)> {
    let level = t.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &t[level..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    Some((level as u8, rest.trim().trim_end_matches('#').trim()))
}

/// The content of a list item line (`* x`, `- x`, `+ x`, `1. x`, `1) x`).
fn list_item(raw: &str) -> Option<&str> {
    let t = raw.trim_start();
    if let Some(rest) = t.strip_prefix(['*', '-', '+']) {
        return rest.starts_with([' ', '\t']).then(|| rest.trim());
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &t[digits..];
    (digits > 0 && digits <= 9).then_some(())?;
    rest.strip_prefix(['.', ')']).filter(|r| r.starts_with([' ', '\t'])).map(str::trim)
}

fn is_rule_of(t: &str, c: char) -> bool {
    t.len() >= 3 && t.chars().all(|x| x == c)
}

/// `---`, `***`, `___`, `* * *`: a horizontal rule.
fn is_thematic_break(t: &str) -> bool {
    let marks: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    marks.len() >= 3 && ['-', '*', '_'].iter().any(|&c| marks.chars().all(|x| x == c))
}

/// `[1]: https://…` reference definitions.
fn is_reference_definition(t: &str) -> bool {
    t.starts_with('[') && t.find("]:").is_some_and(|i| !t[1..i].contains('['))
}

fn is_placeholder(t: &str) -> bool {
    PLACEHOLDERS.contains(&t.trim().to_lowercase().as_str())
}

/// A line of `[[tag]]` wiki-links only.
fn is_wiki_tags(raw: &str) -> bool {
    let t = raw.trim();
    t.starts_with("[[") && t.split("]]").all(|part| part.trim().is_empty() || part.trim().starts_with("[["))
}

/// The URL of a value written as a Markdown link (`[article](https://…)`)
/// or an autolink (`<https://…>`).
fn link_target(value: &str) -> Option<String> {
    if let Some(inner) = value.strip_prefix('<').and_then(|v| v.strip_suffix('>')) {
        return Some(inner.to_string());
    }
    let open = value.find("](")?;
    let close = value[open..].find(')')? + open;
    value.starts_with('[').then(|| value[open + 2..close].trim().to_string())
}

/// The paragraph with its links' text removed: what is left if it was a list of links.
fn strip_links(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        match link_at(&rest[open..]) {
            Some((_, len)) => rest = &rest[open + len..],
            None => {
                out.push('[');
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    inline(&out).replace(['|', '•', '·', '-', '–', '—', ',', '*'], " ")
}

/// A link at the start of `s` (`[text](url)` or `[text][ref]`): its text and length.
fn link_at(s: &str) -> Option<(&str, usize)> {
    let close = matching(s, '[', ']')?;
    let text = &s[1..close];
    let after = &s[close + 1..];
    if after.starts_with('(') {
        let end = matching(after, '(', ')')?;
        return Some((text, close + 1 + end + 1));
    }
    if after.starts_with('[') {
        let end = after.find(']')?;
        return Some((text, close + 1 + end + 1));
    }
    None
}

/// The byte index of the bracket closing the one `s` opens with.
fn matching(s: &str, open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            c if c == open => depth += 1,
            c if c == close => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Inline Markdown to text: images dropped, links and wiki-links to their
/// text, autolinks to their address, emphasis, code marks and HTML tags
/// removed, backslash escapes resolved.
pub fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let c = rest.chars().next().expect("in range");
        if c == '\\' {
            match rest[1..].chars().next() {
                Some(n) if n.is_ascii_punctuation() => {
                    out.push(n);
                    i += 1 + n.len_utf8();
                }
                _ => {
                    out.push('\\');
                    i += 1;
                }
            }
            continue;
        }
        if rest.starts_with("![") {
            if let Some((_, len)) = link_at(&rest[1..]) {
                i += 1 + len;
                continue;
            }
        }
        if rest.starts_with("[[") {
            if let Some(end) = rest.find("]]") {
                out.push_str(&rest[2..end]);
                i += end + 2;
                continue;
            }
        }
        if c == '[' {
            if let Some((text, len)) = link_at(rest) {
                out.push_str(&inline(text));
                i += len;
                continue;
            }
        }
        if c == '<' {
            if let Some(end) = rest.find('>') {
                let inner = &rest[1..end];
                if inner.contains("://") && !inner.contains(' ') {
                    out.push_str(inner);
                    i += end + 1;
                    continue;
                }
                if is_html_tag(inner) {
                    i += end + 1;
                    continue;
                }
            }
        }
        if c == '*' || c == '_' || c == '~' || c == '`' {
            let run = rest.chars().take_while(|&x| x == c).count();
            let before = s[..i].chars().next_back();
            let after = rest[run..].chars().next();
            // A lone tilde is "about" (~$2), two are strikethrough.
            if (c != '~' || run >= 2) && is_delimiter(c, before, after) {
                i += run;
                continue;
            }
        }
        out.push(c);
        i += c.len_utf8();
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Is a run of `c` between `before` and `after` an emphasis (or code)
/// mark? Not when spaces stand on both sides (" * "), and an underscore
/// inside a word ("snake_case") is a letter.
fn is_delimiter(c: char, before: Option<char>, after: Option<char>) -> bool {
    let space = |x: Option<char>| x.is_none_or(char::is_whitespace);
    if space(before) && space(after) {
        return false;
    }
    match c {
        '_' => !(before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric)),
        _ => true,
    }
}

fn is_html_tag(inner: &str) -> bool {
    let name = inner.strip_prefix('/').unwrap_or(inner);
    let name = name.split([' ', '/']).next().unwrap_or("");
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric()) && name.starts_with(|c: char| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(src: &str) -> (String, Found, Vec<String>) {
        read(src).unwrap()
    }

    #[test]
    fn inline_marks_become_plain_text() {
        assert_eq!(inline("The **board** [said](https://x.example/a) it *would* not \\*pay\\*."), "The board said it would not *pay*.");
        assert_eq!(inline("![a chart](c.png) Rates rose by 2 * 3 points at my_var [sic]"), "Rates rose by 2 * 3 points at my_var [sic]");
        assert_eq!(inline("See [[Tarnby]] and <https://a.example/b> and [the report][1]<br>."), "See Tarnby and https://a.example/b and the report.");
        assert_eq!(inline("[![promo](p.png)](https://a.example/signup)"), "");
    }

    #[test]
    fn scraper_layout_with_labelled_lines() {
        let src = "# Tarnby port strike ends\n### Dockers accept a new offer after six weeks.\n\n## Information:\n+ Source: the Valley Courier\n+ Link: [article](https://www.valley-courier.example/port)\n+ Date: March 4, 2022  9:10 am\n+ Author: Ana Ruiz\n\n## Article:\nUnknown\n![](https://img.example/1.jpg)\nThe strike at the port of Tarnby ended on Friday, the union said.\n\n> *The offer is fair,* said Lena Holt.  \n>  \n> We are glad.\n\nWhat happens next\n-----------------\n\n* Talks resume on [Monday](https://x.example).\n\n### Related coverage\n\n* [Port strike enters sixth week](https://a.example/1)\n* [Dockers vote](https://a.example/2)\n\n---\n#### Tags:\n[[Tarnby]] [[Strikes]]\n";
        let (text, found, warnings) = text_of(src);
        assert_eq!(
            text,
            "Tarnby port strike ends\n\nDockers accept a new offer after six weeks.\n\nThe strike at the port of Tarnby ended on Friday, the union said.\n\nThe offer is fair, said Lena Holt.\n\nWe are glad.\n\nWhat happens next\n\nTalks resume on Monday.\n"
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let o = found.outlet.unwrap();
        assert_eq!((o.value.as_str(), o.from.as_str()), ("the Valley Courier", "the `Source:` line"));
        assert_eq!(found.url.as_deref(), Some("https://www.valley-courier.example/port"));
        assert_eq!(found.date.unwrap().date.iso(), "2022-03-04");
        assert_eq!(found.author.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn front_matter_yaml_and_toml() {
        let (text, found, w) = text_of("---\ntitle: \"Mill closes\"\ndate: 2020-05-06\nurl: https://news.example.org/mill\nauthors:\n  - Ana Ruiz\n  - Bo Lind\n---\nThe mill at Ostra closed on Tuesday.\n");
        assert!(w.is_empty(), "{w:?}");
        assert!(text.starts_with("Mill closes\n\nThe mill at Ostra"), "{text}");
        assert_eq!(found.date.unwrap().date.iso(), "2020-05-06");
        assert_eq!(found.outlet.unwrap().value, "news.example.org");
        assert_eq!(found.author.as_deref(), Some("Ana Ruiz, Bo Lind"));

        let (_, found, w) = text_of("+++\ntitle = \"Mill closes\"\npublished = 2020-05-06\nsource = \"Ostra Post\"\n+++\n\nThe mill closed.\n");
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(found.outlet.unwrap().value, "Ostra Post");
        assert_eq!(found.date.unwrap().date.iso(), "2020-05-06");
    }

    #[test]
    fn front_matter_that_does_not_parse_is_a_warning_and_the_text_is_read() {
        let (text, found, w) = text_of("+++\ntitle = \"Mill\nsource = 3\n+++\n# Mill closes\n\nThe mill closed.\n");
        assert!(text.starts_with("Mill closes\n\nThe mill closed."), "{text}");
        assert_eq!(found, Found::default());
        assert!(w.len() == 1 && w[0].contains("TOML front matter does not parse") && w[0].starts_with("line "), "{w:?}");

        let (text, _, w) = text_of("---\ntitle: Mill\nthis is not yaml\n---\n# Mill closes\n\nThe mill closed.\n");
        assert!(text.starts_with("Mill closes"), "{text}");
        assert!(w.len() == 1 && w[0].starts_with("line 3:"), "{w:?}");

        let (_, found, w) = text_of("# Mill closes\n\nDate: sometime soon\n\nThe mill closed.\n");
        assert!(found.date.is_none());
        assert!(w.len() == 1 && w[0].contains("\"sometime soon\""), "{w:?}");
    }

    #[test]
    fn embedded_posts_are_dropped_and_a_dateline_is_inferred() {
        let src = "# Mayor resigns\n\nPublished 2 June 2019\n\nThe mayor of Ostra resigned.\n\n> Today I step down. [pic.example/x](https://t.example/x)\n>\n> — Jo Mayor (@jomayor) [June 2, 2019](https://social.example/status/1)\n\nHer deputy takes over.\n";
        let (text, found, _) = text_of(src);
        assert!(!text.contains("step down") && text.contains("Her deputy takes over."), "{text}");
        let d = found.date.unwrap();
        assert!(d.inferred);
        assert_eq!(d.date.iso(), "2019-06-02");
    }

    #[test]
    fn empty_or_headline_only_files_are_errors() {
        assert!(read("").is_err());
        assert!(read("# Only a headline\n").unwrap_err().contains("no article text"));
    }
}
