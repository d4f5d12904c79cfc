//! End-to-end tests of the authoring tools: New Feature opens the new plan at its first
//! placeholder, Find in Specs opens another feature's document at the hit, F8 walks the
//! placeholders with the status bar counting them, and a git repository's feature branch and
//! uncommitted documents are marked. Screenshots of the dialog, the search panel and the status
//! bar go to `tests/e2e/screenshots/authoring-*.png`.

use crate::harness::{bounded, ensure, repo_with_plan, run, step, App, Check, CTRL, RELEASE};
use specdesk_core::plan::Plan;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// WebDriver key codes (Ctrl and the release of modifiers are the harness's).
const SHIFT: char = '\u{E008}';
const F8: char = '\u{E038}';

/// A plan with three placeholders left (a title token, an example, template prose).
const PLAN_WITH_PLACEHOLDERS: &str = "# Plan: Photo albums\n\
\n\
**Branch**: `001-photo-albums` | **Date**: [DATE]\n\
\n\
## Summary\n\
\n\
- **Goal**: [e.g., Albums load fast]\n\
- **Users**: [Who uses this feature and why]\n";

fn screenshot(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/e2e/screenshots/authoring-{name}.png"))
}

/// The text selected in the page (CodeMirror mirrors its selection into the DOM when focused).
async fn selected_text(app: &App) -> Check<String> {
    let value = app.execute("return String(window.getSelection())").await?;
    Ok(value.as_str().unwrap_or_default().to_string())
}

/// Wait until the page's selection is `expected`.
async fn wait_for_selection(app: &App, expected: &str) -> Check {
    let mut last = String::new();
    for _ in 0..100 {
        last = selected_text(app).await?;
        if last == expected {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("selection is {last:?}, expected {expected:?}"))
}

/// Send `keys` to the element matching `css`.
async fn keys_to(app: &App, css: &str, keys: &str) -> Check {
    let element = app.wait_for(css).await?;
    step("send keys", bounded("send keys", element.send_keys(keys)).await?)
}

#[tokio::test]
async fn new_feature_creates_the_plan_and_opens_it_at_the_first_placeholder() {
    let (repo, path) = repo_with_plan("# Plan: Photo albums\n");
    let root = repo.path().to_path_buf();
    run("authoring_new_feature", &[&path], |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=feature-item]").await?;
            app.click("[data-testid=new-feature-button]", 0).await?;
            app.wait_for("[data-testid=new-feature-dialog][open]").await?;
            keys_to(app, "[data-testid=new-feature-title]", "Share albums with family").await?;
            let shown = app
                .wait_for_texts("[data-testid=new-feature-path]", |t| {
                    t == ["specs/002-share-albums-family/"]
                })
                .await?;
            ensure(shown == ["specs/002-share-albums-family/"], || {
                format!("preview {shown:?}")
            })?;
            // The short name decides the folder name.
            keys_to(app, "[data-testid=new-feature-short]", "family sharing").await?;
            app.wait_for_texts("[data-testid=new-feature-path]", |t| {
                t == ["specs/002-family-sharing/"]
            })
            .await?;
            app.save_screenshot(&screenshot("new-feature-dialog")).await?;
            app.click("[data-testid=new-feature-create]", 0).await?;

            let title = app
                .wait_for_texts("[data-testid=feature-title]", |t| {
                    t.first().is_some_and(|t| t.starts_with("002"))
                })
                .await?;
            ensure(title == ["002 Family sharing"], || {
                format!("feature shown: {title:?}")
            })?;
            let plan_path = root.join("specs/002-family-sharing/plan.md");
            let text = step("read the new plan", fs::read_to_string(&plan_path))?;
            let plan = Plan::parse(&text);
            let branch = plan.header_field("Branch").map(|f| f.value.clone());
            ensure(branch.as_deref() == Some("002-family-sharing"), || {
                format!("Branch {branch:?}")
            })?;
            let today = chrono::Local::now().date_naive().format("%Y-%m-%d").to_string();
            let date = plan.header_field("Date").map(|f| f.value.clone());
            ensure(date.as_deref() == Some(today.as_str()), || {
                format!("Date {date:?}")
            })?;
            ensure(text.contains("Share albums with family"), || {
                "title not in the plan".into()
            })?;
            let first = plan
                .placeholders
                .first()
                .ok_or("the new plan has no placeholder left")?
                .text
                .clone();
            wait_for_selection(app, &first).await?;
            let tab = app.texts("[data-testid=doc-tab][aria-selected=true]").await?;
            ensure(tab.len() == 1 && tab[0].contains("plan.md"), || {
                format!("tab {tab:?}")
            })
        })
    })
    .await;
}

/// Two features; only 002's spec.md holds the phrase looked for.
fn two_feature_repo() -> (tempfile::TempDir, String) {
    let (repo, path) = repo_with_plan("# Plan: Photo albums\n\nNothing special here.\n");
    let feature = repo.path().join("specs/002-shared-albums");
    fs::create_dir_all(&feature).unwrap();
    fs::write(feature.join("plan.md"), "# Plan: Shared albums\n").unwrap();
    fs::write(
        feature.join("spec.md"),
        "# Spec: Shared albums\n\n## Stories\n\nA grandparent opens the Invitation Link on a phone.\n",
    )
    .unwrap();
    (repo, path)
}

#[tokio::test]
async fn find_in_specs_opens_the_document_of_the_hit_at_its_line() {
    let (_repo, path) = two_feature_repo();
    run("authoring_search", &[&path], |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=preview] h1").await?;
            // Ctrl+Shift+F from the editor opens the panel.
            app.click(".cm-content .cm-line", 0).await?;
            keys_to(app, ".cm-content", &format!("{CTRL}{SHIFT}f{RELEASE}")).await?;
            app.wait_for("[data-testid=search-panel][open]").await?;
            keys_to(app, "[data-testid=search-input]", "invitation link").await?;
            let hits = app
                .wait_for_texts("[data-testid=search-hit]", |t| t.len() == 1)
                .await?;
            ensure(
                hits[0].starts_with('5') && hits[0].contains("Invitation Link"),
                || format!("hit {hits:?}"),
            )?;
            let marked = app.texts("[data-testid=search-hit] mark").await?;
            ensure(marked == ["Invitation Link"], || {
                format!("highlighted {marked:?}")
            })?;
            let doc = app.texts("[data-testid=search-doc]").await?;
            ensure(
                doc[0].contains("002-shared-albums") && doc[0].contains("spec.md"),
                || format!("group {doc:?}"),
            )?;
            app.save_screenshot(&screenshot("search-panel")).await?;
            // Match case: the lower-case query no longer matches.
            app.click("[data-testid=search-case]", 0).await?;
            app.wait_for_texts("[data-testid=search-summary]", |t| {
                t.first().is_some_and(|s| s.starts_with("0 matches"))
            })
            .await?;
            app.click("[data-testid=search-case]", 0).await?;
            app.wait_for_texts("[data-testid=search-hit]", |t| t.len() == 1)
                .await?;
            app.click("[data-testid=search-hit]", 0).await?;

            let title = app
                .wait_for_texts("[data-testid=feature-title]", |t| {
                    t.first().is_some_and(|t| t.starts_with("002"))
                })
                .await?;
            ensure(title == ["002 Shared albums"], || format!("feature {title:?}"))?;
            let tab = app
                .wait_for_texts("[data-testid=doc-tab][aria-selected=true]", |t| {
                    t.len() == 1 && t[0].contains("spec.md")
                })
                .await?;
            ensure(tab[0].contains("spec.md"), || format!("tab {tab:?}"))?;
            wait_for_selection(app, "Invitation Link").await?;
            let line = app
                .execute(
                    "const n = window.getSelection().anchorNode; \
                     const el = n && (n.nodeType === 1 ? n : n.parentElement); \
                     return el && el.closest('.cm-line') ? el.closest('.cm-line').textContent : null;",
                )
                .await?;
            ensure(
                line.as_str() == Some("A grandparent opens the Invitation Link on a phone."),
                || format!("cursor line {line}"),
            )
        })
    })
    .await;
}

#[tokio::test]
async fn f8_walks_the_placeholders_and_the_status_bar_counts_them() {
    let (_repo, path) = repo_with_plan(PLAN_WITH_PLACEHOLDERS);
    run("authoring_placeholders", &[&path], |app| {
        Box::pin(async move {
            let count = app
                .wait_for_texts("[data-testid=placeholder-count]", |t| {
                    t == ["3 placeholders left"]
                })
                .await?;
            ensure(count == ["3 placeholders left"], || format!("count {count:?}"))?;
            app.save_screenshot(&screenshot("status-bar")).await?;
            app.click(".cm-content .cm-line", 0).await?;
            keys_to(app, ".cm-content", &F8.to_string()).await?;
            wait_for_selection(app, "[DATE]").await?;
            keys_to(app, ".cm-content", &F8.to_string()).await?;
            wait_for_selection(app, "[e.g., Albums load fast]").await?;
            keys_to(app, ".cm-content", &format!("{SHIFT}{F8}{RELEASE}")).await?;
            wait_for_selection(app, "[DATE]").await?;
            // Filling one in (typing over the selection) leaves two.
            keys_to(app, ".cm-content", "2026-03-09").await?;
            let count = app
                .wait_for_texts("[data-testid=placeholder-count]", |t| {
                    t == ["2 placeholders left"]
                })
                .await?;
            ensure(count == ["2 placeholders left"], || format!("count {count:?}"))?;
            // The status bar's count is a button to the next one.
            app.click("[data-testid=placeholder-count]", 0).await?;
            wait_for_selection(app, "[e.g., Albums load fast]").await
        })
    })
    .await;
}

fn git(root: &Path, args: &[&str]) {
    let status = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

fn git_available() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[tokio::test]
async fn git_branch_and_uncommitted_documents_are_marked() {
    if !git_available() {
        eprintln!("skipping: git not installed");
        return;
    }
    let repo = tempfile::tempdir().unwrap();
    let root = repo.path().to_path_buf();
    git(&root, &["init", "-q", "-b", "002-shared-albums"]);
    git(&root, &["config", "user.name", "SpecDesk Test"]);
    git(&root, &["config", "user.email", "test@specdesk.invalid"]);
    git(&root, &["config", "commit.gpgsign", "false"]);
    for (rel, text) in [
        ("specs/001-photo-albums/plan.md", "# Plan: Photo albums\n"),
        ("specs/002-shared-albums/plan.md", "# Plan: Shared albums\n"),
        ("specs/002-shared-albums/spec.md", "# Spec: Shared albums\n"),
    ] {
        let file = root.join(rel);
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(file, text).unwrap();
    }
    git(&root, &["add", "-A"]);
    git(&root, &["commit", "-q", "-m", "specs"]);
    let path = root.to_str().unwrap().to_string();
    run("authoring_git", &[&path], |app| {
        Box::pin(async move {
            let on_branch = app
                .wait_for_texts("[data-testid=feature-item][data-on-branch=true] [data-testid=feature-number]", |t| {
                    t == ["002"]
                })
                .await?;
            ensure(on_branch == ["002"], || format!("highlighted {on_branch:?}"))?;
            app.click("[data-testid=feature-item]", 1).await?;
            let branch = app
                .wait_for_texts("[data-testid=git-branch]", |t| {
                    t.first().is_some_and(|b| b.ends_with("002-shared-albums"))
                })
                .await?;
            ensure(branch[0].ends_with("002-shared-albums"), || format!("branch {branch:?}"))?;
            let marks = app.texts("[data-testid=git-changed]").await?;
            ensure(marks.is_empty(), || format!("marks before any change: {marks:?}"))?;

            // Another program edits spec.md: it is marked in the tab and in the sidebar.
            step(
                "edit spec.md",
                fs::write(
                    root.join("specs/002-shared-albums/spec.md"),
                    "# Spec: Shared albums\n\nEdited.\n",
                ),
            )?;
            app.wait_for("[data-testid=doc-tab][data-rel='specs/002-shared-albums/spec.md'] [data-testid=git-changed]")
                .await?;
            app.wait_for("[data-testid=feature-item][data-on-branch=true] [data-testid=feature-git-changed]")
                .await?;
            let unmarked = app
                .execute(
                    "return document.querySelectorAll('[data-testid=feature-item] [data-testid=feature-git-changed]').length",
                )
                .await?;
            ensure(unmarked == serde_json::json!(1), || {
                format!("{unmarked} features marked, expected only 002")
            })?;
            app.save_screenshot(&screenshot("git")).await
        })
    })
    .await;
}

#[tokio::test]
async fn the_empty_state_creates_the_first_feature_through_the_same_dialog() {
    let repo = tempfile::tempdir().unwrap();
    fs::create_dir(repo.path().join(".git")).unwrap();
    let root = repo.path().to_path_buf();
    let path = root.to_str().unwrap().to_string();
    run("authoring_first_feature", &[&path], |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=empty-state]").await?;
            keys_to(app, "[data-testid=first-feature-title]", "Photo albums").await?;
            app.click("[data-testid=create-first-feature]", 0).await?;
            app.wait_for("[data-testid=new-feature-dialog][open]").await?;
            let value = app.attr("[data-testid=new-feature-title]", "value").await?;
            ensure(value.as_deref() == Some("Photo albums"), || {
                format!("title {value:?}")
            })?;
            let note = app
                .wait_for_texts("[data-testid=new-feature-dialog] [role=status]", |t| {
                    t.first().is_some_and(|s| s.contains("will be created"))
                })
                .await?;
            ensure(note[0].contains("specs/001-photo-albums/"), || {
                format!("preview {note:?}")
            })?;
            app.click("[data-testid=new-feature-create]", 0).await?;
            let title = app
                .wait_for_texts("[data-testid=feature-title]", |t| t == ["001 Photo albums"])
                .await?;
            ensure(title == ["001 Photo albums"], || format!("feature {title:?}"))?;
            ensure(root.join("specs/001-photo-albums/plan.md").is_file(), || {
                "plan.md not created".into()
            })
        })
    })
    .await;
}
