//! Repositories and features: find the repository root, its specs roots ([`discover`]) and
//! the feature folders in each ([`layout`]), with their documents.
//!
//! A feature is a folder holding spec-kit documents under a specs root; its name may be
//! numbered, timestamped or anything ([`folder_name`]). Entries of a specs root that are not
//! features are kept as [`OtherEntry`]s, never dropped.

pub mod discover;
pub mod folder_name;
pub mod layout;

use crate::config::Config;
use crate::error::{CoreError, Result};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::fs;
use std::path::{Path, PathBuf};

pub use folder_name::Numbering;
pub(crate) use layout::scan_specs_dir;
pub use layout::{document_kind, feature_folder_of, scan_documents, SPEC_KIT_DOCUMENTS};

/// Where spec-kit keeps a repository's own plan template, relative to the root.
pub const PLAN_TEMPLATE: &str = ".specify/templates/plan-template.md";

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

/// A feature folder under a specs root.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Feature {
    /// The number as written: `"001"`, a timestamp `"20260115-143000"`, or empty.
    pub number: String,
    /// `photo-albums` (the whole folder name when unnumbered).
    pub slug: String,
    pub numbering: Numbering,
    /// `001-photo-albums`: the folder name, and the branch name spec-kit uses.
    pub dir_name: String,
    /// The folders between the specs root and the feature (`quick` for
    /// `specs/quick/003-fix`, `SPEC-e9854a10` for a feature nested in that one), if any.
    pub group: Option<String>,
    /// Path relative to the repository root, `/`-separated.
    pub rel_path: String,
    /// Documents in display order: plan, spec, tasks, research, data model, quickstart,
    /// checklists, contracts, other.
    pub documents: Vec<Document>,
}

impl Feature {
    /// The numeric value of a sequential [`Feature::number`] (`u64::MAX` for others).
    pub fn number_value(&self) -> u64 {
        match self.numbering {
            Numbering::Sequential => self.number.parse().unwrap_or(u64::MAX),
            _ => u64::MAX,
        }
    }

    /// The first document of `kind`.
    pub fn document(&self, kind: DocumentKind) -> Option<&Document> {
        self.documents.iter().find(|d| d.kind == kind)
    }
}

/// Something in a specs root that is not a feature (a loose file, a folder without documents).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct OtherEntry {
    pub rel_path: String,
    pub is_dir: bool,
}

/// A specs root (`specs/`, `docs/specs/`, `.specify/specs/`, `kitty-specs/`…) and its contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SpecsDir {
    /// Path relative to the repository root (`specs`, `services/api/specs`).
    pub rel_path: String,
    /// Features in list order: numbered by number, then timestamped, then by name.
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
    /// Every specs root, the root's own `specs/` first.
    pub specs_dirs: Vec<SpecsDir>,
    /// The repository's `specdesk.toml` (or the defaults), as the scan applied it.
    #[serde(default)]
    pub config: Config,
}

impl Repository {
    /// Open the repository containing `path`: the nearest ancestor (or `path` itself) holding
    /// `.git`, `.specify` or `specs/`, then scan it.
    pub fn open(path: &Path) -> Result<Repository> {
        let root = find_root(path)?;
        Repository::scan(root)
    }

    /// Scan `root` (which must be a directory) for specs roots and features.
    pub fn scan(root: PathBuf) -> Result<Repository> {
        Ok(Repository::scan_walked(root)?.0)
    }

    /// [`Repository::scan`], also returning the folders the discovery walk went through (what
    /// the watcher watches to see new specs roots appear).
    ///
    /// The repository's `specdesk.toml` ([`Config`]) adds its `paths.roots` and leaves out what
    /// its `paths.ignore` globs match (a specs root or a feature folder); a configuration that
    /// cannot be used is kept in [`Repository::config`] with its error, and the defaults apply.
    pub fn scan_walked(root: PathBuf) -> Result<(Repository, Vec<PathBuf>)> {
        let config = Config::load(&Store::new(&root)?);
        let (mut roots, walked) = discover::find_specs_roots(&root);
        for extra in &config.roots {
            let dir = root.join(extra);
            // Inside the repository for real (not through a symlink), and not listed already.
            let inside = fs::canonicalize(&dir).is_ok_and(|real| real.starts_with(&root) && real == dir);
            if inside && dir.is_dir() && !roots.iter().any(|r| dir.starts_with(r) || r.starts_with(&dir)) {
                roots.push(dir);
            }
        }
        let ignored = config.ignore_set();
        let mut specs_dirs = Vec::new();
        for dir in roots {
            if ignored.is_match(rel(&root, &dir)) {
                continue;
            }
            let mut specs_dir = scan_specs_dir(&root, &dir)?;
            specs_dir.features.retain(|f| !ignored.is_match(&f.rel_path));
            specs_dirs.push(specs_dir);
        }
        Ok((
            Repository {
                root,
                specs_dirs,
                config,
            },
            walked,
        ))
    }

    /// Every feature of every specs folder.
    pub fn features(&self) -> impl Iterator<Item = &Feature> {
        self.specs_dirs.iter().flat_map(|d| d.features.iter())
    }

    /// The feature whose folder is `rel_path` (relative to the root).
    pub fn feature(&self, rel_path: &str) -> Option<&Feature> {
        self.features().find(|f| f.rel_path == rel_path)
    }

    /// The feature a repository-relative document path belongs to (the innermost one when
    /// features are nested).
    pub fn feature_of(&self, doc_rel_path: &str) -> Option<&Feature> {
        self.features()
            .filter(|f| {
                doc_rel_path
                    .strip_prefix(&f.rel_path)
                    .is_some_and(|r| r.starts_with('/'))
            })
            .max_by_key(|f| f.rel_path.len())
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

/// The repository root for `path`: the nearest ancestor holding `.git`, `.specify`, `specs/` or
/// `kitty-specs/`.
pub fn find_root(path: &Path) -> Result<PathBuf> {
    let abs = fs::canonicalize(path).map_err(|e| CoreError::io(path, e))?;
    if !abs.is_dir() {
        return Err(CoreError::NotADirectory { path: abs });
    }
    abs.ancestors()
        .find(|dir| {
            dir.join(".git").exists()
                || dir.join(".specify").is_dir()
                || discover::ROOT_NAMES.iter().any(|n| dir.join(n).is_dir())
        })
        .map(Path::to_path_buf)
        .ok_or(CoreError::NotFound {
            path: abs.join("specs"),
        })
}

/// Split `NNN-slug` into number and slug (`NNN` is at least 3 digits): spec-kit's sequential
/// feature names (see [`folder_name::FolderName`] for every kind).
pub fn parse_feature_dir(name: &str) -> Option<(&str, &str)> {
    folder_name::split_sequential(name)
}

/// `path` relative to `root`, its components joined by `/` (`path` whole when it is not under
/// `root`).
pub(crate) fn rel(root: &Path, path: &Path) -> String {
    // A scan calls this about 11 times per feature; going through `Components` was the largest
    // user-space cost of opening a repository.
    #[cfg(unix)]
    if let Some(plain) = rel_plain(root, path) {
        return plain;
    }
    rel_by_components(root, path)
}

fn rel_by_components(root: &Path, path: &Path) -> String {
    let r = path.strip_prefix(root).unwrap_or(path);
    r.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// [`rel`] without `Components`, for the paths a scan builds (`root` joined with file names):
/// when the bytes of `path` are those of `root`, a `/` and a plain `a/b/c` (no empty or `.`
/// component), its components are `root`'s followed by those, so the result is that `a/b/c`.
/// `None` for anything else.
#[cfg(unix)]
fn rel_plain(root: &Path, path: &Path) -> Option<String> {
    use std::os::unix::ffi::OsStrExt;
    let root = root.as_os_str().as_bytes();
    if root.is_empty() {
        return None;
    }
    let rest = path
        .as_os_str()
        .as_bytes()
        .strip_prefix(root)?
        .strip_prefix(b"/")?;
    let plain = !rest.is_empty() && rest.split(|&b| b == b'/').all(|c| !c.is_empty() && c != b".");
    plain.then(|| String::from_utf8_lossy(rest).into_owned())
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
    #[cfg(unix)]
    fn rel_without_components_agrees_with_components() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let non_utf8 = Path::new(OsStr::from_bytes(b"/r/specs/\xe2/\xff\xfeplan.md"));
        let cases: &[(&Path, &Path)] = &[
            (Path::new("/r"), Path::new("/r/specs/001-a/plan.md")),
            (Path::new("/r"), Path::new("/r/specs")),
            (Path::new("/r"), Path::new("/r")),
            (Path::new("/r"), Path::new("/r/")),
            (Path::new("/r"), Path::new("/r//specs")),
            (Path::new("/r"), Path::new("/r/specs/")),
            (Path::new("/r"), Path::new("/r/./specs")),
            (Path::new("/r"), Path::new("/r/specs/./a")),
            (Path::new("/r"), Path::new("/r/specs/../a")),
            (Path::new("/r"), Path::new("/rx/specs")),
            (Path::new("/r"), Path::new("/other/specs")),
            (Path::new("/r/"), Path::new("/r/specs")),
            (Path::new("/r/"), Path::new("/r//specs")),
            (Path::new("/r/."), Path::new("/r/./specs")),
            (Path::new("/r/.."), Path::new("/r/../specs")),
            (Path::new("/"), Path::new("/specs")),
            (Path::new("/"), Path::new("//specs")),
            (Path::new("."), Path::new("./specs")),
            (Path::new(""), Path::new("/specs")),
            (Path::new("r"), Path::new("r/specs/a.md")),
            (Path::new("/r"), Path::new("/r/spécs/001-é/plan.md")),
            (Path::new("/r"), non_utf8),
        ];
        for (root, path) in cases {
            assert_eq!(
                rel(root, path),
                rel_by_components(root, path),
                "{root:?} {path:?}"
            );
        }
        assert!(
            rel_plain(Path::new("/r"), Path::new("/r/specs/001-a")).is_some(),
            "the fast path is taken"
        );
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
