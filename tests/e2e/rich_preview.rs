//! End-to-end tests of what the preview shows as GitHub does: Mermaid diagrams drawn as SVG (a
//! flowchart and a sequence diagram), a broken diagram's error under its source, fenced code in
//! the theme's token colours (light, and dark with `GTK_THEME=Adwaita:dark`), a drawn diagram that
//! survives unrelated edits untouched, and the exported document's inline SVG. The
//! hostile payloads aimed at these renderers are in the XSS corpus that
//! `boundaries::every_hostile_fixture_renders_inert_in_the_real_preview` opens.
//! `SPECDESK_E2E_SHOTS=<dir>` saves screenshots.

use crate::harness::{bounded, ensure, repo_with_plan, run, run_with_env, step, App, Check};
use std::path::Path;
use std::time::Duration;

/// A plan with a flowchart, a sequence diagram, a broken diagram, code in three languages and an
/// alert.
pub fn rich_plan() -> String {
    "# Plan: Photo albums\n\n\
     > [!NOTE]\n> Albums are read-only for guests.\n\n\
     ## Data model\n\n\
     ```mermaid\nflowchart LR\n  Album[Album] -->|has many| Photo[Photo]\n  Photo --> Tag{Tag?}\n```\n\n\
     ## Sharing\n\n\
     ```mermaid\nsequenceDiagram\n  Owner->>Server: share(album)\n  Server-->>Guest: link\n```\n\n\
     ## Broken\n\n\
     ```mermaid\nflowchart LR\n  A --> \n  this is not mermaid ((\n```\n\n\
     ## Code\n\n\
     ```ts\n// Albums by owner\nexport function albums(owner: string): number {\n  return owner.length + 42;\n}\n```\n\n\
     ```bash\n# install\nnpm ci && echo \"done\"\n```\n\n\
     ```sql\nSELECT id, title FROM albums WHERE owner = 'me';\n```\n\n\
     Last paragraph.\n"
        .to_string()
}

async fn shot(app: &App, name: &str) -> Check {
    if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
        app.save_screenshot(&Path::new(&dir).join(name)).await?;
    }
    Ok(())
}

#[tokio::test]
async fn diagrams_draw_as_svg_and_code_carries_the_theme_colours() {
    let (_repo, path) = repo_with_plan(&rich_plan());
    run("diagrams_draw_as_svg_and_code_carries_the_theme_colours", &[&path], |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=preview] h1").await?;
            let (drawn, failed) = app.wait_for_diagrams().await?;
            ensure((drawn, failed) == (2, 1), || format!("drawn {drawn}, failed {failed}"))?;
            let diagrams = app
                .execute(
                    "const pre = [...document.querySelectorAll('[data-testid=preview] pre.diagram')];
                     return pre.map(p => {
                       const svg = p.querySelector('.diagram-view > svg');
                       const error = p.querySelector('.diagram-error');
                       return { kind: svg ? svg.getAttribute('aria-roledescription') : null,
                                labels: svg ? svg.textContent : null,
                                width: svg ? Math.round(svg.getBoundingClientRect().width) : 0,
                                source: getComputedStyle(p.querySelector('code')).display,
                                error: error ? error.textContent : null };
                     });",
                )
                .await?;
            let d = |i: usize, k: &str| diagrams[i][k].clone();
            ensure(d(0, "kind") == "flowchart-v2", || format!("first: {diagrams}"))?;
            ensure(
                ["Album", "Photo", "has many"].iter().all(|t| d(0, "labels").as_str().unwrap_or("").contains(t)),
                || format!("flowchart labels: {diagrams}"),
            )?;
            ensure(d(1, "kind") == "sequence", || format!("second: {diagrams}"))?;
            ensure(d(1, "labels").as_str().unwrap_or("").contains("share(album)"), || format!("{diagrams}"))?;
            for i in 0..2 {
                ensure(d(i, "width").as_u64().unwrap_or(0) > 50, || format!("diagram {i} is not visible: {diagrams}"))?;
                ensure(d(i, "source") == "none", || format!("diagram {i}'s source still shows: {diagrams}"))?;
            }
            // The broken one: its source stays, its error is under it.
            ensure(d(2, "source") != "none", || format!("broken source hidden: {diagrams}"))?;
            ensure(d(2, "error").as_str().is_some_and(|e| e.to_lowercase().contains("error")), || {
                format!("broken diagram's error: {diagrams}")
            })?;

            // Highlighted code: token kinds in different colours, taken from the theme.
            let code = app
                .execute(
                    "const ts = document.querySelector('[data-testid=preview] code.language-ts');
                     const color = (css) => { const e = ts.querySelector(css); return e ? getComputedStyle(e).color : null; };
                     const probe = document.createElement('span');
                     probe.style.color = 'var(--syntax-keyword)';
                     document.body.append(probe);
                     const theme = getComputedStyle(probe).color;
                     probe.remove();
                     return { keyword: color('.tok-keyword'), string: color('.tok-number'), comment: color('.tok-comment'),
                              plain: getComputedStyle(ts).color, theme, text: ts.textContent,
                              bash: document.querySelectorAll('[data-testid=preview] code.language-bash [class^=tok-]').length,
                              sql: document.querySelectorAll('[data-testid=preview] code.language-sql .tok-keyword').length };",
                )
                .await?;
            let c = |k: &str| code[k].as_str().unwrap_or("").to_string();
            ensure(!c("keyword").is_empty() && !c("string").is_empty() && !c("comment").is_empty(), || {
                format!("tokens missing: {code}")
            })?;
            ensure(c("keyword") != c("string") && c("keyword") != c("comment") && c("keyword") != c("plain"), || {
                format!("token kinds look alike: {code}")
            })?;
            ensure(c("keyword") == c("theme"), || format!("keyword colour is not the theme's: {code}"))?;
            ensure(c("text").contains("return owner.length + 42;"), || format!("code text changed: {code}"))?;
            ensure(code["bash"].as_u64().unwrap_or(0) > 0 && code["sql"].as_u64().unwrap_or(0) > 0, || {
                format!("bash or sql not highlighted: {code}")
            })?;
            // The colours follow the theme's variables (dark mode changes them).
            let themed = app
                .execute(
                    "document.documentElement.style.setProperty('--syntax-keyword', 'rgb(1, 2, 3)');
                     const e = document.querySelector('[data-testid=preview] code.language-ts .tok-keyword');
                     const c = getComputedStyle(e).color;
                     document.documentElement.style.removeProperty('--syntax-keyword');
                     return c;",
                )
                .await?;
            ensure(themed == "rgb(1, 2, 3)", || format!("keyword colour ignores the theme: {themed}"))?;
            // The alert still renders.
            app.wait_for_texts("[data-testid=preview] .markdown-alert-title", |t| t == ["Note"])
                .await?;
            shot(app, "rich-preview.png").await?;
            app.execute("document.querySelector('[data-testid=preview] pre.diagram').scrollIntoView(); return true")
                .await?;
            shot(app, "rich-preview-diagrams.png").await?;
            app.execute("document.querySelector('[data-testid=preview] code.language-ts').scrollIntoView(); return true")
                .await?;
            shot(app, "rich-preview-code.png").await
        })
    })
    .await;
}

#[tokio::test]
async fn a_drawn_diagram_survives_unrelated_edits_and_redraws_when_its_source_changes() {
    let (_repo, path) = repo_with_plan(&rich_plan());
    run("a_drawn_diagram_survives_unrelated_edits", &[&path], |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=preview] h1").await?;
            app.wait_for_diagrams().await?;
            // Mark the drawn SVG element; an unrelated edit must leave that very element.
            app.execute("document.querySelector('[data-testid=preview] pre.diagram svg').__mark = 'kept'; return true")
                .await?;
            app.wait_for(".cm-content").await?;
            app.click(".cm-content .cm-line", 1).await?;
            let content = app.wait_for(".cm-content").await?;
            step("type", bounded("type", content.send_keys("Typed above. ")).await?)?;
            app.wait_for_texts("[data-testid=preview] p", |t| t.iter().any(|p| p.contains("Typed above.")))
                .await?;
            tokio::time::sleep(Duration::from_millis(600)).await;
            let mark = app
                .execute("return document.querySelector('[data-testid=preview] pre.diagram svg').__mark ?? null")
                .await?;
            ensure(mark == "kept", || format!("the diagram was drawn again: {mark}"))?;
            // Changing the diagram's source draws it again, with the new label.
            let index = app.editor_line_index("Album[Album]").await?;
            app.click(".cm-content .cm-line", index).await?;
            let content = app.wait_for(".cm-content").await?;
            step("type", bounded("type", content.send_keys("\u{E010} --> Cover[Cover]")).await?)?;
            let deadline = std::time::Instant::now() + Duration::from_secs(20);
            loop {
                let labels = app
                    .execute(
                        "const svg = document.querySelector('[data-testid=preview] pre.diagram .diagram-view:not(.stale) svg');
                         return svg ? svg.textContent : '';",
                    )
                    .await?;
                if labels.as_str().unwrap_or("").contains("Cover") {
                    break;
                }
                ensure(std::time::Instant::now() < deadline, || format!("not redrawn: {labels}"))?;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Ok(())
        })
    })
    .await;
}

#[tokio::test]
async fn the_exported_document_shows_the_same_diagrams_as_inline_svg_with_no_script() {
    let (_repo, path) = repo_with_plan(&rich_plan());
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("plan.html");
    let written = file.clone();
    // The test profile takes the save path from this variable instead of the native dialog.
    let env = [("SPECDESK_TEST_SAVE_PATH", file.to_str().unwrap_or_default())];
    run_with_env("exported_document_shows_the_same_diagrams", &[&path], &env, |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=preview] h1").await?;
            app.wait_for_diagrams().await?;
            let content = app.wait_for(".cm-content").await?;
            step("focus", bounded("click", content.clone().click()).await?)?;
            // Ctrl+Shift+E, in its own send-keys call.
            step(
                "press Ctrl+Shift+E",
                bounded("type", content.send_keys("\u{E009}\u{E008}e\u{E000}")).await?,
            )?;
            app.wait_for_texts("[data-testid=export-notice]", |t| {
                t.first().is_some_and(|t| t.contains("plan.html"))
            })
            .await?;
            let html = step("read the export", std::fs::read_to_string(&written))?;
            let shown = app
                .execute(
                    "return [...document.querySelectorAll('[data-testid=preview] .diagram-view > svg')]
                       .map(s => s.getAttribute('aria-roledescription') + ':' + s.textContent);",
                )
                .await?;
            let script = format!(
                "const doc = new DOMParser().parseFromString({}, 'text/html');
                 return {{
                   diagrams: [...doc.querySelectorAll('.diagram-view > svg')]
                     .map(s => s.getAttribute('aria-roledescription') + ':' + s.textContent),
                   paths: doc.querySelectorAll('.diagram-view svg path').length,
                   scripts: doc.querySelectorAll('script, iframe, object, embed, foreignObject, link').length,
                   handlers: [...doc.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on')),
                   csp: doc.querySelector('meta[http-equiv=Content-Security-Policy]')?.content ?? null,
                   tokens: doc.querySelectorAll('code.language-ts .tok-keyword').length,
                   alert: doc.querySelector('.markdown-alert-note .markdown-alert-title')?.textContent ?? null,
                   error: doc.querySelector('.diagram-error')?.textContent ?? null,
                   css: [...doc.querySelectorAll('style')].map(s => s.textContent).join('').includes('#specdesk-diagram-'),
                 }};",
                serde_json::to_string(&html).unwrap_or_default()
            );
            let parsed = app.execute(&script).await?;
            ensure(parsed["diagrams"] == shown && shown.as_array().is_some_and(|a| a.len() == 2), || {
                format!("file diagrams {}, preview {shown}", parsed["diagrams"])
            })?;
            ensure(parsed["paths"].as_u64().unwrap_or(0) > 0 && parsed["css"] == true, || format!("{parsed}"))?;
            ensure(parsed["scripts"] == 0 && parsed["handlers"] == serde_json::json!([]), || {
                format!("something active in the file: {parsed}")
            })?;
            ensure(parsed["csp"].as_str().is_some_and(|c| c.contains("default-src 'none'")), || format!("{parsed}"))?;
            ensure(parsed["tokens"].as_u64().unwrap_or(0) > 0 && parsed["alert"] == "Note", || format!("{parsed}"))?;
            ensure(parsed["error"].as_str().is_some_and(|e| !e.is_empty()), || format!("{parsed}"))?;
            if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                let _ = std::fs::copy(&written, Path::new(&dir).join("exported-plan.html"));
            }
            Ok(())
        })
    })
    .await;
}

#[tokio::test]
async fn in_the_dark_theme_code_and_diagrams_follow_it() {
    let (_repo, path) = repo_with_plan(&rich_plan());
    // WebKitGTK's prefers-color-scheme follows the GTK theme.
    let env = [("GTK_THEME", "Adwaita:dark")];
    run_with_env("in_the_dark_theme_code_and_diagrams_follow_it", &[&path], &env, |app| {
        Box::pin(async move {
            app.wait_for("[data-testid=preview] h1").await?;
            let (drawn, _) = app.wait_for_diagrams().await?;
            ensure(drawn == 2, || format!("{drawn} diagrams drawn"))?;
            let seen = app
                .execute(
                    "const root = getComputedStyle(document.documentElement);
                     const probe = document.createElement('span');
                     probe.style.color = root.getPropertyValue('--syntax-keyword').trim();
                     document.body.append(probe);
                     const keyword = getComputedStyle(probe).color;
                     probe.remove();
                     const e = document.querySelector('[data-testid=preview] code.language-ts .tok-keyword');
                     const node = document.querySelector('[data-testid=preview] .diagram-view svg .node rect, [data-testid=preview] .diagram-view svg .node polygon');
                     return { dark: matchMedia('(prefers-color-scheme: dark)').matches,
                              variable: root.getPropertyValue('--syntax-keyword').trim(),
                              keyword, token: e ? getComputedStyle(e).color : null,
                              nodeFill: node ? getComputedStyle(node).fill : null };",
                )
                .await?;
            ensure(seen["dark"] == true, || format!("the app is not in the dark theme: {seen}"))?;
            // The dark theme's keyword colour (app.css), not the light one (#6f2da8).
            ensure(seen["variable"] == "#d2a8ff" && seen["token"] == seen["keyword"], || {
                format!("keyword colour: {seen}")
            })?;
            // Mermaid's dark theme fills nodes with a dark colour (its default theme: #ECECFF).
            ensure(seen["nodeFill"].as_str().is_some_and(|f| f != "rgb(236, 236, 255)"), || {
                format!("diagram not in the dark theme: {seen}")
            })?;
            shot(app, "rich-preview-dark.png").await?;
            app.execute("document.querySelector('[data-testid=preview] code.language-ts').scrollIntoView(); return true")
                .await?;
            shot(app, "rich-preview-dark-code.png").await
        })
    })
    .await;
}
