//! Runs the engine over the corpus at compile time and writes the snapshot
//! the app embeds with `include_bytes!` (and the corpus's names, which the
//! analyser worker embeds). The corpus is `corpus/`, or the
//! folder named by `COUNTERPOINT_CORPUS`. A corpus problem fails the build
//! with the file (and line) and what to do about it.
//!
//! A snapshot larger than `chunks::EMBED_LIMIT` is not embedded: it is
//! written as content-hashed files (a head and text chunks, see
//! `counterpoint_core::chunks`) into `<target>/counterpoint-data/<head
//! hash>/`, and the page embeds only the head's name. Trunk's post-build
//! hook `scripts/data.mjs` finds that name in the built wasm and copies the
//! folder next to the page, as `data/`.

use counterpoint_core::chunks;
use counterpoint_core::model::Snapshot;
use counterpoint_core::search::Words;
use std::path::{Path, PathBuf};

// The engine's allocator, as in the `counterpoint` CLI (see Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = match std::env::var("COUNTERPOINT_CORPUS") {
        Ok(d) if !d.is_empty() => manifest.join(d),
        _ => manifest.join("corpus"),
    };
    println!("cargo:rerun-if-env-changed=COUNTERPOINT_CORPUS");
    println!("cargo:rerun-if-changed={}", dir.display());
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            println!("cargo:rerun-if-changed={}", e.path().display());
        }
    }
    let fail = |msg: String| -> ! {
        eprintln!("\ncounterpoint: corpus error\n  {msg}\n");
        std::process::exit(1);
    };
    let corpus = counterpoint_core::corpus::load_dir(&dir).unwrap_or_else(|e| fail(e.to_string()));
    let snapshot = counterpoint_core::analyse::analyse(&corpus);
    for w in &snapshot.warnings {
        println!("cargo:warning=corpus: {w}");
    }
    let bytes = postcard::to_allocvec(&snapshot).unwrap_or_else(|e| fail(format!("cannot serialise the snapshot: {e}")));
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // The snapshot's fingerprint: a saved delta of the user's own articles
    // applies only to the snapshot it was made from.
    let id = format!("{}u64", counterpoint_core::local::fingerprint(&bytes));
    // Embedded whole, or a head's name and files beside the page.
    let (embedded, head, beside) = if bytes.len() <= chunks::EMBED_LIMIT {
        (bytes, None, None)
    } else {
        let (head, front, words) = write_chunks(&snapshot, &target_dir(&manifest)).unwrap_or_else(|e| fail(e));
        (Vec::new(), Some(head), Some((front, words)))
    };
    let out = out_dir.join("snapshot.bin");
    std::fs::write(&out, embedded).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", out.display())));
    let out = out_dir.join("snapshot_head.rs");
    std::fs::write(&out, format!("{head:?}")).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", out.display())));
    let out = out_dir.join("snapshot_front.rs");
    std::fs::write(&out, format!("{:?}", beside.as_ref().map(|(front, _)| front))).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", out.display())));
    let out = out_dir.join("snapshot_words.rs");
    std::fs::write(&out, format!("{:?}", beside.as_ref().map(|(_, words)| words))).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", out.display())));
    let out = out_dir.join("snapshot_fingerprint.rs");
    std::fs::write(&out, id).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", out.display())));
    // The corpus's own names (entities.toml, outlets) for the analyser
    // worker, so a pasted article is read with the corpus's gazetteer.
    let names = postcard::to_allocvec(&counterpoint_core::analyse::corpus_names(&corpus)).unwrap_or_else(|e| fail(format!("cannot serialise the gazetteer: {e}")));
    let out = out_dir.join("names.bin");
    std::fs::write(&out, names).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", out.display())));
}

/// Cargo's target folder (where `scripts/data.mjs` looks too).
fn target_dir(manifest: &Path) -> PathBuf {
    println!("cargo:rerun-if-env-changed=CARGO_TARGET_DIR");
    match std::env::var("CARGO_TARGET_DIR") {
        Ok(d) if !d.is_empty() => manifest.join(d),
        _ => manifest.join("target"),
    }
}

/// `cp-<kind>-<hash of the bytes>.bin`: a name that changes with the content,
/// so a browser may cache it for ever.
fn hashed(kind: &str, bytes: &[u8]) -> String {
    format!("cp-{kind}-{:016x}.bin", counterpoint_core::text::fnv1a(bytes))
}

/// Write the snapshot's head, text chunks, front (the first view, see
/// `counterpoint_core::front`) and the search's words of the articles and
/// of the disputed claims (`counterpoint_core::search`) into
/// `<target>/counterpoint-data/<head hash>/`; returns the head's, the
/// front's and the two words files' paths as the page fetches them
/// (`data/cp-head-….bin`, relative to the page).
fn write_chunks(snapshot: &Snapshot, target: &Path) -> Result<(String, String, [String; 2]), String> {
    let split = chunks::split(snapshot, chunks::CHUNK_ARTICLES);
    let mut files = Vec::with_capacity(split.chunks.len());
    let mut encoded = Vec::with_capacity(split.chunks.len());
    for c in &split.chunks {
        let bytes = postcard::to_allocvec(c).map_err(|e| format!("cannot serialise a text chunk: {e}"))?;
        files.push(format!("data/{}", hashed("text", &bytes)));
        encoded.push(bytes);
    }
    // In slices, which the page reads a few per browser task.
    let head = split.head(files.clone()).encode().map_err(|e| format!("cannot serialise the snapshot's head: {e}"))?;
    let head_name = hashed("head", &head);
    let dir = target.join("counterpoint-data").join(head_name.trim_end_matches(".bin"));
    // Afresh: a file another build of the same head left (a format since
    // changed) would be copied beside the page with the rest.
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name.trim_start_matches("data/"));
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    for (name, bytes) in files.iter().zip(&encoded) {
        write(name, bytes)?;
    }
    write(&head_name, &head)?;
    let front = counterpoint_core::front::front(snapshot, &counterpoint_core::filter::Index::new(snapshot));
    let front = postcard::to_allocvec(&front).map_err(|e| format!("cannot serialise the first view: {e}"))?;
    let front_name = hashed("front", &front);
    write(&front_name, &front)?;
    let write_words = |kind: &str, words: Words, n: usize| {
        let bytes = words.encode(n).map_err(|e| format!("cannot serialise the search's words: {e}"))?;
        let name = hashed(kind, &bytes);
        write(&name, &bytes)?;
        Ok::<_, String>(format!("data/{name}"))
    };
    let words = [write_words("words", Words::new(snapshot), snapshot.articles.len())?, write_words("claimwords", Words::of_claims(snapshot), snapshot.claims.len())?];
    // Beside the folder (not copied with it): what the unfiltered first
    // view fetches before it is drawn — its front alone; the head and the
    // first page's texts come after the first paint, behind it — which
    // scripts/data.mjs has the page preload.
    let preload = dir.with_extension("preload");
    std::fs::write(&preload, format!("data/{front_name}")).map_err(|e| format!("cannot write {}: {e}", preload.display()))?;
    Ok((format!("data/{head_name}"), format!("data/{front_name}"), words))
}
