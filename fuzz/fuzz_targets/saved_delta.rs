//! A saved join as a browser might hand it back, damaged: the bytes of a
//! real delta with the input's bytes written over them. Decoding must not
//! panic, and a delta that passes `Snapshot::check` must be safe for every
//! view's indexing (filters, disputes, snippets, export) — `check` is the
//! page's only guard before it shows data kept in a browser.
#![no_main]

use counterpoint_core::analyse::{analyse, corpus_gazetteer};
use counterpoint_core::corpus::{Corpus, FileMeta, SourceFile};
use counterpoint_core::export::{self, Links, Selection};
use counterpoint_core::filter::{self, Index};
use counterpoint_core::local::{self, Delta};
use counterpoint_core::model::Snapshot;
use counterpoint_core::query;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const SEED: &str = include_str!("../../corpus/003_4933a735d2d921c1.txt");
const PASTED: &str = "Beijing rejects US hacking charges\n\nChina rejected accusations by the United States that its hackers stole secrets.\n\nUS officials accused China of cyber espionage, a spokesman said.\n\n\"China firmly opposes such groundless accusations,\" spokesman Hong Lei told reporters.\n";

fn fixture() -> &'static (Snapshot, Vec<u8>) {
    static F: OnceLock<(Snapshot, Vec<u8>)> = OnceLock::new();
    F.get_or_init(|| {
        let mut c = Corpus::default();
        c.files.push(SourceFile { name: "a.txt".into(), raw: SEED.into() });
        c.meta.insert("a.txt".into(), FileMeta { outlet: Some("Wire".into()), ..FileMeta::default() });
        let base = analyse(&c);
        let d = local::draft(&corpus_gazetteer(&c), PASTED, "Pasted text", &FileMeta::default()).expect("an article");
        let merged = local::merge(&base, &[d]);
        let bytes = postcard::to_allocvec(&local::delta(&base, &merged, 1)).expect("serialisable");
        (base, bytes)
    })
}

fuzz_target!(|data: &[u8]| {
    let (base, good) = fixture();
    // The input as (position, byte) pairs written over the good bytes, and
    // its tail appended: damage near a real delta, where bugs hide.
    let mut bytes = good.clone();
    for pair in data.chunks_exact(3) {
        let at = (usize::from(pair[0]) << 8 | usize::from(pair[1])) % bytes.len();
        bytes[at] = pair[2];
    }
    if data.len() % 3 == 1 {
        bytes.truncate(bytes.len() * usize::from(data[data.len() - 1]) / 255);
    }
    let Ok(d) = postcard::from_bytes::<Delta>(&bytes) else { return };
    let snap = local::apply(base.clone(), &d);
    if snap.check().is_err() {
        return;
    }
    let idx = Index::new(&snap);
    for q in ["", "?q=china", "?view=claims", "?view=timeline&from=2013", "?view=analyse"] {
        let (v, _) = query::parse(q, &snap);
        let matching = filter::articles(&snap, &idx, &v);
        let _ = filter::facet_counts(&idx, &matching);
        let _ = filter::disputes(&snap, &idx, &v);
        let sel = Selection::of_view(&snap, &idx, &v);
        let links = Links { base: "https://x/" };
        let _ = export::export_selection(&snap, &sel, Some(&links));
        let _ = export::csv(&snap, &sel, &links);
    }
    let terms = filter::terms("china talks");
    for (i, a) in snap.articles.iter().enumerate() {
        let _ = filter::snippet(&a.text, a.standfirst.as_deref(), &terms, 220);
        let _ = filter::term_ranges(&a.text, &terms);
        let _ = filter::entity_terms(&snap, &idx, &query::View::default(), i);
        for &c in &idx.article_claims[i] {
            let _ = &a.text[snap.claims[c as usize].span.range()];
        }
        for m in &a.mentions {
            let _ = (&a.text[m.span.range()], &snap.entities[m.entity as usize]);
        }
    }
});
