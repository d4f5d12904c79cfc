//! Accessibility measured in the real app: axe-core (the npm package the front end installs,
//! `ui/node_modules/axe-core`) injected over WebDriver and run with the WCAG 2.0/2.1/2.2 A and
//! AA rules on the editor (alone and with its History and Coverage panels), the New Feature
//! dialog, Quick Open, Find in Specs, the Review and the Pipeline screens of a copy of the demo
//! repository; then the prompts and dialogs that interrupt work (crash-journal restore prompt,
//! conflict banner, close confirmation, rule help, Reset Demo, About). Each in the light and the
//! dark theme.

use crate::harness::{ensure, run_with_env, step, strings, wait_for_editor, App, Check};
use crate::screens::{demo_git_copy, walk_prompts, walk_screens, write_journal, Tour};
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
    Ok(strings(&value))
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
    let (_dir, root, path) = demo_git_copy();
    run_with_env(
        &format!("the_main_screens_and_panels_pass_axe_core_wcag_rules_{theme}"),
        &[&path],
        theme_env(theme),
        |app| {
            let (axe, tour) = (axe.clone(), Tour::demo(&root));
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
                let mut all: Vec<String> = Vec::new();
                walk_screens(app, &tour, async |screen: &str| -> Check {
                    let found = violations(app, &axe).await?;
                    all.extend(found.into_iter().map(|v| format!("{screen}: {v}")));
                    Ok(())
                })
                .await?;
                step(
                    "axe-core ran",
                    if all.iter().any(|v| v.contains("axe failed")) {
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

/// The environment that asks for `theme`.
fn theme_env(theme: &str) -> &'static [(&'static str, &'static str)] {
    if theme == "dark" {
        &[("GTK_THEME", "Adwaita:dark")]
    } else {
        &[]
    }
}

#[tokio::test]
async fn the_prompts_and_dialogs_pass_axe_core_wcag_rules() {
    every_prompt_passes_axe_core("light").await;
}

#[tokio::test]
async fn the_prompts_and_dialogs_pass_axe_core_wcag_rules_in_the_dark_theme() {
    every_prompt_passes_axe_core("dark").await;
}

async fn every_prompt_passes_axe_core(theme: &'static str) {
    let axe = axe_source().expect("axe-core is installed by `npm ci` in ui/");
    let (_dir, root, path) = demo_git_copy();
    let tour = Tour::demo(&root);
    let data = tempfile::tempdir().unwrap();
    write_journal(
        data.path(),
        &root,
        tour.plan,
        "# Implementation Plan: unsaved before a crash\n",
    )
    .unwrap();
    let data_dir = format!("--data-dir={}", data.path().display());
    run_with_env(
        &format!("the_prompts_and_dialogs_pass_axe_core_wcag_rules_{theme}"),
        &[&path, &data_dir],
        theme_env(theme),
        |app| {
            let (axe, tour) = (axe.clone(), Tour::demo(&root));
            Box::pin(async move {
                let mut all: Vec<String> = Vec::new();
                walk_prompts(app, &tour, async |what: &str| -> Check {
                    let found = violations(app, &axe).await?;
                    all.extend(found.into_iter().map(|v| format!("{what} ({theme}): {v}")));
                    Ok(())
                })
                .await?;
                ensure(all.is_empty(), || {
                    format!("{} rules violated:\n{}", all.len(), all.join("\n"))
                })
            })
        },
    )
    .await;
}
