//! The search's word index, and the file a large corpus's build writes it
//! into.
//!
//! A search matches every term inside the headline, standfirst or text of
//! an article. The page answers it from [`Words`]: each distinct word of
//! that text with the articles it occurs in. For a corpus in pieces the
//! texts are not in the page until fetched — 150 MB at 100,000 articles —
//! so the build writes the words as a file of their own
//! ([`Words::encode`]: each word with the gaps between its articles, which
//! compress to a byte or two, in slices the page reads one per browser
//! task), and a search fetches that file and the texts of the results it
//! shows, not every text.
//!
//! Pure: the build writes the file, the page reads it.

use crate::filter::sort;
use crate::model::{Snapshot, SNAPSHOT_VERSION};
use std::collections::HashMap;

/// Whose words: the articles' (a search of the list) or the disputed
/// claims' (a search of the claims view and the timeline's lanes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Of {
    Articles,
    Claims,
}

/// The search's index: each distinct word of some texts (lower-cased, split
/// at white space as a search's terms are) with the texts it occurs in —
/// the articles' searchable text (headline, standfirst, body: [`Words::new`])
/// or the disputed claims' ([`Words::of_claims`]).
///
/// A term holds no white space, so it occurs in a text exactly when it
/// occurs inside one of its words: finding the term among the distinct
/// words finds what `contains` over every text would, without reading
/// every text at each keystroke (100 MB at 100,000 articles).
pub struct Words {
    /// Distinct words, those in the most texts first.
    words: Vec<Box<str>>,
    /// The texts (articles or claims) each word occurs in, ascending.
    articles: Vec<Vec<u32>>,
}

impl Words {
    /// The words of every article's searchable text.
    pub fn new(snap: &Snapshot) -> Self {
        let texts = snap.articles.iter().enumerate().map(|(i, a)| (i as u32, format!("{}\n{}\n{}", a.title, a.standfirst.as_deref().unwrap_or(""), a.text)));
        Words::of(texts)
    }

    /// The words of the claims in a dispute (what the claims view and the
    /// timeline's lanes search), by claim.
    pub fn of_claims(snap: &Snapshot) -> Self {
        let mut disputed: Vec<u32> = snap.disputes.iter().flat_map(|d| d.claims.iter().flatten().copied()).collect();
        sort(&mut disputed, &|a, b| a.cmp(&b));
        disputed.dedup();
        Words::of(disputed.into_iter().map(|c| {
            let claim = &snap.claims[c as usize];
            // (A claim's span is in its article's text; without the text,
            // a skeleton's, it holds nothing rather than failing.)
            (c, snap.articles[claim.article as usize].text.get(claim.span.range()).unwrap_or("").to_string())
        }))
    }

    /// The words of `texts`, numbered in ascending order.
    fn of(texts: impl Iterator<Item = (u32, String)>) -> Self {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut articles: Vec<Vec<u32>> = Vec::new();
        for (i, text) in texts {
            for w in crate::case::lower(&text).split_whitespace() {
                let id = match ids.get(w) {
                    Some(&id) => id as usize,
                    None => {
                        ids.insert(w.to_string(), articles.len() as u32);
                        articles.push(Vec::new());
                        articles.len() - 1
                    }
                };
                if articles[id].last() != Some(&i) {
                    articles[id].push(i);
                }
            }
        }
        let mut words: Vec<Box<str>> = vec![Box::from(""); articles.len()];
        for (w, id) in ids {
            words[id as usize] = w.into_boxed_str();
        }
        // Those in the most articles first, ties in the words' order.
        let mut order: Vec<u32> = (0..articles.len() as u32).collect();
        sort(&mut order, &|a, b| articles[b as usize].len().cmp(&articles[a as usize].len()).then_with(|| words[a as usize].cmp(&words[b as usize])));
        Words {
            words: order.iter().map(|&i| std::mem::take(&mut words[i as usize])).collect(),
            articles: order.iter().map(|&i| std::mem::take(&mut articles[i as usize])).collect(),
        }
    }

    /// Which of `n` texts hold every term.
    pub fn holding(&self, terms: &[String], n: usize) -> Vec<bool> {
        let mut all = vec![true; n];
        for t in terms {
            let mut hit = vec![false; n];
            let mut found = 0;
            // The most frequent words first: a short term ("s") finds every
            // article in its first few words and stops there.
            for (w, arts) in self.words.iter().zip(&self.articles) {
                if found == n {
                    break;
                }
                if w.contains(t.as_str()) {
                    for &a in arts {
                        if !std::mem::replace(&mut hit[a as usize], true) {
                            found += 1;
                        }
                    }
                }
            }
            for (a, h) in all.iter_mut().zip(hit) {
                *a &= h;
            }
        }
        all
    }
}


/// Postings (a word's article) per slice of the words file: a slice reads
/// in a few milliseconds, so the page reads the file a slice per browser
/// task (10 MB of postings at 100,000 articles).
pub const SLICE_POSTINGS: usize = 1 << 19;

impl Words {
    /// The words file for a corpus of `articles` articles, each piece
    /// postcard: the snapshot's version, the articles and the words it
    /// counts; then slices of words in their order, each with its
    /// articles as the gaps between them (the first from 0), which compress
    /// to a byte or two.
    pub fn encode(&self, articles: usize) -> Result<Vec<u8>, postcard::Error> {
        let mut out = postcard::to_allocvec(&(SNAPSHOT_VERSION, articles as u32, self.words.len() as u32))?;
        let mut at = 0;
        while at < self.words.len() {
            let (mut end, mut postings) = (at, 0);
            while end < self.words.len() && (end == at || postings + self.articles[end].len() <= SLICE_POSTINGS) {
                postings += self.articles[end].len();
                end += 1;
            }
            let gaps: Vec<Vec<u32>> = self.articles[at..end].iter().map(|arts| arts.iter().scan(0u32, |last, &a| Some(a - std::mem::replace(last, a))).collect()).collect();
            out = postcard::to_extend(&(&self.words[at..end], gaps), out)?;
            at = end;
        }
        Ok(out)
    }
}

/// A words file being read a slice at a time ([`Words::encode`]): each
/// [`WordsReading::step`] reads one slice, [`WordsReading::finish`] gives
/// the words. The page runs a step per browser task.
pub struct WordsReading {
    bytes: Vec<u8>,
    /// Where the next slice starts in `bytes`.
    at: usize,
    articles: usize,
    count: usize,
    words: Words,
}

impl WordsReading {
    /// Start reading `bytes`, the words of a corpus of `articles` articles;
    /// why not, for a file of another build or corpus.
    pub fn new(bytes: Vec<u8>, articles: usize) -> Result<Self, String> {
        let ((version, n, count), rest) = postcard::take_from_bytes::<(u32, u32, u32)>(&bytes).map_err(|e| e.to_string())?;
        if version != SNAPSHOT_VERSION || n as usize != articles {
            return Err("it is not this corpus's".into());
        }
        let at = bytes.len() - rest.len();
        Ok(WordsReading { bytes, at, articles, count: count as usize, words: Words { words: Vec::new(), articles: Vec::new() } })
    }

    /// Read the next slice; `true` once every word is read. The gaps become
    /// the articles in place; every article must be in range and each
    /// word's articles ascending.
    pub fn step(&mut self) -> Result<bool, String> {
        if self.words.words.len() < self.count {
            let ((words, mut lists), rest) = postcard::take_from_bytes::<(Vec<String>, Vec<Vec<u32>>)>(&self.bytes[self.at..]).map_err(|e| e.to_string())?;
            if words.is_empty() || words.len() != lists.len() || self.words.words.len() + words.len() > self.count {
                return Err("its words do not add up".into());
            }
            for list in &mut lists {
                let mut at = 0u32;
                for (k, g) in list.iter_mut().enumerate() {
                    at = at.checked_add(*g).filter(|&a| (a as usize) < self.articles && (k == 0 || *g > 0)).ok_or("an article in it is out of order or range")?;
                    *g = at;
                }
            }
            self.words.words.extend(words.into_iter().map(String::into_boxed_str));
            self.words.articles.extend(lists);
            self.at = self.bytes.len() - rest.len();
        }
        Ok(self.words.words.len() == self.count)
    }

    /// The words read (once [`WordsReading::step`] has said `true`).
    pub fn finish(self) -> Words {
        self.words
    }
}

/// Read a whole words file at once (the tests; the page reads it in steps).
#[cfg(test)]
fn read(bytes: Vec<u8>, articles: usize) -> Result<Words, String> {
    let mut r = WordsReading::new(bytes, articles)?;
    while !r.step()? {}
    Ok(r.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Snapshot {
        crate::analyse::analyse(&crate::corpus::seeds())
    }

    #[test]
    fn the_file_holds_the_words_and_finds_what_they_find() {
        let snap = corpus();
        let n = snap.articles.len();
        let words = Words::new(&snap);
        let bytes = words.encode(n).unwrap();
        let read = read(bytes, n).unwrap();
        assert_eq!(read.words, words.words);
        assert_eq!(read.articles, words.articles);
        for q in ["cyber", "said", "talks china", "zzz", "u.s."] {
            let terms = crate::filter::terms(q);
            assert_eq!(read.holding(&terms, n), words.holding(&terms, n), "{q}");
        }
    }

    #[test]
    fn the_claims_words_find_what_contains_over_each_disputed_claim_finds() {
        let snap = corpus();
        let words = Words::of_claims(&snap);
        let disputed: Vec<u32> = snap.disputes.iter().flat_map(|d| d.claims.iter().flatten().copied()).collect();
        assert!(!disputed.is_empty(), "the seeds have disputes");
        for q in ["cyber", "said", "china hack", "zzz", "u.s.", "“"] {
            let terms = crate::filter::terms(q);
            let held = words.holding(&terms, snap.claims.len());
            for &c in &disputed {
                let claim = &snap.claims[c as usize];
                let text = snap.articles[claim.article as usize].text[claim.span.range()].to_lowercase();
                assert_eq!(held[c as usize], terms.iter().all(|t| text.contains(t.as_str())), "{q}: claim {c}");
            }
        }
    }

    #[test]
    fn a_large_file_is_read_a_slice_at_a_time() {
        // Invented: more postings than a slice holds, a word in every article.
        let n = SLICE_POSTINGS;
        let words = Words {
            words: ["said", "talks", "rare"].map(Box::from).to_vec(),
            articles: vec![(0..n as u32).collect(), (0..n as u32).step_by(2).collect(), vec![7, (n - 1) as u32]],
        };
        let mut r = WordsReading::new(words.encode(n).unwrap(), n).unwrap();
        let mut steps = 1;
        while !r.step().unwrap() {
            steps += 1;
        }
        assert!(steps >= 2, "{steps} steps");
        let read = r.finish();
        assert_eq!((read.words, read.articles), (words.words, words.articles));
    }

    #[test]
    fn a_file_of_another_corpus_or_damaged_is_refused() {
        let snap = corpus();
        let n = snap.articles.len();
        let bytes = Words::new(&snap).encode(n).unwrap();
        assert!(read(bytes.clone(), n + 1).is_err());
        assert!(read(bytes[..bytes.len() / 2].to_vec(), n).is_err(), "cut short");
        // A word's articles out of range, or one article twice.
        let bad = |articles: Vec<Vec<u32>>| Words { words: vec![Box::from("a"), Box::from("b")], articles }.encode(4).unwrap();
        assert!(read(bad(vec![vec![0, 1], vec![4]]), 4).is_err());
        assert!(read(bad(vec![vec![0, 1], vec![2, 2]]), 4).is_err());
        assert!(read(bad(vec![vec![0, 1], vec![2, 3]]), 4).is_ok());
    }
}
