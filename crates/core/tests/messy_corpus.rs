//! A corpus folder as users really fill it: every kind of bad file at once.
//! Each either becomes an article or is named in a warning with what was
//! done; the load never fails for them, never panics, and no article goes
//! missing without a word.

use counterpoint_core::{analyse, corpus};
use std::path::PathBuf;

fn folder() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("counterpoint-messy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let seed = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/001_f7c6e1cdfe2b5073.txt")).unwrap();
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("a-seed.txt", seed.clone().into_bytes()),
        ("b-same-seed.txt", seed.replace('\n', "\r\n").into_bytes()),
        ("c-empty.txt", vec![]),
        ("d-binary.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec()),
        ("e-one-line.txt", "Officials said the talks would go on and China denied the claims ".repeat(80_000).into_bytes()),
        ("f-no-words.txt", b"***\n\n---\n\nThe minister said the talks went well.".to_vec()),
        ("g-boilerplate-only.txt", b"Read more on Hackers and cybercrime prevention\n".to_vec()),
        ("h-notes.md", b"# not an article".to_vec()),
        ("i-notes.odt", b"PK".to_vec()),
        ("j-cut.html", b"<html><head><title>Cut</title></head><body><p class=\"lead".to_vec()),
        ("k-feed.jsonl", b"{\"title\": \"Cut\", \"text\": \n".to_vec()),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    dir
}

#[test]
fn every_bad_file_is_an_article_or_a_warning() {
    let dir = folder();
    let c = corpus::load_dir(&dir).expect("bad files are not fatal");
    let snap = analyse::analyse(&c);
    let names: Vec<&str> = snap.articles.iter().map(|a| a.source_file.as_str()).collect();
    assert_eq!(names, ["a-seed.txt", "e-one-line.txt", "f-no-words.txt"]);
    let warned = |file: &str, what: &str| {
        assert!(snap.warnings.iter().any(|w| w.starts_with(file) && w.contains(what)), "{file}: {what}\n{:#?}", snap.warnings);
    };
    warned("b-same-seed.txt", "the same article as a-seed.txt");
    warned("c-empty.txt", "empty");
    warned("d-binary.txt", "binary");
    warned("e-one-line.txt", "no headline line");
    warned("f-no-words.txt", "no words");
    warned("g-boilerplate-only.txt", "skipped");
    warned("h-notes.md", "skipped, the file has a headline but no article text");
    warned("i-notes.odt", "not an article");
    warned("j-cut.html", "no article");
    warned("k-feed.jsonl", "line 1: skipped, not valid JSON");
    // Every file in the folder is accounted for.
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        assert!(names.contains(&n.as_str()) || snap.warnings.iter().any(|w| w.starts_with(&n)), "{n} vanished");
    }

    let one_line = &snap.articles[1];
    assert!(one_line.text.len() > 5_000_000, "the whole text is kept");
    assert!(one_line.title.chars().count() < 120 && one_line.title.ends_with('…'), "{}", one_line.title);
    assert!(snap.claims.iter().any(|c| c.article == 1), "claims are still found in it");
    let no_words = &snap.articles[2];
    assert_eq!(no_words.title, "f-no-words");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A page saved in a legacy encoding, in windows-1252 bytes: `“` is 0x93,
/// `”` 0x94, `ü` 0xFC, `—` 0x97.
fn legacy_page(head: &str) -> Vec<u8> {
    let para = b"<p>\x93We found no sign that customer data left our network,\x94 J\xfcrgen Almqvist, a spokesman for Norrfjord Bank, said on Tuesday \x97 a day after a ransomware group claimed to have stolen its records.</p>";
    let mut page = format!("<html><head>{head}<title>Norrfjord Bank denies data theft</title></head><body><article><h1>Norrfjord Bank denies data theft</h1>").into_bytes();
    for _ in 0..4 {
        page.extend_from_slice(para);
    }
    page.extend_from_slice(b"</article></body></html>");
    page
}

#[test]
fn a_page_in_a_legacy_encoding_reads_as_a_browser_reads_it() {
    let dir = std::env::temp_dir().join(format!("counterpoint-legacy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("declared.html"), legacy_page(r#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">"#)).unwrap();
    std::fs::write(dir.join("undeclared.html"), legacy_page("")).unwrap();
    let c = corpus::load_dir(&dir).expect("legacy pages load");
    let snap = analyse::analyse(&c);
    assert_eq!(snap.articles.len(), 1, "the second page is the same article: {:?}", snap.warnings);
    let text = &snap.articles[0].text;
    assert!(text.contains("“We found no sign") && text.contains("Jürgen Almqvist") && text.contains("Tuesday — a day"), "{text}");
    assert!(!text.contains('\u{FFFD}'), "no replacement characters: {text}");
    assert!(snap.warnings.iter().any(|w| w.starts_with("undeclared.html") && w.contains("read as windows-1252")), "{:#?}", snap.warnings);
    assert!(!snap.warnings.iter().any(|w| w.starts_with("declared.html")), "{:#?}", snap.warnings);
    let _ = std::fs::remove_dir_all(&dir);
}
