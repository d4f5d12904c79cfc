//! Bad input: invalid UTF-8, binary, empty and oversized files, pipes, missing permissions, a
//! read-only file system and a full disk. Each must give a clear error (or, for the harmless
//! ones, a correct result), write nothing and leave the original file exactly as it was.
//!
//! Permission checks need a user without root's override: as root they run in a child process
//! under `setpriv` as `nobody`; without `setpriv` they are skipped with a notice. The file-system
//! checks mount a small tmpfs (root only); when mounting is not allowed they are skipped with a
//! notice.

#![cfg(unix)]

mod reliability_support;

use reliability_support::temp_files_below;
use specdesk_core::repo::Repository;
use specdesk_core::store::{content_hash, Expected, LineEnding, Store, MAX_FILE_BYTES};
use specdesk_core::watch::RepoWatcher;
use specdesk_core::CoreError;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

const PLAN: &str = "specs/001-a/plan.md";

/// A repository with one feature folder; `content` written as its plan.
fn repo_with(content: &[u8]) -> (tempfile::TempDir, Store, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("specs/001-a")).unwrap();
    let plan = tmp.path().join(PLAN);
    fs::write(&plan, content).unwrap();
    let store = Store::new(tmp.path()).unwrap();
    (tmp, store, plan)
}

/// Writing anything over `plan` must fail with `expected_kind`, leaving it byte-identical and
/// leaving no temporary file.
fn assert_write_refused(store: &Store, plan: &Path, expected: Expected, expected_kind: &str) {
    let before = fs::read(plan).ok();
    let err = store
        .write(Path::new(PLAN), "# Replacement\n", expected)
        .expect_err("the write must be refused");
    assert_eq!(err.kind(), expected_kind, "{err}");
    assert_eq!(fs::read(plan).ok(), before, "the original changed");
    assert!(temp_files_below(store.root()).is_empty(), "temp file left behind");
}

#[test]
fn invalid_utf8_is_refused_with_its_offset_and_kept() {
    let bytes = b"# Plan\n\nGood text, then a bad byte: \xff\xfe and more\n";
    let (_tmp, store, plan) = repo_with(bytes);
    let bad_at = bytes.iter().position(|b| *b == 0xff).unwrap();
    let err = store.read(Path::new(PLAN)).unwrap_err();
    assert!(
        matches!(err, CoreError::InvalidUtf8 { offset, .. } if offset == bad_at),
        "{err:?}"
    );
    // Mostly ASCII with two stray bytes: no UTF-8 sequence is valid, so it is text in some
    // legacy encoding (chardetng names one), not damaged UTF-8.
    assert!(err.to_string().contains("not UTF-8 (looks like "), "{err}");
    assert!(err.encoding().is_some(), "{err:?}");
    // The editor never got a hash of it, so a normal save can only conflict.
    assert_write_refused(&store, &plan, Expected::Hash(content_hash(b"other")), "conflict");
    assert_write_refused(&store, &plan, Expected::Absent, "conflict");
    // A truncated multi-byte character at the very end.
    fs::write(&plan, "ok é".as_bytes().split_last().unwrap().1).unwrap();
    let err = store.read(Path::new(PLAN)).unwrap_err();
    assert!(matches!(err, CoreError::InvalidUtf8 { offset: 3, .. }), "{err:?}");
}

#[test]
fn binary_and_utf16_files_are_refused_and_kept() {
    for bytes in [
        &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..],
        &b"text\0with one NUL\n"[..],
    ] {
        let (_tmp, store, plan) = repo_with(bytes);
        let err = store.read(Path::new(PLAN)).unwrap_err();
        assert!(matches!(err, CoreError::Binary { .. }), "{err:?}");
        assert!(err.to_string().contains("binary"), "{err}");
        assert_write_refused(&store, &plan, Expected::Absent, "conflict");
        assert_eq!(fs::read(&plan).unwrap(), bytes);
    }
}

#[test]
fn utf16_with_a_bom_is_text_in_another_encoding_and_kept() {
    let bytes = b"\xff\xfe#\0 \0P\0l\0a\0n\0";
    let (_tmp, store, plan) = repo_with(bytes);
    let err = store.read(Path::new(PLAN)).unwrap_err();
    assert!(
        matches!(&err, CoreError::InvalidUtf8 { encoding: Some(e), .. } if e == "UTF-16LE"),
        "{err:?}"
    );
    assert_write_refused(&store, &plan, Expected::Absent, "conflict");
    assert_write_refused(&store, &plan, Expected::Hash(content_hash(bytes)), "invalidUtf8");
    assert_write_refused(&store, &plan, Expected::Any, "invalidUtf8");
    assert_eq!(fs::read(&plan).unwrap(), bytes);
}

#[test]
fn text_the_store_could_not_read_back_is_not_written() {
    // An editor buffer holding a NUL would be saved, then refused as binary at the next open:
    // the user would be locked out of their own file.
    let (_tmp, store, plan) = repo_with(b"# Plan\n");
    let file = store.read(Path::new(PLAN)).unwrap();
    let err = store
        .write(
            Path::new(PLAN),
            "# Plan\n\0pasted\n",
            Expected::Hash(file.hash.clone()),
        )
        .unwrap_err();
    assert_eq!(err.kind(), "binary", "{err}");
    assert_eq!(fs::read(&plan).unwrap(), b"# Plan\n");
    assert!(temp_files_below(store.root()).is_empty());
    // Too large to read back: refused too.
    let huge = "x".repeat(MAX_FILE_BYTES as usize + 1);
    let err = store
        .write(Path::new(PLAN), &huge, Expected::Hash(file.hash))
        .unwrap_err();
    assert_eq!(err.kind(), "tooLarge", "{err}");
    assert_eq!(fs::read(&plan).unwrap(), b"# Plan\n");
    assert!(temp_files_below(store.root()).is_empty());
}

#[test]
fn empty_and_bom_only_files_read_and_round_trip() {
    for (bytes, bom) in [(&b""[..], false), (&b"\xef\xbb\xbf"[..], true)] {
        let (_tmp, store, plan) = repo_with(bytes);
        let file = store.read(Path::new(PLAN)).unwrap();
        assert_eq!(file.text, "");
        assert_eq!(file.bom, bom);
        assert_eq!(file.len, bytes.len() as u64);
        assert_eq!(file.line_ending, LineEnding::None);
        assert_eq!(file.hash, content_hash(bytes));
        let out = store
            .write(Path::new(PLAN), "", Expected::Hash(file.hash.clone()))
            .unwrap();
        assert_eq!(fs::read(&plan).unwrap(), bytes);
        assert_eq!(out.hash, file.hash);
    }
}

#[test]
fn the_size_limit_is_exact_and_oversized_files_are_kept() {
    let at_limit = vec![b'a'; MAX_FILE_BYTES as usize];
    let (_tmp, store, plan) = repo_with(&at_limit);
    let file = store.read(Path::new(PLAN)).unwrap();
    assert_eq!(file.len, MAX_FILE_BYTES);

    let mut over = at_limit;
    over.push(b'\n');
    fs::write(&plan, &over).unwrap();
    let err = store.read(Path::new(PLAN)).unwrap_err();
    assert!(
        matches!(err, CoreError::TooLarge { size, limit, .. } if size == MAX_FILE_BYTES + 1 && limit == MAX_FILE_BYTES),
        "{err:?}"
    );
    assert!(err.to_string().contains("over the"), "{err}");
    // Not even an explicit "keep mine" gets past a file the store cannot read.
    assert_write_refused(&store, &plan, Expected::Any, "tooLarge");
    assert_eq!(fs::read(&plan).unwrap().len(), over.len());
}

#[test]
fn a_folder_where_a_file_is_expected_is_refused() {
    let (_tmp, store, plan) = repo_with(b"");
    fs::remove_file(&plan).unwrap();
    fs::create_dir(&plan).unwrap();
    let err = store.read(Path::new(PLAN)).unwrap_err();
    assert!(matches!(err, CoreError::IsADirectory { .. }), "{err:?}");
    let err = store.write(Path::new(PLAN), "x", Expected::Any).unwrap_err();
    assert!(matches!(err, CoreError::IsADirectory { .. }), "{err:?}");
    assert!(plan.is_dir());
}

/// Run `f` on a thread; `None` when it did not finish within `limit` (it is left blocked).
fn within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(limit).ok()
}

/// Open the pipe and close it, releasing a reader blocked in `open` (opening read-write never
/// blocks on Linux).
fn release(pipe: &Path) {
    let _ = fs::OpenOptions::new().read(true).write(true).open(pipe);
}

fn make_fifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn a_named_pipe_is_refused_without_blocking() {
    let (tmp, store, plan) = repo_with(b"");
    fs::remove_file(&plan).unwrap();
    if !make_fifo(&plan) {
        println!("skipping: mkfifo is not available");
        return;
    }
    // Also through a symlink (which the repository scan lists as a document).
    std::os::unix::fs::symlink("plan.md", tmp.path().join("specs/001-a/tasks.md")).unwrap();
    for rel in [PLAN, "specs/001-a/tasks.md"] {
        let reader = store.clone();
        let read = within(Duration::from_secs(5), move || {
            reader.read(Path::new(rel)).map(drop)
        });
        let writer = store.clone();
        let write = within(Duration::from_secs(5), move || {
            writer.write(Path::new(rel), "x", Expected::Any).map(drop)
        });
        release(&plan);
        release(&plan);
        let read = read.unwrap_or_else(|| panic!("{rel}: read blocked on a pipe"));
        let write = write.unwrap_or_else(|| panic!("{rel}: write blocked on a pipe"));
        for result in [read, write] {
            let err = result.expect_err("a pipe is not a text file");
            assert!(err.to_string().contains("not a regular file"), "{rel}: {err}");
        }
    }
    assert!(fs::symlink_metadata(&plan).unwrap().file_type().is_fifo_like());
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}

#[test]
fn the_watcher_does_not_block_on_a_pipe_posing_as_a_document() {
    let tmp = tempfile::tempdir().unwrap();
    let feature = tmp.path().join("specs/001-a");
    fs::create_dir_all(&feature).unwrap();
    if !make_fifo(&feature.join("pipe")) {
        println!("skipping: mkfifo is not available");
        return;
    }
    std::os::unix::fs::symlink("pipe", feature.join("plan.md")).unwrap();
    let repo = Repository::scan(fs::canonicalize(tmp.path()).unwrap()).unwrap();
    assert!(repo
        .features()
        .any(|f| f.documents.iter().any(|d| d.name == "plan.md")));
    let root = tmp.path().to_path_buf();
    let started = within(Duration::from_secs(5), move || {
        RepoWatcher::start(&root, Default::default(), |_| {}).map(|w| w.document_hash("specs/001-a/plan.md"))
    });
    release(&feature.join("pipe"));
    let hash = started
        .expect("RepoWatcher::start blocked on a pipe")
        .expect("the watcher starts");
    assert!(
        hash.is_some_and(|h| h.starts_with("unreadable")),
        "a pipe has no content hash"
    );
}

#[test]
fn read_only_files_are_refused_even_for_root_and_kept() {
    let (_tmp, store, plan) = repo_with(b"# Frozen\n");
    fs::set_permissions(&plan, fs::Permissions::from_mode(0o444)).unwrap();
    let file = store.read(Path::new(PLAN)).unwrap();
    assert_write_refused(&store, &plan, Expected::Hash(file.hash), "permissionDenied");
    assert_write_refused(&store, &plan, Expected::Any, "permissionDenied");
    assert_eq!(fs::metadata(&plan).unwrap().permissions().mode() & 0o777, 0o444);
}

// ---------------------------------------------------------------------------------------------
// Permissions, checked by a process that is not root.

/// Environment variable telling the child entry point which repository to probe.
const PROBE_ENV: &str = "SPECDESK_PERMISSION_PROBE_ROOT";

/// The permission cases: a file path inside the probe repository, what to do, what must come out.
const PROBES: &[(&str, &str, &str)] = &[
    ("specs/001-a/unreadable.md", "read", "permissionDenied"),
    ("specs/001-a/unreadable.md", "write-any", "permissionDenied"),
    ("specs/002-locked/plan.md", "read", "ok"),
    ("specs/002-locked/plan.md", "write-hash", "permissionDenied"),
    ("specs/002-locked/new.md", "write-absent", "permissionDenied"),
    ("specs/003-closed/plan.md", "read", "permissionDenied"),
    ("specs/003-closed/plan.md", "write-any", "permissionDenied"),
    ("specs/001-a/readonly.md", "write-any", "permissionDenied"),
];

/// Entry point of the child process (does nothing in a normal test run): performs every probe
/// as the current (unprivileged) user and prints one `PROBE <index> <kind>` line per probe.
#[test]
fn child_process_entry_for_permission_probes() {
    let Some(root) = std::env::var_os(PROBE_ENV) else {
        return;
    };
    let store = Store::new(Path::new(&root)).expect("the probe repository opens");
    for (i, (rel, op, _)) in PROBES.iter().enumerate() {
        let path = Path::new(rel);
        let result = match *op {
            "read" => store.read(path).map(drop),
            "write-any" => store.write(path, "pwned\n", Expected::Any).map(drop),
            "write-hash" => {
                let hash = content_hash(&fs::read(Path::new(&root).join(rel)).unwrap_or_default());
                store.write(path, "pwned\n", Expected::Hash(hash)).map(drop)
            }
            "write-absent" => store.write(path, "pwned\n", Expected::Absent).map(drop),
            other => panic!("unknown probe {other}"),
        };
        let kind = result.map_or_else(|e| format!("{} {e}", e.kind()), |()| "ok".to_string());
        println!("PROBE {i} {kind}");
    }
}

fn running_as_root() -> bool {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

#[test]
fn missing_permissions_give_a_clear_error_and_change_nothing() {
    if !running_as_root() {
        println!("notice: not root; the unprivileged probes run as this user");
    } else if Command::new("setpriv").arg("--version").output().is_err() {
        println!("skipping: running as root and setpriv is not available to drop privileges");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path();
    let root = base.join("repo");
    let dirs = ["specs/001-a", "specs/002-locked", "specs/003-closed"];
    for dir in dirs {
        fs::create_dir_all(root.join(dir)).unwrap();
    }
    let files = [
        ("specs/001-a/unreadable.md", 0o000),
        ("specs/001-a/readonly.md", 0o444),
        ("specs/002-locked/plan.md", 0o666),
        ("specs/003-closed/plan.md", 0o666),
    ];
    for (rel, mode) in files {
        fs::write(root.join(rel), format!("original {rel}\n")).unwrap();
        fs::set_permissions(root.join(rel), fs::Permissions::from_mode(mode)).unwrap();
    }
    for dir in [
        base,
        root.as_path(),
        &root.join("specs"),
        &root.join("specs/001-a"),
    ] {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).unwrap();
    }
    fs::set_permissions(root.join("specs/002-locked"), fs::Permissions::from_mode(0o555)).unwrap();
    fs::set_permissions(root.join("specs/003-closed"), fs::Permissions::from_mode(0o000)).unwrap();

    let output = if running_as_root() {
        // The test binary lives under /root, which `nobody` cannot enter: run a copy.
        let exe = base.join("probe");
        fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
        fs::set_permissions(&exe, fs::Permissions::from_mode(0o755)).unwrap();
        Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&exe)
            .args([
                "--exact",
                "child_process_entry_for_permission_probes",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(PROBE_ENV, &root)
            .output()
            .unwrap()
    } else {
        Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "child_process_entry_for_permission_probes",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(PROBE_ENV, &root)
            .output()
            .unwrap()
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut failures = Vec::new();
    for (i, (rel, op, expected)) in PROBES.iter().enumerate() {
        let tag = format!("PROBE {i} ");
        let line = stdout
            .lines()
            .find_map(|l| l.find(&tag).map(|at| &l[at + tag.len()..]));
        match line {
            None => failures.push(format!("{rel} {op}: no answer")),
            Some(line) if line.split_whitespace().next() != Some(*expected) => {
                failures.push(format!("{rel} {op}: expected {expected}, got {line}"))
            }
            Some(_) => {}
        }
    }
    // Root can look again: every file is exactly as written, and nothing else appeared.
    fs::set_permissions(root.join("specs/003-closed"), fs::Permissions::from_mode(0o755)).unwrap();
    for (rel, _) in files {
        let now = fs::read_to_string(root.join(rel)).unwrap();
        if now != format!("original {rel}\n") {
            failures.push(format!("{rel} changed: {now:?}"));
        }
    }
    if root.join("specs/002-locked/new.md").exists() {
        failures.push("new.md was created in a read-only folder".into());
    }
    if !temp_files_below(&root).is_empty() {
        failures.push(format!("temp files left: {:?}", temp_files_below(&root)));
    }
    assert!(
        failures.is_empty(),
        "{}\nchild stdout:\n{stdout}\nchild stderr:\n{}",
        failures.join("\n"),
        String::from_utf8_lossy(&output.stderr)
    );
}

// ---------------------------------------------------------------------------------------------
// A read-only file system and a full disk, on a small tmpfs.

/// A tmpfs mounted on a temp folder for one test, unmounted when dropped.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// `None` (with a notice) when mounting is not allowed here.
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().ok()?;
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0755"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status();
        if status.is_ok_and(|s| s.success()) {
            Some(Tmpfs { dir })
        } else {
            println!("skipping: cannot mount a tmpfs here (needs root and mount permission)");
            None
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount_read_only(&self) {
        let status = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.path())
            .status()
            .unwrap();
        assert!(status.success(), "remount read-only failed");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(self.dir.path()).status();
    }
}

#[test]
fn a_read_only_file_system_gives_a_clear_error_and_keeps_the_file() {
    let Some(fs_) = Tmpfs::mount("1m") else {
        return;
    };
    fs::create_dir_all(fs_.path().join("specs/001-a")).unwrap();
    fs::write(fs_.path().join(PLAN), "# On a disk that turns read-only\n").unwrap();
    fs_.remount_read_only();
    let store = Store::new(fs_.path()).unwrap();
    let file = store.read(Path::new(PLAN)).unwrap();
    let plan = fs_.path().join(PLAN);
    for expected in [Expected::Hash(file.hash.clone()), Expected::Any] {
        let err = store.write(Path::new(PLAN), "# Changed\n", expected).unwrap_err();
        assert!(err.to_string().contains("Read-only file system"), "{err}");
    }
    let err = store
        .write(Path::new("specs/001-a/new.md"), "x", Expected::Absent)
        .unwrap_err();
    assert!(err.to_string().contains("Read-only file system"), "{err}");
    assert_eq!(
        fs::read_to_string(&plan).unwrap(),
        "# On a disk that turns read-only\n"
    );
    assert!(temp_files_below(fs_.path()).is_empty());
}

#[test]
fn a_full_disk_gives_a_clear_error_and_keeps_the_file() {
    let Some(fs_) = Tmpfs::mount("64k") else {
        return;
    };
    fs::create_dir_all(fs_.path().join("specs/001-a")).unwrap();
    let plan = fs_.path().join(PLAN);
    let original = format!("# Plan\n\n{}\n", "original line\n".repeat(2800)); // ~40 KB
    fs::write(&plan, &original).unwrap();
    let store = Store::new(fs_.path()).unwrap();
    let file = store.read(Path::new(PLAN)).unwrap();

    // The new version does not fit next to the old one.
    let bigger = original.replace("original", "replaced");
    let err = store
        .write(Path::new(PLAN), &bigger, Expected::Hash(file.hash.clone()))
        .unwrap_err();
    assert!(err.to_string().contains("No space left on device"), "{err}");
    assert_eq!(fs::read_to_string(&plan).unwrap(), original);
    assert!(
        temp_files_below(fs_.path()).is_empty(),
        "temp file left on a full disk"
    );

    // Fill the disk to the last byte: even a one-byte change cannot be made, and nothing is lost.
    let filler = fs_.path().join("filler");
    let mut chunk = vec![b'f'; 4096];
    let mut out = fs::File::create(&filler).unwrap();
    while std::io::Write::write_all(&mut out, &chunk).is_ok() {}
    chunk.truncate(1);
    while std::io::Write::write_all(&mut out, &chunk).is_ok() {}
    drop(out);
    let small = original.replacen("# Plan", "# Plan!", 1);
    let err = store
        .write(Path::new(PLAN), &small, Expected::Hash(file.hash.clone()))
        .unwrap_err();
    assert!(err.to_string().contains("No space left on device"), "{err}");
    let err = store
        .write(Path::new("specs/001-a/new.md"), "# New\n", Expected::Absent)
        .unwrap_err();
    assert!(err.to_string().contains("No space left on device"), "{err}");
    assert_eq!(fs::read_to_string(&plan).unwrap(), original);
    assert!(!fs_.path().join("specs/001-a/new.md").exists());
    assert!(temp_files_below(fs_.path()).is_empty());

    // Space freed: a save that fits beside the old version goes through.
    fs::remove_file(&filler).unwrap();
    let shorter = format!("# Plan\n\n{}\n", "replaced line\n".repeat(1000));
    store
        .write(Path::new(PLAN), &shorter, Expected::Hash(file.hash))
        .unwrap();
    assert_eq!(fs::read_to_string(&plan).unwrap(), shorter);
}
