//! Keyboard-only journeys in the real app: each test only ever presses keys on the element that
//! has the focus (Tab, Enter, Space, the app's shortcuts), never clicks, as someone who cannot use
//! a mouse works. Open a feature from the sidebar, edit and save its plan; jump to a diagnostic and
//! apply its quick fix; create a feature; find text across specs and open the hit; tick a plan
//! checklist item in Review and export the report.

use crate::harness::{demo_copy, ensure, repo_with_plan, run, wait_for_editor, App, Check, CTRL, RELEASE};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

const ENTER: &str = "\u{E007}";
const SPACE: &str = " ";
const END: char = '\u{E010}';
const SHIFT: char = '\u{E008}';

/// Wait until the file at `path` satisfies `done`.
async fn wait_for_file(path: &Path, what: &str, done: impl Fn(&str) -> bool) -> Check<String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = fs::read_to_string(path).unwrap_or_default();
        if done(&text) {
            return Ok(text);
        }
        if Instant::now() > deadline {
            return Err(format!("{what}: {} does not show it:\n{text}", path.display()));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The focused element's `data-testid`.
async fn focused(app: &App) -> Check<String> {
    let id = app
        .execute("return document.activeElement ? (document.activeElement.dataset.testid ?? document.activeElement.tagName) : null")
        .await?;
    Ok(id.as_str().unwrap_or_default().to_string())
}

#[tokio::test]
async fn keyboard_only_open_a_feature_from_the_sidebar_then_edit_and_save_its_plan() {
    let (_dir, root, path) = demo_copy();
    let plan = root.join("specs/002-family-invites/plan.md");
    run("keyboard_only_open_edit_save", &[&path], |app| {
        Box::pin(async move {
            wait_for_editor(app, "the first plan", |t| !t.is_empty()).await?;
            // The editor has the focus: Escape lets Shift+Tab leave it (Tab alone indents).
            app.tab_to(".cm-content", 80, false).await?;
            app.press("\u{E00C}").await?;
            // Into the sidebar, to the second feature, and open it.
            app.tab_to("[data-testid=feature-item][aria-current]", 60, true)
                .await?;
            app.press("\u{E004}").await?;
            app.press(ENTER).await?;
            app.wait_for_texts("[data-testid=feature-title]", |t| {
                t.first().is_some_and(|t| t.contains("Family"))
            })
            .await?;
            wait_for_editor(app, "002's plan", |t| t.contains("Family")).await?;
            // On to the editor, to the end of the plan, type and save.
            app.tab_to(".cm-content", 80, false).await?;
            app.press(&format!("{CTRL}{END}{RELEASE}")).await?;
            app.press("\nTyped without a mouse.").await?;
            app.press(&format!("{CTRL}s{RELEASE}")).await?;
            wait_for_file(&plan, "the saved edit", |t| {
                t.ends_with("Typed without a mouse.\n") || t.contains("Typed without a mouse.")
            })
            .await?;
            Ok(())
        })
    })
    .await;
}

#[tokio::test]
async fn keyboard_only_create_a_feature_and_find_text_across_specs() {
    let (_dir, root, path) = demo_copy();
    run("keyboard_only_new_feature_and_find", &[&path], |app| {
        let root = root.clone();
        Box::pin(async move {
            wait_for_editor(app, "the first plan", |t| !t.is_empty()).await?;
            // A dialog closed with Escape gives the focus back to where it was.
            app.tab_to(".cm-content", 80, false).await?;
            app.press(&format!("{CTRL}p{RELEASE}")).await?;
            app.wait_for("[data-testid=quick-open-input]").await?;
            app.press("\u{E00C}").await?;
            let back = app
                .execute("return document.activeElement.classList.contains('cm-content')")
                .await?;
            ensure(back == true, || {
                format!("after Quick Open, the focus is on {}", "not the editor")
            })?;
            // File > New Feature… (Ctrl+N): the title field has the focus; Enter creates it.
            app.press(&format!("{CTRL}n{RELEASE}")).await?;
            app.wait_for("[data-testid=new-feature-dialog]").await?;
            let at = focused(app).await?;
            ensure(at == "new-feature-title", || {
                format!("the dialog opened with the focus on {at}")
            })?;
            app.press("Keyboard albums").await?;
            app.wait_for_texts("[data-testid=new-feature-path]", |t| {
                t.first().is_some_and(|t| t.contains("keyboard-albums"))
            })
            .await?;
            app.press(ENTER).await?;
            app.wait_for_texts("[data-testid=feature-title]", |t| {
                t.first().is_some_and(|t| t.contains("Keyboard albums"))
            })
            .await?;
            let created = fs::read_dir(root.join("specs"))
                .map(|dir| {
                    dir.flatten()
                        .any(|e| e.file_name().to_string_lossy().ends_with("-keyboard-albums"))
                })
                .unwrap_or(false);
            ensure(created, || "no keyboard-albums feature folder on disk".into())?;
            // Edit > Find in Specs… (Ctrl+Shift+F): type, go down to the first hit, open it.
            app.press(&format!("{CTRL}{SHIFT}f{RELEASE}")).await?;
            app.wait_for("[data-testid=search-panel][open]").await?;
            let at = focused(app).await?;
            ensure(at == "search-input", || {
                format!("Find in Specs opened with the focus on {at}")
            })?;
            app.press("reorder").await?;
            app.wait_for("[data-testid=search-hit]").await?;
            // The hits are a list the search field steers (arrows), Enter opens the chosen one.
            app.press(ENTER).await?;
            wait_for_editor(app, "the document of the hit", |t| {
                t.to_lowercase().contains("reorder")
            })
            .await?;
            Ok(())
        })
    })
    .await;
}

#[tokio::test]
async fn keyboard_only_tick_a_plan_checklist_item_in_review_and_export_the_report() {
    let (_dir, root, path) = demo_copy();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("demo-review.html");
    let env = [("SPECDESK_TEST_SAVE_PATH", report.to_str().unwrap_or_default())];
    crate::harness::run_with_env("keyboard_only_review_and_export", &[&path], &env, |app| {
        let (root, report) = (root.clone(), report.clone());
        Box::pin(async move {
            wait_for_editor(app, "the first plan", |t| !t.is_empty()).await?;
            // View > Review Dashboard (Ctrl+Shift+R).
            app.press(&format!("{CTRL}{SHIFT}r{RELEASE}")).await?;
            app.wait_for("[data-testid=review-row]").await?;
            // The first unticked plan checklist item, reached with Tab, ticked with Space.
            app.tab_to("[data-testid=review-check]:not(:checked)", 120, false).await?;
            let (file, index) = {
                let target = app
                    .execute(
                        "const e = document.activeElement; \
                         return [e.closest('[data-testid=review-row]').dataset.feature + '/plan.md', Number(e.dataset.index)];",
                    )
                    .await?;
                (target[0].as_str().unwrap_or_default().to_string(), target[1].as_u64().unwrap_or(0))
            };
            ensure(!file.is_empty(), || "the focused checkbox names no file".into())?;
            let before = fs::read_to_string(root.join(&file)).unwrap_or_default();
            app.press(SPACE).await?;
            let after = wait_for_file(&root.join(&file), "the ticked item", |t| t != before).await?;
            let ticked = after.matches("[x]").count() + after.matches("[X]").count();
            let was = before.matches("[x]").count() + before.matches("[X]").count();
            ensure(ticked == was + 1, || format!("item {index} of {file}: {was} ticked before, {ticked} after"))?;
            // Export the report from the Review screen's own button.
            app.tab_to("[data-testid=export-report]", 200, true).await?;
            app.press(ENTER).await?;
            let html = wait_for_file(&report, "the exported report", |t| t.contains("</html>")).await?;
            ensure(html.contains("Spec review"), || "the report has no title".into())
        })
    })
    .await;
}

#[tokio::test]
async fn keyboard_only_jump_to_a_diagnostic_and_apply_its_quick_fix() {
    // The built-in Lite template's plan without its Implementation Outline section.
    let plan_text = "# Implementation Plan (Lite): Photo albums\n\n\
        **Branch**: `001-photo-albums` | **Date**: 2025-01-15 | **Spec**: [spec](./spec.md)\n\
        **Input**: Feature specification located at `/specs/001-photo-albums/spec.md`\n\n\
        ## Summary\n- **Goal**: Albums.\n\n\
        ## Technical Snapshot\n| Area | Decision | Notes |\n|------|----------|-------|\n| Language / Runtime | Rust | |\n\n\
        ## Work Breakdown (Lite)\n| Phase | Objective | Key Files / Directories |\n|-------|-----------|-------------------------|\n| Build | Albums | src/ |\n\n\
        ## Validation & Quality Gates\n- **Testing**: cargo test.\n\n\
        ## Risks & Follow-ups\n- **Risks**: none.\n";
    let (repo, path) = repo_with_plan(plan_text);
    let plan = repo.path().join(crate::harness::PLAN);
    run("keyboard_only_quick_fix", &[&path], |app| {
        Box::pin(async move {
            wait_for_editor(app, "the plan", |t| t.starts_with("# Implementation Plan")).await?;
            app.wait_for("[data-testid=quick-fix]").await?;
            app.tab_to(".cm-content", 80, false).await?;
            app.press("\u{E00C}").await?;
            // The diagnostic's line, then its quick fix, each reached with Tab.
            app.tab_to("[data-testid=problem] button.jump", 80, false).await?;
            let line = app
                .execute("return document.activeElement.closest('[data-testid=problem]').dataset.line")
                .await?;
            app.press(ENTER).await?;
            let at = app
                .execute(
                    "const g = document.querySelector('.cm-activeLineGutter'); \
                     return [g ? g.textContent : null, document.activeElement.classList.contains('cm-content')];",
                )
                .await?;
            ensure(at[0] == line && at[1] == true, || {
                format!("after jumping to line {line}: cursor line and editor focus are {at}")
            })?;
            app.tab_to("[data-testid=quick-fix]", 80, false).await?;
            app.press(ENTER).await?;
            wait_for_editor(app, "the inserted section", |t| {
                t.contains("## Implementation Outline")
            })
            .await?;
            // Autosave writes it.
            wait_for_file(&plan, "the fixed plan", |t| {
                t.contains("## Implementation Outline")
            })
            .await?;
            Ok(())
        })
    })
    .await;
}

/// Press Tab `presses` times from where the focus is, and list every element that took the focus
/// without a visible focus indicator (an outline or a box shadow on it, or on CodeMirror's frame
/// for the editable content).
async fn unmarked_focus_stops(app: &App, presses: usize) -> Check<Vec<String>> {
    const SCRIPT: &str = "const e = document.activeElement;
        if (!e || e === document.body) return null;
        const shown = (el) => { const s = getComputedStyle(el);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };
        const frame = e.classList.contains('cm-content') ? e.closest('.cm-editor') : null;
        return shown(e) || (frame !== null && shown(frame)) ? '' : e.outerHTML.slice(0, 120);";
    let mut unmarked = Vec::new();
    for _ in 0..presses {
        app.press("\u{E004}").await?;
        if let Some(html) = app.execute(SCRIPT).await?.as_str() {
            if !html.is_empty() && !unmarked.iter().any(|u| u == html) {
                unmarked.push(html.to_string());
            }
        }
    }
    Ok(unmarked)
}

#[tokio::test]
async fn every_control_reached_with_tab_shows_where_the_focus_is() {
    let (_dir, _root, path) = demo_copy();
    run("keyboard_focus_is_visible", &[&path], |app| {
        Box::pin(async move {
            wait_for_editor(app, "the first plan", |t| !t.is_empty()).await?;
            app.tab_to(".cm-content", 80, false).await?;
            app.press("\u{E00C}").await?;
            let mut unmarked = unmarked_focus_stops(app, 70).await?;
            app.press(&format!("{CTRL}{SHIFT}r{RELEASE}")).await?;
            app.wait_for("[data-testid=review-row]").await?;
            unmarked.extend(unmarked_focus_stops(app, 70).await?);
            ensure(unmarked.is_empty(), || {
                format!(
                    "{} controls take the focus invisibly:\n{}",
                    unmarked.len(),
                    unmarked.join("\n")
                )
            })
        })
    })
    .await;
}

#[tokio::test]
async fn less_motion_when_the_system_asks_for_it() {
    // GTK's "animations off", which WebKitGTK reports as prefers-reduced-motion: reduce.
    let config = tempfile::tempdir().unwrap();
    fs::create_dir_all(config.path().join("gtk-3.0")).unwrap();
    fs::write(
        config.path().join("gtk-3.0/settings.ini"),
        "[Settings]\ngtk-enable-animations=0\n",
    )
    .unwrap();
    let (_dir, _root, path) = demo_copy();
    let env = [("XDG_CONFIG_HOME", config.path().to_str().unwrap_or_default())];
    crate::harness::run_with_env("less_motion", &[&path], &env, |app| {
        Box::pin(async move {
            wait_for_editor(app, "the first plan", |t| !t.is_empty()).await?;
            app.tab_to(".cm-content", 80, false).await?;
            let motion = app
                .execute(
                    "const layer = document.querySelector('.cm-cursorLayer');
                     return [matchMedia('(prefers-reduced-motion: reduce)').matches,
                             layer ? getComputedStyle(layer).animationName : null,
                             layer ? parseFloat(getComputedStyle(layer).animationDuration) : null];",
                )
                .await?;
            ensure(motion[0] == true, || {
                format!("reduced motion not reported: {motion}")
            })?;
            ensure(
                motion[1] == "none" || motion[2].as_f64().is_some_and(|d| d < 0.001),
                || format!("the editor's cursor still blinks: {motion}"),
            )
        })
    })
    .await;
}

#[tokio::test]
async fn the_window_is_usable_zoomed_to_200_percent() {
    let (_dir, _root, path) = demo_copy();
    run("zoom_200", &[&path], |app| {
        Box::pin(async move {
            wait_for_editor(app, "the first plan", |t| !t.is_empty()).await?;
            let width = app.execute("return window.innerWidth").await?.as_f64().unwrap_or(0.0);
            // View > Zoom In, five times: 110, 125, 150, 175, 200%.
            for _ in 0..5 {
                app.press(&format!("{CTRL}={RELEASE}")).await?;
            }
            let deadline = Instant::now() + Duration::from_secs(5);
            let zoomed = loop {
                let now = app.execute("return window.innerWidth").await?.as_f64().unwrap_or(0.0);
                if (now * 2.0 - width).abs() < 8.0 || Instant::now() > deadline {
                    break now;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            };
            ensure((zoomed * 2.0 - width).abs() < 8.0, || format!("{width} CSS px wide before, {zoomed} after: not 200%"))?;
            if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                app.save_screenshot(&Path::new(&dir).join("zoom-200.png")).await?;
            }
            // Usable: no control cut off sideways (unless in a row that scrolls, like the document
            // tabs), and the parts of the editor screen are on screen.
            let layout = app
                .execute(
                    "const seen = (css) => { const e = document.querySelector(css); if (!e) return false;
                         const r = e.getBoundingClientRect();
                         return r.width > 20 && r.height > 10 && r.left < innerWidth && r.top < innerHeight && r.right > 0; };
                     const scrolls = (e) => { for (let a = e.parentElement; a; a = a.parentElement) {
                         const s = getComputedStyle(a);
                         if (['auto', 'scroll'].includes(s.overflowX) && a.scrollWidth > a.clientWidth) return true; }
                         return false; };
                     const cut = [...document.querySelectorAll('button, input, select, [role=tab]')].filter((e) => {
                         const r = e.getBoundingClientRect();
                         return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1) && !scrolls(e); })
                       .map((e) => e.textContent.trim() || e.getAttribute('aria-label') || e.outerHTML.slice(0, 60));
                     return { cut, overflow: document.documentElement.scrollWidth - innerWidth,
                              title: seen('[data-testid=feature-title]'), editor: seen('.cm-content'),
                              features: seen('[data-testid=feature-item]'), save: seen('[data-testid=save-state]') };",
                )
                .await?;
            ensure(layout["overflow"].as_f64().is_some_and(|o| o <= 1.0), || format!("cut off sideways: {layout}"))?;
            ensure(layout["cut"].as_array().is_some_and(Vec::is_empty), || format!("controls cut off: {layout}"))?;
            ensure(
                ["title", "editor", "features", "save"].iter().all(|k| layout[*k] == true),
                || format!("not all of the editor screen is visible at 200%: {layout}"),
            )
        })
    })
    .await;
}
