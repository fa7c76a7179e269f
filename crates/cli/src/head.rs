//! What a corpus-in-pieces' head is made of (`counterpoint head`): its
//! bytes (`Head::encode`), and gzipped, field by field, so that what the first view
//! does not need can be seen and moved out of it (`counterpoint_core::chunks`).
//!
//! Each field is encoded as a column of its own (the field of every article,
//! of every claim, …): the columns' raw sizes add up to the head's, but for
//! a length prefix each; gzipped apart they add up to a little more than the
//! whole, which compresses across fields.

use counterpoint_core::chunks::{self, Head};
use counterpoint_core::model::Snapshot;

/// One part of the head: its name, postcard bytes and gzipped bytes.
#[derive(Debug)]
pub struct Part {
    pub name: &'static str,
    pub raw: usize,
    pub gzipped: usize,
}

/// The head the build writes for `snap`, with file names as long as the
/// build's (`data/cp-text-<16 hex digits>.bin`).
pub fn head_of(snap: &Snapshot) -> Head {
    let split = chunks::split(snap, chunks::CHUNK_ARTICLES);
    let files = (0..split.chunks.len()).map(|i| format!("data/cp-text-{i:016x}.bin")).collect();
    split.head(files)
}

/// The head's parts, largest gzipped first.
pub fn parts(head: &Head, gzip_len: impl Fn(&[u8]) -> usize) -> Vec<Part> {
    let s = head.skeleton();
    let bytes = |v: Vec<u8>| (v.len(), gzip_len(&v));
    macro_rules! column {
        ($name:expr, $items:expr) => {{
            let (raw, gzipped) = bytes(postcard::to_allocvec(&$items.collect::<Vec<_>>()).expect("encodes"));
            Part { name: $name, raw, gzipped }
        }};
    }
    macro_rules! whole {
        ($name:expr, $value:expr) => {{
            let (raw, gzipped) = bytes(postcard::to_allocvec($value).expect("encodes"));
            Part { name: $name, raw, gzipped }
        }};
    }
    let a = &s.articles;
    let c = &s.claims;
    let mut out = vec![
        whole!("versions", &(head.version, s.version)),
        column!("article id", a.iter().map(|a| &a.id)),
        column!("article source_file", a.iter().map(|a| &a.source_file)),
        column!("article title", a.iter().map(|a| &a.title)),
        column!("article standfirst", a.iter().map(|a| &a.standfirst)),
        column!("article dateline", a.iter().map(|a| &a.dateline)),
        column!("article date", a.iter().map(|a| &a.date)),
        column!("article outlet", a.iter().map(|a| &a.outlet)),
        column!("article url", a.iter().map(|a| &a.url)),
        column!("article author", a.iter().map(|a| &a.author)),
        column!("article text (empty)", a.iter().map(|a| &a.text)),
        column!("article paragraphs", a.iter().map(|a| &a.paragraphs)),
        column!("article mentions", a.iter().map(|a| &a.mentions)),
        column!("article local", a.iter().map(|a| a.local)),
        whole!("outlets", &s.outlets),
        whole!("entities", &s.entities),
        column!("claim id", c.iter().map(|c| &c.id)),
        column!("claim article", c.iter().map(|c| c.article)),
        column!("claim speaker", c.iter().map(|c| &c.speaker)),
        column!("claim verb", c.iter().map(|c| &c.verb)),
        column!("claim span", c.iter().map(|c| c.span)),
        column!("claim polarity", c.iter().map(|c| c.polarity)),
        column!("claim about", c.iter().map(|c| &c.about)),
        whole!("pairs", &s.pairs),
        whole!("disputes", &s.disputes),
        whole!("stories", &s.stories),
        whole!("warnings", &s.warnings),
        whole!("chunk_of", &head.chunk_of),
        whole!("files", &head.files),
    ];
    out.sort_by(|x, y| y.gzipped.cmp(&x.gzipped).then(x.name.cmp(y.name)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use counterpoint_core::{analyse, corpus};

    /// Every byte of the head is in some part: the parts' raw sizes add up
    /// to the head's, less one length prefix per extra column (a field left
    /// out would show as missing bytes).
    #[test]
    fn the_parts_add_up_to_the_head() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        let snap = analyse::analyse(&corpus::load_dir(&dir).unwrap());
        let head = head_of(&snap);
        let whole = head.encode().unwrap().len();
        let parts = parts(&head, |b| b.len());
        let sum: usize = parts.iter().map(|p| p.raw).sum();
        // 13 article and 7 claim columns, a length prefix each, against
        // the head file's 7 bytes the parts leave out: the top's own
        // version and its two empty tables, the numbers of articles and
        // claims, and each table's one slice's length (one byte each for a
        // small corpus).
        assert_eq!(sum, whole + 13 + 7 - 7);
        assert!(parts.windows(2).all(|w| w[0].gzipped >= w[1].gzipped), "largest first");
    }

    /// The head file of a synthetic corpus, read a slice at a time as the
    /// page reads it (several slices of articles and of claims), is the
    /// head the build made.
    #[test]
    fn a_synthetic_head_read_in_slices_is_the_head() {
        let dir = std::env::temp_dir().join(format!("counterpoint-head-{}", std::process::id()));
        crate::synth::write_corpus(&dir, 2 * chunks::SLICE_ARTICLES + 500, 7).unwrap();
        let snap = analyse::analyse(&corpus::load_dir(&dir).unwrap());
        std::fs::remove_dir_all(&dir).unwrap();
        let head = head_of(&snap);
        assert!(head.skeleton().claims.len() > 2 * chunks::SLICE_CLAIMS, "several slices of claims too");
        let mut reading = chunks::Reading::new(head.encode().unwrap()).unwrap();
        let mut steps = 1;
        while !reading.step().unwrap() {
            steps += 1;
        }
        assert_eq!(steps, 3 + head.skeleton().claims.len().div_ceil(chunks::SLICE_CLAIMS));
        let read = reading.finish().unwrap();
        assert_eq!((read.chunk_of.as_slice(), read.files.as_slice()), (head.chunk_of.as_slice(), head.files.as_slice()));
        assert!(read.skeleton == head.into_skeleton(), "the snapshot read in slices is the one read at once");
    }
}
