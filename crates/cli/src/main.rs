//! `counterpoint`: the engine from the command line.
//!
//! - `export [--corpus DIR]`        the export JSON of eval/FORMAT.md
//! - `eval --gold DIR [--corpus DIR] [--json]`  the scorer's measures
//! - `check [--corpus DIR]`         read and analyse a corpus, report problems
//! - `stats [--corpus DIR]`         counts of articles, entities, claims, disputes
//! - `bench [--corpus DIR] [--rounds N]`  engine throughput

use counterpoint_cli::eval;

use counterpoint_core::{analyse, corpus, export};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: counterpoint <export|eval|check|stats|bench> [--corpus DIR] [--gold DIR] [--json] [--rounds N]";

struct Args {
    command: String,
    corpus: PathBuf,
    gold: Option<PathBuf>,
    json: bool,
    rounds: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let command = it.next().ok_or(USAGE)?;
    let mut args = Args { command, corpus: PathBuf::from("corpus"), gold: None, json: false, rounds: 20 };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--corpus" => args.corpus = it.next().ok_or("--corpus needs a folder")?.into(),
            "--gold" => args.gold = Some(it.next().ok_or("--gold needs a folder")?.into()),
            "--json" => args.json = true,
            "--rounds" => args.rounds = it.next().and_then(|n| n.parse().ok()).ok_or("--rounds needs a number")?,
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

fn load(args: &Args) -> Result<(corpus::Corpus, counterpoint_core::model::Snapshot), String> {
    let c = corpus::load_dir(&args.corpus).map_err(|e| e.to_string())?;
    let snap = analyse::analyse(&c);
    Ok((c, snap))
}

fn run(args: &Args) -> Result<(), String> {
    match args.command.as_str() {
        "export" => {
            let (_, snap) = load(args)?;
            let out = export::export(&snap, |_| true);
            println!("{}", serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?);
        }
        "eval" => {
            let gold = args.gold.as_ref().ok_or("eval needs --gold DIR")?;
            let (_, snap) = load(args)?;
            let out = serde_json::to_value(export::export(&snap, |_| true)).map_err(|e| e.to_string())?;
            let scores = eval::score(&out, gold)?;
            if args.json {
                println!("{}", serde_json::to_string(&scores.to_json()).map_err(|e| e.to_string())?);
            } else {
                print!("{}", scores.report());
            }
        }
        "check" => {
            let (_, snap) = load(args)?;
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
        "bench" => {
            let c = corpus::load_dir(&args.corpus).map_err(|e| e.to_string())?;
            let bytes: usize = c.files.iter().map(|f| f.raw.len()).sum();
            let start = Instant::now();
            let mut pairs = 0;
            for _ in 0..args.rounds {
                let snap = analyse::analyse(&c);
                pairs = snap.pairs.len();
            }
            let secs = start.elapsed().as_secs_f64();
            let mb = (bytes * args.rounds) as f64 / 1e6;
            println!("corpus: {} articles, {} bytes of raw text", c.files.len(), bytes);
            println!("rounds: {}  (pairs per round: {pairs})", args.rounds);
            println!("engine time per round: {:.2} ms", secs * 1000.0 / args.rounds as f64);
            println!("engine throughput: {:.1} MB/s (one core)", mb / secs);
        }
        other => return Err(format!("unknown command {other:?}\n{USAGE}")),
    }
    Ok(())
}
