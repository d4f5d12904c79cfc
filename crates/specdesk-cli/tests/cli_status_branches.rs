//! `specdesk-cli status --all-branches`: every feature in flight, on a real git repository
//! built in a temporary folder (main checked out, feature 004-x only on its branch).

use assert_cmd::Command;
use std::fs;
use std::path::Path;

fn git(dir: &Path, args: &[&str]) {
    specdesk_bench::branch_repo::git(dir, args).expect("git");
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
    fs::write(p, text).expect("write");
}

fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    git(root, &["init", "-q"]);
    write(
        root,
        "specs/001-albums/plan.md",
        "# Implementation Plan: Albums\n",
    );
    git(root, &["add", "-A"]);
    git(root, &["commit", "-qm", "albums"]);
    git(root, &["checkout", "-qb", "004-x"]);
    write(
        root,
        "specs/004-x/plan.md",
        "# Implementation Plan: Offline sync\n\n## Progress Tracking\n\n- [x] Research\n- [ ] Design\n",
    );
    write(
        root,
        "specs/004-x/tasks.md",
        "## Phase 1\n\n- [x] T001 A\n- [ ] T002 B\n- [ ] T003 C\n",
    );
    git(root, &["add", "-A"]);
    git(root, &["commit", "-qm", "x"]);
    git(root, &["checkout", "-q", "main"]);
    tmp
}

fn status(repo: &Path, format: &str) -> std::process::Output {
    Command::cargo_bin("specdesk-cli")
        .expect("binary built")
        .args(["status", "--all-branches", "--format", format])
        .arg(repo)
        .output()
        .expect("run")
}

fn stdout(repo: &Path, format: &str) -> String {
    let out = status(repo, format);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn text_lists_each_feature_once_with_where_it_comes_from() {
    let tmp = repo();
    let text = stdout(tmp.path(), "text");
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("Feature") && lines[0].contains("Also on"),
        "{text}"
    );
    let albums = lines
        .iter()
        .find(|l| l.starts_with("001-albums"))
        .expect("001 row");
    assert!(
        albums.contains("main (this checkout)") && albums.trim_end().ends_with("004-x"),
        "{albums}"
    );
    let x = lines.iter().find(|l| l.starts_with("004-x")).expect("004 row");
    assert!(x.contains("1/2 (50%)") && x.contains("1/3 (33%)"), "{x}");
    assert!(text.contains("2 feature(s) on 2 branch(es)"), "{text}");
    // The working tree was not touched: 004-x is still not on disk.
    assert!(!tmp.path().join("specs/004-x").exists());
}

#[test]
fn json_carries_sources_reviews_and_also_on() {
    let tmp = repo();
    let doc: serde_json::Value = serde_json::from_str(&stdout(tmp.path(), "json")).expect("json");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["sources"][0]["kind"], "checkout");
    assert_eq!(doc["sources"][1]["name"], "004-x");
    let x = &doc["features"][1];
    assert_eq!(x["review"]["dirName"], "004-x");
    assert_eq!(x["source"], 1);
    assert_eq!(x["editable"], false);
    assert_eq!(x["review"]["tasks"]["done"], 1);
    assert_eq!(x["review"]["planChecklist"]["progress"]["total"], 2);
    assert_eq!(doc["features"][0]["alsoOn"][0], "004-x");
}

#[test]
fn markdown_is_one_table_and_html_is_refused() {
    let tmp = repo();
    let md = stdout(tmp.path(), "markdown");
    assert!(md.starts_with("# Features in flight: "), "{md}");
    assert!(md.contains("| Feature | From | Stage |"), "{md}");
    assert!(md.contains("| 004-x | 004-x | In progress |"), "{md}");
    let out = status(tmp.path(), "html");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("text, json or markdown"));
}

#[test]
fn without_git_it_says_so() {
    let tmp = tempfile::tempdir().expect("tempdir");
    write(tmp.path(), "specs/001-a/plan.md", "# Implementation Plan: A\n");
    let text = stdout(tmp.path(), "text");
    assert!(
        text.contains("001-a") && text.contains("note: Not a git repository"),
        "{text}"
    );
}
