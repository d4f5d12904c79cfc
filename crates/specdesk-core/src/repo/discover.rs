//! Finding a repository's specs roots: the folders that hold feature folders.
//!
//! - `specs/` at any depth (`specs`, `docs/specs`, `docs/archive/specs`, `services/x/specs`);
//! - `.specify/specs/` (older spec-kit layouts keep features there);
//! - `kitty-specs/` (Spec Kitty, a spec-kit fork);
//! - the folder holding the feature named by `.specify/feature.json` (`feature_directory`,
//!   written by spec-kit 1.x's `create-new-feature`).
//!
//! The tree is walked the way git sees it, with the `ignore` crate: `.gitignore`d paths are
//! skipped, so are hidden folders (but `.specify`), build output and vendored trees
//! (`node_modules`, `target`, `vendor`, …, also where no `.gitignore` names them) and template
//! folders (`templates/`, `.specify/presets`, `.specify/extensions`). The walk never descends
//! into a specs root: what is inside one is [`super::layout`]'s job. The specs folders at the
//! root itself are always looked at, even when ignored.
//!
//! Besides the roots the walk returns every folder it went through: the watcher watches them
//! so that a specs root appearing anywhere is seen at once.

use super::rel;
use ignore::WalkBuilder;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Folder names that are a specs root wherever they are (outside hidden folders).
pub const ROOT_NAMES: &[&str] = &["specs", "kitty-specs"];

/// Folders never searched for specs roots (also when no `.gitignore` names them).
pub const SKIPPED_DIRS: &[&str] = &[
    "node_modules",
    "target",
    "dist",
    "build",
    "vendor",
    "venv",
    "__pycache__",
    "templates",
];

/// Hidden folders are skipped but this one (it may hold `specs/` and `feature.json`).
pub const SPECIFY_DIR: &str = ".specify";

/// Folders of `.specify/` that hold templates or tooling, never features.
const SPECIFY_TOOLING: &[&str] = &["templates", "presets", "extensions", "scripts", "memory"];

/// `.specify/feature.json`, relative to the root.
pub const FEATURE_JSON: &str = ".specify/feature.json";

/// How deep the walk goes: far enough for any real layout, bounded against pathological trees.
const MAX_DEPTH: usize = 12;

/// At most this many walked folders are returned for watching (inotify watches are a limited
/// resource shared by every program of the user).
pub const MAX_WALKED_DIRS: usize = 4096;

/// The specs roots of the repository at `root` (absolute, sorted by depth then path) and the
/// folders the walk went through (absolute, at most [`MAX_WALKED_DIRS`]).
pub fn find_specs_roots(root: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let found = Arc::new(Mutex::new(BTreeSet::new()));
    let walked = Arc::new(Mutex::new(Vec::new()));
    let walker = {
        let found = found.clone();
        let root_owned = root.to_path_buf();
        WalkBuilder::new(root)
            .hidden(false)
            .git_ignore(true)
            .git_exclude(true)
            .git_global(false)
            .ignore(false)
            .parents(false)
            .require_git(false)
            .follow_links(false)
            .max_depth(Some(MAX_DEPTH))
            .filter_entry(move |entry| {
                if !entry.file_type().is_some_and(|t| t.is_dir()) {
                    return false;
                }
                let path = entry.path();
                if path == root_owned {
                    return true;
                }
                if is_specs_root(&root_owned, path) {
                    lock(&found).insert(path.to_path_buf());
                    return false;
                }
                worth_descending(&root_owned, path)
            })
            .build()
    };
    for entry in walker.flatten() {
        let mut walked = lock(&walked);
        if walked.len() < MAX_WALKED_DIRS {
            walked.push(entry.into_path());
        }
    }
    let mut roots: BTreeSet<PathBuf> = lock(&found).clone();
    // The root's own specs folders count even when .gitignore'd.
    for name in ROOT_NAMES {
        let dir = root.join(name);
        if dir.is_dir() && !is_symlink(&dir) {
            roots.insert(dir);
        }
    }
    let specify_specs = root.join(SPECIFY_DIR).join("specs");
    if specify_specs.is_dir() && !is_symlink(&specify_specs) {
        roots.insert(specify_specs);
    }
    // A root inside another one would list its features twice.
    if let Some(dir) = feature_json_root(root).filter(|dir| !roots.iter().any(|r| dir.starts_with(r))) {
        roots.insert(dir);
    }
    let mut roots: Vec<PathBuf> = roots.into_iter().collect();
    // The root's own `specs/` first, then by depth and path.
    roots.sort_by_key(|p| {
        (
            p.components().count(),
            p.file_name().is_none_or(|n| n != "specs"),
            p.clone(),
        )
    });
    let walked = lock(&walked).clone();
    (roots, walked)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Whether `path` (a folder below `root`) is a specs root by its name and place.
pub fn is_specs_root(root: &Path, path: &Path) -> bool {
    path.strip_prefix(root).is_ok() && is_specs_root_rel(&rel(root, path))
}

/// Whether the folder at repository-relative `rel` (`/`-separated) is a specs root by its name
/// and place: the rule of [`is_specs_root`], for a folder on disk or in a git tree.
pub(crate) fn is_specs_root_rel(rel: &str) -> bool {
    let (parent, name) = rel.rsplit_once('/').unwrap_or(("", rel));
    if parent == SPECIFY_DIR {
        return name == "specs";
    }
    ROOT_NAMES.contains(&name) && !inside_hidden(rel)
}

/// Whether the walk goes into `path` (a folder below `root` that is not a specs root).
fn worth_descending(root: &Path, path: &Path) -> bool {
    path.strip_prefix(root).is_ok() && worth_descending_rel(&rel(root, path))
}

/// Whether the walk for specs roots goes into the folder at repository-relative `rel` (not a
/// specs root): [`find_specs_roots`]'s rule, for a folder on disk or in a git tree.
pub(crate) fn worth_descending_rel(rel: &str) -> bool {
    let (parent, name) = rel.rsplit_once('/').unwrap_or(("", rel));
    if name.is_empty() {
        return false;
    }
    if parent.is_empty() && name == SPECIFY_DIR {
        return true;
    }
    if parent == SPECIFY_DIR {
        return !SPECIFY_TOOLING.contains(&name);
    }
    !name.starts_with('.') && !SKIPPED_DIRS.contains(&name)
}

/// Whether a component of repository-relative `rel` is hidden (other than `.specify` at the
/// top).
fn inside_hidden(rel: &str) -> bool {
    rel.split('/')
        .enumerate()
        .any(|(i, name)| name.starts_with('.') && !(i == 0 && name == SPECIFY_DIR))
}

/// The `feature_directory` a `.specify/feature.json` names, trimmed, when it names one.
pub(crate) fn feature_json_dir(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let dir = value.get("feature_directory")?.as_str()?.trim();
    (!dir.is_empty()).then(|| dir.to_string())
}

/// The folder holding the feature `.specify/feature.json` names, when that file names one
/// inside the repository (absolute or relative to the root, as spec-kit writes it).
pub(crate) fn feature_json_root(root: &Path) -> Option<PathBuf> {
    let dir = feature_json_dir(&fs::read_to_string(root.join(FEATURE_JSON)).ok()?)?;
    let dir = Path::new(&dir);
    let abs = if dir.is_absolute() {
        dir.to_path_buf()
    } else {
        root.join(dir)
    };
    // Confined to the repository: resolved, and no `..` leading out.
    let real = fs::canonicalize(&abs).ok()?;
    if !real.starts_with(root) || !real.is_dir() {
        return None;
    }
    let parent = real.parent()?;
    (parent != root && parent.starts_with(root)).then(|| parent.to_path_buf())
}

/// The repository-relative paths of [`find_specs_roots`]'s roots (for tests and messages).
pub fn root_names(root: &Path, roots: &[PathBuf]) -> Vec<String> {
    roots.iter().map(|r| rel(root, r)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(root: &Path, rel: &str) {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, "x").unwrap();
    }

    fn roots_of(root: &Path) -> Vec<String> {
        let (roots, _) = find_specs_roots(root);
        root_names(root, &roots)
    }

    #[test]
    fn specs_roots_at_any_depth_and_in_known_places() {
        let tmp = tempfile::tempdir().unwrap();
        let root = &fs::canonicalize(tmp.path()).unwrap();
        touch(root, "specs/001-a/plan.md");
        touch(root, "docs/specs/001-b/plan.md");
        touch(root, "docs/archive/specs/001-c/plan.md");
        touch(root, "services/x/specs/001-d/plan.md");
        touch(root, "a/b/c/d/e/specs/001-deep/plan.md");
        touch(root, ".specify/specs/001-e/plan.md");
        touch(root, "kitty-specs/001-f/spec.md");
        // Not roots: inside a specs root, template folders, build output, hidden folders.
        touch(root, "specs/001-a/specs/001-x/plan.md");
        touch(root, ".specify/templates/specs/001-x/plan.md");
        touch(root, ".specify/presets/lean/specs/001-x/plan.md");
        touch(root, "templates/specs/001-x/plan.md");
        touch(root, "node_modules/pkg/specs/001-x/plan.md");
        touch(root, "target/specs/001-x/plan.md");
        touch(root, ".worktrees/001-x/specs/001-x/plan.md");
        assert_eq!(
            roots_of(root),
            [
                "specs",
                "kitty-specs",
                ".specify/specs",
                "docs/specs",
                "docs/archive/specs",
                "services/x/specs",
                "a/b/c/d/e/specs",
            ]
        );
    }

    #[test]
    fn gitignored_trees_are_skipped_but_not_the_root_specs_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let root = &fs::canonicalize(tmp.path()).unwrap();
        fs::write(root.join(".gitignore"), "generated/\n/specs/\n").unwrap();
        touch(root, "generated/specs/001-x/plan.md");
        touch(root, "specs/001-a/plan.md");
        touch(root, "docs/specs/001-b/plan.md");
        assert_eq!(roots_of(root), ["specs", "docs/specs"]);
    }

    #[test]
    fn feature_json_names_a_feature_whose_folder_becomes_a_root() {
        let tmp = tempfile::tempdir().unwrap();
        let root = &fs::canonicalize(tmp.path()).unwrap();
        touch(root, "work/features/20260115-143000-auth/spec.md");
        touch(root, ".specify/feature.json");
        fs::write(
            root.join(FEATURE_JSON),
            r#"{"feature_directory":"work/features/20260115-143000-auth"}"#,
        )
        .unwrap();
        assert_eq!(roots_of(root), ["work/features"]);
        // Absolute paths inside the repository work too; paths leading out are ignored.
        let abs = root.join("work/features/20260115-143000-auth");
        fs::write(
            root.join(FEATURE_JSON),
            format!(
                r#"{{"feature_directory":{}}}"#,
                serde_json::json!(abs.to_string_lossy())
            ),
        )
        .unwrap();
        assert_eq!(roots_of(root), ["work/features"]);
        for outside in [
            r#"{"feature_directory":"../elsewhere/x"}"#,
            r#"{"feature_directory":"/tmp"}"#,
            "not json",
        ] {
            fs::write(root.join(FEATURE_JSON), outside).unwrap();
            assert!(roots_of(root).is_empty(), "{outside}");
        }
    }

    #[test]
    fn walked_folders_are_returned_for_watching() {
        let tmp = tempfile::tempdir().unwrap();
        let root = &fs::canonicalize(tmp.path()).unwrap();
        touch(root, "docs/archive/readme.md");
        touch(root, "specs/001-a/plan.md");
        let (_, walked) = find_specs_roots(root);
        assert!(walked.contains(&root.join("docs/archive")), "{walked:?}");
        assert!(walked.contains(&root.to_path_buf()));
        assert!(
            !walked.contains(&root.join("specs")),
            "specs roots are watched on their own"
        );
    }
}
