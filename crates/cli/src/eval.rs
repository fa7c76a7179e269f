//! `counterpoint eval`: the measures of `eval/score.py`, computed the same way
//! (text normalisation, multiset token overlap, greedy one-to-one claim
//! matching, speaker and polarity accuracy, counterclaim recall, and the
//! precision of the pairs the export emits between articles that have gold),
//! so the project's own tests can assert the scores without Python. The
//! printed lines and `--json` object are score.py's, key for key and digit
//! for digit. One difference: score.py applies Unicode NFC first, which this
//! does not (the gold and the engine's text are already NFC).
//!
//! Scoring also records what went wrong where (`Findings`), which
//! `explain.rs` renders for `counterpoint eval --explain`.

use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
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

fn optional(v: &Value) -> bool {
    v.get("optional").and_then(Value::as_bool).unwrap_or(false)
}

fn list(v: &Value, k: &str) -> Vec<Value> {
    v.get(k).and_then(Value::as_array).cloned().unwrap_or_default()
}

/// A file name without its extension, as score.py's `rsplit(".", 1)[0]`.
fn stem_of_file(file: &str) -> String {
    file.rsplit_once('.').map(|(s, _)| s).unwrap_or(file).to_string()
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

/// score.py's speaker test: the exported speaker equals the gold speaker or
/// one of its names, or one ends with the other after a space.
fn speaker_matches(gold_speaker: &str, names: &HashMap<String, HashSet<String>>, ours: &str) -> bool {
    let mut want = names.get(gold_speaker).cloned().unwrap_or_default();
    want.insert(norm(gold_speaker).to_lowercase());
    let have = norm(ours).to_lowercase();
    !have.is_empty() && want.iter().any(|w| have == *w || have.ends_with(&format!(" {w}")) || w.ends_with(&format!(" {have}")))
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 0.0 };
    (p, r, f1(p, r))
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d > 0 { n as f64 / d as f64 } else { 0.0 }
}

/// Python's `round(x, 3)`: both round the exact binary value, ties to even.
fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().expect("a formatted float parses")
}

/// The scores of one export against one gold folder.
#[derive(Debug, Default)]
pub struct Scores {
    pub missing: Vec<String>,
    pub titles: (usize, usize),
    pub entity: (f64, f64, f64),
    pub claim: (f64, f64, f64),
    pub speaker_acc: Option<f64>,
    pub polarity_acc: Option<f64>,
    /// Gold pairs inside one article: (recalled, in the gold).
    pub counterclaims: (usize, usize),
    /// Gold pairs across articles: (recalled, in the gold).
    pub cross: (usize, usize),
    /// Emitted pairs inside one article that has gold: (right, emitted).
    pub emitted_in: (usize, usize),
    /// Emitted pairs between two articles that have gold: (right, emitted).
    pub emitted_cross: (usize, usize),
    /// Every pair the export emits, wherever its claims are.
    pub pairs_emitted: usize,
}

/// A value as score.py prints it, as a line and inside its JSON object.
enum Field {
    Names(Vec<String>),
    Text(String),
    Num(f64),
    MaybeNum(Option<f64>),
    Count(usize),
}

impl Field {
    fn python(&self) -> String {
        match self {
            Field::Names(v) => format!("[{}]", v.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")),
            Field::Text(s) => s.clone(),
            Field::Num(x) => Value::from(*x).to_string(),
            Field::MaybeNum(x) => x.map_or("None".into(), |x| Value::from(x).to_string()),
            Field::Count(n) => n.to_string(),
        }
    }

    fn json(&self) -> String {
        match self {
            Field::Names(v) => format!("[{}]", v.iter().map(|s| Value::from(s.as_str()).to_string()).collect::<Vec<_>>().join(", ")),
            Field::Text(s) => Value::from(s.as_str()).to_string(),
            Field::MaybeNum(None) => "null".into(),
            other => other.python(),
        }
    }
}

impl Scores {
    pub fn counterclaim_p(&self) -> f64 {
        ratio(self.emitted_in.0, self.emitted_in.1)
    }

    pub fn counterclaim_f1(&self) -> f64 {
        f1(self.counterclaim_p(), ratio(self.counterclaims.0, self.counterclaims.1))
    }

    pub fn cross_p(&self) -> f64 {
        ratio(self.emitted_cross.0, self.emitted_cross.1)
    }

    pub fn cross_f1(&self) -> f64 {
        f1(self.cross_p(), ratio(self.cross.0, self.cross.1))
    }

    /// score.py's result, in its order.
    fn fields(&self) -> Vec<(&'static str, Field)> {
        use Field::*;
        let (e, c) = (self.entity, self.claim);
        vec![
            ("articles_missing", Names(self.missing.clone())),
            ("titles", Text(format!("{}/{}", self.titles.0, self.titles.1))),
            ("entity_p", Num(round3(e.0))),
            ("entity_r", Num(round3(e.1))),
            ("entity_f1", Num(round3(e.2))),
            ("claim_p", Num(round3(c.0))),
            ("claim_r", Num(round3(c.1))),
            ("claim_f1", Num(round3(c.2))),
            ("speaker_acc", MaybeNum(self.speaker_acc.map(round3))),
            ("polarity_acc", MaybeNum(self.polarity_acc.map(round3))),
            ("counterclaim_recall", Text(format!("{}/{}", self.counterclaims.0, self.counterclaims.1))),
            ("cross_article_recall", Text(format!("{}/{}", self.cross.0, self.cross.1))),
            ("counterclaim_p", Num(round3(self.counterclaim_p()))),
            ("counterclaim_f1", Num(round3(self.counterclaim_f1()))),
            ("cross_p", Num(round3(self.cross_p()))),
            ("cross_f1", Num(round3(self.cross_f1()))),
            ("pairs_emitted", Count(self.pairs_emitted)),
        ]
    }

    /// The object `score.py --json` prints, byte for byte.
    pub fn json(&self) -> String {
        let body: Vec<String> = self.fields().iter().map(|(k, v)| format!("\"{k}\": {}", v.json())).collect();
        format!("{{{}}}", body.join(", "))
    }

    /// The lines `score.py` prints, byte for byte.
    pub fn report(&self) -> String {
        let fields = self.fields();
        let mut out = String::new();
        for (k, v) in &fields {
            out.push_str(&format!("{k}: {}\n", v.python()));
        }
        let get = |key: &str| fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v.python()).unwrap_or_default();
        out.push_str(&format!(
            "summary: entity_f1={} claim_f1={} speaker_acc={} polarity_acc={} counterclaims={} (F1 {}) cross={} (F1 {})\n",
            get("entity_f1"),
            get("claim_f1"),
            get("speaker_acc"),
            get("polarity_acc"),
            get("counterclaim_recall"),
            get("counterclaim_f1"),
            get("cross_article_recall"),
            get("cross_f1"),
        ));
        out
    }
}

/// A claim as `--explain` shows it; `speaker` is `None` for the writer's voice.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimView {
    pub text: String,
    pub speaker: Option<String>,
    pub polarity: String,
}

impl ClaimView {
    fn of(v: &Value) -> Self {
        let speaker = v.get("speaker").and_then(Value::as_str).map(String::from);
        ClaimView { text: str_of(v, "text"), speaker, polarity: str_of(v, "polarity") }
    }
}

/// A matched claim whose speaker or polarity differs from the gold.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    pub text: String,
    pub gold: String,
    pub ours: String,
}

/// One side of a pair: the article's file stem and the claim's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub stem: String,
    pub text: String,
}

/// A gold pair the export misses, or an emitted pair the gold does not hold,
/// with why.
#[derive(Debug, Clone, PartialEq)]
pub struct PairView {
    pub claim: Side,
    pub counter: Side,
    pub why: &'static str,
}

/// What went wrong in one article.
#[derive(Debug, Default)]
pub struct Findings {
    pub stem: String,
    /// The export has no article for this gold file.
    pub missing: bool,
    /// (gold, ours) when the titles differ.
    pub title: Option<(String, String)>,
    pub missed_entities: Vec<String>,
    pub spurious_entities: Vec<String>,
    pub missed_claims: Vec<ClaimView>,
    pub spurious_claims: Vec<ClaimView>,
    pub wrong_speakers: Vec<Mismatch>,
    pub wrong_polarities: Vec<Mismatch>,
    pub missed_pairs: Vec<PairView>,
    pub spurious_pairs: Vec<PairView>,
    /// (gold claims counted, exported claims, matched and counted).
    pub claim_counts: (usize, usize, usize),
}

/// The scores and, per article and across articles, what went wrong.
#[derive(Debug, Default)]
pub struct Evaluation {
    pub scores: Scores,
    pub articles: Vec<Findings>,
    pub missed_cross: Vec<PairView>,
    pub spurious_cross: Vec<PairView>,
}

/// A gold claim: its article's stem and its normalised text.
type GoldKey = (String, String);

fn pair_key(a: GoldKey, b: GoldKey) -> (GoldKey, GoldKey) {
    if a <= b { (a, b) } else { (b, a) }
}

/// The export, looked up by article stem, claim id and emitted pair.
struct ExportIndex<'a> {
    articles: HashMap<String, &'a Value>,
    /// Claim id → (article stem, claim).
    claims: HashMap<String, (String, &'a Value)>,
    /// Emitted pairs as (claim id, counter id), in the export's order.
    emitted: Vec<(String, String)>,
    paired: HashSet<(String, String)>,
}

impl<'a> ExportIndex<'a> {
    fn new(export: &'a Value) -> Self {
        let mut articles = HashMap::new();
        for a in export["articles"].as_array().into_iter().flatten() {
            let file = a.get("source_file").and_then(Value::as_str).filter(|f| !f.is_empty());
            let path = file.map(String::from).unwrap_or_else(|| str_of(a, "file"));
            let base = path.rsplit('/').next().unwrap_or("");
            articles.insert(stem_of_file(base), a);
        }
        let mut claims = HashMap::new();
        for (stem, a) in &articles {
            for c in a["claims"].as_array().into_iter().flatten() {
                claims.insert(str_of(c, "id"), (stem.clone(), c));
            }
        }
        let emitted: Vec<(String, String)> =
            export["counterclaims"].as_array().into_iter().flatten().map(|p| (str_of(p, "claim"), str_of(p, "counter"))).collect();
        let paired = emitted.iter().map(|(a, b)| if a <= b { (a.clone(), b.clone()) } else { (b.clone(), a.clone()) }).collect();
        ExportIndex { articles, claims, emitted, paired }
    }

    fn has_pair(&self, a: &str, b: &str) -> bool {
        let key = if a <= b { (a.to_string(), b.to_string()) } else { (b.to_string(), a.to_string()) };
        self.paired.contains(&key)
    }

    fn claim_text(&self, id: &str) -> String {
        self.claims.get(id).map(|(_, c)| str_of(c, "text")).unwrap_or_default()
    }
}

/// The running counts and the matches that later steps need.
#[derive(Default)]
struct Tally {
    ent: [usize; 3],
    cl: [usize; 3],
    spk: [usize; 2],
    pol: [usize; 2],
    cc: [usize; 2],
    xc: [usize; 2],
    titles: (usize, usize),
    /// Gold claim → the id of the exported claim matched to it.
    claim_ids: BTreeMap<GoldKey, String>,
    /// Every gold pair, inside an article or across two.
    gold_pairs: HashSet<(GoldKey, GoldKey)>,
}

impl Tally {
    fn id_of(&self, key: &GoldKey) -> Option<&String> {
        self.claim_ids.get(key).filter(|id| !id.is_empty())
    }

    /// Count a gold pair; `None` when the export has it, else why not.
    fn gold_pair(&mut self, index: &ExportIndex, a: GoldKey, b: GoldKey) -> Option<&'static str> {
        let why = match (self.id_of(&a), self.id_of(&b)) {
            (Some(x), Some(y)) if index.has_pair(x, y) => None,
            (Some(_), Some(_)) => Some("both claims extracted, not paired"),
            (None, Some(_)) => Some("claim not extracted"),
            (Some(_), None) => Some("counter not extracted"),
            (None, None) => Some("neither claim extracted"),
        };
        self.gold_pairs.insert(pair_key(a, b));
        why
    }
}

fn read_json(p: &Path) -> Result<Value, String> {
    let s = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
    serde_json::from_str(&s).map_err(|e| format!("{}: {e}", p.display()))
}

/// The stems of the gold files, sorted (`_cross-article.json` aside).
fn gold_stems(gold_dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(gold_dir)
        .map_err(|e| format!("{}: {e}", gold_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".json") && !n.starts_with('_'))
        .collect();
    names.sort();
    Ok(names.into_iter().map(|n| n.trim_end_matches(".json").to_string()).collect())
}

fn score_title(gold: &Value, got: &Value, t: &mut Tally, f: &mut Findings) {
    t.titles.1 += 1;
    let (g, x) = (str_of(gold, "title"), str_of(got, "title"));
    if norm(&x).to_lowercase() == norm(&g).to_lowercase() {
        t.titles.0 += 1;
    } else {
        f.title = Some((g, x));
    }
}

fn score_entities(gold_ents: &[Value], got_ents: &[Value], t: &mut Tally, f: &mut Findings) {
    let gold_names: Vec<HashSet<String>> = gold_ents.iter().map(names_of).collect();
    let mut matched = HashSet::new();
    for x in got_ents {
        let xn = names_of(x);
        let hit: Vec<usize> = (0..gold_ents.len()).filter(|&i| !xn.is_disjoint(&gold_names[i])).collect();
        if hit.is_empty() {
            t.ent[1] += 1;
            f.spurious_entities.push(str_of(x, "name"));
        }
        matched.extend(hit);
    }
    for (i, g) in gold_ents.iter().enumerate().filter(|(_, g)| !optional(g)) {
        if matched.contains(&i) {
            t.ent[0] += 1;
        } else {
            t.ent[2] += 1;
            f.missed_entities.push(str_of(g, "name"));
        }
    }
}

fn score_claims(stem: &str, gold: &Value, got: &Value, t: &mut Tally, f: &mut Findings) {
    let (gclaims, xclaims) = (list(gold, "claims"), list(got, "claims"));
    let m = match_claims(&gclaims, &xclaims);
    let names: HashMap<String, HashSet<String>> = list(gold, "entities").iter().map(|g| (str_of(g, "name"), names_of(g))).collect();
    let counted_before = t.cl[0];
    for (gi, g) in gclaims.iter().enumerate() {
        let Some(&xi) = m.get(&gi) else {
            if !optional(g) {
                t.cl[2] += 1;
                f.missed_claims.push(ClaimView::of(g));
            }
            continue;
        };
        let x = &xclaims[xi];
        t.claim_ids.insert((stem.to_string(), norm(&str_of(g, "text"))), str_of(x, "id"));
        if optional(g) {
            continue;
        }
        t.cl[0] += 1;
        let (gs, xs) = (str_of(g, "speaker"), str_of(x, "speaker"));
        if !gs.is_empty() {
            t.spk[1] += 1;
            if speaker_matches(&gs, &names, &xs) {
                t.spk[0] += 1;
            } else {
                let ours = if xs.is_empty() { "(writer)".into() } else { xs };
                f.wrong_speakers.push(Mismatch { text: str_of(g, "text"), gold: gs, ours });
            }
        }
        t.pol[1] += 1;
        let (gp, xp) = (str_of(g, "polarity"), str_of(x, "polarity"));
        if xp == gp {
            t.pol[0] += 1;
        } else {
            f.wrong_polarities.push(Mismatch { text: str_of(g, "text"), gold: gp, ours: xp });
        }
    }
    let matched_x: HashSet<usize> = m.values().copied().collect();
    let spurious: Vec<&Value> = (0..xclaims.len()).filter(|i| !matched_x.contains(i)).map(|i| &xclaims[i]).collect();
    t.cl[1] += spurious.len();
    f.spurious_claims = spurious.into_iter().map(ClaimView::of).collect();
    let counted = gclaims.iter().filter(|g| !optional(g)).count();
    f.claim_counts = (counted, xclaims.len(), t.cl[0] - counted_before);
}

fn score_article_pairs(stem: &str, gold: &Value, index: &ExportIndex, t: &mut Tally, f: &mut Findings) {
    for p in list(gold, "counterclaims") {
        let (ct, kt) = (str_of(&p, "claim_text"), str_of(&p, "counter_text"));
        t.cc[1] += 1;
        let key = |s: &str| (stem.to_string(), norm(s));
        match t.gold_pair(index, key(&ct), key(&kt)) {
            None => t.cc[0] += 1,
            Some(why) => f.missed_pairs.push(PairView {
                claim: Side { stem: stem.to_string(), text: ct },
                counter: Side { stem: stem.to_string(), text: kt },
                why,
            }),
        }
    }
}

fn score_article(stem: &str, gold: &Value, index: &ExportIndex, t: &mut Tally) -> Findings {
    let empty = serde_json::json!({"entities": [], "claims": []});
    let got = index.articles.get(stem).copied();
    let mut f = Findings { stem: stem.to_string(), missing: got.is_none(), ..Findings::default() };
    let got = got.unwrap_or(&empty);
    score_title(gold, got, t, &mut f);
    score_entities(&list(gold, "entities"), &list(got, "entities"), t, &mut f);
    score_claims(stem, gold, got, t, &mut f);
    score_article_pairs(stem, gold, index, t, &mut f);
    f
}

/// The gold pairs across articles; the ones the export misses.
fn score_cross(gold_dir: &Path, index: &ExportIndex, t: &mut Tally) -> Result<Vec<PairView>, String> {
    let path = gold_dir.join("_cross-article.json");
    if !path.exists() {
        return Ok(Vec::new());
    }
    let mut missed = Vec::new();
    for p in read_json(&path)?.as_array().into_iter().flatten() {
        t.xc[1] += 1;
        let side = |k: &str| Side { stem: stem_of_file(p[k][0].as_str().unwrap_or("")), text: p[k][1].as_str().unwrap_or("").to_string() };
        let (claim, counter) = (side("claim"), side("counter"));
        let key = |s: &Side| (s.stem.clone(), norm(&s.text));
        match t.gold_pair(index, key(&claim), key(&counter)) {
            None => t.xc[0] += 1,
            Some(why) => missed.push(PairView { claim, counter, why }),
        }
    }
    Ok(missed)
}

/// Judge the pairs the export emits between articles that have gold: right
/// when both claims matched gold claims that the gold pairs. Wrong ones go
/// to their article's findings, or to the cross-article list.
fn score_emitted(index: &ExportIndex, t: &Tally, s: &mut Scores, articles: &mut [Findings]) -> Vec<PairView> {
    let gold_of: HashMap<&String, &GoldKey> = t.claim_ids.iter().filter(|(_, id)| !id.is_empty()).map(|(k, id)| (id, k)).collect();
    let slot: HashMap<String, usize> = articles.iter().enumerate().map(|(i, f)| (f.stem.clone(), i)).collect();
    let mut spurious_cross = Vec::new();
    for (a, b) in &index.emitted {
        let (Some((sa, _)), Some((sb, _))) = (index.claims.get(a), index.claims.get(b)) else { continue };
        if !slot.contains_key(sa) || !slot.contains_key(sb) {
            continue;
        }
        let counts = if sa == sb { &mut s.emitted_in } else { &mut s.emitted_cross };
        counts.1 += 1;
        let why = match (gold_of.get(a), gold_of.get(b)) {
            (Some(&ga), Some(&gb)) if t.gold_pairs.contains(&pair_key(ga.clone(), gb.clone())) => {
                counts.0 += 1;
                continue;
            }
            (Some(_), Some(_)) => "both are gold claims; the gold does not pair them",
            (Some(_), None) => "the counter is not a gold claim",
            (None, Some(_)) => "the claim is not a gold claim",
            (None, None) => "neither is a gold claim",
        };
        let side = |stem: &String, id: &str| Side { stem: stem.clone(), text: index.claim_text(id) };
        let pair = PairView { claim: side(sa, a), counter: side(sb, b), why };
        if sa == sb {
            articles[slot[sa]].spurious_pairs.push(pair);
        } else {
            spurious_cross.push(pair);
        }
    }
    spurious_cross
}

/// Score an export (as JSON) against a gold folder and keep the findings.
pub fn evaluate(export: &Value, gold_dir: &Path) -> Result<Evaluation, String> {
    let index = ExportIndex::new(export);
    let mut t = Tally::default();
    let mut articles = Vec::new();
    for stem in gold_stems(gold_dir)? {
        let gold = read_json(&gold_dir.join(format!("{stem}.json")))?;
        articles.push(score_article(&stem, &gold, &index, &mut t));
    }
    let missed_cross = score_cross(gold_dir, &index, &mut t)?;
    let mut s = Scores {
        missing: articles.iter().filter(|f| f.missing).map(|f| f.stem.clone()).collect(),
        titles: t.titles,
        entity: prf(t.ent[0], t.ent[1], t.ent[2]),
        claim: prf(t.cl[0], t.cl[1], t.cl[2]),
        speaker_acc: (t.spk[1] > 0).then(|| ratio(t.spk[0], t.spk[1])),
        polarity_acc: (t.pol[1] > 0).then(|| ratio(t.pol[0], t.pol[1])),
        counterclaims: (t.cc[0], t.cc[1]),
        cross: (t.xc[0], t.xc[1]),
        pairs_emitted: index.emitted.len(),
        ..Scores::default()
    };
    let spurious_cross = score_emitted(&index, &t, &mut s, &mut articles);
    Ok(Evaluation { scores: s, articles, missed_cross, spurious_cross })
}

/// Score an export (as JSON) against a gold folder.
pub fn score(export: &Value, gold_dir: &Path) -> Result<Scores, String> {
    evaluate(export, gold_dir).map(|e| e.scores)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A gold folder in a fresh temporary directory.
    fn gold_dir(files: &[(&str, Value)]) -> std::path::PathBuf {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("counterpoint-eval-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (file, v) in files {
            std::fs::write(dir.join(file), v.to_string()).unwrap();
        }
        dir
    }

    fn claim(id: &str, speaker: &str, text: &str, polarity: &str) -> Value {
        json!({"id": id, "speaker": speaker, "text": text, "polarity": polarity})
    }

    fn gold_claim(speaker: &str, text: &str, polarity: &str) -> Value {
        json!({"speaker": speaker, "text": text, "polarity": polarity})
    }

    const ACCUSE: &str = "Brannock Labs stole the turbine designs from Velmor.";
    const DENY: &str = "Brannock Labs never took any turbine designs.";
    const OTHER: &str = "The regulator will publish its findings in spring.";
    const REPLY: &str = "Velmor rejected the account of the regulator entirely.";

    /// Two articles with gold and a third without: one right pair inside
    /// article a, one wrong, one right across, one wrong across, and one
    /// pair that touches the article without gold (not counted).
    fn fixture() -> (Value, std::path::PathBuf) {
        let ents = json!([{"name": "Velmor", "mentions": ["Velmor"]}, {"name": "Brannock Labs", "mentions": ["Brannock"]}]);
        let a = json!({"title": "A", "entities": ents, "claims": [
            gold_claim("Velmor", ACCUSE, "accuse"), gold_claim("Brannock Labs", DENY, "deny"), gold_claim("Regulator", OTHER, "other")],
            "counterclaims": [{"claim_text": ACCUSE, "counter_text": DENY, "why": "denial"}]});
        let b = json!({"title": "B", "entities": ents, "claims": [gold_claim("Velmor", REPLY, "deny")], "counterclaims": []});
        let cross = json!([{"claim": ["a.txt", OTHER], "counter": ["b.txt", REPLY], "why": "reply"},
                           {"claim": ["a.txt", DENY], "counter": ["b.txt", REPLY], "why": "missed"}]);
        let dir = gold_dir(&[("a.json", a), ("b.json", b), ("_cross-article.json", cross)]);
        let export = json!({
            "articles": [
                {"source_file": "a.txt", "title": "A", "entities": [{"name": "Velmor", "mentions": []}],
                 "claims": [claim("a1", "Velmor", ACCUSE, "accuse"), claim("a2", "Brannock Labs", DENY, "assert"),
                            claim("a3", "Regulator", OTHER, "other"), claim("a4", "Velmor", "Velmor has hired new auditors this year.", "assert")]},
                {"source_file": "b.txt", "title": "B", "entities": [], "claims": [claim("b1", "Velmor", REPLY, "deny")]},
                {"source_file": "c.txt", "title": "C", "entities": [], "claims": [claim("c1", "Velmor", REPLY, "deny")]}
            ],
            "counterclaims": [
                {"claim": "a2", "counter": "a1"}, {"claim": "a1", "counter": "a4"},
                {"claim": "a3", "counter": "b1"}, {"claim": "a1", "counter": "b1"},
                {"claim": "a1", "counter": "c1"}
            ]
        });
        (export, dir)
    }

    #[test]
    fn emitted_pairs_are_judged_against_the_gold_pairs() {
        let (export, dir) = fixture();
        let e = evaluate(&export, &dir).unwrap();
        let s = &e.scores;
        assert_eq!((s.counterclaims, s.cross), ((1, 1), (1, 2)));
        assert_eq!(s.emitted_in, (1, 2), "a2-a1 right in reverse order, a1-a4 wrong");
        assert_eq!(s.emitted_cross, (1, 2), "a3-b1 right, a1-b1 wrong; a1-c1 not counted");
        assert_eq!(s.pairs_emitted, 5);
        assert_eq!((s.counterclaim_p(), s.cross_p()), (0.5, 0.5));
        assert!((s.counterclaim_f1() - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.cross_f1() - 0.5).abs() < 1e-12);
        let report = s.report();
        assert!(report.contains("counterclaim_p: 0.5\ncounterclaim_f1: 0.667\ncross_p: 0.5\ncross_f1: 0.5\npairs_emitted: 5\n"), "{report}");
        assert!(report.ends_with("counterclaims=1/1 (F1 0.667) cross=1/2 (F1 0.5)\n"), "{report}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn findings_name_each_failure() {
        let (export, dir) = fixture();
        let e = evaluate(&export, &dir).unwrap();
        let a = &e.articles[0];
        assert_eq!(a.missed_entities, vec!["Brannock Labs".to_string()]);
        assert_eq!(a.spurious_claims.len(), 1);
        assert_eq!(a.wrong_polarities, vec![Mismatch { text: DENY.into(), gold: "deny".into(), ours: "assert".into() }]);
        assert_eq!(a.spurious_pairs.len(), 1);
        assert_eq!(a.spurious_pairs[0].why, "the counter is not a gold claim");
        assert_eq!(e.missed_cross.len(), 1);
        assert_eq!(e.missed_cross[0].why, "both claims extracted, not paired");
        assert_eq!(e.spurious_cross[0].why, "both are gold claims; the gold does not pair them");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn json_and_lines_are_in_score_py_form() {
        let s = Scores { missing: vec!["x".into()], titles: (1, 2), speaker_acc: None, entity: (1.0, 0.0625, 0.5), ..Scores::default() };
        let j = s.json();
        assert!(j.starts_with("{\"articles_missing\": [\"x\"], \"titles\": \"1/2\", \"entity_p\": 1.0, \"entity_r\": 0.062,"), "{j}");
        assert!(j.contains("\"speaker_acc\": null"), "{j}");
        let r = s.report();
        assert!(r.starts_with("articles_missing: ['x']\ntitles: 1/2\nentity_p: 1.0\n"), "{r}");
        assert!(r.contains("speaker_acc: None\n"), "{r}");
    }
}
