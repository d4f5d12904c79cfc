//! The installed package as an ordinary user meets it. `scripts/test-installed.sh` builds the
//! .deb, installs it, and runs these tests with `SPECDESK_E2E_INSTALLED=1`,
//! `SPECDESK_APP_BINARY=/usr/bin/specdesk` and `SPECDESK_E2E_USER` naming a user who is not
//! root (the app, tauri-driver and WebKitWebDriver run as that user; the test itself stays root
//! to prepare files the user may not write). Anywhere else they say they are skipped.
//!
//! With `SPECDESK_E2E_SHOTS=/dir`, the installed app after a save in its demo is saved there.

use crate::harness::{
    bounded, editor_text, ensure, press_save, run, run_as_user, run_with_env, step, type_at_end,
    wait_for_editor,
};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Where the .deb installs the demo (root's, read-only for everyone else).
const INSTALLED_DEMO: &str = "/usr/lib/SpecDesk/demo-repo";
const DEMO_PLAN: &str = "specs/001-photo-albums/plan.md";
/// The data folder of the test profile, under the app's `$XDG_DATA_HOME`.
const DATA_FOLDER: &str = "dev.specdesk.app.test";

/// Whether the installed-package run asked for these tests (else they print why they skip).
fn installed(test: &str) -> bool {
    let asked = std::env::var("SPECDESK_E2E_INSTALLED").is_ok_and(|v| v == "1") && run_as_user().is_some();
    if !asked {
        eprintln!(
            "skipping {test}: run by scripts/test-installed.sh (installs the .deb, runs as a non-root user)"
        );
    }
    asked
}

/// Wait until the file at `path` satisfies `done`; its last text either way.
async fn wait_for_file(path: &Path, done: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = fs::read_to_string(path).unwrap_or_default();
        if done(&text) || Instant::now() > deadline {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Commits of the git repository at `dir` (owned by the app's user: `safe.directory` lets root
/// read it).
fn commit_count(dir: &Path) -> usize {
    Command::new("git")
        .args(["-c", "safe.directory=*", "log", "--oneline"])
        .current_dir(dir)
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).lines().count())
        .unwrap_or(0)
}

#[tokio::test]
async fn the_installed_app_opens_the_users_own_demo_saves_there_and_resets_it() {
    if !installed("the_installed_app_opens_the_users_own_demo") {
        return;
    }
    let installed_plan = Path::new(INSTALLED_DEMO).join(DEMO_PLAN);
    let original = fs::read_to_string(&installed_plan).expect("the package installs the demo's plan");
    let expected = original.clone();
    run("installed_demo", &[], |app| {
        Box::pin(async move {
            let copy = app.data_home().join(DATA_FOLDER).join("demo-repo");
            wait_for_editor(app, "the demo's plan", |text| text.starts_with("# ")).await?;
            let heading = app.texts("[data-testid=repo-name]").await?;
            ensure(heading == ["demo-repo"], || {
                format!("repository shown as {heading:?}")
            })?;
            ensure(copy.join(DEMO_PLAN).is_file(), || {
                format!("no copy of the demo in {}", copy.display())
            })?;
            ensure(commit_count(&copy) == 1, || {
                format!(
                    "the copy is not a git repository with one commit ({})",
                    commit_count(&copy)
                )
            })?;
            let blocked = app
                .execute("return document.querySelector('[data-testid=write-blocked]') !== null")
                .await?;
            ensure(blocked == false, || {
                "the user's own demo is said to be read-only".into()
            })?;

            // Type at the end of the plan and save.
            type_at_end(app, "Edited as an ordinary user.").await?;
            press_save(app).await?;
            let saved = wait_for_file(&copy.join(DEMO_PLAN), |t| {
                t.contains("Edited as an ordinary user.")
            })
            .await;
            ensure(saved.contains("Edited as an ordinary user."), || {
                format!("the edit is not in the user's copy:\n{saved}")
            })?;
            app.wait_for_texts("[data-testid=save-state]", |t| {
                t.first().is_some_and(|t| t == "Saved")
            })
            .await?;
            let untouched = fs::read_to_string(Path::new(INSTALLED_DEMO).join(DEMO_PLAN)).unwrap_or_default();
            ensure(untouched == expected, || "the installed demo was modified".into())?;
            if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                app.save_screenshot(&Path::new(&dir).join("installed-demo-saved.png"))
                    .await?;
            }

            // Help > Reset Demo Repository…, confirmed: the copy is the original again.
            app.choose_menu_item("reset-demo").await?;
            app.wait_for("[data-testid=reset-demo-dialog]").await?;
            app.click("[data-testid=reset-demo-confirm]", 0).await?;
            let reset = wait_for_file(&copy.join(DEMO_PLAN), |t| t == expected).await;
            ensure(reset == expected, || format!("the copy was not reset:\n{reset}"))?;
            wait_for_editor(app, "the reset plan", |text| {
                !text.contains("Edited as an ordinary user.")
            })
            .await?;
            ensure(commit_count(&copy) == 1, || {
                "the reset copy is not a fresh repository".into()
            })
        })
    })
    .await;
    let after = fs::read_to_string(&installed_plan).unwrap_or_default();
    assert_eq!(after, original, "the installed demo must never change");
}

/// A repository owned by root that the app's user may read but not write.
fn root_owned_repository() -> (tempfile::TempDir, PathBuf) {
    let repo = tempfile::tempdir().unwrap();
    let plan = repo.path().join("specs/001-shared/plan.md");
    fs::create_dir_all(plan.parent().unwrap()).unwrap();
    fs::write(
        &plan,
        "# Implementation Plan: Shared\r\n\r\n## Summary\r\n\r\nRead-only here.\r\n",
    )
    .unwrap();
    for dir in [repo.path(), &repo.path().join("specs"), plan.parent().unwrap()] {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).unwrap();
    }
    (repo, plan)
}

#[tokio::test]
async fn a_repository_the_user_cannot_write_says_so_before_any_typing() {
    if !installed("a_repository_the_user_cannot_write_says_so") {
        return;
    }
    let (repo, plan) = root_owned_repository();
    let original = fs::read(&plan).unwrap();
    // "Save a Copy As…" answers with this path (test profile), in a folder the user owns.
    let copies = tempfile::tempdir().unwrap();
    let user = run_as_user().unwrap_or_default();
    let chown = Command::new("chown").arg(&user).arg(copies.path()).status();
    assert!(
        chown.is_ok_and(|s| s.success()),
        "give the copies folder to {user}"
    );
    let copy = copies.path().join("001-shared-plan.md");
    let path = repo.path().to_string_lossy().into_owned();
    let copy_path = copy.clone();
    let env = [("SPECDESK_TEST_SAVE_PATH", copy.to_str().unwrap_or_default())];
    run_with_env("installed_read_only_repository", &[&path], &env, |app| {
        Box::pin(async move {
            wait_for_editor(app, "the read-only plan", |text| {
                text.starts_with("# Implementation Plan")
            })
            .await?;
            // Said when the document opens, before anything is typed.
            let cause = app.attr("[data-testid=write-blocked]", "data-cause").await?;
            ensure(cause.as_deref() == Some("fileNotWritable"), || {
                format!("notice cause {cause:?}")
            })?;
            let notice = app.texts("[data-testid=write-blocked]").await?.join(" ");
            ensure(
                notice.contains("read-only") && notice.contains("permission"),
                || format!("the notice does not say why: {notice}"),
            )?;
            let read_only = app.attr(".cm-content", "aria-readonly").await?;
            ensure(read_only.as_deref() == Some("true"), || {
                format!("editor aria-readonly={read_only:?}")
            })?;
            let before = editor_text(app).await?;
            app.click(".cm-content .cm-line", 0).await?;
            let content = app.wait_for(".cm-content").await?;
            step(
                "type",
                bounded("type", content.send_keys("typed into a read-only plan")).await?,
            )?;
            let after = editor_text(app).await?;
            ensure(after == before, || {
                format!("typing changed the read-only plan:\n{after}")
            })?;
            if let Ok(dir) = std::env::var("SPECDESK_E2E_SHOTS") {
                app.save_screenshot(&Path::new(&dir).join("installed-read-only.png"))
                    .await?;
            }
            app.click("[data-testid=save-copy-as]", 0).await?;
            app.wait_for("[data-testid=copy-saved]").await?;
            let copied = wait_for_file(&copy_path, |t| !t.is_empty()).await;
            ensure(copied.starts_with("# Implementation Plan: Shared\r\n"), || {
                format!("the copy keeps the text and its CRLF line endings: {copied:?}")
            })
        })
    })
    .await;
    assert_eq!(
        fs::read(&plan).unwrap(),
        original,
        "the read-only plan must not change"
    );
}

#[tokio::test]
async fn a_save_refused_after_the_permissions_changed_keeps_the_text_and_says_what_to_do() {
    if !installed("a_save_refused_after_the_permissions_changed") {
        return;
    }
    let (repo, plan) = root_owned_repository();
    let user = run_as_user().unwrap_or_default();
    let chown = Command::new("chown")
        .args(["-R", &user])
        .arg(repo.path())
        .status();
    assert!(chown.is_ok_and(|s| s.success()), "give the repository to {user}");
    let folder = plan.parent().unwrap().to_path_buf();
    let path = repo.path().to_string_lossy().into_owned();
    let plan_path = plan.clone();
    run("installed_save_refused", &[&path], |app| {
        Box::pin(async move {
            wait_for_editor(app, "the user's plan", |text| {
                text.starts_with("# Implementation Plan")
            })
            .await?;
            let blocked = app
                .execute("return document.querySelector('[data-testid=write-blocked]') !== null")
                .await?;
            ensure(blocked == false, || {
                "the user's own repository is said to be read-only".into()
            })?;
            // The folder becomes read-only while the plan is open (another user, a script…).
            step(
                "chmod",
                fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)),
            )?;
            type_at_end(app, "Kept after a refused save.").await?;
            press_save(app).await?;
            let cause = app.attr("[data-testid=write-blocked]", "data-cause").await?;
            ensure(cause.as_deref() == Some("saveRefused"), || {
                format!("notice cause {cause:?}")
            })?;
            let notice = app.texts("[data-testid=write-blocked]").await?.join(" ");
            ensure(
                notice.contains("permission denied") && notice.contains("crash journal"),
                || format!("the notice does not say what happened and what to do: {notice}"),
            )?;
            wait_for_editor(app, "the unsaved text", |text| {
                text.contains("Kept after a refused save.")
            })
            .await?;
            let journal = app.data_home().join(DATA_FOLDER).join("journal");
            let deadline = Instant::now() + Duration::from_secs(15);
            let journaled = loop {
                let found = fs::read_dir(&journal)
                    .into_iter()
                    .flatten()
                    .flatten()
                    .any(|entry| {
                        fs::read_to_string(entry.path())
                            .is_ok_and(|t| t.contains("Kept after a refused save."))
                    });
                if found || Instant::now() > deadline {
                    break found;
                }
                tokio::time::sleep(Duration::from_millis(250)).await;
            };
            ensure(journaled, || {
                format!("the text is not in the crash journal ({})", journal.display())
            })?;
            // Permissions fixed: saving again works.
            step(
                "chmod",
                fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)),
            )?;
            press_save(app).await?;
            let saved = wait_for_file(&plan_path, |t| t.contains("Kept after a refused save.")).await;
            ensure(saved.contains("Kept after a refused save."), || {
                format!("not saved after the fix:\n{saved}")
            })
        })
    })
    .await;
}
