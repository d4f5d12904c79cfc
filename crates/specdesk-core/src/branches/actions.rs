//! What the "All branches" review does besides reading: show one document of another branch
//! (read from git objects, read-only) and the three explicit writes, each through the user's
//! own `git` command so that their hooks, credentials and signing apply: `git fetch --prune`,
//! `git checkout <branch>` (refused while spec documents have uncommitted changes) and
//! `git worktree add <folder> <branch>`.

use super::sources;
use crate::error::{CoreError, Result};
use crate::git;
use crate::repo::Repository;
use crate::store::{text_of_bytes, TextFile};
use gix::ObjectId;
use std::path::Path;
use std::process::{Command, Stdio};

/// The document at repository-relative `rel_path` as it is in `commit` (hex) of the repository
/// at `root`: read from git objects, refused as the store refuses a file (too large, binary,
/// not UTF-8). `rel_path` must be a plain relative path (no `..`, no leading `/`).
pub fn read_document(root: &Path, commit: &str, rel_path: &str) -> Result<TextFile> {
    let invalid = |message: String| CoreError::Invalid { message };
    if rel_path.starts_with('/') || rel_path.split('/').any(|c| c.is_empty() || c == "." || c == "..") {
        return Err(invalid(format!("{rel_path}: not a path inside the repository")));
    }
    let id =
        ObjectId::from_hex(commit.as_bytes()).map_err(|_| invalid(format!("{commit}: not a commit id")))?;
    let repo = sources::open(root)?.ok_or_else(|| CoreError::Git {
        path: root.to_path_buf(),
        message: "not a git repository".to_string(),
    })?;
    let not_found = || CoreError::NotFound {
        path: root.join(rel_path),
    };
    let tree = repo
        .find_commit(id)
        .map_err(|e| CoreError::Git {
            path: root.to_path_buf(),
            message: e.to_string(),
        })?
        .tree()
        .map_err(|_| not_found())?;
    // The opened folder may be below the top of the git work tree.
    let prefix = match repo.workdir().and_then(|w| std::fs::canonicalize(w).ok()) {
        Some(top) if root.starts_with(&top) && root != top => format!("{}/", crate::repo::rel(&top, root)),
        _ => String::new(),
    };
    let entry = tree
        .lookup_entry_by_path(format!("{prefix}{rel_path}"))
        .ok()
        .flatten()
        .filter(|e| e.mode().is_blob())
        .ok_or_else(not_found)?;
    let blob = entry.object().map_err(|_| not_found())?.detach();
    text_of_bytes(&root.join(rel_path), blob.data)
}

/// The user's `git` in `root`, never prompting on a terminal nobody sees (credential helpers
/// still run), in the C locale so that [`explain`] can read its errors.
fn git_command(root: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("git");
    command
        .arg("-C")
        .arg(root)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("LC_ALL", "C")
        .stdin(Stdio::null());
    command
}

fn could_not_run(root: &Path, e: std::io::Error) -> CoreError {
    CoreError::Git {
        path: root.to_path_buf(),
        message: format!("could not run git: {e}"),
    }
}

/// git's outcome: its error output as the message when it failed.
fn outcome(root: &Path, success: bool, stderr: &[u8]) -> Result<String> {
    let stderr = String::from_utf8_lossy(stderr)
        .replace('\r', "\n")
        .trim()
        .to_string();
    if !success {
        return Err(CoreError::Git {
            path: root.to_path_buf(),
            message: explain(&stderr),
        });
    }
    Ok(stderr)
}

/// Run the user's `git` in `root` for a write; its error output becomes the message.
fn run_git(root: &Path, args: &[&str]) -> Result<String> {
    let output = git_command(root, args)
        .output()
        .map_err(|e| could_not_run(root, e))?;
    outcome(root, output.status.success(), &output.stderr)
}

/// git's error in a sentence a product lead can act on, git's own words kept after it.
fn explain(stderr: &str) -> String {
    let lower = stderr.to_ascii_lowercase();
    let hint = if lower.contains("does not appear to be a git repository")
        || lower.contains("repository not found")
        || lower.contains("no such remote")
    {
        "the remote repository was not found"
    } else if lower.contains("could not resolve host")
        || lower.contains("network is unreachable")
        || lower.contains("connection timed out")
        || lower.contains("failed to connect")
    {
        "the remote cannot be reached (offline?)"
    } else if lower.contains("permission denied")
        || lower.contains("authentication failed")
        || lower.contains("could not read from remote repository")
        || lower.contains("access denied")
    {
        "the remote refused the request (access or credentials)"
    } else {
        "git failed"
    };
    // git's first fatal or error line says what happened; the rest is advice.
    let lines = || stderr.lines().map(str::trim).filter(|l| !l.is_empty());
    let said = lines()
        .find(|l| l.starts_with("fatal:") || l.starts_with("error:"))
        .or_else(|| lines().last());
    match said {
        Some(line) => format!("{hint}: {line}"),
        None => hint.to_string(),
    }
}

/// `git fetch --prune` (every remote); returns git's progress output. Never run automatically.
/// `on_progress` hears each progress line as git prints it ("Receiving objects:  45% (9/20)").
pub fn fetch(root: &Path, mut on_progress: impl FnMut(&str)) -> Result<String> {
    use std::io::Read;
    let mut child = git_command(root, &["fetch", "--all", "--prune", "--progress"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| could_not_run(root, e))?;
    let mut all = Vec::new();
    if let Some(mut stderr) = child.stderr.take() {
        let (mut buffer, mut line) = ([0u8; 4096], Vec::new());
        // git rewrites a progress line with `\r`: each one is a step worth showing.
        while let Ok(read) = stderr.read(&mut buffer) {
            if read == 0 {
                break;
            }
            for &byte in &buffer[..read] {
                all.push(byte);
                if byte == b'\r' || byte == b'\n' {
                    if !line.is_empty() {
                        on_progress(String::from_utf8_lossy(&line).trim());
                        line.clear();
                    }
                } else {
                    line.push(byte);
                }
            }
        }
        if !line.is_empty() {
            on_progress(String::from_utf8_lossy(&line).trim());
        }
    }
    let status = child.wait().map_err(|e| could_not_run(root, e))?;
    outcome(root, status.success(), &all)
}

/// `git checkout <branch>` in the checkout of `repo`, refused while spec documents have
/// uncommitted changes (they would be carried over or block the switch). A remote-tracking
/// branch (`origin/x`) is checked out as the local branch `x` tracking it.
pub fn checkout(repo: &Repository, branch: &str) -> Result<()> {
    check_branch_name(branch)?;
    let specs: Vec<&str> = repo.specs_dirs.iter().map(|d| d.rel_path.as_str()).collect();
    let changed = git::changed_files(&repo.root, &specs).ok_or_else(|| CoreError::Git {
        path: repo.root.clone(),
        message: "git could not list uncommitted changes".to_string(),
    })?;
    if !changed.is_empty() {
        let names: Vec<&str> = changed.iter().take(3).map(|c| c.rel_path.as_str()).collect();
        let more = if changed.len() > 3 { ", …" } else { "" };
        return Err(CoreError::Refused {
            reason: crate::i18n::Message::new("error-uncommitted-specs")
                .arg("count", changed.len())
                .arg("files", format!("{}{more}", names.join(", "))),
        });
    }
    if is_local_branch(&repo.root, branch)? {
        run_git(&repo.root, &["checkout", branch])?;
    } else {
        run_git(&repo.root, &["checkout", "--track", branch])?;
    }
    Ok(())
}

/// `git worktree add <folder> <branch>` (a remote-tracking branch gets a local branch of its own
/// name); `folder` must not exist yet or be empty.
pub fn add_worktree(root: &Path, branch: &str, folder: &Path) -> Result<()> {
    check_branch_name(branch)?;
    let folder_arg = folder.to_string_lossy().into_owned();
    if is_local_branch(root, branch)? {
        run_git(root, &["worktree", "add", &folder_arg, branch])?;
    } else {
        let name = branch.split_once('/').map_or(branch, |(_, b)| b);
        run_git(
            root,
            &["worktree", "add", "--track", "-b", name, &folder_arg, branch],
        )?;
    }
    Ok(())
}

/// Whether `branch` is a local branch (`refs/heads/…`) of the repository at `root`.
fn is_local_branch(root: &Path, branch: &str) -> Result<bool> {
    let name = format!("refs/heads/{branch}");
    Ok(sources::open(root)?.is_some_and(|r| r.try_find_reference(name.as_str()).ok().flatten().is_some()))
}

/// A branch name as git would accept it, and never an option.
fn check_branch_name(branch: &str) -> Result<()> {
    let bad = branch.is_empty()
        || branch.starts_with('-')
        || branch.contains("..")
        || branch
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "~^:?*[\\".contains(c));
    if bad {
        return Err(CoreError::Refused {
            reason: crate::i18n::Message::new("error-not-a-branch").arg("branch", branch),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::explain;

    #[test]
    fn git_errors_are_said_in_words_with_gits_own_line() {
        let offline = explain("fatal: unable to access 'https://example.invalid/r.git/': Could not resolve host: example.invalid");
        assert!(
            offline.starts_with("the remote cannot be reached (offline?): fatal: unable to access"),
            "{offline}"
        );
        let refused = explain("git@host: Permission denied (publickey).\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights");
        assert_eq!(
            refused,
            "the remote refused the request (access or credentials): fatal: Could not read from remote repository."
        );
        assert_eq!(explain(""), "git failed");
    }
}
