//! Discovery over real spec-kit repositories (`../shared/corpus`): each repository is copied
//! and made a git repository (as a user's clone is), then every `plan.md` a plain walk finds
//! outside template folders and `node_modules` must belong to a listed feature. Skipped, with a
//! notice, when the corpus is not there.

use specdesk_core::repo::{DocumentKind, Repository};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("SPECDESK_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"));
    dir.is_dir().then_some(dir)
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap().flatten() {
        let kind = entry.file_type().unwrap();
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            copy_tree(&entry.path(), &target);
        } else if kind.is_file() {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every `plan.md` under `dir` (repository-relative), template folders and `node_modules`
/// aside: what a user would call "the plans of this repository".
fn plans_on_disk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if entry.file_type().unwrap().is_dir() {
            if name != "templates" && name != "node_modules" && name != ".git" {
                plans_on_disk(root, &path, out);
            }
        } else if name == "plan.md" {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.insert(rel);
        }
    }
}

#[test]
fn every_plan_of_the_corpus_is_listed() {
    let Some(corpus) = corpus_dir() else {
        eprintln!("NOTICE: ../shared/corpus not found; corpus discovery test skipped");
        return;
    };
    let mut repos: Vec<PathBuf> = fs::read_dir(&corpus)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    repos.sort();
    let (mut listed_total, mut on_disk_total) = (0, 0);
    let mut missing = Vec::new();
    for repo in &repos {
        let copy = tempfile::tempdir().unwrap();
        copy_tree(repo, copy.path());
        // What `git init` leaves that matters here: the walk honours .gitignore inside a repository.
        fs::create_dir_all(copy.path().join(".git")).unwrap();
        let scanned = Repository::open(copy.path()).unwrap();
        let listed: BTreeSet<String> = scanned
            .features()
            .flat_map(|f| f.documents.iter())
            .filter(|d| d.kind == DocumentKind::Plan)
            .map(|d| d.rel_path.clone())
            .collect();
        let mut on_disk = BTreeSet::new();
        plans_on_disk(copy.path(), copy.path(), &mut on_disk);
        let name = repo.file_name().unwrap().to_string_lossy().to_string();
        eprintln!("{name}: {} of {} plans listed", listed.len(), on_disk.len());
        missing.extend(on_disk.difference(&listed).map(|p| format!("{name}: {p}")));
        listed_total += listed.intersection(&on_disk).count();
        on_disk_total += on_disk.len();
    }
    eprintln!("corpus: {listed_total} of {on_disk_total} plans listed");
    assert!(missing.is_empty(), "plans not listed:\n{}", missing.join("\n"));
    assert!(on_disk_total > 0, "the corpus has no plan at all: wrong folder?");
}
