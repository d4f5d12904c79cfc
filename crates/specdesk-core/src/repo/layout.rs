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

/// Scan one specs root (`dir`, absolute) of the repository at `root`.
pub(crate) fn scan_specs_dir(root: &Path, dir: &Path) -> Result<SpecsDir> {
    let mut found: Vec<(PathBuf, Option<String>)> = Vec::new();
    let mut others = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| CoreError::io(dir, e))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        // Symlinked folders are not followed: they may lead out of the repository.
        let is_dir = entry.file_type().map(|t| t.is_dir()).unwrap_or(false);
        if !is_dir || name.starts_with('.') {
            others.push(OtherEntry {
                rel_path: rel(root, &path),
                is_dir,
            });
        } else if is_feature_folder(&name, &path) {
            found.push((path, None));
        } else {
            let inner = group_members(&path);
            if inner.is_empty() {
                others.push(OtherEntry {
                    rel_path: rel(root, &path),
                    is_dir,
                });
            } else {
                found.extend(inner.into_iter().map(|p| (p, Some(name.clone()))));
            }
        }
    }
    // Listing each feature's folder is most of a scan: on all cores.
    let mut features: Vec<Feature> = found
        .into_par_iter()
        .flat_map_iter(|(path, group)| scan_feature(root, &path, group))
        .collect();
    sort_features(&mut features);
    others.sort_by(|a, b| a.rel_path.cmp(&b.rel_path));
    Ok(SpecsDir {
        rel_path: rel(root, dir),
        features,
        others,
    })
}

/// Sort features in list order ([`folder_name::compare`]). Each folder's key is computed once
/// (not once per comparison: on 1,000 features that was ~10,000 name parses), then the
/// features are moved into the order of their keys (a stable sort, like `sort_by`).
pub(crate) fn sort_features(features: &mut Vec<Feature>) {
    let mut order: Vec<usize> = (0..features.len()).collect();
    {
        let keys: Vec<_> = features
            .iter()
            .map(|f| folder_name::sort_key(&f.dir_name, &f.rel_path))
            .collect();
        order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
    }
    let mut slots: Vec<Option<Feature>> = std::mem::take(features).into_iter().map(Some).collect();
    features.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// A folder directly under a root (or a grouping folder) is a feature when numbered or when
/// it holds a spec-kit document.
fn is_feature_folder(name: &str, path: &Path) -> bool {
    FolderName::parse(name).is_numbered() || holds_documents(path)
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
        if !is_feature_folder(name, &abs) {
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

/// The feature folders inside a folder that is not a feature itself (a grouping folder).
fn group_members(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            !name.starts_with('.') && is_feature_folder(&name, &e.path())
        })
        .map(|e| e.path())
        .collect()
}

/// The feature at `dir` and the features nested in it (one level).
fn scan_feature(root: &Path, dir: &Path, group: Option<String>) -> Vec<Feature> {
    let (documents, nested) = scan_feature_folder(root, dir);
    let dir_name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if nested.is_empty() {
        return vec![feature(root, dir, dir_name, group, documents)];
    }
    let inner_group = match &group {
        Some(g) => format!("{g}/{dir_name}"),
        None => dir_name.clone(),
    };
    let mut features = vec![feature(root, dir, dir_name, group, documents)];
    for path in nested {
        let (documents, _) = scan_feature_folder(root, &path);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        features.push(feature(root, &path, name, Some(inner_group.clone()), documents));
    }
    features
}

fn feature(
    root: &Path,
    dir: &Path,
    dir_name: String,
    group: Option<String>,
    documents: Vec<Document>,
) -> Feature {
    let parsed = FolderName::parse(&dir_name);
    Feature {
        number: parsed.number.to_string(),
        slug: parsed.slug.to_string(),
        numbering: parsed.numbering,
        group,
        rel_path: rel(root, dir),
        documents,
        dir_name,
    }
}

/// Files of a feature folder (one level of sub-folders: checklists/, contracts/, …). Hidden
/// entries are not documents: SpecDesk's own temporary files (`.specdesk-tmp-*`), editors' swap
/// and lock files, `.DS_Store`. A sub-folder holding spec-kit documents is a nested feature,
/// not part of this one.
pub fn scan_documents(root: &Path, feature_dir: &Path) -> Vec<Document> {
    scan_feature_folder(root, feature_dir).0
}

/// The documents of a feature folder and the nested feature folders in it.
fn scan_feature_folder(root: &Path, feature_dir: &Path) -> (Vec<Document>, Vec<PathBuf>) {
    let mut docs = Vec::new();
    let mut nested = Vec::new();
    let mut stack = vec![(feature_dir.to_path_buf(), 0)];
    while let Some((dir, depth)) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let Ok(ft) = entry.file_type() else { continue };
            let file_name = entry.file_name();
            let file_name = file_name.to_string_lossy();
            if file_name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            if ft.is_dir() {
                let nested_feature =
                    depth == 0 && !DOCUMENT_FOLDERS.contains(&file_name.as_ref()) && holds_documents(&path);
                if nested_feature {
                    nested.push(path);
                } else if depth < 2 {
                    stack.push((path, depth + 1));
                }
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
