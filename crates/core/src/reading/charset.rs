//! Saved pages in legacy encodings. Pages saved from older or regional
//! sites are often not UTF-8 (windows-1252, ISO-8859-x, KOI8-R,
//! Shift_JIS…); reading them as UTF-8 with replacement characters would
//! break every quotation mark and accented name in them. The encoding is
//! found as a browser finds it, in a subset of the WHATWG rules a saved
//! file needs: a byte-order mark, else a `<meta charset>` or `http-equiv`
//! content type in the first 1,024 bytes, else windows-1252 (what browsers
//! assume for an undeclared legacy page). Decoding is `encoding_rs`'s.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into a page its charset declaration may stand.
const PRESCAN: usize = 1024;

/// A page's text, decoded, and the encoding it was read as.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding's WHATWG name ("windows-1252", "KOI8-R").
    pub encoding: &'static str,
    /// Whether the page said so (a BOM or a declaration), or it was assumed.
    pub declared: bool,
}

/// Decode a page that is not valid UTF-8.
pub fn decode(bytes: &[u8]) -> Decoded {
    let declared = Encoding::for_bom(bytes).map(|(e, _)| e).or_else(|| declared_label(&bytes[..bytes.len().min(PRESCAN)]).and_then(Encoding::for_label));
    // A page that declares UTF-8 but is not (this function's input) was
    // mislabelled: the likeliest truth is the legacy default.
    let encoding = match declared {
        Some(e) if e != UTF_8 => e,
        _ => WINDOWS_1252,
    };
    let (text, used, _) = encoding.decode(bytes);
    Decoded { text: text.into_owned(), encoding: used.name(), declared: declared.is_some_and(|e| e == used) }
}

/// The charset a `<meta>` tag names: `<meta charset="koi8-r">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">`.
fn declared_label(head: &[u8]) -> Option<&[u8]> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta").map(|i| i + from) {
        let end = lower[at..].iter().position(|&b| b == b'>').map_or(lower.len(), |i| at + i);
        if let Some(c) = find(&lower[at..end], b"charset").map(|i| at + i + b"charset".len()) {
            let mut i = c;
            while i < end && matches!(lower[i], b' ' | b'=' | b'"' | b'\'') {
                i += 1;
            }
            let len = lower[i..end].iter().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')).count();
            if len > 0 {
                return Some(&head[i..i + len]);
            }
        }
        from = end;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(head: &str, body: &[u8]) -> Vec<u8> {
        let mut v = format!("<html><head>{head}<title>t</title></head><body><p>").into_bytes();
        v.extend_from_slice(body);
        v.extend_from_slice(b"</p></body></html>");
        v
    }

    #[test]
    fn a_declared_legacy_charset_is_read_as_declared() {
        // “Nein,” sagte Jürgen — in windows-1252.
        let body = b"\x93Nein,\x94 sagte J\xfcrgen \x97 am Montag.";
        let cases: [(&str, &[u8], &str, &str); 3] = [
            (r#"<meta charset="windows-1252">"#, body, "windows-1252", "“Nein,” sagte Jürgen — am Montag."),
            (r#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">"#, b"J\xfcrgen", "windows-1252", "Jürgen"),
            // "Привет" in KOI8-R.
            ("<meta charset=koi8-r>", b"\xf0\xd2\xc9\xd7\xc5\xd4", "KOI8-R", "Привет"),
        ];
        for (head, body, enc, want) in cases {
            let d = decode(&page(head, body));
            assert_eq!(d.encoding, enc, "{head}");
            assert!(d.declared, "{head}");
            assert!(d.text.contains(want), "{head}: {}", d.text);
        }
    }

    #[test]
    fn an_undeclared_or_mislabelled_page_is_read_as_windows_1252() {
        for head in ["", r#"<meta charset="utf-8">"#, r#"<meta name="description" content="no charset here">"#] {
            let d = decode(&page(head, b"caf\xe9 \x93quoted\x94"));
            assert_eq!(d.encoding, "windows-1252", "{head}");
            assert!(!d.declared, "{head}");
            assert!(d.text.contains("café “quoted”"), "{head}: {}", d.text);
        }
    }

    #[test]
    fn a_byte_order_mark_wins() {
        let mut v = vec![0xFF, 0xFE];
        for u in "<p>Zoë</p>".encode_utf16() {
            v.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&v);
        assert_eq!((d.encoding, d.declared), ("UTF-16LE", true));
        assert!(d.text.contains("Zoë"));
    }
}
