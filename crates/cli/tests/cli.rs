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
