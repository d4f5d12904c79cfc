//! End-to-end tests of the Review report's Mermaid diagrams: Export report… on a repository whose
//! feature has a flowchart in plan.md, a sequence diagram in data-model.md and a hostile diagram
//! in spec.md (a `click` with `javascript:`, an `%%{init}%%` asking for `securityLevel: loose`).
//! The web view draws them off-screen, the back end sanitizes them again and the file has them as
//! inline SVG under their documents' names, with no script and its CSP.
//!
//! `report_export_time` (ignored) measures Export report… on the repository named by
//! `SPECDESK_BENCH_REPO` (docs/benchmarks.md).

use crate::harness::{ensure, run_with_env, step, write_file, App, Check};
use crate::review::open_review;
use std::path::Path;
use std::time::{Duration, Instant};

const PLAN: &str = "# Plan: Photo albums\n\n## Architecture\n\n\
    ```mermaid\nflowchart LR\n  Album[Album] -->|has many| Photo[Photo]\n  Photo --> Tag{Tag?}\n```\n";
const DATA_MODEL: &str = "# Data model\n\n## Sharing\n\n\
    ```mermaid\nsequenceDiagram\n  Owner->>Server: share(album)\n  Server-->>Guest: link\n```\n";
const SPEC: &str = "# Spec: Photo albums\n\n## Hostile\n\n\
    ```mermaid\n%%{init: {\"securityLevel\": \"loose\", \"htmlLabels\": true}}%%\nflowchart LR\n  \
    Evil[Click me] --> Safe[Safe]\n  click Evil \"javascript:alert(document.domain)\" \"tip\"\n  \
    click Safe call alert(\"x\")\n```\n";

/// The repository: 001 with the three diagrams, 002 with none.
fn repository(root: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(root.join(".git"))?;
    write_file(root, "specs/001-photo-albums/plan.md", PLAN)?;
    write_file(root, "specs/001-photo-albums/data-model.md", DATA_MODEL)?;
    write_file(root, "specs/001-photo-albums/spec.md", SPEC)?;
    write_file(
        root,
        "specs/002-plain/plan.md",
        "# Plan: Plain\n\nNo diagrams here.\n",
    )
}

/// Click Export report… and wait for its confirmation naming `file`; the time it took.
async fn export(app: &App, file: &str) -> Check<Duration> {
    let started = Instant::now();
    app.click("[data-testid=export-report]", 0).await?;
    app.wait_for_texts("[data-testid=export-done]", |t| {
        t.first().is_some_and(|t| t.contains(file))
    })
    .await?;
    let took = started.elapsed();
    // Dismiss it, so the next export's confirmation is a new one.
    app.click("[data-testid=export-done] button", 0).await?;
    Ok(took)
}

#[tokio::test]
async fn the_exported_report_shows_each_features_diagrams_as_inline_svg_with_no_script() {
    let repo = tempfile::tempdir().unwrap();
    repository(repo.path()).unwrap();
    let path = repo.path().to_str().unwrap().to_string();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("albums-review.html");
    let written = file.clone();
    // The test profile takes the save path from this variable instead of the native dialog.
    let env = [("SPECDESK_TEST_SAVE_PATH", file.to_str().unwrap_or_default())];
    run_with_env("report_diagrams_export", &[&path], &env, |app| {
        Box::pin(async move {
            open_review(app, 2).await?;
            export(app, "albums-review.html").await?;
            let html = step("read the report", std::fs::read_to_string(&written))?;
            let lower = html.to_lowercase();
            ensure(!lower.contains("<script"), || "a <script> in the report".into())?;
            ensure(!lower.contains("javascript:"), || "a javascript: URL in the report".into())?;
            ensure(
                html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"),
                || "the report has no CSP meta".into(),
            )?;
            // Read as a browser would.
            let script = format!(
                "const doc = new DOMParser().parseFromString({}, 'text/html');
                 const section = (id) => doc.getElementById(id);
                 const svgs = (s) => [...s.querySelectorAll('.diagram-view > svg')]
                   .map(svg => svg.getAttribute('aria-roledescription') + ':' + svg.textContent);
                 const first = section('f-specs-001-photo-albums');
                 return {{
                   titles: [...first.querySelectorAll('h3.diagram-title')].map(h => h.textContent),
                   diagrams: svgs(first),
                   inPlain: section('f-specs-002-plain').querySelectorAll('.diagrams, svg').length,
                   active: doc.querySelectorAll('script, iframe, object, embed, foreignObject, link, a, image, use').length
                     - doc.querySelectorAll('table a').length,
                   handlers: [...doc.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))
                     .filter(n => n.startsWith('on')),
                   paths: first.querySelectorAll('.diagram-view svg path').length,
                   css: [...doc.querySelectorAll('style')].map(s => s.textContent).join('').includes('#specdesk-diagram-'),
                   errors: doc.querySelectorAll('.diagram-error').length,
                 }};",
                serde_json::to_string(&html).unwrap_or_default(),
            );
            let parsed = app.execute(&script).await?;
            ensure(
                parsed["titles"]
                    == serde_json::json!([
                        "plan.md — Architecture",
                        "spec.md — Hostile",
                        "data-model.md — Sharing"
                    ]),
                || format!("diagram headings: {parsed}"),
            )?;
            let diagrams: Vec<String> = parsed["diagrams"]
                .as_array()
                .map(|a| a.iter().filter_map(|d| d.as_str().map(String::from)).collect())
                .unwrap_or_default();
            let svg_tags = html.matches("<svg").count();
            ensure(diagrams.len() == 3 && svg_tags == 3, || format!("{svg_tags} <svg, diagrams: {parsed}"))?;
            let has = |i: usize, kind: &str, words: &[&str]| {
                diagrams[i].starts_with(&format!("{kind}:")) && words.iter().all(|w| diagrams[i].contains(w))
            };
            ensure(has(0, "flowchart-v2", &["Album", "Photo", "has many"]), || format!("{parsed}"))?;
            ensure(has(2, "sequence", &["share(album)", "Guest"]), || format!("{parsed}"))?;
            // The hostile one is drawn, as a plain drawing: its labels, nothing that acts.
            ensure(has(1, "flowchart-v2", &["Click me", "Safe"]), || format!("{parsed}"))?;
            ensure(parsed["active"] == 0 && parsed["handlers"] == serde_json::json!([]), || {
                format!("something active in the report: {parsed}")
            })?;
            ensure(parsed["paths"].as_u64().unwrap_or(0) > 0 && parsed["css"] == true, || format!("{parsed}"))?;
            ensure(parsed["inPlain"] == 0 && parsed["errors"] == 0, || format!("{parsed}"))?;
            // Drawn off-screen: nothing of the drawings stays in the page.
            let left = app
                .execute("return document.querySelectorAll('svg[id^=specdesk-diagram], .diagram-measure').length;")
                .await?;
            ensure(left == 0, || format!("{left} drawing elements left in the page"))?;
            if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                let _ = std::fs::copy(&written, Path::new(&dir).join("report-with-diagrams.html"));
            }
            Ok(())
        })
    })
    .await;
}

/// Export report… on `SPECDESK_BENCH_REPO`, `SPECDESK_BENCH_RUNS` times (default 5): the time from
/// the click to the confirmation, printed with the median.
#[tokio::test]
#[ignore = "a measurement: SPECDESK_BENCH_REPO=<repository> (docs/benchmarks.md)"]
async fn report_export_time() {
    let Ok(repo) = std::env::var("SPECDESK_BENCH_REPO") else {
        panic!("set SPECDESK_BENCH_REPO to the repository to export");
    };
    let runs: usize = std::env::var("SPECDESK_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("bench-review.html");
    let written = file.clone();
    let env = [("SPECDESK_TEST_SAVE_PATH", file.to_str().unwrap_or_default())];
    run_with_env("report_export_time", &[&repo], &env, |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=screen-review]").await?;
            app.click("[data-testid=screen-review]", 0).await?;
            app.wait_for("[data-testid=review-row]").await?;
            if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                // An untimed export, with a screenshot while the diagrams are being drawn.
                app.click("[data-testid=export-report]", 0).await?;
                tokio::time::sleep(Duration::from_millis(600)).await;
                app.save_screenshot(&Path::new(&dir).join("report-export-progress.png"))
                    .await?;
                app.wait_for("[data-testid=export-done]").await?;
                app.click("[data-testid=export-done] button", 0).await?;
            }
            let mut times = Vec::new();
            for _ in 0..runs {
                times.push(export(app, "bench-review.html").await?.as_secs_f64() * 1000.0);
            }
            let html = step("read the report", std::fs::read_to_string(&written))?;
            if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                let _ = std::fs::copy(&written, Path::new(&dir).join("bench-review.html"));
            }
            let mut sorted = times.clone();
            sorted.sort_by(f64::total_cmp);
            eprintln!(
                "report export: median {:.0} ms, runs {:?} ms; {} bytes, {} <svg, {} diagram sources shown",
                sorted[sorted.len() / 2],
                times.iter().map(|t| t.round()).collect::<Vec<_>>(),
                html.len(),
                html.matches("<svg").count(),
                html.matches("language-mermaid").count(),
            );
            Ok(())
        })
    })
    .await;
}
