//! A git repository with many feature branches, for the "all branches" benchmarks: `main` holds
//! the first `features` folders of a [`corpus`] and each of `branches - 1` feature branches
//! forks `main`, adds one feature named like the branch (spec-kit's convention) and ticks a
//! checkbox of one shared feature (so copies differ, as real branches do). Built with the `git`
//! command; `main` is checked out at the end.

use crate::corpus::{self, GeneratedFile};
use std::fs;
use std::io;
use std::path::Path;
use std::process::Command;

/// What [`generate`] made.
#[derive(Debug, Clone)]
pub struct BranchRepo {
    /// The feature branches (each named like the feature it adds).
    pub branches: Vec<String>,
}

/// Run `git` in `dir` with a fixed identity and no user configuration; its standard output.
/// (Also the git of the CLI's and the app's tests of "all branches".)
pub fn git(dir: &Path, args: &[&str]) -> io::Result<String> {
    git_with(dir, &[], args)
}

/// [`git`] with extra environment variables (`GIT_INDEX_FILE`, dates…).
pub fn git_with(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> io::Result<String> {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Bench", "-c", "user.email=bench@example.invalid"])
        .args(["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .envs(env.iter().copied())
        .output()?;
    if !out.status.success() {
        return Err(io::Error::other(format!(
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn write(root: &Path, files: &[&GeneratedFile]) -> io::Result<()> {
    for file in files {
        let path = root.join(&file.rel_path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, &file.text)?;
    }
    Ok(())
}

/// Generate the repository in the empty folder `root`: `branches` branches (`main` included),
/// each with `features` features (a branch's own one more).
pub fn generate(root: &Path, branches: usize, features: usize, seed: u64) -> io::Result<BranchRepo> {
    let extra = branches.saturating_sub(1);
    let corpus = corpus::generate(features + extra, seed);
    let folder_of = |f: &GeneratedFile| f.rel_path.split('/').nth(1).unwrap_or_default().to_string();
    let mut folders: Vec<String> = corpus.files.iter().map(folder_of).collect();
    folders.dedup();
    git(root, &["init", "-q"])?;
    let on_main: Vec<&GeneratedFile> = corpus
        .files
        .iter()
        .filter(|f| folders[..features].contains(&folder_of(f)))
        .collect();
    write(root, &on_main)?;
    git(root, &["add", "-A"])?;
    git(root, &["commit", "-qm", "features on main"])?;
    let mut made = Vec::new();
    for (i, own) in folders[features..].iter().enumerate() {
        git(root, &["checkout", "-qb", own, "main"])?;
        let files: Vec<&GeneratedFile> = corpus.files.iter().filter(|f| folder_of(f) == *own).collect();
        write(root, &files)?;
        // Tick the first open task of one shared feature.
        let shared = format!("specs/{}/tasks.md", folders[i % features]);
        let text = fs::read_to_string(root.join(&shared))?;
        fs::write(root.join(&shared), text.replacen("- [ ]", "- [x]", 1))?;
        git(root, &["add", "-A"])?;
        git(root, &["commit", "-qm", own])?;
        made.push(own.clone());
    }
    git(root, &["checkout", "-q", "main"])?;
    Ok(BranchRepo { branches: made })
}
