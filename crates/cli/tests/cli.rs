//! The `counterpoint` binary as a user runs it.

use std::process::Command;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_counterpoint"));
    c.current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    c
}

#[test]
fn export_prints_the_format_json() {
    let out = bin().args(["export", "--corpus", "corpus"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 5);
    assert!(!v["counterclaims"].as_array().unwrap().is_empty());
}

#[test]
fn a_missing_corpus_folder_is_a_clear_error() {
    let out = bin().args(["export", "--corpus", "no-such-folder"]).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no-such-folder") && err.contains("cannot read"), "{err}");
}

#[test]
fn an_unknown_command_prints_usage() {
    let out = bin().arg("frobnicate").output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage"));
}

fn stdout_of(args: &[&str]) -> String {
    let out = bin().args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn eval_with_no_arguments_scores_the_seeds_and_the_development_set() {
    let out = stdout_of(&["eval"]);
    assert!(out.starts_with("=== seeds: "), "{out}");
    assert!(out.contains("\n=== dev: "), "{out}");
    assert_eq!(out.matches("\nsummary: ").count(), 2, "{out}");
    assert_eq!(out.matches("\ncounterclaim_f1: ").count(), 2, "{out}");
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&["eval", "--json"])).unwrap();
    assert_eq!(json["dev"]["titles"].as_str().unwrap().split('/').next_back(), Some("21"));
}

#[test]
fn eval_of_a_saved_export_scores_as_eval_of_its_corpus() {
    let file = std::env::temp_dir().join(format!("counterpoint-cli-export-{}.json", std::process::id()));
    std::fs::write(&file, stdout_of(&["export", "--corpus", "corpus"])).unwrap();
    let gold = "crates/cli/tests/fixtures/gold-seeds";
    let saved = stdout_of(&["eval", "--export", file.to_str().unwrap(), "--gold", gold]);
    std::fs::remove_file(&file).unwrap();
    assert_eq!(saved, stdout_of(&["eval", "--corpus", "corpus", "--gold", gold]));
    assert!(!saved.contains("==="), "one set prints as score.py does: {saved}");
}

#[test]
fn eval_explain_reports_every_gold_article_and_the_pairs_across_them() {
    let dev = "crates/cli/tests/fixtures/dev";
    let out = stdout_of(&["eval", "--explain", "--corpus", &format!("{dev}/articles"), "--gold", &format!("{dev}/gold")]);
    let gold_files = std::fs::read_dir(format!("{}/../../{dev}/gold", env!("CARGO_MANIFEST_DIR"))).unwrap().count();
    assert_eq!(out.matches("\n== ").count(), gold_files, "one heading per article and one across: {out}");
    assert!(out.contains("\n== across articles ==\n"), "{out}");
    assert!(out.contains("  missed claims [gold speaker | polarity] ("), "{out}");
}

#[test]
fn eval_of_a_corpus_needs_its_gold() {
    let out = bin().args(["eval", "--corpus", "corpus"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs --gold"));
}
