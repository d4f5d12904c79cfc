//! The corpus generator is deterministic, and SpecDesk's check reports exactly the plans it
//! breaks on purpose (with the promised rule) and nothing in the others.

use specdesk_bench::corpus::{self, Defect, MANIFEST};
use specdesk_bench::floor;
use specdesk_core::check::check_repository;
use specdesk_core::repo::Repository;
use specdesk_core::store::Store;
use specdesk_core::template::Template;
use specdesk_core::validate::{validate_plan, PlanContext};
use specdesk_core::Severity;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Every file under `root` with its bytes, by relative path.
fn read_tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                files.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    files
}

#[test]
fn same_seed_writes_the_same_bytes_and_another_seed_does_not() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    corpus::generate(30, 42).write_to(a.path()).unwrap();
    corpus::generate(30, 42).write_to(b.path()).unwrap();
    let tree_a = read_tree(a.path());
    assert!(tree_a.len() > 30 * 4, "{} files", tree_a.len());
    assert_eq!(tree_a, read_tree(b.path()));
    assert_ne!(corpus::generate(30, 43), corpus::generate(30, 42));
    // A larger corpus starts with the same features: sizes can be compared feature by feature.
    let small = corpus::generate(5, 42);
    let large = corpus::generate(30, 42);
    assert_eq!(small.files[0], large.files[0]);
}

#[test]
fn plans_vary_in_length_and_some_are_broken() {
    let corpus = corpus::generate(200, 1);
    let plan_sizes: Vec<usize> = corpus
        .files
        .iter()
        .filter(|f| f.rel_path.ends_with("/plan.md"))
        .map(|f| f.text.len())
        .collect();
    assert_eq!(plan_sizes.len(), 200);
    let (min, max) = (plan_sizes.iter().min().unwrap(), plan_sizes.iter().max().unwrap());
    assert!(*min < 6_000 && *max > 30_000, "plan sizes {min}..{max}");
    let defects: BTreeSet<&str> = corpus.broken.iter().map(|b| b.defect.name()).collect();
    assert!(defects.len() >= 6, "{defects:?}");
    assert!(
        corpus.broken.len() > 10 && corpus.broken.len() < 50,
        "{}",
        corpus.broken.len()
    );
}

#[test]
fn check_reports_exactly_the_broken_plans() {
    let tmp = tempfile::tempdir().unwrap();
    let generated = corpus::generate(120, 3);
    generated.write_to(tmp.path()).unwrap();
    assert!(tmp.path().join(MANIFEST).is_file());
    let expected: BTreeMap<&str, Defect> = generated
        .broken
        .iter()
        .map(|b| (b.rel_path.as_str(), b.defect))
        .collect();

    let repo = Repository::open(tmp.path()).unwrap();
    let store = Store::new(&repo.root).unwrap();
    let template = Template::for_repo(&repo).unwrap();
    let result = check_repository(&repo, &store, &template);
    assert_eq!(result.plans.len(), 120);
    for plan in &result.plans {
        let codes: BTreeSet<&str> = plan.diagnostics.iter().map(|d| d.code.as_str()).collect();
        match expected.get(plan.rel_path.as_str()) {
            Some(defect) => assert_eq!(codes, BTreeSet::from([defect.code()]), "{}", plan.rel_path),
            None => assert!(codes.is_empty(), "{}: {:?}", plan.rel_path, plan.diagnostics),
        }
    }
    // The severity policy (docs/rules.md): a missing header field leaves the plan readable,
    // so it is a warning; a missing section and a malformed table are errors.
    let error_defects = [Defect::MissingSection, Defect::TableCells];
    let plans_with_errors = result
        .plans
        .iter()
        .filter(|p| p.diagnostics.iter().any(|d| d.severity == Severity::Error))
        .count();
    let expected_errors = generated
        .broken
        .iter()
        .filter(|b| error_defects.contains(&b.defect))
        .count();
    assert_eq!(plans_with_errors, expected_errors);
    assert_eq!(result.has_errors(), expected_errors > 0);
}

#[test]
fn plan_of_size_reaches_its_size_and_is_clean() {
    let template = Template::builtin_lite();
    for size in [20_000, 200_000] {
        let text = corpus::plan_of_size(9, size);
        assert!(
            text.len() >= size && text.len() < size * 3 / 2,
            "{size}: {}",
            text.len()
        );
        let diagnostics = validate_plan(&text, &template, &PlanContext::default());
        assert!(diagnostics.is_empty(), "{size}: {diagnostics:?}");
    }
}

#[test]
fn floor_reads_every_markdown_file() {
    let tmp = tempfile::tempdir().unwrap();
    let generated = corpus::generate(12, 5);
    generated.write_to(tmp.path()).unwrap();
    let all = floor::run(tmp.path(), None).unwrap();
    assert_eq!(all.files, generated.files.len());
    assert_eq!(all.bytes, generated.bytes());
    assert!(all.events > all.files * 10);
    let plans = floor::run(tmp.path(), Some("plan.md")).unwrap();
    assert_eq!(plans.files, 12);
}
