//! Validation across languages, template generations and freeform plans, on plans written here
//! (the corpus test, `corpus_labels.rs`, covers real repositories when they are present).

use specdesk_core::diagnostic::{Diagnostic, Severity};
use specdesk_core::template::{Template, TemplateSource};
use specdesk_core::validate::{validate_plan, PlanContext};

fn template(text: &str) -> Template {
    Template::from_text(
        text.to_string(),
        TemplateSource::Repo {
            rel_path: ".specify/templates/plan-template.md".into(),
        },
    )
}

fn check(plan: &str, template_text: &str) -> Vec<Diagnostic> {
    validate_plan(plan, &template(template_text), &PlanContext::default())
}

fn codes(ds: &[Diagnostic]) -> Vec<&str> {
    ds.iter().map(|d| d.code.as_str()).collect()
}

const JAPANESE_TEMPLATE: &str = "# 実装計画: [機能名]

**ブランチ**: `[###-feature-name]` | **日付**: [日付] | **仕様**: [リンク]

## 概要

[機能仕様から抽出]

## 技術コンテキスト

**言語/バージョン**: [例: Python 3.11]
**主要依存関係**: [例: FastAPI]

## 憲章チェック

- [ ] 原則 I

## プロジェクト構造

[構造]
";

const ENGLISH_PLAN: &str = "# Implementation Plan: Photo albums

**Branch**: `001-photo-albums` | **Date**: 2026-03-09 | **Spec**: [spec.md](./spec.md)

## Summary

Albums for the photo app.

## Technical Context

**Language/Version**: Rust 1.80
**Primary Dependencies**: axum

## Constitution Check

- [x] Principle I: spec first
- [x] Principle IV: observability

## Project Structure

One crate.
";

#[test]
fn an_english_plan_matches_a_japanese_template() {
    let ds = check(ENGLISH_PLAN, JAPANESE_TEMPLATE);
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn a_missing_section_is_named_in_the_plans_language_with_the_templates_word() {
    let plan = ENGLISH_PLAN.replace("## Project Structure\n\nOne crate.\n", "");
    let ds = check(&plan, JAPANESE_TEMPLATE);
    assert_eq!(codes(&ds), ["SD001"], "{ds:#?}");
    assert_eq!(
        ds[0].message,
        "Missing section “Project Structure (プロジェクト構造)” (required by the template)"
    );
    assert_eq!(ds[0].severity, Severity::Error);
}

const SPEC_KIT_TEMPLATE: &str = "# Implementation Plan: [FEATURE]

**Branch**: `[###-feature-name]` | **Date**: [DATE] | **Spec**: [link]

## Execution Flow (/plan command scope)
```
1. Load feature spec from Input path
2. Fill Technical Context
```

## Summary

[Extract from feature spec]

## Technical Context

**Language/Version**: [e.g., Python 3.11 or NEEDS CLARIFICATION]
**Storage**: [if applicable, e.g., PostgreSQL or N/A]

## Constitution Check

*GATE: Must pass before Phase 0 research.*

- [ ] Simplicity: at most 3 projects

## Project Structure

[Structure]

## Phase 0: Outline & Research

1. Extract unknowns from Technical Context

## Progress Tracking

- [ ] Phase 0: Research complete
- [ ] Phase 1: Design complete

## Complexity Tracking

*Fill ONLY if Constitution Check has violations that must be justified*

| Violation | Why Needed |
|---|---|
";

#[test]
fn a_translated_plan_of_a_later_generation_with_suffixes_and_its_own_gate_is_clean() {
    // French headings and labels, a suffix on a heading, no Execution Flow, no Phase 0, no
    // Progress Tracking (a later generation), constitution items of its own, no Complexity
    // Tracking (conditional).
    let plan = "# Plan d'implémentation : Albums

**Branche**: `001-photo-albums` | **Date**: 2026-03-09 | **Spécification**: [spec.md](./spec.md)

## Résumé

Des albums.

## Contexte technique (notre pile)

**Langage/Version**: Rust 1.80
**Stockage**: SQLite

## Vérification de la constitution

- [x] Simplicité : un seul projet
- [x] Observabilité : journaux structurés

## Structure du projet

Un seul crate.
";
    let ds = check(plan, SPEC_KIT_TEMPLATE);
    assert!(ds.is_empty(), "{ds:#?}");
}

/// The Japanese template with English section headings (its labels stay Japanese).
fn english_headings(template: &str) -> String {
    template
        .replace("## 技術コンテキスト", "## Technical Context")
        .replace("## 概要", "## Summary")
        .replace("## 憲章チェック", "## Constitution Check")
        .replace("## プロジェクト構造", "## Project Structure")
}

#[test]
fn a_renamed_heading_in_the_templates_own_language_is_still_missing() {
    let plan = ENGLISH_PLAN
        .replace("## Technical Context", "## Things we use")
        .replace(
            "**Language/Version**: Rust 1.80\n**Primary Dependencies**: axum\n",
            "Rust.\n",
        );
    let english_template = english_headings(JAPANESE_TEMPLATE);
    let ds = check(&plan, &english_template);
    assert!(codes(&ds).contains(&"SD001"), "{ds:#?}");
    assert!(
        ds.iter().any(|d| d.message.contains("“Technical Context”")),
        "{ds:#?}"
    );
}

#[test]
fn an_unknown_translated_heading_in_its_place_counts_by_structure() {
    // `技術方針` is not in the vocabulary; it stands where Technical Context belongs, between
    // two sections that were found, with labeled lines as the template's has.
    let plan = ENGLISH_PLAN.replace("## Technical Context", "## 技術方針");
    let english_template = english_headings(JAPANESE_TEMPLATE);
    let ds = check(&plan, &english_template);
    assert!(!codes(&ds).contains(&"SD001"), "{ds:#?}");
    // Without the labeled lines it has not the shape: reported.
    let bare = plan.replace(
        "**Language/Version**: Rust 1.80\n**Primary Dependencies**: axum\n",
        "Rust.\n",
    );
    let ds = check(&bare, &english_template);
    assert!(codes(&ds).contains(&"SD001"), "{ds:#?}");
}

#[test]
fn a_freeform_plan_gets_one_diagnostic_saying_how_much_it_follows() {
    let plan = "# Photo albums\n\n## Summary\n\nAlbums.\n\n## Status\n\n- [x] Done\n";
    let ds = check(plan, SPEC_KIT_TEMPLATE);
    assert_eq!(codes(&ds), ["SD017"], "{ds:#?}");
    assert_eq!(
        ds[0].message,
        "Does not follow the template: 1 of 4 required sections found (Summary); missing Technical Context, Constitution Check, Project Structure"
    );
    assert_eq!(ds[0].severity, Severity::Error);
    // In Korean, the missing sections are named in Korean.
    let plan = "# 사진 앨범\n\n## 요약\n\n앨범.\n\n## 상태\n\n완료.\n";
    let ds = check(plan, SPEC_KIT_TEMPLATE);
    assert_eq!(codes(&ds), ["SD017"], "{ds:#?}");
    assert!(ds[0].message.contains("(요약 (Summary))"), "{}", ds[0].message);
    assert!(
        ds[0].message.contains("기술 컨텍스트 (Technical Context)"),
        "{}",
        ds[0].message
    );
}

#[test]
fn guidance_sections_are_never_required() {
    let template = format!("{SPEC_KIT_TEMPLATE}\n## ⚠️ Writing guidelines\n\n- Be brief\n");
    let plan = "# Implementation Plan: Albums

**Branch**: `001-photo-albums` | **Date**: 2026-03-09 | **Spec**: [spec.md](./spec.md)

## Summary

Albums.

## Technical Context

**Language/Version**: Rust 1.80

## Constitution Check

- [x] Simplicity

## Project Structure

One crate.
";
    let ds = check(plan, &template);
    assert!(ds.is_empty(), "{ds:#?}");
    let t = self::template(&template);
    let names: Vec<(&str, bool, bool)> = t
        .expected
        .sections
        .iter()
        .map(|s| (s.name.as_str(), s.guidance, s.generational))
        .collect();
    assert!(
        names.contains(&("Execution Flow (/plan command scope)", true, true)),
        "{names:?}"
    );
    assert!(names.contains(&("Progress Tracking", false, true)), "{names:?}");
    assert!(
        names.contains(&("⚠️ Writing guidelines", true, false)),
        "{names:?}"
    );
}

#[test]
fn full_width_colons_in_cjk_header_fields_and_labels() {
    let template = "# Implementation Plan: [FEATURE]

**Branch**: `[###-feature-name]` | **Date**: [DATE]

## Technical Context

**Language/Version**: [e.g., Python]
";
    let plan = "# 實作計畫：相簿

**分支**：`001-photo-albums` | **日期**：2026-03-09

## 技術背景

**語言/版本**：TypeScript 5.9
";
    let ds = check(plan, template);
    assert!(ds.is_empty(), "{ds:#?}");
}
