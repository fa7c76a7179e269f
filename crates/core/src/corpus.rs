//! Reading a corpus folder: the articles (`*.txt`, and saved pages, Markdown
//! and scraper JSON through [`crate::reading`]), the optional per-file
//! metadata (`corpus.toml`) and the optional gazetteer (`entities.toml`).
//!
//! What a reader finds about an article (outlet, date, URL, author) fills
//! the article's metadata where `corpus.toml` says nothing: `corpus.toml`
//! always wins, and [`Corpus::origin`] tells which source gave what.
//!
//! This is the only module that touches the file system. Problems either fail
//! with a [`CorpusError`] naming the file (and line, for TOML) and what to do,
//! or become a warning with a clear rule for what is kept; nothing is dropped
//! silently.

use crate::date::{DateInfo, PubDate};
use crate::reading::{self, Format, Found, FoundDate, Sourced};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// One article file as read from disk.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub name: String,
    pub raw: String,
}

/// Per-file metadata from `corpus.toml`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileMeta {
    pub outlet: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the form gives the precision.
    pub published: Option<String>,
    /// True when `published` was inferred from the content.
    #[serde(default)]
    pub inferred: bool,
    pub url: Option<String>,
    pub author: Option<String>,
    /// Free text: why the date or outlet is what it is.
    pub note: Option<String>,
}

impl FileMeta {
    /// Fill what is left unsaid with what a reader found in the file.
    pub fn fill(&mut self, found: &Found) {
        if self.outlet.is_none() {
            self.outlet = found.outlet.as_ref().map(|o| o.value.clone());
        }
        if self.published.is_none() {
            if let Some(d) = &found.date {
                self.published = Some(d.date.iso());
                self.inferred = d.inferred;
            }
        }
        if self.url.is_none() {
            self.url = found.url.clone();
        }
        if self.author.is_none() {
            self.author = found.author.clone();
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusToml {
    #[serde(default)]
    articles: BTreeMap<String, FileMeta>,
}

/// One gazetteer entry from `entities.toml`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GazetteerEntry {
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub affiliation: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitiesToml {
    #[serde(default)]
    entity: Vec<GazetteerEntry>,
}

/// A corpus read from disk, not yet analysed.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    pub files: Vec<SourceFile>,
    pub meta: BTreeMap<String, FileMeta>,
    pub gazetteer: Vec<GazetteerEntry>,
    pub warnings: Vec<String>,
    /// What the readers found in each non-`.txt` article, by article name.
    pub found: BTreeMap<String, Found>,
}

/// Where an article's outlet and date came from, for `counterpoint check`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Origin {
    pub outlet: Option<Sourced>,
    pub date: Option<FoundDate>,
}

impl Corpus {
    /// The outlet and date an article's metadata holds, each with where it
    /// came from (the reader's finding, or `corpus.toml`).
    pub fn origin(&self, name: &str) -> Origin {
        let meta = self.meta.get(name).cloned().unwrap_or_default();
        let found = self.found.get(name).cloned().unwrap_or_default();
        let toml = |value: String| Sourced { value, from: "corpus.toml".to_string() };
        let date = meta.date().ok().flatten();
        let outlet = match (meta.outlet, found.outlet) {
            (Some(m), Some(f)) if m == f.value => Some(f),
            (m, _) => m.map(toml),
        };
        let date = match (date, found.date) {
            (Some(m), Some(f)) if m.date == f.date && m.inferred == f.inferred => Some(f),
            (m, _) => m.map(|m| FoundDate { date: m.date, inferred: m.inferred, from: "corpus.toml".to_string() }),
        };
        Origin { outlet, date }
    }
}

#[derive(Debug, PartialEq)]
pub struct CorpusError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for CorpusError {}

fn err(file: &Path, line: Option<usize>, message: impl Into<String>) -> CorpusError {
    CorpusError { file: file.to_path_buf(), line, message: message.into() }
}

/// The 1-based line of a byte offset.
fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].bytes().filter(|&b| b == b'\n').count() + 1
}

fn parse_toml<T: for<'de> Deserialize<'de>>(path: &Path, src: &str) -> Result<T, CorpusError> {
    toml::from_str(src).map_err(|e| {
        let line = e.span().map(|s| line_of(src, s.start));
        err(path, line, e.message().to_string())
    })
}

impl FileMeta {
    /// The date this metadata gives, checked.
    pub fn date(&self) -> Result<Option<DateInfo>, String> {
        match &self.published {
            None => Ok(None),
            Some(s) => PubDate::parse_iso(s)
                .map(|date| Some(DateInfo { date, inferred: self.inferred }))
                .ok_or_else(|| format!("published = {s:?} is not YYYY, YYYY-MM or YYYY-MM-DD")),
        }
    }
}

/// Read a corpus folder. Article files are taken in name order.
pub fn load_dir(dir: &Path) -> Result<Corpus, CorpusError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| err(dir, None, format!("cannot read the corpus folder: {e}")))?;
    let mut names: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    names.sort();
    let mut corpus = Corpus::default();
    // Articles by the hash of their words, to find repeats without
    // comparing every file with every other.
    let mut by_words: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
    for path in &names {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if !path.is_file() || name.starts_with('.') {
            continue;
        }
        match name.as_str() {
            "corpus.toml" => {
                let src = read_text(path)?;
                let parsed: CorpusToml = parse_toml(path, &src)?;
                for (file, meta) in &parsed.articles {
                    if let Err(msg) = meta.date() {
                        let line = src.find(file.as_str()).map(|o| line_of(&src, o));
                        return Err(err(path, line, format!("[articles.\"{file}\"]: {msg}")));
                    }
                }
                corpus.meta = parsed.articles;
            }
            "entities.toml" => {
                let src = read_text(path)?;
                let parsed: EntitiesToml = parse_toml(path, &src)?;
                for e in &parsed.entity {
                    if crate::model::EntityKind::parse(&e.kind).is_none() {
                        let line = line_in_entry(&src, &e.name, &e.name);
                        return Err(err(path, line, format!(
                            "entity {:?} has kind {:?}; use one of person, country, place, government-body, company, media, threat-actor, programme, event, document",
                            e.name, e.kind
                        )));
                    }
                }
                check_aliases(path, &src, &parsed.entity)?;
                corpus.gazetteer = parsed.entity;
            }
            _ if name.ends_with(".txt") => {
                let bytes = std::fs::read(path).map_err(|e| err(path, None, format!("cannot read: {e}")))?;
                if let Some(at) = bytes.iter().take(BINARY_SNIFF).position(|&b| b == 0) {
                    corpus.warnings.push(format!("{name}: skipped, a binary file (a NUL byte at byte {at}), not text"));
                    continue;
                }
                match String::from_utf8(bytes) {
                    Ok(raw) if raw.trim().is_empty() => {
                        corpus.warnings.push(format!("{name}: skipped, the file is empty"));
                    }
                    Ok(raw) => {
                        let seen = by_words.entry(words_hash(&raw)).or_default();
                        match seen.iter().map(|&i| &corpus.files[i]).find(|f| same_text(&f.raw, &raw)) {
                            Some(first) => corpus.warnings.push(format!("{name}: skipped, the same article as {}", first.name)),
                            None => {
                                seen.push(corpus.files.len());
                                corpus.files.push(SourceFile { name, raw });
                            }
                        }
                    }
                    Err(e) => {
                        let at = e.utf8_error().valid_up_to();
                        let raw = String::from_utf8_lossy(e.as_bytes()).into_owned();
                        return Err(err(path, Some(line_of(&raw, at)), format!(
                            "not valid UTF-8 (byte {at}); save the file as UTF-8"
                        )));
                    }
                }
            }
            _ => match Format::of(&name) {
                Some(format) => read_other(path, &name, format, &mut corpus, &mut by_words),
                None => corpus.warnings.push(format!(
                    "{name}: skipped, not an article (the formats read are .txt, .html/.htm, .md, .json, .jsonl/.ndjson)"
                )),
            },
        }
    }
    // (A set, not a scan of the files per entry: 10,000 of each is 10^8.)
    let files: std::collections::HashSet<&str> = corpus.files.iter().map(|f| f.name.as_str()).collect();
    let missing: Vec<String> = corpus
        .meta
        .keys()
        .filter(|file| !files.contains(file.as_str()))
        .map(|file| format!("corpus.toml: metadata for {file}, which is not in the folder"))
        .collect();
    corpus.warnings.extend(missing);
    fill_meta(&mut corpus);
    Ok(corpus)
}

/// A page, Markdown or JSON file: its articles added (repeats skipped as
/// for `.txt`), what was found kept, every problem a warning naming the file.
fn read_other(path: &Path, name: &str, format: Format, corpus: &mut Corpus, by_words: &mut BTreeMap<u64, Vec<usize>>) {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return corpus.warnings.push(format!("{name}: skipped, cannot read: {e}")),
    };
    if let Some(at) = bytes.iter().take(BINARY_SNIFF).position(|&b| b == 0) {
        return corpus.warnings.push(format!("{name}: skipped, a binary file (a NUL byte at byte {at}), not text"));
    }
    let src = match String::from_utf8(bytes) {
        Ok(s) => s,
        // A saved page in a legacy encoding reads as a browser reads it.
        #[cfg(feature = "pages")]
        Err(e) if format == Format::Html => {
            let page = reading::charset::decode(e.as_bytes());
            if !page.declared {
                corpus.warnings.push(format!("{name}: not UTF-8 and no charset declared; read as {}", page.encoding));
            }
            page.text
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = line_of(&String::from_utf8_lossy(e.as_bytes()), at);
            return corpus.warnings.push(format!("{name}:{line}: skipped, not valid UTF-8 (byte {at}); save the file as UTF-8"));
        }
    };
    if src.trim().is_empty() {
        return corpus.warnings.push(format!("{name}: skipped, the file is empty"));
    }
    let reading = match reading::read(name, format, &src) {
        Ok(r) => r,
        Err(e) => return corpus.warnings.push(format!("{name}: skipped, {e}")),
    };
    corpus.warnings.extend(reading.warnings.iter().map(|w| format!("{name}: {w}")));
    for a in reading.articles {
        let seen = by_words.entry(words_hash(&a.text)).or_default();
        match seen.iter().map(|&i| &corpus.files[i]).find(|f| same_text(&f.raw, &a.text)) {
            Some(first) => corpus.warnings.push(format!("{}: skipped, the same article as {}", a.name, first.name)),
            None => {
                seen.push(corpus.files.len());
                corpus.files.push(SourceFile { name: a.name.clone(), raw: a.text });
                corpus.found.insert(a.name, a.found);
            }
        }
    }
}

/// Fill each article's metadata with what its reader found, where
/// `corpus.toml` left it unsaid.
fn fill_meta(corpus: &mut Corpus) {
    for (name, found) in &corpus.found {
        corpus.meta.entry(name.clone()).or_default().fill(found);
    }
}

/// How far into a file to look for the NUL byte that marks it as binary.
const BINARY_SNIFF: usize = 8192;

/// Two files hold the same article when their words are the same (spacing
/// and line breaks aside).
fn same_text(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

fn words_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    // SipHash with fixed keys: the same on every run and machine.
    let mut h = std::hash::DefaultHasher::new();
    text.split_whitespace().for_each(|w| w.hash(&mut h));
    h.finish()
}

/// In `entities.toml`, a name or alias belongs to one entity: the second
/// entry that claims it is an error at its line.
fn check_aliases(path: &Path, src: &str, entries: &[GazetteerEntry]) -> Result<(), CorpusError> {
    let mut owner: BTreeMap<String, &str> = BTreeMap::new();
    for e in entries {
        let mut own: Vec<String> = vec![e.name.to_lowercase()];
        own.extend(e.aliases.iter().map(|a| a.to_lowercase()));
        own.sort();
        own.dedup();
        for key in own {
            if let Some(first) = owner.insert(key.clone(), &e.name) {
                let shown = e.aliases.iter().find(|a| a.to_lowercase() == key).unwrap_or(&e.name);
                let line = line_in_entry(src, &e.name, shown);
                return Err(err(path, line, format!(
                    "{shown:?} names both {first:?} and {:?}; keep it on one entity (or merge the two)",
                    e.name
                )));
            }
        }
    }
    Ok(())
}

/// The line where `needle` is quoted within the entry named `name` (the
/// entry's own line when `needle` is its name), for error messages.
fn line_in_entry(src: &str, name: &str, needle: &str) -> Option<usize> {
    let entry = src.find(&format!("\"{name}\""))?;
    let at = src[entry..].find(&format!("\"{needle}\"")).map(|o| entry + o).unwrap_or(entry);
    Some(line_of(src, at))
}

fn read_text(path: &Path) -> Result<String, CorpusError> {
    let bytes = std::fs::read(path).map_err(|e| err(path, None, format!("cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|_| err(path, None, "not valid UTF-8"))
}

/// The project's seed corpus (`corpus/`), for the engine's tests.
#[cfg(test)]
pub(crate) fn seeds() -> Corpus {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")).expect("the seed corpus loads")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder, removed again when the test is done.
    struct TempDir(PathBuf);

    impl std::ops::Deref for TempDir {
        type Target = PathBuf;
        fn deref(&self) -> &PathBuf {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn temp_dir(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("counterpoint-corpus-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    #[test]
    fn reads_articles_metadata_and_warns_about_other_files() {
        let dir = temp_dir("ok");
        std::fs::write(dir.join("b.txt"), "Second\n\nBody.").unwrap();
        std::fs::write(dir.join("a.txt"), "First\n\nBody.").unwrap();
        std::fs::write(dir.join("notes.md"), "x").unwrap();
        std::fs::write(dir.join("corpus.toml"), "[articles.\"a.txt\"]\noutlet = \"Daily\"\npublished = \"2013-04\"\ninferred = true\n").unwrap();
        let c = load_dir(&dir).unwrap();
        assert_eq!(c.files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["a.txt", "b.txt"]);
        let d = c.meta["a.txt"].date().unwrap().unwrap();
        assert_eq!((d.date.iso().as_str(), d.inferred), ("2013-04", true));
        assert_eq!(c.warnings.len(), 1);
        assert!(c.warnings[0].contains("notes.md"));
    }

    #[test]
    fn malformed_toml_names_file_and_line() {
        let dir = temp_dir("bad");
        std::fs::write(dir.join("corpus.toml"), "[articles.\"a.txt\"]\noutlet = \"Daily\"\nbogus = 1\n").unwrap();
        let e = load_dir(&dir).unwrap_err();
        assert!(e.file.ends_with("corpus.toml"));
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.message.contains("bogus"), "{e}");

        std::fs::write(dir.join("corpus.toml"), "[articles.\"a.txt\"]\npublished = \"April 2013\"\n").unwrap();
        let e = load_dir(&dir).unwrap_err();
        assert_eq!(e.line, Some(1), "{e}");
        assert!(e.to_string().contains("YYYY"), "{e}");
    }

    #[test]
    fn empty_binary_and_duplicate_files_are_skipped_with_a_warning() {
        let dir = temp_dir("skips");
        std::fs::write(dir.join("a.txt"), "Headline\n\nSome body text.").unwrap();
        std::fs::write(dir.join("b.txt"), "Headline\r\n\r\nSome   body text.\n").unwrap();
        std::fs::write(dir.join("c.txt"), " \n\t\n").unwrap();
        std::fs::write(dir.join("d.txt"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
        std::fs::write(dir.join("e.txt"), "Another headline\n\nOther text.").unwrap();
        let c = load_dir(&dir).unwrap();
        assert_eq!(c.files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["a.txt", "e.txt"]);
        let w = c.warnings.join("\n");
        assert!(w.contains("b.txt: skipped, the same article as a.txt"), "{w}");
        assert!(w.contains("c.txt: skipped, the file is empty"), "{w}");
        assert!(w.contains("d.txt: skipped, a binary file"), "{w}");
        assert_eq!(c.warnings.len(), 3, "{w}");
    }

    #[test]
    fn an_alias_claimed_by_two_entities_fails_at_its_line() {
        let dir = temp_dir("alias");
        std::fs::write(
            dir.join("entities.toml"),
            "[[entity]]\nname = \"Acme Corp\"\nkind = \"company\"\naliases = [\"Acme\"]\n\n[[entity]]\nname = \"Acme Labs\"\nkind = \"company\"\naliases = [\"ACME\"]\n",
        )
        .unwrap();
        let e = load_dir(&dir).unwrap_err();
        assert!(e.file.ends_with("entities.toml"));
        assert_eq!(e.line, Some(9), "{e}");
        assert!(e.message.contains("Acme Corp") && e.message.contains("Acme Labs"), "{e}");
    }

    #[test]
    fn bad_entity_kind_and_bad_utf8_fail_with_position() {
        let dir = temp_dir("ent");
        std::fs::write(dir.join("entities.toml"), "[[entity]]\nname = \"Acme\"\nkind = \"firm\"\n").unwrap();
        let e = load_dir(&dir).unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        assert!(e.message.contains("company"), "{e}");

        let dir = temp_dir("utf8");
        std::fs::write(dir.join("x.txt"), b"Title\n\nbad \xff byte").unwrap();
        let e = load_dir(&dir).unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.message.contains("UTF-8"));
    }

    #[test]
    fn other_formats_are_read_and_corpus_toml_wins() {
        let dir = temp_dir("formats");
        std::fs::write(
            dir.join("a.md"),
            "# Mill closes\n\n+ Source: Ostra Post\n+ Date: 2020-05-06\n\nThe mill at Ostra closed on Tuesday, its owner said.\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("feed.jsonl"),
            "{\"title\":\"Port reopens\",\"text\":\"The port reopened.\",\"url\":\"https://www.nytimes.com/p\"}\nnot json\n",
        )
        .unwrap();
        std::fs::write(dir.join("b.html"), b"<html><body>\x00\x01binary").unwrap();
        std::fs::write(dir.join("c.md"), b"# T\n\nbad \xff byte").unwrap();
        std::fs::write(dir.join("corpus.toml"), "[articles.\"a.md\"]\noutlet = \"Ostra Daily\"\n").unwrap();
        let c = load_dir(&dir).unwrap();
        assert_eq!(c.files.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["a.md", "feed.jsonl#1"]);
        assert_eq!(c.meta["a.md"].outlet.as_deref(), Some("Ostra Daily"));
        assert_eq!(c.meta["a.md"].published.as_deref(), Some("2020-05-06"));
        let o = c.origin("a.md");
        assert_eq!(o.outlet.unwrap().from, "corpus.toml");
        assert_eq!(o.date.unwrap().from, "the `Date:` line");
        assert_eq!(c.origin("feed.jsonl#1").outlet.unwrap().value, "The New York Times");
        let w = c.warnings.join("\n");
        assert!(w.contains("feed.jsonl: line 2: skipped, not valid JSON"), "{w}");
        assert!(w.contains("b.html: skipped, a binary file"), "{w}");
        assert!(w.contains("c.md:3: skipped, not valid UTF-8"), "{w}");
        assert_eq!(c.warnings.len(), 3, "{w}");
    }
}
