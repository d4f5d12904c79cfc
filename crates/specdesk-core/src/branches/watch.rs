//! Live "All branches": a watcher on the git directory that calls back when a branch may have
//! moved — a commit on any branch (its ref), a branch created, deleted or fetched (`refs/`,
//! `packed-refs`), a checkout (`HEAD`), a worktree added or removed or its HEAD moved
//! (`worktrees/`). Objects, the index and logs are ignored: a ref moving is what changes a
//! branch's tree. The callback only says "look again": [`super::BranchReader`] re-reads just the
//! folders whose tree changed.

use crate::error::{CoreError, Result};
use notify_debouncer_full::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long events settle before the callback (a fetch writes many refs at once).
const DEBOUNCE: Duration = Duration::from_millis(100);

/// Watching a repository's git directory; dropping it stops.
pub struct GitWatcher {
    _debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    /// The git directory shared by every worktree (`.git` of the main one).
    pub common_dir: PathBuf,
}

/// Whether a changed path (inside the common git directory) can move a branch.
pub fn moves_a_branch(common_dir: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(common_dir) else {
        return false;
    };
    let rel = rel.to_string_lossy();
    let rel = rel.trim_end_matches(".lock");
    rel == "HEAD"
        || rel == "packed-refs"
        || rel == "refs"
        || rel.starts_with("refs/")
        || rel == "worktrees"
        || (rel.starts_with("worktrees/") && !rel.ends_with("/index") && !rel.contains("/logs/"))
}

impl GitWatcher {
    /// Watch the git directory of the repository at `root` (none without git: `Ok(None)`),
    /// calling `on_change` after each settled batch of events that can move a branch.
    pub fn start(root: &Path, on_change: impl Fn() + Send + 'static) -> Result<Option<GitWatcher>> {
        let Some(repo) = super::sources::open(root)? else {
            return Ok(None);
        };
        let common_dir =
            std::fs::canonicalize(repo.common_dir()).unwrap_or_else(|_| repo.common_dir().to_path_buf());
        let err = |e: &dyn std::fmt::Display| CoreError::Watch {
            path: common_dir.clone(),
            message: e.to_string(),
        };
        let filter_dir = common_dir.clone();
        let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
            if let Ok(events) = result {
                if events
                    .iter()
                    .any(|e| e.paths.iter().any(|p| moves_a_branch(&filter_dir, p)))
                {
                    on_change();
                }
            }
        })
        .map_err(|e| err(&e))?;
        // The directory itself (HEAD, packed-refs), refs/ and worktrees/ with what is below.
        debouncer
            .watch(&common_dir, RecursiveMode::NonRecursive)
            .map_err(|e| err(&e))?;
        for sub in ["refs", "worktrees"] {
            let dir = common_dir.join(sub);
            if dir.is_dir() {
                debouncer
                    .watch(&dir, RecursiveMode::Recursive)
                    .map_err(|e| err(&e))?;
            }
        }
        Ok(Some(GitWatcher {
            _debouncer: debouncer,
            common_dir,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs_head_packed_refs_and_worktrees_move_branches_objects_do_not() {
        let git = Path::new("/r/.git");
        for moving in [
            "HEAD",
            "packed-refs",
            "packed-refs.lock",
            "refs/heads/004-x",
            "refs/remotes/origin/005-y",
            "worktrees/wt/HEAD",
            "worktrees",
        ] {
            assert!(moves_a_branch(git, &git.join(moving)), "{moving}");
        }
        for quiet in [
            "objects/ab/cdef",
            "index",
            "logs/HEAD",
            "worktrees/wt/index",
            "FETCH_HEAD",
            "config",
        ] {
            assert!(!moves_a_branch(git, &git.join(quiet)), "{quiet}");
        }
        assert!(!moves_a_branch(git, Path::new("/elsewhere/HEAD")));
    }
}
