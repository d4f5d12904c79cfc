//! Integration tests of `specdesk_core::store` on real temporary directories.

use specdesk_core::store::{content_hash, Expected, LineEnding, Store, MAX_FILE_BYTES, TEMP_PREFIX};
use specdesk_core::CoreError;
use std::fs;
use std::path::{Path, PathBuf};

const PLAN: &str = "specs/001-a/plan.md";

/// A temp repo with `specs/001-a/plan.md` containing `content`.
fn repo_with_plan(content: &[u8]) -> (tempfile::TempDir, Store) {
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("specs/001-a")).unwrap();
    fs::write(tmp.path().join(PLAN), content).unwrap();
    let store = Store::new(tmp.path()).unwrap();
    (tmp, store)
}

fn temp_files_in(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in walk(dir) {
        if entry
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with(TEMP_PREFIX)
        {
            found.push(entry);
        }
    }
    found
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if entry.file_type().unwrap().is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn read_reports_text_hash_and_format() {
    let raw = "# Plan\r\n\r\nBody ü\r\n";
    let (_tmp, store) = repo_with_plan(raw.as_bytes());
    let file = store.read(Path::new(PLAN)).unwrap();
    assert_eq!(file.text, raw);
    assert_eq!(file.hash, content_hash(raw.as_bytes()));
    assert!(!file.bom);
    assert_eq!(file.line_ending, LineEnding::Crlf);
    assert_eq!(file.len, raw.len() as u64);
    let json = serde_json::to_value(&file).unwrap();
    assert_eq!(json["lineEnding"], "crlf");
    assert_eq!(json["hash"], file.hash);
}

#[test]
fn cas_write_succeeds_on_matching_hash_and_conflicts_otherwise() {
    let (tmp, store) = repo_with_plan(b"one\n");
    let first = store.read(Path::new(PLAN)).unwrap();
    let outcome = store
        .write(Path::new(PLAN), "two\n", Expected::Hash(first.hash.clone()))
        .unwrap();
    assert_eq!(outcome.hash, content_hash(b"two\n"));
    assert_eq!(outcome.bytes, 4);
    assert_eq!(fs::read(tmp.path().join(PLAN)).unwrap(), b"two\n");

    // Someone else changes the file; a write based on the old hash must not land.
    fs::write(tmp.path().join(PLAN), "theirs\n").unwrap();
    let err = store
        .write(Path::new(PLAN), "mine\n", Expected::Hash(outcome.hash))
        .unwrap_err();
    match err {
        CoreError::Conflict {
            disk_text, disk_hash, ..
        } => {
            assert_eq!(disk_text.as_deref(), Some("theirs\n"));
            assert_eq!(disk_hash, Some(content_hash(b"theirs\n")));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(fs::read(tmp.path().join(PLAN)).unwrap(), b"theirs\n");
    assert!(temp_files_in(tmp.path()).is_empty());
}

#[test]
fn cas_write_on_a_deleted_file_is_a_conflict_without_disk_text() {
    let (tmp, store) = repo_with_plan(b"one\n");
    let first = store.read(Path::new(PLAN)).unwrap();
    fs::remove_file(tmp.path().join(PLAN)).unwrap();
    let err = store
        .write(Path::new(PLAN), "mine\n", Expected::Hash(first.hash))
        .unwrap_err();
    assert!(
        matches!(
            err,
            CoreError::Conflict {
                disk_text: None,
                disk_hash: None,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(!tmp.path().join(PLAN).exists());
}

#[test]
fn absent_creates_only_new_files_and_any_overwrites() {
    let (tmp, store) = repo_with_plan(b"existing\n");
    let err = store
        .write(Path::new(PLAN), "new\n", Expected::Absent)
        .unwrap_err();
    assert!(
        matches!(&err, CoreError::Conflict { disk_text: Some(t), .. } if t == "existing\n"),
        "{err:?}"
    );
    assert_eq!(fs::read(tmp.path().join(PLAN)).unwrap(), b"existing\n");

    let created = store
        .write(Path::new("specs/001-a/spec.md"), "# Spec\n", Expected::Absent)
        .unwrap();
    assert_eq!(created.hash, content_hash(b"# Spec\n"));
    assert_eq!(
        fs::read(tmp.path().join("specs/001-a/spec.md")).unwrap(),
        b"# Spec\n"
    );

    store
        .write(Path::new(PLAN), "keep mine\n", Expected::Any)
        .unwrap();
    assert_eq!(fs::read(tmp.path().join(PLAN)).unwrap(), b"keep mine\n");
    // Any also creates.
    store
        .write(Path::new("specs/001-a/tasks.md"), "- [ ] T1\n", Expected::Any)
        .unwrap();
    assert!(tmp.path().join("specs/001-a/tasks.md").is_file());
    assert!(temp_files_in(tmp.path()).is_empty());
}

#[test]
fn write_into_a_missing_folder_is_not_found() {
    let (_tmp, store) = repo_with_plan(b"x");
    let err = store
        .write(Path::new("specs/009-none/plan.md"), "x", Expected::Absent)
        .unwrap_err();
    assert!(matches!(err, CoreError::NotFound { .. }), "{err:?}");
    store
        .create_dir_all(Path::new("specs/009-none/checklists"))
        .unwrap();
    store
        .write(Path::new("specs/009-none/plan.md"), "x", Expected::Absent)
        .unwrap();
}

#[test]
fn bom_and_crlf_are_kept_when_the_editor_normalised_them_away() {
    let raw = "\u{FEFF}# Plan\r\n\r\n- a\r\n";
    let (tmp, store) = repo_with_plan(raw.as_bytes());
    let file = store.read(Path::new(PLAN)).unwrap();
    assert!(file.bom);
    assert_eq!(file.text, "# Plan\r\n\r\n- a\r\n");
    // The editor hands back LF text without the BOM.
    let edited = "# Plan\n\n- a\n- b\n";
    let outcome = store
        .write(Path::new(PLAN), edited, Expected::Hash(file.hash))
        .unwrap();
    let expected = "\u{FEFF}# Plan\r\n\r\n- a\r\n- b\r\n";
    assert_eq!(fs::read(tmp.path().join(PLAN)).unwrap(), expected.as_bytes());
    assert_eq!(outcome.hash, content_hash(expected.as_bytes()));
}

#[test]
fn unchanged_text_round_trips_byte_for_byte() {
    let samples: &[&[u8]] = &[
        b"plain\nlf\n",
        b"crlf\r\nonly\r\n",
        b"mixed\r\nlines\nhere\r\n",
        "\u{FEFF}bom\r\n".as_bytes(),
        b"no newline at end",
        b"",
        b"lone\rcr\n",
    ];
    for sample in samples {
        let (tmp, store) = repo_with_plan(sample);
        let file = store.read(Path::new(PLAN)).unwrap();
        let outcome = store
            .write(Path::new(PLAN), &file.text, Expected::Hash(file.hash.clone()))
            .unwrap();
        assert_eq!(fs::read(tmp.path().join(PLAN)).unwrap(), *sample, "{sample:?}");
        assert_eq!(outcome.hash, file.hash);
    }
}

#[cfg(unix)]
#[test]
fn permissions_survive_the_atomic_replace() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, store) = repo_with_plan(b"x\n");
    let path = tmp.path().join(PLAN);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    let file = store.read(Path::new(PLAN)).unwrap();
    store
        .write(Path::new(PLAN), "y\n", Expected::Hash(file.hash))
        .unwrap();
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode, 0o640);
}

#[cfg(unix)]
#[test]
fn read_only_files_are_not_replaced() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, store) = repo_with_plan(b"x\n");
    let path = tmp.path().join(PLAN);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let err = store.write(Path::new(PLAN), "y\n", Expected::Any).unwrap_err();
    assert!(matches!(err, CoreError::PermissionDenied { .. }), "{err:?}");
    assert_eq!(fs::read(&path).unwrap(), b"x\n");
}

#[cfg(unix)]
#[test]
fn symlink_inside_the_repo_is_written_through() {
    let (tmp, store) = repo_with_plan(b"target\n");
    let link = tmp.path().join("specs/001-a/linked.md");
    std::os::unix::fs::symlink("plan.md", &link).unwrap();
    let file = store.read(Path::new("specs/001-a/linked.md")).unwrap();
    assert_eq!(file.text, "target\n");
    store
        .write(
            Path::new("specs/001-a/linked.md"),
            "through\n",
            Expected::Hash(file.hash),
        )
        .unwrap();
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(fs::read(tmp.path().join(PLAN)).unwrap(), b"through\n");
    assert_eq!(
        store.resolve(Path::new("specs/001-a/linked.md")).unwrap(),
        store.root().join(PLAN)
    );
}

#[cfg(unix)]
#[test]
fn symlinks_leading_out_of_the_repo_are_refused() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.md"), "secret").unwrap();
    let (tmp, store) = repo_with_plan(b"x");
    let specs = tmp.path().join("specs");
    std::os::unix::fs::symlink(outside.path().join("secret.md"), specs.join("file-link.md")).unwrap();
    std::os::unix::fs::symlink(outside.path(), specs.join("dir-link")).unwrap();
    std::os::unix::fs::symlink("../../..", specs.join("001-a/up")).unwrap();
    for p in [
        "specs/file-link.md",
        "specs/dir-link/secret.md",
        "specs/dir-link/new.md",
        "specs/001-a/up/etc/passwd",
    ] {
        let read = store.read(Path::new(p)).unwrap_err();
        assert!(matches!(read, CoreError::OutsideRepo { .. }), "{p}: {read:?}");
        let write = store.write(Path::new(p), "pwned", Expected::Any).unwrap_err();
        assert!(matches!(write, CoreError::OutsideRepo { .. }), "{p}: {write:?}");
    }
    assert_eq!(fs::read(outside.path().join("secret.md")).unwrap(), b"secret");
    assert!(!outside.path().join("new.md").exists());
    let err = store.create_dir_all(Path::new("specs/dir-link/sub")).unwrap_err();
    assert!(matches!(err, CoreError::OutsideRepo { .. }), "{err:?}");
}

#[test]
fn dot_dot_escapes_and_foreign_absolute_paths_are_refused() {
    let (tmp, store) = repo_with_plan(b"x");
    let sibling = tmp.path().parent().unwrap().join("elsewhere.md");
    for p in [
        PathBuf::from("../elsewhere.md"),
        PathBuf::from("specs/../../elsewhere.md"),
        sibling.clone(),
        PathBuf::from("/etc/hostname"),
    ] {
        let err = store.read(&p).unwrap_err();
        assert!(matches!(err, CoreError::OutsideRepo { .. }), "{p:?}: {err:?}");
        let err = store.write(&p, "x", Expected::Any).unwrap_err();
        assert!(matches!(err, CoreError::OutsideRepo { .. }), "{p:?}: {err:?}");
    }
    assert!(!sibling.exists());
    // Inside after normalisation is fine, absolute or relative.
    assert_eq!(
        store
            .read(Path::new("specs/001-a/../001-a/plan.md"))
            .unwrap()
            .text,
        "x"
    );
    assert_eq!(store.read(&store.root().join(PLAN)).unwrap().text, "x");
}

#[test]
fn unreadable_content_gets_the_right_error() {
    let (tmp, store) = repo_with_plan(b"x");
    let dir = tmp.path().join("specs/001-a");
    fs::write(dir.join("latin1.md"), b"caf\xe9 au lait").unwrap();
    fs::write(dir.join("image.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let big = fs::File::create(dir.join("huge.md")).unwrap();
    big.set_len(MAX_FILE_BYTES + 1).unwrap();
    drop(big);

    let err = store.read(Path::new("specs/001-a/latin1.md")).unwrap_err();
    assert!(matches!(err, CoreError::InvalidUtf8 { offset: 3, .. }), "{err:?}");
    let err = store.read(Path::new("specs/001-a/image.png")).unwrap_err();
    assert!(matches!(err, CoreError::Binary { .. }), "{err:?}");
    let err = store.read(Path::new("specs/001-a/huge.md")).unwrap_err();
    assert!(
        matches!(err, CoreError::TooLarge { size, limit, .. } if size == MAX_FILE_BYTES + 1 && limit == MAX_FILE_BYTES),
        "{err:?}"
    );
    let err = store.read(Path::new("specs/001-a/missing.md")).unwrap_err();
    assert!(matches!(err, CoreError::NotFound { .. }), "{err:?}");
    let err = store.read(Path::new("specs/001-a")).unwrap_err();
    assert!(matches!(err, CoreError::IsADirectory { .. }), "{err:?}");
    assert_eq!(err.kind(), "isADirectory");
    let err = store
        .write(Path::new("specs/001-a"), "x", Expected::Any)
        .unwrap_err();
    assert!(matches!(err, CoreError::IsADirectory { .. }), "{err:?}");

    // Writing more than the limit is refused too, and leaves nothing behind.
    let too_much = "a".repeat(MAX_FILE_BYTES as usize + 1);
    let err = store
        .write(Path::new("specs/001-a/new.md"), &too_much, Expected::Absent)
        .unwrap_err();
    assert!(matches!(err, CoreError::TooLarge { .. }), "{err:?}");
    assert!(!dir.join("new.md").exists());
    assert!(temp_files_in(tmp.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn permission_denied_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, store) = repo_with_plan(b"x");
    let locked = tmp.path().join("specs/001-a");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let privileged = fs::read_dir(&locked).is_ok();
    if privileged {
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
        println!("skipping: running with privileges that ignore permissions (root); can't provoke permission denied");
        return;
    }
    let read = store.read(Path::new(PLAN));
    let write = store.write(Path::new(PLAN), "y", Expected::Any);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
    assert!(
        matches!(read, Err(CoreError::PermissionDenied { .. })),
        "{read:?}"
    );
    assert!(
        matches!(write, Err(CoreError::PermissionDenied { .. })),
        "{write:?}"
    );
}

#[test]
fn stale_temp_files_are_cleaned_and_fresh_ones_kept() {
    let (tmp, store) = repo_with_plan(b"x");
    let dir = tmp.path().join("specs/001-a");
    fs::create_dir_all(dir.join("checklists")).unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for p in [
        dir.join(format!("{TEMP_PREFIX}abc.tmp")),
        dir.join(format!("checklists/{TEMP_PREFIX}def.tmp")),
    ] {
        let f = fs::File::create(&p).unwrap();
        f.set_modified(old).unwrap();
    }
    let fresh = dir.join(format!("{TEMP_PREFIX}inflight.tmp"));
    fs::write(&fresh, "writing").unwrap();
    fs::write(dir.join("notes.tmp"), "not ours").unwrap();

    assert_eq!(store.clean_stale_temp_files(Path::new("specs")).unwrap(), 2);
    assert_eq!(temp_files_in(tmp.path()), vec![fresh]);
    assert!(dir.join("notes.tmp").exists());
    assert!(dir.join("plan.md").exists());
}

#[test]
fn own_writes_are_recorded_for_the_watcher() {
    let (_tmp, store) = repo_with_plan(b"x");
    let own = store.own_writes();
    let outcome = store.write(Path::new(PLAN), "y", Expected::Any).unwrap();
    let abs = store.root().join(PLAN);
    assert!(!own.is_echo(&abs, &content_hash(b"x")));
    assert!(own.is_echo(&abs, &outcome.hash));
}

#[test]
fn store_is_send_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Store>();
    let (_tmp, store) = repo_with_plan(b"x");
    let clone = store.clone();
    let handle = std::thread::spawn(move || clone.read(Path::new(PLAN)).map(|f| f.text));
    assert_eq!(handle.join().unwrap().unwrap(), "x");
    assert_eq!(store.root(), fs::canonicalize(store.root()).unwrap());
}

#[test]
fn new_store_on_a_file_or_missing_path_fails() {
    let (tmp, _store) = repo_with_plan(b"x");
    assert!(matches!(
        Store::new(&tmp.path().join(PLAN)),
        Err(CoreError::NotADirectory { .. })
    ));
    assert!(matches!(
        Store::new(&tmp.path().join("nope")),
        Err(CoreError::NotFound { .. })
    ));
}

mod roundtrip_property {
    use super::*;
    use proptest::prelude::*;

    fn line_ending() -> impl Strategy<Value = &'static str> {
        prop_oneof![Just("\n"), Just("\r\n"), Just("\r")]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]
        /// Whatever mix of BOM and line endings a file has, read → write of the same text gives
        /// identical bytes.
        #[test]
        fn read_then_write_is_identity(
            bom in any::<bool>(),
            lines in proptest::collection::vec(("[a-zé #*\\-\\[\\]]{0,12}", line_ending()), 0..8),
            tail in "[a-z]{0,4}",
        ) {
            let mut raw = String::new();
            if bom { raw.push('\u{FEFF}'); }
            for (text, end) in &lines { raw.push_str(text); raw.push_str(end); }
            raw.push_str(&tail);
            let (tmp, store) = repo_with_plan(raw.as_bytes());
            let file = store.read(Path::new(PLAN)).unwrap();
            store.write(Path::new(PLAN), &file.text, Expected::Hash(file.hash)).unwrap();
            prop_assert_eq!(fs::read(tmp.path().join(PLAN)).unwrap(), raw.as_bytes());
        }
    }
}
