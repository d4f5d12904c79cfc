//! End-to-end tests of "All branches" in the Review screen, on real git repositories built in
//! temporary folders: a local bare repository as the remote, a working clone opened in the app
//! on `main`, and feature 004-x only on its branch. The feature's row (plan checklist, task
//! progress), its plan opened read-only with the diff against the checkout, a commit made on the
//! branch from outside (plumbing: nothing checked out) followed live, a fetch bringing in a new
//! remote branch, and "Open in a worktree" giving an editable copy while the main checkout stays
//! untouched. Screenshots: `tests/e2e/screenshots/branches-*.png`; with `SPECDESK_SCREENSHOT=1`
//! the portfolio is also saved as `docs/branches.png`.

use crate::harness::{ensure, run, run_with_env, step, write_file, App, Check};
use std::fs;
use std::path::{Path, PathBuf};

const PLAN: &str = "# Implementation Plan: Offline sync\n\n**Branch**: `004-x`\n\n## Summary\n\nWork offline, sync later.\n\n## Progress Tracking\n\n- [x] Phase 0: Research complete\n- [ ] Phase 1: Design complete\n";
const TASKS: &str = "# Tasks\n\n## Phase 1: Setup\n\n- [x] T001 Create project\n- [ ] T002 Add sync\n- [ ] T003 [P] Add tests\n";

/// `git` in `dir` with a fixed identity and no user configuration; its output, trimmed.
fn git_env(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Check<String> {
    let out = step(
        &format!("git {args:?}"),
        specdesk_bench::branch_repo::git_with(dir, env, args),
    )?;
    Ok(out.trim().to_string())
}

fn git(dir: &Path, args: &[&str]) -> Check<String> {
    git_env(dir, &[], args)
}

/// The folders of one test: `origin` (where features are authored), `origin.git` (the bare
/// remote) and `clone` (opened in the app, on `main`, with a local branch 004-x).
struct Repos {
    _tmp: tempfile::TempDir,
    base: PathBuf,
    origin: PathBuf,
    bare: String,
    clone: PathBuf,
}

fn repos() -> Check<Repos> {
    let tmp = step("temp dir", tempfile::tempdir())?;
    let base = step("canonical", fs::canonicalize(tmp.path()))?;
    let origin = base.join("origin");
    step("mkdir", fs::create_dir(&origin))?;
    git(&origin, &["init", "-q"])?;
    step(
        "write",
        write_file(&origin, "specs/001-albums/spec.md", "# Albums\n"),
    )?;
    step(
        "write",
        write_file(
            &origin,
            "specs/001-albums/plan.md",
            "# Implementation Plan: Albums\n",
        ),
    )?;
    git(&origin, &["add", "-A"])?;
    git(&origin, &["commit", "-qm", "albums"])?;
    git(&origin, &["checkout", "-qb", "004-x"])?;
    step("write", write_file(&origin, "specs/004-x/plan.md", PLAN))?;
    step("write", write_file(&origin, "specs/004-x/tasks.md", TASKS))?;
    git(&origin, &["add", "-A"])?;
    git(&origin, &["commit", "-qm", "offline sync"])?;
    git(&origin, &["checkout", "-q", "main"])?;
    let bare = base.join("origin.git").to_string_lossy().into_owned();
    git(
        &base,
        &[
            "clone",
            "-q",
            "--bare",
            origin.to_str().unwrap_or_default(),
            &bare,
        ],
    )?;
    let clone = base.join("clone");
    git(&base, &["clone", "-q", &bare, clone.to_str().unwrap_or_default()])?;
    git(&clone, &["branch", "-q", "004-x", "origin/004-x"])?;
    Ok(Repos {
        _tmp: tmp,
        base,
        origin,
        bare,
        clone,
    })
}

/// Review → All branches, until a row of `feature` is shown.
async fn open_all_branches(app: &App, feature: &str) -> Check {
    app.wait_for("[data-testid=screen-review]").await?;
    app.click("[data-testid=screen-review]", 0).await?;
    app.wait_for("[data-testid=scope-all]").await?;
    app.click("[data-testid=scope-all]", 0).await?;
    row_text(app, feature, "branch-from", |_| true).await?;
    Ok(())
}

/// The text of cell `testid` of `feature`'s row, once `done` accepts it.
async fn row_text(app: &App, feature: &str, testid: &str, done: impl Fn(&str) -> bool) -> Check<String> {
    let css = format!("[data-testid=branch-row][data-feature=\"{feature}\"] [data-testid={testid}]");
    let texts = app
        .wait_for_texts(&css, |t| t.len() == 1 && done(t[0].trim()))
        .await?;
    Ok(texts[0].trim().to_string())
}

/// A commit on `branch` made from outside with git plumbing: `rel` gets `text`; nothing is
/// checked out, the working tree and the index are untouched.
fn commit_outside(repo: &Path, branch: &str, rel: &str, text: &str) -> Check {
    let index = repo.join(".git/outside-index");
    let index = index.to_string_lossy().into_owned();
    let env = [("GIT_INDEX_FILE", index.as_str())];
    let file = repo.join(".git/outside-blob");
    step("write blob", fs::write(&file, text))?;
    let blob = git(repo, &["hash-object", "-w", file.to_str().unwrap_or_default()])?;
    git_env(repo, &env, &["read-tree", branch])?;
    git_env(
        repo,
        &env,
        &["update-index", "--cacheinfo", &format!("100644,{blob},{rel}")],
    )?;
    let tree = git_env(repo, &env, &["write-tree"])?;
    let commit = git(repo, &["commit-tree", &tree, "-p", branch, "-m", "from outside"])?;
    git(repo, &["update-ref", &format!("refs/heads/{branch}"), &commit])?;
    let _ = fs::remove_file(repo.join(".git/outside-index"));
    Ok(())
}

#[tokio::test]
async fn a_feature_only_on_its_branch_is_shown_read_only_with_its_diff_and_followed_live() {
    let repos = match repos() {
        Ok(r) => r,
        Err(e) => panic!("setup: {e}"),
    };
    let clone = repos.clone.to_string_lossy().into_owned();
    run("branches-portfolio", &[&clone], move |app| {
        Box::pin(async move {
            let repos = &repos;
            open_all_branches(app, "004-x").await?;
            let from = row_text(app, "004-x", "branch-from", |_| true).await?;
            ensure(from == "004-x", || format!("004-x comes from {from:?}"))?;
            let plan = row_text(app, "004-x", "branch-plan-checklist", |_| true).await?;
            ensure(plan.contains("1/2"), || format!("plan checklist {plan:?}"))?;
            let tasks = row_text(app, "004-x", "branch-tasks", |_| true).await?;
            ensure(tasks.contains("1/3"), || format!("tasks {tasks:?}"))?;
            let also = row_text(app, "001-albums", "branch-also-on", |_| true).await?;
            ensure(also.contains("004-x") && also.contains("origin/main"), || format!("also on {also:?}"))?;
            if std::env::var_os("SPECDESK_SCREENSHOT").is_some() {
                let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/branches.png");
                app.save_screenshot(&docs).await?;
            }
            app.save_screenshot(&crate::harness::screenshot_dir().join("branches-portfolio.png")).await?;

            // Its plan, read-only, then the diff against the checkout (which has no such plan).
            app.click("[data-testid=branch-row][data-feature=\"004-x\"] [data-testid=branch-open]", 0)
                .await?;
            let text = app.wait_for_texts("[data-testid=branch-document-text]", |t| t.len() == 1).await?;
            ensure(text[0].contains("Offline sync"), || format!("plan text {:?}", text[0]))?;
            let editable = app
                .execute("return document.querySelector('[data-testid=branch-document] .cm-content[contenteditable=true], [data-testid=branch-document] textarea') !== null;")
                .await?;
            ensure(editable == serde_json::json!(false), || "nothing in the branch view is editable".into())?;
            let source = app.texts("[data-testid=branch-document-source]").await?;
            ensure(source.first().is_some_and(|s| s.contains("read-only")), || format!("{source:?}"))?;
            app.save_screenshot(&crate::harness::screenshot_dir().join("branches-read-only.png")).await?;
            app.click("[data-testid=branch-compare]", 0).await?;
            let diff = app
                .wait_for_texts("[data-testid=branch-diff] .cm-content", |t| t.len() == 2)
                .await?;
            ensure(diff[0].trim().is_empty() && diff[1].contains("Offline sync"), || format!("diff {diff:?}"))?;
            app.save_screenshot(&crate::harness::screenshot_dir().join("branches-diff.png")).await?;
            app.click("[data-testid=branch-back]", 0).await?;

            // A commit on 004-x from outside: its row follows, live.
            step(
                "commit from outside",
                commit_outside(&repos.clone, "004-x", "specs/004-x/tasks.md", &TASKS.replace("- [ ] T002", "- [x] T002")),
            )?;
            row_text(app, "004-x", "branch-tasks", |t| t.contains("2/3")).await?;
            ensure(!repos.clone.join("specs/004-x").exists(), || "the checkout was touched".into())?;

            // A new branch pushed to the remote arrives with Fetch.
            git(&repos.origin, &["checkout", "-qb", "005-remote"])?;
            step("write", write_file(&repos.origin, "specs/005-remote/spec.md", "# Remote\n"))?;
            git(&repos.origin, &["add", "-A"])?;
            git(&repos.origin, &["commit", "-qm", "remote"])?;
            git(&repos.origin, &["push", "-q", &repos.bare, "005-remote"])?;
            app.click("[data-testid=branches-fetch]", 0).await?;
            let from = row_text(app, "005-remote", "branch-from", |_| true).await?;
            ensure(from == "origin/005-remote", || format!("005-remote comes from {from:?}"))?;
            let status = git(&repos.clone, &["status", "--porcelain"])?;
            ensure(status.is_empty(), || format!("the checkout changed: {status}"))?;
            let _ = &repos.base;
            Ok(())
        })
    })
    .await;
}

#[tokio::test]
async fn open_in_a_worktree_gives_an_editable_copy_and_leaves_the_checkout_untouched() {
    let repos = match repos() {
        Ok(r) => r,
        Err(e) => panic!("setup: {e}"),
    };
    let worktree = repos.base.join("wt-004-x");
    let clone = repos.clone.to_string_lossy().into_owned();
    let wt = worktree.clone();
    // The test profile takes the worktree's folder from this variable instead of the dialog.
    let env = [(
        "SPECDESK_TEST_WORKTREE_PATH",
        worktree.to_str().unwrap_or_default(),
    )];
    run_with_env("branches-worktree", &[&clone], &env, move |app| {
        Box::pin(async move {
            let (repos, worktree) = (&repos, &wt);
            open_all_branches(app, "004-x").await?;
            app.click("[data-testid=branch-row][data-feature=\"004-x\"] [data-testid=branch-worktree]", 0)
                .await?;
            // Confirmed in the app's own dialog.
            app.wait_for("[data-testid=branch-action-dialog]").await?;
            app.click("[data-testid=branch-action-confirm]", 0).await?;
            // The worktree is opened: its sidebar lists 004-x, editable.
            app.wait_for_texts("[data-testid=feature-item]", |t| t.iter().any(|s| s.contains("004"))).await?;
            let root = app
                .invoke("repo_status", serde_json::json!({}))
                .await?
                .map_err(|e| format!("repo_status: {e}"))?;
            let root = root.pointer("/repo/root").and_then(|r| r.as_str()).unwrap_or_default().to_string();
            ensure(Path::new(&root) == worktree.as_path(), || format!("opened {root:?}"))?;
            let read = app
                .invoke("read_document", serde_json::json!({"relPath": "specs/004-x/plan.md"}))
                .await?
                .map_err(|e| format!("read in the worktree: {e}"))?;
            let hash = read.get("hash").cloned().unwrap_or_default();
            let saved = app
                .invoke(
                    "save_document",
                    serde_json::json!({"relPath": "specs/004-x/plan.md", "text": "# Implementation Plan: Offline sync, edited\n", "baseHash": hash}),
                )
                .await?;
            ensure(saved.is_ok(), || format!("save in the worktree: {saved:?}"))?;
            let text = step("read", fs::read_to_string(worktree.join("specs/004-x/plan.md")))?;
            ensure(text.contains("edited"), || "the worktree's plan was saved".into())?;
            ensure(!repos.clone.join("specs/004-x").exists(), || "the main checkout got 004-x".into())?;
            let status = git(&repos.clone, &["status", "--porcelain"])?;
            ensure(status.is_empty(), || format!("the main checkout changed: {status}"))?;
            Ok(())
        })
    })
    .await;
}

#[tokio::test]
async fn check_out_this_branch_is_confirmed_and_refused_while_spec_documents_are_uncommitted() {
    let repos = match repos() {
        Ok(r) => r,
        Err(e) => panic!("setup: {e}"),
    };
    let clone = repos.clone.to_string_lossy().into_owned();
    let dir = repos.clone.clone();
    run("branches-checkout", &[&clone], move |app| {
        Box::pin(async move {
            let head = || git(&dir, &["rev-parse", "--abbrev-ref", "HEAD"]).map(|h| h.trim().to_string());
            let before = head()?;
            // An uncommitted spec document: checking out is refused, with the reason.
            let plan = dir.join("specs/001-albums/plan.md");
            let original = step("read", std::fs::read_to_string(&plan))?;
            step(
                "edit",
                std::fs::write(&plan, format!("{original}\nUncommitted.\n")),
            )?;
            open_all_branches(app, "004-x").await?;
            let checkout = "[data-testid=branch-row][data-feature=\"004-x\"] [data-testid=branch-checkout]";
            app.click(checkout, 0).await?;
            app.wait_for("[data-testid=branch-action-dialog]").await?;
            app.click("[data-testid=branch-action-confirm]", 0).await?;
            let notice = app
                .wait_for_texts("[data-testid=branches-notice]", |t| {
                    t.iter().any(|s| s.contains("uncommitted"))
                })
                .await?;
            ensure(head()? == before, || format!("checked out despite {notice:?}"))?;
            // Committed: confirmed, the checkout is on 004-x.
            step("restore", std::fs::write(&plan, &original))?;
            app.click(checkout, 0).await?;
            app.wait_for("[data-testid=branch-action-dialog]").await?;
            app.click("[data-testid=branch-action-confirm]", 0).await?;
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
            while head()? != "004-x" && std::time::Instant::now() < deadline {
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            ensure(head()? == "004-x", || format!("HEAD is {:?}, not 004-x", head()))
        })
    })
    .await;
}
