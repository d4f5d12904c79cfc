//! Validation in the real app, on a Korean repository: a plan written from a Korean template
//! (with its own wording for a section, and its own constitution items) gets no false error,
//! and a rule turned off in `specdesk.toml` from outside loses its marks at once; a broken
//! `specdesk.toml` is shown with its line.

use crate::harness::{ensure, run, step, strings, wait_for_editor, write_file, App, Check};
use std::fs;
use std::path::Path;

/// A Korean plan template in spec-kit's shape (our own text).
const KOREAN_TEMPLATE: &str = "# 구현 계획: [기능 이름]

**브랜치**: `[###-feature-name]` | **날짜**: [날짜] | **명세서**: [링크]
**입력**: `/specs/[###-feature-name]/spec.md`의 기능 명세서

## 요약

[기능 명세서에서 추출: 주요 요구사항과 기술 접근 방식]

## 기술 컨텍스트

**언어/버전**: [예: Rust 1.80 또는 확인 필요]
**주요 의존성**: [예: axum 또는 확인 필요]
**테스트**: [예: cargo test 또는 확인 필요]

## 헌법 준수 확인

*게이트: 0단계 조사 전에 통과해야 합니다.*

- [ ] 원칙 I: 명세 우선
- [ ] 원칙 II: 테스트 우선

## 프로젝트 구조

```text
specs/[###-feature]/
├── plan.md
└── tasks.md
```

## 복잡성 추적

> **헌법 준수 확인에 정당화가 필요한 위반이 있는 경우에만 작성**

| 위반 | 필요한 이유 |
|---|---|
| [예: 네 번째 프로젝트] | [현재 필요한 이유] |
";

/// A filled plan from that template: "기술적 문맥 (Technical Context)" where the template says
/// "기술 컨텍스트", constitution items of its own, no Complexity Tracking (optional), and one
/// placeholder left in (`[예: …]`) — the only finding.
const KOREAN_PLAN: &str = "# 구현 계획: 사진 앨범

**브랜치**: `001-photo-albums` | **날짜**: 2026-03-09 | **명세서**: [spec.md](./spec.md)
**입력**: `/specs/001-photo-albums/spec.md`의 기능 명세서

## 요약

사용자가 사진을 앨범으로 묶고 날짜순으로 정렬한다.

## 기술적 문맥 (Technical Context)

**언어/버전**: Rust 1.80
**주요 의존성**: [예: axum 또는 확인 필요]
**테스트**: cargo test

## 헌법 준수 확인

- [x] 원칙 I: 앨범 명세가 먼저 작성됨
- [x] 원칙 III: 단순한 저장 구조

## 프로젝트 구조

```text
specs/001-photo-albums/
├── plan.md
└── tasks.md
```
";

/// The Problems panel's findings as `CODE:line`.
async fn problems(app: &App) -> Check<Vec<String>> {
    let value = app
        .execute(
            "return Array.from(document.querySelectorAll('[data-testid=problem]'))
               .map(e => e.getAttribute('data-code') + ':' + e.getAttribute('data-line'));",
        )
        .await?;
    Ok(strings(&value))
}

async fn lint_marks(app: &App) -> Check<u64> {
    let marks = app
        .execute("return document.querySelectorAll('.cm-lint-marker, .cm-lintRange').length")
        .await?;
    Ok(marks.as_u64().unwrap_or(0))
}

#[tokio::test]
async fn a_korean_plan_has_no_false_error_and_specdesk_toml_turns_a_rule_off_live() {
    let repo = tempfile::tempdir().unwrap();
    let root = repo.path().to_path_buf();
    fs::create_dir_all(root.join(".git")).unwrap();
    for (rel, text) in [
        (".specify/templates/plan-template.md", KOREAN_TEMPLATE),
        ("specs/001-photo-albums/plan.md", KOREAN_PLAN),
        ("specs/001-photo-albums/spec.md", "# 기능 명세: 사진 앨범\n"),
    ] {
        write_file(&root, rel, text).unwrap();
    }
    let path = root.to_str().unwrap().to_string();
    run(
        "a_korean_plan_has_no_false_error_and_specdesk_toml_turns_a_rule_off_live",
        &[&path],
        |app| {
            Box::pin(async move {
                wait_for_editor(app, "the Korean plan", |t| t.contains("사진 앨범")).await?;
                let before = app
                    .wait_for_texts("[data-testid=problem]", |t| !t.is_empty())
                    .await?;
                let codes = problems(app).await?;
                let placeholder_line = KOREAN_PLAN
                    .lines()
                    .position(|l| l.contains("[예: axum"))
                    .map_or(0, |i| i + 1);
                ensure(codes == [format!("SD003:{placeholder_line}")], || {
                    format!("the only finding should be the placeholder left in: {codes:?} {before:?}")
                })?;
                let count = app.texts("[data-testid=problem-count]").await?;
                ensure(count.first().is_some_and(|c| c.starts_with("0 errors")), || {
                    format!("errors on a Korean plan that follows its template: {count:?}")
                })?;
                ensure(lint_marks(app).await? > 0, || {
                    "the placeholder is not marked".into()
                })?;
                if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                    app.save_screenshot(&Path::new(&dir).join("korean-plan.png"))
                        .await?;
                }

                step(
                    "turn SD003 off in specdesk.toml",
                    write_file(
                        &root,
                        "specdesk.toml",
                        "[rules]\nunfilled-placeholder = \"off\"\n",
                    ),
                )?;
                let shown = app
                    .wait_for_texts("[data-testid=config-in-effect]", |t| {
                        t.first().is_some_and(|t| t.contains("SD003 off"))
                    })
                    .await?;
                ensure(shown == ["Configuration: specdesk.toml (SD003 off)"], || {
                    format!("configuration shown: {shown:?}")
                })?;
                app.wait_for_texts("[data-testid=problem-count]", |t| {
                    t.first().is_some_and(|c| c.starts_with("0 errors · 0 warnings"))
                })
                .await?;
                let codes = problems(app).await?;
                ensure(codes.is_empty(), || format!("still listed: {codes:?}"))?;
                let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
                while lint_marks(app).await? > 0 {
                    ensure(std::time::Instant::now() < deadline, || {
                        "the editor still marks the placeholder".into()
                    })?;
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                }
                if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                    app.save_screenshot(&Path::new(&dir).join("korean-plan-rule-off.png"))
                        .await?;
                }

                step(
                    "break specdesk.toml",
                    write_file(
                        &root,
                        "specdesk.toml",
                        "[rules]\nunfilled-placeholder = \"off\"\nSD099 = \"off\"\n",
                    ),
                )?;
                let alert = app
                    .wait_for_texts("[data-testid=config-error]", |t| !t.is_empty())
                    .await?;
                ensure(
                    alert[0].starts_with("specdesk.toml:3:1: unknown rule “SD099”"),
                    || format!("broken configuration shown as {alert:?}"),
                )?;
                // The defaults apply again, visibly: the placeholder is reported once more.
                app.wait_for_texts("[data-testid=problem]", |t| !t.is_empty())
                    .await?;
                let codes = problems(app).await?;
                ensure(codes == [format!("SD003:{placeholder_line}")], || {
                    format!("with the defaults: {codes:?}")
                })
            })
        },
    )
    .await;
}
