//! What is inside one specs root: its features, the grouping folders that hold features one
//! level down (`specs/quick/003-fix-hash-unify`), feature folders nested in a feature
//! (`specs/SPEC-e9854a10/SPEC-4f7a596b`), each feature's documents, and everything else as an
//! [`OtherEntry`] (never dropped).
//!
//! A folder directly under a root is a feature when its name is numbered or timestamped (spec-kit
//! creates the folder before its first document) or when it holds a spec-kit document
//! ([`SPEC_KIT_DOCUMENTS`]). A folder that is neither, but has features inside, is a grouping
//! folder.

use super::folder_name::{self, FolderName};
use super::{rel, Document, DocumentKind, Feature, OtherEntry, SpecsDir};
use crate::error::{CoreError, Result};
use rayon::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

/// The files whose presence makes a folder a spec-kit feature.
pub const SPEC_KIT_DOCUMENTS: &[&str] = &[
    "spec.md",
    "plan.md",
    "tasks.md",
    "research.md",
    "data-model.md",
    "quickstart.md",
];

/// Sub-folders of a feature that hold its documents, never features of their own.
const DOCUMENT_FOLDERS: &[&str] = &["checklists", "contracts"];

/// A tree of folders the layout rules run on: the file system ([`FsTree`]) or a commit's tree
/// in git's object database (`crate::branches`). The rules (what is a feature, a grouping
/// folder, a document) are written once, against this.
pub(crate) trait FolderTree {
    /// A handle on one folder (a path, a tree id).
    type Folder: Clone + Send;

    /// The entries of `folder` (`None`: it cannot be listed). Each entry's `rel` is its path
    /// relative to the repository root, `/`-separated.
    fn entries(&self, folder: &Self::Folder, rel: &str) -> Option<Vec<TreeEntry<Self::Folder>>>;

    /// Scan every feature folder of `found` ([`scan_feature`] on each), in order. Sequential
    /// unless the tree can be read from several threads.
    fn scan_features(&self, found: Vec<Found<Self::Folder>>) -> Vec<(Feature, Self::Folder)>
    where
        Self: Sized,
    {
        found
            .into_iter()
            .flat_map(|(folder, rel, group)| scan_feature(self, folder, &rel, group))
            .collect()
    }
}

/// A feature folder found in a specs root: its handle, repository-relative path and group.
pub(crate) type Found<F> = (F, String, Option<String>);

/// One entry of a folder.
pub(crate) struct TreeEntry<F> {
    pub name: String,
    /// Repository-relative, `/`-separated.
    pub rel: String,
    pub kind: EntryKind<F>,
}

/// What an entry is.
pub(crate) enum EntryKind<F> {
    Folder(F),
    File,
    /// A symbolic link (never followed: it may lead out of the repository).
    Symlink,
    /// Anything else (a submodule, a socket…).
    Other,
}

/// The file system under a repository root.
pub(crate) struct FsTree<'a> {
    pub root: &'a Path,
}

impl FolderTree for FsTree<'_> {
    type Folder = PathBuf;

    fn entries(&self, folder: &PathBuf, _rel: &str) -> Option<Vec<TreeEntry<PathBuf>>> {
        let entries = fs::read_dir(folder).ok()?;
        Some(
            entries
                .flatten()
                .map(|entry| {
                    let path = entry.path();
                    let kind = match entry.file_type() {
                        Ok(t) if t.is_dir() => EntryKind::Folder(path.clone()),
                        Ok(t) if t.is_file() => EntryKind::File,
                        Ok(t) if t.is_symlink() => EntryKind::Symlink,
                        _ => EntryKind::Other,
                    };
                    TreeEntry {
                        name: entry.file_name().to_string_lossy().into_owned(),
                        rel: rel(self.root, &path),
                        kind,
                    }
                })
                .collect(),
        )
    }

    /// Listing each feature's folder is most of a scan: on all cores.
    fn scan_features(&self, found: Vec<Found<PathBuf>>) -> Vec<(Feature, PathBuf)> {
        found
            .into_par_iter()
            .flat_map_iter(|(folder, rel, group)| scan_feature(self, folder, &rel, group))
            .collect()
    }
}

/// Scan one specs root (`dir`, absolute) of the repository at `root`.
pub(crate) fn scan_specs_dir(root: &Path, dir: &Path) -> Result<SpecsDir> {
    let tree = FsTree { root };
    let dir_rel = rel(root, dir);
    let entries = tree
        .entries(&dir.to_path_buf(), &dir_rel)
        .ok_or_else(|| match fs::read_dir(dir) {
            Err(e) => CoreError::io(dir, e),
            Ok(_) => CoreError::NotFound {
                path: dir.to_path_buf(),
            },
        })?;
    Ok(scan_specs_entries(&tree, dir_rel, entries).0)
}

/// Scan a specs root whose entries are `entries` (at repository-relative `dir_rel`) in `tree`:
/// the [`SpecsDir`] and each feature's folder handle, in the same order as its features.
pub(crate) fn scan_specs_entries<T: FolderTree>(
    tree: &T,
    dir_rel: String,
    entries: Vec<TreeEntry<T::Folder>>,
) -> (SpecsDir, Vec<T::Folder>) {
    let mut found: Vec<Found<T::Folder>> = Vec::new();
    let mut others = Vec::new();
    for entry in entries {
        let folder = match entry.kind {
            EntryKind::Folder(folder) if !entry.name.starts_with('.') => folder,
            kind => {
                others.push(OtherEntry {
                    rel_path: entry.rel,
                    is_dir: matches!(kind, EntryKind::Folder(_)),
                });
                continue;
            }
        };
        let listing = match feature_or_listing(tree, &entry.name, &folder, &entry.rel) {
            Ok(()) => {
                found.push((folder, entry.rel, None));
                continue;
            }
            Err(listing) => listing,
        };
        let inner = group_members(tree, listing);
        if inner.is_empty() {
            others.push(OtherEntry {
                rel_path: entry.rel,
                is_dir: true,
            });
        } else {
            found.extend(inner.into_iter().map(|(f, r)| (f, r, Some(entry.name.clone()))));
        }
    }
    let mut features = tree.scan_features(found);
    sort_features(&mut features);
    others.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    let (features, folders) = features.into_iter().unzip();
    (
        SpecsDir {
            rel_path: dir_rel,
            features,
            others,
        },
        folders,
    )
}

/// Sort features in list order ([`folder_name::compare`]), each with what it carries along (its
/// folder handle). Each folder's key is computed once (not once per comparison: on 1,000
/// features that was ~10,000 name parses), then the features are moved into the order of their
/// keys (a stable sort, like `sort_by`).
fn sort_features<X>(features: &mut Vec<(Feature, X)>) {
    let mut order: Vec<usize> = (0..features.len()).collect();
    {
        let keys: Vec<_> = features
            .iter()
            .map(|(f, _)| folder_name::sort_key(&f.dir_name, &f.rel_path))
            .collect();
        order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    }
    let mut slots: Vec<Option<(Feature, X)>> = std::mem::take(features).into_iter().map(Some).collect();
    features.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// A folder directly under a root (or a grouping folder) is a feature when numbered or when
/// it holds a spec-kit document: `Ok` when it is one, else its entries (none when it cannot be
/// listed). A numbered folder is not listed.
fn feature_or_listing<T: FolderTree>(
    tree: &T,
    name: &str,
    folder: &T::Folder,
    rel: &str,
) -> std::result::Result<(), Vec<TreeEntry<T::Folder>>> {
    if FolderName::parse(name).is_numbered() {
        return Ok(());
    }
    let listing = tree.entries(folder, rel).unwrap_or_default();
    if lists_documents(&listing) {
        Ok(())
    } else {
        Err(listing)
    }
}

/// Whether a folder with these entries holds one of [`SPEC_KIT_DOCUMENTS`] (a file, or a link
/// to one on disk).
fn lists_documents<F>(entries: &[TreeEntry<F>]) -> bool {
    entries.iter().any(|e| {
        SPEC_KIT_DOCUMENTS.contains(&e.name.as_str())
            && matches!(e.kind, EntryKind::File | EntryKind::Symlink)
    })
}

/// Whether `dir` holds one of [`SPEC_KIT_DOCUMENTS`].
pub fn holds_documents(dir: &Path) -> bool {
    SPEC_KIT_DOCUMENTS.iter().any(|doc| dir.join(doc).is_file())
}

/// The feature folder holding `rel_path` (repository-relative, `/`-separated), decided on disk by
/// the same rules as a scan: the innermost folder that is a feature (numbered, or holding a
/// spec-kit document) inside a specs root. `None` outside every feature.
pub fn feature_folder_of<'a>(root: &Path, rel_path: &'a str) -> Option<&'a str> {
    let (roots_by_name, json_root) = (
        |dir: &Path| super::discover::is_specs_root(root, dir),
        super::discover::feature_json_root(root),
    );
    let parts: Vec<(usize, &str)> = rel_path
        .match_indices('/')
        .map(|(i, _)| (i, &rel_path[..i]))
        .collect();
    // Innermost first; the file's own folder is the last entry.
    for (index, &(end, folder)) in parts.iter().enumerate().rev() {
        let abs = root.join(folder);
        let name = folder.rsplit('/').next().unwrap_or(folder);
        if name.starts_with('.') || DOCUMENT_FOLDERS.contains(&name) {
            continue;
        }
        if !(FolderName::parse(name).is_numbered() || holds_documents(&abs)) {
            continue;
        }
        let under_root = parts[..index].iter().any(|&(_, a)| roots_by_name(&root.join(a)))
            || abs.parent().is_some_and(|p| json_root.as_deref() == Some(p));
        if under_root {
            return Some(&rel_path[..end]);
        }
    }
    None
}

/// The kind of the document at `rel_path`, classified inside its feature folder
/// ([`feature_folder_of`]); [`DocumentKind::Other`] outside every feature.
pub fn document_kind(root: &Path, rel_path: &str) -> DocumentKind {
    match feature_folder_of(root, rel_path) {
        Some(folder) => DocumentKind::of(&rel_path[folder.len() + 1..]),
        None => DocumentKind::Other,
    }
}

/// The feature folders among the entries of a folder that is not a feature itself (a grouping
/// folder), with their repository-relative paths.
fn group_members<T: FolderTree>(tree: &T, entries: Vec<TreeEntry<T::Folder>>) -> Vec<(T::Folder, String)> {
    entries
        .into_iter()
        .filter_map(|e| match e.kind {
            EntryKind::Folder(folder) if !e.name.starts_with('.') => {
                feature_or_listing(tree, &e.name, &folder, &e.rel)
                    .is_ok()
                    .then_some((folder, e.rel))
            }
            _ => None,
        })
        .collect()
}

/// The feature at `dir` (repository-relative `dir_rel`) and the features nested in it (one
/// level).
pub(crate) fn scan_feature<T: FolderTree>(
    tree: &T,
    dir: T::Folder,
    dir_rel: &str,
    group: Option<String>,
) -> Vec<(Feature, T::Folder)> {
    let (documents, nested) = scan_feature_folder(tree, &dir, dir_rel);
    let dir_name = last_component(dir_rel).to_string();
    let inner_group = match &group {
        Some(g) => format!("{g}/{dir_name}"),
        None => dir_name.clone(),
    };
    let mut features = vec![(feature(dir_rel, dir_name, group, documents), dir)];
    for (path, path_rel) in nested {
        let (documents, _) = scan_feature_folder(tree, &path, &path_rel);
        let name = last_component(&path_rel).to_string();
        features.push((
            feature(&path_rel, name, Some(inner_group.clone()), documents),
            path,
        ));
    }
    features
}

/// `specs/001-a` → `001-a`.
fn last_component(rel: &str) -> &str {
    rel.rsplit('/').next().unwrap_or(rel)
}

fn feature(dir_rel: &str, dir_name: String, group: Option<String>, documents: Vec<Document>) -> Feature {
    let parsed = FolderName::parse(&dir_name);
    Feature {
        number: parsed.number.to_string(),
        slug: parsed.slug.to_string(),
        numbering: parsed.numbering,
        group,
        rel_path: dir_rel.to_string(),
        documents,
        dir_name,
    }
}

/// Files of a feature folder (one level of sub-folders: checklists/, contracts/, …). Hidden
/// entries are not documents: SpecDesk's own temporary files (`.specdesk-tmp-*`), editors' swap
/// and lock files, `.DS_Store`. A sub-folder holding spec-kit documents is a nested feature,
/// not part of this one.
pub fn scan_documents(root: &Path, feature_dir: &Path) -> Vec<Document> {
    scan_feature_folder(
        &FsTree { root },
        &feature_dir.to_path_buf(),
        &rel(root, feature_dir),
    )
    .0
}

/// The documents of a feature folder and the nested feature folders in it (with their
/// repository-relative paths).
fn scan_feature_folder<T: FolderTree>(
    tree: &T,
    feature_dir: &T::Folder,
    feature_rel: &str,
) -> (Vec<Document>, Vec<(T::Folder, String)>) {
    let mut docs = Vec::new();
    let mut nested = Vec::new();
    let mut stack = vec![(feature_dir.clone(), feature_rel.to_string(), 0)];
    while let Some((dir, dir_rel, depth)) = stack.pop() {
        let Some(entries) = tree.entries(&dir, &dir_rel) else {
            continue;
        };
        for entry in entries {
            if entry.name.starts_with('.') {
                continue;
            }
            match entry.kind {
                EntryKind::Folder(folder) => {
                    let nested_feature = depth == 0
                        && !DOCUMENT_FOLDERS.contains(&entry.name.as_str())
                        && tree
                            .entries(&folder, &entry.rel)
                            .is_some_and(|l| lists_documents(&l));
                    if nested_feature {
                        nested.push((folder, entry.rel));
                    } else if depth < 2 {
                        stack.push((folder, entry.rel, depth + 1));
                    }
                }
                EntryKind::File | EntryKind::Symlink => {
                    let name = entry
                        .rel
                        .strip_prefix(feature_rel)
                        .and_then(|r| r.strip_prefix('/'))
                        .unwrap_or(&entry.rel)
                        .to_string();
                    docs.push(Document {
                        kind: DocumentKind::of(&name),
                        rel_path: entry.rel,
                        name,
                    });
                }
                EntryKind::Other => {}
            }
        }
    }
    docs.sort_by(|a, b| (a.kind, &a.name).cmp(&(b.kind, &b.name)));
    (docs, nested)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::folder_name::Numbering;

    fn touch(root: &Path, rel: &str) {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, "x").unwrap();
    }

    fn listed(dir: &SpecsDir) -> Vec<(&str, Option<&str>)> {
        dir.features
            .iter()
            .map(|f| (f.rel_path.as_str(), f.group.as_deref()))
            .collect()
    }

    #[test]
    fn numbered_timestamped_unnumbered_grouped_and_nested_features() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        touch(root, "specs/002-two/plan.md");
        fs::create_dir_all(root.join("specs/005-just-created")).unwrap();
        touch(root, "specs/20260115-143000-stamped/spec.md");
        touch(root, "specs/SPEC-0b6b106c/plan.md");
        touch(root, "specs/SPEC-0b6b106c/checklists/requirements.md");
        touch(root, "specs/quick/003-fix-hash-unify/tasks.md");
        touch(root, "specs/quick/notes.md");
        touch(root, "specs/SPEC-e9854a10/README.md");
        touch(root, "specs/SPEC-e9854a10/SPEC-4f7a596b/plan.md");
        touch(root, "specs/001-outer/spec.md");
        touch(root, "specs/001-outer/001a-inner/plan.md");
        touch(root, "specs/001-outer/contracts/plan.md");
        touch(root, "specs/notes/readme.md");
        touch(root, "specs/overview.md");

        let dir = scan_specs_dir(root, &root.join("specs")).unwrap();
        assert_eq!(
            listed(&dir),
            [
                ("specs/001-outer", None),
                ("specs/002-two", None),
                ("specs/quick/003-fix-hash-unify", Some("quick")),
                ("specs/005-just-created", None),
                ("specs/20260115-143000-stamped", None),
                ("specs/001-outer/001a-inner", Some("001-outer")),
                ("specs/SPEC-0b6b106c", None),
                ("specs/SPEC-e9854a10/SPEC-4f7a596b", Some("SPEC-e9854a10")),
            ]
        );
        let outer = &dir.features[0];
        let names: Vec<&str> = outer.documents.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(
            names,
            ["spec.md", "contracts/plan.md"],
            "the nested feature's plan is its own"
        );
        let stamped = &dir.features[4];
        assert_eq!(
            (stamped.numbering, stamped.number.as_str(), stamped.slug.as_str()),
            (Numbering::Timestamp, "20260115-143000", "stamped")
        );
        let spec = &dir.features[6];
        assert_eq!(
            (spec.numbering, spec.number.as_str()),
            (Numbering::Unnumbered, "")
        );
        assert_eq!(spec.documents.len(), 2);
        let others: Vec<&str> = dir.others.iter().map(|o| o.rel_path.as_str()).collect();
        assert_eq!(others, ["specs/notes", "specs/overview.md"]);
    }

    #[test]
    fn a_documents_kind_is_decided_inside_its_feature_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        for rel in [
            "specs/001-albums/plan.md",
            "specs/001-albums/checklists/ux.md",
            "specs/SPEC-0b6b106c/plan.md",
            "specs/SPEC-e9854a10/README.md",
            "specs/SPEC-e9854a10/SPEC-4f7a596b/tasks.md",
            "services/api/specs/012-x/plan.md",
            "docs/plan.md",
            "plan.md",
        ] {
            touch(root, rel);
        }
        let kind = |rel: &str| document_kind(root, rel);
        assert_eq!(kind("specs/001-albums/plan.md"), DocumentKind::Plan);
        assert_eq!(kind("specs/001-albums/checklists/ux.md"), DocumentKind::Checklist);
        assert_eq!(kind("specs/SPEC-0b6b106c/plan.md"), DocumentKind::Plan);
        assert_eq!(
            kind("specs/SPEC-e9854a10/SPEC-4f7a596b/tasks.md"),
            DocumentKind::Tasks
        );
        assert_eq!(kind("services/api/specs/012-x/plan.md"), DocumentKind::Plan);
        assert_eq!(kind("specs/SPEC-e9854a10/README.md"), DocumentKind::Other);
        assert_eq!(
            kind("docs/plan.md"),
            DocumentKind::Other,
            "not under a specs root"
        );
        assert_eq!(kind("plan.md"), DocumentKind::Other);
        assert_eq!(
            feature_folder_of(root, "specs/SPEC-e9854a10/SPEC-4f7a596b/tasks.md"),
            Some("specs/SPEC-e9854a10/SPEC-4f7a596b")
        );
    }

    #[test]
    fn a_number_used_twice_is_listed_twice() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        touch(root, "specs/005-db-maintenance/plan.md");
        touch(root, "specs/005-smart-embeddings/plan.md");
        let dir = scan_specs_dir(root, &root.join("specs")).unwrap();
        let names: Vec<&str> = dir.features.iter().map(|f| f.dir_name.as_str()).collect();
        assert_eq!(names, ["005-db-maintenance", "005-smart-embeddings"]);
    }
}
