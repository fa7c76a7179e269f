//! `counterpoint`: the engine from the command line.
//!
//! - `export [--corpus DIR]`        the export JSON of eval/FORMAT.md
//! - `eval [--gold DIR [--corpus DIR | --export FILE]] [--json] [--explain]`
//!   the scorer's measures, of the corpus's analysis or of a saved export (with no `--gold`: the seed corpus against the seed gold and the
//!   development set against its gold, both copied in the tests' fixtures);
//!   `--explain` lists what each article got wrong
//! - `check [--corpus DIR]`         read and analyse a corpus, report problems
//! - `stats [--corpus DIR]`         counts of articles, entities, claims, disputes
//! - `bench [--corpus DIR] [--rounds N]`  build time (every core, one core), peak memory,
//!   engine throughput (`--rounds 0`: the builds only)
//! - `synth --articles N [--seed S] --out DIR`  a synthetic corpus for scale tests
//! - `head [--corpus DIR]`          what the head of the snapshot in pieces is made of, field by field

// glibc's malloc slows down as a large corpus's heap grows; mimalloc does
// not (see the workspace Cargo.toml). The build script uses it too.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use counterpoint_cli::{eval, explain, head, phases, synth};

use counterpoint_core::local::fingerprint;
use counterpoint_core::{analyse, corpus, export};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: counterpoint <export|eval|check|stats|bench|synth|head> [--corpus DIR] [--gold DIR] [--export FILE] [--json] [--explain] [--rounds N] [--articles N --seed S --out DIR]";

struct Args {
    command: String,
    corpus: PathBuf,
    corpus_given: bool,
    gold: Option<PathBuf>,
    export: Option<PathBuf>,
    json: bool,
    explain: bool,
    rounds: usize,
    articles: usize,
    seed: u64,
    out: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let command = it.next().ok_or(USAGE)?;
    let mut args = Args { command, corpus: PathBuf::from("corpus"), corpus_given: false, gold: None, export: None, json: false, explain: false, rounds: 20, articles: 1000, seed: 1, out: None };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--corpus" => {
                args.corpus = it.next().ok_or("--corpus needs a folder")?.into();
                args.corpus_given = true;
            }
            "--gold" => args.gold = Some(it.next().ok_or("--gold needs a folder")?.into()),
            "--export" => args.export = Some(it.next().ok_or("--export needs a file")?.into()),
            "--json" => args.json = true,
            "--explain" => args.explain = true,
            "--rounds" => args.rounds = it.next().and_then(|n| n.parse().ok()).ok_or("--rounds needs a number")?,
            "--articles" => args.articles = it.next().and_then(|n| n.parse().ok()).ok_or("--articles needs a number")?,
            "--seed" => args.seed = it.next().and_then(|n| n.parse().ok()).ok_or("--seed needs a number")?,
            "--out" => args.out = Some(it.next().ok_or("--out needs a folder")?.into()),
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Size of `bytes` after gzip at the level static hosts use.
fn gzip_len(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    gz.write_all(bytes).expect("writing to memory");
    gz.finish().expect("writing to memory").len()
}

fn load(args: &Args) -> Result<(corpus::Corpus, counterpoint_core::model::Snapshot), String> {
    let c = corpus::load_dir(&args.corpus).map_err(|e| e.to_string())?;
    let snap = analyse::analyse(&c);
    Ok((c, snap))
}

/// The project root: the working directory when it holds the test fixtures,
/// else the source tree this binary was built from.
fn project_root() -> PathBuf {
    if Path::new(FIXTURES).is_dir() {
        PathBuf::new()
    } else {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
    }
}

const FIXTURES: &str = "crates/cli/tests/fixtures";

/// What `eval` scores: (name, corpus or export file, gold) for each set.
fn eval_sets(args: &Args) -> Result<Vec<(&'static str, PathBuf, PathBuf)>, String> {
    match (&args.gold, args.corpus_given || args.export.is_some()) {
        (Some(gold), _) => Ok(vec![("", args.export.clone().unwrap_or(args.corpus.clone()), gold.clone())]),
        (None, true) => Err("eval --corpus DIR or --export FILE needs --gold DIR".into()),
        (None, false) => {
            let (root, fixtures) = (project_root(), project_root().join(FIXTURES));
            Ok(vec![
                ("seeds", root.join("corpus"), fixtures.join("gold-seeds")),
                ("dev", fixtures.join("dev/articles"), fixtures.join("dev/gold")),
            ])
        }
    }
}

/// The export JSON of a corpus folder's analysis.
fn analysed(dir: &Path) -> Result<serde_json::Value, String> {
    let c = corpus::load_dir(dir).map_err(|e| e.to_string())?;
    serde_json::to_value(export::export(&analyse::analyse(&c), |_| true)).map_err(|e| e.to_string())
}

/// A saved export, as `counterpoint export` printed it.
fn read_export(file: &Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))
}

/// Score each set; one set prints exactly as score.py does, several each
/// under a heading (or, with `--json`, as one object keyed by set).
fn eval_command(args: &Args) -> Result<(), String> {
    let sets = eval_sets(args)?;
    let mut json = Vec::new();
    for (name, source, gold) in &sets {
        let out = if args.export.is_some() { read_export(source)? } else { analysed(source)? };
        let e = eval::evaluate(&out, gold)?;
        if args.json {
            json.push(if name.is_empty() { e.scores.json() } else { format!("\"{name}\": {}", e.scores.json()) });
            continue;
        }
        if !name.is_empty() {
            println!("=== {name}: {} against {} ===", source.display(), gold.display());
        }
        print!("{}", e.scores.report());
        if args.explain {
            print!("\n{}", explain::render(&e));
        }
        if !name.is_empty() {
            println!();
        }
    }
    if args.json {
        println!("{}", if sets.len() == 1 { json.concat() } else { format!("{{{}}}", json.join(", ")) });
    }
    Ok(())
}

/// One line of `check` per article: its headline, and its outlet and date
/// with where each was found.
fn describe(c: &corpus::Corpus, snap: &counterpoint_core::model::Snapshot, a: &counterpoint_core::model::Article) -> String {
    let origin = c.origin(&a.source_file);
    let outlet = match (a.outlet.and_then(|o| snap.outlets.get(o as usize)), &origin.outlet) {
        (Some(out), Some(o)) => format!("outlet {} (from {})", out.name, o.from),
        (Some(out), None) => format!("outlet {}", out.name),
        (None, _) => "outlet unknown (set it in corpus.toml)".to_string(),
    };
    let date = match (&a.date, &origin.date) {
        (Some(d), Some(o)) if d.date == o.date => {
            format!("date {} (from {}{})", d.date.iso(), o.from, if d.inferred { ", inferred" } else { "" })
        }
        (Some(d), _) => format!("date {} (from the dateline in the text{})", d.date.iso(), if d.inferred { ", inferred" } else { "" }),
        (None, _) => "no date (set `published` in corpus.toml)".to_string(),
    };
    format!("{}: {:?}; {outlet}; {date}", a.source_file, a.title)
}

/// Seconds each step of a build took, on the clock and on the CPU (all
/// threads): on a busy machine the clock says how long other work made it
/// wait, the CPU time what the build itself costs.
#[derive(Clone, Copy, Default)]
struct BuildTimes {
    wall: [f64; 3],
    cpu: [f64; 3],
}

impl BuildTimes {
    fn total(&self) -> f64 {
        self.wall.iter().sum()
    }
    fn cpu_total(&self) -> f64 {
        self.cpu.iter().sum()
    }
}

impl std::fmt::Display for BuildTimes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [r, a, s] = self.wall;
        let [cr, ca, cs] = self.cpu;
        write!(f, "{:.2} s (read {r:.2}, analyse {a:.2}, snapshot {s:.2}); CPU {:.2} s (read {cr:.2}, analyse {ca:.2}, snapshot {cs:.2})", self.total(), self.cpu_total())
    }
}

/// Times one step: the clock and the process's CPU time.
struct Stopwatch(Instant, f64);

impl Stopwatch {
    fn start() -> Self {
        Stopwatch(Instant::now(), cpu_seconds())
    }
    fn stop(&self) -> (f64, f64) {
        (self.0.elapsed().as_secs_f64(), cpu_seconds() - self.1)
    }
}

/// The process's user + system CPU time so far, all threads (Linux's
/// /proc/self/stat, in USER_HZ ticks of 1/100 s); 0 elsewhere.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // The fields after the command name (which may hold spaces) in parentheses.
    let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
    let tick = |i: usize| fields.get(i).and_then(|t| t.parse::<f64>().ok()).unwrap_or(0.0);
    (tick(11) + tick(12)) / 100.0
}

type Built = (corpus::Corpus, counterpoint_core::model::Snapshot, Vec<u8>, BuildTimes);

/// Read `dir`, analyse it with `analyse`, serialise the snapshot: the
/// build script's work, each step timed.
fn timed_build(dir: &Path, analyse: fn(&corpus::Corpus) -> counterpoint_core::model::Snapshot) -> Result<Built, String> {
    let mut t = BuildTimes::default();
    let clock = Stopwatch::start();
    let c = corpus::load_dir(dir).map_err(|e| e.to_string())?;
    (t.wall[0], t.cpu[0]) = clock.stop();
    let clock = Stopwatch::start();
    let snap = analyse(&c);
    (t.wall[1], t.cpu[1]) = clock.stop();
    let clock = Stopwatch::start();
    let bytes = postcard::to_allocvec(&snap).map_err(|e| e.to_string())?;
    (t.wall[2], t.cpu[2]) = clock.stop();
    Ok((c, snap, bytes, t))
}

/// The process's peak resident memory so far (Linux's VmHWM), in MB.
fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?.trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kb / 1024.0)
}

/// The build's whole job (read the folder, analyse, write the snapshot),
/// timed on every core and then on one, with the peak memory of the first;
/// then, unless `--rounds 0`, the analysis alone over several rounds on one
/// core and where its time goes.
fn bench(args: &Args) -> Result<(), String> {
    let (c, snap, bytes_out, times) = timed_build(&args.corpus, analyse::analyse)?;
    let peak = peak_memory_mb();
    let raw: usize = c.files.iter().map(|f| f.raw.len()).sum();
    println!("corpus: {} articles, {:.2} MB of raw text, {} claims, {} counterclaim pairs, {} disputes",
        snap.articles.len(), raw as f64 / 1e6, snap.claims.len(), snap.pairs.len(), snap.disputes.len());
    println!("build (read + analyse + snapshot), {} threads: {times}; peak memory {}",
        rayon::current_num_threads(), peak.map_or("unknown".into(), |mb| format!("{mb:.0} MB")));
    let text: String = snap.articles.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join("\n");
    let (snap_gz, text_gz) = (gzip_len(&bytes_out), gzip_len(text.as_bytes()));
    let (n, snap_len, print) = (snap.articles.len().max(1) as f64, bytes_out.len(), fingerprint(&bytes_out));
    drop((c, snap, bytes_out));
    let (c, _, one_bytes, one) = timed_build(&args.corpus, analyse::analyse_sequential)?;
    let same = if fingerprint(&one_bytes) == print && one_bytes.len() == snap_len { "the same snapshot bytes" } else { "A DIFFERENT SNAPSHOT" };
    println!("build on one thread: {one}; {same}");
    println!("parallel: speed-up on the clock {:.2}x, {:.2} cores busy while analysing, CPU time {:.2}x one thread's",
        one.total() / times.total(), times.cpu[1] / times.wall[1].max(1e-9), times.cpu_total() / one.cpu_total().max(1e-9));
    if args.rounds > 0 {
        // Each round timed on its own; the median speaks for them (a busy
        // moment on the machine moves one round, not the figure).
        let mut rounds: Vec<f64> = (0..args.rounds)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(analyse::analyse_sequential(&c));
                start.elapsed().as_secs_f64()
            })
            .collect();
        rounds.sort_unstable_by(f64::total_cmp);
        let secs = rounds[rounds.len() / 2];
        println!("engine time per round, one core: {:.2} ms (median of {} rounds)", secs * 1000.0, rounds.len());
        println!("engine throughput: {:.1} MB/s (one core)", raw as f64 / 1e6 / secs);
        println!("engine stages, best of {} rounds: {}", args.rounds.min(5), phases::measure(&c, args.rounds.min(5)));
    }
    println!("snapshot: {} bytes, {} gzipped ({:.0} B/article); the articles' text alone gzipped: {} ({:.0} B/article), ratio {:.2}",
        snap_len, snap_gz, snap_gz as f64 / n, text_gz, text_gz as f64 / n, snap_gz as f64 / text_gz.max(1) as f64);
    Ok(())
}

fn run(args: &Args) -> Result<(), String> {
    match args.command.as_str() {
        "export" => {
            let (_, snap) = load(args)?;
            let out = export::export(&snap, |_| true);
            println!("{}", serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?);
        }
        "eval" => eval_command(args)?,
        "check" => {
            let (c, snap) = load(args)?;
            for a in &snap.articles {
                println!("{}", describe(&c, &snap, a));
            }
            for w in &snap.warnings {
                println!("warning: {w}");
            }
            println!("ok: {} articles read from {}, {} claims, {} disputes", snap.articles.len(), args.corpus.display(), snap.claims.len(), snap.disputes.len());
        }
        "stats" => {
            let (_, snap) = load(args)?;
            let bytes: usize = snap.articles.iter().map(|a| a.text.len()).sum();
            println!("articles: {}", snap.articles.len());
            println!("text bytes: {bytes}");
            println!("entities: {}", snap.entities.len());
            println!("claims: {}", snap.claims.len());
            println!("counterclaim pairs: {}", snap.pairs.len());
            println!("disputes: {}", snap.disputes.len());
        }
        "bench" => bench(args)?,
        "head" => {
            let (_, snap) = load(args)?;
            let h = head::head_of(&snap);
            let n = snap.articles.len().max(1) as f64;
            let raw = h.encode().map_err(|e| e.to_string())?;
            let gz = gzip_len(&raw);
            println!("head: {} bytes, {gz} gzipped ({:.0} B/article); by part, gzipped apart:", raw.len(), gz as f64 / n);
            for p in head::parts(&h, gzip_len) {
                println!("  {:<22} {:>10} bytes {:>9} gzipped {:>7.1} B/article", p.name, p.raw, p.gzipped, p.gzipped as f64 / n);
            }
        }
        "synth" => {
            let out = args.out.as_ref().ok_or("synth needs --out DIR")?;
            let start = Instant::now();
            let bytes = synth::write_corpus(out, args.articles, args.seed)?;
            println!(
                "wrote {} articles ({:.1} MB, seed {}) to {} in {:.1} s",
                args.articles, bytes as f64 / 1e6, args.seed, out.display(), start.elapsed().as_secs_f64()
            );
        }
        other => return Err(format!("unknown command {other:?}\n{USAGE}")),
    }
    Ok(())
}
