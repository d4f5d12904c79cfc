//! A commit's tree as a [`FolderTree`]: the layout rules of [`crate::repo::layout`] and the
//! discovery rules of [`crate::repo::discover`] run on git objects exactly as they run on disk.
//!
//! Nothing is checked out: folders are tree objects, read from the object database (loose or
//! packed) by id. A `.gitignore`d path is not in a commit, so the walk needs no ignore rules;
//! the others (hidden folders, build output, template folders, `.specify/specs`, `kitty-specs`,
//! `.specify/feature.json`) are the very functions the disk walk uses.

use crate::repo::discover::{self, feature_json_dir, is_specs_root_rel, worth_descending_rel};
use crate::repo::layout::{EntryKind, FolderTree, TreeEntry};
use gix::ObjectId;
use std::collections::HashMap;

/// How deep the walk for specs roots goes (as on disk).
const MAX_DEPTH: usize = 12;

/// Trees of one repository, read by id.
pub(crate) struct GitTree<'r> {
    pub repo: &'r gix::Repository,
}

impl FolderTree for GitTree<'_> {
    type Folder = ObjectId;

    fn entries(&self, folder: &ObjectId, rel: &str) -> Option<Vec<TreeEntry<ObjectId>>> {
        let tree = self.repo.find_tree(*folder).ok()?;
        let decoded = tree.decode().ok()?;
        Some(
            decoded
                .entries
                .iter()
                .map(|e| {
                    let name = String::from_utf8_lossy(e.filename).into_owned();
                    let kind = if e.mode.is_tree() {
                        EntryKind::Folder(e.oid.to_owned())
                    } else if e.mode.is_link() {
                        EntryKind::Symlink
                    } else if e.mode.is_blob() {
                        EntryKind::File
                    } else {
                        EntryKind::Other
                    };
                    TreeEntry {
                        rel: join(rel, &name),
                        name,
                        kind,
                    }
                })
                .collect(),
        )
    }
}

/// `a/b` + `c` → `a/b/c`; `""` + `c` → `c`.
pub(crate) fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}/{name}")
    }
}

/// The specs roots found below one sub-tree, relative to it (the walk of a folder that is
/// neither the root nor `.specify` depends only on its contents and depth: cached by both).
type SubtreeRoots = Vec<(String, ObjectId)>;

/// Memo of [`specs_roots`] walks, by (tree id, depth).
#[derive(Default)]
pub(crate) struct WalkMemo {
    subtrees: HashMap<(ObjectId, usize), SubtreeRoots>,
    used: HashMap<(ObjectId, usize), SubtreeRoots>,
}

impl WalkMemo {
    /// Forget what the last read did not use (keeps the memo as large as one portfolio).
    pub fn sweep(&mut self) {
        self.subtrees = std::mem::take(&mut self.used);
    }
}

/// The specs roots of the commit tree `root` (repository-relative paths and tree ids), in the
/// order the disk discovery gives ([`discover::find_specs_roots`]): the root's own `specs/`
/// first, then by depth and path.
pub(crate) fn specs_roots(tree: &GitTree, root: ObjectId, memo: &mut WalkMemo) -> Vec<(String, ObjectId)> {
    let mut roots = walk(tree, root, "", 0, memo);
    // `.specify/feature.json` names a feature whose folder becomes a root (unless inside one).
    if let Some(dir) = feature_json_folder(tree, root) {
        let inside = roots
            .iter()
            .any(|(r, _)| dir == *r || dir.starts_with(&format!("{r}/")));
        if !inside {
            if let Some(id) = folder_id(tree, root, &dir) {
                roots.push((dir, id));
            }
        }
    }
    roots.sort_by_key(|(p, _)| {
        let depth = p.split('/').count();
        let name = p.rsplit('/').next().unwrap_or(p);
        (depth, name != "specs", p.clone())
    });
    roots.dedup_by(|a, b| a.0 == b.0);
    roots
}

/// The specs roots below the folder `id` at `rel` (`depth` components below the root).
fn walk(
    tree: &GitTree,
    id: ObjectId,
    rel: &str,
    depth: usize,
    memo: &mut WalkMemo,
) -> Vec<(String, ObjectId)> {
    // Below the top level (and outside `.specify`), a folder's roots depend only on its tree.
    let memoable = depth > 0 && rel.split('/').next() != Some(discover::SPECIFY_DIR);
    if memoable {
        if let Some(found) = memo
            .subtrees
            .get(&(id, depth))
            .or_else(|| memo.used.get(&(id, depth)))
        {
            let found = found.clone();
            memo.used.insert((id, depth), found.clone());
            return found.into_iter().map(|(r, id)| (join(rel, &r), id)).collect();
        }
    }
    let mut found = Vec::new();
    for entry in tree.entries(&id, rel).unwrap_or_default() {
        let EntryKind::Folder(child) = entry.kind else {
            continue;
        };
        if is_specs_root_rel(&entry.rel) {
            found.push((entry.rel, child));
        } else if depth + 1 < MAX_DEPTH && worth_descending_rel(&entry.rel) {
            found.extend(walk(tree, child, &entry.rel, depth + 1, memo));
        }
    }
    if memoable {
        let prefix = format!("{rel}/");
        let relative: SubtreeRoots = found
            .iter()
            .map(|(r, id)| (r.strip_prefix(&prefix).unwrap_or(r).to_string(), *id))
            .collect();
        memo.used.insert((id, depth), relative);
    }
    found
}

/// The folder `.specify/feature.json` makes a specs root: the parent of the feature it names,
/// when that is a relative path inside the repository (not the root itself).
fn feature_json_folder(tree: &GitTree, root: ObjectId) -> Option<String> {
    let text = blob_text(tree, root, discover::FEATURE_JSON)?;
    let dir = feature_json_dir(&text)?;
    let clean: Vec<&str> = dir
        .trim_end_matches('/')
        .split('/')
        .filter(|c| *c != ".")
        .collect();
    if dir.starts_with('/') || clean.iter().any(|c| c.is_empty() || *c == "..") || clean.len() < 2 {
        return None;
    }
    folder_id(tree, root, &clean.join("/"))?;
    Some(clean[..clean.len() - 1].join("/"))
}

/// The tree id at repository-relative `path` of the tree `root`.
pub(crate) fn folder_id(tree: &GitTree, root: ObjectId, path: &str) -> Option<ObjectId> {
    entry_at(tree, root, path, gix::objs::tree::EntryMode::is_tree)
}

/// The id of the entry at `path` of the tree `root`, when its mode passes `kind`.
fn entry_at(
    tree: &GitTree,
    root: ObjectId,
    path: &str,
    kind: fn(&gix::objs::tree::EntryMode) -> bool,
) -> Option<ObjectId> {
    let entry = tree
        .repo
        .find_tree(root)
        .ok()?
        .lookup_entry_by_path(path)
        .ok()??;
    kind(&entry.mode()).then(|| entry.object_id())
}

/// The UTF-8 text of the blob at `path` of the tree `root`.
fn blob_text(tree: &GitTree, root: ObjectId, path: &str) -> Option<String> {
    let id = entry_at(tree, root, path, gix::objs::tree::EntryMode::is_blob)?;
    let blob = tree.repo.find_blob(id).ok()?;
    String::from_utf8(blob.data.clone()).ok()
}
