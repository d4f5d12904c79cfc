//! The local history store on real folders: dedup, retention bounds, the newest version never
//! lost, damaged blobs and index lines, concurrent writers, restore through the store's
//! compare-and-swap write, the watcher hook and wholesale-replacement detection.

use specdesk_core::history::{detect_replacement, HistoryStore, ReplacementReason, Retention, VersionSource};
use specdesk_core::store::{Expected, Store};
use specdesk_core::template::Template;
use specdesk_core::watch::RepoChange;
use specdesk_core::CoreError;
use std::fs;
use std::path::Path;
use std::sync::{Arc, Barrier};
use std::thread;

const DAY_MS: i64 = 86_400_000;
const PLAN: &str = "specs/001-a/plan.md";
const SPEC: &str = "specs/001-a/spec.md";

struct Fixture {
    repo: tempfile::TempDir,
    data: tempfile::TempDir,
    store: Store,
    history: HistoryStore,
}

fn fixture() -> Fixture {
    fixture_with(Retention::default())
}

fn fixture_with(retention: Retention) -> Fixture {
    let repo = tempfile::tempdir().unwrap();
    fs::create_dir_all(repo.path().join("specs/001-a")).unwrap();
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(repo.path()).unwrap();
    let history = HistoryStore::open_with(data.path(), repo.path(), retention).unwrap();
    Fixture {
        repo,
        data,
        store,
        history,
    }
}

impl Fixture {
    fn write(&self, rel: &str, text: &str) {
        let path = self.repo.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    fn read(&self, rel: &str) -> Vec<u8> {
        fs::read(self.repo.path().join(rel)).unwrap()
    }

    fn capture(&self, rel: &str, text: &str) -> Option<specdesk_core::history::Version> {
        self.write(rel, text);
        self.history
            .capture_file(&self.store, rel, VersionSource::Disk)
            .unwrap()
    }

    fn reopen(&self) -> HistoryStore {
        HistoryStore::open(self.data.path(), self.repo.path()).unwrap()
    }

    fn index(&self) -> std::path::PathBuf {
        self.history.dir().join("index.jsonl")
    }

    fn blob_files(&self) -> usize {
        walk_files(&self.history.dir().join("objects"))
    }
}

fn walk_files(dir: &Path) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| {
            if e.file_type().unwrap().is_dir() {
                walk_files(&e.path())
            } else {
                1
            }
        })
        .sum()
}

fn lines(n: usize, tag: &str) -> String {
    (0..n).map(|i| format!("line {i} of {tag}\n")).collect()
}

#[test]
fn unchanged_content_records_nothing_and_equal_contents_share_one_blob() {
    let f = fixture();
    let first = f.capture(PLAN, "# Plan\n\nhello\n").unwrap();
    assert_eq!(first.source, VersionSource::Disk);
    assert_eq!((first.lines, first.added, first.removed), (3, 3, 0));
    assert!(f.capture(PLAN, "# Plan\n\nhello\n").is_none(), "same bytes again");
    // Another file with the same content: a second version, no second blob.
    f.capture(SPEC, "# Plan\n\nhello\n").unwrap();
    // A → B → A: three versions, two blobs.
    let b = f.capture(PLAN, "# Plan\n\nbye\n").unwrap();
    assert_eq!((b.added, b.removed), (1, 1));
    f.capture(PLAN, "# Plan\n\nhello\n").unwrap();
    let stats = f.history.stats().unwrap();
    assert_eq!(stats.versions, 4);
    assert_eq!(stats.files, 2);
    assert_eq!(stats.blobs, 2);
    assert_eq!(f.blob_files(), 2);
    let versions = f.history.versions(PLAN).unwrap();
    assert_eq!(versions.len(), 3);
    assert_eq!(f.history.text(&versions[1]).unwrap(), "# Plan\n\nbye\n");
    assert_eq!(versions[0].hash, versions[2].hash);
    // Found by a unique id prefix.
    assert_eq!(f.history.version(&versions[1].id[..6]).unwrap(), versions[1]);
    assert!(matches!(f.history.version("zz"), Err(e) if e.kind() == "invalid"));
}

#[test]
fn a_reopened_store_sees_everything_and_the_header_names_the_format() {
    let f = fixture();
    f.capture(PLAN, "one\n");
    f.capture(PLAN, "two\n");
    let reopened = f.reopen();
    assert_eq!(reopened.dir(), f.history.dir());
    assert_eq!(reopened.versions(PLAN).unwrap().len(), 2);
    let index = fs::read_to_string(f.index()).unwrap();
    assert!(index.starts_with("{\"specdeskHistory\":1,"), "{index}");
    assert_eq!(index.lines().count(), 3);
    // Another repository gets another folder.
    let other = tempfile::tempdir().unwrap();
    let other_history = HistoryStore::open(f.data.path(), other.path()).unwrap();
    assert_ne!(other_history.dir(), f.history.dir());
    assert!(other_history.versions(PLAN).unwrap().is_empty());
}

#[test]
fn pruning_keeps_recent_versions_then_one_per_day_then_only_the_newest() {
    let f = fixture();
    for i in 0..5 {
        f.capture(PLAN, &format!("version {i}\n"));
    }
    f.capture(SPEC, "spec\n");
    let now = specdesk_core::history::now_ms();

    let report = f.history.prune(now + DAY_MS).unwrap();
    assert_eq!(report.removed_versions, 0, "everything is kept for 7 days");
    assert_eq!(f.history.versions(PLAN).unwrap().len(), 5);

    // 30 days later the five versions of one day shrink to that day's newest.
    let report = f.history.prune(now + 30 * DAY_MS).unwrap();
    assert_eq!(report.removed_versions, 4);
    assert_eq!(report.removed_blobs, 4);
    let left = f.history.versions(PLAN).unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(f.history.text(&left[0]).unwrap(), "version 4\n");
    assert_eq!(f.blob_files(), 2);

    // Years later: the newest version of every file is still there.
    f.history.prune(now + 3650 * DAY_MS).unwrap();
    assert_eq!(f.history.versions(PLAN).unwrap().len(), 1);
    assert_eq!(f.history.versions(SPEC).unwrap().len(), 1);
    assert_eq!(f.reopen().stats().unwrap().versions, 2);
}

#[test]
fn the_size_bound_drops_the_oldest_versions_during_capture() {
    let f = fixture_with(Retention {
        max_bytes: 4_000,
        ..Retention::default()
    });
    // Incompressible-ish content: each version a few hundred bytes compressed.
    for i in 0..40u32 {
        let text: String = (0..60)
            .map(|j| format!("{:x}\n", (i * 7919 + j * 104_729).wrapping_mul(2_654_435_761)))
            .collect();
        f.capture(PLAN, &text);
    }
    let stats = f.history.stats().unwrap();
    assert!(stats.stored_bytes <= 4_000, "{stats:?}");
    assert!(stats.versions < 40 && stats.versions >= 1, "{stats:?}");
    assert_eq!(f.blob_files(), stats.blobs);
    // The newest is the last capture.
    let newest = &f.history.versions(PLAN).unwrap()[0];
    assert_eq!(
        f.history.text(newest).unwrap().as_bytes(),
        f.read(PLAN).as_slice()
    );
}

#[test]
fn a_deleted_file_keeps_its_last_content_through_pruning_and_comes_back() {
    let f = fixture();
    f.capture(SPEC, "first\n");
    f.capture(SPEC, "last words\n");
    fs::remove_file(f.repo.path().join(SPEC)).unwrap();
    let deletion = f
        .history
        .capture_file(&f.store, SPEC, VersionSource::Disk)
        .unwrap()
        .unwrap();
    assert!(deletion.is_deletion());
    assert_eq!(deletion.removed, 1);
    // Deleting twice records one deletion.
    assert!(f.history.record_deleted(SPEC).unwrap().is_none());
    f.history
        .prune(specdesk_core::history::now_ms() + 3650 * DAY_MS)
        .unwrap();
    let versions = f.history.versions(SPEC).unwrap();
    assert_eq!(versions.len(), 2, "the deletion and the last content");
    assert!(versions[0].is_deletion());
    let restored = f.history.restore_deleted(&f.store, "specs/001-a").unwrap();
    assert_eq!(restored.len(), 1);
    assert_eq!(f.read(SPEC), b"last words\n");
}

#[test]
fn a_feature_folder_removed_by_mistake_is_restored_byte_for_byte() {
    let f = fixture();
    let bom_crlf = "\u{FEFF}# Plan\r\n\r\nText é 한글\r\n";
    f.write(PLAN, bom_crlf);
    f.write(SPEC, "# Spec\n");
    f.write("specs/001-a/checklists/ux.md", "- [ ] CHK001 ok\n");
    let report = f.history.capture_all(&f.store, None);
    assert_eq!(report.versions.len(), 3, "{report:?}");
    assert!(report.failures.is_empty());

    fs::remove_dir_all(f.repo.path().join("specs/001-a")).unwrap();
    let report = f.history.capture_changes(
        &f.store,
        &[RepoChange::FeatureRemoved {
            rel_path: "specs/001-a".into(),
        }],
        None,
    );
    assert_eq!(report.versions.len(), 3);
    assert!(report.versions.iter().all(|v| v.is_deletion()));

    let restored = f.history.restore_deleted(&f.store, "specs/001-a").unwrap();
    assert_eq!(restored.len(), 3);
    assert_eq!(f.read(PLAN), bom_crlf.as_bytes());
    assert_eq!(f.read("specs/001-a/checklists/ux.md"), b"- [ ] CHK001 ok\n");
    for r in &restored {
        let v = r.version.as_ref().unwrap();
        assert_eq!(v.source, VersionSource::Restored);
        assert_eq!(v.hash, r.from.hash);
        assert!(r.replaced.is_none());
    }
}

#[test]
fn restore_goes_through_compare_and_swap_and_can_be_undone() {
    let f = fixture();
    let old = f.capture(PLAN, "# Plan\n\ngood text\n").unwrap();
    f.write(PLAN, "# Plan\n\nagent rewrote this\n"); // not captured yet
    let restored = f.history.restore(&f.store, &old.id).unwrap();
    assert_eq!(f.read(PLAN), b"# Plan\n\ngood text\n");
    let replaced = restored.replaced.clone().unwrap();
    assert_eq!(
        f.history.text(&replaced).unwrap(),
        "# Plan\n\nagent rewrote this\n",
        "what was replaced is in history"
    );
    let new = restored.version.unwrap();
    assert_eq!(new.source, VersionSource::Restored);
    assert_eq!(restored.write.unwrap().hash, new.hash.clone().unwrap());
    // The write is our own: the watcher will not report it as an external change.
    let own = f.store.own_writes();
    assert!(own.is_echo(&f.store.root().join(PLAN), new.hash.as_ref().unwrap()));
    // Undo = restore the replaced version.
    f.history.restore(&f.store, &replaced.id).unwrap();
    assert_eq!(f.read(PLAN), b"# Plan\n\nagent rewrote this\n");
    // Restoring what is already there writes nothing.
    let again = f.history.restore(&f.store, &replaced.id).unwrap();
    assert!(again.write.is_none() && again.version.is_none());
}

#[test]
fn restore_keeps_the_files_crlf_like_a_save() {
    let f = fixture();
    let old = f.capture(PLAN, "a\nb\n").unwrap();
    f.write(PLAN, "x\r\ny\r\n");
    f.history.restore(&f.store, &old.id).unwrap();
    assert_eq!(f.read(PLAN), b"a\r\nb\r\n");
}

#[test]
fn restore_refuses_a_deletion_and_paths_outside_the_repository() {
    let f = fixture();
    f.capture(PLAN, "x\n");
    fs::remove_file(f.repo.path().join(PLAN)).unwrap();
    let deletion = f.history.record_deleted(PLAN).unwrap().unwrap();
    assert!(matches!(
        f.history.restore(&f.store, &deletion.id),
        Err(CoreError::Invalid { .. })
    ));
    // A hand-edited index pointing outside the repository is refused by the store.
    let evil = f
        .history
        .capture_bytes("../evil.md", b"pwned\n", VersionSource::Disk)
        .unwrap();
    let evil = evil.unwrap();
    let err = f.history.restore(&f.store, &evil.id).unwrap_err();
    assert!(matches!(err, CoreError::OutsideRepo { .. }), "{err:?}");
    assert!(!f.repo.path().parent().unwrap().join("evil.md").exists());
}

#[test]
fn a_damaged_blob_is_reported_never_returned_and_repaired_by_recapture() {
    let f = fixture();
    let v = f.capture(PLAN, &lines(50, "plan")).unwrap();
    let hash = v.hash.clone().unwrap();
    let blob = f
        .history
        .dir()
        .join("objects")
        .join(&hash[..2])
        .join(format!("{hash}.z"));
    let mut bytes = fs::read(&blob).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    fs::write(&blob, &bytes).unwrap();
    let err = f.history.text(&v).unwrap_err();
    assert!(matches!(err, CoreError::Corrupt { .. }), "{err:?}");
    assert_eq!(err.kind(), "corrupt");
    assert_eq!(f.history.verify().unwrap(), vec![hash.clone()]);
    // A restore of it fails before touching the file.
    f.capture(PLAN, "current\n");
    assert!(f.history.restore(&f.store, &v.id).is_err());
    assert_eq!(f.read(PLAN), b"current\n");
    // Seeing the damaged content again (after something else) rewrites the blob.
    f.capture(PLAN, &lines(50, "plan"));
    assert_eq!(f.history.text(&v).unwrap(), lines(50, "plan"));
    assert!(f.history.verify().unwrap().is_empty());
    // A missing blob is an error too (not a panic, not empty text).
    fs::remove_file(&blob).unwrap();
    assert!(matches!(f.history.text(&v), Err(CoreError::NotFound { .. })));
}

#[test]
fn a_torn_last_index_line_is_skipped_and_terminated_by_the_next_writer() {
    let f = fixture();
    f.capture(PLAN, "one\n");
    let mut index = fs::OpenOptions::new().append(true).open(f.index()).unwrap();
    std::io::Write::write_all(&mut index, b"{\"id\":\"abc\",\"path\":\"specs/0").unwrap();
    drop(index);
    let reopened = f.reopen();
    assert_eq!(reopened.versions(PLAN).unwrap().len(), 1);
    f.write(PLAN, "two\n");
    reopened
        .capture_file(&f.store, PLAN, VersionSource::Disk)
        .unwrap()
        .unwrap();
    let text = fs::read_to_string(f.index()).unwrap();
    assert!(text.ends_with('\n'));
    assert_eq!(text.lines().count(), 4, "header, one, torn, two:\n{text}");
    let fresh = f.reopen();
    assert_eq!(fresh.versions(PLAN).unwrap().len(), 2);
    // The first store (opened before) catches up too.
    assert_eq!(f.history.versions(PLAN).unwrap().len(), 2);
}

#[test]
fn a_garbled_header_is_reported_as_corrupt() {
    let f = fixture();
    f.capture(PLAN, "one\n");
    fs::write(f.index(), "not json\n").unwrap();
    let err = HistoryStore::open(f.data.path(), f.repo.path()).unwrap_err();
    assert_eq!(err.kind(), "corrupt");
}

#[test]
fn concurrent_writers_in_separate_handles_lose_nothing() {
    let f = fixture();
    const WRITERS: usize = 4;
    const EACH: usize = 40;
    let barrier = Arc::new(Barrier::new(WRITERS + 2)); // writers, reader, this thread
    let mut handles = Vec::new();
    for w in 0..WRITERS {
        // Each thread opens the history on its own (its own lock-file handle), like two
        // processes would.
        let history = f.reopen();
        let barrier = barrier.clone();
        handles.push(thread::spawn(move || {
            barrier.wait();
            for i in 0..EACH {
                let own = format!("specs/001-a/w{w}.md");
                history
                    .capture_bytes(&own, format!("{w}:{i}\n").as_bytes(), VersionSource::Disk)
                    .unwrap();
                history
                    .capture_bytes(SPEC, format!("shared {w}:{i}\n").as_bytes(), VersionSource::Disk)
                    .unwrap();
            }
        }));
    }
    let reader = {
        let history = f.reopen();
        let barrier = barrier.clone();
        thread::spawn(move || {
            barrier.wait();
            let mut seen = 0;
            for _ in 0..50 {
                let n = history.versions_under("").unwrap().len();
                assert!(n >= seen, "a reader never sees the history shrink");
                seen = n;
            }
        })
    };
    barrier.wait();
    for h in handles {
        h.join().unwrap();
    }
    reader.join().unwrap();
    let fresh = f.reopen();
    let all = fresh.versions_under("").unwrap();
    assert_eq!(all.len(), WRITERS * EACH * 2);
    for w in 0..WRITERS {
        assert_eq!(
            fresh.versions(&format!("specs/001-a/w{w}.md")).unwrap().len(),
            EACH
        );
    }
    let index = fs::read_to_string(f.index()).unwrap();
    assert_eq!(
        index.lines().count(),
        1 + WRITERS * EACH * 2,
        "no torn or lost lines"
    );
    let ids: std::collections::HashSet<_> = all.iter().map(|v| v.id.clone()).collect();
    assert_eq!(ids.len(), all.len(), "ids are unique");
    // The first handle, opened before all of this, catches up.
    assert_eq!(f.history.versions_under("").unwrap().len(), all.len());
}

#[test]
fn another_handle_follows_a_prune_that_rewrote_the_index() {
    let f = fixture();
    for i in 0..3 {
        f.capture(PLAN, &format!("{i}\n"));
    }
    let other = f.reopen();
    assert_eq!(other.versions(PLAN).unwrap().len(), 3);
    f.history
        .prune(specdesk_core::history::now_ms() + 30 * DAY_MS)
        .unwrap();
    assert_eq!(other.versions(PLAN).unwrap().len(), 1);
    other
        .capture_bytes(PLAN, b"3\n", VersionSource::Saved)
        .unwrap()
        .unwrap();
    assert_eq!(f.history.versions(PLAN).unwrap().len(), 2);
}

#[test]
fn the_watcher_hook_captures_changes_renames_and_reports_replacements() {
    let f = fixture();
    let template = Template::builtin_lite();
    let filled = lines(40, "filled plan");
    f.write(PLAN, &filled);
    f.write(SPEC, "# Spec\n");
    f.history.capture_all(&f.store, Some(&template));

    // An agent resets the plan to its template.
    f.write(PLAN, &template.text);
    let report = f.history.capture_changes(
        &f.store,
        &[RepoChange::DocumentChanged {
            rel_path: PLAN.into(),
            hash: String::new(),
        }],
        Some(&template),
    );
    assert_eq!(report.versions.len(), 1);
    assert_eq!(report.replacements.len(), 1, "{report:?}");
    let notice = &report.replacements[0];
    assert_eq!(notice.path, PLAN);
    assert_eq!(notice.replacement.reason, ReplacementReason::MatchesTemplate);
    let previous = f.history.version(&notice.previous_version_id).unwrap();
    assert_eq!(f.history.text(&previous).unwrap(), filled);

    // A feature folder renamed: the old paths are deleted, the new ones captured.
    fs::rename(
        f.repo.path().join("specs/001-a"),
        f.repo.path().join("specs/001-b"),
    )
    .unwrap();
    let report = f.history.capture_changes(
        &f.store,
        &[RepoChange::FeatureRenamed {
            from: "specs/001-a".into(),
            to: "specs/001-b".into(),
        }],
        None,
    );
    let deleted: Vec<_> = report.versions.iter().filter(|v| v.is_deletion()).collect();
    assert_eq!(deleted.len(), 2);
    assert_eq!(report.versions.len(), 4);
    assert!(f.history.latest("specs/001-b/plan.md").unwrap().is_some());

    // A rescan notices what vanished while nobody watched.
    fs::remove_file(f.repo.path().join("specs/001-b/spec.md")).unwrap();
    let report = f.history.capture_changes(&f.store, &[RepoChange::Rescan], None);
    assert_eq!(report.versions.len(), 1);
    assert!(report.versions[0].is_deletion());
    assert_eq!(report.versions[0].path, "specs/001-b/spec.md");
}

#[test]
fn a_save_is_recorded_as_saved_here() {
    let f = fixture();
    f.capture(PLAN, "a\n");
    let hash = specdesk_core::store::content_hash(b"a\n");
    let outcome = f
        .store
        .write(Path::new(PLAN), "a\nb\n", Expected::Hash(hash))
        .unwrap();
    let v = f
        .history
        .capture_saved(&f.store, PLAN, &outcome)
        .unwrap()
        .unwrap();
    assert_eq!(v.source, VersionSource::Saved);
    assert_eq!(v.source.label(), "saved here");
    assert_eq!((v.added, v.removed), (1, 0));
}

#[test]
fn binary_files_in_a_feature_are_not_history() {
    let f = fixture();
    f.write(PLAN, "# Plan\n");
    fs::write(f.repo.path().join("specs/001-a/diagram.png"), b"\x89PNG\0\0").unwrap();
    let report = f.history.capture_all(&f.store, None);
    assert_eq!(report.versions.len(), 1);
    assert!(report.failures.is_empty(), "{report:?}");
}

// ----- wholesale replacement -----------------------------------------------------------------

#[test]
fn a_plan_reset_to_its_template_is_a_replacement() {
    let template = Template::builtin_lite();
    let filled = lines(30, "filled");
    let r = detect_replacement(&filled, &template.text, Some(&template)).unwrap();
    assert_eq!(r.reason, ReplacementReason::MatchesTemplate);
    assert!(r.changed_fraction > 0.9);
    // Nearly the template (one line filled in) still counts.
    let nearly = template.text.replacen("[FEATURE]", "Albums", 1);
    assert_eq!(
        detect_replacement(&filled, &nearly, Some(&template)).map(|r| r.reason),
        Some(ReplacementReason::MatchesTemplate)
    );
    // Filling in a fresh template is editing, not replacing.
    assert!(detect_replacement(&template.text, &nearly, Some(&template)).is_none());
}

#[test]
fn most_lines_changed_at_once_is_a_replacement_but_appending_is_not() {
    let before = lines(20, "old");
    let rewritten = format!("{}{}", lines(5, "old"), lines(20, "new"));
    let r = detect_replacement(&before, &rewritten, None).unwrap();
    assert_eq!(r.reason, ReplacementReason::MostLinesChanged);
    assert!((r.changed_fraction - 0.75).abs() < 1e-9, "{r:?}");
    // Truncated to nothing.
    assert_eq!(
        detect_replacement(&before, "", None).unwrap().changed_fraction,
        1.0
    );
    // Half changed is not more than half.
    let half = format!("{}{}", lines(10, "old"), lines(10, "other"));
    assert!(detect_replacement(&before, &half, None).is_none());
    // Appending a lot loses nothing.
    let appended = format!("{before}{}", lines(200, "more"));
    assert!(detect_replacement(&before, &appended, None).is_none());
    // Small files and line-ending conversions are edits.
    assert!(detect_replacement("a\nb\nc\n", "x\ny\nz\n", None).is_none());
    let crlf = before.replace('\n', "\r\n");
    assert!(detect_replacement(&before, &crlf, None).is_none());
    // A creation is not a replacement.
    assert!(detect_replacement("", &before, None).is_none());
}

// ----- measurement ---------------------------------------------------------------------------

/// Bytes the files under `dir` occupy on disk (allocated blocks where the platform says).
fn disk_usage(dir: &Path) -> (u64, u64) {
    let mut apparent = 0;
    let mut allocated = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            let meta = e.metadata().unwrap();
            if meta.is_dir() {
                stack.push(e.path());
                continue;
            }
            apparent += meta.len();
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                allocated += meta.blocks() * 512;
            }
            #[cfg(not(unix))]
            {
                allocated += meta.len();
            }
        }
    }
    (apparent, allocated)
}

/// Disk use and capture cost of the history of a 1,000-feature repository with 10 versions of
/// each file. Run with `cargo test --release -p specdesk-core --test history -- --ignored
/// --nocapture measure`; `SPECDESK_MEASURE_DIR` puts the repository on a disk of your choice.
#[test]
#[ignore]
fn measure_thousand_features_ten_versions() {
    use std::time::Instant;
    const FEATURES: usize = 1000;
    const VERSIONS: usize = 10;
    let base = std::env::var_os("SPECDESK_MEASURE_DIR").map(std::path::PathBuf::from);
    let repo = match &base {
        Some(b) => tempfile::tempdir_in(b).unwrap(),
        None => tempfile::tempdir().unwrap(),
    };
    let data = match &base {
        Some(b) => tempfile::tempdir_in(b).unwrap(),
        None => tempfile::tempdir().unwrap(),
    };
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/demo-repo/specs/001-photo-albums");
    let docs: Vec<(&str, String)> = ["plan.md", "spec.md", "tasks.md", "checklists/requirements.md"]
        .iter()
        .map(|d| (*d, fs::read_to_string(demo.join(d)).unwrap()))
        .collect();
    let rel = |n: usize, doc: &str| format!("specs/{n:04}-feature-{n}/{doc}");
    let write_all = |round: usize| {
        for n in 0..FEATURES {
            for (doc, text) in &docs {
                // Each round edits a few lines, as a person or an agent would.
                let mut text = format!("<!-- Feature {n} -->\n{text}");
                for r in 1..=round {
                    text.push_str(&format!("\n- Note {r} on feature {n}: revised wording.\n"));
                }
                let path = repo.path().join(rel(n, doc));
                fs::create_dir_all(path.parent().unwrap()).unwrap();
                fs::write(path, text).unwrap();
            }
        }
    };
    let files = FEATURES * docs.len();
    write_all(0);
    let (repo_bytes, _) = disk_usage(repo.path());
    let store = Store::new(repo.path()).unwrap();
    let history = HistoryStore::open(data.path(), repo.path()).unwrap();

    let t = Instant::now();
    let report = history.capture_all(&store, None);
    let baseline = t.elapsed();
    assert_eq!(report.versions.len(), files);

    let t = Instant::now();
    let report = history.capture_all(&store, None);
    let unchanged = t.elapsed();
    assert!(report.versions.is_empty(), "nothing changed, nothing recorded");

    let mut batch_time = std::time::Duration::ZERO;
    for round in 1..VERSIONS - 1 {
        write_all(round);
        let changes: Vec<RepoChange> = (0..FEATURES)
            .flat_map(|n| docs.iter().map(move |(d, _)| (n, *d)))
            .map(|(n, d)| RepoChange::DocumentChanged {
                rel_path: rel(n, d),
                hash: String::new(),
            })
            .collect();
        let t = Instant::now();
        let report = history.capture_changes(&store, &changes, None);
        batch_time += t.elapsed();
        assert_eq!(report.versions.len(), files, "round {round}");
    }
    // The tenth version: one watcher callback per file, as edits arrive one by one.
    write_all(VERSIONS - 1);
    let t = Instant::now();
    for n in 0..FEATURES {
        for (d, _) in &docs {
            let change = RepoChange::DocumentChanged {
                rel_path: rel(n, d),
                hash: String::new(),
            };
            let report = history.capture_changes(&store, &[change], None);
            assert_eq!(report.versions.len(), 1);
        }
    }
    let single = t.elapsed();

    let stats = history.stats().unwrap();
    assert_eq!(stats.versions, files * VERSIONS);
    let (apparent, allocated) = disk_usage(history.dir());
    let t = Instant::now();
    let reopened = HistoryStore::open(data.path(), repo.path()).unwrap();
    let listed = reopened.versions(&rel(500, "plan.md")).unwrap();
    let open_time = t.elapsed();
    assert_eq!(listed.len(), VERSIONS);
    let t = Instant::now();
    let text = reopened.text(&listed[VERSIONS - 1]).unwrap();
    let read_time = t.elapsed();
    let mib = |b: u64| b as f64 / (1024.0 * 1024.0);
    eprintln!(
        "{FEATURES} features, {files} files ({:.1} MiB of Markdown), {VERSIONS} versions each\n\
         history: {} versions, {} blobs, content {:.1} MiB → stored {:.1} MiB compressed, index {:.1} MiB\n\
         disk: {:.1} MiB apparent, {:.1} MiB allocated ({:.0} bytes/version allocated)\n\
         capture_all baseline ({files} new files): {:.2?} ({:.0} µs/file)\n\
         capture_all with nothing changed: {:.2?} ({:.0} µs/file)\n\
         capture_changes, {files} changes per batch: {:.2?} per batch ({:.0} µs/file)\n\
         capture_changes, one change per call: {:.0} µs/file\n\
         open + list one file's versions: {:.2?}; read one version: {:.2?}",
        mib(repo_bytes),
        stats.versions,
        stats.blobs,
        mib(stats.content_bytes),
        mib(stats.stored_bytes),
        mib(stats.index_bytes),
        mib(apparent),
        mib(allocated),
        allocated as f64 / stats.versions as f64,
        baseline,
        baseline.as_micros() as f64 / files as f64,
        unchanged,
        unchanged.as_micros() as f64 / files as f64,
        batch_time / (VERSIONS as u32 - 2),
        batch_time.as_micros() as f64 / ((VERSIONS - 2) * files) as f64,
        single.as_micros() as f64 / files as f64,
        open_time,
        read_time,
    );
    assert!(text.contains("Feature 500"));
}
