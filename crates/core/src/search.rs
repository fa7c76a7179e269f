//! The search's word index, and the file a large corpus's build writes it
//! into.
//!
//! A search matches every term inside the headline, standfirst or text of
//! an article. The page answers it from [`Words`]: each distinct word of
//! that text with the articles it occurs in. For a corpus in pieces the
//! texts are not in the page until fetched — 150 MB at 100,000 articles —
//! so the build writes the words as a file of their own ([`WordsFile`]:
//! each word with the gaps between its articles, which compress to a byte
//! or two), and a search fetches that file and the texts of the results it
//! shows, not every text.
//!
//! Pure: the build writes the file, the page reads it.

use crate::filter::sort;
use crate::model::{Snapshot, SNAPSHOT_VERSION};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The search's index: each distinct word of the articles' searchable text
/// (headline, standfirst, body, lower-cased, split at white space as a
/// search's terms are) with the articles it occurs in.
///
/// A term holds no white space, so it occurs in an article's text exactly
/// when it occurs inside one of its words: finding the term among the
/// distinct words finds what `contains` over every text would, without
/// reading every text at each keystroke (100 MB at 100,000 articles).
pub struct Words {
    /// Distinct words, those in the most articles first.
    words: Vec<Box<str>>,
    /// The articles each word occurs in, ascending.
    articles: Vec<Vec<u32>>,
}

impl Words {
    pub fn new(snap: &Snapshot) -> Self {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut articles: Vec<Vec<u32>> = Vec::new();
        for (i, a) in snap.articles.iter().enumerate() {
            let text = format!("{}\n{}\n{}", a.title, a.standfirst.as_deref().unwrap_or(""), a.text).to_lowercase();
            for w in text.split_whitespace() {
                let id = match ids.get(w) {
                    Some(&id) => id as usize,
                    None => {
                        ids.insert(w.to_string(), articles.len() as u32);
                        articles.push(Vec::new());
                        articles.len() - 1
                    }
                };
                if articles[id].last() != Some(&(i as u32)) {
                    articles[id].push(i as u32);
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

    /// Which of `n` articles hold every term.
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


/// [`Words`] as a file: the words in their order, and each word's articles
/// as the gaps between them (the first from 0).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WordsFile {
    pub version: u32,
    /// The corpus's articles: the file answers for no other snapshot.
    pub articles: u32,
    pub words: Vec<String>,
    pub gaps: Vec<Vec<u32>>,
}

impl Words {
    /// The file of these words, for a corpus of `articles` articles.
    pub fn to_file(&self, articles: usize) -> WordsFile {
        let gaps = self.articles.iter().map(|arts| arts.iter().scan(0u32, |last, &a| Some(a - std::mem::replace(last, a))).collect()).collect();
        WordsFile { version: SNAPSHOT_VERSION, articles: articles as u32, words: self.words.iter().map(|w| w.to_string()).collect(), gaps }
    }

    /// The words a file holds, for a corpus of `articles` articles; why
    /// not, for a file of another build or a damaged one (every article in
    /// range, each word's articles ascending).
    pub fn read(file: WordsFile, articles: usize) -> Result<Words, String> {
        if file.version != SNAPSHOT_VERSION || file.articles as usize != articles || file.words.len() != file.gaps.len() {
            return Err("it is not this corpus's".into());
        }
        // The gaps become the articles in place (no second copy of the
        // largest part of the file).
        let mut lists = file.gaps;
        for list in &mut lists {
            let mut at = 0u32;
            for (k, g) in list.iter_mut().enumerate() {
                at = at.checked_add(*g).filter(|&a| (a as usize) < articles && (k == 0 || *g > 0)).ok_or("an article in it is out of order or range")?;
                *g = at;
            }
        }
        Ok(Words { words: file.words.into_iter().map(String::into_boxed_str).collect(), articles: lists })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Snapshot {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
        crate::analyse::analyse(&crate::corpus::load_dir(&dir).unwrap())
    }

    #[test]
    fn the_file_holds_the_words_and_finds_what_they_find() {
        let snap = corpus();
        let n = snap.articles.len();
        let words = Words::new(&snap);
        let file = words.to_file(n);
        let bytes = postcard::to_allocvec(&file).unwrap();
        let read = Words::read(postcard::from_bytes(&bytes).unwrap(), n).unwrap();
        assert_eq!(read.words, words.words);
        assert_eq!(read.articles, words.articles);
        for q in ["cyber", "said", "talks china", "zzz", "u.s."] {
            let terms = crate::filter::terms(q);
            assert_eq!(read.holding(&terms, n), words.holding(&terms, n), "{q}");
        }
        // Gaps: every list starts from 0 and is ascending.
        assert!(file.gaps.iter().flatten().skip(1).any(|&g| g > 0));
    }

    #[test]
    fn a_file_of_another_corpus_or_damaged_is_refused() {
        let snap = corpus();
        let n = snap.articles.len();
        let file = Words::new(&snap).to_file(n);
        assert!(Words::read(file.clone(), n + 1).is_err());
        let mut bad = file.clone();
        bad.version += 1;
        assert!(Words::read(bad, n).is_err());
        let mut bad = file.clone();
        bad.gaps[0].push(n as u32);
        assert!(Words::read(bad, n).is_err());
        let mut bad = file.clone();
        let twice = bad.gaps.iter().position(|g| g.len() > 1).unwrap();
        bad.gaps[twice][1] = 0;
        assert!(Words::read(bad, n).is_err(), "an article twice in a word's list");
        let mut bad = file;
        bad.gaps.pop();
        assert!(Words::read(bad, n).is_err());
    }
}
