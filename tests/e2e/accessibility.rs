//! Accessibility measured in the real app: axe-core (the npm package the front end installs,
//! `ui/node_modules/axe-core`) injected over WebDriver and run with the WCAG 2.0/2.1/2.2 A and
//! AA rules on the editor (alone and with its History and Coverage panels), the New Feature
//! dialog, Quick Open, Find in Specs, the Review and the Pipeline screens of a copy of the demo
//! repository.

use crate::harness::{bounded, demo_copy, ensure, run, step, wait_for_editor, App, Check};
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
    let axe = match axe_source() {
        Ok(source) => source,
        Err(e) => panic!("axe-core is installed by `npm ci` in ui/ (scripts/test.sh does it): {e}"),
    };
    let (_dir, _root, path) = demo_copy();
    run(
        "the_main_screens_and_panels_pass_axe_core_wcag_rules",
        &[&path],
        |app| {
            let axe = axe.clone();
            Box::pin(async move {
                wait_for_editor(app, "a plan", |t| !t.is_empty()).await?;
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
