//! Lower case for what the page runs: searching, highlighting, exporting.
//!
//! Rust's `to_lowercase` brings the Unicode case tables with it, about
//! 8 KB of the page's gzipped wasm, and the browser already has them. So a
//! build with the `browser-case` feature on wasm (the web app's package,
//! whose two binaries are the page and the analyser worker) asks the
//! browser: `String.prototype.toLowerCase` maps by the same Unicode rules
//! (the full mappings, and a capital sigma ending a word becomes the final
//! sigma). Every other build (the engine at build time, the CLI, the
//! native tests) uses Rust's, and so does the engine's own reading
//! everywhere: the page never reads an article, and the worker, which
//! does, carries Rust's tables anyway (its export, which lower-cases here,
//! asks the browser like the page).
//!
//! The two can differ only where one knows a newer Unicode than the other
//! (a letter added to Unicode last year); the page's component tests check
//! that the browser's answers are Rust's on the cases that are hard.
//! ASCII text is lower-cased here, without asking the browser.

/// `s` lower-cased, as `str::to_lowercase` does.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    unicode(s)
}

/// Each character of `text` lower-cased on its own (as `char::to_lowercase`
/// does: no final sigma, which needs the word around it), in one sequence:
/// character `i`'s lower case is `folded[starts[i]..starts[i + 1]]`.
pub struct Folded {
    folded: Vec<char>,
    starts: Vec<usize>,
}

impl Folded {
    pub fn new(text: &str) -> Self {
        let mut folded = Vec::with_capacity(text.len());
        let mut starts = Vec::with_capacity(text.len() + 1);
        // Each character not ASCII is lower-cased once (in the page, one
        // call into the browser), then copied from where it first was.
        let mut seen: std::collections::HashMap<char, (usize, usize)> = std::collections::HashMap::new();
        for c in text.chars() {
            let at = folded.len();
            starts.push(at);
            if c.is_ascii() {
                folded.push(c.to_ascii_lowercase());
            } else if let Some(&(from, to)) = seen.get(&c) {
                folded.extend_from_within(from..to);
            } else {
                folded.extend(unicode(c.encode_utf8(&mut [0; 4])).chars());
                seen.insert(c, (at, folded.len()));
            }
        }
        starts.push(folded.len());
        Folded { folded, starts }
    }

    /// How many characters the text has.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Character `i`'s lower case.
    pub fn of(&self, i: usize) -> &[char] {
        &self.folded[self.starts[i]..self.starts[i + 1]]
    }
}

#[cfg(all(target_arch = "wasm32", feature = "browser-case"))]
fn unicode(s: &str) -> String {
    js_sys::JsString::from(s).to_lower_case().into()
}

#[cfg(not(all(target_arch = "wasm32", feature = "browser-case")))]
fn unicode(s: &str) -> String {
    s.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_is_to_lowercase() {
        for s in ["", "Cyber SECURITY", "ÉTAIT", "ZÜRICH", "ΟΔΟΣ ΣΟΦΙΑΣ", "İstanbul", "ǅemal", "Straẞe", "Москва", "“Quoted”"] {
            assert_eq!(lower(s), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn folded_is_each_char_lowercased() {
        let text = "İs ΣΟΦΙΑΣ ok? Σ, İ: “quoted” ”";
        let f = Folded::new(text);
        assert_eq!(f.len(), text.chars().count());
        for (i, c) in text.chars().enumerate() {
            assert_eq!(f.of(i), c.to_lowercase().collect::<Vec<_>>().as_slice(), "{c:?}");
        }
        assert!(Folded::new("").is_empty());
    }
}
