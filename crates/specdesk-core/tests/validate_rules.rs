//! One test per validation rule, on small fixtures written for these tests
//! (`tests/fixtures/lite/…` filled from the built-in Lite template, `tests/fixtures/ko/…` a
//! Korean custom template and a plan filled from it). Each asserts code, line and column.

use specdesk_core::template::{Template, TemplateSource, LITE_TEMPLATE};
use specdesk_core::validate::{validate_file, validate_plan, PlanContext, Rule};
use specdesk_core::{Diagnostic, Severity};
use std::path::{Path, PathBuf};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(fixture(rel)).unwrap()
}

const LITE_PLAN: &str = "lite/001-photo-albums/plan.md";
const KO_PLAN: &str = "ko/001-photo-albums/plan.md";

fn lite_ctx() -> PlanContext {
    PlanContext::for_plan_path(&fixture(LITE_PLAN))
}

fn lite(text: &str) -> Vec<Diagnostic> {
    validate_plan(text, &Template::builtin_lite(), &lite_ctx())
}

fn korean_template() -> Template {
    Template::from_text(
        read("ko/plan-template.md"),
        TemplateSource::Repo {
            rel_path: ".specify/templates/plan-template.md".into(),
        },
    )
}

fn korean(text: &str) -> Vec<Diagnostic> {
    validate_plan(
        text,
        &korean_template(),
        &PlanContext::for_plan_path(&fixture(KO_PLAN)),
    )
}

/// The diagnostics of `rule`.
fn of(ds: &[Diagnostic], rule: Rule) -> Vec<Diagnostic> {
    ds.iter().filter(|d| d.code == rule.code()).cloned().collect()
}

/// The single diagnostic of `rule`, asserting that nothing else was reported.
fn single(ds: &[Diagnostic], rule: Rule) -> Diagnostic {
    assert_eq!(ds.len(), 1, "expected exactly one {}: {ds:#?}", rule.name());
    let d = ds[0].clone();
    assert_eq!((d.code.as_str(), d.rule.as_str()), (rule.code(), rule.name()));
    assert_eq!(d.severity, rule.default_severity());
    d
}

fn at(d: &Diagnostic) -> (u32, u32) {
    (d.span.line, d.span.column)
}

/// `text` with every edit of the diagnostic's fix applied.
fn apply_fix(text: &str, d: &Diagnostic) -> String {
    let fix = d.fix.as_ref().expect("diagnostic has a fix");
    let mut out = text.to_string();
    for edit in fix.edits.iter().rev() {
        out.replace_range(edit.span.range(), &edit.insert);
    }
    out
}

/// `text` with the H2 section starting at `heading` removed (up to the next `## `).
fn without_section(text: &str, heading: &str) -> String {
    let start = text.find(heading).unwrap();
    let end = text[start + 3..]
        .find("\n## ")
        .map(|i| start + 3 + i + 1)
        .unwrap();
    format!("{}{}", &text[..start], &text[end..])
}

#[test]
fn a_plan_filled_from_lite_passes_clean() {
    let ds = lite(&read(LITE_PLAN));
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn crlf_plans_pass_clean_too() {
    let ds = lite(&read(LITE_PLAN).replace('\n', "\r\n"));
    assert!(ds.is_empty(), "{ds:#?}");
}

#[test]
fn the_bare_lite_template_reports_each_placeholder() {
    let ds = validate_plan(LITE_TEMPLATE, &Template::builtin_lite(), &PlanContext::default());
    // Every bracket group outside the code fence, except the checklist's `[ ]` marks.
    let mut in_fence = false;
    let mut expected = 0;
    for line in LITE_TEMPLATE.lines() {
        if line.starts_with("```") {
            in_fence = !in_fence;
        } else if !in_fence {
            expected += line.matches('[').count() - line.matches("[ ]").count();
        }
    }
    let placeholders = of(&ds, Rule::UnfilledPlaceholder);
    assert_eq!(placeholders.len(), expected, "{placeholders:#?}");
    assert_eq!(ds.len(), placeholders.len(), "only placeholders: {ds:#?}");
    let first = &placeholders[0];
    assert_eq!(
        (at(first), &LITE_TEMPLATE[first.span.range()]),
        ((1, 31), "[FEATURE]")
    );
    let date = placeholders
        .iter()
        .find(|d| &LITE_TEMPLATE[d.span.range()] == "[DATE]")
        .unwrap();
    assert_eq!(at(date), (3, 46));
    assert!(placeholders
        .iter()
        .any(|d| &LITE_TEMPLATE[d.span.range()] == "[###-feature-name]" && d.span.line == 4));
}

#[test]
fn missing_section_points_where_it_belongs_and_fixes_it() {
    let text = without_section(&read(LITE_PLAN), "## Validation Strategy");
    let ds = lite(&text);
    let d = single(&ds, Rule::MissingSection);
    assert!(d.message.contains("“Validation Strategy”"), "{}", d.message);
    // After the previous template section: where "## Risks & Follow-Ups" now starts.
    assert_eq!(at(&d), (48, 1));
    assert_eq!(d.span.start, d.span.end);
    assert!(text[d.span.start..].starts_with("## Risks & Follow-Ups"));
    let fixed = apply_fix(&text, &d);
    assert!(fixed.contains("\n\n## Validation Strategy\n- **Automated Tests**: [Contract"));
    let after = lite(&fixed);
    assert!(of(&after, Rule::MissingSection).is_empty());
    assert!(
        after.iter().all(|d| d.code == Rule::UnfilledPlaceholder.code()),
        "{after:#?}"
    );
    assert_eq!(after.len(), 3);
}

#[test]
fn extended_headings_still_match_their_template_section() {
    let text = read(LITE_PLAN).replace("## Technical Snapshot", "## Technical Snapshot & Decisions");
    assert!(lite(&text).is_empty(), "{:#?}", lite(&text));
}

#[test]
fn section_order_flags_the_moved_section() {
    let plan = read(LITE_PLAN);
    let checklist = &plan[plan.find("## Status Checklist").unwrap()..plan.find("\n---").unwrap() + 1];
    let rest = plan.replace(checklist, "");
    let at_summary = rest.find("## Summary").unwrap();
    let text = format!("{}{checklist}\n{}", &rest[..at_summary], &rest[at_summary..]);
    let ds = lite(&text);
    let d = single(&ds, Rule::SectionOrder);
    assert_eq!(at(&d), (16, 1));
    assert_eq!(&text[d.span.range()], "## Status Checklist");
    assert!(d.message.contains("after “Risks & Follow-Ups”"), "{}", d.message);
}

#[test]
fn unfilled_placeholders_are_reported_with_their_bytes() {
    let text = read(LITE_PLAN)
        .replace("TypeScript 5.4 on Node 20", "[e.g., Python 3.12]")
        .replace("None at the moment.", "NEEDS CLARIFICATION")
        .replace(
            "Family members who upload",
            "[Primary actors or personas] who upload",
        );
    let ds = lite(&text);
    let ds = of(&ds, Rule::UnfilledPlaceholder);
    let found: Vec<_> = ds.iter().map(|d| (at(d), &text[d.span.range()])).collect();
    assert_eq!(
        found,
        [
            ((18, 14), "[Primary actors or personas]"),
            ((25, 24), "[e.g., Python 3.12]"),
            ((54, 23), "NEEDS CLARIFICATION"),
        ]
    );
}

#[test]
fn filled_brackets_and_mentions_are_not_placeholders() {
    let text = read(LITE_PLAN).replace(
        "None at the moment.",
        "None; no `NEEDS CLARIFICATION` remain. Task T001 [P] runs in parallel with [list-only] work.",
    );
    assert!(lite(&text).is_empty());
}

#[test]
fn missing_header_field_is_a_warning_at_the_header_end() {
    let text = read(LITE_PLAN).replace(" | **Date**: 2025-03-14", "");
    let ds = lite(&text);
    let d = single(&ds, Rule::MissingHeaderField);
    assert_eq!(
        d.severity,
        Severity::Warning,
        "the plan is still readable: a warning (severity policy)"
    );
    assert!(d.message.contains("“Date”"));
    let input_line = text.lines().nth(3).unwrap();
    assert_eq!(at(&d), (4, input_line.chars().count() as u32 + 1));
    let fixed = apply_fix(&text, &d);
    assert!(fixed.contains("spec.md`\n\n**Date**: [DATE]\n"));
}

#[test]
fn empty_header_value_is_reported() {
    let text = read(LITE_PLAN).replace("**Date**: 2025-03-14 |", "**Date**: |");
    let d = single(&lite(&text), Rule::MissingHeaderField);
    assert_eq!(at(&d), (3, 34));
    assert!(d.message.contains("no value"));
}

#[test]
fn branch_mismatch_accepts_spec_kit_forms() {
    let plan = read(LITE_PLAN);
    let text = plan.replace("`001-photo-albums` |", "`002-other` |");
    let d = single(&lite(&text), Rule::BranchMismatch);
    assert_eq!(at(&d), (3, 14));
    assert_eq!(&text[d.span.range()], "002-other");
    assert!(apply_fix(&text, &d).contains("**Branch**: `001-photo-albums`"));
    for ok in ["feature/001-photo-albums", "feature/photo-albums", "main"] {
        let text = plan.replace("`001-photo-albums` |", &format!("`{ok}` |"));
        assert!(lite(&text).is_empty(), "{ok}");
    }
}

#[test]
fn invalid_date_suggests_iso() {
    let text = read(LITE_PLAN).replace("2025-03-14", "March 14, 2025");
    let d = single(&lite(&text), Rule::InvalidDate);
    assert_eq!(at(&d), (3, 44));
    assert_eq!(&text[d.span.range()], "March 14, 2025");
    assert!(apply_fix(&text, &d).contains("**Date**: 2025-03-14 |"));
    let revised = read(LITE_PLAN).replace("2025-03-14", "2025-03-14 (revised 2025-03-20)");
    assert!(lite(&revised).is_empty());
}

#[test]
fn spec_link_must_point_at_this_features_spec() {
    let text = read(LITE_PLAN).replace("[spec.md](./spec.md)", "[spec.md](../002-other/spec.md)");
    let d = single(&lite(&text), Rule::SpecLink);
    assert_eq!(at(&d), (3, 67));
    assert!(d.message.contains("002-other/spec.md"));
    let text = read(LITE_PLAN).replace("/specs/001-photo-albums/spec.md", "/specs/002-other/spec.md");
    let d = single(&lite(&text), Rule::SpecLink);
    assert_eq!(at(&d), (4, 46));
}

#[test]
fn spec_link_reports_a_missing_spec_file() {
    let dir = tempfile::tempdir().unwrap();
    let feature = dir.path().join("001-photo-albums");
    std::fs::create_dir(&feature).unwrap();
    std::fs::write(feature.join("research.md"), "# R\n").unwrap();
    let ctx = PlanContext::for_plan_path(&feature.join("plan.md"));
    let ds = validate_plan(&read(LITE_PLAN), &Template::builtin_lite(), &ctx);
    let d = single(&ds, Rule::SpecLink);
    assert_eq!(at(&d), (3, 67));
    assert!(d.message.contains("does not exist"));
}

#[test]
fn table_header_differs_from_the_template() {
    let text = read(LITE_PLAN).replace("| Area | Decision | Notes |", "| Area | Choice | Notes |");
    let d = single(&lite(&text), Rule::TableHeader);
    assert_eq!(at(&d), (23, 1));
    assert!(d.message.contains("| Area | Decision | Notes |"));
    assert!(lite(&apply_fix(&text, &d)).is_empty());
    // Extra columns are fine.
    let wider = read(LITE_PLAN)
        .replace(
            "| Area | Decision | Notes |",
            "| Area | Decision | Notes | Owner |",
        )
        .replace(
            "|------|----------|-------|",
            "|------|----------|-------|-------|",
        );
    assert!(of(&lite(&wider), Rule::TableHeader).is_empty());
}

#[test]
fn table_row_with_wrong_cell_count_is_an_error() {
    let text = read(LITE_PLAN).replace(
        "| Deployment / Hosting | Static site + single Node process | |",
        "| Deployment / Hosting | Static site | Node | extra |",
    );
    let d = single(&lite(&text), Rule::TableCells);
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(at(&d), (29, 1));
    assert!(d.message.contains("4 cells") && d.message.contains("has 3"));
}

#[test]
fn missing_label_is_reported_on_its_section() {
    let text = read(LITE_PLAN).replace(
        "- **Users**: Family members who upload photos; relatives who only view.\n",
        "",
    );
    let d = single(&lite(&text), Rule::MissingLabel);
    assert_eq!(at(&d), (16, 1));
    assert!(d.message.contains("**Users**") && d.message.contains("“Summary”"));
}

#[test]
fn empty_label_is_reported_on_its_line() {
    let text = read(LITE_PLAN).replace(
        "- **Users**: Family members who upload photos; relatives who only view.",
        "- **Users**:",
    );
    let d = single(&lite(&text), Rule::EmptyLabel);
    assert_eq!(at(&d), (18, 1));
}

#[test]
fn checklist_items_missing_or_renamed() {
    let text = read(LITE_PLAN)
        .replace(
            "- [ ] Work breakdown lists the minimal phases to ship",
            "- [ ] Work breakdown lists the phases to ship",
        )
        .replace(
            "- [ ] Validation strategy covers tests needed to protect the change\n",
            "",
        );
    let ds = of(&lite(&text), Rule::ChecklistItem);
    assert_eq!(ds.len(), 2, "{ds:#?}");
    let renamed = ds.iter().find(|d| d.message.contains("renamed")).unwrap();
    assert_eq!(at(renamed), (61, 7));
    assert_eq!(
        &text[renamed.span.range()],
        "Work breakdown lists the phases to ship"
    );
    let missing = ds.iter().find(|d| d.message.starts_with("Missing")).unwrap();
    assert!(missing.message.contains("Validation strategy covers tests"));
    // After the section's last task item.
    assert_eq!(at(missing), (63, 1));
    let fixed = apply_fix(&apply_fix(&text, missing), renamed);
    assert!(lite(&fixed).is_empty(), "{:#?}", lite(&fixed));
}

#[test]
fn broken_relative_links_only() {
    let text = read(LITE_PLAN).replace(
        "None at the moment.",
        "See [notes](./notes.md), [research](research.md#top), [site](https://example.com/x), [top](#summary), [mail](mailto:a@b.c).",
    );
    let d = single(&lite(&text), Rule::BrokenLink);
    assert_eq!(at(&d), (54, 27));
    assert_eq!(&text[d.span.range()], "[notes](./notes.md)");
}

#[test]
fn missing_subsection_is_reported_in_korean() {
    let plan = read(KO_PLAN);
    let start = plan.find("### 구축").unwrap();
    let end = plan.find("## 상태 점검표").unwrap();
    let text = format!("{}{}", &plan[..start], &plan[end..]);
    let d = single(&korean(&text), Rule::MissingSubsection);
    assert!(
        d.message.contains("“구축”") && d.message.contains("“구현 단계”"),
        "{}",
        d.message
    );
    assert_eq!(at(&d), (24, 1));
    assert!(text[d.span.start..].starts_with("## 상태 점검표"));
    assert!(korean(&apply_fix(&text, &d))
        .iter()
        .all(|d| d.code == Rule::UnfilledPlaceholder.code()));
}

#[test]
fn missing_title_is_an_error_at_the_top() {
    let plan = read(LITE_PLAN);
    let text = plan.split_once('\n').unwrap().1.trim_start().to_string();
    let d = single(&lite(&text), Rule::MissingTitle);
    assert_eq!(at(&d), (1, 1));
    assert!(apply_fix(&text, &d).starts_with("# Implementation Plan (Lite): [FEATURE]\n\n**Branch**"));
}

#[test]
fn korean_plan_filled_from_its_template_passes_clean() {
    let ds = korean(&read(KO_PLAN));
    assert!(ds.is_empty(), "{ds:#?}");
    let t = korean_template();
    let names: Vec<_> = t
        .expected
        .sections
        .iter()
        .map(|s| (s.name.as_str(), s.required))
        .collect();
    assert_eq!(
        names,
        [
            ("요약", true),
            ("기술 맥락", true),
            ("구현 단계", true),
            ("복잡도 추적", false),
            ("상태 점검표", true)
        ]
    );
}

#[test]
fn korean_missing_section_is_reported_with_its_korean_name() {
    let text = without_section(&read(KO_PLAN), "## 기술 맥락");
    let d = single(&korean(&text), Rule::MissingSection);
    assert_eq!(
        d.message,
        "Missing section “기술 맥락” (required by the template)"
    );
    assert_eq!(at(&d), (11, 1));
    assert!(text[d.span.start..].starts_with("## 구현 단계"));
    let fixed = apply_fix(&text, &d);
    assert!(fixed.contains("\n\n## 기술 맥락\n\n| 항목 | 결정 | 비고 |"));
}

#[test]
fn korean_template_placeholders_are_found_verbatim() {
    // `[주요 사용자]` is two words: only the template says it is a placeholder.
    let text = read(KO_PLAN).replace("사진을 올리는 가족 구성원과 보기만 하는 친척", "[주요 사용자]");
    let d = single(&korean(&text), Rule::UnfilledPlaceholder);
    assert_eq!(at(&d), (9, 12));
    assert_eq!(&text[d.span.range()], "[주요 사용자]");
    assert_eq!(d.span.column_utf16, 12);
}

#[test]
fn diagnostics_are_sorted_by_position() {
    let text = read(LITE_PLAN)
        .replace("2025-03-14", "someday")
        .replace("| Area | Decision | Notes |", "| Area | Choice | Notes |")
        .replace("None at the moment.", "[e.g., none]");
    let ds = lite(&text);
    assert!(ds.len() >= 3);
    assert!(ds.windows(2).all(|w| w[0].span.start <= w[1].span.start));
}

#[test]
fn validate_file_uses_the_plan_location() {
    let ds = validate_file(&fixture(LITE_PLAN), &Template::builtin_lite()).unwrap();
    assert!(ds.is_empty(), "{ds:#?}");
    let ctx = PlanContext::for_plan_path(&fixture(LITE_PLAN));
    assert_eq!(ctx.feature_dir_name.as_deref(), Some("001-photo-albums"));
    let err = validate_file(&fixture("lite/no-such/plan.md"), &Template::builtin_lite()).unwrap_err();
    assert_eq!(err.kind(), "notFound");
}
