//! Accessibility measured in the real app: axe-core (the npm package the front end installs,
//! `ui/node_modules/axe-core`) injected over WebDriver and run with the WCAG 2.0/2.1/2.2 A and
//! AA rules on the editor (alone and with its History and Coverage panels), the New Feature
//! dialog, Quick Open, Find in Specs, the Review and the Pipeline screens of a copy of the demo
//! repository; then the prompts and dialogs that interrupt work (crash-journal restore prompt,
//! conflict banner, close confirmation, rule help, Reset Demo, About). Each in the light and the
//! dark theme.

use crate::harness::{bounded, demo_copy, ensure, run_with_env, step, wait_for_editor, App, Check};
use std::path::Path;

/// The WCAG tags axe-core runs.
const WCAG_TAGS: &[&str] = &["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

fn axe_source() -> std::io::Result<String> {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules/axe-core/axe.min.js"))
}

/// The violations axe-core finds on the page as it is: one line per rule, with its nodes.
async fn violations(app: &App, axe: &str) -> Check<Vec<String>> {
    let loaded = app.execute("return typeof window.axe === 'object';").await?;
    if loaded != serde_json::Value::Bool(true) {
        app.execute(&format!("{axe}\nreturn true;")).await?;
    }
    let script = "const done = arguments[arguments.length - 1];
        window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
          .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
              + v.nodes.map(n => n.target.join(' ') + ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']').join(' | '))),
                e => done(['axe failed: ' + e]));";
    let value = app
        .execute_async(script, vec![serde_json::json!(WCAG_TAGS)])
        .await?;
    Ok(value
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default())
}

#[tokio::test]
async fn the_main_screens_and_panels_pass_axe_core_wcag_rules() {
    every_screen_passes_axe_core("light").await;
}

#[tokio::test]
async fn the_main_screens_and_panels_pass_axe_core_wcag_rules_in_the_dark_theme() {
    every_screen_passes_axe_core("dark").await;
}

/// The app follows the system's light or dark preference, which WebKitGTK takes from GTK: the
/// dark theme is asked for with `GTK_THEME=Adwaita:dark`.
async fn every_screen_passes_axe_core(theme: &'static str) {
    let axe = match axe_source() {
        Ok(source) => source,
        Err(e) => panic!("axe-core is installed by `npm ci` in ui/ (scripts/test.sh does it): {e}"),
    };
    let (_dir, _root, path) = demo_copy();
    let env: &[(&str, &str)] = if theme == "dark" {
        &[("GTK_THEME", "Adwaita:dark")]
    } else {
        &[]
    };
    run_with_env(
        &format!("the_main_screens_and_panels_pass_axe_core_wcag_rules_{theme}"),
        &[&path],
        env,
        |app| {
            let axe = axe.clone();
            Box::pin(async move {
                wait_for_editor(app, "a plan", |t| !t.is_empty()).await?;
                let dark = app
                    .execute("return matchMedia('(prefers-color-scheme: dark)').matches")
                    .await?;
                ensure(dark == (theme == "dark"), || {
                    format!("the {theme} theme was asked for, dark = {dark}")
                })?;
                if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                    app.save_screenshot(&Path::new(&dir).join(format!("theme-{theme}.png")))
                        .await?;
                }
                app.wait_for("[data-testid=preview] h1").await?;
                let mut all: Vec<String> = Vec::new();
                // Each screen or panel: how to get there, and what shows it is there.
                let screens: [(&str, Option<&str>, &str); 8] = [
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
                        "pipeline",
                        Some("[data-testid=screen-pipeline]"),
                        "[data-testid=pipeline-card]",
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
                    let found = violations(app, &axe).await?;
                    all.extend(found.into_iter().map(|v| format!("{screen}: {v}")));
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
                step("type", bounded("keys", input.send_keys("plan")).await?)?;
                app.wait_for("[data-testid=quick-open-item]").await?;
                let found = violations(app, &axe).await?;
                all.extend(found.into_iter().map(|v| format!("quick open: {v}")));
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
                step("type", bounded("keys", search.send_keys("album")).await?)?;
                app.wait_for("[data-testid=search-hit]").await?;
                let found = violations(app, &axe).await?;
                all.extend(found.into_iter().map(|v| format!("find in specs: {v}")));
                step(
                    "axe-core ran",
                    if all.iter().any(|v| v.starts_with("axe failed")) {
                        Err(all.join("\n"))
                    } else {
                        Ok(())
                    },
                )?;
                ensure(all.is_empty(), || {
                    format!("{} rules violated:\n{}", all.len(), all.join("\n"))
                })
            })
        },
    )
    .await;
}

#[tokio::test]
async fn the_prompts_and_dialogs_pass_axe_core_wcag_rules() {
    every_prompt_passes_axe_core("light").await;
}

#[tokio::test]
async fn the_prompts_and_dialogs_pass_axe_core_wcag_rules_in_the_dark_theme() {
    every_prompt_passes_axe_core("dark").await;
}

/// A crash journal holding an unsaved edit of `rel_path` in the repository at `root`, as the app
/// writes it (src-tauri/src/journal.rs), so that the app offers it back when it opens.
fn write_journal(data_dir: &Path, root: &Path, rel_path: &str, text: &str) -> std::io::Result<()> {
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

async fn every_prompt_passes_axe_core(theme: &'static str) {
    let axe = axe_source().expect("axe-core is installed by `npm ci` in ui/");
    let (_dir, root, path) = demo_copy();
    let data = tempfile::tempdir().unwrap();
    let plan = "specs/001-photo-albums/plan.md";
    write_journal(
        data.path(),
        &root,
        plan,
        "# Implementation Plan: unsaved before a crash\n",
    )
    .unwrap();
    let data_dir = format!("--data-dir={}", data.path().display());
    let env: &[(&str, &str)] = if theme == "dark" {
        &[("GTK_THEME", "Adwaita:dark")]
    } else {
        &[]
    };
    run_with_env(
        &format!("the_prompts_and_dialogs_pass_axe_core_wcag_rules_{theme}"),
        &[&path, &data_dir],
        env,
        |app| {
            let (axe, plan_file) = (axe.clone(), root.join(plan));
            Box::pin(async move {
                let mut all: Vec<String> = Vec::new();
                let mut check = async |what: &str| -> Check {
                    let found = violations(app, &axe).await?;
                    all.extend(found.into_iter().map(|v| format!("{what} ({theme}): {v}")));
                    Ok(())
                };
                // The crash journal's restore prompt.
                app.wait_for("[data-testid=restore-prompt]").await?;
                wait_for_editor(app, "the plan", |t| !t.is_empty()).await?;
                check("restore prompt").await?;
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
                    std::fs::write(&plan_file, "# Implementation Plan: theirs\n"),
                )?;
                app.wait_for("[data-testid=conflict-banner]").await?;
                check("conflict banner").await?;
                // Closing the unsaved document asks first.
                app.choose_menu_item("close-tab").await?;
                app.wait_for("[data-testid=close-dialog]").await?;
                check("close confirmation").await?;
                app.click("[data-testid=close-cancel]", 0).await?;
                app.click("[data-testid=conflict-take-theirs]", 0).await?;
                // A rule's help, from the Problems panel of a plan with a problem.
                app.click("[data-testid=feature-item]", 2).await?;
                app.wait_for("[data-testid=rule-help]").await?;
                app.click("[data-testid=rule-help]", 0).await?;
                app.wait_for("[data-testid=rule-help-dialog]").await?;
                check("rule help").await?;
                let dialog = app.wait_for("[data-testid=rule-help-dialog]").await?;
                step("Escape", bounded("type", dialog.send_keys("\u{E00C}")).await?)?;
                // Help menu dialogs.
                app.choose_menu_item("reset-demo").await?;
                app.wait_for("[data-testid=reset-demo-dialog]").await?;
                check("reset demo").await?;
                let dialog = app.wait_for("[data-testid=reset-demo-dialog]").await?;
                step("Escape", bounded("type", dialog.send_keys("\u{E00C}")).await?)?;
                app.choose_menu_item("about").await?;
                app.wait_for("[data-testid=about-dialog]").await?;
                check("about").await?;
                ensure(all.is_empty(), || {
                    format!("{} rules violated:\n{}", all.len(), all.join("\n"))
                })
            })
        },
    )
    .await;
}
