//! Read-only git awareness through the `git` command line: the current branch, the local
//! branches, and which spec documents have uncommitted changes.
//!
//! SpecDesk never commits, checks out, stashes or otherwise writes to git: every command here
//! only reads, with `GIT_OPTIONAL_LOCKS=0` so that `git status` does not even refresh the index
//! behind the user's back. When git is not installed, the folder is not a git repository, or
//! the repository's root is not the top of a git work tree (e.g. an example repository inside
//! another project), there is simply no git information: [`GitInfo::read`] returns `None` and
//! nothing is an error.

use crate::repo::{Feature, Repository};
use serde::Serialize;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;

/// What git says about a repository, as far as SpecDesk cares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct GitInfo {
    /// The checked-out branch (`001-photo-albums`); `None` on a detached HEAD.
    pub branch: Option<String>,
    /// The feature folder (`specs/001-photo-albums`) the branch is named after, if any.
    pub branch_feature: Option<String>,
    /// Every local branch (`refs/heads/*`, short names), sorted.
    pub local_branches: Vec<String>,
    /// Files under the specs folders with uncommitted changes (untracked included), sorted.
    pub changed: Vec<ChangedFile>,
}

/// A file `git status` reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ChangedFile {
    /// Repository-relative, `/`-separated.
    pub rel_path: String,
    /// The two-letter porcelain status (`" M"`, `"A "`, `"??"`, …).
    pub status: String,
}

impl GitInfo {
    /// Git information of the repository rooted at `root`, with the status of the paths under
    /// `specs_dirs` (repository-relative). `None` when there is no usable git (see the module
    /// documentation).
    pub fn read(root: &Path, specs_dirs: &[&str]) -> Option<GitInfo> {
        let local_branches = local_branches(root)?;
        Some(GitInfo {
            branch: current_branch(root),
            branch_feature: None,
            local_branches: local_branches.to_vec(),
            changed: changed_files(root, specs_dirs).unwrap_or_default(),
        })
    }

    /// Git information of `repo`: [`GitInfo::read`] over its specs folders, with the feature
    /// the current branch is named after.
    pub fn for_repository(repo: &Repository) -> Option<GitInfo> {
        let specs: Vec<&str> = repo.specs_dirs.iter().map(|d| d.rel_path.as_str()).collect();
        let mut info = GitInfo::read(&repo.root, &specs)?;
        info.branch_feature = info
            .branch
            .as_deref()
            .and_then(|b| feature_of_branch(repo, b))
            .map(|f| f.rel_path.clone());
        Some(info)
    }

    /// Whether `rel_path` (a file) has uncommitted changes.
    pub fn is_changed(&self, rel_path: &str) -> bool {
        self.changed.iter().any(|c| c.rel_path == rel_path)
    }
}

/// The feature a branch is named after: `001-photo-albums`, or with a prefix such as
/// `feature/001-photo-albums`.
pub fn feature_of_branch<'a>(repo: &'a Repository, branch: &str) -> Option<&'a Feature> {
    let last = branch.rsplit('/').next().unwrap_or(branch);
    repo.features().find(|f| f.dir_name == last)
}

/// Whether `root` is the top of a git work tree (holds `.git`, a folder or a worktree's file).
/// Checked before running git, so that a folder inside another project never borrows that
/// project's branches.
fn is_work_tree_top(root: &Path) -> bool {
    root.join(".git").exists()
}

/// Run `git -C root args…` and return its standard output when it succeeded.
fn git(root: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let mut command = Command::new("git");
    command.arg("-C").arg(root).args(args);
    if let Some(parent) = root.parent() {
        // Never look for a repository above `root`.
        command.env("GIT_CEILING_DIRECTORIES", parent);
    }
    let output = command
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then_some(output.stdout)
}

/// The local branches of the git repository at `root`, sorted; `None` without usable git.
/// This is what the `unknown-branch` validation rule checks `**Branch**:` values against.
pub fn local_branches(root: &Path) -> Option<Arc<[String]>> {
    if !is_work_tree_top(root) {
        return None;
    }
    let out = git(
        root,
        &["for-each-ref", "--format=%(refname:short)", "refs/heads/"],
    )?;
    let mut branches: Vec<String> = String::from_utf8_lossy(&out)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    branches.sort();
    Some(branches.into())
}

/// The checked-out branch; `None` on a detached HEAD or without usable git. An unborn branch
/// (a fresh repository without commits) is named too.
pub fn current_branch(root: &Path) -> Option<String> {
    if !is_work_tree_top(root) {
        return None;
    }
    let out = git(root, &["symbolic-ref", "--quiet", "--short", "HEAD"])?;
    let name = String::from_utf8_lossy(&out).trim().to_string();
    (!name.is_empty()).then_some(name)
}

/// Files under `specs_dirs` with uncommitted changes (`git status --porcelain=v1 -z`), untracked
/// files listed one by one. `None` without usable git; empty when `specs_dirs` is.
pub fn changed_files(root: &Path, specs_dirs: &[&str]) -> Option<Vec<ChangedFile>> {
    if !is_work_tree_top(root) {
        return None;
    }
    if specs_dirs.is_empty() {
        return Some(Vec::new());
    }
    let mut args = vec!["status", "--porcelain=v1", "-z", "--untracked-files=all", "--"];
    args.extend_from_slice(specs_dirs);
    let out = git(root, &args)?;
    Some(parse_porcelain_z(&out))
}

/// Parse `git status --porcelain=v1 -z` output: `XY path\0`, renames and copies followed by
/// `orig\0`. Paths are relative to the top of the work tree.
pub fn parse_porcelain_z(out: &[u8]) -> Vec<ChangedFile> {
    let mut changed = Vec::new();
    let mut fields = out.split(|&b| b == 0).filter(|f| !f.is_empty());
    while let Some(entry) = fields.next() {
        if entry.len() < 4 || entry[2] != b' ' {
            continue;
        }
        let status = String::from_utf8_lossy(&entry[..2]).into_owned();
        let rel_path = String::from_utf8_lossy(&entry[3..]).into_owned();
        if matches!(entry[0], b'R' | b'C') {
            // The original path follows as its own field; the file now lives at `rel_path`.
            fields.next();
        }
        changed.push(ChangedFile { rel_path, status });
    }
    changed.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    changed.dedup_by(|a, b| a.rel_path == b.rel_path);
    changed
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::fs;
    use std::path::PathBuf;

    pub(crate) fn git_available() -> bool {
        Command::new("git")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    }

    pub(crate) fn run(root: &Path, args: &[&str]) {
        let status = Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    }

    /// A git repository on branch `branch` with `files` committed.
    pub(crate) fn repo_on_branch(branch: &str, files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        run(root, &["init", "-q", "-b", branch]);
        run(root, &["config", "user.name", "SpecDesk Test"]);
        run(root, &["config", "user.email", "test@specdesk.invalid"]);
        run(root, &["config", "commit.gpgsign", "false"]);
        for (rel, text) in files {
            let path = root.join(rel);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        run(root, &["add", "-A"]);
        run(root, &["commit", "-q", "-m", "initial"]);
        dir
    }

    #[test]
    fn reads_branch_branches_and_changed_spec_files() {
        if !git_available() {
            eprintln!("skipping: git not installed");
            return;
        }
        let dir = repo_on_branch(
            "002-share-albums",
            &[
                ("specs/001-albums/plan.md", "# Plan\n"),
                ("specs/002-share-albums/plan.md", "# Plan\n"),
                ("specs/002-share-albums/spec.md", "# Spec\n"),
                ("README.md", "readme\n"),
            ],
        );
        let root = dir.path();
        run(root, &["branch", "001-albums"]);
        fs::write(root.join("specs/002-share-albums/plan.md"), "# Plan\nedited\n").unwrap();
        fs::create_dir_all(root.join("specs/003-new/checklists")).unwrap();
        fs::write(root.join("specs/003-new/checklists/ux.md"), "- [ ] x\n").unwrap();
        fs::write(root.join("specs/001-albums/spec ü.md"), "new\n").unwrap();
        fs::write(root.join("README.md"), "changed outside specs\n").unwrap();
        run(
            root,
            &[
                "mv",
                "specs/002-share-albums/spec.md",
                "specs/002-share-albums/spec2.md",
            ],
        );

        let info = GitInfo::read(root, &["specs"]).unwrap();
        assert_eq!(info.branch.as_deref(), Some("002-share-albums"));
        assert_eq!(info.local_branches, ["001-albums", "002-share-albums"]);
        let paths: Vec<_> = info.changed.iter().map(|c| c.rel_path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "specs/001-albums/spec ü.md",
                "specs/002-share-albums/plan.md",
                "specs/002-share-albums/spec2.md",
                "specs/003-new/checklists/ux.md",
            ]
        );
        assert!(info.is_changed("specs/002-share-albums/plan.md"));
        assert!(!info.is_changed("specs/001-albums/plan.md"));
        assert_eq!(info.changed[1].status, " M");
        assert_eq!(info.changed[3].status, "??");
        // Reading changed nothing: the edit is still uncommitted, no index lock left.
        assert!(!root.join(".git/index.lock").exists());
        assert_eq!(
            GitInfo::read(root, &["specs"]).unwrap().changed.len(),
            4,
            "read-only"
        );
    }

    #[test]
    fn the_branch_names_its_feature() {
        let dir = tempfile::tempdir().unwrap();
        for rel in ["specs/001-albums", "specs/002-share-albums"] {
            fs::create_dir_all(dir.path().join(rel)).unwrap();
        }
        let repo = Repository::scan(dir.path().to_path_buf()).unwrap();
        let found = |b: &str| feature_of_branch(&repo, b).map(|f| f.rel_path.clone());
        assert_eq!(
            found("002-share-albums").as_deref(),
            Some("specs/002-share-albums")
        );
        assert_eq!(found("feature/001-albums").as_deref(), Some("specs/001-albums"));
        assert_eq!(found("main"), None);
        assert_eq!(found("002-share"), None);
        if !git_available() {
            return;
        }
        run(dir.path(), &["init", "-q", "-b", "feature/002-share-albums"]);
        let info = GitInfo::for_repository(&repo).unwrap();
        assert_eq!(info.branch_feature.as_deref(), Some("specs/002-share-albums"));
    }

    #[test]
    fn detached_head_and_unborn_branch() {
        if !git_available() {
            eprintln!("skipping: git not installed");
            return;
        }
        let dir = repo_on_branch("main", &[("specs/001-a/plan.md", "# P\n")]);
        run(dir.path(), &["checkout", "-q", "--detach"]);
        let info = GitInfo::read(dir.path(), &["specs"]).unwrap();
        assert_eq!(info.branch, None);
        assert_eq!(info.local_branches, ["main"]);

        let fresh = tempfile::tempdir().unwrap();
        run(fresh.path(), &["init", "-q", "-b", "001-start"]);
        let info = GitInfo::read(fresh.path(), &[]).unwrap();
        assert_eq!(info.branch.as_deref(), Some("001-start"));
        assert!(info.local_branches.is_empty());
        assert!(info.changed.is_empty());
    }

    #[test]
    fn no_git_information_without_a_work_tree_of_its_own() {
        // Not a repository at all.
        let plain = tempfile::tempdir().unwrap();
        assert_eq!(GitInfo::read(plain.path(), &["specs"]), None);
        // A fake `.git` folder (git refuses it).
        fs::create_dir(plain.path().join(".git")).unwrap();
        assert_eq!(GitInfo::read(plain.path(), &["specs"]), None);
        if !git_available() {
            return;
        }
        // A folder inside another project's work tree does not borrow its branches.
        let outer = repo_on_branch("main", &[("examples/demo/specs/001-a/plan.md", "# P\n")]);
        let inner: PathBuf = outer.path().join("examples/demo");
        assert_eq!(GitInfo::read(&inner, &["specs"]), None);
        assert_eq!(local_branches(&inner), None);
    }

    #[test]
    fn repository_checks_report_plans_naming_missing_branches() {
        if !git_available() {
            eprintln!("skipping: git not installed");
            return;
        }
        let plan = |dir: &str| {
            format!("# Implementation Plan (Lite): X\n\n**Branch**: `{dir}` | **Date**: 2026-03-09 | **Spec**: [spec.md](./spec.md)\n")
        };
        let dir = repo_on_branch(
            "main",
            &[
                ("specs/001-albums/plan.md", &plan("001-albums")),
                ("specs/002-share/plan.md", &plan("002-share")),
            ],
        );
        run(dir.path(), &["branch", "002-share"]);
        let repo = Repository::open(dir.path()).unwrap();
        let store = crate::store::Store::new(&repo.root).unwrap();
        let template = crate::template::Template::builtin_lite();
        let check = crate::check::check_repository(&repo, &store, &template);
        let unknown: Vec<_> = check
            .plans
            .iter()
            .filter(|p| p.diagnostics.iter().any(|d| d.code == "SD016"))
            .map(|p| p.feature.as_str())
            .collect();
        assert_eq!(unknown, ["001-albums"]);
        let status = crate::check::repository_status(&repo, &store, &template);
        let warnings: Vec<_> = status
            .features
            .iter()
            .map(|f| f.diagnostics.map(|d| d.infos))
            .collect();
        assert_eq!(
            warnings[0].unwrap(),
            warnings[1].unwrap() + 1,
            "the sidebar counts it too (as information)"
        );
    }

    #[test]
    fn porcelain_parsing_handles_renames_and_odd_names() {
        let out = b"R  specs/a/new.md\0specs/a/old.md\0 M specs/b/plan.md\0?? specs/c d/x.md\0xx\0";
        let changed = parse_porcelain_z(out);
        let got: Vec<_> = changed
            .iter()
            .map(|c| (c.status.as_str(), c.rel_path.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("R ", "specs/a/new.md"),
                (" M", "specs/b/plan.md"),
                ("??", "specs/c d/x.md")
            ]
        );
        assert!(parse_porcelain_z(b"").is_empty());
    }
}
