//! End-to-end tests of the window around the editor: closing with unsaved changes asks first
//! and writes nothing until the user chooses.

use crate::harness::{bounded, ensure, repo_with_plan, run, step, App, Check, PLAN};
use std::fs;
use std::time::Duration;

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
