//! The demo repository a user can edit.
//!
//! The app opens its bundled demo when started with no folder. From the source tree that demo is
//! writable; an installed package keeps it in a system folder (`/usr/lib/SpecDesk/demo-repo`)
//! that an ordinary user may read but not write. [`demo_for_user`] then hands out the user's own
//! copy, made once in the app's data folder as a git repository with one commit (so that the
//! git-aware parts of the app have something to show) and reused by later starts;
//! [`reset_demo`] replaces that copy with a fresh one. The installed demo is never modified.

use crate::error::{CoreError, Result};
use crate::write_access::folder_write_access;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The name of the user's copy inside the app's data folder.
pub const DEMO_COPY_DIR: &str = "demo-repo";

/// Which demo the app opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Demo {
    /// The bundled demo itself: the user may write it (a source tree, a user-local install).
    Bundled(PathBuf),
    /// The user's copy, in the data folder, of the bundled demo `original`.
    UserCopy { copy: PathBuf, original: PathBuf },
}

/// The demo to open: `bundled` when the user may write it, else their copy in `data_dir`, made
/// now if there is none yet.
pub fn demo_for_user(bundled: &Path, data_dir: &Path) -> Result<Demo> {
    if is_writable(bundled) {
        return Ok(Demo::Bundled(bundled.to_path_buf()));
    }
    let copy = data_dir.join(DEMO_COPY_DIR);
    if !copy.is_dir() {
        make_copy(bundled, &copy)?;
    }
    Ok(Demo::UserCopy {
        copy,
        original: bundled.to_path_buf(),
    })
}

/// Replace the user's copy in `data_dir` with a fresh copy of `bundled` (the Help menu's "Reset
/// Demo Repository"). The new copy is complete before the old one goes.
pub fn reset_demo(bundled: &Path, data_dir: &Path) -> Result<PathBuf> {
    let copy = data_dir.join(DEMO_COPY_DIR);
    if same_folder(&copy, bundled) {
        return Err(CoreError::Refused {
            reason: crate::i18n::Message::new("error-demo-is-bundled"),
        });
    }
    let fresh = data_dir.join(format!(".{DEMO_COPY_DIR}.new-{}", std::process::id()));
    let old = data_dir.join(format!(".{DEMO_COPY_DIR}.old-{}", std::process::id()));
    let _ = fs::remove_dir_all(&fresh);
    make_copy(bundled, &fresh)?;
    if copy.exists() {
        fs::rename(&copy, &old).map_err(|e| CoreError::io(&copy, e))?;
    }
    fs::rename(&fresh, &copy).map_err(|e| CoreError::io(&copy, e))?;
    let _ = fs::remove_dir_all(&old);
    Ok(copy)
}

/// Whether new files can be written in the demo's root and its `specs` folder.
fn is_writable(bundled: &Path) -> bool {
    folder_write_access(bundled).is_none() && folder_write_access(&bundled.join("specs")).is_none()
}

fn same_folder(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Copy `from` to `to` (which must not exist) through a staging folder renamed into place, so a
/// crash never leaves a half copy that a later start would reuse; then make it a git repository.
fn make_copy(from: &Path, to: &Path) -> Result<()> {
    if !from.is_dir() {
        return Err(CoreError::NotFound {
            path: from.to_path_buf(),
        });
    }
    let parent = to.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(|e| CoreError::io(parent, e))?;
    let staging = tempfile::Builder::new()
        .prefix(".demo-repo.partial-")
        .tempdir_in(parent)
        .map_err(|e| CoreError::io(parent, e))?;
    copy_tree(from, staging.path())?;
    commit_as_git_repository(staging.path());
    let staged = staging.keep();
    fs::rename(&staged, to).map_err(|e| {
        let _ = fs::remove_dir_all(&staged);
        CoreError::io(to, e)
    })
}

/// Copy files and folders (not symbolic links, not a `.git` folder), each writable by the user.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for entry in fs::read_dir(from).map_err(|e| CoreError::io(from, e))? {
        let entry = entry.map_err(|e| CoreError::io(from, e))?;
        let source = entry.path();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().map_err(|e| CoreError::io(&source, e))?;
        if kind.is_dir() && entry.file_name() != ".git" {
            fs::create_dir(&target).map_err(|e| CoreError::io(&target, e))?;
            copy_tree(&source, &target)?;
        } else if kind.is_file() {
            fs::copy(&source, &target).map_err(|e| CoreError::io(&source, e))?;
            let mut permissions = fs::metadata(&target)
                .map_err(|e| CoreError::io(&target, e))?
                .permissions();
            if permissions.readonly() {
                #[allow(clippy::permissions_set_readonly_false)] // the user's own copy, theirs to edit
                permissions.set_readonly(false);
                fs::set_permissions(&target, permissions).map_err(|e| CoreError::io(&target, e))?;
            }
        }
    }
    Ok(())
}

/// `git init` + one commit of everything and a branch per feature, so that branch and change
/// markers have a baseline.
/// Best effort: without git (or if it fails) the copy is a plain folder, which the app supports.
fn commit_as_git_repository(dir: &Path) {
    let git = |args: &[&str]| {
        Command::new("git")
            .args([
                "-c",
                "user.name=SpecDesk",
                "-c",
                "user.email=demo@specdesk.invalid",
            ])
            .args(["-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null"])
            .args(args)
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    };
    let done = (git(&["init", "-q", "-b", "main"]) || git(&["init", "-q"]))
        && git(&["add", "-A"])
        && git(&["commit", "-q", "--no-verify", "-m", "SpecDesk demo repository"]);
    if !done {
        let _ = fs::remove_dir_all(dir.join(".git"));
        return;
    }
    // Each feature's branch, as spec-kit makes them, so that the plans' Branch fields name
    // branches that exist.
    for feature in fs::read_dir(dir.join("specs")).into_iter().flatten().flatten() {
        if feature.file_type().is_ok_and(|kind| kind.is_dir()) {
            git(&["branch", &feature.file_name().to_string_lossy()]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("specs/001-photo-albums")).unwrap();
        fs::write(
            dir.path().join("specs/001-photo-albums/plan.md"),
            "# Plan: Photo albums\n",
        )
        .unwrap();
        fs::create_dir_all(dir.path().join(".specify/templates")).unwrap();
        fs::write(
            dir.path().join(".specify/templates/plan-template.md"),
            "# Plan: [X]\n",
        )
        .unwrap();
        dir
    }

    #[test]
    fn a_writable_bundled_demo_is_opened_as_it_is() {
        let bundled = bundled();
        let data = tempfile::tempdir().unwrap();
        let demo = demo_for_user(bundled.path(), data.path()).unwrap();
        assert_eq!(demo, Demo::Bundled(bundled.path().to_path_buf()));
        assert!(!data.path().join(DEMO_COPY_DIR).exists());
    }

    #[test]
    fn the_copy_holds_every_file_as_a_git_repository_with_one_commit_and_is_reused() {
        let bundled = bundled();
        let data = tempfile::tempdir().unwrap();
        let copy = data.path().join(DEMO_COPY_DIR);
        make_copy(bundled.path(), &copy).unwrap();
        assert_eq!(
            fs::read_to_string(copy.join("specs/001-photo-albums/plan.md")).unwrap(),
            "# Plan: Photo albums\n"
        );
        assert!(copy.join(".specify/templates/plan-template.md").is_file());
        if Command::new("git").arg("--version").output().is_ok() {
            let log = Command::new("git")
                .args(["log", "--oneline"])
                .current_dir(&copy)
                .output()
                .unwrap();
            assert_eq!(
                String::from_utf8_lossy(&log.stdout).lines().count(),
                1,
                "one commit"
            );
            let status = Command::new("git")
                .args(["status", "--porcelain"])
                .current_dir(&copy)
                .output()
                .unwrap();
            assert!(status.stdout.is_empty(), "everything committed");
        }
        // Nothing staged is left next to it.
        let names: Vec<_> = fs::read_dir(data.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [DEMO_COPY_DIR]);
        // The user's edits survive: a second call on an unwritable bundle would reuse the copy,
        // which demo_for_user checks by existence before copying.
        fs::write(copy.join("specs/001-photo-albums/plan.md"), "# Plan: mine\n").unwrap();
        assert!(
            make_copy(bundled.path(), &copy).is_err(),
            "never copied over an existing copy"
        );
        assert_eq!(
            fs::read_to_string(copy.join("specs/001-photo-albums/plan.md")).unwrap(),
            "# Plan: mine\n"
        );
    }

    #[test]
    fn reset_replaces_the_copy_and_never_touches_the_bundle() {
        let bundled = bundled();
        let data = tempfile::tempdir().unwrap();
        let copy = data.path().join(DEMO_COPY_DIR);
        make_copy(bundled.path(), &copy).unwrap();
        fs::write(copy.join("specs/001-photo-albums/plan.md"), "# Plan: mine\n").unwrap();
        fs::write(copy.join("specs/extra.md"), "new\n").unwrap();
        assert_eq!(reset_demo(bundled.path(), data.path()).unwrap(), copy);
        assert_eq!(
            fs::read_to_string(copy.join("specs/001-photo-albums/plan.md")).unwrap(),
            "# Plan: Photo albums\n"
        );
        assert!(!copy.join("specs/extra.md").exists());
        let names: Vec<_> = fs::read_dir(data.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [DEMO_COPY_DIR], "no staging folder left");
        assert!(
            !bundled.path().join(".git").exists(),
            "the bundle is not made a repository"
        );
    }

    #[test]
    fn a_bundle_that_is_where_the_copy_would_be_is_never_reset() {
        let data = tempfile::tempdir().unwrap();
        let bundle = data.path().join(DEMO_COPY_DIR);
        fs::create_dir_all(bundle.join("specs")).unwrap();
        fs::write(bundle.join("specs/plan.md"), "# Plan: original\n").unwrap();
        let err = reset_demo(&bundle, data.path()).unwrap_err();
        assert!(err.to_string().contains("no copy to reset"), "{err}");
        assert_eq!(
            fs::read_to_string(bundle.join("specs/plan.md")).unwrap(),
            "# Plan: original\n"
        );
    }

    #[test]
    fn a_missing_bundle_is_a_clear_error() {
        let data = tempfile::tempdir().unwrap();
        let err = make_copy(&data.path().join("nowhere"), &data.path().join(DEMO_COPY_DIR)).unwrap_err();
        assert_eq!(err.kind(), "notFound");
        assert!(!data.path().join(DEMO_COPY_DIR).exists());
    }
}
