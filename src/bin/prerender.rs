//! Trunk's post-build hook, on release builds: the page's first view
//! rendered natively and written into the built index.html (see
//! `counterpoint::prerender`). It runs after `scripts/data.mjs`, which has
//! put a corpus in pieces' files (the front among them) beside the page.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;
    let fail = |msg: String| -> ! {
        eprintln!("prerender: {msg}");
        std::process::exit(1);
    };
    let Some(dir) = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from) else {
        fail("TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)".into());
    };
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).unwrap_or_else(|e| fail(format!("cannot read {}: {e}", index.display())));
    let front = counterpoint::snapshot::FRONT.map(|path| {
        let file = dir.join(path);
        std::fs::read(&file).unwrap_or_else(|e| fail(format!("cannot read the front {}: {e}", file.display())))
    });
    let view = counterpoint::prerender::first_view(front.as_deref()).unwrap_or_else(|e| fail(e));
    let out = counterpoint::prerender::inject(&page, &view).unwrap_or_else(|e| fail(e));
    std::fs::write(&index, out).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", index.display())));
    println!("prerender: the first view ({:.1} KB of HTML) written into index.html", view.len() as f64 / 1024.0);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
