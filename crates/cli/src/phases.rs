//! Where the engine's time goes: each stage of the build timed on its own
//! (best of several rounds, so a busy machine's slow round does not count),
//! for `counterpoint bench`. Numbers for finding the next thing to speed up,
//! not a budget.

use counterpoint_core::analyse::{analyse_article, corpus_gazetteer};
use counterpoint_core::assemble::Builder;
use counterpoint_core::corpus::Corpus;
use counterpoint_core::{disputes, entities, ingest, stories, tokens};
use std::hint::black_box;
use std::time::Instant;

/// Milliseconds per stage over the whole corpus.
#[derive(Clone, Copy, Debug, Default)]
pub struct Phases {
    /// The known names (base list, `entities.toml`, outlets): once per corpus.
    pub gazetteer: f64,
    pub ingest: f64,
    pub sentences: f64,
    pub tokens: f64,
    pub entities: f64,
    pub claims: f64,
    pub assemble: f64,
    pub pairing: f64,
    pub stories: f64,
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn one_round(c: &Corpus) -> Phases {
    let mut p = Phases::default();
    let t = Instant::now();
    let g = corpus_gazetteer(c);
    p.gazetteer = ms(t);
    for f in &c.files {
        let t = Instant::now();
        let Ok(ing) = ingest::ingest(&f.raw) else { continue };
        let (text, spans) = ing.text();
        p.ingest += ms(t);
        let t = Instant::now();
        let sents = tokens::sentences(&text, &spans);
        p.sentences += ms(t);
        let t = Instant::now();
        let tk = tokens::Tokenised::new(&text, &sents);
        p.tokens += ms(t);
        let t = Instant::now();
        let ents = entities::recognise(&g, &text, &tk);
        p.entities += ms(t);
        let t = Instant::now();
        black_box(counterpoint_core::claims::extract(&text, &sents, &tk, &ents));
        p.claims += ms(t);
    }
    // Assembly: drafts into a snapshot (ids, entities merged), then the
    // corpus-wide passes, each timed again on the finished snapshot.
    let drafts: Vec<_> = c.files.iter().filter_map(|f| Some(analyse_article(&g, &f.raw).ok()?.into_draft(&f.name, &Default::default()))).collect();
    let t = Instant::now();
    let mut b = Builder::new(Vec::new());
    for d in drafts {
        b.add(d, false);
    }
    let snap = b.finish();
    p.assemble = ms(t);
    let t = Instant::now();
    black_box(disputes::pair(&snap));
    p.pairing = ms(t);
    let t = Instant::now();
    black_box(stories::group(&snap));
    p.stories = ms(t);
    p.assemble -= p.pairing + p.stories;
    p
}

/// The best time of each stage over `rounds` rounds.
pub fn measure(c: &Corpus, rounds: usize) -> Phases {
    let mut best = one_round(c);
    for _ in 1..rounds.max(1) {
        let r = one_round(c);
        let min = |a: &mut f64, b: f64| *a = a.min(b);
        min(&mut best.gazetteer, r.gazetteer);
        min(&mut best.ingest, r.ingest);
        min(&mut best.sentences, r.sentences);
        min(&mut best.tokens, r.tokens);
        min(&mut best.entities, r.entities);
        min(&mut best.claims, r.claims);
        min(&mut best.assemble, r.assemble);
        min(&mut best.pairing, r.pairing);
        min(&mut best.stories, r.stories);
    }
    best
}

impl std::fmt::Display for Phases {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "gazetteer {:.2} ms, ingest {:.1}, sentences {:.1}, tokens {:.1}, entities {:.1}, claims {:.1}, assembly {:.1}, pairing {:.1}, stories {:.1}",
            self.gazetteer, self.ingest, self.sentences, self.tokens, self.entities, self.claims, self.assemble, self.pairing, self.stories
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_of_the_seed_corpus_takes_some_time() {
        let c = counterpoint_core::corpus::load_dir(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus")).unwrap();
        let p = measure(&c, 2);
        for (name, t) in [("gazetteer", p.gazetteer), ("ingest", p.ingest), ("entities", p.entities), ("claims", p.claims), ("pairing", p.pairing)] {
            assert!(t > 0.0 && t.is_finite(), "{name}: {t}");
        }
        assert!(p.to_string().starts_with("gazetteer "));
    }
}
