//! The engine against the hand annotation of the five seed articles
//! (a copy of `eval/gold-seeds` in `fixtures/`), scored as `score.py` does,
//! and the targets of the extraction issue asserted; and against the
//! development set (a copy of `eval/dev` in `fixtures/dev/`), with floors
//! that keep the engine from sliding back.

use counterpoint_cli::eval;
use counterpoint_core::{analyse, corpus, export};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seeds() -> counterpoint_core::model::Snapshot {
    let c = corpus::load_dir(&root().join("corpus")).expect("the seed corpus loads");
    analyse::analyse(&c)
}

#[test]
fn seed_scores_meet_the_targets() {
    let snap = seeds();
    let json = serde_json::to_value(export::export(&snap, |_| true)).unwrap();
    let s = eval::score(&json, &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gold-seeds")).unwrap();
    print!("{}", s.report());
    assert!(s.missing.is_empty(), "articles missing: {:?}", s.missing);
    assert_eq!(s.titles, (5, 5), "titles");
    assert!(s.entity.2 >= 0.95, "entity F1 {:.3}", s.entity.2);
    assert!(s.claim.2 >= 0.95, "claim F1 {:.3}", s.claim.2);
    assert!(s.speaker_acc.unwrap() >= 0.95, "speaker accuracy {:?}", s.speaker_acc);
    assert!(s.polarity_acc.unwrap() >= 0.9, "polarity accuracy {:?}", s.polarity_acc);
    assert!(s.counterclaims.0 >= 6, "in-article counterclaims {:?}", s.counterclaims);
    assert!(s.cross.0 >= 3, "cross-article counterclaims {:?}", s.cross);
}

/// The targets for entities, claims, speakers and polarity on the
/// development set, which hold; and floors for the counterclaim pairs,
/// whose targets (F1 0.70 inside articles, 0.50 across) do not hold yet,
/// at the scores when they were set less a small margin, so a change that
/// loses ground fails here. Set 2026-11-30 (second round) at entity F1
/// 0.904, claim F1 0.940, speaker 0.924, polarity 0.881, in-article pairs
/// 20/56 (F1 0.303), cross-article 7/30 (F1 0.269); from 0.687, 0.770,
/// 0.652, 0.445, 0/56 and 0/30 before this work. Cross-article floor
/// raised at 8/30 (F1 0.276), once a pair's score read only the two
/// claims' words and no longer favoured two accounts of one story.
#[test]
fn dev_scores_hold_their_floors() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dev");
    let c = corpus::load_dir(&fixtures.join("articles")).expect("the development articles load");
    let json = serde_json::to_value(export::export(&analyse::analyse(&c), |_| true)).unwrap();
    let s = eval::score(&json, &fixtures.join("gold")).unwrap();
    print!("{}", s.report());
    assert!(s.missing.is_empty(), "articles missing: {:?}", s.missing);
    assert!(s.entity.2 >= 0.90, "entity F1 {:.3}", s.entity.2);
    assert!(s.claim.2 >= 0.90, "claim F1 {:.3}", s.claim.2);
    assert!(s.speaker_acc.unwrap() >= 0.90, "speaker accuracy {:?}", s.speaker_acc);
    assert!(s.polarity_acc.unwrap() >= 0.85, "polarity accuracy {:?}", s.polarity_acc);
    // In-article floors raised (fifth round) from 35/56 at F1 0.609: a
    // rejection of a report answers the report and the finding, and the
    // reporter answers back. Raised (sixth round) from 37/56 at F1 0.673:
    // a question alleges nothing, "the allegations" are what was reported
    // as alleged, a restated denial answers once; 37/56 at F1 0.655 once
    // merged with the polarity round (more claims read as blame). F1 raised
    // (seventh round) to 0.724 at 38/56 with 49 emitted: a standfirst's
    // denial sums up the body's, a lead's denial answers only what follows
    // closely, a question rebuts nothing, a denial answers nothing its side
    // confirms, each claim that it still goes on rebuts a denial that it does.
    assert!(s.counterclaims.0 >= 37, "in-article counterclaims {:?}", s.counterclaims);
    assert!(s.counterclaim_f1() >= 0.70, "in-article pair F1 {:.3}", s.counterclaim_f1());
    // Cross-article: 9/30 at F1 0.316 (27 emitted, from 55) once a denial
    // answers across articles only an accusation of its matter; 13/30 at
    // F1 0.406 (fifth round) once an accuser's findings, a claim that what
    // was denied is still going on, and a later account undoing a state
    // ("has fixed" / "has not fixed") answer too; 14/30 at F1 0.491 (27
    // emitted, sixth round) once a denial answers only a party's own charge
    // (not the writer's narration nor a judgement of another's charge), a
    // denial that something goes on only who says it still does, and a
    // denial pointing at a group's charges names that group; 15/30 at F1
    // 0.517 (28 emitted, seventh round) once a denial framing its quote
    // yields to it, a claim meets one version of a syndicated story, a
    // rejected report is answered by its author's findings, and "for its
    // part" points back while "its assertion" does not.
    assert!(s.cross.0 >= 14, "cross-article counterclaims {:?}", s.cross);
    assert!(s.cross_f1() >= 0.50, "cross-article pair F1 {:.3}", s.cross_f1());
    assert_eq!((s.counterclaims.1, s.cross.1), (56, 30), "gold pairs");
}

#[test]
fn seeds_ingest_with_gold_title_standfirst_and_date() {
    let snap = seeds();
    let gold_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gold-seeds");
    for a in &snap.articles {
        let g: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(gold_dir.join(a.source_file.replace(".txt", ".json"))).unwrap(),
        )
        .unwrap();
        let norm = |s: &str| s.replace('\u{a0}', " ").split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(norm(&a.title), norm(g["title"].as_str().unwrap()), "{}", a.source_file);
        assert_eq!(a.standfirst.as_deref().map(norm), g["standfirst"].as_str().map(norm), "{}", a.source_file);
        let stated = a.date.filter(|d| !d.inferred).map(|d| d.date.iso());
        assert_eq!(stated.as_deref(), g["published"].as_str(), "{}", a.source_file);
    }
}

#[test]
fn metadata_dates_keep_precision_and_inference() {
    let snap = seeds();
    let by_file = |f: &str| snap.articles.iter().find(|a| a.source_file.starts_with(f)).unwrap();
    let d = by_file("003").date.unwrap();
    assert_eq!((d.date.iso().as_str(), d.inferred), ("2013-04-15", false));
    for (f, iso) in [("000", "2013-12"), ("001", "2013-04"), ("002", "2013-07"), ("004", "2026-01")] {
        let d = by_file(f).date.unwrap();
        assert_eq!((d.date.iso().as_str(), d.inferred), (iso, true), "{f}");
    }
}

#[test]
fn analysis_is_deterministic_to_the_byte() {
    let a = postcard::to_allocvec(&seeds()).unwrap();
    let b = postcard::to_allocvec(&seeds()).unwrap();
    assert_eq!(a, b);
    let ja = serde_json::to_string(&export::export(&seeds(), |_| true)).unwrap();
    let jb = serde_json::to_string(&export::export(&seeds(), |_| true)).unwrap();
    assert_eq!(ja, jb);
}

#[test]
fn export_offsets_index_the_cleaned_text() {
    let snap = seeds();
    let out = export::export(&snap, |_| true);
    for a in &out.articles {
        for e in &a.entities {
            for m in &e.mentions {
                assert_eq!(&a.text[m.start as usize..m.end as usize], m.text, "{}", a.id);
            }
        }
        for c in &a.claims {
            assert_eq!(&a.text[c.start as usize..c.end as usize], c.text, "{}", a.id);
            assert!(c.id.starts_with(&a.id));
        }
    }
}
