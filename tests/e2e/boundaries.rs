//! End-to-end tests of the back end's boundaries, called through the real app's IPC exactly as
//! the front end calls it: paths outside the opened repository (`..`, absolute, a symlink
//! leading out) are refused with `outsideRepo` and nothing is read or written there; bad input
//! (binary, invalid UTF-8, oversize, a folder, a missing file) comes back as a typed error and
//! leaves the disk untouched. Every file of the core's hostile Markdown corpus renders inert in the
//! real preview.

use crate::harness::{ensure, repo_with_plan, run, App, Check, FEATURE, PLAN};
use serde_json::{json, Value};
use std::fs;
use std::path::Path;

/// The error code of a refused call, or a failure naming what came back instead.
async fn refused(app: &App, command: &str, args: Value) -> Check<String> {
    match app.invoke(command, args.clone()).await? {
        Err(error) => Ok(error["code"].as_str().unwrap_or("").to_string()),
        Ok(value) => Err(format!("{command} {args} was not refused: {value}")),
    }
}

#[tokio::test]
async fn commands_refuse_paths_outside_the_repository() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.md");
    fs::write(&secret, "# Secret\n").unwrap();
    let (repo, path) = repo_with_plan("# Plan: Photo albums\n");
    let link = repo.path().join(FEATURE).join("leak.md");
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    let link_dir = repo.path().join(FEATURE).join("out");
    std::os::unix::fs::symlink(outside.path(), &link_dir).unwrap();
    let escape = format!(
        "../{}/secret.md",
        outside.path().file_name().unwrap().to_str().unwrap()
    );
    let absolute = secret.to_str().unwrap().to_string();

    run("commands_refuse_paths_outside_the_repository", &[&path], |app| {
        let (escape, absolute) = (escape.clone(), absolute.clone());
        Box::pin(async move {
            app.wait_for("[data-testid=preview] h1").await?;
            let leak = format!("{FEATURE}/leak.md");
            let through_dir = format!("{FEATURE}/out/secret.md");
            let new_through_dir = format!("{FEATURE}/out/new.md");
            for target in [
                escape.as_str(),
                absolute.as_str(),
                leak.as_str(),
                through_dir.as_str(),
            ] {
                let code = refused(app, "read_document", json!({ "relPath": target })).await?;
                ensure(code == "outsideRepo", || format!("read {target}: {code}"))?;
            }
            for target in [
                escape.as_str(),
                absolute.as_str(),
                leak.as_str(),
                new_through_dir.as_str(),
            ] {
                let args = json!({ "relPath": target, "text": "# Overwritten\n", "baseHash": null });
                let code = refused(app, "save_document", args).await?;
                ensure(code == "outsideRepo", || format!("save {target}: {code}"))?;
            }
            // Validating a plan resolves its path (for the feature's context) through the store.
            let outside_plan = escape.replace("secret.md", "specs/001-x/plan.md");
            let args = json!({ "relPath": outside_plan, "text": "# x\n" });
            let code = refused(app, "validate_document", args).await?;
            ensure(code == "outsideRepo", || {
                format!("validate {outside_plan}: {code}")
            })?;
            // More disguises, through every command that takes a path: each is refused (leading
            // out: `outsideRepo`; names that only look like `..` or cannot exist: another clear
            // error), and nothing outside is touched (checked after the run).
            let dir = escape
                .trim_end_matches("/secret.md")
                .trim_start_matches("../")
                .to_string();
            let disguised = [
                format!("specs/../../{dir}/secret.md"),
                format!("./../{dir}/secret.md"),
                format!("{FEATURE}/../../../{dir}/secret.md"),
                format!("/{absolute}"),
                "/etc/passwd".to_string(),
                format!("{FEATURE}/out"),
                "\u{2024}\u{2024}/secret.md".to_string(),
                format!("{FEATURE}/{}x.md", "a/".repeat(2500)),
            ];
            let mut attempts = 9;
            for target in &disguised {
                for (command, args) in [
                    ("read_document", json!({ "relPath": target })),
                    (
                        "save_document",
                        json!({ "relPath": target, "text": "# Overwritten\n", "baseHash": null }),
                    ),
                    ("history_versions", json!({ "relPath": target })),
                ] {
                    attempts += 1;
                    let leads_out = !target.starts_with('\u{2024}') && !target.contains("a/a/");
                    if leads_out {
                        let code = refused(app, command, args).await?;
                        ensure(code == "outsideRepo", || {
                            format!("{command} {target:.80}: {code}")
                        })?;
                    } else {
                        // A name that only looks like `..`, or one too long to exist, is just a
                        // path inside the repository: any answer will do, as long as nothing
                        // outside is touched (checked below).
                        let _ = app.invoke(command, args).await?;
                    }
                }
            }
            for (command, args) in [
                ("feature_coverage", json!({ "featureDir": format!("../{dir}") })),
                (
                    "history_restore_deleted",
                    json!({ "prefix": format!("../{dir}") }),
                ),
                (
                    "review_set_checkbox",
                    json!({ "relPath": escape, "index": 0, "checked": true, "expectedHash": "0".repeat(64) }),
                ),
            ] {
                let code = refused(app, command, args).await?;
                attempts += 1;
                ensure(!code.is_empty(), || format!("{command}: no error code"))?;
            }
            eprintln!("{attempts} attempts to leave the repository through the IPC commands: all refused");
            Ok(())
        })
    })
    .await;
    assert_eq!(
        fs::read_to_string(&secret).unwrap(),
        "# Secret\n",
        "the file outside changed"
    );
    assert!(
        !outside.path().join("new.md").exists(),
        "a file was created outside the repository"
    );
    let names: Vec<_> = fs::read_dir(outside.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names,
        ["secret.md"],
        "something was written outside the repository"
    );
}

#[tokio::test]
async fn bad_input_comes_back_as_typed_errors_and_nothing_is_written() {
    let (repo, path) = repo_with_plan("# Plan: Photo albums\n");
    let dir = repo.path().join(FEATURE);
    let binary: Vec<u8> = b"# Plan\n\0\x01\x02 binary".to_vec();
    let latin1: Vec<u8> = b"# Caf\xe9 plan\n".to_vec();
    let huge = vec![b'a'; 9 * 1024 * 1024];
    fs::write(dir.join("binary.md"), &binary).unwrap();
    fs::write(dir.join("latin1.md"), &latin1).unwrap();
    fs::write(dir.join("huge.md"), &huge).unwrap();
    fs::create_dir(dir.join("folder.md")).unwrap();

    run(
        "bad_input_comes_back_as_typed_errors_and_nothing_is_written",
        &[&path],
        |app| {
            Box::pin(async move {
                app.wait_for("[data-testid=preview] h1").await?;
                let cases = [
                    ("binary.md", "binary"),
                    ("latin1.md", "invalidUtf8"),
                    ("huge.md", "tooLarge"),
                    ("folder.md", "isADirectory"),
                    ("missing.md", "notFound"),
                ];
                for (name, expected) in cases {
                    let rel = format!("{FEATURE}/{name}");
                    let code = refused(app, "read_document", json!({ "relPath": rel })).await?;
                    ensure(code == expected, || {
                        format!("read {name}: {code}, expected {expected}")
                    })?;
                }
                // Saving over a file the editor could not read (so no base version) is refused too.
                for (name, expected) in [
                    ("binary.md", "conflict"),
                    ("latin1.md", "conflict"),
                    ("huge.md", "tooLarge"),
                ] {
                    let rel = format!("{FEATURE}/{name}");
                    let args = json!({ "relPath": rel, "text": "# Replaced\n", "baseHash": null });
                    let code = refused(app, "save_document", args).await?;
                    ensure(code == expected, || {
                        format!("save {name}: {code}, expected {expected}")
                    })?;
                }
                // A plan from a stale base is refused with both versions kept.
                let args = json!({ "relPath": PLAN, "text": "# Mine\n", "baseHash": "0".repeat(64) });
                let code = refused(app, "save_document", args).await?;
                ensure(code == "conflict", || format!("stale save: {code}"))
            })
        },
    )
    .await;
    assert_eq!(fs::read(dir.join("binary.md")).unwrap(), binary);
    assert_eq!(fs::read(dir.join("latin1.md")).unwrap(), latin1);
    assert_eq!(fs::read(dir.join("huge.md")).unwrap().len(), huge.len());
    assert_eq!(
        fs::read_to_string(repo.path().join(PLAN)).unwrap(),
        "# Plan: Photo albums\n"
    );
}

/// The hostile Markdown corpus of the core's tests (`NN-name.md`, each starting `SAFE-NN`).
fn xss_fixtures() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/specdesk-core/tests/fixtures/xss");
    let mut fixtures: Vec<(String, String)> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".md") && name.as_bytes()[0].is_ascii_digit())
        .map(|name| {
            let text = fs::read_to_string(dir.join(&name)).unwrap();
            (name, text)
        })
        .collect();
    fixtures.sort();
    fixtures
}

#[tokio::test]
async fn every_hostile_fixture_renders_inert_in_the_real_preview() {
    let fixtures = xss_fixtures();
    assert!(
        fixtures.len() >= 80,
        "the XSS corpus is missing: {}",
        fixtures.len()
    );
    let (repo, path) = repo_with_plan("# Plan: Photo albums\n");
    for (name, text) in &fixtures {
        fs::write(repo.path().join(FEATURE).join(name), text).unwrap();
    }
    let before: Vec<_> = fs::read_dir(repo.path().join(FEATURE))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    run("every_hostile_fixture_renders_inert_in_the_real_preview", &[&path], |app| {
        let fixtures = fixtures.clone();
        Box::pin(async move {
            app.wait_for("[data-testid=preview] h1").await?;
            let start = app.execute("return location.href").await?;
            for (name, text) in &fixtures {
                let marker = text.split_whitespace().next().unwrap_or_default().to_string();
                let shown = app
                    .execute(&format!(
                        "const tab = [...document.querySelectorAll('[data-testid=doc-tab]')]
                           .find(t => t.textContent.trim() === {name:?});
                         if (tab) tab.click();
                         return !!tab;"
                    ))
                    .await?;
                ensure(shown == json!(true), || format!("no tab for {name}"))?;
                app.wait_for_texts("[data-testid=preview] .doc", |t| {
                    t.first().is_some_and(|p| p.contains(&marker))
                })
                .await?;
                // Diagrams are drawn after the preview; event handlers (image errors,
                // animations) fire asynchronously.
                let (drawn, failed) = app.wait_for_diagrams().await?;
                if drawn + failed > 0 {
                    let errors = app
                        .execute(
                            "return [...document.querySelectorAll('[data-testid=preview] .diagram-error')]
                               .map(e => e.textContent.split('\\n')[0]);",
                        )
                        .await?;
                    eprintln!("{name}: {drawn} diagram(s) drawn, {failed} showing an error {errors}");
                }
                // The click-callback diagram and the one themed with remote URLs are drawn
                // (inert, nothing fetched), the 5,000-node one refused by size. (Mermaid's own
                // grammar refuses `url(` in `style`/`classDef`: those show a parse error.)
                if name.starts_with("85-") || name.starts_with("88-") {
                    ensure(drawn == 1, || format!("{name}: {drawn} drawn, {failed} failed"))?;
                }
                if name.starts_with("89-") {
                    app.wait_for_texts("[data-testid=preview] .diagram-error", |t| {
                        t.first().is_some_and(|e| e.contains("too large to draw"))
                    })
                    .await?;
                }
                // Clicking a diagram's nodes and labels (mermaid `click` targets) does nothing.
                app.execute(
                    "for (const e of document.querySelectorAll('[data-testid=preview] .diagram-view svg g, [data-testid=preview] .diagram-view svg text'))
                       e.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
                     return true;",
                )
                .await?;
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                let report = app
                    .execute(
                        "const p = document.querySelector('[data-testid=preview]');
                         const all = [...p.querySelectorAll('*')];
                         return {
                           flag: window.__xss ?? null,
                           marker: document.body.dataset.xss ?? null,
                           active: all.filter(e => /^(script|iframe|object|embed|frame|base|meta|link|style|form|foreignObject|a|image|use|animate|set)$/i.test(e.tagName) && (e.tagName !== 'A' || e.closest('svg'))).map(e => e.tagName),
                           handlers: all.flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on')),
                           urls: all.flatMap(e => ['href', 'src', 'action', 'xlink:href', 'formaction'].map(a => e.getAttribute(a)))
                             .filter(u => u && /^\\s*(javascript|data|vbscript):/i.test(u)),
                           href: location.href,
                           network: performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('evil.example')),
                         };",
                    )
                    .await?;
                let clean = json!({"flag": null, "marker": null, "active": [], "handlers": [], "urls": [], "href": start, "network": []});
                ensure(report == clean, || format!("{name} got through: {report}"))?;
            }
            Ok(())
        })
    })
    .await;
    let after: Vec<_> = fs::read_dir(repo.path().join(FEATURE))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(before.len(), after.len(), "a fixture made the app write a file");
}
