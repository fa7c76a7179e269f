//! The parallel build (`counterpoint-core`'s `parallel` feature, on for the
//! CLI) gives the same bytes as the build on one thread: the same postcard
//! snapshot and the same export JSON, on the seed corpus and on a synthetic
//! corpus large enough for rayon to split the work many ways.

use counterpoint_core::analyse::{analyse, analyse_sequential};
use counterpoint_core::corpus::{load_dir, Corpus};
use counterpoint_core::export::export;

/// Postcard snapshot bytes and export JSON of one analysis.
fn outputs(c: &Corpus, analyse: fn(&Corpus) -> counterpoint_core::model::Snapshot) -> (Vec<u8>, String) {
    let snap = analyse(c);
    (postcard::to_allocvec(&snap).unwrap(), serde_json::to_string(&export(&snap, |_| true)).unwrap())
}

fn assert_same_bytes(c: &Corpus) {
    let (one_snap, one_json) = outputs(c, analyse_sequential);
    // Several runs: a race would show as a run that differs.
    for _ in 0..3 {
        let (snap, json) = outputs(c, analyse);
        assert!(snap == one_snap, "the parallel snapshot differs from the one-thread snapshot");
        assert!(json == one_json, "the parallel export differs from the one-thread export");
    }
}

#[test]
fn the_seed_corpus_builds_to_the_same_bytes_on_every_core_as_on_one() {
    let c = load_dir(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus")).unwrap();
    assert_same_bytes(&c);
}

#[test]
fn a_synthetic_corpus_builds_to_the_same_bytes_on_every_core_as_on_one() {
    let c = counterpoint_cli::synth::corpus(300, 11);
    assert_same_bytes(&c);
    let snap = analyse(&c);
    assert_eq!(snap.articles.len(), 300);
    assert!(!snap.disputes.is_empty());
}

#[test]
fn a_pool_of_four_threads_builds_the_same_bytes_as_one_thread() {
    // On a one-core machine the test above would compare one thread with
    // one thread; a pool of four makes the split real anywhere.
    let c = counterpoint_cli::synth::corpus(120, 5);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(4).build().unwrap();
    let (four_snap, four_json) = pool.install(|| outputs(&c, analyse));
    let (one_snap, one_json) = outputs(&c, analyse_sequential);
    assert!(four_snap == one_snap && four_json == one_json);
}
