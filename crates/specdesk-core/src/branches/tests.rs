//! Portfolios of real git repositories, built in temporary folders with the `git` command.

use super::*;
use crate::repo::Repository;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Run `git` in `dir` with a fixed identity and no user or system configuration; panics on
/// failure (the test's own setup). `when` sets the author and committer dates.
fn git_at(dir: &Path, when: Option<&str>, args: &[&str]) -> String {
    let mut cmd = Command::new("git");
    cmd.current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.invalid"])
        .args(["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"])
        .args(["-c", "protocol.file.allow=always"])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
    if let Some(when) = when {
        cmd.env("GIT_AUTHOR_DATE", when).env("GIT_COMMITTER_DATE", when);
    }
    let out = cmd.output().expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn git(dir: &Path, args: &[&str]) -> String {
    git_at(dir, None, args)
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

const PLAN: &str = "# Implementation Plan: Offline sync\n\n## Summary\n\nSync.\n\n## Progress Tracking\n\n- [x] Phase 0: Research complete\n- [ ] Phase 1: Design complete\n";
const TASKS: &str = "# Tasks\n\n## Phase 1: Setup\n\n- [x] T001 Create project\n- [ ] T002 Add sync\n- [ ] T003 [P] Add tests\n";

/// A repository on `main` with feature 001-albums, and a branch `004-x` adding feature 004-x
/// (a plan with 1 of 2 boxes ticked, tasks 1 of 3 done). `main` stays checked out.
fn repo_with_branch() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = fs::canonicalize(tmp.path()).unwrap().join("repo");
    fs::create_dir(&root).unwrap();
    git(&root, &["init", "-q"]);
    write(&root, "specs/001-albums/spec.md", "# Albums\n");
    write(
        &root,
        "specs/001-albums/plan.md",
        "# Implementation Plan: Albums\n\n- [x] done\n",
    );
    git(&root, &["add", "-A"]);
    git_at(&root, Some("2026-01-01T10:00:00Z"), &["commit", "-qm", "albums"]);
    git(&root, &["checkout", "-qb", "004-x"]);
    write(&root, "specs/004-x/plan.md", PLAN);
    write(&root, "specs/004-x/tasks.md", TASKS);
    write(
        &root,
        "specs/004-x/checklists/ux.md",
        "- [x] CHK001 Clear\n- [x] CHK002 Fast\n",
    );
    git(&root, &["add", "-A"]);
    git_at(
        &root,
        Some("2026-01-02T10:00:00Z"),
        &["commit", "-qm", "offline sync"],
    );
    git(&root, &["checkout", "-q", "main"]);
    (tmp, root)
}

/// The portfolio of the checkout at `root` (scanned and reviewed on disk, as the app does).
fn portfolio_with(reader: &mut BranchReader, root: &Path) -> (Portfolio, ReadStats) {
    reader.read_path_with_stats(root).unwrap()
}

/// A bare clone of `work` (`origin.git` in `tmp`, the remote) and a clone of that (`clone`).
fn remote_and_clone(tmp: &Path, work: &Path) -> (PathBuf, PathBuf) {
    let bare = tmp.join("origin.git");
    git(
        tmp,
        &[
            "clone",
            "-q",
            "--bare",
            work.to_str().unwrap(),
            bare.to_str().unwrap(),
        ],
    );
    let clone = tmp.join("clone");
    git(
        tmp,
        &["clone", "-q", bare.to_str().unwrap(), clone.to_str().unwrap()],
    );
    (bare, clone)
}

/// A commit on branch `name` of `work` adding `rel`, pushed to `bare`.
fn push_new_branch(work: &Path, bare: &Path, name: &str, rel: &str) {
    git(work, &["checkout", "-qb", name]);
    write(work, rel, "# New\n");
    git(work, &["add", "-A"]);
    git(work, &["commit", "-qm", name]);
    git(work, &["push", "-q", bare.to_str().unwrap(), name]);
}

fn portfolio(root: &Path) -> Portfolio {
    portfolio_with(&mut BranchReader::new(), root).0
}

/// Each row as (folder, source name, also on).
fn rows(p: &Portfolio) -> Vec<(String, String, Vec<String>)> {
    p.features
        .iter()
        .map(|f| {
            (
                f.review.dir_name.clone(),
                p.source_of(f).name.clone(),
                f.also_on.clone(),
            )
        })
        .collect()
}

fn row<'a>(p: &'a Portfolio, dir_name: &str) -> &'a BranchFeature {
    p.features
        .iter()
        .find(|f| f.review.dir_name == dir_name)
        .unwrap_or_else(|| panic!("{dir_name} in {:?}", rows(p)))
}

#[test]
fn a_feature_only_on_its_branch_is_shown_from_it_with_its_progress_and_nothing_is_checked_out() {
    let (_tmp, root) = repo_with_branch();
    let head_before = git(&root, &["rev-parse", "HEAD"]);
    let p = portfolio(&root);
    assert_eq!(
        rows(&p),
        [
            ("001-albums".into(), "main".into(), vec!["004-x".to_string()]),
            ("004-x".into(), "004-x".into(), vec![]),
        ]
    );
    let x = row(&p, "004-x");
    assert!(!x.editable, "read from git objects, read-only");
    assert!(row(&p, "001-albums").editable, "the checkout's own copy");
    assert_eq!(p.source_of(x).kind, SourceKind::Local);
    assert_eq!(x.review.title, "Offline sync");
    let plan = x.review.plan_checklist.as_ref().expect("plan checklist");
    assert_eq!((plan.progress.done, plan.progress.total), (1, 2));
    assert_eq!(x.review.tasks.map(|t| (t.done, t.total)), Some((1, 3)));
    assert_eq!(x.review.checklist_progress.done, 2);
    assert_eq!(x.review.stage, Stage::InProgress);
    assert_eq!(x.review.plan_path.as_deref(), Some("specs/004-x/plan.md"));
    // When its folder last changed on the branch: the commit of 2026-01-02.
    assert_eq!(x.review.modified_ms, Some(1_767_348_000_000));
    // Nothing of the working tree, the index or HEAD changed.
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
    assert_eq!(git(&root, &["rev-parse", "HEAD"]), head_before);
    assert!(!root.join("specs/004-x").exists());
    assert_eq!(p.sources[0].kind, SourceKind::Checkout);
    assert!(p.notes.is_empty(), "{:?}", p.notes);
}

#[test]
fn its_own_branch_wins_else_the_newest_change() {
    let (_tmp, root) = repo_with_branch();
    // `later` changes 004-x after its own branch did, and 001-albums after main did.
    git(&root, &["checkout", "-qb", "later", "004-x"]);
    write(
        &root,
        "specs/004-x/tasks.md",
        &TASKS.replace("- [ ] T002", "- [x] T002"),
    );
    write(
        &root,
        "specs/001-albums/plan.md",
        "# Implementation Plan: Albums v2\n",
    );
    git(&root, &["add", "-A"]);
    git_at(&root, Some("2026-01-05T10:00:00Z"), &["commit", "-qm", "later"]);
    // `older` changes 001-albums too, but before `later` did.
    git(&root, &["checkout", "-qb", "older", "main"]);
    write(
        &root,
        "specs/001-albums/plan.md",
        "# Implementation Plan: Albums v1.5\n",
    );
    git(&root, &["add", "-A"]);
    git_at(&root, Some("2026-01-03T10:00:00Z"), &["commit", "-qm", "older"]);
    git(&root, &["checkout", "-q", "main"]);
    let p = portfolio(&root);
    assert_eq!(
        rows(&p),
        [
            (
                "001-albums".into(),
                "later".into(),
                vec!["main".to_string(), "004-x".into(), "older".into()]
            ),
            ("004-x".into(), "004-x".into(), vec!["later".to_string()]),
        ]
    );
    assert_eq!(row(&p, "001-albums").review.title, "Albums v2");
    assert_eq!(row(&p, "004-x").review.tasks.map(|t| t.done), Some(1));
}

#[test]
fn remote_tracking_branches_of_a_local_bare_remote_appear_after_a_fetch() {
    let (tmp, origin_work) = repo_with_branch();
    let (bare, clone) = remote_and_clone(tmp.path(), &origin_work);
    let before = portfolio(&clone);
    assert_eq!(
        rows(&before),
        [
            (
                "001-albums".into(),
                "main".into(),
                vec!["origin/004-x".to_string(), "origin/main".into()]
            ),
            ("004-x".into(), "origin/004-x".into(), vec![]),
        ]
    );
    assert_eq!(before.source_of(row(&before, "004-x")).kind, SourceKind::Remote);
    assert!(
        before.sources.iter().all(|s| s.name != "origin/HEAD"),
        "origin/HEAD is a pointer, not a branch"
    );
    // Someone pushes a new feature branch; a fetch brings it in.
    push_new_branch(&origin_work, &bare, "005-remote", "specs/005-remote/spec.md");
    assert!(portfolio(&clone)
        .features
        .iter()
        .all(|f| f.review.dir_name != "005-remote"));
    git(&clone, &["fetch", "-q", "--prune"]);
    let after = portfolio(&clone);
    let remote = row(&after, "005-remote");
    assert_eq!(after.source_of(remote).name, "origin/005-remote");
    assert_eq!(remote.review.stage, Stage::Specified);
}

#[test]
fn linked_worktrees_name_their_branch_and_detached_ones_are_sources() {
    let (tmp, root) = repo_with_branch();
    let wt = tmp.path().join("wt-006");
    git(
        &root,
        &["worktree", "add", "-q", "-b", "006-w", wt.to_str().unwrap()],
    );
    write(&wt, "specs/006-w/plan.md", "# Implementation Plan: W\n");
    git(&wt, &["add", "-A"]);
    git(&wt, &["commit", "-qm", "w"]);
    let detached = tmp.path().join("wt-detached");
    git(
        &root,
        &[
            "worktree",
            "add",
            "-q",
            "--detach",
            detached.to_str().unwrap(),
            "004-x",
        ],
    );
    write(&detached, "specs/007-d/spec.md", "# D\n");
    git(&detached, &["add", "-A"]);
    git(&detached, &["commit", "-qm", "d"]);
    let p = portfolio(&root);
    let w = row(&p, "006-w");
    let source = p.source_of(w);
    assert_eq!((source.name.as_str(), source.kind), ("006-w", SourceKind::Local));
    assert_eq!(source.worktree.as_deref(), Some(wt.to_str().unwrap()));
    let d = p.source_of(row(&p, "007-d"));
    assert_eq!(d.kind, SourceKind::Detached);
    assert!(
        d.name.starts_with("HEAD of ") && d.name.contains("wt-detached"),
        "{}",
        d.name
    );
    // Opened from inside the linked worktree, that worktree is the checkout.
    let from_wt = portfolio(&wt);
    assert_eq!(from_wt.sources[0].name, "006-w");
    assert!(row(&from_wt, "006-w").editable);
    assert_eq!(p.source_of(row(&from_wt, "004-x")).name, "004-x");
}

#[test]
fn packed_refs_read_the_same_as_loose_ones() {
    let (_tmp, root) = repo_with_branch();
    git(&root, &["checkout", "-qb", "008-packed"]);
    write(&root, "specs/008-packed/spec.md", "# Packed\n");
    git(&root, &["add", "-A"]);
    git(&root, &["commit", "-qm", "packed"]);
    git(&root, &["checkout", "-q", "main"]);
    let loose = portfolio(&root);
    git(&root, &["pack-refs", "--all"]);
    assert!(
        !root.join(".git/refs/heads/004-x").exists(),
        "the ref is packed now"
    );
    let packed = portfolio(&root);
    assert_eq!(rows(&packed), rows(&loose));
    assert_eq!(rows(&packed).len(), 3);
}

#[test]
fn a_detached_head_is_said_and_its_branch_is_a_source_of_its_own() {
    let (_tmp, root) = repo_with_branch();
    git(&root, &["checkout", "-q", "--detach", "main"]);
    let p = portfolio(&root);
    let checkout = &p.sources[0];
    assert_eq!(checkout.kind, SourceKind::Checkout);
    assert!(
        checkout.name.starts_with("HEAD (detached at "),
        "{}",
        checkout.name
    );
    assert!(p.notes.iter().any(|n| n.contains("detached")), "{:?}", p.notes);
    assert!(p
        .sources
        .iter()
        .any(|s| s.name == "main" && s.kind == SourceKind::Local));
    // Same tree on HEAD and main: the checkout shows it.
    assert_eq!(p.source_of(row(&p, "001-albums")).kind, SourceKind::Checkout);
}

#[test]
fn a_read_after_one_commit_reparses_only_the_folder_that_changed() {
    let (_tmp, root) = repo_with_branch();
    for n in 10..20 {
        git(&root, &["checkout", "-qb", &format!("0{n}-f"), "main"]);
        write(
            &root,
            &format!("specs/0{n}-f/plan.md"),
            "# Implementation Plan: F\n",
        );
        git(&root, &["add", "-A"]);
        git(&root, &["commit", "-qm", "f"]);
    }
    git(&root, &["checkout", "-q", "main"]);
    let mut reader = BranchReader::new();
    let (first, stats) = portfolio_with(&mut reader, &root);
    assert_eq!(first.features.len(), 12);
    assert_eq!(
        stats.reviewed, 11,
        "every branch feature once (001 comes from the checkout)"
    );
    let (_, again) = portfolio_with(&mut reader, &root);
    assert_eq!(again.reviewed, 0, "nothing changed");
    // One more commit on 004-x, from outside.
    git(&root, &["checkout", "-q", "004-x"]);
    write(
        &root,
        "specs/004-x/tasks.md",
        &TASKS.replace("- [ ] T003", "- [x] T003"),
    );
    git(&root, &["commit", "-qam", "tick"]);
    git(&root, &["checkout", "-q", "main"]);
    let (after, stats) = portfolio_with(&mut reader, &root);
    assert_eq!(stats.reviewed, 1, "only 004-x is parsed again");
    assert_eq!(row(&after, "004-x").review.tasks.map(|t| t.done), Some(2));
}

#[test]
fn without_git_only_the_checkout_is_shown_and_that_is_said() {
    let tmp = tempfile::tempdir().unwrap();
    let root = fs::canonicalize(tmp.path()).unwrap();
    write(&root, "specs/001-a/plan.md", "# Implementation Plan: A\n");
    let p = portfolio(&root);
    assert_eq!(rows(&p), [("001-a".into(), "working tree".into(), vec![])]);
    assert!(p.features[0].editable);
    assert!(p.notes[0].contains("Not a git repository"), "{:?}", p.notes);
}

#[test]
fn a_bare_repository_shows_every_branch_read_only() {
    let (tmp, root) = repo_with_branch();
    let bare = tmp.path().join("bare.git");
    git(
        tmp.path(),
        &[
            "clone",
            "-q",
            "--bare",
            root.to_str().unwrap(),
            bare.to_str().unwrap(),
        ],
    );
    let p = portfolio(&bare);
    assert_eq!(
        rows(&p),
        [
            ("001-albums".into(), "main".into(), vec!["004-x".to_string()]),
            ("004-x".into(), "004-x".into(), vec![]),
        ]
    );
    assert!(p.features.iter().all(|f| !f.editable));
    assert!(
        p.notes.iter().any(|n| n.contains("Bare repository")),
        "{:?}",
        p.notes
    );
}

#[test]
fn a_shallow_clone_works_and_says_what_it_cannot_know() {
    let (tmp, root) = repo_with_branch();
    let shallow = tmp.path().join("shallow");
    let url = format!("file://{}", root.display());
    git(
        tmp.path(),
        &[
            "clone",
            "-q",
            "--depth",
            "1",
            "--no-single-branch",
            &url,
            shallow.to_str().unwrap(),
        ],
    );
    let p = portfolio(&shallow);
    assert_eq!(p.source_of(row(&p, "004-x")).name, "origin/004-x");
    assert_eq!(row(&p, "004-x").review.tasks.map(|t| t.done), Some(1));
    assert!(
        p.notes.iter().any(|n| n.contains("Shallow clone")),
        "{:?}",
        p.notes
    );
}

#[test]
fn discovery_in_a_commit_finds_what_discovery_on_disk_finds() {
    let tmp = tempfile::tempdir().unwrap();
    let root = fs::canonicalize(tmp.path()).unwrap();
    git(&root, &["init", "-q"]);
    for rel in [
        "specs/001-a/plan.md",
        "specs/quick/003-fix/tasks.md",
        "specs/SPEC-0b6b106c/plan.md",
        "specs/SPEC-0b6b106c/checklists/req.md",
        "specs/001-outer/spec.md",
        "specs/001-outer/001a-inner/plan.md",
        "specs/notes/readme.md",
        "docs/specs/001-b/plan.md",
        ".specify/specs/001-e/plan.md",
        "kitty-specs/001-f/spec.md",
        "services/x/specs/001-d/plan.md",
        "node_modules/pkg/specs/001-x/plan.md",
        ".specify/templates/specs/001-x/plan.md",
        "templates/specs/001-x/plan.md",
        "work/features/20260115-143000-auth/spec.md",
    ] {
        write(&root, rel, "# x\n");
    }
    write(
        &root,
        ".specify/feature.json",
        r#"{"feature_directory":"work/features/20260115-143000-auth"}"#,
    );
    git(&root, &["add", "-A", "-f"]);
    git(&root, &["commit", "-qm", "layout"]);
    git(&root, &["checkout", "-qb", "copy"]);
    git(&root, &["checkout", "-q", "main"]);
    let on_disk = Repository::open(&root).unwrap();
    let disk: Vec<(String, Vec<String>)> = on_disk
        .features()
        .map(|f| {
            (
                f.rel_path.clone(),
                f.documents.iter().map(|d| d.rel_path.clone()).collect(),
            )
        })
        .collect();
    // Read from the branch `copy` alone (the checkout's rows come from disk): same features.
    let repo = sources::open(&root).unwrap().unwrap();
    let commit = ObjectId::from_hex(git(&root, &["rev-parse", "copy"]).trim().as_bytes()).unwrap();
    let git_tree = GitTree { repo: &repo };
    let mut reader = BranchReader::new();
    let tree = sources::tree_of(&repo, commit).unwrap();
    let in_git: Vec<(String, Vec<String>)> = reader
        .features_of(&git_tree, tree, &Config::default())
        .iter()
        .map(|(f, _)| {
            (
                f.rel_path.clone(),
                f.documents.iter().map(|d| d.rel_path.clone()).collect(),
            )
        })
        .collect();
    assert_eq!(in_git, disk);
    assert!(disk
        .iter()
        .any(|(p, _)| p == "work/features/20260115-143000-auth"));
    assert!(disk
        .iter()
        .all(|(p, _)| !p.contains("node_modules") && !p.contains("templates")));
}

#[test]
fn a_document_of_another_branch_is_read_from_its_commit() {
    let (_tmp, root) = repo_with_branch();
    let p = portfolio(&root);
    let commit = p.source_of(row(&p, "004-x")).commit.clone().unwrap();
    let plan = actions::read_document(&root, &commit, "specs/004-x/plan.md").unwrap();
    assert_eq!(plan.text, PLAN);
    for bad in ["../x", "/etc/passwd", "specs/../../x", "specs/004-x/missing.md"] {
        assert!(actions::read_document(&root, &commit, bad).is_err(), "{bad}");
    }
    assert!(actions::read_document(&root, "zz", "specs/004-x/plan.md").is_err());
}

#[test]
fn checkout_is_refused_while_spec_documents_have_uncommitted_changes() {
    let (_tmp, root) = repo_with_branch();
    write(&root, "specs/001-albums/plan.md", "# edited, not committed\n");
    let repo = Repository::open(&root).unwrap();
    let err = actions::checkout(&repo, "004-x").unwrap_err().to_string();
    assert!(
        err.contains("uncommitted changes") && err.contains("specs/001-albums/plan.md"),
        "{err}"
    );
    assert_eq!(git(&root, &["branch", "--show-current"]).trim(), "main");
    git(&root, &["checkout", "--", "."]);
    actions::checkout(&repo, "004-x").unwrap();
    assert_eq!(git(&root, &["branch", "--show-current"]).trim(), "004-x");
    assert!(actions::checkout(&repo, "--force").is_err(), "never an option");
}

#[test]
fn a_worktree_is_an_editable_copy_and_the_checkout_is_untouched() {
    let (tmp, root) = repo_with_branch();
    let folder = tmp.path().join("wt-004");
    actions::add_worktree(&root, "004-x", &folder).unwrap();
    assert_eq!(
        fs::read_to_string(folder.join("specs/004-x/plan.md")).unwrap(),
        PLAN
    );
    fs::write(folder.join("specs/004-x/plan.md"), "# changed in the worktree\n").unwrap();
    assert!(!root.join("specs/004-x").exists());
    assert_eq!(git(&root, &["status", "--porcelain"]), "");
    let p = portfolio(&root);
    let source = p.source_of(row(&p, "004-x"));
    assert_eq!(source.worktree.as_deref(), Some(folder.to_str().unwrap()));
}

#[test]
fn fetch_brings_new_remote_branches_and_says_clearly_when_the_remote_is_missing() {
    let (tmp, work) = repo_with_branch();
    let (bare, clone) = remote_and_clone(tmp.path(), &work);
    push_new_branch(&work, &bare, "009-new", "specs/009-new/spec.md");
    let mut heard = Vec::new();
    actions::fetch(&clone, |line| heard.push(line.to_string())).unwrap();
    assert!(
        heard.iter().any(|line| line.contains("009-new")),
        "progress lines as git prints them: {heard:?}"
    );
    assert_eq!(
        portfolio(&clone)
            .source_of(row(&portfolio(&clone), "009-new"))
            .name,
        "origin/009-new"
    );
    fs::rename(&bare, tmp.path().join("gone.git")).unwrap();
    let err = actions::fetch(&clone, |_| {}).unwrap_err();
    assert_eq!(err.kind(), "git");
    assert!(
        err.to_string().contains("the remote repository was not found"),
        "{err}"
    );
}

#[test]
fn the_git_watcher_sees_a_commit_on_another_branch() {
    let (_tmp, root) = repo_with_branch();
    let (tx, rx) = std::sync::mpsc::channel();
    let _watcher = watch::GitWatcher::start(&root, move || {
        let _ = tx.send(());
    })
    .unwrap()
    .expect("a git repository");
    // A commit on 004-x made without touching the checkout (plumbing, as another tool would).
    let tree = git(&root, &["rev-parse", "004-x^{tree}"]);
    let parent = git(&root, &["rev-parse", "004-x"]);
    let commit = git(
        &root,
        &["commit-tree", tree.trim(), "-p", parent.trim(), "-m", "more"],
    );
    git(&root, &["update-ref", "refs/heads/004-x", commit.trim()]);
    rx.recv_timeout(std::time::Duration::from_secs(5))
        .expect("the ref's change is seen");
}
