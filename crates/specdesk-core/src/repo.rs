//! Repositories and features: find the repo root, every `specs/` folder in it (monorepos have
//! several), and the `NNN-slug` feature folders with their documents.
//!
//! Folders under `specs/` that are not features are kept as [`OtherEntry`]s, never dropped.

use crate::error::{CoreError, Result};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::fs;
use std::path::{Path, PathBuf};

/// Where spec-kit keeps a repository's own plan template, relative to the root.
pub const PLAN_TEMPLATE: &str = ".specify/templates/plan-template.md";

/// Folders never searched for nested specs folders.
const SKIPPED_DIRS: &[&str] = &[
    ".git",
    "node_modules",
    "target",
    "dist",
    "build",
    "vendor",
    ".venv",
    "venv",
];

/// How deep below the root a monorepo's `specs/` folder may sit (`services/api/specs` is 2).
const MAX_SPECS_DEPTH: usize = 3;

/// What a document inside a feature folder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum DocumentKind {
    Plan,
    Spec,
    Tasks,
    Research,
    DataModel,
    Quickstart,
    Checklist,
    Contract,
    Other,
}

impl DocumentKind {
    /// Classify a path relative to its feature folder (`/`-separated).
    pub fn of(rel: &str) -> DocumentKind {
        match rel {
            "plan.md" => DocumentKind::Plan,
            "spec.md" => DocumentKind::Spec,
            "tasks.md" => DocumentKind::Tasks,
            "research.md" => DocumentKind::Research,
            "data-model.md" => DocumentKind::DataModel,
            "quickstart.md" => DocumentKind::Quickstart,
            _ if rel.starts_with("checklists/") && rel.ends_with(".md") => DocumentKind::Checklist,
            _ if rel.starts_with("contracts/") => DocumentKind::Contract,
            _ => DocumentKind::Other,
        }
    }
}

/// One file of a feature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Document {
    pub kind: DocumentKind,
    /// Path relative to the repository root, `/`-separated.
    pub rel_path: String,
    /// Path relative to the feature folder, `/`-separated (e.g. `checklists/ux.md`).
    pub name: String,
}

/// A `NNN-slug` folder under a specs folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Feature {
    /// The number as written, e.g. `"001"`.
    pub number: String,
    /// `photo-albums`.
    pub slug: String,
    /// `001-photo-albums`: the folder name, and the branch name spec-kit uses.
    pub dir_name: String,
    /// Path relative to the repository root, `/`-separated.
    pub rel_path: String,
    /// Documents in display order: plan, spec, tasks, research, data model, quickstart,
    /// checklists, contracts, other.
    pub documents: Vec<Document>,
}

impl Feature {
    /// The numeric value of [`Feature::number`].
    pub fn number_value(&self) -> u64 {
        self.number.parse().unwrap_or(u64::MAX)
    }

    /// The first document of `kind`.
    pub fn document(&self, kind: DocumentKind) -> Option<&Document> {
        self.documents.iter().find(|d| d.kind == kind)
    }
}

/// Something in a specs folder that is not a feature (a loose file, a folder not named `NNN-slug`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OtherEntry {
    pub rel_path: String,
    pub is_dir: bool,
}

/// A `specs/` folder and its contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SpecsDir {
    /// Path relative to the repository root (`specs`, `services/api/specs`).
    pub rel_path: String,
    /// Features in numeric order (ties by name).
    pub features: Vec<Feature>,
    pub others: Vec<OtherEntry>,
}

/// An opened spec-kit repository.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Repository {
    /// Absolute, canonical root.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub root: PathBuf,
    /// Every specs folder, the root's first.
    pub specs_dirs: Vec<SpecsDir>,
}

impl Repository {
    /// Open the repository containing `path`: the nearest ancestor (or `path` itself) holding
    /// `.git`, `.specify` or `specs/`, then scan it.
    pub fn open(path: &Path) -> Result<Repository> {
        let root = find_root(path)?;
        Repository::scan(root)
    }

    /// Scan `root` (which must be a directory) for specs folders and features.
    pub fn scan(root: PathBuf) -> Result<Repository> {
        let mut specs_dirs = Vec::new();
        for dir in find_specs_dirs(&root) {
            specs_dirs.push(scan_specs_dir(&root, &dir)?);
        }
        Ok(Repository { root, specs_dirs })
    }

    /// Every feature of every specs folder.
    pub fn features(&self) -> impl Iterator<Item = &Feature> {
        self.specs_dirs.iter().flat_map(|d| d.features.iter())
    }

    /// The feature whose folder is `rel_path` (relative to the root).
    pub fn feature(&self, rel_path: &str) -> Option<&Feature> {
        self.features().find(|f| f.rel_path == rel_path)
    }

    /// The feature a repository-relative document path belongs to.
    pub fn feature_of(&self, doc_rel_path: &str) -> Option<&Feature> {
        self.features().find(|f| {
            doc_rel_path
                .strip_prefix(&f.rel_path)
                .is_some_and(|r| r.starts_with('/'))
        })
    }

    /// The absolute path of a repository-relative path (not checked; see [`crate::store`]).
    pub fn abs(&self, rel_path: &str) -> PathBuf {
        self.root.join(rel_path)
    }

    /// The repository's own plan template, when it has one.
    pub fn plan_template_path(&self) -> Option<PathBuf> {
        let p = self.root.join(PLAN_TEMPLATE);
        p.is_file().then_some(p)
    }
}

/// The repository root for `path`: the nearest ancestor holding `.git`, `.specify` or `specs/`.
pub fn find_root(path: &Path) -> Result<PathBuf> {
    let abs = fs::canonicalize(path).map_err(|e| CoreError::io(path, e))?;
    if !abs.is_dir() {
        return Err(CoreError::NotADirectory { path: abs });
    }
    abs.ancestors()
        .find(|dir| dir.join(".git").exists() || dir.join(".specify").is_dir() || dir.join("specs").is_dir())
        .map(Path::to_path_buf)
        .ok_or(CoreError::NotFound {
            path: abs.join("specs"),
        })
}

/// Split `NNN-slug` into number and slug (`NNN` is at least 3 digits).
pub fn parse_feature_dir(name: &str) -> Option<(&str, &str)> {
    let (number, slug) = name.split_once('-')?;
    (number.len() >= 3 && number.bytes().all(|b| b.is_ascii_digit()) && !slug.is_empty())
        .then_some((number, slug))
}

fn rel(root: &Path, path: &Path) -> String {
    let r = path.strip_prefix(root).unwrap_or(path);
    r.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn find_specs_dirs(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut frontier = vec![(root.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = frontier.pop() {
        let specs = dir.join("specs");
        if specs.is_dir() {
            found.push(specs);
        }
        if depth >= MAX_SPECS_DEPTH {
            continue;
        }
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            // Symlinked folders are not followed: they may lead out of the repository.
            let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
            if is_dir && name != "specs" && !name.starts_with('.') && !SKIPPED_DIRS.contains(&name.as_ref()) {
                frontier.push((entry.path(), depth + 1));
            }
        }
    }
    found.sort_by_key(|p| (p.components().count(), p.clone()));
    found
}

pub(crate) fn scan_specs_dir(root: &Path, dir: &Path) -> Result<SpecsDir> {
    let mut found = Vec::new();
    let mut others = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| CoreError::io(dir, e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
        if is_dir && parse_feature_dir(&name).is_some() {
            found.push((name, path));
        } else {
            others.push(OtherEntry {
                rel_path: rel(root, &path),
                is_dir,
            });
        }
    }
    // Listing each feature's folder is most of a scan: on all cores.
    let mut features: Vec<Feature> = found
        .into_par_iter()
        .filter_map(|(name, path)| {
            let (number, slug) = parse_feature_dir(&name)?;
            Some(Feature {
                number: number.to_string(),
                slug: slug.to_string(),
                rel_path: rel(root, &path),
                documents: scan_documents(root, &path),
                dir_name: name,
            })
        })
        .collect();
    features.sort_by(|a, b| (a.number_value(), &a.dir_name).cmp(&(b.number_value(), &b.dir_name)));
    others.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    Ok(SpecsDir {
        rel_path: rel(root, dir),
        features,
        others,
    })
}

/// Files of a feature folder (one level of sub-folders: checklists/, contracts/, …). Hidden
/// entries are not documents: SpecDesk's own temporary files (`.specdesk-tmp-*`), editors' swap
/// and lock files, `.DS_Store`.
pub fn scan_documents(root: &Path, feature_dir: &Path) -> Vec<Document> {
    let mut docs = Vec::new();
    let mut stack = vec![(feature_dir.to_path_buf(), 0)];
    while let Some((dir, depth)) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let Ok(ft) = entry.file_type() else { continue };
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            if ft.is_dir() && depth < 2 {
                stack.push((path, depth + 1));
            } else if ft.is_file() || ft.is_symlink() {
                let name = rel(feature_dir, &path);
                docs.push(Document {
                    kind: DocumentKind::of(&name),
                    rel_path: rel(root, &path),
                    name,
                });
            }
        }
    }
    docs.sort_by(|a, b| (a.kind, &a.name).cmp(&(b.kind, &b.name)));
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(root: &Path, rel: &str) {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, "x").unwrap();
    }

    #[test]
    fn lists_features_in_numeric_order_with_documents_and_others() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        fs::create_dir(root.join(".git")).unwrap();
        touch(root, "specs/010-ten/plan.md");
        touch(root, "specs/002-two/spec.md");
        touch(root, "specs/002-two/plan.md");
        touch(root, "specs/002-two/checklists/ux.md");
        touch(root, "specs/002-two/contracts/api.yaml");
        touch(root, "specs/1000-big/plan.md");
        touch(root, "specs/notes/readme.md");
        touch(root, "specs/overview.md");
        touch(root, "services/api/specs/001-auth/plan.md");
        touch(root, "node_modules/x/specs/001-no/plan.md");

        let repo = Repository::open(&root.join("specs/002-two")).unwrap();
        assert_eq!(repo.root, fs::canonicalize(root).unwrap());
        let dirs: Vec<_> = repo.specs_dirs.iter().map(|d| d.rel_path.as_str()).collect();
        assert_eq!(dirs, ["specs", "services/api/specs"]);
        let names: Vec<_> = repo.specs_dirs[0]
            .features
            .iter()
            .map(|f| f.dir_name.as_str())
            .collect();
        assert_eq!(names, ["002-two", "010-ten", "1000-big"]);
        let two = repo.feature("specs/002-two").unwrap();
        let kinds: Vec<_> = two.documents.iter().map(|d| d.kind).collect();
        assert_eq!(
            kinds,
            [
                DocumentKind::Plan,
                DocumentKind::Spec,
                DocumentKind::Checklist,
                DocumentKind::Contract
            ]
        );
        assert_eq!(two.documents[2].name, "checklists/ux.md");
        assert_eq!(two.documents[2].rel_path, "specs/002-two/checklists/ux.md");
        let others: Vec<_> = repo.specs_dirs[0]
            .others
            .iter()
            .map(|o| o.rel_path.as_str())
            .collect();
        assert_eq!(others, ["specs/notes", "specs/overview.md"]);
        assert_eq!(repo.feature_of("specs/002-two/plan.md").unwrap().slug, "two");
        assert!(repo.feature_of("specs/002-twoX/plan.md").is_none());
    }

    #[test]
    fn missing_and_non_repo_paths_are_clear_errors() {
        let tmp = tempfile::tempdir().unwrap();
        assert!(matches!(
            Repository::open(&tmp.path().join("nope")),
            Err(CoreError::NotFound { .. })
        ));
        touch(tmp.path(), "file.txt");
        assert!(matches!(
            Repository::open(&tmp.path().join("file.txt")),
            Err(CoreError::NotADirectory { .. })
        ));
    }

    #[test]
    fn feature_dir_names() {
        assert_eq!(
            parse_feature_dir("001-photo-albums"),
            Some(("001", "photo-albums"))
        );
        assert_eq!(parse_feature_dir("01-short"), None);
        assert_eq!(parse_feature_dir("001-"), None);
        assert_eq!(parse_feature_dir("abc-def"), None);
    }

    #[test]
    fn hidden_files_are_not_documents() {
        // Found by tests/reliability_concurrent.rs: a scan during a save listed the store's
        // temporary file, and the watcher then reported `.specdesk-tmp-….tmp` as a removed
        // document; editors' swap files and .DS_Store showed up the same way.
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        for rel in [
            "specs/001-a/plan.md",
            "specs/001-a/.specdesk-tmp-abc.tmp",
            "specs/001-a/.plan.md.swp",
            "specs/001-a/.DS_Store",
            "specs/001-a/.hidden/x.md",
            "specs/001-a/checklists/.~lock.req.md#",
            "specs/001-a/checklists/req.md",
        ] {
            touch(root, rel);
        }
        let docs = scan_documents(root, &root.join("specs/001-a"));
        let names: Vec<&str> = docs.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(
            names.contains(&"plan.md") && names.contains(&"checklists/req.md"),
            "{names:?}"
        );
    }
}
