//! End-to-end tests of the editing loop: typing and saving writes exactly the edit, a preview
//! checkbox changes exactly its mark, a broken plan shows its diagnostics on the right lines,
//! hostile Markdown runs nothing, and the keystroke → preview latency is measured (printed,
//! never asserted). Every test writes its own repository; none depends on the demo repository.

use crate::harness::{
    bounded, durations, ensure, press_save, repo_with_plan, run, step, type_on_second_line, App, Check,
    FEATURE, PLAN,
};
use specdesk_core::template::Template;
use specdesk_core::validate::{validate_plan, PlanContext};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A complete plan for the built-in Lite template (no diagnostics but what a test adds).
fn good_plan() -> String {
    "# Implementation Plan (Lite): Photo albums\n\
     \n\
     **Branch**: `001-photo-albums` | **Date**: 2025-01-15 | **Spec**: [spec](./spec.md)  \n\
     **Input**: Feature specification located at `/specs/001-photo-albums/spec.md`\n\
     \n\
     ## Summary\n\
     - **Goal**: Group photos into albums — café shots 📷 included.\n\
     - **Users**: Everyone with a library.\n\
     - **Critical Behaviors**: Create, rename and delete albums.\n\
     - **Non‑Negotiables**: Albums load in under 200 ms.\n\
     \n\
     ## Technical Snapshot\n\
     | Area | Decision | Notes |\n\
     |------|----------|-------|\n\
     | Language / Runtime | Rust 1.80 | |\n\
     | Primary Framework / Libraries | Tauri | |\n\
     | Storage / Data | SQLite | |\n\
     | Testing Approach | cargo test | |\n\
     | Deployment / Hosting | Desktop | |\n\
     \n\
     ## Implementation Outline\n\
     - **System Shape**: One desktop app.\n\
     - **Key Components**: Album store, album view.\n\
     - **Data Flow**: Store to view.\n\
     \n\
     ## Work Breakdown (Lite)\n\
     | Phase | Objective | Key Files / Directories |\n\
     |-------|-----------|-------------------------|\n\
     | Setup | Scaffolding | src/ |\n\
     | Build | Albums | src/albums.rs |\n\
     | Tests | Album tests | tests/ |\n\
     | Polish | Docs | docs/ |\n\
     \n\
     ## Validation Strategy\n\
     - **Automated Tests**: Unit tests for the store.\n\
     - **Manual / Exploratory**: Create three albums.\n\
     - **Metrics / Observability**: Album load time.\n\
     \n\
     ## Risks & Follow-Ups\n\
     - **Open Questions**: None.\n\
     - **Dependencies**: None.\n\
     - **Rollback Plan**: Revert the release.\n\
     \n\
     ## Status Checklist\n\
     - [x] Summary captures desired outcomes and scope boundaries\n\
     - [ ] Technical snapshot finalized with chosen tools\n\
     - [ ] Work breakdown lists the minimal phases to ship\n\
     - [ ] Validation strategy covers tests needed to protect the change\n\
     - [ ] Risks and follow-ups logged (even if empty, confirm explicitly)\n"
        .to_string()
}

/// Wait until the file at `path` satisfies `done`; return its bytes.
async fn wait_for_disk(path: &Path, done: impl Fn(&[u8]) -> bool) -> Check<Vec<u8>> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let bytes = step("read the plan", fs::read(path))?;
        if done(&bytes) {
            return Ok(bytes);
        }
        if Instant::now() > deadline {
            return Err(format!(
                "after 10s the file holds {:?}",
                String::from_utf8_lossy(&bytes)
            ));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Wait until the editor shows the plan (its first line rendered in the preview too).
async fn open_editor(app: &App) -> Check {
    app.wait_for(".cm-content").await?;
    app.wait_for("[data-testid=preview] h1").await?;
    // CodeMirror's own styles got past the CSP (through the per-load style nonce).
    let display = app
        .execute("return getComputedStyle(document.querySelector('.cm-editor')).display")
        .await?;
    ensure(display == "flex", || {
        format!("CodeMirror is unstyled (display {display}): its <style> was blocked")
    })
}

#[tokio::test]
async fn typing_and_saving_writes_exactly_the_edit() {
    let original = good_plan();
    let (repo, path) = repo_with_plan(&original);
    let plan = repo.path().join(PLAN);
    run("typing_and_saving_writes_exactly_the_edit", &[&path], |app| {
        Box::pin(async move {
            open_editor(app).await?;
            // Saving by hand: switch autosave off first.
            app.click("[data-testid=autosave]", 0).await?;
            type_on_second_line(app, "Draft v2 — ok").await?;
            let dirty = app
                .wait_for_texts("[data-testid=save-state]", |t| t == ["Unsaved"])
                .await?;
            ensure(dirty == ["Unsaved"], || format!("save state {dirty:?}"))?;
            app.wait_for("[data-testid=dirty-marker]").await?;
            press_save(app).await?;
            let first_line_end = original.find('\n').unwrap() + 1;
            let expected = format!(
                "{}Draft v2 — ok{}",
                &original[..first_line_end],
                &original[first_line_end..]
            );
            let bytes = wait_for_disk(&plan, |b| b != original.as_bytes()).await?;
            ensure(bytes == expected.as_bytes(), || {
                format!(
                    "disk differs by more than the edit:\n{}",
                    String::from_utf8_lossy(&bytes)
                )
            })?;
            // The tab and the status no longer show unsaved changes.
            let state = app
                .wait_for_texts("[data-testid=save-state]", |t| t == ["Saved"])
                .await?;
            ensure(state == ["Saved"], || format!("save state {state:?}"))
        })
    })
    .await;
}

#[tokio::test]
async fn saving_a_file_with_mixed_line_endings_changes_only_the_edit() {
    // A BOM and every third line ending in CRLF: what a plan edited on two systems looks like.
    let lines: Vec<String> = good_plan().lines().map(str::to_string).collect();
    let ending = |i: usize| if i.is_multiple_of(3) { "\r\n" } else { "\n" };
    let body: String = lines
        .iter()
        .enumerate()
        .map(|(i, line)| format!("{line}{}", ending(i)))
        .collect();
    let original = format!("\u{FEFF}{body}");
    let (repo, path) = repo_with_plan(&original);
    let plan = repo.path().join(PLAN);
    run(
        "saving_a_file_with_mixed_line_endings_changes_only_the_edit",
        &[&path],
        |app| {
            let original = original.clone();
            Box::pin(async move {
                open_editor(app).await?;
                app.click("[data-testid=autosave]", 0).await?;
                type_on_second_line(app, "Mixed ✓").await?;
                app.wait_for("[data-testid=dirty-marker]").await?;
                press_save(app).await?;
                let first_line_end = original.find('\n').unwrap() + 1;
                let expected = format!(
                    "{}Mixed ✓{}",
                    &original[..first_line_end],
                    &original[first_line_end..]
                );
                let bytes = wait_for_disk(&plan, |b| b != original.as_bytes()).await?;
                ensure(bytes == expected.as_bytes(), || {
                    format!(
                        "disk differs by more than the edit:\n{:?}",
                        String::from_utf8_lossy(&bytes)
                    )
                })
            })
        },
    )
    .await;
}

#[tokio::test]
async fn a_preview_checkbox_changes_exactly_its_mark_on_disk() {
    let original = good_plan();
    let (repo, path) = repo_with_plan(&original);
    let plan = repo.path().join(PLAN);
    run("a_preview_checkbox_changes_exactly_its_mark_on_disk", &[&path], |app| {
        Box::pin(async move {
            open_editor(app).await?;
            app.wait_for("[data-testid=preview] input.task[data-task='2']").await?;
            app.click("[data-testid=preview] input.task[data-task='2']", 0).await?;
            // Autosave (on by default) writes it after about a second.
            let bytes = wait_for_disk(&plan, |b| b != original.as_bytes()).await?;
            let mark = "- [ ] Work breakdown";
            let at = original.find(mark).unwrap() + 3;
            let mut expected = original.clone().into_bytes();
            expected[at] = b'x';
            ensure(bytes == expected, || {
                format!(
                    "disk differs by more than the mark:\n{}",
                    String::from_utf8_lossy(&bytes)
                )
            })?;
            let checked = app
                .execute(
                    "return document.querySelector(\"[data-testid=preview] input.task[data-task='2']\").checked",
                )
                .await?;
            ensure(checked == serde_json::json!(true), || {
                format!("the re-rendered checkbox is not checked: {checked}")
            })
        })
    })
    .await;
}

#[tokio::test]
async fn a_broken_plan_shows_its_diagnostics_on_the_right_lines() {
    let broken = good_plan()
        .replace(
            "- **Open Questions**: None.",
            "- **Open Questions**: [NEEDS CLARIFICATION: who may see an album?]",
        )
        .replace(
            "## Validation Strategy\n- **Automated Tests**: Unit tests for the store.\n- **Manual / Exploratory**: Create three albums.\n- **Metrics / Observability**: Album load time.\n\n",
            "",
        )
        .replace("| SQLite |", "| [e.g., PostgreSQL, S3] |");
    let clarification_line = broken
        .lines()
        .position(|l| l.contains("NEEDS CLARIFICATION"))
        .unwrap() as u32
        + 1;
    let (repo, path) = repo_with_plan(&broken);
    let expected = expected_problems(&broken, &repo.path().join(PLAN));
    run(
        "a_broken_plan_shows_its_diagnostics_on_the_right_lines",
        &[&path],
        |app| {
            Box::pin(async move {
                open_editor(app).await?;
                let count = expected.len();
                app.wait_for_texts("[data-testid=problem]", |t| t.len() == count)
                    .await?;
                let shown = app
                    .execute(
                        "return [...document.querySelectorAll('[data-testid=problem]')]
                       .map(p => p.dataset.code + ':' + p.dataset.line)",
                    )
                    .await?;
                let shown: Vec<String> = step("problems", serde_json::from_value(shown))?;
                ensure(shown == expected, || {
                    format!("problems panel shows {shown:?}, the validator says {expected:?}")
                })?;
                ensure(
                    shown
                        .iter()
                        .any(|p| p.ends_with(&format!(":{clarification_line}"))),
                    || format!("no problem on line {clarification_line}: {shown:?}"),
                )?;
                // The editor marks them too: one gutter marker per line with a finding, at least.
                let marks = app
                    .execute("return document.querySelectorAll('.cm-lint-marker').length")
                    .await?;
                ensure(marks.as_u64().unwrap_or(0) > 0, || {
                    format!("no gutter marks: {marks}")
                })
            })
        },
    )
    .await;
}

/// `CODE:line` of every diagnostic the core reports for `text` at `path`.
fn expected_problems(text: &str, path: &Path) -> Vec<String> {
    let real: PathBuf = fs::canonicalize(path).unwrap();
    // The repository has no template: the app checks the plan against the built-in it follows.
    let builtins = Template::builtins();
    validate_plan(text, builtins.for_plan(text), &PlanContext::for_plan_path(&real))
        .iter()
        .map(|d| format!("{}:{}", d.code, d.span.line))
        .collect()
}

#[tokio::test]
async fn a_plan_with_xss_payloads_runs_nothing() {
    let hostile = format!(
        "{}\n## Notes\n\
         <script>document.body.dataset.xss = 'script'; window.__xss = 1;</script>\n\n\
         <img src=\"x\" onerror=\"document.body.dataset.xss = 'img'\">\n\n\
         <svg onload=\"document.body.dataset.xss = 'svg'\"><circle r=\"4\"/></svg>\n\n\
         [js link](javascript:document.body.dataset.xss='link')\n\n\
         <a href=\"javascript:document.body.dataset.xss='raw-link'\" id=\"raw\">raw js link</a>\n\n\
         <iframe src=\"javascript:parent.document.body.dataset.xss='frame'\"></iframe>\n\n\
         <div style=\"background:url(javascript:alert(1))\" onclick=\"document.body.dataset.xss='div'\">click me</div>\n\n\
         <img src=\"y\" onerror=\"window.__TAURI_INTERNALS__.invoke('save_document', {{relPath: '{FEATURE}/pwned.md', text: 'PWNED', baseHash: null}})\">\n\n\
         [ipc link](javascript:window.__TAURI_INTERNALS__.invoke('save_document',{{relPath:'{FEATURE}/pwned.md',text:'PWNED',baseHash:null}}))\n",
        good_plan()
    );
    let (repo, path) = repo_with_plan(&hostile);
    let pwned = repo.path().join(FEATURE).join("pwned.md");
    run("a_plan_with_xss_payloads_runs_nothing", &[&path], |app| {
        Box::pin(async move {
            open_editor(app).await?;
            app.wait_for_texts("[data-testid=preview] p", |t| {
                t.iter().any(|p| p.contains("js link"))
            })
            .await?;
            // Give event handlers a moment (image errors fire asynchronously).
            tokio::time::sleep(Duration::from_millis(500)).await;
            let report = app
                .execute(
                    "const p = document.querySelector('[data-testid=preview]');
                     const attrs = [...p.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name));
                     return {
                       marker: document.body.dataset.xss ?? null,
                       flag: window.__xss ?? null,
                       scripts: p.querySelectorAll('script, svg, iframe, object, embed, style').length,
                       handlers: attrs.filter(n => n.startsWith('on')),
                       styles: attrs.filter(n => n === 'style').length,
                       jsUrls: [...p.querySelectorAll('[href], [src]')]
                         .map(e => e.getAttribute('href') ?? e.getAttribute('src'))
                         .filter(u => /^\\s*javascript:/i.test(u)),
                     };",
                )
                .await?;
            let clean = serde_json::json!({
                "marker": null, "flag": null, "scripts": 0, "handlers": [], "styles": 0, "jsUrls": []
            });
            ensure(report == clean, || format!("the preview let something through: {report}"))?;
            // Clicking the links and the div does nothing either.
            for text in ["js link", "raw js link", "click me", "ipc link"] {
                let clicked = app
                    .execute(&format!(
                        "const e = [...document.querySelectorAll('[data-testid=preview] a, [data-testid=preview] div div')]
                           .find(e => e.textContent.trim() === '{text}');
                         if (e) e.click();
                         return !!e;"
                    ))
                    .await?;
                if text != "click me" {
                    ensure(clicked == serde_json::json!(true), || format!("no `{text}` to click"))?;
                }
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
            let after = app
                .execute("return { marker: document.body.dataset.xss ?? null, href: location.href }")
                .await?;
            ensure(after["marker"].is_null(), || format!("a click ran a payload: {after}"))?;
            // The editor still shows the plan (nothing navigated away).
            app.wait_for("[data-testid=preview] h1").await?;
            // Control: the same call, run by the page itself rather than by the preview's
            // content, does write; so the check below can fail.
            let control = app
                .invoke(
                    "save_document",
                    serde_json::json!({"relPath": format!("{FEATURE}/control.md"), "text": "CONTROL", "baseHash": null}),
                )
                .await?;
            ensure(control.is_ok(), || format!("the control call failed: {control:?}"))
        })
    })
    .await;
    assert!(
        repo.path().join(FEATURE).join("control.md").exists(),
        "the control call wrote nothing"
    );
    // The payloads that call the app's IPC (an error handler, a javascript: link) wrote nothing.
    assert!(
        !pwned.exists(),
        "a payload reached the back end: {} exists",
        pwned.display()
    );
}

#[tokio::test]
async fn keystroke_to_preview_latency_on_a_20_kb_plan() {
    let mut plan = good_plan();
    pad_to_20_kb(&mut plan);
    keystroke_latency("keystroke_to_preview_latency_on_a_20_kb_plan", &plan, None).await;
}

/// The 20 KB plan of the figures with two Mermaid diagrams and ten fenced code blocks, as real
/// data-model and plan documents have (docs/benchmarks.md, "Keystroke → preview").
fn plan_with_diagrams_and_code() -> String {
    let mut plan = good_plan();
    plan.push_str(
        "\n## Data model\n\n```mermaid\nerDiagram\n  USER ||--o{ ALBUM : owns\n  ALBUM ||--|{ PHOTO : contains\n  \
         PHOTO }o--o{ TAG : tagged\n  USER {\n    string id\n    string name\n  }\n  ALBUM {\n    string id\n    \
         string title\n    date created\n  }\n  PHOTO {\n    string id\n    string path\n  }\n```\n\n\
         ## Task graph\n\n```mermaid\nflowchart TD\n  T001[Setup] --> T002[Schema]\n  T002 --> T003[Album store]\n  \
         T002 --> T004[Photo store]\n  T003 --> T005[Album view]\n  T004 --> T005\n  T005 --> T006{Review}\n  \
         T006 -->|ok| T007[Release]\n  T006 -->|changes| T003\n```\n",
    );
    let blocks = [
        ("ts", "export interface Album {\n  id: string;\n  title: string;\n  photos: Photo[];\n}\n\nexport async function load(id: string): Promise<Album> {\n  const res = await fetch(`/albums/${id}`);\n  if (!res.ok) throw new Error(\"not found\"); // 404\n  return (await res.json()) as Album;\n}\n"),
        ("bash", "# set up\nnpm ci\nnpm run build && npm test\nexport DATABASE_URL=\"postgres://localhost/albums\"\nfor f in migrations/*.sql; do psql \"$DATABASE_URL\" -f \"$f\"; done\n"),
        ("sql", "CREATE TABLE albums (\n  id UUID PRIMARY KEY,\n  owner_id UUID NOT NULL REFERENCES users(id),\n  title TEXT NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\nSELECT a.id, count(p.id) FROM albums a LEFT JOIN photos p ON p.album_id = a.id GROUP BY a.id;\n"),
        ("json", "{\n  \"name\": \"albums\",\n  \"version\": \"1.0.0\",\n  \"scripts\": { \"build\": \"vite build\", \"test\": \"vitest\" },\n  \"private\": true\n}\n"),
        ("yaml", "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n  app:\n    build: .\n    depends_on: [db] # start order\n"),
        ("python", "def cover(album):\n    \"\"\"The newest photo.\"\"\"\n    photos = sorted(album.photos, key=lambda p: p.taken)\n    return photos[-1] if photos else None  # empty album\n"),
        ("text", "albums/\n├── src/\n│   ├── models/      # Album, Photo\n│   ├── services/\n│   └── api/\n└── tests/\n    ├── contract/\n    └── integration/\n"),
        ("rust", "pub struct Album {\n    pub id: Uuid,\n    pub title: String,\n}\n\nimpl Album {\n    pub fn new(title: &str) -> Self {\n        Self { id: Uuid::new_v4(), title: title.to_owned() }\n    }\n}\n"),
        ("go", "func Cover(a Album) *Photo {\n\tif len(a.Photos) == 0 {\n\t\treturn nil // empty\n\t}\n\treturn &a.Photos[len(a.Photos)-1]\n}\n"),
        ("dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD [\"npm\", \"start\"]\n"),
    ];
    for (lang, code) in blocks {
        plan.push_str(&format!("\n### {lang}\n\n```{lang}\n{code}```\n"));
    }
    pad_to_20_kb(&mut plan);
    plan
}

/// Notes with a task each, up to 20 KB: the typical plan of the figures.
fn pad_to_20_kb(plan: &mut String) {
    let mut n = 0;
    while plan.len() < 20_000 {
        n += 1;
        plan.push_str(&format!(
            "\n### Note {n}\n\nAlbums keep their photos in order; café 📷 covers are chosen by date. \
             Sharing is read-only for guests.\n\n- [ ] T{n:03} Check album ordering for case {n}\n"
        ));
    }
}

#[tokio::test]
async fn keystroke_to_preview_latency_on_a_20_kb_plan_with_diagrams_and_code() {
    let plan = plan_with_diagrams_and_code();
    keystroke_latency(
        "keystroke_to_preview_latency_on_a_20_kb_plan_with_diagrams_and_code",
        &plan,
        Some(["await fetch(", "T005 --> T006"]),
    )
    .await;
}

/// Type 20 keystrokes, 400 ms apart, into `plan` (in its second line; then, when `also_in` is
/// given, on the lines holding those texts: a code block's and a diagram's) and print keystroke →
/// preview figures, and how long diagram drawings took.
async fn keystroke_latency(name: &str, plan: &str, also_in: Option<[&'static str; 2]>) {
    let (_repo, path) = repo_with_plan(plan);
    let size = plan.len();
    run(name, &[&path], |app| {
        Box::pin(async move {
            open_editor(app).await?;
            let mut places: Vec<(&str, Option<&str>)> = vec![("a paragraph", None)];
            if let Some([code, diagram]) = also_in {
                places.extend([("a code block", Some(code)), ("a diagram", Some(diagram))]);
            }
            for (place, anchor) in places {
                // Drawn diagrams and coloured code first: the figures are for typing, not loading.
                app.wait_for_diagrams().await?;
                tokio::time::sleep(Duration::from_millis(500)).await;
                app.execute("performance.clearMeasures(); return true").await?;
                match anchor {
                    None => app.click(".cm-content .cm-line", 1).await?,
                    Some(text) => {
                        let index = app.editor_line_index(text).await?;
                        app.click(".cm-content .cm-line", index).await?;
                    }
                }
                let content = app.wait_for(".cm-content").await?;
                for c in "abcdefghijklmnopqrst".chars() {
                    step("type", bounded("type", content.send_keys(&c.to_string())).await?)?;
                    tokio::time::sleep(Duration::from_millis(400)).await;
                }
                let figures = app
                    .execute(
                        "const d = n => performance.getEntriesByName(n).map(e => e.duration);
                         return { total: d('specdesk:keystroke-to-preview'), render: d('specdesk:render-round-trip'),
                                  ipc: d('specdesk:render-ipc'), dom: d('specdesk:preview-update'),
                                  diagnostics: d('specdesk:keystroke-to-diagnostics'), draw: d('specdesk:diagram-draw') };",
                    )
                    .await?;
                let total = durations(&figures["total"]);
                let render = durations(&figures["render"]);
                let ipc = durations(&figures["ipc"]);
                let dom = durations(&figures["dom"]);
                let diagnostics = durations(&figures["diagnostics"]);
                let draw = durations(&figures["draw"]);
                ensure(!total.is_empty(), || format!("no latency marks recorded: {figures}"))?;
                if !draw.is_empty() {
                    eprintln!(
                        "diagram drawings while typing in {place} ({} drawn, after the typing pauses): median {:.1} ms, max {:.1} ms",
                        draw.len(),
                        percentile(&draw, 0.5),
                        percentile(&draw, 1.0),
                    );
                }
                eprintln!(
                    "keystroke → preview, typing in {place} of a {size} byte plan ({} samples): median {:.1} ms, \
                     p95 {:.1} ms; render round trip: median {:.1} ms, p95 {:.1} ms (IPC + Rust median {:.1} ms, \
                     preview update median {:.1} ms, p95 {:.1} ms)",
                    total.len(),
                    percentile(&total, 0.5),
                    percentile(&total, 0.95),
                    percentile(&render, 0.5),
                    percentile(&render, 0.95),
                    percentile(&ipc, 0.5),
                    percentile(&dom, 0.5),
                    percentile(&dom, 0.95),
                );
                if !diagnostics.is_empty() {
                    eprintln!(
                        "keystroke → diagnostics on a {size} byte plan ({} samples, after the validator's 150 ms pause): \
                         median {:.1} ms, p95 {:.1} ms",
                        diagnostics.len(),
                        percentile(&diagnostics, 0.5),
                        percentile(&diagnostics, 0.95),
                    );
                }
            }
            Ok(())
        })
    })
    .await;
}

/// The `q` quantile (nearest rank) of sorted `values`.
fn percentile(values: &[f64], q: f64) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    let rank = ((q * values.len() as f64).ceil() as usize).clamp(1, values.len());
    values[rank - 1]
}

#[tokio::test]
async fn github_alerts_show_their_title_and_colour_in_the_preview() {
    let plan = "# Plan: Photo albums\n\n> [!WARNING]\n> Migrations run first.\n\n> [!TIP]\n> Keep albums small.\n\n> A plain quote.\n";
    let (_repo, path) = repo_with_plan(plan);
    run(
        "github_alerts_show_their_title_and_colour_in_the_preview",
        &[&path],
        |app| {
            Box::pin(async move {
                let titles = app
                    .wait_for_texts("[data-testid=preview] .markdown-alert-title", |t| t.len() == 2)
                    .await?;
                ensure(titles == ["Warning", "Tip"], || format!("titles: {titles:?}"))?;
                let shown = app
                    .execute(
                        "const q = (css) => document.querySelector('[data-testid=preview] ' + css);
                         const warning = q('blockquote.markdown-alert-warning');
                         const title = warning.querySelector('.markdown-alert-title');
                         const plain = q('blockquote:not(.markdown-alert)');
                         const style = (e) => getComputedStyle(e);
                         const root = getComputedStyle(document.documentElement);
                         const icon = title.querySelector('svg.markdown-alert-icon');
                         return [warning.textContent.includes('[!WARNING]'), style(title).color,
                                 style(warning).borderLeftColor, style(plain).borderLeftColor,
                                 root.getPropertyValue('--warn').trim(),
                                 icon !== null && icon.getBoundingClientRect().width > 0 ? style(icon).color : null];",
                    )
                    .await?;
                ensure(shown[0] == false, || format!("marker left in the text: {shown}"))?;
                ensure(shown[1] == shown[2], || {
                    format!("title and border differ: {shown}")
                })?;
                ensure(shown[5] == shown[1], || format!("no icon in the title's colour: {shown}"))?;
                if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                    app.save_screenshot(&Path::new(&dir).join("alerts.png")).await?;
                }
                ensure(shown[2] != shown[3], || {
                    format!("the alert looks like a plain quote: {shown}")
                })
            })
        },
    )
    .await;
}
