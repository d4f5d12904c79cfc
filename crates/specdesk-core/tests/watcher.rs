//! Integration tests of `specdesk_core::watch` with the real file-system watcher on real
//! temporary directories. Every wait polls with a generous timeout; nothing asserts on timing.

use specdesk_core::repo::Repository;
use specdesk_core::store::{content_hash, Expected, Store};
use specdesk_core::watch::{RepoChange, RepoWatcher};
use specdesk_core::CoreError;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);

struct Harness {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    store: Store,
    watcher: Option<RepoWatcher>,
    rx: Receiver<Vec<RepoChange>>,
    seen: Vec<RepoChange>,
}

impl Harness {
    /// A temp repo prepared by `setup`, with a store and a running watcher sharing its
    /// own-writes registry.
    fn start(setup: impl FnOnce(&Path)) -> Harness {
        let tmp = tempfile::tempdir().unwrap();
        let root = fs::canonicalize(tmp.path()).unwrap();
        fs::create_dir(root.join(".git")).unwrap();
        setup(&root);
        let store = Store::new(&root).unwrap();
        let (tx, rx) = mpsc::channel();
        let watcher = RepoWatcher::start(&root, store.own_writes(), move |changes| {
            let _ = tx.send(changes);
        })
        .unwrap();
        Harness {
            _tmp: tmp,
            root,
            store,
            watcher: Some(watcher),
            rx,
            seen: Vec::new(),
        }
    }

    fn watcher(&self) -> &RepoWatcher {
        self.watcher.as_ref().unwrap()
    }

    fn write(&self, rel: &str, content: &str) {
        let path = self.root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }

    /// Collect changes until one satisfies `pred`; panic (showing what was seen) on timeout.
    fn wait_for(&mut self, what: &str, pred: impl Fn(&RepoChange) -> bool) -> RepoChange {
        let deadline = Instant::now() + TIMEOUT;
        if let Some(found) = self.seen.iter().find(|c| pred(c)) {
            return found.clone();
        }
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(changes) => {
                    let found = changes.iter().find(|c| pred(c)).cloned();
                    self.seen.extend(changes);
                    if let Some(found) = found {
                        return found;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("timed out waiting for {what}; seen: {:#?}", self.seen)
                }
                Err(RecvTimeoutError::Disconnected) => panic!("watcher stopped while waiting for {what}"),
            }
        }
    }

    /// Forget what was seen so far (after draining what is already queued).
    fn clear(&mut self) {
        self.seen.extend(self.rx.try_iter().flatten());
        self.seen.clear();
    }

    /// Wait until the watcher's snapshot equals a fresh scan with the hashes of the bytes on
    /// disk, and assert it.
    fn assert_settles(&mut self) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            self.seen.extend(self.rx.try_iter().flatten());
            let mismatch = self.mismatch();
            match mismatch {
                None => return,
                Some(why) if Instant::now() >= deadline => panic!("snapshot never matched the disk: {why}"),
                Some(_) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    }

    fn mismatch(&self) -> Option<String> {
        let fresh = Repository::scan(self.root.clone()).unwrap();
        let seen = self.watcher().repository();
        if seen != fresh {
            return Some(format!("structure differs:\nwatcher {seen:#?}\nfresh {fresh:#?}"));
        }
        for doc in fresh.features().flat_map(|f| f.documents.iter()) {
            let on_disk = content_hash(&fs::read(self.root.join(&doc.rel_path)).unwrap());
            if self.watcher().document_hash(&doc.rel_path) != Some(on_disk) {
                return Some(format!("hash of {} differs", doc.rel_path));
            }
        }
        None
    }
}

fn is_feature_added(rel: &str) -> impl Fn(&RepoChange) -> bool + '_ {
    move |c| matches!(c, RepoChange::FeatureAdded { rel_path } if rel_path == rel)
}

fn one_feature(root: &Path) {
    fs::create_dir_all(root.join("specs/001-a/checklists")).unwrap();
    fs::write(root.join("specs/001-a/plan.md"), "# Plan A\n").unwrap();
    fs::write(root.join("specs/001-a/spec.md"), "# Spec A\n").unwrap();
    fs::write(root.join("specs/001-a/checklists/ux.md"), "- [ ] a\n").unwrap();
}

#[test]
fn start_takes_a_snapshot_with_hashes() {
    let mut h = Harness::start(one_feature);
    assert_eq!(h.watcher().root(), h.root);
    assert_eq!(
        h.watcher().document_hash("specs/001-a/plan.md"),
        Some(content_hash(b"# Plan A\n"))
    );
    assert!(h.watcher().repository().feature("specs/001-a").is_some());
    h.assert_settles();
}

#[test]
fn start_on_a_missing_folder_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let err = RepoWatcher::start(&tmp.path().join("nope"), Default::default(), |_| {}).unwrap_err();
    assert!(matches!(err, CoreError::NotFound { .. }), "{err:?}");
}

#[test]
fn new_feature_folder_is_reported() {
    let mut h = Harness::start(one_feature);
    h.write("specs/002-new/plan.md", "# New\n");
    h.wait_for("FeatureAdded 002-new", is_feature_added("specs/002-new"));
    h.assert_settles();
    assert!(h.watcher().repository().feature("specs/002-new").is_some());
}

#[test]
fn external_edit_is_reported_with_the_new_hash() {
    let mut h = Harness::start(one_feature);
    h.write("specs/001-a/plan.md", "# Plan A\n\nedited\n");
    let expected = content_hash(b"# Plan A\n\nedited\n");
    let change = h.wait_for(
        "DocumentChanged plan.md",
        |c| matches!(c, RepoChange::DocumentChanged { rel_path, .. } if rel_path == "specs/001-a/plan.md"),
    );
    assert_eq!(
        change,
        RepoChange::DocumentChanged {
            rel_path: "specs/001-a/plan.md".into(),
            hash: expected
        }
    );
    // A nested document too.
    h.write("specs/001-a/checklists/ux.md", "- [x] a\n");
    h.wait_for("DocumentChanged ux.md", |c| {
        matches!(c, RepoChange::DocumentChanged { rel_path, hash }
            if rel_path == "specs/001-a/checklists/ux.md" && *hash == content_hash(b"- [x] a\n"))
    });
    h.assert_settles();
}

/// Not a timing assertion: prints how long external edits take to be reported (the UI's
/// budget is 200 ms), and checks each one is reported with the right hash.
#[test]
fn reports_a_series_of_edits_and_prints_latency() {
    let mut h = Harness::start(one_feature);
    let mut latencies = Vec::new();
    for i in 0..10 {
        let content = format!("# Plan A\n\nrevision {i}\n");
        let hash = content_hash(content.as_bytes());
        let started = Instant::now();
        h.write("specs/001-a/plan.md", &content);
        h.wait_for(
            "DocumentChanged revision",
            |c| matches!(c, RepoChange::DocumentChanged { hash: h2, .. } if *h2 == hash),
        );
        latencies.push(started.elapsed());
    }
    latencies.sort();
    println!(
        "edit → DocumentChanged latency: median {:?}, max {:?}",
        latencies[latencies.len() / 2],
        latencies[latencies.len() - 1]
    );
    h.assert_settles();
}

#[test]
fn our_own_write_is_not_echoed_but_a_later_external_write_is() {
    let mut h = Harness::start(one_feature);
    let plan = Path::new("specs/001-a/plan.md");
    let base = h.store.read(plan).unwrap();
    let ours = h
        .store
        .write(plan, "# Plan A\n\nours\n", Expected::Hash(base.hash))
        .unwrap();
    // Wait until the watcher has taken in our write.
    let deadline = Instant::now() + TIMEOUT;
    while h.watcher().document_hash("specs/001-a/plan.md") != Some(ours.hash.clone()) {
        assert!(Instant::now() < deadline, "the watcher never saw our write");
        std::thread::sleep(Duration::from_millis(10));
    }
    h.write("specs/001-a/plan.md", "# Plan A\n\ntheirs\n");
    let theirs = content_hash(b"# Plan A\n\ntheirs\n");
    h.wait_for(
        "DocumentChanged with their hash",
        |c| matches!(c, RepoChange::DocumentChanged { hash, .. } if *hash == theirs),
    );
    let echoes: Vec<_> = h
        .seen
        .iter()
        .filter(|c| matches!(c, RepoChange::DocumentChanged { hash, .. } if *hash == ours.hash))
        .collect();
    assert!(echoes.is_empty(), "our own write was reported: {echoes:?}");
    // No temp file ever showed up as a document.
    assert!(!h.seen.iter().any(|c| format!("{c:?}").contains(".specdesk-tmp-")));
    h.assert_settles();
}

#[test]
fn deletions_are_reported() {
    let mut h = Harness::start(|root| {
        one_feature(root);
        fs::create_dir_all(root.join("specs/002-b")).unwrap();
        fs::write(root.join("specs/002-b/plan.md"), "# B\n").unwrap();
    });
    fs::remove_file(h.root.join("specs/001-a/spec.md")).unwrap();
    h.wait_for(
        "DocumentRemoved spec.md",
        |c| matches!(c, RepoChange::DocumentRemoved { rel_path } if rel_path == "specs/001-a/spec.md"),
    );
    fs::remove_dir_all(h.root.join("specs/002-b")).unwrap();
    h.wait_for(
        "FeatureRemoved 002-b",
        |c| matches!(c, RepoChange::FeatureRemoved { rel_path } if rel_path == "specs/002-b"),
    );
    h.write("specs/001-a/research.md", "# R\n");
    h.wait_for(
        "DocumentAdded research.md",
        |c| matches!(c, RepoChange::DocumentAdded { rel_path } if rel_path == "specs/001-a/research.md"),
    );
    h.assert_settles();
}

#[test]
fn renaming_a_feature_folder_is_a_rename() {
    let mut h = Harness::start(one_feature);
    fs::rename(h.root.join("specs/001-a"), h.root.join("specs/001-alpha")).unwrap();
    let change = h.wait_for("FeatureRenamed", |c| {
        matches!(c, RepoChange::FeatureRenamed { .. })
    });
    assert_eq!(
        change,
        RepoChange::FeatureRenamed {
            from: "specs/001-a".into(),
            to: "specs/001-alpha".into()
        }
    );
    assert!(!h
        .seen
        .iter()
        .any(|c| matches!(c, RepoChange::FeatureRemoved { .. })));
    h.assert_settles();
    // Documents inside keep being watched under the new name.
    h.write("specs/001-alpha/plan.md", "# Alpha\n");
    h.wait_for("DocumentChanged in renamed feature", |c| {
        matches!(c, RepoChange::DocumentChanged { rel_path, .. } if rel_path == "specs/001-alpha/plan.md")
    });
    h.assert_settles();
}

#[test]
fn specs_folder_removed_and_recreated_keeps_being_watched() {
    let mut h = Harness::start(one_feature);
    fs::remove_dir_all(h.root.join("specs")).unwrap();
    h.wait_for(
        "SpecsDirRemoved",
        |c| matches!(c, RepoChange::SpecsDirRemoved { rel_path } if rel_path == "specs"),
    );
    assert!(h
        .seen
        .iter()
        .any(|c| matches!(c, RepoChange::FeatureRemoved { rel_path } if rel_path == "specs/001-a")));
    h.assert_settles();

    h.write("specs/003-c/plan.md", "# C\n");
    h.wait_for(
        "SpecsDirAdded",
        |c| matches!(c, RepoChange::SpecsDirAdded { rel_path } if rel_path == "specs"),
    );
    h.wait_for("FeatureAdded 003-c", is_feature_added("specs/003-c"));
    h.assert_settles();

    // The new folder is watched: later edits and features are seen.
    h.clear();
    h.write("specs/003-c/plan.md", "# C\n\nmore\n");
    h.wait_for(
        "DocumentChanged after re-creation",
        |c| matches!(c, RepoChange::DocumentChanged { rel_path, .. } if rel_path == "specs/003-c/plan.md"),
    );
    h.write("specs/004-d/plan.md", "# D\n");
    h.wait_for("FeatureAdded 004-d", is_feature_added("specs/004-d"));
    h.assert_settles();
}

#[test]
fn specs_folder_swapped_in_one_go_keeps_being_watched() {
    let mut h = Harness::start(one_feature);
    // Delete and re-create faster than the debounce: one batch sees both.
    fs::remove_dir_all(h.root.join("specs")).unwrap();
    h.write("specs/005-e/plan.md", "# E\n");
    h.wait_for("FeatureAdded 005-e", is_feature_added("specs/005-e"));
    h.assert_settles();
    h.clear();
    h.write("specs/005-e/plan.md", "# E\n\nchanged\n");
    h.wait_for(
        "DocumentChanged after swap",
        |c| matches!(c, RepoChange::DocumentChanged { rel_path, .. } if rel_path == "specs/005-e/plan.md"),
    );
    h.assert_settles();
}

#[test]
fn monorepo_specs_folders_are_watched_too() {
    let mut h = Harness::start(|root| {
        one_feature(root);
        fs::create_dir_all(root.join("services/api/specs/001-auth")).unwrap();
        fs::write(root.join("services/api/specs/001-auth/plan.md"), "# Auth\n").unwrap();
    });
    h.write("services/api/specs/001-auth/plan.md", "# Auth v2\n");
    h.wait_for("DocumentChanged auth", |c| {
        matches!(c, RepoChange::DocumentChanged { rel_path, .. } if rel_path == "services/api/specs/001-auth/plan.md")
    });
    fs::remove_dir_all(h.root.join("services/api/specs")).unwrap();
    h.wait_for(
        "SpecsDirRemoved services/api/specs",
        |c| matches!(c, RepoChange::SpecsDirRemoved { rel_path } if rel_path == "services/api/specs"),
    );
    h.assert_settles();
    h.write("services/web/specs/001-ui/plan.md", "# UI\n");
    h.wait_for(
        "FeatureAdded services/web",
        is_feature_added("services/web/specs/001-ui"),
    );
    h.assert_settles();
}

#[test]
fn unrelated_files_outside_specs_are_ignored() {
    let mut h = Harness::start(one_feature);
    h.write("README.md", "# Readme\n");
    h.write("src/main.rs", "fn main() {}\n");
    h.write("specs/001-a/plan.md", "# Plan A\n\nmarker\n");
    h.wait_for("DocumentChanged marker", |c| {
        matches!(c, RepoChange::DocumentChanged { .. })
    });
    h.assert_settles();
    let unexpected: Vec<_> = h
        .seen
        .iter()
        .filter(|c| !matches!(c, RepoChange::DocumentChanged { rel_path, .. } if rel_path == "specs/001-a/plan.md"))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:?}");
}

#[test]
fn bulk_changes_end_in_a_consistent_snapshot() {
    let mut h = Harness::start(one_feature);
    let features: Vec<String> = (100..150).map(|n| format!("specs/{n:03}-bulk-{n}")).collect();
    for feature in &features {
        for doc in ["plan.md", "spec.md", "tasks.md", "research.md"] {
            h.write(&format!("{feature}/{doc}"), &format!("# {feature} {doc}\n"));
        }
    }
    assert_eq!(features.len() * 4, 200);
    let deadline = Instant::now() + TIMEOUT;
    loop {
        h.seen.extend(h.rx.try_iter().flatten());
        let rescan = h.seen.contains(&RepoChange::Rescan);
        let reported: BTreeSet<&str> = h
            .seen
            .iter()
            .filter_map(|c| match c {
                RepoChange::FeatureAdded { rel_path } => Some(rel_path.as_str()),
                _ => None,
            })
            .collect();
        if rescan || features.iter().all(|f| reported.contains(f.as_str())) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "only {} of {} features reported",
            reported.len(),
            features.len()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    println!(
        "bulk: {} changes reported ({} FeatureAdded, {} DocumentAdded, rescan: {})",
        h.seen.len(),
        h.seen
            .iter()
            .filter(|c| matches!(c, RepoChange::FeatureAdded { .. }))
            .count(),
        h.seen
            .iter()
            .filter(|c| matches!(c, RepoChange::DocumentAdded { .. }))
            .count(),
        h.seen.contains(&RepoChange::Rescan)
    );
    h.assert_settles();
    assert_eq!(h.watcher().repository().features().count(), 51);
    // And it keeps working afterwards.
    h.clear();
    h.write("specs/149-bulk-149/plan.md", "# after\n");
    h.wait_for("DocumentChanged after bulk", |c| {
        matches!(c, RepoChange::DocumentChanged { rel_path, .. } if rel_path == "specs/149-bulk-149/plan.md")
    });
}

#[test]
fn dropping_the_watcher_stops_callbacks() {
    let mut h = Harness::start(one_feature);
    drop(h.watcher.take());
    h.write("specs/001-a/plan.md", "# after drop\n");
    // The callback (and with it the channel's sender) is gone once drop returned.
    let deadline = Instant::now() + TIMEOUT;
    loop {
        match h.rx.try_recv() {
            Ok(changes) => panic!("callback after drop: {changes:?}"),
            Err(TryRecvError::Disconnected) => break,
            Err(TryRecvError::Empty) => {
                assert!(Instant::now() < deadline, "the callback was never released");
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }
}
