//! End-to-end tests of the desktop app: the real `specdesk` binary in a real window (under Xvfb
//! when there is no display), driven through `tauri-driver` and WebKitWebDriver.
//!
//! Needs `tauri-driver` (`cargo install tauri-driver --locked`), `WebKitWebDriver`
//! (`webkit2gtk-driver`) and `Xvfb`; `scripts/test.sh` installs them. Set `SPECDESK_SCREENSHOT=1`
//! to refresh `docs/screenshot.png` from the demo repository.

mod boundaries;
// Discovery: every specs root and feature folder layout, followed live.
mod discovery;
mod editor;
// Documents that are not UTF-8: decoded, read-only, converted on request.
mod encodings;
mod figures;
mod harness;
// What comes from outside the editor: watcher, conflicts, crash journal.
mod outside;
// Window: close guard, title, links, menu actions.
mod window;
// Local history and requirement coverage.
mod history;
// Review dashboard, pipeline and reports.
mod review;
// Authoring: New Feature, Find in Specs, placeholders, git marks.
mod authoring;
// Accessibility: axe-core WCAG rules on every screen and prompt (walked by `screens`).
mod accessibility;
mod screens;
// The interface in Korean, Japanese and Simplified Chinese: no English left on any screen.
mod languages;
// Validation of a translated plan, and specdesk.toml followed live.
mod validation;
// The interface's language: the system's, switched from the menu without a restart.
mod language_switch;
// The installed .deb as a non-root user (scripts/test-installed.sh).
mod installed;
// Keyboard-only journeys: never a click.
mod keyboard;
// All branches: a feature only on its branch, read-only with its diff, live, fetch, worktree.
mod branches;

use harness::{ensure, run, App, Check};
use std::fs;
use std::path::Path;

/// Write a spec-kit repository with three features, deliberately created out of order.
fn write_three_feature_repo(root: &Path) -> std::io::Result<()> {
    fs::create_dir_all(root.join(".git"))?;
    let files = [
        ("specs/010-export-to-pdf/plan.md", "# Plan: Export to PDF\n"),
        ("specs/002-shared-albums/plan.md", "# Plan: Shared albums\n"),
        ("specs/002-shared-albums/spec.md", "# Spec\n"),
        ("specs/001-photo-albums/plan.md", "# Plan: Photo albums\n"),
        ("specs/001-photo-albums/spec.md", "# Spec\n"),
        ("specs/001-photo-albums/tasks.md", "- [ ] T001 Set up\n"),
        ("specs/README.md", "Not a feature.\n"),
    ];
    for (rel, text) in files {
        let path = root.join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(path, text)?;
    }
    Ok(())
}

#[tokio::test]
async fn lists_the_features_of_the_given_repository_in_numeric_order() {
    let repo = tempfile::tempdir().unwrap();
    write_three_feature_repo(repo.path()).unwrap();
    let path = repo.path().to_str().unwrap().to_string();
    run(
        "lists_the_features_of_the_given_repository_in_numeric_order",
        &[&path],
        |app| {
            Box::pin(async move {
                let numbers = app
                    .wait_for_texts("[data-testid=feature-number]", |t| t.len() == 3)
                    .await?;
                ensure(numbers == ["001", "002", "010"], || {
                    format!("numbers shown: {numbers:?}")
                })?;
                let names = app.texts("[data-testid=feature-name]").await?;
                ensure(
                    names == ["Photo albums", "Shared albums", "Export to pdf"],
                    || format!("names shown: {names:?}"),
                )?;
                let folder = repo.path().file_name().unwrap().to_string_lossy().to_string();
                let heading = app.texts("[data-testid=repo-name]").await?;
                ensure(heading == [folder.clone()], || {
                    format!("repository shown as {heading:?}, not {folder}")
                })?;
                select_feature_and_see_its_documents(app).await
            })
        },
    )
    .await;
}

/// Clicking the second feature shows it in the main pane.
async fn select_feature_and_see_its_documents(app: &App) -> Check {
    app.click("[data-testid=feature-item]", 1).await?;
    let title = app
        .wait_for_texts("[data-testid=feature-title]", |t| {
            t.first().is_some_and(|t| t.contains("Shared"))
        })
        .await?;
    ensure(title == ["002 Shared albums"], || {
        format!("detail title: {title:?}")
    })
}

#[tokio::test]
async fn opens_the_demo_repository_without_an_argument() {
    run("opens_the_demo_repository_without_an_argument", &[], |app| {
        Box::pin(async move {
            let numbers = app
                .wait_for_texts("[data-testid=feature-number]", |t| !t.is_empty())
                .await?;
            ensure(numbers[0].starts_with("001"), || {
                format!("first feature is {:?}", numbers[0])
            })?;
            let heading = app.texts("[data-testid=repo-name]").await?;
            ensure(heading == ["demo-repo"], || {
                format!("repository shown as {heading:?}")
            })?;
            if std::env::var("SPECDESK_SCREENSHOT").is_ok_and(|v| v == "1") {
                app.wait_for("[data-testid=feature-title]").await?;
                // The split editor with its preview and problems, not a half-loaded view.
                app.wait_for("[data-testid=preview] h1").await?;
                app.wait_for("[data-testid=problem-count]").await?;
                let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshot.png");
                app.save_screenshot(&path).await?;
                eprintln!("saved {}", path.display());
            }
            Ok(())
        })
    })
    .await;
}

#[tokio::test]
async fn content_security_policy_blocks_inline_scripts_and_styles() {
    let repo = tempfile::tempdir().unwrap();
    write_three_feature_repo(repo.path()).unwrap();
    let path = repo.path().to_str().unwrap().to_string();
    run(
        "content_security_policy_blocks_inline_scripts_and_styles",
        &[&path],
        |app| {
            Box::pin(async move {
                app.wait_for("[data-testid=feature-item]").await?;
                // What an injected <script> or <style> (say, from a malicious plan) would try.
                let outcome = app
                    .execute(
                        "const script = document.createElement('script');
                     script.textContent = 'window.__inlineScriptRan = true';
                     document.head.appendChild(script);
                     const style = document.createElement('style');
                     style.textContent = 'body { outline-color: rgb(1, 2, 3) !important; }';
                     document.head.appendChild(style);
                     return {
                       script: window.__inlineScriptRan === true,
                       style: getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)',
                     };",
                    )
                    .await?;
                ensure(
                    outcome == serde_json::json!({"script": false, "style": false}),
                    || format!("inline code ran despite the CSP: {outcome}"),
                )
            })
        },
    )
    .await;
}

#[tokio::test]
async fn shows_a_clear_error_for_a_missing_repository() {
    let parent = tempfile::tempdir().unwrap();
    let missing = parent.path().join("no-such-repo");
    let path = missing.to_str().unwrap().to_string();
    let expected_path = path.clone();
    run("shows_a_clear_error_for_a_missing_repository", &[&path], |app| {
        Box::pin(async move {
            let code = app.attr("[data-testid=error]", "data-code").await?;
            ensure(code.as_deref() == Some("notFound"), || {
                format!("error code {code:?}")
            })?;
            let text = app.texts("[data-testid=error]").await?.join("\n");
            ensure(
                text.contains("Repository not found") && text.contains(&expected_path),
                || format!("error panel says {text:?}"),
            )
        })
    })
    .await;
}
// The preview as GitHub shows it: Mermaid diagrams, highlighted code.
mod rich_preview;
// The Review report's Mermaid diagrams, drawn by the web view, inert in the file.
mod report_diagrams;
