//! Every screen, panel, prompt and dialog of the app, reached as a user reaches them. The
//! accessibility test runs axe-core at each stop and the language test looks for English there:
//! both walk the same way, so a screen added here is checked by both.
//!
//! - [`walk_screens`]: the editor alone and with its History and Coverage panels, New Feature,
//!   Review (this checkout's and all branches'), Pipeline, Quick Open and Find in Specs.
//! - [`walk_prompts`]: the crash journal's restore prompt (the repository must be opened with
//!   [`write_journal`]'s journal in its data folder), the conflict banner, the close confirmation,
//!   a rule's help, Reset Demo and About.

use crate::harness::{bounded, ensure, step, wait_for_editor, App, Check};
use std::path::{Path, PathBuf};

/// What a walk needs to know about the repository it walks.
pub struct Tour<'a> {
    /// A plan, relative to the root, opened first (the restore prompt offers it back).
    pub plan: &'a str,
    /// The repository's root, whose plan file the conflict is made on.
    pub root: PathBuf,
    /// The sidebar index of a feature whose plan has a problem with rule help.
    pub feature_with_a_problem: usize,
    /// Typed into Quick Open; must match a document.
    pub quick_open_query: &'a str,
    /// Typed into Find in Specs; must have hits.
    pub search_query: &'a str,
}

/// A copy of the demo repository as the installed app makes it for a user: a git repository
/// with one commit and a branch per feature, so the git-aware parts have something to show.
/// Returns the temporary folder holding it, its root and its path.
pub fn demo_git_copy() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let root = specdesk_core::demo::reset_demo(&crate::harness::demo_repo(), dir.path())
        .expect("the demo copied into a git repository");
    let path = root.to_str().unwrap().to_string();
    (dir, root, path)
}

impl Tour<'static> {
    /// The walk through a copy of the demo repository at `root` ([`demo_git_copy`]).
    pub fn demo(root: &Path) -> Tour<'static> {
        Tour {
            plan: "specs/001-photo-albums/plan.md",
            root: root.to_path_buf(),
            feature_with_a_problem: 2,
            quick_open_query: "plan",
            search_query: "album",
        }
    }
}

/// Walk the main screens and panels, calling `visit` with each one's name once it shows.
pub async fn walk_screens(app: &App, tour: &Tour<'_>, mut visit: impl AsyncFnMut(&str) -> Check) -> Check {
    wait_for_editor(app, "a plan", |t| !t.is_empty()).await?;
    app.wait_for("[data-testid=preview] h1").await?;
    // Each screen or panel: how to get there, and what shows it is there.
    let screens: [(&str, Option<&str>, &str); 9] = [
        ("editor", None, "[data-testid=preview] h1"),
        (
            "history panel",
            Some("[data-testid=history-toggle]"),
            "[data-testid=history-panel]",
        ),
        (
            "editor",
            Some("[data-testid=history-close]"),
            "[data-testid=preview] h1",
        ),
        (
            "coverage panel",
            Some("[data-testid=coverage-toggle]"),
            "[data-testid=coverage-panel]",
        ),
        (
            "editor",
            Some("[data-testid=coverage-close]"),
            "[data-testid=preview] h1",
        ),
        (
            "new feature dialog",
            Some("[data-testid=new-feature-button]"),
            "[data-testid=new-feature-dialog]",
        ),
        (
            "review",
            Some("[data-testid=new-feature-cancel]"),
            "[data-testid=screen-review]",
        ),
        (
            "all branches",
            Some("[data-testid=scope-all]"),
            "[data-testid=branch-row]",
        ),
        (
            "pipeline",
            Some("[data-testid=scope-checkout]"),
            "[data-testid=review-row]",
        ),
    ];
    for (screen, action, shown) in screens {
        if let Some(css) = action {
            app.click(css, 0).await?;
        }
        if screen == "review" {
            app.click("[data-testid=screen-review]", 0).await?;
            app.wait_for("[data-testid=review-row]").await?;
        }
        app.wait_for(shown).await?;
        if screen == "pipeline" {
            app.click("[data-testid=screen-pipeline]", 0).await?;
            app.wait_for("[data-testid=pipeline-card]").await?;
        }
        visit(screen).await?;
    }
    // Quick Open (Ctrl+P) and Find in Specs (Ctrl+Shift+F, with hits), from the editor.
    app.click("[data-testid=screen-editor]", 0).await?;
    app.wait_for("[data-testid=preview] h1").await?;
    let body = app.wait_for("body").await?;
    step(
        "press Ctrl+P",
        bounded("keys", body.send_keys("\u{E009}p\u{E000}")).await?,
    )?;
    let input = app.wait_for("[data-testid=quick-open-input]").await?;
    step(
        "type",
        bounded("keys", input.send_keys(tour.quick_open_query)).await?,
    )?;
    app.wait_for("[data-testid=quick-open-item]").await?;
    visit("quick open").await?;
    step(
        "press Escape",
        bounded("keys", input.send_keys("\u{E00C}")).await?,
    )?;
    app.click(".cm-content .cm-line", 0).await?;
    let content = app.wait_for(".cm-content").await?;
    step(
        "press Ctrl+Shift+F",
        bounded("keys", content.send_keys("\u{E009}\u{E008}f\u{E000}")).await?,
    )?;
    app.wait_for("[data-testid=search-panel][open]").await?;
    let search = app.wait_for("[data-testid=search-input]").await?;
    step(
        "type",
        bounded("keys", search.send_keys(tour.search_query)).await?,
    )?;
    app.wait_for("[data-testid=search-hit]").await?;
    visit("find in specs").await
}

/// A crash journal holding an unsaved edit of `rel_path` in the repository at `root`, as the app
/// writes it (src-tauri/src/journal.rs), so that the app offers it back when it opens.
pub fn write_journal(data_dir: &Path, root: &Path, rel_path: &str, text: &str) -> std::io::Result<()> {
    let root = root.canonicalize()?.to_string_lossy().into_owned();
    let key = specdesk_core::store::content_hash(root.as_bytes());
    let journal = serde_json::json!({
        "root": root,
        "entries": [{ "relPath": rel_path, "text": text, "baseHash": null, "at": 0 }],
    });
    std::fs::create_dir_all(data_dir.join("journal"))?;
    std::fs::write(
        data_dir.join("journal").join(format!("{}.json", &key[..16])),
        journal.to_string(),
    )
}

/// Walk the prompts and dialogs that interrupt work, calling `visit` with each one's name once it
/// shows. The app must have been started with a journal from [`write_journal`] for `tour.plan`.
pub async fn walk_prompts(app: &App, tour: &Tour<'_>, mut visit: impl AsyncFnMut(&str) -> Check) -> Check {
    // The crash journal's restore prompt.
    app.wait_for("[data-testid=restore-prompt]").await?;
    wait_for_editor(app, "the plan", |t| !t.is_empty()).await?;
    visit("restore prompt").await?;
    app.click("[data-testid=restore-discard]", 0).await?;
    // A conflict: an unsaved edit, and the file changed on disk meanwhile.
    let autosave = "const box = document.querySelector('[data-testid=autosave]'); \
        if (box.checked) box.click(); return box.checked;";
    let on = app.execute(autosave).await?;
    ensure(on == false, || "autosave is still on".into())?;
    app.click(".cm-content .cm-line", 0).await?;
    let content = app.wait_for(".cm-content").await?;
    step("type", bounded("type", content.send_keys("Mine ")).await?)?;
    wait_for_editor(app, "the unsaved edit", |t| t.contains("Mine ")).await?;
    step(
        "write theirs",
        std::fs::write(tour.root.join(tour.plan), "# Implementation Plan: theirs\n"),
    )?;
    app.wait_for("[data-testid=conflict-banner]").await?;
    visit("conflict banner").await?;
    // Closing the unsaved document asks first.
    app.choose_menu_item("close-tab").await?;
    app.wait_for("[data-testid=close-dialog]").await?;
    visit("close confirmation").await?;
    app.click("[data-testid=close-cancel]", 0).await?;
    app.click("[data-testid=conflict-take-theirs]", 0).await?;
    // A rule's help, from the Problems panel of a plan with a problem.
    app.click("[data-testid=feature-item]", tour.feature_with_a_problem)
        .await?;
    app.wait_for("[data-testid=rule-help]").await?;
    app.click("[data-testid=rule-help]", 0).await?;
    app.wait_for("[data-testid=rule-help-dialog]").await?;
    visit("rule help").await?;
    let dialog = app.wait_for("[data-testid=rule-help-dialog]").await?;
    step("Escape", bounded("type", dialog.send_keys("\u{E00C}")).await?)?;
    // Help menu dialogs.
    app.choose_menu_item("reset-demo").await?;
    app.wait_for("[data-testid=reset-demo-dialog]").await?;
    visit("reset demo").await?;
    let dialog = app.wait_for("[data-testid=reset-demo-dialog]").await?;
    step("Escape", bounded("type", dialog.send_keys("\u{E00C}")).await?)?;
    app.choose_menu_item("about").await?;
    app.wait_for("[data-testid=about-dialog]").await?;
    visit("about").await
}
