//! Text from the corpus or the URL is only ever set as text. This reads the
//! app's and the engine's sources and fails on any API that parses a string
//! as HTML, so such a call cannot slip in unnoticed.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const FORBIDDEN: &[&str] = &[
    "inner_html", "outer_html", "from_html_unchecked", "insert_adjacent_html", "VRaw", "create_contextual_fragment",
    "document_write", "DomParser", "eval(", "Function::new_with_args",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn no_source_inserts_strings_as_html() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("crates"), &mut files);
    assert!(files.len() > 20, "the sources were found ({} files)", files.len());
    let mut found = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        for (n, line) in src.lines().enumerate() {
            if let Some(api) = FORBIDDEN.iter().find(|api| line.contains(*api)) {
                found.push(format!("{}:{}: {api}", f.display(), n + 1));
            }
        }
    }
    assert!(found.is_empty(), "HTML-parsing APIs in the sources:\n{}", found.join("\n"));
}
