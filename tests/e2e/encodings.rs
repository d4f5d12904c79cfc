//! Documents that are not UTF-8 in the real app: a windows-1251 plan opens decoded, with its
//! preview, read-only (typing changes nothing, nothing is written), and only the confirmed
//! "Convert to UTF-8" rewrites it; "Undo conversion" puts the original bytes back.

use crate::harness::{bounded, ensure, run, step, wait_for_editor, App, Check, CTRL, RELEASE};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const PLAN: &str = "specs/002-full-scan/plan.md";
const TEXT: &str = "# План реализации: Полное сканирование\r\n\r\n**Ветка**: `002-full-scan`\r\n\r\n## Резюме\r\n\r\n- [ ] Проверить кодировку\r\n";

/// Wait until the file at `path` holds `expected`.
async fn wait_for_bytes(path: &Path, what: &str, expected: &[u8]) -> Check {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = step("read the plan", fs::read(path))?;
        if now == expected {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "{what}: the plan holds {:?}",
                String::from_utf8_lossy(&now)
            ));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn banner_encoding(app: &App) -> Check<Option<String>> {
    app.attr("[data-testid=encoding-banner]", "data-encoding").await
}

#[tokio::test]
async fn a_windows_1251_plan_shows_decoded_and_read_only_until_converted() {
    let repo = tempfile::tempdir().unwrap();
    let root = repo.path().to_path_buf();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::create_dir_all(root.join("specs/002-full-scan")).unwrap();
    let (original, _, _) = encoding_rs::WINDOWS_1251.encode(TEXT);
    let original = original.into_owned();
    fs::write(root.join(PLAN), &original).unwrap();
    fs::write(root.join("specs/002-full-scan/spec.md"), "# Спецификация\n").unwrap();
    let plan: PathBuf = root.join(PLAN);
    let path = root.to_str().unwrap().to_string();
    let expected = original.clone();
    run(
        "a_windows_1251_plan_shows_decoded_and_read_only_until_converted",
        &[&path],
        |app| {
            Box::pin(async move {
                // Decoded in the editor and the preview, with the banner saying what it is.
                wait_for_editor(app, "the decoded plan", |t| t.contains("Полное сканирование")).await?;
                let heading = app
                    .wait_for_texts("[data-testid=preview] h1", |t| !t.is_empty())
                    .await?;
                ensure(
                    heading == ["План реализации: Полное сканирование"],
                    || format!("preview heading: {heading:?}"),
                )?;
                let encoding = banner_encoding(app).await?;
                ensure(encoding.as_deref() == Some("windows-1251"), || {
                    format!("banner encoding: {encoding:?}")
                })?;
                // The sidebar says why the plan is not judged, not "valid" or "no plan".
                let labels = app
                    .wait_for_texts("[data-testid=feature-badge]", |t| !t.is_empty())
                    .await?;
                let label = app.attr("[data-testid=feature-item]", "aria-label").await?;
                ensure(
                    label
                        .as_deref()
                        .is_some_and(|l| l.ends_with("plan.md not UTF-8 (looks like windows-1251)")),
                    || format!("sidebar item: {label:?} (badge {labels:?})"),
                )?;
                if let Ok(dir) = std::env::var("SPECDESK_SHOTS") {
                    app.save_screenshot(&Path::new(&dir).join("windows-1251-read-only.png"))
                        .await?;
                }
                let readonly = app
                    .attr("[data-testid=editor] .cm-content", "aria-readonly")
                    .await?;
                ensure(readonly.as_deref() == Some("true"), || {
                    format!("editor aria-readonly: {readonly:?}")
                })?;

                // Typing and Ctrl+S change nothing, on screen or on disk.
                app.click(".cm-content .cm-line", 0).await?;
                let content = app.wait_for(".cm-content").await?;
                step("type", bounded("type", content.send_keys("Изменение")).await?)?;
                let save = format!("{CTRL}s{RELEASE}");
                step("press Ctrl+S", bounded("save", content.send_keys(&save)).await?)?;
                tokio::time::sleep(Duration::from_millis(1500)).await;
                let text = wait_for_editor(app, "the unchanged plan", |t| t.contains("Полное")).await?;
                ensure(!text.contains("Изменение"), || {
                    format!("typed into a read-only plan: {text:?}")
                })?;
                ensure(step("read", fs::read(&plan))? == expected, || {
                    "the plan was written".into()
                })?;

                // Convert (confirmed): UTF-8 on disk, same text and line endings, editable.
                app.click("[data-testid=convert-utf8]", 0).await?;
                app.click("[data-testid=convert-confirm]", 0).await?;
                app.wait_for("[data-testid=converted-banner]").await?;
                wait_for_bytes(&plan, "after converting", TEXT.as_bytes()).await?;
                let readonly = app
                    .attr("[data-testid=editor] .cm-content", "aria-readonly")
                    .await?;
                ensure(readonly.as_deref() != Some("true"), || {
                    "still read-only after converting".into()
                })?;

                // Undo: the original windows-1251 bytes come back, read-only again.
                app.click("[data-testid=convert-undo]", 0).await?;
                wait_for_bytes(&plan, "after undoing the conversion", &expected).await?;
                let encoding = banner_encoding(app).await?;
                ensure(encoding.as_deref() == Some("windows-1251"), || {
                    format!("banner after undo: {encoding:?}")
                })
            })
        },
    )
    .await;
    assert_eq!(fs::read(root.join(PLAN)).unwrap(), original);
}
