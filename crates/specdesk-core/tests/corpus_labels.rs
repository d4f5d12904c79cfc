//! Validation against hand labels of real spec-kit repositories (`../shared/corpus`).
//!
//! Every plan of the corpus was read by hand and labelled in `tests/data/corpus_labels/<repo>.toml`
//! (the corpus itself is other teams' work and stays out of this repository): whether it follows
//! its template, and what is truly wrong with it, each problem as the rule that should report it
//! and the line. This test holds that
//! - no plan that follows its template gets an error, and
//! - every labelled problem is still reported, by its rule, on its line.
//!
//! It prints, per repository, the errors, warnings and infos, and how many diagnostics are a
//! labelled problem. Skipped, with a notice, when the corpus is not there.

use serde::Deserialize;
use specdesk_core::check::check_repository;
use specdesk_core::diagnostic::Severity;
use specdesk_core::repo::Repository;
use specdesk_core::store::Store;
use specdesk_core::template::Template;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelFile {
    plan: Vec<PlanLabel>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanLabel {
    path: String,
    follows_template: bool,
    problems: Vec<Problem>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Problem {
    rule: String,
    line: Option<u32>,
    note: String,
}

fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("SPECDESK_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"));
    dir.is_dir().then_some(dir)
}

fn label_files() -> BTreeMap<String, LabelFile> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/corpus_labels");
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(&dir).unwrap().flatten() {
        let path = entry.path();
        let Some(repo) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        let text = fs::read_to_string(&path).unwrap();
        let file: LabelFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        out.insert(repo, file);
    }
    out
}

#[test]
fn the_label_files_are_well_formed() {
    let rules: Vec<&str> = specdesk_core::validate::Rule::ALL
        .iter()
        .map(|r| r.name())
        .collect();
    let files = label_files();
    assert!(files.len() >= 9, "one label file per corpus repository");
    for (repo, file) in &files {
        assert!(!file.plan.is_empty(), "{repo}");
        for plan in &file.plan {
            for p in &plan.problems {
                assert!(
                    rules.contains(&p.rule.as_str()),
                    "{repo} {}: unknown rule {}",
                    plan.path,
                    p.rule
                );
                assert!(!p.note.is_empty());
            }
        }
    }
}

#[test]
fn plans_that_follow_their_template_have_no_error_and_true_problems_are_reported() {
    let Some(corpus) = corpus_dir() else {
        eprintln!("NOTICE: ../shared/corpus not found; corpus label test skipped");
        return;
    };
    let mut failures = Vec::new();
    let (mut labelled_total, mut labelled_found) = (0, 0);
    for (repo_name, labels) in label_files() {
        let root = corpus.join(&repo_name);
        if !root.is_dir() {
            failures.push(format!("{repo_name}: labelled, but not in the corpus"));
            continue;
        }
        let repo = Repository::open(&root).unwrap();
        let store = Store::new(&repo.root).unwrap();
        let template = Template::for_repo(&repo).unwrap();
        let checked = check_repository(&repo, &store, &template);
        let by_path: BTreeMap<&str, &PlanLabel> = labels.plan.iter().map(|p| (p.path.as_str(), p)).collect();
        let mut counted = [0usize; 3];
        let mut true_diagnostics = 0;
        for plan in &checked.plans {
            let Some(label) = by_path.get(plan.rel_path.as_str()) else {
                failures.push(format!("{repo_name}: {} has no label", plan.rel_path));
                continue;
            };
            for d in &plan.diagnostics {
                counted[match d.severity {
                    Severity::Error => 0,
                    Severity::Warning => 1,
                    Severity::Info => 2,
                }] += 1;
                let labelled = label
                    .problems
                    .iter()
                    .any(|p| p.rule == d.rule && p.line.is_none_or(|l| l == d.span.line));
                true_diagnostics += usize::from(labelled);
                if label.follows_template && d.severity == Severity::Error && !labelled {
                    failures.push(format!(
                        "{repo_name}: {}:{}: false error {} {}",
                        plan.rel_path, d.span.line, d.code, d.message
                    ));
                }
            }
            for p in &label.problems {
                labelled_total += 1;
                let reported = plan
                    .diagnostics
                    .iter()
                    .any(|d| d.rule == p.rule && p.line.is_none_or(|l| l == d.span.line));
                if reported {
                    labelled_found += 1;
                } else {
                    failures.push(format!(
                        "{repo_name}: {}:{}: {} not reported ({})",
                        plan.rel_path,
                        p.line.map_or("-".to_string(), |l| l.to_string()),
                        p.rule,
                        p.note
                    ));
                }
            }
        }
        for label in &labels.plan {
            if !checked.plans.iter().any(|p| p.rel_path == label.path) {
                failures.push(format!("{repo_name}: {} is labelled but not checked", label.path));
            }
        }
        let total: usize = counted.iter().sum();
        eprintln!(
            "{repo_name}: {} plans, {} errors, {} warnings, {} infos; {true_diagnostics} of {total} diagnostics are labelled problems",
            checked.plans.len(),
            counted[0],
            counted[1],
            counted[2]
        );
    }
    eprintln!("labelled problems reported: {labelled_found} of {labelled_total}");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
