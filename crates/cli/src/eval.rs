//! `counterpoint eval`: the measures of `eval/score.py`, computed the same way
//! (text normalisation, multiset token overlap, greedy one-to-one claim
//! matching, speaker and polarity accuracy, counterclaim recall), so the
//! project's own tests can assert the scores without Python.

use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::Path;

fn norm(s: &str) -> String {
    let replaced: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect();
    replaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn tokens(s: &str) -> Vec<String> {
    norm(s)
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect()
}

fn overlap(a: &str, b: &str) -> (f64, f64) {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return (0.0, 0.0);
    }
    let mut pool: HashMap<&str, usize> = HashMap::new();
    for t in &tb {
        *pool.entry(t).or_default() += 1;
    }
    let mut common = 0;
    for t in &ta {
        if let Some(n) = pool.get_mut(t.as_str()) {
            if *n > 0 {
                *n -= 1;
                common += 1;
            }
        }
    }
    (common as f64 / ta.len() as f64, common as f64 / tb.len() as f64)
}

fn str_of(v: &Value, k: &str) -> String {
    v.get(k).and_then(Value::as_str).unwrap_or("").to_string()
}

fn match_claims(gold: &[Value], got: &[Value]) -> HashMap<usize, usize> {
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (xi, x) in got.iter().enumerate() {
            let (a, b) = overlap(&str_of(g, "text"), &str_of(x, "text"));
            if a >= 0.5 && b >= 0.5 {
                pairs.push((a.min(b), gi, xi));
            }
        }
    }
    // Python sorts the tuples in reverse: best overlap first, ties by index.
    pairs.sort_by(|p, q| q.partial_cmp(p).expect("no NaN"));
    let (mut ug, mut ux, mut out) = (HashSet::new(), HashSet::new(), HashMap::new());
    for (_, gi, xi) in pairs {
        if ug.contains(&gi) || ux.contains(&xi) {
            continue;
        }
        ug.insert(gi);
        ux.insert(xi);
        out.insert(gi, xi);
    }
    out
}

fn names_of(e: &Value) -> HashSet<String> {
    let mut out = HashSet::new();
    out.insert(norm(&str_of(e, "name")).to_lowercase());
    for m in e.get("mentions").and_then(Value::as_array).into_iter().flatten() {
        let t = m.as_str().map(String::from).unwrap_or_else(|| str_of(m, "text"));
        out.insert(norm(&t).to_lowercase());
    }
    out.remove("");
    out
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[derive(Debug, Default)]
pub struct Scores {
    pub missing: Vec<String>,
    pub titles: (usize, usize),
    pub entity: (f64, f64, f64),
    pub claim: (f64, f64, f64),
    pub speaker_acc: Option<f64>,
    pub polarity_acc: Option<f64>,
    pub counterclaims: (usize, usize),
    pub cross: (usize, usize),
    pub pairs_emitted: usize,
}

impl Scores {
    pub fn to_json(&self) -> Value {
        serde_json::json!({
            "articles_missing": self.missing,
            "titles": format!("{}/{}", self.titles.0, self.titles.1),
            "entity_p": round3(self.entity.0), "entity_r": round3(self.entity.1), "entity_f1": round3(self.entity.2),
            "claim_p": round3(self.claim.0), "claim_r": round3(self.claim.1), "claim_f1": round3(self.claim.2),
            "speaker_acc": self.speaker_acc.map(round3),
            "polarity_acc": self.polarity_acc.map(round3),
            "counterclaim_recall": format!("{}/{}", self.counterclaims.0, self.counterclaims.1),
            "cross_article_recall": format!("{}/{}", self.cross.0, self.cross.1),
            "pairs_emitted": self.pairs_emitted,
        })
    }

    pub fn report(&self) -> String {
        let j = self.to_json();
        let mut out = String::new();
        for (k, v) in j.as_object().expect("object") {
            out.push_str(&format!("{k}: {v}\n"));
        }
        out.push_str(&format!(
            "summary: entity_f1={} claim_f1={} speaker_acc={} counterclaims={}/{} cross={}/{}\n",
            j["entity_f1"], j["claim_f1"], j["speaker_acc"], self.counterclaims.0, self.counterclaims.1, self.cross.0, self.cross.1
        ));
        out
    }
}

fn has_pair(export: &Value, a: &str, b: &str) -> bool {
    export["counterclaims"].as_array().into_iter().flatten().any(|p| {
        let (x, y) = (str_of(p, "claim"), str_of(p, "counter"));
        (x == a && y == b) || (x == b && y == a)
    })
}

/// Score an export (as JSON) against a gold folder.
pub fn score(export: &Value, gold_dir: &Path) -> Result<Scores, String> {
    let mut by_file: HashMap<String, &Value> = HashMap::new();
    for a in export["articles"].as_array().into_iter().flatten() {
        let f = str_of(a, "source_file");
        let stem = f.rsplit_once('.').map(|(s, _)| s.to_string()).unwrap_or(f);
        by_file.insert(stem, a);
    }
    let mut names: Vec<String> = std::fs::read_dir(gold_dir)
        .map_err(|e| format!("{}: {e}", gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".json") && !n.starts_with('_'))
        .collect();
    names.sort();
    let read = |p: &Path| -> Result<Value, String> {
        let s = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
        serde_json::from_str(&s).map_err(|e| format!("{}: {e}", p.display()))
    };
    let mut s = Scores::default();
    let (mut ent, mut cl, mut spk, mut pol, mut cc) = ([0usize; 3], [0usize; 3], [0usize; 2], [0usize; 2], [0usize; 2]);
    let mut claim_ids: HashMap<(String, String), String> = HashMap::new();
    let empty = serde_json::json!({"entities": [], "claims": []});
    for fname in names {
        let stem = fname.trim_end_matches(".json").to_string();
        let gold = read(&gold_dir.join(&fname))?;
        let got = match by_file.get(&stem) {
            Some(g) => *g,
            None => {
                s.missing.push(stem.clone());
                &empty
            }
        };
        s.titles.1 += 1;
        if norm(&str_of(got, "title")).to_lowercase() == norm(&str_of(&gold, "title")).to_lowercase() {
            s.titles.0 += 1;
        }
        let gold_ents: Vec<Value> = gold["entities"].as_array().cloned().unwrap_or_default();
        let got_ents: Vec<Value> = got["entities"].as_array().cloned().unwrap_or_default();
        let mut matched = HashSet::new();
        for x in &got_ents {
            let xn = names_of(x);
            let hit: Vec<usize> = gold_ents.iter().enumerate().filter(|(_, g)| !xn.is_disjoint(&names_of(g))).map(|(i, _)| i).collect();
            if hit.is_empty() {
                ent[1] += 1;
            }
            matched.extend(hit);
        }
        for (i, g) in gold_ents.iter().enumerate() {
            if g.get("optional").and_then(Value::as_bool).unwrap_or(false) {
                continue;
            }
            if matched.contains(&i) { ent[0] += 1 } else { ent[2] += 1 }
        }
        let gclaims: Vec<Value> = gold["claims"].as_array().cloned().unwrap_or_default();
        let xclaims: Vec<Value> = got["claims"].as_array().cloned().unwrap_or_default();
        let m = match_claims(&gclaims, &xclaims);
        let speaker_names: HashMap<String, HashSet<String>> = gold_ents.iter().map(|g| (str_of(g, "name"), names_of(g))).collect();
        for (gi, g) in gclaims.iter().enumerate() {
            let optional = g.get("optional").and_then(Value::as_bool).unwrap_or(false);
            if let Some(&xi) = m.get(&gi) {
                let x = &xclaims[xi];
                claim_ids.insert((stem.clone(), norm(&str_of(g, "text"))), str_of(x, "id"));
                if optional {
                    continue;
                }
                cl[0] += 1;
                let gs = str_of(g, "speaker");
                if !gs.is_empty() {
                    spk[1] += 1;
                    let mut want = speaker_names.get(&gs).cloned().unwrap_or_default();
                    want.insert(norm(&gs).to_lowercase());
                    let have = norm(&str_of(x, "speaker")).to_lowercase();
                    if !have.is_empty() && want.iter().any(|w| have == *w || have.ends_with(&format!(" {w}")) || w.ends_with(&format!(" {have}"))) {
                        spk[0] += 1;
                    }
                }
                pol[1] += 1;
                if str_of(x, "polarity") == str_of(g, "polarity") {
                    pol[0] += 1;
                }
            } else if !optional {
                cl[2] += 1;
            }
        }
        let matched_x: HashSet<usize> = m.values().copied().collect();
        cl[1] += (0..xclaims.len()).filter(|i| !matched_x.contains(i)).count();
        for p in gold["counterclaims"].as_array().into_iter().flatten() {
            cc[1] += 1;
            let a = claim_ids.get(&(stem.clone(), norm(&str_of(p, "claim_text"))));
            let b = claim_ids.get(&(stem.clone(), norm(&str_of(p, "counter_text"))));
            if let (Some(a), Some(b)) = (a, b) {
                if has_pair(export, a, b) {
                    cc[0] += 1;
                }
            }
        }
    }
    let cross_path = gold_dir.join("_cross-article.json");
    let mut xc = [0usize; 2];
    if cross_path.exists() {
        for p in read(&cross_path)?.as_array().into_iter().flatten() {
            xc[1] += 1;
            let side = |k: &str| -> Option<&String> {
                let file = p[k][0].as_str()?;
                let stem = file.rsplit_once('.').map(|(s, _)| s).unwrap_or(file);
                claim_ids.get(&(stem.to_string(), norm(p[k][1].as_str()?)))
            };
            if let (Some(a), Some(b)) = (side("claim"), side("counter")) {
                if has_pair(export, a, b) {
                    xc[0] += 1;
                }
            }
        }
    }
    s.entity = prf(ent[0], ent[1], ent[2]);
    s.claim = prf(cl[0], cl[1], cl[2]);
    s.speaker_acc = (spk[1] > 0).then(|| spk[0] as f64 / spk[1] as f64);
    s.polarity_acc = (pol[1] > 0).then(|| pol[0] as f64 / pol[1] as f64);
    s.counterclaims = (cc[0], cc[1]);
    s.cross = (xc[0], xc[1]);
    s.pairs_emitted = export["counterclaims"].as_array().map(Vec::len).unwrap_or(0);
    Ok(s)
}
