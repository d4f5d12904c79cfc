//! Where features can come from: the checkout (the working tree), every local branch, every
//! remote-tracking branch and the HEAD of every linked worktree, read from git's refs (loose
//! files and `packed-refs` alike) with gitoxide.

use crate::error::{CoreError, Result};
use gix::ObjectId;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What kind of place a feature is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum SourceKind {
    /// The opened folder's own files, as on disk (editable).
    Checkout,
    /// A local branch (`refs/heads/…`).
    Local,
    /// A remote-tracking branch (`refs/remotes/origin/…`).
    Remote,
    /// A linked worktree whose HEAD is detached.
    Detached,
}

/// One place features are read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// What the row says: `main`, `004-offline-sync`, `origin/004-offline-sync`, `HEAD of
    /// ../wt (detached at 1a2b3c4)`; for the checkout the branch checked out (or `HEAD
    /// (detached at 1a2b3c4)`, or `working tree` without git).
    pub name: String,
    pub kind: SourceKind,
    /// The branch name without its remote (`004-offline-sync` for `origin/004-offline-sync`):
    /// what spec-kit names a feature's own branch after. `None` for a detached HEAD.
    pub branch: Option<String>,
    /// The full ref name (`refs/heads/main`), when it is a branch.
    pub reference: Option<String>,
    /// The commit read (hex); `None` for a checkout without commits or without git.
    pub commit: Option<String>,
    /// The linked worktree this branch is checked out in (absolute path), if any.
    pub worktree: Option<String>,
}

/// A source and the ids it is read from.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub source: Source,
    pub commit: Option<ObjectId>,
    pub tree: Option<ObjectId>,
}

/// The sources of `repo` and what could not be read, in words. The checkout comes first (when
/// the repository has a working tree), then local branches, remote-tracking branches and
/// detached worktrees, each sorted by name (a bare repository's HEAD branch first). The branch checked out in the working tree is the
/// checkout, not a second source.
pub(crate) fn list(repo: &gix::Repository, notes: &mut Vec<String>) -> Result<Vec<Found>> {
    let git_err = |e: &dyn std::fmt::Display| CoreError::Git {
        path: repo.git_dir().to_path_buf(),
        message: e.to_string(),
    };
    let mut found = Vec::new();
    let head_ref = repo.head_name().map_err(|e| git_err(&e))?.map(|n| n.to_string());
    let worktrees = linked_worktrees(repo, notes);
    if let Some(workdir) = repo.workdir() {
        let head = repo.head().map_err(|e| git_err(&e))?;
        let commit = head.id().map(|id| id.detach());
        let (name, branch) = match (&head_ref, commit) {
            // `head_name` is `None` exactly when HEAD is detached.
            (Some(r), _) => {
                let short = short_name(r);
                (short.to_string(), Some(short.to_string()))
            }
            (None, Some(c)) => {
                notes.push(format!(
                    "HEAD is detached at {}: this checkout is shown as it is on disk.",
                    short_id(c)
                ));
                (format!("HEAD (detached at {})", short_id(c)), None)
            }
            (None, None) => ("HEAD".to_string(), None),
        };
        if head.is_unborn() {
            notes.push("This checkout has no commit yet.".to_string());
        }
        found.push(Found {
            source: Source {
                name,
                kind: SourceKind::Checkout,
                branch,
                reference: head_ref.clone(),
                commit: commit.map(|c| c.to_string()),
                worktree: Some(workdir.to_string_lossy().into_owned()),
            },
            commit,
            tree: commit.and_then(|c| tree_of(repo, c)),
        });
    } else {
        notes.push(
            "Bare repository: there is no checkout; every feature is read from its branch, read-only."
                .to_string(),
        );
    }
    let checkout_ref = if repo.workdir().is_some() {
        head_ref.clone()
    } else {
        None
    };
    let platform = repo.references().map_err(|e| git_err(&e))?;
    for (kind, iter) in [
        (SourceKind::Local, platform.local_branches()),
        (SourceKind::Remote, platform.remote_branches()),
    ] {
        let iter = iter.map_err(|e| git_err(&e))?;
        let mut of_kind = Vec::new();
        for reference in iter {
            let Ok(mut reference) = reference else {
                notes.push("A branch could not be read and is left out.".to_string());
                continue;
            };
            // `origin/HEAD` points at another remote-tracking branch: not a branch of its own.
            if matches!(reference.target(), gix::refs::TargetRef::Symbolic(_)) {
                continue;
            }
            let full = reference.name().as_bstr().to_string();
            if checkout_ref.as_deref() == Some(full.as_str()) {
                continue;
            }
            let short = short_name(&full).to_string();
            let Ok(id) = reference.peel_to_id() else {
                notes.push(format!("{short}: its commit could not be read; left out."));
                continue;
            };
            let commit = id.detach();
            let branch = match kind {
                SourceKind::Remote => short
                    .split_once('/')
                    .map_or(short.clone(), |(_, b)| b.to_string()),
                _ => short.clone(),
            };
            let worktree = worktrees
                .iter()
                .find(|w| w.head_ref.as_deref() == Some(full.as_str()))
                .map(|w| w.path.to_string_lossy().into_owned());
            of_kind.push(Found {
                source: Source {
                    name: short,
                    kind,
                    branch: Some(branch),
                    reference: Some(full),
                    commit: Some(commit.to_string()),
                    worktree,
                },
                commit: Some(commit),
                tree: tree_of(repo, commit),
            });
        }
        // By name; in a bare repository, the branch HEAD names (the default one) first.
        of_kind.sort_by_key(|f| (f.source.reference != head_ref, f.source.name.clone()));
        found.extend(of_kind);
    }
    for w in worktrees.iter().filter(|w| w.head_ref.is_none()) {
        let Some(commit) = w.head else { continue };
        found.push(Found {
            source: Source {
                name: format!("HEAD of {} (detached at {})", w.path.display(), short_id(commit)),
                kind: SourceKind::Detached,
                branch: None,
                reference: None,
                commit: Some(commit.to_string()),
                worktree: Some(w.path.to_string_lossy().into_owned()),
            },
            commit: Some(commit),
            tree: tree_of(repo, commit),
        });
    }
    if repo.is_shallow().unwrap_or(false) {
        notes.push(
            "Shallow clone: history stops early, so when a feature last changed may be unknown.".to_string(),
        );
    }
    Ok(found)
}

/// A linked worktree: where it is and what its HEAD is.
struct Worktree {
    path: PathBuf,
    head_ref: Option<String>,
    head: Option<ObjectId>,
}

fn linked_worktrees(repo: &gix::Repository, notes: &mut Vec<String>) -> Vec<Worktree> {
    let Ok(proxies) = repo.worktrees() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for proxy in proxies {
        let path = proxy.base().unwrap_or_else(|_| proxy.git_dir().to_path_buf());
        let Ok(wt_repo) = proxy.into_repo_with_possibly_inaccessible_worktree() else {
            notes.push(format!(
                "Worktree {}: could not be read; left out.",
                path.display()
            ));
            continue;
        };
        let Ok(head) = wt_repo.head() else { continue };
        let head_ref = head.referent_name().map(|n| n.as_bstr().to_string());
        out.push(Worktree {
            path,
            head: head.id().map(|id| id.detach()),
            head_ref,
        });
    }
    out
}

/// The root tree of `commit`.
pub(crate) fn tree_of(repo: &gix::Repository, commit: ObjectId) -> Option<ObjectId> {
    repo.find_commit(commit)
        .ok()?
        .tree_id()
        .ok()
        .map(|id| id.detach())
}

/// `refs/heads/main` → `main`, `refs/remotes/origin/x` → `origin/x`.
fn short_name(full: &str) -> &str {
    full.strip_prefix("refs/heads/")
        .or_else(|| full.strip_prefix("refs/remotes/"))
        .unwrap_or(full)
}

/// The 7-character abbreviation of a commit id.
pub(crate) fn short_id(id: ObjectId) -> String {
    id.to_hex_with_len(7).to_string()
}

/// Open the git repository at or above `path` (a working tree, a linked worktree or a bare
/// repository). `Ok(None)` when there is none.
pub(crate) fn open(path: &Path) -> Result<Option<gix::Repository>> {
    if gix::discover::upwards(path).is_err() {
        return Ok(None);
    }
    let mut repo = gix::discover(path).map_err(|e| CoreError::Git {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    repo.object_cache_size_if_unset(32 * 1024 * 1024);
    Ok(Some(repo))
}
