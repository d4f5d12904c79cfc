//! A repository without a plan template: each plan is checked against the built-in template it
//! follows (spec-kit's standard one or Lite), and says which.

use specdesk_core::check::{check_repository, repository_status};
use specdesk_core::repo::Repository;
use specdesk_core::store::Store;
use specdesk_core::template::{Template, TemplateSource, LITE_TEMPLATE};
use specdesk_core::validate::{validate_plan, PlanContext};
use std::fs;
use std::path::Path;

/// A plan written from spec-kit's standard template and filled in.
const FULL_FORMAT_PLAN: &str = "# Implementation Plan: Photo Albums

**Branch**: `001-photo-albums` | **Date**: 2025-03-02 | **Spec**: [spec.md](./spec.md)

**Input**: Feature specification from `/specs/001-photo-albums/spec.md`

## Summary

Let people group photos into albums, sorted by date, with drag and drop.

## Technical Context

**Language/Version**: TypeScript 5.4

**Primary Dependencies**: Vite, vanilla TS

**Storage**: SQLite

**Testing**: Vitest

**Target Platform**: Desktop browsers

**Project Type**: web-app

**Performance Goals**: 60 fps drag and drop

**Constraints**: offline-capable

**Scale/Scope**: 10k photos

## Constitution Check

Simplicity: one project, no framework. Passes.

## Project Structure

### Documentation (this feature)

```text
specs/001-photo-albums/
├── plan.md
└── tasks.md
```

### Source Code (repository root)

```text
src/
└── albums/
```

**Structure Decision**: One web project under `src/`.
";

/// A plan filled in from the Lite template (its placeholders replaced).
fn lite_format_plan() -> String {
    let re = regex::Regex::new(r"\[[^\[\]]+\]").unwrap();
    let filled = LITE_TEMPLATE
        .replace("`[###-feature-name]`", "`002-sharing`")
        .replace("[DATE]", "2025-03-04")
        .replace("[FEATURE]", "Sharing")
        .replace("[link]", "[spec.md](./spec.md)");
    // The checkboxes keep their `[ ]`; every other bracket group becomes prose.
    re.replace_all(&filled, |c: &regex::Captures| {
        let m = &c[0];
        if m == "[ ]" || m == "[x]" || m.starts_with("[spec.md") {
            m.to_string()
        } else {
            "filled in".to_string()
        }
    })
    .into_owned()
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

#[test]
fn a_template_less_repository_checks_each_plan_against_the_built_in_it_follows() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "specs/001-photo-albums/plan.md", FULL_FORMAT_PLAN);
    write(dir.path(), "specs/002-sharing/plan.md", &lite_format_plan());
    let repo = Repository::open(dir.path()).unwrap();
    let store = Store::new(&repo.root).unwrap();
    let template = Template::for_repo(&repo).unwrap();
    assert_eq!(template.source, TemplateSource::Builtins);
    // New plans still start from Lite.
    assert_eq!(template.text, LITE_TEMPLATE);

    let check = check_repository(&repo, &store, &template);
    assert_eq!(check.template, TemplateSource::Builtins);
    let full = &check.plans[0];
    assert_eq!(full.rel_path, "specs/001-photo-albums/plan.md");
    assert_eq!(full.template, Some(TemplateSource::BuiltinFull));
    assert!(
        full.diagnostics.iter().all(|d| d.code != "SD001"),
        "no missing-section errors: {:#?}",
        full.diagnostics
    );
    assert_eq!(full.counts.errors, 0, "{:#?}", full.diagnostics);

    let lite = &check.plans[1];
    assert_eq!(lite.template, Some(TemplateSource::BuiltinLite));
    assert_eq!(lite.counts.errors, 0, "{:#?}", lite.diagnostics);

    // What the full-format plan got when every template-less plan was judged against Lite.
    let against_lite = validate_plan(
        FULL_FORMAT_PLAN,
        &Template::builtin_lite(),
        &PlanContext::default(),
    );
    // It shares only its Summary with Lite: one “does not follow the template” error.
    let freeform: Vec<_> = against_lite.iter().filter(|d| d.code == "SD017").collect();
    assert_eq!(freeform.len(), 1, "{against_lite:#?}");
    assert!(
        freeform[0]
            .message
            .contains("1 of 7 required sections found (Summary)"),
        "{}",
        freeform[0].message
    );
    assert!(
        against_lite.iter().all(|d| d.code != "SD001"),
        "{against_lite:#?}"
    );

    // The sidebar's counts use the same choice.
    let status = repository_status(&repo, &store, &template);
    let errors: Vec<_> = status
        .features
        .iter()
        .map(|f| f.diagnostics.map(|c| c.errors))
        .collect();
    assert_eq!(errors, [Some(0), Some(0)]);
}

#[test]
fn a_repository_template_is_used_for_every_plan() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "specs/001-photo-albums/plan.md", FULL_FORMAT_PLAN);
    write(dir.path(), ".specify/templates/plan-template.md", LITE_TEMPLATE);
    let repo = Repository::open(dir.path()).unwrap();
    let store = Store::new(&repo.root).unwrap();
    let template = Template::for_repo(&repo).unwrap();
    let check = check_repository(&repo, &store, &template);
    let source = TemplateSource::Repo {
        rel_path: ".specify/templates/plan-template.md".into(),
    };
    assert_eq!(check.plans[0].template, Some(source));
    assert!(check.plans[0].diagnostics.iter().any(|d| d.code == "SD017"));
}
