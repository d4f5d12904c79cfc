//! End-to-end tests of the Review screen: the demo repository's counts (compared with what
//! `specdesk-cli status` computes — the same `specdesk_core` functions, called here directly),
//! a plan checkbox ticked from the dashboard (exactly one byte changes on disk, the open
//! editor follows), the exported HTML report (parsed in the webview), and a 1,000-feature
//! repository (time to first render, scrolling; printed, never asserted beyond generous limits).
//!
//! Every test works on a temporary copy of `examples/demo-repo`. Screenshots go to
//! `tests/e2e/screenshots/review-*.png`; with `SPECDESK_SCREENSHOT=1` the dashboard of the demo
//! repository is also saved as `docs/review.png`.

use crate::harness::{
    bounded, copy_dir, demo_copy, demo_repo, editor_text, ensure, run, run_with_env, step, App, Check,
    PATIENCE,
};
use specdesk_core::check::{repository_status, RepoStatus};
use specdesk_core::repo::Repository;
use specdesk_core::status::{ChecklistItem, Progress};
use specdesk_core::store::Store;
use specdesk_core::template::Template;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What `specdesk-cli status --format json` reports: the same core call the CLI makes.
fn cli_status(root: &Path) -> RepoStatus {
    let repo = Repository::open(root).unwrap();
    let store = Store::new(&repo.root).unwrap();
    let template = Template::for_repo(&repo).unwrap();
    repository_status(&repo, &store, &template)
}

fn progress_label(p: Progress) -> String {
    if p.total == 0 {
        "—".into()
    } else {
        format!("{}/{}", p.done, p.total)
    }
}

/// Open the Review screen and wait until `rows` rows are shown.
/// The Review table's checkbox of plan item `index` of `feature`.
fn review_checkbox(feature: &str, index: usize) -> String {
    format!("[data-feature=\"{feature}\"] [data-testid=review-check][data-index=\"{index}\"]")
}

/// Click plan item `index` of `feature` in the Review table and wait until it shows the tick.
async fn tick_in_review(app: &App, feature: &str, index: usize) -> Check {
    let checkbox = review_checkbox(feature, index);
    app.click(&checkbox, 0).await?;
    let checked_js = format!(
        "return document.querySelector('{}')?.checked ? true : null;",
        checkbox.replace('\'', "\\'")
    );
    wait_until(
        "the checkbox shows the tick",
        Script {
            app,
            source: &checked_js,
        },
    )
    .await
    .map(|_| ())
}

/// Switch to the Review screen and wait for its `rows` feature rows.
pub async fn open_review(app: &App, rows: usize) -> Check {
    app.wait_for("[data-testid=screen-review]").await?;
    app.click("[data-testid=screen-review]", 0).await?;
    app.wait_for_texts("[data-testid=review-row] [data-testid=review-title]", |t| {
        t.len() == rows
    })
    .await?;
    Ok(())
}

/// Each shown row's cells, by feature folder.
async fn row_cells(app: &App) -> Check<serde_json::Value> {
    app.execute(
        "const text = (r, id) => { const e = r.querySelector(`[data-testid=${id}]`); return e ? e.textContent.trim() : null; };
         return Array.from(document.querySelectorAll('[data-testid=review-row]')).map(r => ({
           feature: r.dataset.feature,
           validation: text(r, 'review-validation'),
           plan: text(r, 'review-plan-progress'),
           tasks: text(r, 'review-tasks-progress'),
           checklists: text(r, 'review-checklists-progress'),
           checks: Array.from(r.querySelectorAll('[data-testid=review-check]')).map(c => c.checked),
         }));",
    )
    .await
}

fn expected_validation(f: &specdesk_core::status::FeatureStatus) -> String {
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    match (&f.plan, f.diagnostics) {
        (None, _) => "no plan".into(),
        (Some(_), None) => "unreadable".into(),
        (Some(_), Some(c)) if c.errors > 0 && c.warnings > 0 => {
            format!(
                "{} · {}",
                plural(c.errors, "error"),
                plural(c.warnings, "warning")
            )
        }
        (Some(_), Some(c)) if c.errors > 0 => plural(c.errors, "error"),
        (Some(_), Some(c)) if c.warnings > 0 => plural(c.warnings, "warning"),
        _ => "clean".into(),
    }
}

/// Every row shows what the CLI's status computes.
async fn compare_with_cli(app: &App, status: &RepoStatus) -> Check {
    let cells = row_cells(app).await?;
    let cells = cells.as_array().cloned().unwrap_or_default();
    ensure(cells.len() == status.features.len(), || {
        format!("{} rows for {} features", cells.len(), status.features.len())
    })?;
    for f in &status.features {
        let row = cells
            .iter()
            .find(|c| c["feature"] == f.rel_path.as_str())
            .ok_or_else(|| format!("no row for {}", f.rel_path))?;
        let plan = f.plan.as_ref().map(|p| progress_label(p.progress));
        let tasks = f
            .tasks
            .as_ref()
            .map(|t| progress_label(t.progress))
            .unwrap_or_else(|| "no tasks.md".into());
        let checklists = progress_label(f.checklists.iter().map(|c| c.progress).sum());
        let checks: Vec<bool> = f
            .plan
            .iter()
            .flat_map(|p| p.items.iter().map(|i| i.checked))
            .collect();
        let expected = serde_json::json!({
            "feature": f.rel_path,
            "validation": expected_validation(f),
            "plan": plan.filter(|_| f.plan.as_ref().is_some_and(|p| !p.items.is_empty())),
            "tasks": tasks,
            "checklists": checklists,
            "checks": checks,
        });
        ensure(*row == expected, || {
            format!("row {} shows {row}, the CLI says {expected}", f.rel_path)
        })?;
    }
    let s = &status.summary;
    let shown = app.texts("[data-testid=summary-tasks], [data-testid=summary-plan-checklists], [data-testid=summary-checklists], [data-testid=summary-features], [data-testid=summary-errors], [data-testid=summary-warnings]").await?;
    let expected = vec![
        s.features.to_string(),
        s.errors.to_string(),
        s.warnings.to_string(),
        progress_label(s.tasks),
        progress_label(s.plan_checklists),
        progress_label(s.checklists),
    ];
    ensure(shown == expected, || {
        format!("summary shows {shown:?}, the CLI says {expected:?}")
    })
}

fn screenshot_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/e2e/screenshots/{name}.png"))
}

async fn wait_until<T>(what: &str, mut probe: impl AsyncProbe<T>) -> Check<T> {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(value) = probe.probe().await? {
            return Ok(value);
        }
        if Instant::now() > deadline {
            return Err(format!("after {}s: {what}", PATIENCE.as_secs()));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Something polled until it has a value.
trait AsyncProbe<T> {
    async fn probe(&mut self) -> Check<Option<T>>;
}

/// Poll a script until it returns something other than `null`.
struct Script<'a> {
    app: &'a App,
    source: &'a str,
}

impl AsyncProbe<serde_json::Value> for Script<'_> {
    async fn probe(&mut self) -> Check<Option<serde_json::Value>> {
        let value = self.app.execute(self.source).await?;
        Ok((!value.is_null()).then_some(value))
    }
}

const FAMILY: &str = "specs/002-family-invites";
const FAMILY_PLAN: &str = "specs/002-family-invites/plan.md";

/// The first unticked item of feature 002's plan checklist, as the CLI's status sees it.
fn first_open_item(status: &RepoStatus) -> ChecklistItem {
    status
        .features
        .iter()
        .find(|f| f.rel_path == FAMILY)
        .and_then(|f| f.plan.as_ref())
        .and_then(|p| p.items.iter().find(|i| !i.checked))
        .cloned()
        .expect("demo feature 002 has an open plan item")
}

#[tokio::test]
async fn review_shows_the_cli_counts_and_ticks_a_plan_item_in_one_byte() {
    let (_repo, root, path) = demo_copy();
    let status = cli_status(&root);
    let item = first_open_item(&status);
    run("review_counts_and_toggle", &[&path], |app| {
        Box::pin(async move {
            // The plan is open in the editor first (feature 002 is the second in the list).
            app.wait_for("[data-testid=feature-item]").await?;
            app.click("[data-testid=feature-item]", 1).await?;
            app.wait_for_texts("[data-testid=save-state]", |t| t == ["Saved"])
                .await?;
            let before_text = editor_text(app).await?;
            ensure(before_text.contains("Family Invites"), || {
                format!("the editor does not show 002's plan: {before_text:?}")
            })?;

            open_review(app, 8).await?;
            compare_with_cli(app, &status).await?;
            app.save_screenshot(&screenshot_path("review-demo")).await?;
            if std::env::var("SPECDESK_SCREENSHOT").is_ok_and(|v| v == "1") {
                let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/review.png");
                app.save_screenshot(&docs).await?;
            }

            // Tick the item; exactly its mark changes on disk (a CRLF file: offsets matter).
            let before = step("read plan", fs::read(root.join(FAMILY_PLAN)))?;
            tick_in_review(app, FAMILY, item.index).await?;
            let after = step("read plan", fs::read(root.join(FAMILY_PLAN)))?;
            ensure(after.len() == before.len(), || "the plan changed length".into())?;
            let differing: Vec<usize> = (0..before.len()).filter(|&i| before[i] != after[i]).collect();
            ensure(differing.len() == 1, || {
                format!("{} bytes differ, not 1", differing.len())
            })?;
            ensure(
                (before[differing[0]], after[differing[0]]) == (b' ', b'x'),
                || "the changed byte is not the mark".into(),
            )?;
            let line_of_change = before[..differing[0]].iter().filter(|&&b| b == b'\n').count() + 1;
            ensure(line_of_change == item.line as usize, || {
                format!("line {line_of_change} changed, the item is on line {}", item.line)
            })?;
            // The sidebar and the review now agree with the CLI again.
            let status_after = cli_status(&root);
            wait_until(
                "the review shows the new counts",
                CliAgrees {
                    app,
                    status: &status_after,
                },
            )
            .await?;

            // Back in the editor, the (clean) buffer shows the tick at once: its preview (all
            // of it rendered, unlike CodeMirror's visible lines) has the box ticked.
            app.click("[data-testid=screen-editor]", 0).await?;
            let preview_box = format!(
                "return document.querySelector('[data-testid=preview] input[data-task=\"{}\"]')?.checked ? true : null;",
                item.index
            );
            wait_until(
                "the editor's preview shows the tick",
                Script {
                    app,
                    source: &preview_box,
                },
            )
            .await?;
            let state = app.texts("[data-testid=save-state]").await?;
            ensure(state == ["Saved"], || format!("save state {state:?}"))?;

            // Enter on a checklist item opens the plan with the cursor on that item's line.
            open_review(app, 8).await?;
            let last_box = format!("[data-feature=\"{FAMILY}\"] [data-testid=review-check]:last-of-type");
            let last = app.wait_for(&last_box).await?;
            step("press Enter", bounded("keys", last.send_keys("\u{E007}")).await?)?;
            let active = wait_until(
                "the editor's cursor line",
                Script {
                    app,
                    source: "return document.querySelector('.cm-activeLine')?.innerText ?? null;",
                },
            )
            .await?;
            let last_item = status
                .features
                .iter()
                .find(|f| f.rel_path == FAMILY)
                .and_then(|f| f.plan.as_ref())
                .and_then(|p| p.items.last())
                .map(|i| i.text.clone())
                .unwrap_or_default();
            ensure(
                active.as_str().is_some_and(|l| l.contains(&last_item)),
                || format!("cursor line {active}, expected the item {last_item:?}"),
            )
        })
    })
    .await;
}

/// Polls until the review's rows equal what the CLI computes.
struct CliAgrees<'a> {
    app: &'a App,
    status: &'a RepoStatus,
}

impl AsyncProbe<()> for CliAgrees<'_> {
    async fn probe(&mut self) -> Check<Option<()>> {
        Ok(compare_with_cli(self.app, self.status).await.ok())
    }
}

#[tokio::test]
async fn a_plan_changed_since_the_review_was_shown_is_not_overwritten() {
    let (_repo, root, path) = demo_copy();
    let status = cli_status(&root);
    let item = first_open_item(&status);
    run("review_conflict", &[&path], |app| {
        Box::pin(async move {
            open_review(app, 8).await?;
            // Another program edits the plan (same length, other text) before the click.
            let plan = root.join(FAMILY_PLAN);
            let text = step("read", fs::read_to_string(&plan))?;
            let edited = text.replacen("Family", "FAMILY", 1);
            step("write", fs::write(&plan, &edited))?;
            let checkbox = review_checkbox(FAMILY, item.index);
            // Click at once, before the watcher's refresh arrives: the compare-and-swap refuses.
            let clicked = app
                .execute(&format!(
                    "const c = document.querySelector('{}'); if (c) c.click(); return !!c;",
                    checkbox.replace('\'', "\\'")
                ))
                .await?;
            ensure(clicked == serde_json::json!(true), || {
                "no checkbox to click".into()
            })?;
            tokio::time::sleep(Duration::from_millis(1500)).await;
            let now = step("read", fs::read_to_string(&plan))?;
            let notices = app.texts("[data-testid=review-notice]").await?;
            // Either the click came first and was refused, or the refresh came first and the
            // click applied to the new version; never is the other program's edit lost.
            ensure(now.contains("FAMILY"), || {
                "the other program's edit was overwritten".into()
            })?;
            if now == edited {
                ensure(
                    notices
                        .iter()
                        .any(|n| n.contains("changed since the review was shown")),
                    || format!("nothing written, but no notice: {notices:?}"),
                )?;
            }
            Ok(())
        })
    })
    .await;
}

#[tokio::test]
async fn exported_html_report_lists_every_feature() {
    let (_repo, root, path) = demo_copy();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("demo-review.html");
    let features: Vec<String> = cli_status(&root)
        .features
        .iter()
        .map(|f| f.dir_name.clone())
        .collect();
    let report_path = report.clone();
    // The test profile takes the save path from this variable instead of the native dialog.
    let env = [("SPECDESK_TEST_SAVE_PATH", report.to_str().unwrap_or_default())];
    run_with_env("review_export", &[&path], &env, |app| {
        Box::pin(async move {
            open_review(app, 8).await?;
            app.click("[data-testid=export-report]", 0).await?;
            app.wait_for_texts("[data-testid=export-done]", |t| {
                t.first().is_some_and(|t| t.contains("demo-review.html"))
            })
            .await?;
            let html = step("read the report", fs::read_to_string(&report_path))?;
            // Load it in the webview's HTML parser, as a browser would.
            let script = format!(
                "const doc = new DOMParser().parseFromString({}, 'text/html');
                 return {{
                   rows: Array.from(doc.querySelectorAll('tr[data-feature]')).map(r => r.dataset.feature),
                   sections: doc.querySelectorAll('section.feature').length,
                   scripts: doc.querySelectorAll('script, link, img, iframe').length,
                   title: doc.title,
                 }};",
                serde_json::to_string(&html).unwrap_or_default()
            );
            let parsed = app.execute(&script).await?;
            ensure(parsed["rows"] == serde_json::json!(features), || {
                format!("report rows {}, features {features:?}", parsed["rows"])
            })?;
            ensure(parsed["sections"] == 8 && parsed["scripts"] == 0, || {
                format!("report structure: {parsed}")
            })?;
            ensure(
                parsed["title"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("Spec review")),
                || format!("title {}", parsed["title"]),
            )
        })
    })
    .await;
}

/// A repository of `count` features: the demo's features over and over, renumbered.
fn large_repo(count: usize) -> std::io::Result<tempfile::TempDir> {
    let dir = tempfile::tempdir()?;
    fs::create_dir_all(dir.path().join(".git"))?;
    let mut sources: Vec<PathBuf> = fs::read_dir(demo_repo().join("specs"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    sources.sort();
    for i in 0..count {
        let source = &sources[i % sources.len()];
        let name = source
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let slug = name.split_once('-').map(|(_, s)| s).unwrap_or("feature");
        copy_dir(source, &dir.path().join(format!("specs/{:04}-{slug}", i + 1)))?;
    }
    Ok(dir)
}

/// More than 5 and fewer than `fewer_than` elements with data-testid `testid` are in the DOM
/// (only those near the viewport); else fail with "`<count> <what> is not virtualised`".
async fn ensure_virtualised(app: &App, testid: &str, fewer_than: u64, what: &str) -> Check {
    let count = app
        .execute(&format!(
            "return document.querySelectorAll('[data-testid={testid}]').length;"
        ))
        .await?;
    ensure(count.as_u64().is_some_and(|n| n > 5 && n < fewer_than), || {
        format!("{count} {what} is not virtualised")
    })
}

#[tokio::test]
async fn a_thousand_features_render_fast_and_scroll() {
    // `SPECDESK_REVIEW_CORPUS=<dir>` measures another repository instead (e.g. one written by
    // `cargo run -p specdesk-bench --bin gen-corpus -- --features 1000 --seed 7 --out <dir>`).
    let generated = large_repo(1000).unwrap();
    let path = std::env::var("SPECDESK_REVIEW_CORPUS")
        .unwrap_or_else(|_| generated.path().to_str().unwrap().to_string());
    let opened = Repository::open(Path::new(&path)).unwrap();
    let count = opened.features().count();
    let last = opened
        .features()
        .last()
        .map(|f| f.number.clone())
        .unwrap_or_default();
    run("review_thousand", &[&path], |app| {
        Box::pin(async move {
            // Measure the review alone: after the sidebar's own status has arrived.
            app.wait_for("[data-testid=feature-badge]").await?;
            // The sidebar holds only the rows near its viewport; scrolling draws the others.
            ensure_virtualised(app, "feature-item", 80, "sidebar rows in the DOM: the sidebar").await?;
            app.execute("const n = document.querySelector('nav.features'); n.scrollTop = n.scrollHeight; return true;")
                .await?;
            let numbers = app
                .wait_for_texts("[data-testid=feature-number]", |t| t.iter().any(|n| *n == last))
                .await?;
            ensure(!numbers.iter().any(|n| n == "0001"), || {
                format!("scrolled to the end, the sidebar still draws the first row: {numbers:?}")
            })?;
            tokio::time::sleep(Duration::from_secs(2)).await;
            app.click("[data-testid=screen-review]", 0).await?;
            let timing = wait_until(
                "the review's first render",
                Script {
                    app,
                    source: "return window.__specdeskReview ?? null;",
                },
            )
            .await?;
            ensure(timing["features"] == count, || format!("timing {timing}"))?;
            ensure_virtualised(app, "review-row", 120, "rows in the DOM: the table").await?;
            app.save_screenshot(&screenshot_path("review-1000")).await?;
            // Scroll the whole table, a step per frame, and time the frames.
            app.execute(
                "const s = document.querySelector('[data-testid=review-table]');
                 const frames = []; let last = performance.now(); let step = 0;
                 window.__scroll = null;
                 const idle = []; let idleLast = performance.now();
                 const idleTick = (t) => { idle.push(t - idleLast); idleLast = t;
                   if (idle.length < 30) requestAnimationFrame(idleTick);
                   else { idle.sort((a, b) => a - b); window.__idleFrame = idle[idle.length >> 1];
                          last = performance.now(); requestAnimationFrame(tick); } };
                 const tick = (t) => {
                   frames.push(t - last); last = t; s.scrollTop += 400; step++;
                   if (step < 150 && s.scrollTop + s.clientHeight < s.scrollHeight) requestAnimationFrame(tick);
                   else { frames.sort((a, b) => a - b);
                     window.__scroll = { idleMedian: window.__idleFrame, frames: frames.length, median: frames[frames.length >> 1],
                       p95: frames[Math.floor(frames.length * 0.95)], max: frames[frames.length - 1],
                       rows: document.querySelectorAll('[data-testid=review-row]').length,
                       last: document.querySelector('[data-testid=review-row]:last-of-type')?.dataset.feature }; }
                 };
                 requestAnimationFrame(idleTick); return true;",
            )
            .await?;
            let scroll = wait_until(
                "the scroll run",
                Script {
                    app,
                    source: "return window.__scroll ?? null;",
                },
            )
            .await?;
            eprintln!("review of {count} features: first render {timing}; scrolling {scroll}");
            app.save_screenshot(&screenshot_path("review-1000-scrolled")).await?;
            app.click("[data-testid=screen-pipeline]", 0).await?;
            let counts = app
                .wait_for_texts("[data-testid=pipeline-count]", |t| t.len() == 5)
                .await?;
            let total: usize = counts.iter().filter_map(|c| c.parse::<usize>().ok()).sum();
            ensure(total == count, || format!("pipeline counts {counts:?}"))?;
            app.save_screenshot(&screenshot_path("pipeline-1000")).await?;
            ensure(
                timing["firstRenderMs"].as_f64().is_some_and(|ms| ms < 30_000.0),
                || format!("first render took {timing}"),
            )
        })
    })
    .await;
}

#[tokio::test]
async fn pipeline_shows_each_feature_in_its_stage_and_opens_it() {
    let (_repo, _root, path) = demo_copy();
    run("review_pipeline", &[&path], |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=screen-pipeline]").await?;
            app.click("[data-testid=screen-pipeline]", 0).await?;
            let counts = app
                .wait_for_texts("[data-testid=pipeline-count]", |t| t.len() == 5)
                .await?;
            let total: usize = counts.iter().filter_map(|c| c.parse::<usize>().ok()).sum();
            ensure(total == 8, || format!("pipeline counts {counts:?}"))?;
            let spec_only = app
                .texts("[data-stage=specified] [data-testid=pipeline-card]")
                .await?;
            ensure(spec_only.len() == 1 && spec_only[0].contains("007"), || {
                format!("spec-only column: {spec_only:?}")
            })?;
            app.save_screenshot(&screenshot_path("pipeline-demo")).await?;
            // A card opens its feature in the editor.
            app.click("[data-stage=specified] [data-testid=pipeline-card]", 0)
                .await?;
            app.wait_for_texts("[data-testid=feature-title]", |t| {
                t.first().is_some_and(|t| t.starts_with("007"))
            })
            .await?;
            // Ctrl+Shift+R toggles the Review screen (once per press).
            let body = app.wait_for("body").await?;
            step(
                "press Ctrl+Shift+R",
                bounded("keys", body.send_keys("\u{E009}\u{E008}r\u{E000}")).await?,
            )?;
            app.wait_for("[data-testid=review-view] [data-testid=review-table]")
                .await?;
            let pressed = app.attr("[data-testid=screen-review]", "aria-pressed").await?;
            ensure(pressed.as_deref() == Some("true"), || {
                format!("Review is not the pressed screen: {pressed:?}")
            })
        })
    })
    .await;
}

#[tokio::test]
async fn a_dirty_editor_of_a_ticked_plan_shows_its_conflict_banner() {
    let (_repo, root, path) = demo_copy();
    let status = cli_status(&root);
    let item = first_open_item(&status);
    run("review_dirty_editor", &[&path], |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=feature-item]").await?;
            app.click("[data-testid=feature-item]", 1).await?;
            app.wait_for_texts("[data-testid=save-state]", |t| t == ["Saved"])
                .await?;
            // Unsaved edits in the plan's editor (autosave off, so they stay unsaved).
            let autosave = app
                .execute("return document.querySelector('[data-testid=autosave]').checked;")
                .await?;
            if autosave.as_bool() == Some(true) {
                app.click("[data-testid=autosave]", 0).await?;
            }
            let line = app.wait_for(".cm-content .cm-line").await?;
            step("click into the editor", bounded("click", line.click()).await?)?;
            let content = app.wait_for(".cm-content").await?;
            step(
                "type",
                bounded("type", content.send_keys("\u{E010} (draft)")).await?,
            )?;
            app.wait_for_texts("[data-testid=save-state]", |t| t == ["Unsaved"])
                .await?;

            open_review(app, 8).await?;
            tick_in_review(app, FAMILY, item.index).await?;
            // The editor keeps the user's words and says the disk changed under them.
            app.click("[data-testid=screen-editor]", 0).await?;
            app.wait_for("[data-testid=conflict-banner]").await?;
            let text = editor_text(app).await?;
            ensure(text.contains("(draft)"), || {
                format!("the unsaved edit is gone: {text:?}")
            })?;
            let disk = step("read", fs::read_to_string(root.join(FAMILY_PLAN)))?;
            ensure(!disk.contains("(draft)"), || {
                "the unsaved edit was written".into()
            })
        })
    })
    .await;
}

/// Where a screenshot of a language run goes: `SPECDESK_E2E_SHOTS` when set, else
/// `tests/e2e/screenshots/`.
fn shot(name: &str) -> PathBuf {
    match std::env::var_os("SPECDESK_E2E_SHOTS") {
        Some(dir) => Path::new(&dir).join(format!("{name}.png")),
        None => screenshot_path(name),
    }
}

/// The words SpecDesk itself shows in the Review screen: every text, and every title, label and
/// placeholder, user content left out (feature titles, folder names and numbers, and the labels
/// of plan items, phases, checklists and feature links, which quote the plan's own words or a
/// path; their wording is checked by the UI's unit tests).
const INTERFACE_TEXTS: &str = "
    const root = document.querySelector('[data-testid=review-view]');
    const user = '.title, .dir, .number, .repo, .mono, [data-testid=pipeline-count]';
    const quoting = '[data-testid=review-check], .phase, .linkish, [data-testid=review-open]';
    const out = new Set();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent.trim();
      if (text && !n.parentElement.closest(user)) out.add(text);
    }
    for (const e of root.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (e.closest(user) || e.matches(quoting)) continue;
      for (const a of ['title', 'aria-label', 'placeholder']) if (e.getAttribute(a)) out.add(e.getAttribute(a));
    }
    return [...out];";

/// Interface texts with a run of three Latin letters that is not a file name, a rule code, a
/// key or a product name: English left over.
fn english_in(texts: &[String]) -> Vec<String> {
    let allowed = [
        "spec.md", "plan.md", "tasks.md", "SpecDesk", "git", "Ctrl", "Enter", "Shift", "Phase", "Setup",
    ];
    texts
        .iter()
        .filter(|t| {
            let mut rest = t.to_string();
            for word in allowed {
                rest = rest.replace(word, "");
            }
            rest.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() >= 3)
        })
        .cloned()
        .collect()
}

#[tokio::test]
async fn review_and_pipeline_follow_a_japanese_system() {
    let (_repo, _root, path) = demo_copy();
    let env = [
        ("LANG", "ja_JP.UTF-8"),
        ("GTK_IM_MODULE", "gtk-im-context-simple"),
    ];
    run_with_env("review_japanese", &[&path], &env, |app| {
        Box::pin(async move {
            let review = app
                .wait_for_texts("[data-testid=screen-review]", |t| t == ["レビュー"])
                .await?;
            ensure(review == ["レビュー"], || format!("screen switch {review:?}"))?;
            app.click("[data-testid=screen-review]", 0).await?;
            let headers = app
                .wait_for_texts("[data-testid=review-table] thead th", |t| t.len() == 8)
                .await?;
            ensure(headers[0] == "機能" && headers[7] == "最終更新", || {
                format!("column headers {headers:?}")
            })?;
            let shown = app.texts("[data-testid=review-shown]").await?;
            ensure(shown == ["8 件の機能"], || format!("shown {shown:?}"))?;
            app.save_screenshot(&shot("review-ja")).await?;
            let texts: Vec<String> =
                serde_json::from_value(app.execute(INTERFACE_TEXTS).await?).unwrap_or_default();
            let english = english_in(&texts);
            ensure(english.is_empty(), || {
                format!("English in the Japanese Review screen: {english:?}")
            })?;

            app.click("[data-testid=screen-pipeline]", 0).await?;
            let columns = app
                .wait_for_texts("[data-testid=pipeline-column] h3", |t| t.len() == 5)
                .await?;
            ensure(
                columns[0].starts_with("仕様のみ") && columns[4].starts_with("完了"),
                || format!("pipeline columns {columns:?}"),
            )?;
            app.save_screenshot(&shot("pipeline-ja")).await?;
            let texts: Vec<String> =
                serde_json::from_value(app.execute(INTERFACE_TEXTS).await?).unwrap_or_default();
            let english = english_in(&texts);
            ensure(english.is_empty(), || {
                format!("English in the Japanese Pipeline: {english:?}")
            })
        })
    })
    .await;
}
