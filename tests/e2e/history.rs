//! End-to-end tests of local history and requirement coverage in the app: a plan replaced by
//! its template from outside brings up the notice and "Restore previous" puts the filled plan
//! back byte for byte; a feature folder deleted outside comes back from the sidebar's "Deleted"
//! list; the History panel lists saves and outside changes, restores an older version and the
//! editor undoes that restore; the Coverage panel flags an uncovered requirement and opens
//! spec.md at its line.
//!
//! Screenshots of the History panel and of the coverage table are saved to
//! `tests/e2e/screenshots/` (next to the harness's failure screenshots).

use crate::harness::{bounded, ensure, run, step, wait_for_editor, App, Check, CTRL, PATIENCE, RELEASE};
use specdesk_core::template::Template;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const END: char = '\u{E010}';

const PLAN: &str = "specs/001-photo-albums/plan.md";

/// A filled-in plan of the built-in Lite template.
const FILLED_PLAN: &str = "# Implementation Plan (Lite): Photo albums\n\
\n\
**Branch**: `001-photo-albums` | **Date**: 2025-01-15 | **Spec**: [spec](./spec.md)  \n\
**Input**: Feature specification located at `/specs/001-photo-albums/spec.md`\n\
\n\
## Summary\n\
- **Goal**: Group photos into albums by date and place.\n\
- **Users**: Everyone with a photo library.\n\
- **Critical Behaviors**: Create, rename and delete albums; drag photos between them.\n\
- **Non‑Negotiables**: Albums load in under 200 ms with 10k photos.\n\
\n\
## Technical Snapshot\n\
| Area | Decision | Notes |\n\
|------|----------|-------|\n\
| Language / Runtime | Rust 1.80 | stable |\n\
| Primary Framework / Libraries | Tauri 2 | |\n\
| Storage / Data | SQLite | one file per library |\n\
| Testing Approach | cargo test + e2e | |\n\
| Deployment / Hosting | Desktop installers | |\n\
\n\
## Implementation Outline\n\
- **System Shape**: One desktop app with a local database.\n\
- **Key Components**: Album store, album grid, importer.\n\
- **Data Flow**: Importer to store to grid.\n\
\n\
## Risks & Follow-Ups\n\
- **Open Questions**: Shared albums later.\n\
- **Dependencies**: None.\n\
- **Rollback Plan**: Revert the release.\n";

/// Write `files` (repository-relative path → content) into a new repository.
fn repo_with(files: &[(&str, &str)]) -> (tempfile::TempDir, String) {
    let repo = tempfile::tempdir().unwrap();
    fs::create_dir_all(repo.path().join(".git")).unwrap();
    for (rel, text) in files {
        let path = repo.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let path = repo.path().to_str().unwrap().to_string();
    (repo, path)
}

fn screenshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/e2e/screenshots")
        .join(name)
}

/// Poll `probe` until it returns `Some`, failing with `what` after [`PATIENCE`].
async fn eventually<T, F, Fut>(what: &str, mut probe: F) -> Check<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Check<Option<T>>>,
{
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(found) = probe().await? {
            return Ok(found);
        }
        if Instant::now() > deadline {
            return Err(format!("after {}s: {what}", PATIENCE.as_secs()));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Wait until the file at `path` holds exactly `expected`.
async fn wait_for_bytes(path: &Path, expected: &[u8]) -> Check {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let bytes = fs::read(path).unwrap_or_default();
        if bytes == expected {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "{} holds {:?}, not {:?}",
                path.display(),
                String::from_utf8_lossy(&bytes),
                String::from_utf8_lossy(expected)
            ));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The sidebar's feature numbers, read in one script.
async fn feature_numbers(app: &App) -> Check<Vec<String>> {
    let value = app
        .execute(
            "return Array.from(document.querySelectorAll('[data-testid=feature-number]'))\
             .map(e => e.textContent.trim());",
        )
        .await?;
    Ok(value
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
        .unwrap_or_default())
}

async fn wait_for_numbers(app: &App, expected: &[&str]) -> Check {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let numbers = feature_numbers(app).await?;
        if numbers == expected {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("the sidebar shows {numbers:?}, not {expected:?}"));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The `data-source` of every timeline entry, newest first.
async fn timeline_sources(app: &App) -> Check<Vec<String>> {
    let value = app
        .execute(
            "return Array.from(document.querySelectorAll('[data-testid=history-entry]'))\
             .map(e => e.dataset.source);",
        )
        .await?;
    Ok(value
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
        .unwrap_or_default())
}

/// Open the History panel and wait until its timeline satisfies `done`.
async fn history_until(app: &App, done: impl Fn(&[String]) -> bool) -> Check<Vec<String>> {
    if app.texts("[data-testid=history-panel]").await?.is_empty() {
        app.click("[data-testid=history-toggle]", 0).await?;
    }
    let deadline = Instant::now() + PATIENCE;
    loop {
        let sources = timeline_sources(app).await?;
        if done(&sources) {
            return Ok(sources);
        }
        if Instant::now() > deadline {
            return Err(format!("the history timeline shows {sources:?}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn send_keys(app: &App, css: &str, keys: &str) -> Check {
    let element = app.wait_for(css).await?;
    step("type", bounded("type", element.send_keys(keys)).await?)
}

#[tokio::test]
async fn a_plan_replaced_by_its_template_is_restored_byte_for_byte_from_the_notice() {
    let (repo, path) = repo_with(&[
        (PLAN, FILLED_PLAN),
        ("specs/001-photo-albums/spec.md", "# Spec\n"),
    ]);
    let plan = repo.path().join(PLAN);
    run(
        "a_plan_replaced_by_its_template_is_restored_byte_for_byte_from_the_notice",
        &[&path],
        |app| {
            Box::pin(async move {
                wait_for_editor(app, "the filled plan", |t| t.contains("Group photos into albums")).await?;
                // History has captured the plan as it was when the repository opened.
                history_until(app, |s| !s.is_empty()).await?;
                app.click("[data-testid=history-close]", 0).await?;

                let template = Template::builtin_lite().text;
                step("replace the plan with its template", fs::write(&plan, &template))?;
                let notice = app
                    .wait_for_texts("[data-testid=replacement-notice]", |t| !t.is_empty())
                    .await?;
                ensure(notice[0].contains("plan.md was replaced on disk"), || {
                    format!("notice says {notice:?}")
                })?;
                ensure(notice[0].contains("matches its template"), || {
                    format!("notice does not say why: {notice:?}")
                })?;
                // Non-modal and polite: announced as a status, the focus stays where it was.
                let polite = app
                    .execute(
                        "const n = document.querySelector('[data-testid=replacement-notice]');\
                         return { status: n.closest('[role=status]') !== null, \
                                  focused: n.contains(document.activeElement) };",
                    )
                    .await?;
                ensure(
                    polite == serde_json::json!({"status": true, "focused": false}),
                    || format!("notice is not a polite status: {polite}"),
                )?;
                app.save_screenshot(&screenshot_path("replacement-notice.png"))
                    .await?;
                // The clean editor reloaded the template meanwhile.
                wait_for_editor(app, "the template", |t| t.contains("[FEATURE]")).await?;

                // Compare: the History panel of plan.md, the filled plan beside the template.
                app.click("[data-testid=replacement-compare]", 0).await?;
                app.wait_for_texts("[data-testid=history-diff]", |t| {
                    t.first()
                        .is_some_and(|t| t.contains("Group photos into albums") && t.contains("[FEATURE]"))
                })
                .await?;

                app.click("[data-testid=replacement-restore]", 0).await?;
                wait_for_bytes(&plan, FILLED_PLAN.as_bytes()).await?;
                wait_for_editor(app, "the restored plan", |t| {
                    t.contains("Group photos into albums")
                })
                .await?;
                let left = app
                    .wait_for_texts("[data-testid=replacement-notice]", |t| t.is_empty())
                    .await?;
                ensure(left.is_empty(), || format!("notice still shown: {left:?}"))?;
                let state = app
                    .wait_for_texts("[data-testid=save-state]", |t| t == ["Saved"])
                    .await?;
                ensure(state == ["Saved"], || format!("save state {state:?}"))
            })
        },
    )
    .await;
}

#[tokio::test]
async fn a_feature_folder_deleted_outside_comes_back_from_the_deleted_list() {
    let files: [(&str, &str); 5] = [
        (PLAN, "# Plan: Photo albums\n"),
        ("specs/001-photo-albums/spec.md", "# Spec\n"),
        (
            "specs/002-shared-albums/plan.md",
            "# Plan: Shared albums\r\n\r\nCRLF kept.\r\n",
        ),
        (
            "specs/002-shared-albums/tasks.md",
            "# Tasks\n\n- [x] T001 Share\n- [ ] T002 Invite\n",
        ),
        (
            "specs/002-shared-albums/checklists/ux.md",
            "\u{feff}# UX\n\n- [ ] CHK001 Clear\n",
        ),
    ];
    let (repo, path) = repo_with(&files);
    let root = repo.path().to_path_buf();
    run(
        "a_feature_folder_deleted_outside_comes_back_from_the_deleted_list",
        &[&path],
        |app| {
            Box::pin(async move {
                wait_for_numbers(app, &["001", "002"]).await?;
                // History holds the second feature's files (captured when the repository opened).
                app.click("[data-testid=feature-item]", 1).await?;
                history_until(app, |s| !s.is_empty()).await?;

                step(
                    "delete the feature folder outside",
                    fs::remove_dir_all(root.join("specs/002-shared-albums")),
                )?;
                wait_for_numbers(app, &["001"]).await?;
                app.wait_for("[data-testid=deleted-toggle]").await?;
                app.click("[data-testid=deleted-toggle]", 0).await?;
                let offered = app
                    .wait_for_texts("[data-testid=deleted-feature]", |t| !t.is_empty())
                    .await?;
                ensure(
                    offered.len() == 1
                        && offered[0].contains("002-shared-albums")
                        && offered[0].contains("3 files"),
                    || format!("deleted list shows {offered:?}"),
                )?;
                app.save_screenshot(&screenshot_path("deleted-list.png")).await?;
                app.click("[data-testid=deleted-feature] [data-testid=deleted-restore]", 0)
                    .await?;
                wait_for_numbers(app, &["001", "002"]).await?;
                for (rel, text) in &files[2..] {
                    wait_for_bytes(&root.join(rel), text.as_bytes()).await?;
                }
                let left = app
                    .wait_for_texts("[data-testid=deleted-feature]", |t| t.is_empty())
                    .await?;
                ensure(left.is_empty(), || format!("still offered: {left:?}"))
            })
        },
    )
    .await;
}

/// A spec with three requirements (FR-003 on line 9) and tasks citing only the first two.
const SPEC: &str = "# Feature Specification: Photo albums\n\
\n\
## Requirements\n\
\n\
### Functional Requirements\n\
\n\
- **FR-001**: System MUST let users create albums.\n\
- **FR-002**: System MUST let users rename albums.\n\
- **FR-003**: System MUST let users delete albums.\n";
const FR_003_LINE: &str = "9";
const TASKS: &str = "# Tasks: Photo albums\n\
\n\
- [x] T001 Album store (FR-001)\n\
- [ ] T002 Rename dialog (FR-002)\n\
- [ ] T003 Album grid [FR-001]\n";

#[tokio::test]
async fn the_coverage_table_flags_an_uncovered_requirement_and_opens_it_in_the_spec() {
    let (repo, path) = repo_with(&[
        (PLAN, "# Plan: Photo albums\n"),
        ("specs/001-photo-albums/spec.md", SPEC),
        ("specs/001-photo-albums/tasks.md", TASKS),
    ]);
    run(
        "the_coverage_table_flags_an_uncovered_requirement_and_opens_it_in_the_spec",
        &[&path],
        |app| {
            Box::pin(async move {
                wait_for_editor(app, "the plan", |t| t.contains("Plan: Photo albums")).await?;
                app.click("[data-testid=coverage-toggle]", 0).await?;
                let ids = app
                    .wait_for_texts("[data-testid=coverage-req]", |t| t.len() == 3)
                    .await?;
                ensure(ids == ["FR-001", "FR-002", "FR-003"], || format!("requirements {ids:?}"))?;
                let covered = app
                    .execute(
                        "return Array.from(document.querySelectorAll('[data-testid=coverage-row]'))\
                         .map(r => [r.dataset.id, r.dataset.covered, \
                                    Array.from(r.querySelectorAll('[data-testid=coverage-task]')).map(t => t.textContent.trim()).join(','), \
                                    r.querySelector('[data-testid=coverage-uncovered]') !== null]);",
                    )
                    .await?;
                ensure(
                    covered
                        == serde_json::json!([
                            ["FR-001", "true", "T001 ✓,T003", false],
                            ["FR-002", "true", "T002", false],
                            ["FR-003", "false", "", true]
                        ]),
                    || format!("coverage rows {covered}"),
                )?;
                let note = app.texts("[data-testid=coverage-note]").await?;
                ensure(note == ["2 of 3 requirements covered by tasks; 1 uncovered."], || {
                    format!("coverage note {note:?}")
                })?;
                app.save_screenshot(&screenshot_path("coverage-table.png")).await?;

                app.click("[data-testid=coverage-req]", 2).await?;
                wait_for_editor(app, "spec.md", |t| t.contains("Feature Specification")).await?;
                let active = eventually("the cursor is not on FR-003's line", || async {
                    let value = app
                        .execute(
                            "const l = document.querySelector('[data-testid=editor] .cm-activeLine');\
                             const g = document.querySelector('[data-testid=editor] .cm-activeLineGutter');\
                             return l && g ? [l.textContent, g.textContent.trim()] : null;",
                        )
                        .await?;
                    let ok = value
                        .as_array()
                        .is_some_and(|a| a.len() == 2 && a[1] == FR_003_LINE);
                    Ok(ok.then_some(value))
                })
                .await?;
                ensure(
                    active[0].as_str().is_some_and(|t| t.contains("FR-003") && t.contains("delete albums")),
                    || format!("active line {active}"),
                )?;
                let tab = app
                    .execute("return document.querySelector('[data-testid=doc-tab][aria-selected=true]')?.textContent.trim() ?? null;")
                    .await?;
                ensure(tab.as_str().is_some_and(|t| t.contains("spec")), || {
                    format!("active tab {tab}")
                })?;

                // tasks.md changes outside: the table follows.
                let tasks = repo.path().join("specs/001-photo-albums/tasks.md");
                step(
                    "add a task citing FR-003",
                    fs::write(&tasks, format!("{TASKS}- [ ] T004 Delete button (FR-003)\n")),
                )?;
                let flagged = app
                    .wait_for_texts("[data-testid=coverage-uncovered]", |t| t.is_empty())
                    .await?;
                ensure(flagged.is_empty(), || format!("still uncovered: {flagged:?}"))?;
                let note = app
                    .wait_for_texts("[data-testid=coverage-note]", |t| {
                        t == ["3 of 3 requirements covered by tasks; 0 uncovered."]
                    })
                    .await?;
                ensure(!note.is_empty(), || "no coverage note".to_string())
            })
        },
    )
    .await;
}

#[tokio::test]
async fn the_history_panel_lists_saves_and_outside_changes_and_restores_undoably() {
    let first = "# Plan: Photo albums\n\nFirst draft.\n";
    let outside = "# Plan: Photo albums\n\nRewritten by another tool.\n";
    let (repo, path) = repo_with(&[(PLAN, first), ("specs/001-photo-albums/spec.md", "# Spec\n")]);
    let plan = repo.path().join(PLAN);
    run(
        "the_history_panel_lists_saves_and_outside_changes_and_restores_undoably",
        &[&path],
        |app| {
            Box::pin(async move {
                wait_for_editor(app, "the plan", |t| t.contains("First draft.")).await?;
                history_until(app, |s| s == ["disk"]).await?;
                // Edit and save by hand.
                app.click("[data-testid=autosave]", 0).await?;
                app.click("[data-testid=editor] .cm-content .cm-line", 0).await?;
                send_keys(
                    app,
                    "[data-testid=editor] .cm-content",
                    &format!("{END} (edited)"),
                )
                .await?;
                send_keys(
                    app,
                    "[data-testid=editor] .cm-content",
                    &format!("{CTRL}s{RELEASE}"),
                )
                .await?;
                let saved = "# Plan: Photo albums (edited)\n\nFirst draft.\n";
                wait_for_bytes(&plan, saved.as_bytes()).await?;
                history_until(app, |s| s == ["saved", "disk"]).await?;
                // Another program rewrites it; the clean editor reloads.
                step("write the plan outside", fs::write(&plan, outside))?;
                wait_for_editor(app, "the outside change", |t| t.contains("another tool")).await?;
                let sources = history_until(app, |s| s.len() == 3).await?;
                ensure(sources == ["disk", "saved", "disk"], || {
                    format!("timeline {sources:?}")
                })?;
                let labels = app.texts("[data-testid=history-source]").await?;
                ensure(
                    labels == ["changed on disk", "saved here", "changed on disk"],
                    || format!("timeline labels {labels:?}"),
                )?;

                // The oldest version, side by side with the current text.
                app.click("[data-testid=history-entry]", 2).await?;
                let diff = app
                    .wait_for_texts("[data-testid=history-diff]", |t| {
                        t.first()
                            .is_some_and(|t| t.contains("First draft.") && t.contains("another tool"))
                    })
                    .await?;
                ensure(!diff.is_empty(), || "no diff shown".to_string())?;
                app.save_screenshot(&screenshot_path("history-panel.png")).await?;

                app.click("[data-testid=history-restore]", 0).await?;
                wait_for_bytes(&plan, first.as_bytes()).await?;
                wait_for_editor(app, "the restored text", |t| {
                    t.contains("First draft.") && !t.contains("another tool")
                })
                .await?;
                let sources = history_until(app, |s| s.len() == 4).await?;
                ensure(sources[0] == "restored", || {
                    format!("timeline after restore {sources:?}")
                })?;

                // The restore is one editor change: Ctrl+Z brings back what the buffer held.
                send_keys(
                    app,
                    "[data-testid=editor] .cm-content",
                    &format!("{CTRL}z{RELEASE}"),
                )
                .await?;
                wait_for_editor(app, "the text before the restore", |t| {
                    t.contains("another tool") && !t.contains("First draft.")
                })
                .await?;
                let state = app
                    .wait_for_texts("[data-testid=save-state]", |t| t == ["Unsaved"])
                    .await?;
                ensure(state == ["Unsaved"], || {
                    format!("save state after undo {state:?}")
                })?;
                // Nothing is written behind the user's back (autosave is off).
                let disk = step("read the plan", fs::read(&plan))?;
                ensure(disk == first.as_bytes(), || {
                    format!("disk after undo {:?}", String::from_utf8_lossy(&disk))
                })
            })
        },
    )
    .await;
}
