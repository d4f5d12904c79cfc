//! A plan that is not UTF-8 (windows-1251, written here with encoding_rs): `status` and `check`
//! (text, JSON, SARIF; the repository or the single file) report it as unreadable with the
//! encoding it looks like, never as "no plan", and never change it.

use std::fs;
use std::path::Path;

const PLAN_1251: &str = "# План реализации: Режим Full Scan\r\n\r\n\
    **Ветка**: `002-full-scan` | **Дата**: 2026-02-21\r\n\r\n\
    ## Краткое описание\r\n\r\nСервис индексирует все файлы репозитория при первом запуске.\r\n";

mod common;
use common::cli;

fn windows_1251(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

/// 001 has a UTF-8 plan; 002's plan and spec are windows-1251, its tasks.md UTF-8.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |rel: &str, bytes: &[u8]| {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    };
    write(
        "specs/001-ok/plan.md",
        b"# Implementation Plan: Ok\n\n## Summary\n\nFine.\n",
    );
    write("specs/002-full-scan/plan.md", &windows_1251(PLAN_1251));
    write("specs/002-full-scan/spec.md", &windows_1251("# Спецификация\r\n"));
    write(
        "specs/002-full-scan/tasks.md",
        b"# Tasks\n\n- [x] T001 Setup\n- [ ] T002 Scan\n",
    );
    dir
}

fn run(args: &[&str], repo: &Path) -> (Option<i32>, String) {
    let out = cli().args(args).arg(repo).output().expect("run");
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    (
        out.status.code(),
        String::from_utf8(out.stdout).expect("utf-8 output"),
    )
}

const SENTENCE: &str = "plan.md is not UTF-8 (looks like windows-1251)";

#[test]
fn status_names_the_encoding_instead_of_no_plan() {
    let repo = repo();
    let before = fs::read(repo.path().join("specs/002-full-scan/plan.md")).unwrap();
    let (code, text) = run(&["status"], repo.path());
    assert_eq!(code, Some(0), "{text}");
    let row = text
        .lines()
        .find(|l| l.starts_with("002-full-scan"))
        .expect("a row for 002");
    assert!(row.contains(SENTENCE), "{row}");
    assert!(!row.contains("no plan"), "{row}");
    assert!(row.contains("1/2 (50%)"), "tasks.md still counts: {row}");
    assert!(
        text.contains("1 document could not be read:\n  specs/002-full-scan/plan.md: not UTF-8 (looks like windows-1251)"),
        "{text}"
    );

    let (_, json) = run(&["status", "--format", "json"], repo.path());
    let json: serde_json::Value = serde_json::from_str(&json).expect("json");
    let feature = &json["features"][1];
    assert_eq!(feature["dirName"], "002-full-scan");
    assert!(feature["plan"].is_null());
    let plan = feature["unreadable"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["kind"] == "plan")
        .expect("the plan is listed");
    assert_eq!(plan["code"], "invalidUtf8");
    assert_eq!(plan["encoding"], "windows-1251");
    assert_eq!(
        fs::read(repo.path().join("specs/002-full-scan/plan.md")).unwrap(),
        before
    );
}

#[test]
fn check_reports_the_plan_as_unreadable_in_every_format() {
    let repo = repo();
    let (code, text) = run(&["check"], repo.path());
    assert_eq!(code, Some(1), "an unreadable plan fails the check: {text}");
    assert!(
        text.contains(&format!(
            "error: specs/002-full-scan/{SENTENCE}: cannot be checked"
        )),
        "{text}"
    );
    assert!(
        text.contains("2 plans checked") && text.contains("1 unreadable"),
        "{text}"
    );

    let (code, json) = run(&["check", "--format", "json"], repo.path());
    assert_eq!(code, Some(1));
    let json: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(json["summary"]["unreadable"], 1);
    let error = &json["plans"][1]["error"];
    assert_eq!(error["kind"], "invalidUtf8");
    assert_eq!(error["encoding"], "windows-1251");

    let (code, sarif) = run(&["check", "--format", "sarif"], repo.path());
    assert_eq!(code, Some(1));
    let sarif: serde_json::Value = serde_json::from_str(&sarif).expect("sarif");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let unreadable = results
        .iter()
        .find(|r| r["ruleId"] == "SD000")
        .expect("an SD000 result for the plan");
    let message = unreadable["message"]["text"].as_str().unwrap();
    assert!(message.contains(SENTENCE), "{message}");

    // The single file, too.
    let (code, text) = run(&["check"], &repo.path().join("specs/002-full-scan/plan.md"));
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains(SENTENCE), "{text}");
}
