//! `specdesk-cli coverage` and `specdesk-cli history` on real folders: output formats, exit
//! codes, restores through the shared history store (in a temporary data directory).

use assert_cmd::Command;
use specdesk_core::history::{HistoryStore, VersionSource};
use std::fs;
use std::path::{Path, PathBuf};

mod common;
use common::cli;

fn demo_repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo-repo")
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const SPEC: &str =
    "# Spec\n\n- **FR-001**: Export albums.\n- **FR-002**: Import albums.\n- **SC-001**: Fast.\n";

fn coverage_repo(tasks: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("specs/001-albums");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("spec.md"), SPEC).unwrap();
    fs::write(dir.join("tasks.md"), tasks).unwrap();
    tmp
}

#[test]
fn coverage_lists_uncovered_and_unknown_ids_with_lines_and_strict_fails() {
    let repo =
        coverage_repo("# Tasks\n\n- [ ] T001 Export (FR-001)\n- [ ] T002 Timing check (SC-001, FR-009)\n");
    let out = cli().arg("coverage").arg(repo.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = stdout(&out);
    assert!(text.contains("2/3 requirement(s) covered"), "{text}");
    assert!(
        text.contains("uncovered  FR-002   specs/001-albums/spec.md:4  Import albums."),
        "{text}"
    );
    assert!(
        text.contains("unknown    FR-009   specs/001-albums/tasks.md:4  cited by task T002"),
        "{text}"
    );
    let strict = cli()
        .args(["coverage", "--strict"])
        .arg(repo.path())
        .output()
        .unwrap();
    assert_eq!(strict.status.code(), Some(1));

    let json = cli()
        .args(["coverage", "--format", "json"])
        .arg(repo.path())
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["traced"]["uncovered"], 1);
    let feature = &doc["features"][0];
    assert_eq!(feature["state"], "traced");
    assert_eq!(feature["citationsFound"], true);
    assert_eq!(feature["requirements"][0]["tasks"][0]["taskId"], "T001");
    assert_eq!(feature["requirements"][0]["requirement"]["idSpan"]["line"], 3);
    assert_eq!(feature["unknownCitations"][0]["id"], "FR-009");
}

#[test]
fn fully_covered_features_pass_strict() {
    let repo = coverage_repo("- [ ] T001 Export and import (FR-001, FR-002)\n- [ ] T002 Timing [SC-001]\n");
    let out = cli()
        .args(["coverage", "--strict"])
        .arg(repo.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("3/3 requirement(s) covered"));
}

#[test]
fn tasks_without_citations_are_explained_not_listed() {
    let repo = coverage_repo("- [ ] T001 Export\n- [ ] T002 Import\n");
    let out = cli().arg("coverage").arg(repo.path()).output().unwrap();
    let text = stdout(&out);
    assert!(text.contains("never cites a requirement id"), "{text}");
    assert!(!text.contains("uncovered  FR-"), "{text}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn coverage_of_the_demo_repository_and_of_one_feature() {
    let out = cli().arg("coverage").arg(demo_repo()).output().unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("specs/001-photo-albums  8/9 requirement(s) covered"),
        "{text}"
    );
    assert!(text.contains("uncovered  FR-005"), "{text}");
    assert!(
        text.contains("specs/007-print-orders  9 requirement(s); no tasks.md yet"),
        "{text}"
    );
    let one = cli()
        .args(["coverage", "--format", "markdown"])
        .arg(demo_repo().join("specs/001-photo-albums/spec.md"))
        .output()
        .unwrap();
    let md = stdout(&one);
    assert!(md.starts_with("# Requirement coverage\n"), "{md}");
    assert!(md.contains("| `001-photo-albums` | 9 | 8 | 1 | 0 |"), "{md}");
    assert!(!md.contains("002-family-invites"), "{md}");
    assert!(
        md.contains("- **FR-005** has no task (`specs/001-photo-albums/spec.md:73`)"),
        "{md}"
    );
}

/// A repository with history captured by the core (as the app would), and the data dir.
struct HistoryFixture {
    repo: tempfile::TempDir,
    data: tempfile::TempDir,
}

impl HistoryFixture {
    fn new() -> HistoryFixture {
        let repo = tempfile::tempdir().unwrap();
        fs::create_dir_all(repo.path().join("specs/001-albums")).unwrap();
        fs::create_dir_all(repo.path().join(".git")).unwrap();
        HistoryFixture {
            repo,
            data: tempfile::tempdir().unwrap(),
        }
    }

    fn history(&self) -> HistoryStore {
        HistoryStore::open(self.data.path(), self.repo.path()).unwrap()
    }

    fn capture(&self, rel: &str, text: &str) -> String {
        fs::write(self.repo.path().join(rel), text).unwrap();
        self.history()
            .capture_bytes(rel, text.as_bytes(), VersionSource::Disk)
            .unwrap()
            .unwrap()
            .id
    }

    fn cmd(&self) -> Command {
        let mut cmd = cli();
        cmd.env("SPECDESK_DATA_DIR", self.data.path())
            .current_dir(self.repo.path());
        cmd
    }
}

#[test]
fn history_lists_versions_newest_first() {
    let f = HistoryFixture::new();
    let first = f.capture("specs/001-albums/plan.md", "# Plan\n");
    let second = f.capture("specs/001-albums/plan.md", "# Plan\n\nMore.\n");
    let out = f
        .cmd()
        .args(["history", "specs/001-albums/plan.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = stdout(&out);
    assert!(text.contains("specs/001-albums/plan.md — 2 version(s)"), "{text}");
    let at_second = text.find(&second).unwrap();
    let at_first = text.find(&first).unwrap();
    assert!(at_second < at_first, "newest first:\n{text}");
    assert!(text.contains("changed on disk"));
    assert!(text.contains("+2 −0"), "{text}");

    let json = f
        .cmd()
        .args(["history", "specs/001-albums", "--format", "json"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(doc["path"], "specs/001-albums");
    assert_eq!(doc["versions"].as_array().unwrap().len(), 2);
    assert_eq!(doc["versions"][0]["id"], second);
    assert_eq!(doc["versions"][0]["source"], "disk");
}

#[test]
fn history_restore_writes_the_version_and_prints_the_undo() {
    let f = HistoryFixture::new();
    let rel = "specs/001-albums/plan.md";
    let good = f.capture(rel, "# Plan\n\nGood.\n");
    fs::write(f.repo.path().join(rel), "# Plan\n\nOverwritten by an agent.\n").unwrap();
    let out = f
        .cmd()
        .args(["history", rel, "--restore", &good[..6]])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(
        fs::read_to_string(f.repo.path().join(rel)).unwrap(),
        "# Plan\n\nGood.\n"
    );
    let text = stdout(&out);
    assert!(
        text.contains(&format!("restored {rel} to version {good}")),
        "{text}"
    );
    let undo = text
        .split("--restore ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .unwrap()
        .to_string();
    // The overwritten text was kept: undo brings it back.
    f.cmd()
        .args(["history", rel, "--restore", &undo])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(f.repo.path().join(rel)).unwrap(),
        "# Plan\n\nOverwritten by an agent.\n"
    );
    let versions = f.history().versions(rel).unwrap();
    assert_eq!(versions[0].source, VersionSource::Restored);
}

#[test]
fn history_restores_a_deleted_feature_folder() {
    let f = HistoryFixture::new();
    f.capture("specs/001-albums/plan.md", "# Plan\n");
    f.capture("specs/001-albums/spec.md", "# Spec\n");
    fs::remove_dir_all(f.repo.path().join("specs/001-albums")).unwrap();
    let list = f.cmd().args(["history", "specs/001-albums"]).output().unwrap();
    assert_eq!(list.status.code(), Some(0), "{list:?}");
    assert!(stdout(&list).contains("(not on disk)"), "{}", stdout(&list));
    f.cmd()
        .args(["history", "specs/001-albums", "--restore-deleted"])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(f.repo.path().join("specs/001-albums/spec.md")).unwrap(),
        "# Spec\n"
    );
    assert_eq!(
        fs::read_to_string(f.repo.path().join("specs/001-albums/plan.md")).unwrap(),
        "# Plan\n"
    );
}

#[test]
fn history_refuses_unknown_ids_and_versions_of_other_files() {
    let f = HistoryFixture::new();
    let plan = f.capture("specs/001-albums/plan.md", "# Plan\n");
    f.capture("specs/001-albums/spec.md", "# Spec\n");
    let other = f
        .cmd()
        .args(["history", "specs/001-albums/spec.md", "--restore", &plan])
        .output()
        .unwrap();
    assert_eq!(other.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&other.stderr).contains("not of specs/001-albums/spec.md"));
    let unknown = f
        .cmd()
        .args(["history", "specs/001-albums/plan.md", "--restore", "ffffffff"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert_eq!(
        fs::read_to_string(f.repo.path().join("specs/001-albums/plan.md")).unwrap(),
        "# Plan\n"
    );
    let empty = f.cmd().args(["history", "specs/002-none"]).output().unwrap();
    assert!(stdout(&empty).contains("no history for specs/002-none"));
}
