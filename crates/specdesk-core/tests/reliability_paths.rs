//! Path confinement: attempts to read or write outside the opened repository through the store
//! (`..` segments, absolute paths, symlinks and symlinked folders leading out, loops, very long
//! and odd paths) are refused with a clear error, and nothing outside the repository is read,
//! created, changed or deleted. Unicode look-alikes of `..` and `/` are ordinary names: they stay
//! inside the repository.

#![cfg(unix)]

mod reliability_support;

use specdesk_core::store::{Expected, Store, TEMP_PREFIX};
use specdesk_core::CoreError;
use std::collections::BTreeMap;
use std::fs::{self, File};
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A temp folder holding `repo/` (the store's root), `outside/` with a secret and an abandoned
/// temp file, and `repo-evil/` (a sibling whose name starts like the root's).
struct Sandbox {
    _tmp: tempfile::TempDir,
    base: PathBuf,
    root: PathBuf,
    store: Store,
}

impl Sandbox {
    fn new() -> Sandbox {
        let tmp = tempfile::tempdir().unwrap();
        let base = fs::canonicalize(tmp.path()).unwrap();
        let root = base.join("repo");
        fs::create_dir_all(root.join("specs/001-a")).unwrap();
        fs::write(root.join("specs/001-a/plan.md"), "# Plan\n").unwrap();
        fs::create_dir_all(base.join("outside")).unwrap();
        fs::write(base.join("outside/secret.md"), "SECRET\n").unwrap();
        let stale = base.join("outside").join(format!("{TEMP_PREFIX}abandoned.tmp"));
        File::create(&stale)
            .unwrap()
            .set_modified(SystemTime::now() - Duration::from_secs(3600))
            .unwrap();
        fs::create_dir_all(base.join("repo-evil")).unwrap();
        fs::write(base.join("repo-evil/x.md"), "EVIL TWIN\n").unwrap();
        let store = Store::new(&root).unwrap();
        Sandbox {
            _tmp: tmp,
            base,
            root,
            store,
        }
    }

    fn link(&self, rel: &str, target: impl AsRef<Path>) {
        symlink(target, self.root.join(rel)).unwrap();
    }

    /// Every entry outside the repository with its content (folders as `None`).
    fn outside_state(&self) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
        let mut state = BTreeMap::new();
        let mut stack = vec![self.base.clone()];
        while let Some(dir) = stack.pop() {
            for entry in fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path == self.root {
                    continue;
                }
                let kind = entry.file_type().unwrap();
                if kind.is_dir() {
                    state.insert(path.clone(), None);
                    stack.push(path);
                } else {
                    state.insert(path.clone(), Some(fs::read(&path).unwrap_or_default()));
                }
            }
        }
        state
    }
}

/// What a refused attempt must answer.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Refusal {
    Outside,
    Loop,
    NameTooLong,
    Nul,
}

impl Refusal {
    fn accepts(self, err: &CoreError) -> bool {
        let message = err.to_string();
        match self {
            Refusal::Outside => {
                matches!(err, CoreError::OutsideRepo { .. })
                    && message.contains("outside the opened repository")
            }
            Refusal::Loop => message.contains("too many levels of symbolic links"),
            Refusal::NameTooLong => message.to_lowercase().contains("name too long"),
            Refusal::Nul => message.to_lowercase().contains("nul byte"),
        }
    }
}

/// One attempt: a path as the caller would pass it, after `setup` ran in the sandbox.
struct Attempt {
    name: &'static str,
    setup: fn(&Sandbox),
    path: fn(&Sandbox) -> PathBuf,
    refusal: Refusal,
}

fn no_setup(_: &Sandbox) {}

fn attempts() -> Vec<Attempt> {
    vec![
        Attempt {
            name: "parent of the root",
            setup: no_setup,
            path: |_| "../outside/secret.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "dot-dot after a folder",
            setup: no_setup,
            path: |_| "specs/../../outside/secret.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "dot-dot from a feature",
            setup: no_setup,
            path: |_| "specs/001-a/../../../outside/secret.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "current-folder prefix",
            setup: no_setup,
            path: |_| "./../outside/secret.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "dot-dot through a file",
            setup: no_setup,
            path: |_| "specs/001-a/plan.md/../../../../outside/secret.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "into the prefix-sharing sibling",
            setup: no_setup,
            path: |_| "../repo-evil/x.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "absolute system file",
            setup: no_setup,
            path: |_| "/etc/passwd".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "absolute path outside",
            setup: no_setup,
            path: |s| s.base.join("outside/secret.md"),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "absolute path through the root",
            setup: no_setup,
            path: |s| s.root.join("../outside/secret.md"),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "absolute prefix-sharing sibling",
            setup: no_setup,
            path: |s| s.base.join("repo-evil/x.md"),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "absolute through /proc",
            setup: no_setup,
            path: |s| {
                Path::new("/proc/self/root")
                    .join(s.base.strip_prefix("/").unwrap())
                    .join("outside/secret.md")
            },
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "fifty dot-dots",
            setup: no_setup,
            path: |_| format!("{}etc/passwd", "../".repeat(50)).into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "very long path climbing out",
            setup: no_setup,
            path: |_| format!("{}{}outside/secret.md", "a/".repeat(3000), "../".repeat(3001)).into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "file symlink, absolute target",
            setup: |s| s.link("specs/001-a/abs.md", s.base.join("outside/secret.md")),
            path: |_| "specs/001-a/abs.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "file symlink, relative target",
            setup: |s| s.link("specs/001-a/rel.md", "../../../outside/secret.md"),
            path: |_| "specs/001-a/rel.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "symlinked folder, existing file",
            setup: |s| s.link("specs/002-out", s.base.join("outside")),
            path: |_| "specs/002-out/secret.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "symlinked folder, new file",
            setup: |s| s.link("specs/003-out", s.base.join("outside")),
            path: |_| "specs/003-out/created.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "symlinked parent of the specs folder",
            setup: |s| s.link("docs", s.base.join("outside")),
            path: |_| "docs/secret.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "symlink chain",
            setup: |s| {
                s.link("specs/chain1.md", "chain2.md");
                s.link("specs/chain2.md", s.base.join("outside/secret.md"));
            },
            path: |_| "specs/chain1.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "dangling symlink to a new file outside",
            setup: |s| s.link("specs/001-a/dangling.md", s.base.join("outside/not-yet.md")),
            path: |_| "specs/001-a/dangling.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "symlink to the root's parent",
            setup: |s| s.link("specs/up", "../.."),
            path: |_| "specs/up/outside/secret.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "symlink to /",
            setup: |s| s.link("specs/slash", "/"),
            path: |_| "specs/slash/etc/passwd".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "symlink to the root, then dot-dot",
            setup: |s| s.link("specs/self", ".."),
            path: |_| "specs/self/../outside/secret.md".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "symlink to /proc/self/cwd",
            setup: |s| s.link("specs/cwd", "/proc/self/cwd"),
            path: |_| "specs/cwd/Cargo.toml".into(),
            refusal: Refusal::Outside,
        },
        Attempt {
            name: "symlink loop",
            setup: |s| {
                s.link("specs/loop1", "loop2");
                s.link("specs/loop2", "loop1");
            },
            path: |_| "specs/loop1/x.md".into(),
            refusal: Refusal::Loop,
        },
        Attempt {
            name: "self-referencing symlink",
            setup: |s| s.link("specs/me", "me"),
            path: |_| "specs/me".into(),
            refusal: Refusal::Loop,
        },
        Attempt {
            name: "over-long name",
            setup: no_setup,
            path: |_| format!("specs/{}.md", "n".repeat(300)).into(),
            refusal: Refusal::NameTooLong,
        },
        Attempt {
            name: "NUL byte hiding a climb",
            setup: no_setup,
            path: |_| "specs/x\0/../../../outside/secret.md".into(),
            refusal: Refusal::Nul,
        },
        Attempt {
            name: "NUL byte in a name",
            setup: no_setup,
            path: |_| "specs/001-a/plan.md\0.txt".into(),
            refusal: Refusal::Nul,
        },
    ]
}

/// Every store operation that takes a path, each must refuse.
fn operations(store: &Store, path: &Path) -> Vec<(&'static str, Result<(), CoreError>)> {
    vec![
        ("resolve", store.resolve(path).map(drop)),
        ("read", store.read(path).map(drop)),
        (
            "write(Any)",
            store.write(path, "PWNED\n", Expected::Any).map(drop),
        ),
        (
            "write(Absent)",
            store.write(path, "PWNED\n", Expected::Absent).map(drop),
        ),
        (
            "write(Hash)",
            store
                .write(
                    path,
                    "PWNED\n",
                    Expected::Hash(specdesk_core::store::content_hash(b"SECRET\n")),
                )
                .map(drop),
        ),
        (
            "create_dir_all",
            store.create_dir_all(&path.join("sub")).map(drop),
        ),
        (
            "clean_stale_temp_files",
            store
                .clean_stale_temp_files(path.parent().unwrap_or(path))
                .map(drop),
        ),
    ]
}

#[test]
fn escapes_are_refused_with_a_clear_error_and_nothing_outside_changes() {
    let all = attempts();
    assert!(all.len() >= 20, "only {} attempts", all.len());
    let mut failures = Vec::new();
    for attempt in &all {
        let sandbox = Sandbox::new();
        (attempt.setup)(&sandbox);
        let before = sandbox.outside_state();
        let path = (attempt.path)(&sandbox);
        for (op, result) in operations(&sandbox.store, &path) {
            // `clean_stale_temp_files` gets the parent folder, which for some attempts is
            // legitimately inside; only what happens outside matters there.
            if op == "clean_stale_temp_files" {
                continue;
            }
            match result {
                Ok(()) => failures.push(format!("[{}] {op} succeeded", attempt.name)),
                Err(e) if !attempt.refusal.accepts(&e) => failures.push(format!(
                    "[{}] {op}: expected {:?}, got {} ({e:?})",
                    attempt.name, attempt.refusal, e
                )),
                Err(_) => {}
            }
        }
        let after = sandbox.outside_state();
        if before != after {
            failures.push(format!(
                "[{}] the outside changed: {before:?} -> {after:?}",
                attempt.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    println!("{} escape attempts × 6 operations refused", all.len());
}

#[test]
fn cleaning_temp_files_never_reaches_outside() {
    let sandbox = Sandbox::new();
    sandbox.link("specs/002-out", sandbox.base.join("outside"));
    sandbox.link("specs/up", "../..");
    let before = sandbox.outside_state();
    for dir in ["specs/002-out", "specs/up", "..", "specs/up/outside"] {
        let err = sandbox.store.clean_stale_temp_files(Path::new(dir)).unwrap_err();
        assert!(Refusal::Outside.accepts(&err), "{dir}: {err:?}");
    }
    // Cleaning the whole repository does not follow the symlinked folders out.
    sandbox.store.clean_stale_temp_files(Path::new("")).unwrap();
    assert_eq!(before, sandbox.outside_state());
}

#[test]
fn unicode_look_alikes_and_odd_spellings_stay_inside() {
    let names = [
        "\u{2025}/outside/secret.md",         // two dot leader
        "\u{FF0E}\u{FF0E}/outside/secret.md", // fullwidth full stops
        "\u{2024}\u{2024}/outside/secret.md", // one dot leaders
        ".\u{200B}./outside/secret.md",       // zero-width space between the dots
        "..\u{2215}outside\u{2215}secret.md", // division slashes
        "..\u{FF0F}outside\u{FF0F}secret.md", // fullwidth solidus
        "%2e%2e/outside/secret.md",           // percent-encoded dots are just characters
        "..%2foutside%2fsecret.md",
        "..\\..\\outside\\secret.md", // backslashes are not separators here
        "~/outside/secret.md",
        "...\u{301}/secret.md", // combining accent on a dot
    ];
    let sandbox = Sandbox::new();
    let before = sandbox.outside_state();
    for name in names {
        let path = Path::new("specs").join(name);
        let resolved = sandbox.store.resolve(&path).unwrap();
        assert!(resolved.starts_with(&sandbox.root), "{name}: {resolved:?}");
        // Such a name may be created (it is an ordinary, if odd, file inside the repository).
        if let Some(parent) = path.parent() {
            sandbox.store.create_dir_all(parent).unwrap();
        }
        sandbox.store.write(&path, "odd\n", Expected::Absent).unwrap();
        assert_eq!(fs::read(sandbox.root.join(&path)).unwrap(), b"odd\n", "{name}");
    }
    assert_eq!(before, sandbox.outside_state());
}

#[test]
fn root_itself_is_not_a_file_to_write() {
    let sandbox = Sandbox::new();
    let before = sandbox.outside_state();
    for path in ["", ".", "specs/..", "specs/001-a/../.."] {
        let err = sandbox
            .store
            .write(Path::new(path), "x", Expected::Any)
            .unwrap_err();
        assert!(matches!(err, CoreError::IsADirectory { .. }), "{path:?}: {err:?}");
        let err = sandbox.store.read(Path::new(path)).unwrap_err();
        assert!(matches!(err, CoreError::IsADirectory { .. }), "{path:?}: {err:?}");
    }
    assert_eq!(before, sandbox.outside_state());
    assert_eq!(reliability_support::temp_files_below(&sandbox.base).len(), 1); // the planted one
}

#[test]
fn a_hard_link_to_an_outside_file_is_replaced_not_written_through() {
    // A hard link is the outside file itself (nothing in a path gives it away), but the atomic
    // replace swaps the link for a new file: the outside original keeps its content.
    let sandbox = Sandbox::new();
    let link = sandbox.root.join("specs/001-a/hard.md");
    fs::hard_link(sandbox.base.join("outside/secret.md"), &link).unwrap();
    let file = sandbox.store.read(Path::new("specs/001-a/hard.md")).unwrap();
    sandbox
        .store
        .write(
            Path::new("specs/001-a/hard.md"),
            "mine\n",
            Expected::Hash(file.hash),
        )
        .unwrap();
    assert_eq!(fs::read(&link).unwrap(), b"mine\n");
    assert_eq!(
        fs::read(sandbox.base.join("outside/secret.md")).unwrap(),
        b"SECRET\n"
    );
}
