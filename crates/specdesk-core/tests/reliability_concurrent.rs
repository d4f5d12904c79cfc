//! Concurrent writers, model-based: a seeded random harness drives the core's `Store` and
//! `RepoWatcher` the way the app will, interleaving editor typing, saves and autosaves with other
//! programs' writes (in place and by rename), reverts, deletes, feature renames and folder
//! re-creation, and another SpecDesk instance saving too. After every step it checks a model:
//!
//! - every version the user typed is still in its buffer until a save put it on disk (verified
//!   byte for byte) or the user explicitly took the disk version ("take theirs");
//! - a save never replaces what another program wrote unless the buffer was based on exactly
//!   that content, or the user saw it in a conflict view and chose "keep mine";
//! - a refused save changes nothing on disk, and no temp file is left behind;
//! - our own saves coming back as external changes are counted (noise, not a loss);
//! - once the watcher settles, its snapshot equals a fresh scan, every clean buffer shows what is
//!   on disk (external changes were all reported) and every vanished file was reported.
//!
//! The editor is modelled as the app will build it: a buffer is text + the hash it is based on;
//! save = `Store::write(Expected::Hash(base))`; on `Conflict` the buffer is kept and the disk text
//! is shown; "keep mine" writes over the version shown (`Expected::Hash(shown)`, or `Absent` when
//! the file was deleted) — `SPECDESK_KEEP_MINE=any` uses `Expected::Any` instead and counts what
//! that overwrites unseen; "take theirs" reloads. `DocumentChanged` (and additions, renames,
//! rescans) reload clean buffers; removals orphan them.
//!
//! Scale: `SPECDESK_RUNS` runs (default 60) of 20–60 steps, `SPECDESK_THREADS` at a time
//! (default 12, mostly waiting for the watcher; each run has its own repository and watcher). Run `n` uses seed
//! `SPECDESK_SEED + n`; a failure prints the command that repeats it. The watcher's timing is
//! real, so a repeat replays the same operations but event batching may differ.

#![cfg(unix)]

mod reliability_support;

use reliability_support::{env_u64, env_usize, temp_files_below, Rng};
use specdesk_core::repo::{parse_feature_dir, Repository};
use specdesk_core::store::{content_hash, encode_for_disk, Expected, Store};
use specdesk_core::watch::{RepoChange, RepoWatcher};
use specdesk_core::CoreError;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The repository every run starts from: feature folders and their documents.
const FEATURES: &[(&str, &[&str])] = &[
    ("001-alpha", &["plan.md", "spec.md", "tasks.md"]),
    ("002-beta", &["plan.md", "spec.md"]),
    ("003-gamma", &["plan.md"]),
];

/// How long the watcher may take to settle before the run fails.
const SETTLE_TIMEOUT: Duration = Duration::from_secs(15);
/// Quiet time after the last event before a settle is declared.
const QUIET: Duration = Duration::from_millis(120);
/// Time after our last save before a settle is declared: the watcher audits a save no event
/// confirmed after 150 ms, waking every 50 ms.
const AUDIT_WAIT: Duration = Duration::from_millis(300);

/// How "keep mine" writes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum KeepMine {
    /// Over the version the conflict view showed (recommended).
    Shown,
    /// Over whatever is there (`Expected::Any`).
    Any,
}

/// An editor buffer, as the app will hold it.
#[derive(Debug, Clone)]
struct Buffer {
    id: usize,
    rel: String,
    text: String,
    /// Hash of the disk bytes the text is based on (`None`: a new document, or read when absent).
    base: Option<String>,
    dirty: bool,
    /// The conflict view: what was on disk when a save was refused (`None` inside: deleted).
    conflict: Option<Option<(String, String)>>,
    /// The file was reported gone.
    orphaned: bool,
}

impl Buffer {
    fn clean(&self) -> bool {
        !self.dirty && self.conflict.is_none()
    }
}

/// Counters reported at the end.
#[derive(Debug, Default, Clone)]
struct Stats {
    runs: usize,
    steps: usize,
    typed: usize,
    saves: usize,
    saves_refused: usize,
    conflicts: usize,
    keep_mine: usize,
    take_theirs: usize,
    reloads: usize,
    external_ops: usize,
    events: BTreeMap<&'static str, usize>,
    settles: usize,
    unseen_overwrites_by_keep_mine: usize,
    versions_checked: usize,
    /// Our own save reported back as an external change: no loss (the app reloads the same
    /// text), but noise; counted, not failed.
    echo_leaks: usize,
}

impl Stats {
    fn add(&mut self, other: &Stats) {
        self.runs += other.runs;
        self.steps += other.steps;
        self.typed += other.typed;
        self.saves += other.saves;
        self.saves_refused += other.saves_refused;
        self.conflicts += other.conflicts;
        self.keep_mine += other.keep_mine;
        self.take_theirs += other.take_theirs;
        self.reloads += other.reloads;
        self.external_ops += other.external_ops;
        self.settles += other.settles;
        self.unseen_overwrites_by_keep_mine += other.unseen_overwrites_by_keep_mine;
        self.versions_checked += other.versions_checked;
        self.echo_leaks += other.echo_leaks;
        for (k, v) in &other.events {
            *self.events.entry(k).or_default() += v;
        }
    }
}

/// One run: a repository, the app (store, watcher, buffers) and the other programs.
struct World {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    store: Store,
    /// Another SpecDesk instance on the same repository (its own write registry).
    other: Store,
    watcher: RepoWatcher,
    rx: Receiver<Vec<RepoChange>>,
    buffers: Vec<Buffer>,
    next_buffer: usize,
    rng: Rng,
    uid: u64,
    keep_mine: KeepMine,
    /// Hashes our store wrote, per path.
    ours: HashMap<String, HashSet<String>>,
    /// Hashes other programs wrote, per path.
    theirs: HashMap<String, HashSet<String>>,
    /// What each path held before its latest write (for reverts).
    previous: HashMap<String, Vec<u8>>,
    /// Per buffer, the last version the user typed that is not yet on disk.
    typed: HashMap<usize, String>,
    last_save: Instant,
    log: Vec<String>,
    stats: Stats,
    violations: Vec<String>,
}

impl World {
    fn new(seed: u64, keep_mine: KeepMine) -> World {
        let tmp = tempfile::tempdir().unwrap();
        let root = fs::canonicalize(tmp.path()).unwrap();
        fs::create_dir(root.join(".git")).unwrap();
        let mut rng = Rng::new(seed);
        for (dir, docs) in FEATURES {
            fs::create_dir_all(root.join("specs").join(dir)).unwrap();
            for doc in *docs {
                let crlf = rng.chance(20);
                let mut text =
                    format!("# {doc} of {dir}\n\n- [ ] first task\n- [x] done task\n\nseed line {seed}\n");
                if crlf {
                    text = text.replace('\n', "\r\n");
                }
                fs::write(root.join("specs").join(dir).join(doc), text).unwrap();
            }
        }
        let store = Store::new(&root).unwrap();
        let other = Store::new(&root).unwrap();
        let (tx, rx) = mpsc::channel();
        let watcher = RepoWatcher::start(&root, store.own_writes(), move |changes| {
            let _ = tx.send(changes);
        })
        .unwrap();
        World {
            _tmp: tmp,
            root,
            store,
            other,
            watcher,
            rx,
            buffers: Vec::new(),
            next_buffer: 0,
            rng,
            uid: 0,
            keep_mine,
            ours: HashMap::new(),
            theirs: HashMap::new(),
            previous: HashMap::new(),
            typed: HashMap::new(),
            last_save: Instant::now(),
            log: Vec::new(),
            stats: Stats::default(),
            violations: Vec::new(),
        }
    }

    fn uid(&mut self) -> u64 {
        self.uid += 1;
        self.uid
    }

    fn violation(&mut self, what: String) {
        self.log.push(format!("!! {what}"));
        self.violations.push(what);
    }

    fn abs(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    fn disk(&self, rel: &str) -> Option<Vec<u8>> {
        fs::read(self.abs(rel)).ok()
    }

    /// Every document on disk now (repository-relative).
    fn documents(&self) -> Vec<String> {
        let Ok(repo) = Repository::scan(self.root.clone()) else {
            return Vec::new();
        };
        repo.features()
            .flat_map(|f| f.documents.iter())
            .filter(|d| !d.name.contains('/'))
            .map(|d| d.rel_path.clone())
            .collect()
    }

    /// Feature folders on disk now (`specs/NNN-x`).
    fn feature_dirs(&self) -> Vec<String> {
        let mut dirs: Vec<String> = fs::read_dir(self.root.join("specs"))
            .map(|entries| {
                entries
                    .flatten()
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                    .map(|e| format!("specs/{}", e.file_name().to_string_lossy()))
                    .collect()
            })
            .unwrap_or_default();
        dirs.sort();
        dirs
    }

    /// A document that could be created: a known name missing from an existing feature folder.
    fn missing_documents(&self) -> Vec<String> {
        let mut out = Vec::new();
        for dir in self.feature_dirs() {
            for name in ["plan.md", "spec.md", "tasks.md", "research.md"] {
                let rel = format!("{dir}/{name}");
                if !self.abs(&rel).exists() {
                    out.push(rel);
                }
            }
        }
        out
    }

    fn note_external(&mut self, rel: &str, bytes: &[u8]) {
        self.theirs
            .entry(rel.to_string())
            .or_default()
            .insert(content_hash(bytes));
        self.stats.external_ops += 1;
    }

    fn remember_previous(&mut self, rel: &str) {
        if let Some(bytes) = self.disk(rel) {
            self.previous.insert(rel.to_string(), bytes);
        }
    }

    // ---- the app ----------------------------------------------------------------------

    fn open(&mut self, rel: &str) {
        if self.buffers.iter().any(|b| b.rel == rel) || self.buffers.len() >= 5 {
            return;
        }
        match self.store.read(Path::new(rel)) {
            Ok(file) => {
                let id = self.next_buffer;
                self.next_buffer += 1;
                self.buffers.push(Buffer {
                    id,
                    rel: rel.to_string(),
                    text: file.text,
                    base: Some(file.hash),
                    dirty: false,
                    conflict: None,
                    orphaned: false,
                });
                self.log.push(format!("open {rel} as #{id}"));
            }
            Err(e) => self.log.push(format!("open {rel}: {e}")),
        }
    }

    fn new_document(&mut self, rel: &str) {
        if self.buffers.iter().any(|b| b.rel == rel) || self.buffers.len() >= 5 {
            return;
        }
        let id = self.next_buffer;
        self.next_buffer += 1;
        self.buffers.push(Buffer {
            id,
            rel: rel.to_string(),
            text: String::new(),
            base: None,
            dirty: false,
            conflict: None,
            orphaned: false,
        });
        self.log.push(format!("new document {rel} as #{id}"));
        self.type_into(self.buffers.len() - 1);
    }

    fn type_into(&mut self, i: usize) {
        let uid = self.uid();
        let b = &mut self.buffers[i];
        let line = format!("typed {uid} in #{}", b.id);
        if b.text.is_empty() || self.rng.chance(60) {
            b.text.push_str(&line);
            b.text.push('\n');
        } else {
            let lines: Vec<&str> = b.text.split_inclusive('\n').collect();
            let at = self.rng.below(lines.len());
            b.text = lines
                .iter()
                .enumerate()
                .map(|(n, l)| {
                    if n == at {
                        format!("{line}\n")
                    } else {
                        l.to_string()
                    }
                })
                .collect();
        }
        b.dirty = true;
        self.typed.insert(b.id, b.text.clone());
        self.stats.typed += 1;
        self.log.push(format!("type into #{} ({})", b.id, b.rel));
    }

    /// A save (explicit or autosave) of buffer `i` against the version it is based on.
    fn save(&mut self, i: usize, why: &str) {
        let expected = match &self.buffers[i].base {
            Some(hash) => Expected::Hash(hash.clone()),
            None => Expected::Absent,
        };
        self.write_buffer(i, expected, why);
    }

    /// The user chose "keep mine" in the conflict view of buffer `i`.
    fn keep_mine(&mut self, i: usize) {
        let Some(shown) = self.buffers[i].conflict.clone() else {
            return;
        };
        let expected = match (self.keep_mine, &shown) {
            (KeepMine::Any, _) => Expected::Any,
            (KeepMine::Shown, Some((_, hash))) => Expected::Hash(hash.clone()),
            (KeepMine::Shown, None) => Expected::Absent,
        };
        self.stats.keep_mine += 1;
        self.write_buffer(i, expected, "keep mine");
    }

    /// The user chose "take theirs": the buffer gets the disk version (or closes if deleted).
    fn take_theirs(&mut self, i: usize) {
        let id = self.buffers[i].id;
        self.stats.take_theirs += 1;
        self.typed.remove(&id); // the user discards their version explicitly
        let rel = self.buffers[i].rel.clone();
        match self.store.read(Path::new(&rel)) {
            Ok(file) => {
                let b = &mut self.buffers[i];
                b.text = file.text;
                b.base = Some(file.hash);
                b.dirty = false;
                b.conflict = None;
                b.orphaned = false;
                self.log.push(format!("take theirs #{id} ({rel})"));
            }
            Err(e) => {
                self.buffers.remove(i);
                self.log
                    .push(format!("take theirs #{id} ({rel}): gone ({e}), closed"));
            }
        }
    }

    fn write_buffer(&mut self, i: usize, expected: Expected, why: &str) {
        let rel = self.buffers[i].rel.clone();
        let id = self.buffers[i].id;
        let text = self.buffers[i].text.clone();
        let before = self.disk(&rel);
        let shown = self.buffers[i].conflict.clone();
        self.remember_previous(&rel);
        let result = self.store.write(Path::new(&rel), &text, expected.clone());
        self.last_save = Instant::now();
        let after = self.disk(&rel);
        let before_hash = before.as_deref().map(content_hash);
        match result {
            Ok(outcome) => {
                self.stats.saves += 1;
                let allowed = match &expected {
                    Expected::Hash(h) => before_hash.as_ref() == Some(h),
                    Expected::Absent => before.is_none(),
                    Expected::Any => true,
                };
                if !allowed {
                    self.violation(format!(
                        "{why} of #{id} replaced {rel} although the disk ({before_hash:?}) was not the expected {expected:?}"
                    ));
                }
                if matches!(expected, Expected::Any) {
                    let seen = shown.flatten().map(|(_, h)| h);
                    if before_hash != seen {
                        self.stats.unseen_overwrites_by_keep_mine += 1;
                    }
                }
                let want = encode_for_disk(&text, before.as_deref());
                if after.as_deref() != Some(want.as_slice()) || content_hash(&want) != outcome.hash {
                    self.violation(format!(
                        "{why} of #{id} reported success but {rel} does not hold the text"
                    ));
                }
                self.ours
                    .entry(rel.clone())
                    .or_default()
                    .insert(outcome.hash.clone());
                self.typed.remove(&id);
                self.stats.versions_checked += 1;
                let b = &mut self.buffers[i];
                b.base = Some(outcome.hash.clone());
                b.dirty = false;
                b.conflict = None;
                b.orphaned = false;
                // Another view of the same document (opened under its new name before the
                // rename reached this buffer) hears of our save from the app, not the watcher.
                for other in self
                    .buffers
                    .iter_mut()
                    .filter(|o| o.id != id && o.rel == rel && o.clean())
                {
                    other.text = text.clone();
                    other.base = Some(outcome.hash.clone());
                    other.orphaned = false;
                }
                self.log.push(format!("{why} #{id} ({rel}): saved"));
            }
            Err(e) => {
                self.stats.saves_refused += 1;
                if after != before {
                    self.violation(format!("{why} of #{id} was refused ({e}) but {rel} changed"));
                }
                if let CoreError::Conflict {
                    disk_text, disk_hash, ..
                } = &e
                {
                    self.stats.conflicts += 1;
                    if *disk_hash != before_hash {
                        self.violation(format!(
                            "conflict on {rel} reports {disk_hash:?}, the disk holds {before_hash:?}"
                        ));
                    }
                    if let (Expected::Hash(h), Some(now)) = (&expected, &before_hash) {
                        if h == now {
                            self.violation(format!(
                                "{why} of #{id}: conflict although the disk matches the base"
                            ));
                        }
                    }
                    self.buffers[i].conflict = Some(disk_text.clone().zip(disk_hash.clone()));
                }
                self.log
                    .push(format!("{why} #{id} ({rel}): refused: {}", e.kind()));
            }
        }
        let temps = temp_files_below(&self.root);
        if !temps.is_empty() {
            self.violation(format!("temp files left after a save: {temps:?}"));
        }
    }

    /// Reload a clean buffer from disk (the app's answer to an external change).
    fn reload(&mut self, i: usize) {
        if !self.buffers[i].clean() {
            return;
        }
        let rel = self.buffers[i].rel.clone();
        match self.store.read(Path::new(&rel)) {
            Ok(file) => {
                let b = &mut self.buffers[i];
                if b.base.as_ref() != Some(&file.hash) {
                    self.stats.reloads += 1;
                }
                b.text = file.text;
                b.base = Some(file.hash);
                b.orphaned = false;
            }
            Err(_) => self.buffers[i].orphaned = true,
        }
    }

    fn buffers_under(&self, prefix: &str) -> Vec<usize> {
        let dir = format!("{prefix}/");
        (0..self.buffers.len())
            .filter(|i| self.buffers[*i].rel.starts_with(&dir) || self.buffers[*i].rel == prefix)
            .collect()
    }

    fn apply(&mut self, change: RepoChange) {
        let kind = match &change {
            RepoChange::FeatureAdded { .. } => "featureAdded",
            RepoChange::FeatureRemoved { .. } => "featureRemoved",
            RepoChange::FeatureRenamed { .. } => "featureRenamed",
            RepoChange::DocumentAdded { .. } => "documentAdded",
            RepoChange::DocumentRemoved { .. } => "documentRemoved",
            RepoChange::DocumentChanged { .. } => "documentChanged",
            RepoChange::SpecsDirAdded { .. } => "specsDirAdded",
            RepoChange::SpecsDirRemoved { .. } => "specsDirRemoved",
            RepoChange::TemplateChanged => "templateChanged",
            RepoChange::ConfigChanged => "configChanged",
            RepoChange::Rescan => "rescan",
        };
        *self.stats.events.entry(kind).or_default() += 1;
        self.log.push(format!("event {change:?}"));
        match change {
            RepoChange::DocumentChanged { rel_path, hash } => {
                let ours = self.ours.get(&rel_path).is_some_and(|s| s.contains(&hash));
                let theirs = self.theirs.get(&rel_path).is_some_and(|s| s.contains(&hash));
                if ours && !theirs {
                    self.stats.echo_leaks += 1;
                    self.log.push(format!(
                        "(our own save of {rel_path} came back as an external change)"
                    ));
                }
                for i in self.buffers_under(&rel_path) {
                    self.reload(i);
                }
            }
            RepoChange::DocumentAdded { rel_path } => {
                for i in self.buffers_under(&rel_path) {
                    self.reload(i);
                }
            }
            RepoChange::FeatureAdded { rel_path } | RepoChange::SpecsDirAdded { rel_path } => {
                for i in self.buffers_under(&rel_path) {
                    self.reload(i);
                }
            }
            RepoChange::DocumentRemoved { rel_path }
            | RepoChange::FeatureRemoved { rel_path }
            | RepoChange::SpecsDirRemoved { rel_path } => {
                for i in self.buffers_under(&rel_path) {
                    self.buffers[i].orphaned = true;
                }
            }
            RepoChange::FeatureRenamed { from, to } => {
                for i in self.buffers_under(&from) {
                    let rest = self.buffers[i].rel[from.len()..].to_string();
                    self.buffers[i].rel = format!("{to}{rest}");
                }
            }
            // No document changed (the app checks plans again).
            RepoChange::TemplateChanged | RepoChange::ConfigChanged => {}
            RepoChange::Rescan => {
                for i in 0..self.buffers.len() {
                    self.reload(i);
                }
            }
        }
    }

    /// Hand the app whatever the watcher reported so far.
    fn deliver(&mut self) {
        let batches: Vec<Vec<RepoChange>> = self.rx.try_iter().collect();
        for change in batches.into_iter().flatten() {
            self.apply(change);
        }
    }

    /// Why the watcher's view differs from the disk, if it does.
    fn watcher_mismatch(&self) -> Option<String> {
        let fresh = Repository::scan(self.root.clone()).ok()?;
        if self.watcher.repository() != fresh {
            return Some("structure differs from a fresh scan".into());
        }
        for doc in fresh.features().flat_map(|f| f.documents.iter()) {
            let on_disk = fs::read(self.abs(&doc.rel_path)).ok().map(|b| content_hash(&b));
            if on_disk.is_some() && self.watcher.document_hash(&doc.rel_path) != on_disk {
                return Some(format!("hash of {} differs", doc.rel_path));
            }
        }
        None
    }

    /// Wait until the watcher has seen everything and gone quiet, deliver, and check that the
    /// app now agrees with the disk.
    fn settle(&mut self) {
        self.stats.settles += 1;
        let deadline = Instant::now() + SETTLE_TIMEOUT;
        let mut quiet_since = Instant::now();
        let mut last_mismatch = None;
        loop {
            let batches: Vec<Vec<RepoChange>> = self.rx.try_iter().collect();
            if !batches.is_empty() {
                quiet_since = Instant::now();
                for change in batches.into_iter().flatten() {
                    self.apply(change);
                }
            }
            // Saves no event confirmed yet are audited by the watcher: give it the time.
            let audited = self.store.own_writes().is_empty() || self.last_save.elapsed() >= AUDIT_WAIT;
            // The disk is compared (a scan and a hash of every document) only once quiet.
            if quiet_since.elapsed() >= QUIET && audited {
                last_mismatch = self.watcher_mismatch();
                // The watcher updates its snapshot before it sends the batch's changes: give
                // those a moment to arrive before declaring the app up to date.
                if last_mismatch.is_none() {
                    std::thread::sleep(QUIET / 2);
                    let late: Vec<Vec<RepoChange>> = self.rx.try_iter().collect();
                    if late.is_empty() {
                        break;
                    }
                    for change in late.into_iter().flatten() {
                        self.apply(change);
                    }
                }
                quiet_since = Instant::now();
            }
            if Instant::now() > deadline {
                self.violation(format!("the watcher never settled: {last_mismatch:?}"));
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.log.push("settled".into());
        for i in 0..self.buffers.len() {
            let b = self.buffers[i].clone();
            if !b.clean() {
                continue;
            }
            match self.disk(&b.rel) {
                Some(bytes) if b.base.as_deref() != Some(content_hash(&bytes).as_str()) => {
                    self.violation(format!(
                        "clean buffer #{} ({}) is stale: an external change was not reported",
                        b.id, b.rel
                    ));
                }
                Some(_) => {}
                None if !b.orphaned && b.base.is_some() => {
                    self.violation(format!("{} vanished but buffer #{} was not told", b.rel, b.id));
                }
                None => {}
            }
        }
    }

    // ---- other programs ---------------------------------------------------------------

    fn external_content(&mut self, rel: &str) -> Vec<u8> {
        let uid = self.uid();
        let mut text = format!("# {rel}\n\nwritten by another program, {uid}\n\n- [ ] their task {uid}\n");
        if self.rng.chance(20) {
            text = text.replace('\n', "\r\n");
        }
        text.into_bytes()
    }

    fn ext_write_in_place(&mut self, rel: &str) {
        let bytes = self.external_content(rel);
        self.remember_previous(rel);
        if fs::write(self.abs(rel), &bytes).is_ok() {
            self.note_external(rel, &bytes);
            self.log.push(format!("external write (in place) {rel}"));
        }
    }

    fn ext_write_by_rename(&mut self, rel: &str) {
        let bytes = self.external_content(rel);
        let uid = self.uid();
        let tmp = self.abs(rel).with_file_name(format!(".{uid}.swp"));
        self.remember_previous(rel);
        if fs::write(&tmp, &bytes).is_ok() && fs::rename(&tmp, self.abs(rel)).is_ok() {
            self.note_external(rel, &bytes);
            self.log.push(format!("external write (rename) {rel}"));
        }
        let _ = fs::remove_file(tmp);
    }

    /// Put back what the file held before its latest write (`git checkout -- file`).
    fn ext_revert(&mut self, rel: &str) {
        let Some(bytes) = self.previous.get(rel).cloned() else {
            return;
        };
        self.remember_previous(rel);
        if fs::write(self.abs(rel), &bytes).is_ok() {
            self.note_external(rel, &bytes);
            self.log.push(format!("external revert {rel}"));
        }
    }

    fn ext_delete(&mut self, rel: &str) {
        self.remember_previous(rel);
        if fs::remove_file(self.abs(rel)).is_ok() {
            self.stats.external_ops += 1;
            self.log.push(format!("external delete {rel}"));
        }
    }

    fn ext_create(&mut self, rel: &str) {
        let bytes = self.external_content(rel);
        if fs::write(self.abs(rel), &bytes).is_ok() {
            self.note_external(rel, &bytes);
            self.log.push(format!("external create {rel}"));
        }
    }

    fn ext_rename_feature(&mut self, dir: &str) {
        let name = dir.trim_start_matches("specs/");
        let Some((number, slug)) = parse_feature_dir(name) else {
            return;
        };
        let base = slug.split("-r").next().unwrap_or(slug).to_string();
        let uid = self.uid();
        let to = format!("specs/{number}-{base}-r{uid}");
        if fs::rename(self.abs(dir), self.abs(&to)).is_ok() {
            self.stats.external_ops += 1;
            self.log.push(format!("external rename {dir} -> {to}"));
        }
    }

    /// Delete a feature folder and create it again (`git checkout` of another branch and back),
    /// with the same documents, some of them changed.
    fn ext_recreate_feature(&mut self, dir: &str) {
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        for doc in self
            .documents()
            .into_iter()
            .filter(|d| d.starts_with(&format!("{dir}/")))
        {
            if let Some(bytes) = self.disk(&doc) {
                files.push((doc, bytes));
            }
        }
        if fs::remove_dir_all(self.abs(dir)).is_err() {
            return;
        }
        self.stats.external_ops += 1;
        let _ = fs::create_dir_all(self.abs(dir));
        let mut changed = 0;
        for (rel, bytes) in files {
            let bytes = if self.rng.chance(40) {
                changed += 1;
                self.external_content(&rel)
            } else {
                bytes
            };
            self.previous.insert(rel.clone(), bytes.clone());
            if fs::write(self.abs(&rel), &bytes).is_ok() {
                self.note_external(&rel, &bytes);
            }
        }
        self.log.push(format!(
            "external re-creation of {dir} ({changed} documents changed)"
        ));
    }

    /// Another SpecDesk instance saves the document, properly (compare-and-swap).
    fn other_instance_save(&mut self, rel: &str) {
        let Ok(file) = self.other.read(Path::new(rel)) else {
            return;
        };
        let uid = self.uid();
        let text = format!("{}edited in another SpecDesk window, {uid}\n", file.text);
        self.remember_previous(rel);
        if let Ok(out) = self.other.write(Path::new(rel), &text, Expected::Hash(file.hash)) {
            self.theirs.entry(rel.to_string()).or_default().insert(out.hash);
            self.stats.external_ops += 1;
            self.log.push(format!("other instance saved {rel}"));
        }
    }

    // ---- the run ----------------------------------------------------------------------

    fn check_typed_versions_are_held(&mut self) {
        let typed: Vec<(usize, String)> = self.typed.iter().map(|(k, v)| (*k, v.clone())).collect();
        for (id, version) in typed {
            match self.buffers.iter().find(|b| b.id == id) {
                Some(b) if b.text == version => {}
                Some(_) => self.violation(format!("buffer #{id} no longer holds the version the user typed")),
                None => self.violation(format!("buffer #{id} was closed with an unsaved version")),
            }
        }
        let temps = temp_files_below(&self.root);
        if !temps.is_empty() {
            self.violation(format!("temp files left: {temps:?}"));
        }
    }

    /// The documents the app's tree shows: the watcher's view (the app opens from its tree, not
    /// from paths it was never told about).
    fn known_documents(&self) -> Vec<String> {
        self.watcher
            .repository()
            .features()
            .flat_map(|f| f.documents.iter())
            .filter(|d| !d.name.contains('/'))
            .map(|d| d.rel_path.clone())
            .collect()
    }

    /// Documents the app could create: a known name missing from a feature folder of its tree.
    fn creatable_documents(&self) -> Vec<String> {
        let repo = self.watcher.repository();
        let mut out = Vec::new();
        for feature in repo.features() {
            for name in ["plan.md", "spec.md", "tasks.md", "research.md"] {
                if !feature.documents.iter().any(|d| d.name == name) {
                    out.push(format!("{}/{name}", feature.rel_path));
                }
            }
        }
        out
    }

    fn step(&mut self) {
        const WEIGHTS: &[usize] = &[
            8,  // 0 open
            2,  // 1 new document
            14, // 2 type
            8,  // 3 save
            5,  // 4 autosave
            4,  // 5 keep mine
            3,  // 6 take theirs
            2,  // 7 close a clean buffer
            10, // 8 deliver events
            2,  // 9 settle
            6,  // 10 external write in place
            5,  // 11 external write by rename
            3,  // 12 external revert
            2,  // 13 external delete
            2,  // 14 external create
            1,  // 15 rename a feature folder
            1,  // 16 re-create a feature folder
            3,  // 17 another instance saves
        ];
        let docs = self.documents();
        let op = self.rng.weighted(WEIGHTS);
        let buffer = (!self.buffers.is_empty()).then(|| self.rng.below(self.buffers.len()));
        let doc = (!docs.is_empty()).then(|| self.rng.pick(&docs).clone());
        match op {
            // The choice comes from the disk (the same for a seed on every repeat); the app only
            // acts on what its tree (the watcher's view) shows.
            0 => {
                if let Some(doc) = doc {
                    if self.known_documents().contains(&doc) {
                        self.open(&doc);
                    } else {
                        self.log.push(format!("open {doc}: not in the app's tree yet"));
                    }
                }
            }
            1 => {
                let missing = self.missing_documents();
                if !missing.is_empty() {
                    let rel = self.rng.pick(&missing).clone();
                    if self.creatable_documents().contains(&rel) {
                        self.new_document(&rel);
                    } else {
                        self.log.push(format!(
                            "new document {rel}: its folder is not in the app's tree yet"
                        ));
                    }
                }
            }
            2 => {
                if let Some(i) = buffer {
                    self.type_into(i)
                }
            }
            3 => {
                if let Some(i) = buffer.filter(|i| self.buffers[*i].dirty) {
                    self.save(i, "save")
                }
            }
            4 => {
                for i in 0..self.buffers.len() {
                    if self.buffers[i].dirty && self.buffers[i].conflict.is_none() {
                        self.save(i, "autosave");
                    }
                }
            }
            5 => {
                if let Some(i) = buffer.filter(|i| self.buffers[*i].conflict.is_some()) {
                    self.keep_mine(i)
                }
            }
            6 => {
                if let Some(i) = buffer.filter(|i| self.buffers[*i].conflict.is_some()) {
                    self.take_theirs(i)
                }
            }
            7 => {
                if let Some(i) = buffer.filter(|i| self.buffers[*i].clean()) {
                    let b = self.buffers.remove(i);
                    self.log.push(format!("close #{} ({})", b.id, b.rel));
                }
            }
            8 => self.deliver(),
            9 => self.settle(),
            10 => {
                if let Some(doc) = doc {
                    self.ext_write_in_place(&doc)
                }
            }
            11 => {
                if let Some(doc) = doc {
                    self.ext_write_by_rename(&doc)
                }
            }
            12 => {
                if let Some(doc) = doc {
                    self.ext_revert(&doc)
                }
            }
            13 => {
                if let Some(doc) = doc {
                    self.ext_delete(&doc)
                }
            }
            14 => {
                let missing = self.missing_documents();
                if !missing.is_empty() {
                    let rel = self.rng.pick(&missing).clone();
                    self.ext_create(&rel);
                }
            }
            15 => {
                let dirs = self.feature_dirs();
                if !dirs.is_empty() {
                    let dir = self.rng.pick(&dirs).clone();
                    self.ext_rename_feature(&dir);
                }
            }
            16 => {
                let dirs = self.feature_dirs();
                if !dirs.is_empty() {
                    let dir = self.rng.pick(&dirs).clone();
                    self.ext_recreate_feature(&dir);
                }
            }
            _ => {
                if let Some(doc) = doc {
                    self.other_instance_save(&doc)
                }
            }
        }
        self.stats.steps += 1;
        self.check_typed_versions_are_held();
    }

    /// The end of a run: the user saves what they can, the watcher settles, and the model is
    /// checked one last time.
    fn finish(&mut self) {
        self.settle();
        for i in 0..self.buffers.len() {
            if self.buffers[i].dirty && self.buffers[i].conflict.is_none() {
                self.save(i, "final save");
            }
        }
        self.settle();
        self.check_typed_versions_are_held();
    }
}

/// One run from its seed; `Err` carries the report of a violation.
fn run(seed: u64, keep_mine: KeepMine) -> Result<Stats, String> {
    let mut world = World::new(seed, keep_mine);
    let steps = world.rng.between(20, 60);
    for _ in 0..steps {
        world.step();
        if !world.violations.is_empty() {
            break;
        }
    }
    if world.violations.is_empty() {
        world.finish();
    }
    world.stats.runs = 1;
    if world.violations.is_empty() {
        Ok(world.stats)
    } else {
        let tail: Vec<&String> = world
            .log
            .iter()
            .rev()
            .take(60)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        Err(format!(
            "seed {seed}: {}\nlast steps:\n  {}",
            world.violations.join("\n"),
            tail.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n  ")
        ))
    }
}

/// Run `runs` seeds from `base` on `threads` threads; returns the totals and the failures.
fn run_many(
    base: u64,
    runs: usize,
    repeat: usize,
    threads: usize,
    keep_mine: KeepMine,
) -> (Stats, Vec<String>) {
    let next = AtomicUsize::new(0);
    let totals = Mutex::new(Stats::default());
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            scope.spawn(|| loop {
                let k = next.fetch_add(1, Ordering::SeqCst);
                if k >= runs * repeat {
                    break;
                }
                let n = k / repeat;
                match run(base + n as u64, keep_mine) {
                    Ok(stats) => totals.lock().unwrap().add(&stats),
                    Err(report) => failures.lock().unwrap().push(report),
                }
                if (k + 1).checked_rem(1000) == Some(0) {
                    println!("  {} runs done", n + 1);
                }
            });
        }
    });
    (totals.into_inner().unwrap(), failures.into_inner().unwrap())
}

#[test]
fn concurrent_writers_never_lose_or_silently_overwrite_an_edit() {
    let runs = env_usize("SPECDESK_RUNS", 60);
    let threads = env_usize("SPECDESK_THREADS", 12);
    let base = env_u64("SPECDESK_SEED").unwrap_or(1);
    // Repeat each seed: the operations replay exactly, the watcher's timing does not.
    let repeat = env_usize("SPECDESK_REPEAT", 1).max(1);
    let keep_mine = match std::env::var("SPECDESK_KEEP_MINE").as_deref() {
        Ok("any") => KeepMine::Any,
        _ => KeepMine::Shown,
    };
    let started = Instant::now();
    let (stats, failures) = run_many(base, runs, repeat, threads, keep_mine);
    println!(
        "concurrent writers: {} runs (seeds {base}..{}), keep mine = {keep_mine:?}, {:.1?}\n  {} steps, {} edits typed, {} saves ({} verified on disk), {} refused ({} conflicts), {} keep mine, {} take theirs, {} reloads, {} external operations, {} settles\n  events {:?}\n  keep-mine overwrites of a version the user never saw: {}\n  own saves reported back as external changes (no loss): {}\n  losses: {}",
        stats.runs,
        base + runs as u64 - 1,
        started.elapsed(),
        stats.steps,
        stats.typed,
        stats.saves,
        stats.versions_checked,
        stats.saves_refused,
        stats.conflicts,
        stats.keep_mine,
        stats.take_theirs,
        stats.reloads,
        stats.external_ops,
        stats.settles,
        stats.events,
        stats.unseen_overwrites_by_keep_mine,
        stats.echo_leaks,
        failures.len()
    );
    for failure in &failures {
        println!("FAILED {}", failure.lines().next().unwrap_or(""));
    }
    if let Some(first) = failures.first() {
        let seed = first.split(':').next().unwrap_or("").trim_start_matches("seed ");
        panic!(
            "{} of {runs} runs failed; first:\n{first}\n\nrepeat: SPECDESK_SEED={seed} SPECDESK_RUNS=1 cargo test -p specdesk-core --test reliability_concurrent -- --nocapture",
            failures.len()
        );
    }
    assert_eq!(stats.runs, runs * repeat);
    assert!(
        stats.conflicts > 0 || runs < 50,
        "no run produced a conflict: the harness is too tame"
    );
}

#[test]
fn keep_mine_over_any_can_overwrite_a_change_the_user_never_saw() {
    // Why the harness's "keep mine" writes over the version shown rather than `Expected::Any`:
    // a third version written after the conflict view opened would otherwise be lost unseen.
    let tmp = tempfile::tempdir().unwrap();
    fs::create_dir_all(tmp.path().join("specs/001-a")).unwrap();
    fs::write(tmp.path().join("specs/001-a/plan.md"), "v0\n").unwrap();
    let store = Store::new(tmp.path()).unwrap();
    let rel = Path::new("specs/001-a/plan.md");
    let base = store.read(rel).unwrap().hash;
    fs::write(tmp.path().join(rel), "theirs 1\n").unwrap();
    let Err(CoreError::Conflict {
        disk_hash: Some(shown),
        ..
    }) = store.write(rel, "mine\n", Expected::Hash(base))
    else {
        panic!("expected a conflict");
    };
    fs::write(tmp.path().join(rel), "theirs 2, never shown\n").unwrap();
    // Over the version shown: refused again, "theirs 2" survives and gets shown.
    let err = store.write(rel, "mine\n", Expected::Hash(shown)).unwrap_err();
    assert!(
        matches!(err, CoreError::Conflict { disk_text: Some(ref t), .. } if t == "theirs 2, never shown\n")
    );
    assert_eq!(
        fs::read_to_string(tmp.path().join(rel)).unwrap(),
        "theirs 2, never shown\n"
    );
    // Over anything: "theirs 2" is gone without the user ever seeing it.
    store.write(rel, "mine\n", Expected::Any).unwrap();
    assert_eq!(fs::read_to_string(tmp.path().join(rel)).unwrap(), "mine\n");
}
