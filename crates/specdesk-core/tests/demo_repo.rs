//! The example repositories under `examples/` are what SpecDesk demos and the end-to-end tests
//! open. These tests pin down that they look the way `examples/demo-repo/README.md` says:
//! features, documents, odd bytes, and exactly which plans are broken on purpose.

use specdesk_core::markdown::task_items;
use specdesk_core::plan::Plan;
use specdesk_core::repo::{DocumentKind, Feature, Repository};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const LITE: &str = include_str!("../templates/plan-template-lite.md");
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

const FEATURES: [&str; 8] = [
    "001-photo-albums",
    "002-family-invites",
    "003-face-grouping",
    "004-memories-digest",
    "005-shared-comments",
    "006-offline-sync",
    "007-print-orders",
    "008-app-localization",
];

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
}

fn demo() -> Repository {
    Repository::open(&example("demo-repo")).expect("examples/demo-repo opens")
}

/// The text a reader hands to [`Plan::parse`]: a leading BOM removed (pulldown-cmark does not
/// skip it, and the `# title` line would no longer be a heading).
fn read_text(path: &Path) -> String {
    let bytes = fs::read(path).unwrap();
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn h2_names(plan: &Plan) -> Vec<String> {
    plan.sections.iter().map(|s| s.heading.text.clone()).collect()
}

fn kinds(feature: &Feature) -> Vec<DocumentKind> {
    feature.documents.iter().map(|d| d.kind).collect()
}

fn plan_of(repo: &Repository, feature: &Feature) -> Option<(PathBuf, Plan)> {
    let doc = feature.document(DocumentKind::Plan)?;
    let path = repo.abs(&doc.rel_path);
    let plan = Plan::parse(&read_text(&path));
    Some((path, plan))
}

fn is_iso_date(value: &str) -> bool {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok()
}

/// Relative link targets in `plan` (at `path`) that do not exist.
fn dead_links(path: &Path, plan: &Plan) -> Vec<String> {
    let dir = path.parent().unwrap();
    plan.links
        .iter()
        .map(|l| l.destination.as_str())
        .filter(|d| !d.contains("://") && !d.starts_with('#'))
        .filter(|d| !dir.join(d.split('#').next().unwrap_or(d)).exists())
        .map(str::to_string)
        .collect()
}

#[test]
fn demo_repo_is_found_by_its_specs_folder() {
    let root = example("demo-repo");
    assert!(!root.join(".git").exists() && !root.join(".specify").exists());
    let repo = demo();
    assert_eq!(repo.root, fs::canonicalize(&root).unwrap());
    let dirs: Vec<_> = repo.specs_dirs.iter().map(|d| d.rel_path.as_str()).collect();
    assert_eq!(dirs, ["specs"]);
    assert!(
        repo.specs_dirs[0].others.is_empty(),
        "{:?}",
        repo.specs_dirs[0].others
    );
    assert!(
        repo.plan_template_path().is_none(),
        "the built-in Lite template applies"
    );
}

#[test]
fn eight_features_in_numeric_order() {
    let repo = demo();
    let names: Vec<_> = repo.features().map(|f| f.dir_name.as_str()).collect();
    assert_eq!(names, FEATURES);
    let numbers: Vec<_> = repo.features().map(|f| f.number_value()).collect();
    assert_eq!(numbers, (1..=8).collect::<Vec<u64>>());
}

#[test]
fn documents_of_each_feature() {
    use DocumentKind::*;
    let repo = demo();
    let expected: [(&str, &[DocumentKind]); 8] = [
        (
            "001-photo-albums",
            &[
                Plan, Spec, Tasks, Research, DataModel, Quickstart, Checklist, Contract,
            ],
        ),
        ("002-family-invites", &[Plan, Spec, Tasks, Checklist]),
        ("003-face-grouping", &[Plan, Spec, Tasks, Research]),
        ("004-memories-digest", &[Plan, Spec, Checklist]),
        ("005-shared-comments", &[Plan, Spec, Tasks]),
        ("006-offline-sync", &[Plan, Spec, Tasks, Research, DataModel]),
        ("007-print-orders", &[Spec]),
        (
            "008-app-localization",
            &[Plan, Spec, Tasks, Quickstart, Checklist],
        ),
    ];
    for (name, want) in expected {
        let f = repo.feature(&format!("specs/{name}")).unwrap();
        assert_eq!(kinds(f), want, "{name}");
        assert!(f.documents.iter().all(|d| d.kind != Other), "{name}");
    }
    let albums = repo.feature("specs/001-photo-albums").unwrap();
    let contract = albums.document(Contract).unwrap();
    assert_eq!(contract.name, "contracts/albums.openapi.yaml");
    assert!(fs::read_to_string(repo.abs(&contract.rel_path))
        .unwrap()
        .starts_with("openapi: 3.1.0\n"));
    assert_eq!(
        albums.document(Checklist).unwrap().name,
        "checklists/requirements.md"
    );
}

#[test]
fn the_spec_only_feature_has_no_plan() {
    let repo = demo();
    let without_plan: Vec<_> = repo
        .features()
        .filter(|f| f.document(DocumentKind::Plan).is_none())
        .map(|f| f.dir_name.as_str())
        .collect();
    assert_eq!(without_plan, ["007-print-orders"]);
    assert!(!repo.abs("specs/007-print-orders/plan.md").exists());
}

#[test]
fn one_plan_is_crlf_and_one_has_a_bom() {
    let repo = demo();
    let mut crlf = Vec::new();
    let mut bom = Vec::new();
    for f in repo.features() {
        let Some(doc) = f.document(DocumentKind::Plan) else {
            continue;
        };
        let bytes = fs::read(repo.abs(&doc.rel_path)).unwrap();
        let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
        let crlfs = bytes.windows(2).filter(|w| w == b"\r\n").count();
        assert!(newlines > 50, "{}", doc.rel_path);
        match crlfs {
            0 => {}
            n if n == newlines => crlf.push(f.dir_name.as_str()),
            n => panic!("{}: mixed line endings ({n} of {newlines})", doc.rel_path),
        }
        if bytes.starts_with(UTF8_BOM) {
            bom.push(f.dir_name.as_str());
        }
        assert!(
            !bytes[UTF8_BOM.len()..].windows(3).any(|w| w == UTF8_BOM),
            "{}: a BOM only ever at the start",
            doc.rel_path
        );
    }
    assert_eq!(crlf, ["002-family-invites"]);
    assert_eq!(bom, ["008-app-localization"]);
    let text = read_text(&repo.abs("specs/008-app-localization/plan.md"));
    assert!(text.contains('é'));
    assert!(
        text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)),
        "Hangul"
    );
    assert!(
        text.chars().any(|c| c as u32 > 0xFFFF),
        "an emoji outside the BMP"
    );
}

#[test]
fn every_plan_has_the_lite_outline_except_the_one_missing_a_section() {
    let repo = demo();
    let lite = Plan::parse(LITE);
    let lite_h2 = h2_names(&lite);
    assert_eq!(lite_h2.len(), 8);
    let mut plans = 0;
    for f in repo.features() {
        let Some((_, plan)) = plan_of(&repo, f) else {
            continue;
        };
        plans += 1;
        let title = plan.title.as_ref().expect("a title").text.as_str();
        assert!(title.starts_with("Implementation Plan (Lite): "), "{title}");
        assert!(plan.feature_name.as_deref().is_some_and(|n| !n.is_empty()));
        let header: Vec<_> = plan.header_fields.iter().map(|h| h.name.as_str()).collect();
        assert_eq!(header, ["Branch", "Date", "Spec", "Input"], "{}", f.dir_name);
        let mut want = lite_h2.clone();
        if f.dir_name == "003-face-grouping" {
            want.retain(|s| s != "Validation Strategy");
        }
        assert_eq!(h2_names(&plan), want, "{}", f.dir_name);
        assert_eq!(plan.tables.len(), 2, "{}", f.dir_name);
        let checklist = plan.tasks_in_section("Status Checklist");
        assert_eq!(checklist.len(), 5, "{}", f.dir_name);
        let lite_items: Vec<_> = lite.tasks.iter().map(|t| t.text.as_str()).collect();
        let items: Vec<_> = checklist.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            items, lite_items,
            "{}: same checklist items as the template",
            f.dir_name
        );
    }
    assert_eq!(plans, 7);
}

#[test]
fn status_checklists_mix_ticked_and_unticked() {
    let repo = demo();
    let ticked: Vec<(String, usize)> = repo
        .features()
        .filter_map(|f| plan_of(&repo, f).map(|(_, p)| (f.dir_name.clone(), p)))
        .map(|(name, p)| (name, p.tasks.iter().filter(|t| t.checked).count()))
        .collect();
    assert!(ticked.iter().any(|(_, n)| *n == 5), "{ticked:?}");
    assert!(ticked.iter().any(|(_, n)| *n < 5), "{ticked:?}");
}

/// Parse-level symptoms of the problems the README lists; the validator reports them properly.
fn parse_level_problems(feature: &Feature, path: &Path, plan: &Plan, lite_h2: &[String]) -> Vec<String> {
    let mut problems = Vec::new();
    for s in lite_h2 {
        if plan.section(s).is_none() {
            problems.push(format!("missing section {s}"));
        }
    }
    for p in &plan.placeholders {
        problems.push(format!(
            "placeholder {} at {}:{}",
            p.text, p.span.line, p.span.column
        ));
    }
    let branch = plan.header_field("Branch").map(|b| b.value.as_str());
    if branch != Some(feature.dir_name.as_str()) {
        problems.push(format!("branch {branch:?}"));
    }
    let date = plan.header_field("Date").map(|d| d.value.as_str()).unwrap_or("");
    if !is_iso_date(date) && !date.starts_with('[') {
        problems.push(format!("date {date}"));
    }
    for t in &plan.tables {
        for r in t.rows.iter().filter(|r| r.written_cells != t.header.len()) {
            problems.push(format!(
                "row at line {} has {} cells",
                r.span.line, r.written_cells
            ));
        }
    }
    for d in dead_links(path, plan) {
        problems.push(format!("dead link {d}"));
    }
    problems
}

#[test]
fn exactly_the_plans_the_readme_lists_are_broken() {
    let repo = demo();
    let lite_h2 = h2_names(&Plan::parse(LITE));
    let mut broken = BTreeSet::new();
    for f in repo.features() {
        let Some((path, plan)) = plan_of(&repo, f) else {
            continue;
        };
        let problems = parse_level_problems(f, &path, &plan, &lite_h2);
        let expected: &[&str] = match f.dir_name.as_str() {
            "003-face-grouping" => &["missing section Validation Strategy"],
            "004-memories-digest" => &[
                "placeholder [DATE] at 3:47",
                "placeholder [e.g., PostgreSQL] at 27:20",
                "placeholder [NEEDS CLARIFICATION: weekly digest or one email on every day that has memories?] at 54:23",
            ],
            "005-shared-comments" => &["branch Some(\"005-comments\")", "date March 3rd"],
            "006-offline-sync" => &["row at line 27 has 4 cells", "dead link ./sync-protocol.md"],
            _ => &[],
        };
        assert_eq!(problems, expected, "{}", f.dir_name);
        if !problems.is_empty() {
            broken.insert(format!("specs/{}/plan.md", f.dir_name));
        }
    }
    let readme = fs::read_to_string(example("demo-repo").join("README.md")).unwrap();
    let listed: BTreeSet<String> = readme
        .lines()
        .filter_map(|l| l.strip_prefix("### `"))
        .filter_map(|l| l.split('`').next())
        .filter(|p| p.ends_with("plan.md"))
        .map(str::to_string)
        .collect();
    assert_eq!(listed, broken);
    assert!(readme.contains("### `specs/007-print-orders/` — no plan"));
}

#[test]
fn specs_tasks_and_checklists_are_spec_kit_shaped() {
    let repo = demo();
    let mut checked = 0;
    let mut unchecked = 0;
    for f in repo.features() {
        for d in &f.documents {
            let text = read_text(&repo.abs(&d.rel_path));
            match d.kind {
                DocumentKind::Spec => {
                    assert!(text.starts_with("# Feature Specification: "), "{}", d.rel_path);
                    assert!(text.contains(&format!("**Feature Branch**: `{}`", f.dir_name)));
                    for needle in ["### User Story 1 - ", "- **FR-001**: ", "- **SC-001**: "] {
                        assert!(text.contains(needle), "{}: {needle}", d.rel_path);
                    }
                }
                DocumentKind::Tasks => {
                    assert!(text.contains("## Phase 1: Setup"), "{}", d.rel_path);
                    assert!(text.contains("## Phase 2: Foundational"), "{}", d.rel_path);
                    assert!(text.contains("## Phase 3: User Story 1 - "), "{}", d.rel_path);
                    let tasks = task_items(&text);
                    assert!(tasks.len() >= 10, "{}", d.rel_path);
                    assert!(tasks[0].text.starts_with("T001 "), "{}", d.rel_path);
                    assert!(tasks.iter().any(|t| t.text.contains("[P] [US1] ")));
                    checked += tasks.iter().filter(|t| t.checked).count();
                    unchecked += tasks.iter().filter(|t| !t.checked).count();
                }
                DocumentKind::Checklist => {
                    let items = task_items(&text);
                    assert!(items.len() >= 10, "{}", d.rel_path);
                    assert!(items.iter().all(|t| t.text.starts_with("CHK")), "{}", d.rel_path);
                }
                _ => {}
            }
        }
    }
    assert!(
        checked > 20 && unchecked > 20,
        "{checked} ticked, {unchecked} open"
    );
}

#[test]
fn custom_template_repo_uses_its_own_template() {
    let repo = Repository::open(&example("custom-template-repo")).unwrap();
    let template_path = repo
        .plan_template_path()
        .expect(".specify/templates/plan-template.md");
    let template = Plan::parse(&read_text(&template_path));
    let template_h2 = h2_names(&template);
    assert!(template.section("Rollout").is_some());
    assert_eq!(template_h2.len(), h2_names(&Plan::parse(LITE)).len() + 1);
    let names: Vec<_> = repo.features().map(|f| f.dir_name.as_str()).collect();
    assert_eq!(names, ["001-trip-planner", "002-gear-lists"]);
    for f in repo.features() {
        let (path, plan) = plan_of(&repo, f).unwrap();
        let mut want = template_h2.clone();
        if f.dir_name == "002-gear-lists" {
            want.retain(|s| s != "Rollout");
        }
        assert_eq!(h2_names(&plan), want, "{}", f.dir_name);
        assert!(plan.placeholders.is_empty(), "{:?}", plan.placeholders);
        assert!(dead_links(&path, &plan).is_empty());
        assert_eq!(plan.header_field("Branch").unwrap().value, f.dir_name);
    }
}
