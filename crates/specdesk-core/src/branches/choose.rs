//! Which copy of a feature a portfolio shows, when several sources have it.
//!
//! spec-kit's convention first: a feature whose folder is named like a branch (`004-x` on
//! branch `004-x` or `origin/004-x`) is shown from that branch, the checkout's copy before a
//! local branch's before a remote-tracking one. Otherwise the copy whose last commit touching
//! the folder is the newest wins. Copies that are all the same tree are the same content: the
//! first source in portfolio order shows it (the checkout, then local, then remote branches) and
//! no history is walked. Every other source having the feature is "also on".

use super::sources::{Found, SourceKind};
use gix::ObjectId;
use std::collections::HashMap;

/// How many commits the search for a folder's last change looks at, per branch.
const MAX_WALK: usize = 2000;

/// One source's copy of a feature.
pub(crate) struct Copy {
    /// Index in the sources.
    pub source: usize,
    /// The feature folder's tree id in that source's commit (`None` for a checkout read from
    /// disk whose HEAD does not have the folder).
    pub tree: Option<ObjectId>,
}

/// When a folder last changed on a branch: the committer time (seconds) of the newest commit
/// of the branch's first-parent history whose folder differs from its parent's. Cached by
/// (tip commit, folder path).
#[derive(Default)]
pub(crate) struct TouchMemo {
    times: HashMap<(ObjectId, String), Option<i64>>,
    used: HashMap<(ObjectId, String), Option<i64>>,
}

impl TouchMemo {
    /// Forget what the last read did not use.
    pub fn sweep(&mut self) {
        self.times = std::mem::take(&mut self.used);
    }

    /// When `folder` last changed on the history ending at `tip`.
    pub fn last_change(&mut self, repo: &gix::Repository, tip: ObjectId, folder: &str) -> Option<i64> {
        let key = (tip, folder.to_string());
        let time = match self.times.get(&key).or_else(|| self.used.get(&key)) {
            Some(t) => *t,
            None => last_change(repo, tip, folder),
        };
        self.used.insert(key, time);
        time
    }
}

/// The id of the tree or blob at `folder` in `commit`.
fn folder_at(commit: &gix::Commit, folder: &str) -> Option<ObjectId> {
    commit
        .tree()
        .ok()?
        .lookup_entry_by_path(folder)
        .ok()
        .flatten()
        .map(|e| e.object_id())
}

fn last_change(repo: &gix::Repository, tip: ObjectId, folder: &str) -> Option<i64> {
    let mut commit = repo.find_commit(tip).ok()?;
    let mut id = folder_at(&commit, folder);
    for _ in 0..MAX_WALK {
        let time = commit.time().ok().map(|t| t.seconds);
        let Some(parent) = commit.parent_ids().next().map(|p| p.detach()) else {
            return time; // the root commit added it
        };
        // A shallow clone's boundary: the parent is not there.
        let Ok(parent) = repo.find_commit(parent) else {
            return time;
        };
        let parent_id = folder_at(&parent, folder);
        if parent_id != id {
            return time;
        }
        id = parent_id;
        commit = parent;
    }
    None
}

/// The index (in `copies`, in portfolio order) of the copy to show, given the sources, the
/// feature's folder name and its path in git's trees (`git_path`).
pub(crate) fn choose(
    repo: Option<&gix::Repository>,
    sources: &[Found],
    copies: &[Copy],
    dir_name: &str,
    git_path: &str,
    touches: &mut TouchMemo,
) -> usize {
    // Its own branch: the checkout first, then local, then remote-tracking.
    let own = copies
        .iter()
        .enumerate()
        .filter(|(_, c)| sources[c.source].source.branch.as_deref() == Some(dir_name))
        .min_by_key(|(_, c)| rank(sources[c.source].source.kind));
    if let Some((i, _)) = own {
        return i;
    }
    let first_tree = copies[0].tree;
    if copies.iter().all(|c| c.tree == first_tree) {
        return 0;
    }
    let Some(repo) = repo else { return 0 };
    let mut best = 0;
    let mut best_time = None;
    for (i, copy) in copies.iter().enumerate() {
        let time = sources[copy.source]
            .commit
            .and_then(|tip| touches.last_change(repo, tip, git_path));
        if time > best_time {
            best = i;
            best_time = time;
        }
    }
    best
}

fn rank(kind: SourceKind) -> u8 {
    match kind {
        SourceKind::Checkout => 0,
        SourceKind::Local => 1,
        SourceKind::Detached => 2,
        SourceKind::Remote => 3,
    }
}
