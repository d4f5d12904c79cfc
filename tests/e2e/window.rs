//! End-to-end tests of the window around the editor: closing with unsaved changes asks first
//! and writes nothing until the user chooses; relative links open documents; the next start
//! puts the user back where they were.

use crate::harness::{bounded, ensure, repo_with_plan, run, step, App, Check, FEATURE, PLAN};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

const PLAN_TEXT: &str = "# Plan: Photo albums\n\n## Summary\n\nAlbums.\n";

/// Open the plan, switch autosave off and type into its second line: an unsaved buffer.
async fn make_unsaved_edit(app: &App, text: &str) -> Check {
    app.wait_for("[data-testid=preview] h1").await?;
    app.click("[data-testid=autosave]", 0).await?;
    app.click(".cm-content .cm-line", 1).await?;
    let content = app.wait_for(".cm-content").await?;
    step("type", bounded("type", content.send_keys(text)).await?)?;
    let state = app
        .wait_for_texts("[data-testid=save-state]", |t| t == ["Unsaved"])
        .await?;
    ensure(state == ["Unsaved"], || format!("save state {state:?}"))
}

/// Ask the window to close, as the title bar's close button does.
async fn request_close(app: &App) -> Check {
    app.execute("window.__TAURI_INTERNALS__.invoke('plugin:window|close', {label: 'main'}); return true")
        .await?;
    Ok(())
}

#[tokio::test]
async fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_window() {
    let (repo, path) = repo_with_plan(PLAN_TEXT);
    let plan = repo.path().join(PLAN);
    run(
        "closing_with_unsaved_changes_asks_and_cancel_keeps_the_window",
        &[&path],
        |app| {
            Box::pin(async move {
                make_unsaved_edit(app, "Draft").await?;
                // The title shows the unsaved state.
                let title = app.execute("return document.title").await?;
                ensure(
                    title
                        .as_str()
                        .is_some_and(|t| t.starts_with("● ") && t.contains("(1 unsaved)")),
                    || format!("title while unsaved: {title}"),
                )?;
                request_close(app).await?;
                app.wait_for("[data-testid=close-dialog][open]").await?;
                let listed = app.texts("[data-testid=close-dialog] li").await?;
                ensure(listed == [PLAN], || format!("dialog lists {listed:?}"))?;
                // Asking writes nothing.
                tokio::time::sleep(Duration::from_millis(1500)).await;
                let disk = step("read plan", fs::read_to_string(&plan))?;
                ensure(disk == PLAN_TEXT, || {
                    format!("plan changed while asking: {disk:?}")
                })?;
                // Cancel: the dialog goes, the window and the unsaved edit stay.
                app.click("[data-testid=close-cancel]", 0).await?;
                let gone = app
                    .execute("return document.querySelector('[data-testid=close-dialog]') === null")
                    .await?;
                ensure(gone == serde_json::json!(true), || {
                    "dialog still open after Cancel".into()
                })?;
                let state = app.texts("[data-testid=save-state]").await?;
                ensure(state == ["Unsaved"], || {
                    format!("save state after Cancel {state:?}")
                })?;
                let disk = step("read plan", fs::read_to_string(&plan))?;
                ensure(disk == PLAN_TEXT, || format!("plan changed by Cancel: {disk:?}"))?;
                // Save: the edit goes to disk through the normal save.
                request_close(app).await?;
                app.wait_for("[data-testid=close-dialog][open]").await?;
                app.click("[data-testid=close-save]", 0).await?;
                let expected = PLAN_TEXT.replacen("\n\n", "\nDraft\n", 1);
                for _ in 0..50 {
                    if fs::read_to_string(&plan).is_ok_and(|t| t == expected) {
                        return Ok(());
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                let disk = step("read plan", fs::read_to_string(&plan))?;
                ensure(disk == expected, || format!("Save wrote {disk:?}"))
            })
        },
    )
    .await;
}

#[tokio::test]
async fn a_relative_link_in_the_preview_opens_that_document() {
    let (_repo, path) = repo_with_plan("# Plan: Photo albums\n\nSee [the spec](spec.md).\n");
    run(
        "a_relative_link_in_the_preview_opens_that_document",
        &[&path],
        |app| {
            Box::pin(async move {
                app.wait_for("[data-testid=preview] a[href='spec.md']").await?;
                app.click("[data-testid=preview] a[href='spec.md']", 0).await?;
                let heading = app
                    .wait_for_texts("[data-testid=preview] h1", |t| t == ["Spec: Photo albums"])
                    .await?;
                ensure(heading == ["Spec: Photo albums"], || {
                    format!("preview shows {heading:?}")
                })?;
                let selected = app.texts("[data-testid=doc-tab][aria-selected=true]").await?;
                ensure(selected.len() == 1 && selected[0].contains("spec.md"), || {
                    format!("selected tab {selected:?}")
                })
            })
        },
    )
    .await;
}

/// The `last` place of the session file in `data_dir`, once it names `document` with a cursor
/// and a scroll position.
async fn wait_for_saved_place(data_dir: &Path, document: &str) -> Check<serde_json::Value> {
    let file = data_dir.join("session.json");
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let session: serde_json::Value = fs::read(&file)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        let last = &session["last"];
        if last["document"] == document
            && last["cursor"].as_u64().unwrap_or(0) > 0
            && last["scroll"].as_f64().unwrap_or(0.0) > 0.0
        {
            return Ok(last.clone());
        }
        ensure(Instant::now() < deadline, || {
            format!("session never recorded the place in {document}: {session}")
        })?;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_next_start_reopens_the_document_cursor_and_scroll_position() {
    let (repo, path) = repo_with_plan(PLAN_TEXT);
    let spec = format!("{FEATURE}/spec.md");
    let long: String = (1..=300).map(|n| format!("Requirement line {n}\n")).collect();
    fs::write(repo.path().join(&spec), format!("# Spec: Photo albums\n{long}")).unwrap();
    let data = tempfile::tempdir().unwrap();
    let marker = format!("--data-dir={}", data.path().display());
    let args = [path.as_str(), marker.as_str()];

    let saved = std::sync::Arc::new(std::sync::Mutex::new(serde_json::Value::Null));
    run(
        "the_next_start_reopens_the_document_cursor_and_scroll_position (before)",
        &args,
        |app| {
            let (data_dir, spec, saved) = (data.path().to_path_buf(), spec.clone(), saved.clone());
            Box::pin(async move {
                app.wait_for("[data-testid=doc-tab]").await?;
                let tabs = app.texts("[data-testid=doc-tab]").await?;
                let index = tabs
                    .iter()
                    .position(|t| t.contains("spec.md"))
                    .ok_or("no spec.md tab")?;
                app.click("[data-testid=doc-tab]", index).await?;
                app.wait_for_texts(".cm-line", |t| t.first().is_some_and(|l| l.starts_with("# Spec")))
                    .await?;
                // Put the cursor on line 151 ("Requirement line 150"), scrolled into the middle.
                app.click(".cm-content .cm-line", 0).await?;
                let content = app.wait_for(".cm-content").await?;
                let down = "\u{E015}".repeat(150);
                step("move down", bounded("type", content.send_keys(&down)).await?)?;
                app.wait_for_texts(".cm-activeLine", |t| t == ["Requirement line 150"])
                    .await?;
                // The place is saved at most twice a second: let the last move be written.
                tokio::time::sleep(Duration::from_millis(1500)).await;
                let last = wait_for_saved_place(&data_dir, &spec).await?;
                *saved.lock().unwrap() = last;
                Ok(())
            })
        },
    )
    .await;
    let saved = saved.lock().unwrap().clone();
    let scroll = saved["scroll"].as_f64().unwrap_or(0.0);

    run(
        "the_next_start_reopens_the_document_cursor_and_scroll_position (after)",
        &args,
        |app| {
            Box::pin(async move {
                let selected = app
                    .wait_for_texts("[data-testid=doc-tab][aria-selected=true]", |t| {
                        t.iter().any(|s| s.contains("spec.md"))
                    })
                    .await?;
                ensure(selected.iter().any(|s| s.contains("spec.md")), || {
                    format!("selected tab {selected:?}")
                })?;
                let active = app
                    .wait_for_texts(".cm-activeLine", |t| t == ["Requirement line 150"])
                    .await?;
                ensure(active == ["Requirement line 150"], || {
                    format!("the cursor is on {active:?}")
                })?;
                let deadline = Instant::now() + Duration::from_secs(10);
                loop {
                    let top = app
                        .execute("return document.querySelector('.cm-scroller').scrollTop")
                        .await?
                        .as_f64()
                        .unwrap_or(0.0);
                    if (top - scroll).abs() <= 2.0 {
                        return Ok(());
                    }
                    ensure(Instant::now() < deadline, || {
                        format!("scrolled to {top}, saved {scroll}")
                    })?;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            })
        },
    )
    .await;
}

#[tokio::test]
async fn quick_open_by_keyboard_opens_a_document_of_another_feature() {
    let (repo, path) = repo_with_plan(PLAN_TEXT);
    let other = repo.path().join("specs/002-shared-albums");
    fs::create_dir_all(&other).unwrap();
    fs::write(other.join("plan.md"), "# Plan: Shared albums\n").unwrap();
    fs::write(other.join("spec.md"), "# Spec: Shared albums\n").unwrap();
    run(
        "quick_open_by_keyboard_opens_a_document_of_another_feature",
        &[&path],
        |app| {
            Box::pin(async move {
                app.wait_for("[data-testid=preview] h1").await?;
                let body = app.wait_for("body").await?;
                step(
                    "press Ctrl+P",
                    bounded("type", body.send_keys("\u{E009}p\u{E000}")).await?,
                )?;
                let input = app.wait_for("[data-testid=quick-open-input]").await?;
                step(
                    "type a query",
                    bounded("type", input.send_keys("shared spec.md")).await?,
                )?;
                let items = app
                    .wait_for_texts("[data-testid=quick-open-item]", |t| t.len() == 1)
                    .await?;
                ensure(items == ["002-shared-albums/spec.md"], || {
                    format!("matches {items:?}")
                })?;
                step("press Enter", bounded("type", input.send_keys("\u{E007}")).await?)?;
                let heading = app
                    .wait_for_texts("[data-testid=preview] h1", |t| t == ["Spec: Shared albums"])
                    .await?;
                ensure(heading == ["Spec: Shared albums"], || {
                    format!("preview shows {heading:?}")
                })?;
                let open = app.texts("[data-testid=quick-open]").await?;
                ensure(open.is_empty(), || "quick open stayed open".to_string())
            })
        },
    )
    .await;
}

#[tokio::test]
async fn every_control_has_an_accessible_name() {
    let plan =
        "# Plan: Photo albums\n\n## Tasks\n\n- [ ] T001 Set up\n- [x] T002 Write [the spec](spec.md)\n";
    let (_repo, path) = repo_with_plan(plan);
    run("every_control_has_an_accessible_name", &[&path], |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=preview] h1").await?;
            // The accessible name as assistive technology computes it, in its common forms.
            let unnamed = app
                .execute(
                    "const nameOf = e => {
                       const by = e.getAttribute('aria-labelledby');
                       if (by) return by.split(/\\s+/).map(id => document.getElementById(id)?.textContent ?? '').join(' ');
                       return e.getAttribute('aria-label') || (e.labels && [...e.labels].map(l => l.textContent).join(' '))
                         || e.getAttribute('title') || e.getAttribute('placeholder') || e.textContent;
                     };
                     const controls = document.querySelectorAll(
                       'button, input, select, textarea, a[href], [role=button], [role=tab], [role=checkbox], [role=combobox], [role=option], [role=textbox], [tabindex]:not([tabindex=\"-1\"])');
                     return [...controls]
                       .filter(e => e.getClientRects().length > 0)
                       .filter(e => !(nameOf(e) ?? '').trim())
                       .map(e => e.outerHTML.slice(0, 120));",
                )
                .await?;
            ensure(unnamed == serde_json::json!([]), || {
                format!("controls without an accessible name: {unnamed}")
            })
        })
    })
    .await;
}
