//! Runs the engine over the corpus at compile time and writes the snapshot
//! the app embeds with `include_bytes!` (and the corpus's names, which the
//! analyser worker embeds). The corpus is `corpus/`, or the
//! folder named by `COUNTERPOINT_CORPUS`. A corpus problem fails the build
//! with the file (and line) and what to do about it.

use std::path::PathBuf;

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
    let out = out_dir.join("snapshot.bin");
    std::fs::write(&out, bytes).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", out.display())));
    let out = out_dir.join("snapshot_fingerprint.rs");
    std::fs::write(&out, id).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", out.display())));
    // The corpus's own names (entities.toml, outlets) for the analyser
    // worker, so a pasted article is read with the corpus's gazetteer.
    let names = postcard::to_allocvec(&counterpoint_core::analyse::corpus_names(&corpus)).unwrap_or_else(|e| fail(format!("cannot serialise the gazetteer: {e}")));
    let out = out_dir.join("names.bin");
    std::fs::write(&out, names).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", out.display())));
}
