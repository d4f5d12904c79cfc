//! Local history: every version of every spec document SpecDesk has seen on disk or saved.
//!
//! One [`HistoryStore`] per repository lives in the app's data directory
//! (`<data dir>/history/<key>/`, the key a hash of the repository's canonical root), shared by
//! the desktop app and `specdesk-cli`:
//!
//! - `objects/ab/<blake3>.z`: each distinct content once (content-addressed, zlib-compressed,
//!   checked against its hash on every read — a damaged blob is reported as
//!   [`CoreError::Corrupt`], never returned). Written atomically; fsynced for the watcher's
//!   one-file captures, left to the OS for bulk captures (like git's loose objects);
//! - `index.jsonl`: a header line, then one [`Version`] per line, appended with a single write
//!   and fsynced. A torn last line (a crash mid-write) is skipped by readers and terminated by the
//!   next writer;
//! - `lock`: an advisory lock held by writers (capture, restore, prune), so the app and the CLI
//!   can write at the same time.
//!
//! Capture is driven by the caller: the app feeds the watcher's [`RepoChange`]s to
//! [`HistoryStore::capture_changes`] (so versions written by git, agents or other editors are
//! caught), and its own saves to [`HistoryStore::capture_saved`]. Content equal to a file's
//! latest version costs one hash and records nothing. [`HistoryStore::restore`] goes through the
//! store's compare-and-swap write; what it replaces is captured first, so a restore is itself
//! undoable. [`HistoryStore::prune`] applies a [`Retention`] policy that never drops the newest
//! version of a file (nor, for a deleted file, its last content).
//!
//! [`detect_replacement`] recognises a wholesale replacement (the plan now matches its template,
//! or most of its lines changed at once) so the app can offer "Compare / Restore previous".

use crate::encoding;
use crate::error::{CoreError, Result};
use crate::repo::{scan_documents, Repository};
use crate::store::{content_hash, encode_for_disk, Expected, Store, WriteOutcome, MAX_FILE_BYTES};
use crate::template::Template;
use crate::watch::RepoChange;
use fs4::fs_std::FileExt;
use serde::{Deserialize, Serialize};
use similar::{DiffTag, TextDiff};
use std::collections::{HashMap, HashSet};
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The app's identifier: its data directory is named after it.
pub const APP_IDENTIFIER: &str = "dev.specdesk.app";

/// Environment variable overriding the data directory (tests, portable installs).
pub const DATA_DIR_ENV: &str = "SPECDESK_DATA_DIR";

/// Folder of the data directory holding every repository's history.
pub const HISTORY_DIR: &str = "history";

const INDEX_FILE: &str = "index.jsonl";
const LOCK_FILE: &str = "lock";
const OBJECTS_DIR: &str = "objects";
const REPO_FILE: &str = "repo.json";
const BLOB_SUFFIX: &str = ".z";
const FORMAT_VERSION: u32 = 1;
const COMPRESSION_LEVEL: u8 = 6;
const DAY_MS: i64 = 86_400_000;

/// A version's id is this many hex digits; commands accept any unique prefix of at least
/// [`MIN_ID_PREFIX`].
const ID_LEN: usize = 12;
/// The shortest id prefix [`HistoryStore::version`] accepts.
pub const MIN_ID_PREFIX: usize = 4;

/// Diffs give up refining after this long and report a coarser (still correct) result.
const DIFF_TIMEOUT: Duration = Duration::from_millis(250);

/// A previous text with fewer non-blank lines than this is never called "replaced" by line
/// count alone (editing a three-line file changes most of it).
pub const REPLACEMENT_MIN_LINES: usize = 5;
/// More than this fraction of the previous lines gone at once is a wholesale replacement.
pub const REPLACEMENT_FRACTION: f64 = 0.5;
/// A text at least this similar to the template (line ratio) "matches its template".
pub const TEMPLATE_SIMILARITY: f32 = 0.9;

/// The app's data directory as the desktop app resolves it: `$SPECDESK_DATA_DIR` when set,
/// else the platform's user data folder + [`APP_IDENTIFIER`] (`$XDG_DATA_HOME` or
/// `~/.local/share` on Linux, `~/Library/Application Support` on macOS, `%APPDATA%` on
/// Windows). `None` when no home folder is known.
pub fn default_data_dir() -> Option<PathBuf> {
    if let Some(dir) = non_empty_env(DATA_DIR_ENV) {
        return Some(PathBuf::from(dir));
    }
    platform_data_home().map(|base| base.join(APP_IDENTIFIER))
}

fn non_empty_env(name: &str) -> Option<std::ffi::OsString> {
    std::env::var_os(name).filter(|v| !v.is_empty())
}

#[cfg(target_os = "macos")]
fn platform_data_home() -> Option<PathBuf> {
    non_empty_env("HOME").map(|home| PathBuf::from(home).join("Library/Application Support"))
}

#[cfg(windows)]
fn platform_data_home() -> Option<PathBuf> {
    non_empty_env("APPDATA").map(PathBuf::from)
}

#[cfg(not(any(target_os = "macos", windows)))]
fn platform_data_home() -> Option<PathBuf> {
    non_empty_env("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| non_empty_env("HOME").map(|home| PathBuf::from(home).join(".local/share")))
}

/// How a version came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum VersionSource {
    /// Written by SpecDesk (a save in the app).
    Saved,
    /// Seen on disk: written by git, an agent, another editor.
    Disk,
    /// Written by a restore from history.
    Restored,
    /// The file was deleted (the version has no content).
    Deleted,
}

impl VersionSource {
    /// The words the history timeline shows.
    pub fn label(self) -> &'static str {
        match self {
            VersionSource::Saved => "saved here",
            VersionSource::Disk => "changed on disk",
            VersionSource::Restored => "restored",
            VersionSource::Deleted => "deleted",
        }
    }
}

/// One version of one file: a line of the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Version {
    /// Unique id (hex); any unique prefix of 4+ digits designates it.
    pub id: String,
    /// The file, repository-relative, `/`-separated.
    pub path: String,
    /// blake3 hex of the file's bytes (as [`crate::store::TextFile::hash`]); `None` for a
    /// deletion.
    pub hash: Option<String>,
    /// When it was captured, milliseconds since the Unix epoch (UTC).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub at: i64,
    pub source: VersionSource,
    /// Size of the file in bytes (0 for a deletion).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub size: u64,
    /// Size of the compressed blob in bytes (0 for a deletion).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub stored: u64,
    /// Number of lines of the content.
    pub lines: u32,
    /// Lines added compared with the file's previous version.
    pub added: u32,
    /// Lines removed compared with the file's previous version.
    pub removed: u32,
}

impl Version {
    /// Whether this version records a deletion (it has no content to restore).
    pub fn is_deletion(&self) -> bool {
        self.hash.is_none()
    }
}

/// The first line of the index. `epoch` changes whenever the index is rewritten (pruning), so
/// a reader that remembered an offset knows to read everything again.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct IndexHeader {
    specdesk_history: u32,
    epoch: String,
}

/// How long versions are kept. The newest version of every file is always kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Retention {
    /// Every version younger than this is kept (milliseconds).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub keep_all_ms: i64,
    /// Up to this age, the newest version of each day (UTC) is kept (milliseconds).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub keep_daily_ms: i64,
    /// Compressed bytes the history may use; the oldest versions go first when it is exceeded.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub max_bytes: u64,
}

impl Default for Retention {
    /// Everything for 7 days, daily versions for 90 days, at most 256 MiB.
    fn default() -> Retention {
        Retention {
            keep_all_ms: 7 * DAY_MS,
            keep_daily_ms: 90 * DAY_MS,
            max_bytes: 256 * 1024 * 1024,
        }
    }
}

/// What [`HistoryStore::prune`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct PruneReport {
    pub removed_versions: usize,
    pub kept_versions: usize,
    pub removed_blobs: usize,
    /// Compressed bytes of the blobs still referenced.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub stored_bytes: u64,
}

/// Size of a repository's history.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct HistoryStats {
    pub versions: usize,
    pub files: usize,
    /// Distinct contents stored.
    pub blobs: usize,
    /// Their compressed size.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub stored_bytes: u64,
    /// Their uncompressed size.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub content_bytes: u64,
    /// Size of the index file.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub index_bytes: u64,
}

/// One file's history at a glance (for "deleted files" lists and folder views).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct FileHistory {
    pub path: String,
    /// The newest version (a deletion when the file was deleted).
    pub latest: Version,
    /// The newest version with content, when there is one.
    pub latest_content: Option<Version>,
    pub versions: usize,
}

/// Why a change counts as a wholesale replacement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum ReplacementReason {
    /// The text now (nearly) equals its template: the plan was reset.
    MatchesTemplate,
    /// More than half of the previous lines went at once.
    MostLinesChanged,
}

/// A wholesale replacement found by [`detect_replacement`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Replacement {
    pub reason: ReplacementReason,
    /// Fraction (0–1) of the previous non-blank lines that are gone.
    pub changed_fraction: f64,
}

/// A replacement seen while capturing, for the app's notice "plan.md was replaced on disk —
/// Compare / Restore previous".
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ReplacementNotice {
    pub path: String,
    /// The version now on disk.
    pub version_id: String,
    /// The version it replaced (what "Restore previous" restores).
    pub previous_version_id: String,
    pub replacement: Replacement,
}

/// A file that could not be captured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CaptureFailure {
    pub path: String,
    /// [`CoreError::kind`].
    pub kind: String,
    pub message: String,
}

/// What one round of capturing recorded.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CaptureReport {
    /// New versions, in the order they were recorded.
    pub versions: Vec<Version>,
    pub replacements: Vec<ReplacementNotice>,
    pub failures: Vec<CaptureFailure>,
}

impl CaptureReport {
    fn fail(&mut self, path: &str, error: &CoreError) {
        self.failures.push(CaptureFailure {
            path: path.to_string(),
            kind: error.kind().to_string(),
            message: error.to_string(),
        });
    }
}

/// The result of [`HistoryStore::restore`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Restored {
    /// The version that was restored.
    pub from: Version,
    /// The new version recorded for the restored text; `None` when the file already held it.
    pub version: Option<Version>,
    /// The version holding the content the restore replaced (captured first when history
    /// didn't have it): restore it to undo. `None` when the file did not exist.
    pub replaced: Option<Version>,
    /// The write; `None` when nothing had to be written.
    pub write: Option<WriteOutcome>,
}

/// A line-level diff: what the history panel needs for "lines added/removed" and for a
/// side-by-side view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct LineDiff {
    pub added: u32,
    pub removed: u32,
    /// Runs of lines, in order; indexes are 0-based line numbers of the old and new text.
    pub ops: Vec<DiffRun>,
}

/// One run of a [`LineDiff`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DiffRun {
    pub kind: DiffKind,
    pub old_start: u32,
    pub old_len: u32,
    pub new_start: u32,
    pub new_len: u32,
}

/// What a [`DiffRun`] does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum DiffKind {
    Equal,
    Delete,
    Insert,
    Replace,
}

/// The diff of two texts by lines (line endings ignored: `\r\n` equals `\n`).
pub fn line_diff(old: &str, new: &str) -> LineDiff {
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let diff = diff_lines(&old_lines, &new_lines);
    let mut out = LineDiff {
        added: 0,
        removed: 0,
        ops: Vec::new(),
    };
    for op in diff.ops() {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let kind = match tag {
            DiffTag::Equal => DiffKind::Equal,
            DiffTag::Delete => DiffKind::Delete,
            DiffTag::Insert => DiffKind::Insert,
            DiffTag::Replace => DiffKind::Replace,
        };
        if kind != DiffKind::Equal {
            out.removed += old_range.len() as u32;
            out.added += new_range.len() as u32;
        }
        out.ops.push(DiffRun {
            kind,
            old_start: old_range.start as u32,
            old_len: old_range.len() as u32,
            new_start: new_range.start as u32,
            new_len: new_range.len() as u32,
        });
    }
    out
}

fn diff_lines<'a>(old: &'a [&'a str], new: &'a [&'a str]) -> TextDiff<'a, 'a, 'a, str> {
    TextDiff::configure().timeout(DIFF_TIMEOUT).diff_slices(old, new)
}

/// Whether `current` wholesale replaced `previous`: it now (nearly) equals `template` while
/// `previous` did not, or more than half of `previous`'s non-blank lines (at least
/// [`REPLACEMENT_MIN_LINES`] of them) are gone. Appending, however much, is not a replacement.
pub fn detect_replacement(previous: &str, current: &str, template: Option<&Template>) -> Option<Replacement> {
    let old: Vec<&str> = previous.lines().collect();
    let new: Vec<&str> = current.lines().collect();
    let old_non_blank = old.iter().filter(|l| !l.trim().is_empty()).count();
    if old_non_blank == 0 || old == new {
        return None;
    }
    let changed_fraction = gone_fraction(&old, &new, old_non_blank);
    if let Some(template) = template {
        let template_lines: Vec<&str> = template.text.lines().collect();
        let now_template = diff_lines(&template_lines, &new).ratio() >= TEMPLATE_SIMILARITY;
        let was_template = diff_lines(&template_lines, &old).ratio() >= TEMPLATE_SIMILARITY;
        if now_template && !was_template {
            return Some(Replacement {
                reason: ReplacementReason::MatchesTemplate,
                changed_fraction,
            });
        }
    }
    (old_non_blank >= REPLACEMENT_MIN_LINES && changed_fraction > REPLACEMENT_FRACTION).then_some(
        Replacement {
            reason: ReplacementReason::MostLinesChanged,
            changed_fraction,
        },
    )
}

/// The fraction of `old`'s non-blank lines that don't survive into `new`.
fn gone_fraction(old: &[&str], new: &[&str], old_non_blank: usize) -> f64 {
    let diff = diff_lines(old, new);
    let gone = diff
        .ops()
        .iter()
        .filter(|op| op.tag() != DiffTag::Equal)
        .flat_map(|op| op.old_range())
        .filter(|&i| !old[i].trim().is_empty())
        .count();
    gone as f64 / old_non_blank as f64
}

/// The in-memory view of the index, kept in step with the file.
#[derive(Debug, Default)]
struct State {
    epoch: String,
    /// Bytes of the index file consumed (always at a line boundary).
    offset: u64,
    versions: Vec<Version>,
    /// Path → position in `versions` of its newest version.
    latest: HashMap<String, usize>,
    /// Path → position of its newest version with content.
    latest_content: HashMap<String, usize>,
    /// Hash → (compressed size, uncompressed size) of the blobs referenced.
    blobs: HashMap<String, (u64, u64)>,
}

impl State {
    fn push(&mut self, version: Version) {
        let at = self.versions.len();
        // A version older than the newest known (clocks of two processes) still counts as
        // newest when it comes later in the index: the index order is the capture order.
        self.latest.insert(version.path.clone(), at);
        if let Some(hash) = &version.hash {
            self.latest_content.insert(version.path.clone(), at);
            self.blobs
                .entry(hash.clone())
                .or_insert((version.stored, version.size));
        }
        self.versions.push(version);
    }

    fn latest(&self, path: &str) -> Option<&Version> {
        self.latest.get(path).map(|&i| &self.versions[i])
    }

    fn latest_content(&self, path: &str) -> Option<&Version> {
        self.latest_content.get(path).map(|&i| &self.versions[i])
    }

    fn stored_bytes(&self) -> u64 {
        self.blobs.values().map(|(stored, _)| stored).sum()
    }

    fn reset(&mut self) {
        *self = State::default();
    }
}

/// The local history of one repository. Cheap to clone; `Send + Sync`.
#[derive(Debug, Clone)]
pub struct HistoryStore {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    dir: PathBuf,
    root: PathBuf,
    retention: Retention,
    state: Mutex<State>,
}

/// Makes version ids unique within a process even within one clock tick.
static ID_COUNTER: AtomicU64 = AtomicU64::new(0);

impl HistoryStore {
    /// The history of the repository at `repo_root`, kept under `data_dir` (the app's data
    /// directory; see [`default_data_dir`]). Creates the folders on first use.
    pub fn open(data_dir: &Path, repo_root: &Path) -> Result<HistoryStore> {
        HistoryStore::open_with(data_dir, repo_root, Retention::default())
    }

    /// [`HistoryStore::open`] with a retention policy (applied by [`HistoryStore::prune`] and,
    /// for the size bound, after captures).
    pub fn open_with(data_dir: &Path, repo_root: &Path, retention: Retention) -> Result<HistoryStore> {
        let root = fs::canonicalize(repo_root).map_err(|e| CoreError::io(repo_root, e))?;
        let dir = data_dir.join(HISTORY_DIR).join(repo_key(&root));
        let objects = dir.join(OBJECTS_DIR);
        fs::create_dir_all(&objects).map_err(|e| CoreError::io(&objects, e))?;
        write_repo_file(&dir, &root)?;
        let store = HistoryStore {
            inner: Arc::new(Inner {
                dir,
                root,
                retention,
                state: Mutex::new(State::default()),
            }),
        };
        store.refresh()?;
        Ok(store)
    }

    /// The folder holding this repository's history.
    pub fn dir(&self) -> &Path {
        &self.inner.dir
    }

    /// The canonical repository root.
    pub fn root(&self) -> &Path {
        &self.inner.root
    }

    /// The retention policy in force.
    pub fn retention(&self) -> Retention {
        self.inner.retention
    }

    // ----- reading -------------------------------------------------------------------------

    /// Every version of `path` (repository-relative), newest first.
    pub fn versions(&self, path: &str) -> Result<Vec<Version>> {
        let path = normalize_rel(path);
        let state = self.synced_state()?;
        Ok(state
            .versions
            .iter()
            .rev()
            .filter(|v| v.path == path)
            .cloned()
            .collect())
    }

    /// Every version of every file at or below `prefix` (a file or a folder, repository-
    /// relative; `""` for everything), newest first.
    pub fn versions_under(&self, prefix: &str) -> Result<Vec<Version>> {
        let prefix = normalize_rel(prefix);
        let state = self.synced_state()?;
        Ok(state
            .versions
            .iter()
            .rev()
            .filter(|v| is_under(&v.path, &prefix))
            .cloned()
            .collect())
    }

    /// Each file at or below `prefix` with its newest version, sorted by path.
    pub fn files_under(&self, prefix: &str) -> Result<Vec<FileHistory>> {
        let prefix = normalize_rel(prefix);
        let state = self.synced_state()?;
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for v in state.versions.iter().filter(|v| is_under(&v.path, &prefix)) {
            *counts.entry(v.path.as_str()).or_default() += 1;
        }
        let mut files: Vec<FileHistory> = counts
            .into_iter()
            .filter_map(|(path, versions)| {
                Some(FileHistory {
                    path: path.to_string(),
                    latest: state.latest(path)?.clone(),
                    latest_content: state.latest_content(path).cloned(),
                    versions,
                })
            })
            .collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(files)
    }

    /// The newest version of `path`.
    pub fn latest(&self, path: &str) -> Result<Option<Version>> {
        let state = self.synced_state()?;
        Ok(state.latest(&normalize_rel(path)).cloned())
    }

    /// The version whose id starts with `id` (at least [`MIN_ID_PREFIX`] hex digits).
    pub fn version(&self, id: &str) -> Result<Version> {
        let id = id.trim().to_ascii_lowercase();
        if id.len() < MIN_ID_PREFIX || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(CoreError::Refused {
                reason: crate::i18n::Message::new("error-not-a-version-id")
                    .arg("id", id.as_str())
                    .arg("digits", MIN_ID_PREFIX),
            });
        }
        let state = self.synced_state()?;
        let mut found = state.versions.iter().filter(|v| v.id.starts_with(&id));
        match (found.next(), found.next()) {
            (Some(v), None) => Ok(v.clone()),
            (None, _) => Err(CoreError::Refused {
                reason: crate::i18n::Message::new("error-no-such-version").arg("id", id.as_str()),
            }),
            (Some(_), Some(_)) => Err(CoreError::Refused {
                reason: crate::i18n::Message::new("error-ambiguous-version").arg("id", id.as_str()),
            }),
        }
    }

    /// The exact bytes of a version (verified against its hash).
    pub fn bytes(&self, version: &Version) -> Result<Vec<u8>> {
        let hash = version.hash.as_deref().ok_or_else(|| CoreError::Invalid {
            message: format!(
                "version {} records the deletion of {}: it has no content",
                version.id, version.path
            ),
        })?;
        read_blob(&self.inner.dir, hash)
    }

    /// The text of a version, BOM removed (what an editor shows). A version in another encoding
    /// (a document before its conversion to UTF-8) is decoded ([`crate::encoding`]).
    pub fn text(&self, version: &Version) -> Result<String> {
        Ok(text_of(&self.bytes(version)?))
    }

    /// Counts and sizes of this repository's history.
    pub fn stats(&self) -> Result<HistoryStats> {
        let state = self.synced_state()?;
        let index_bytes = fs::metadata(self.inner.dir.join(INDEX_FILE)).map_or(0, |m| m.len());
        Ok(HistoryStats {
            versions: state.versions.len(),
            files: state.latest.len(),
            blobs: state.blobs.len(),
            stored_bytes: state.stored_bytes(),
            content_bytes: state.blobs.values().map(|(_, size)| size).sum(),
            index_bytes,
        })
    }

    /// Hashes of blobs that are missing or fail their check. Reads every blob: for a
    /// maintenance command, not the hot path.
    pub fn verify(&self) -> Result<Vec<String>> {
        let hashes: Vec<String> = self.synced_state()?.blobs.keys().cloned().collect();
        let mut bad: Vec<String> = hashes
            .into_iter()
            .filter(|h| read_blob(&self.inner.dir, h).is_err())
            .collect();
        bad.sort();
        Ok(bad)
    }

    // ----- capturing -----------------------------------------------------------------------

    /// Record `bytes` as the content of `path` now. Nothing is recorded (and `None` returned)
    /// when it equals the file's newest version.
    pub fn capture_bytes(&self, path: &str, bytes: &[u8], source: VersionSource) -> Result<Option<Version>> {
        let path = normalize_rel(path);
        let captured = self.with_lock(|state, dir| {
            let mut pending = Vec::new();
            let v = prepare_capture(state, dir, &path, bytes, source, Durability::Synced)?;
            if let Some(v) = &v {
                pending.push(v.clone());
            }
            append_versions(state, dir, pending)?;
            Ok(v)
        })?;
        self.enforce_size_bound()?;
        Ok(captured)
    }

    /// The version holding `bytes` as `path`'s content: captured now, or, when they are already
    /// its newest version (nothing captured), that one. What undoing a replacement restores.
    pub fn capture_or_latest(
        &self,
        path: &str,
        bytes: &[u8],
        source: VersionSource,
    ) -> Result<Option<Version>> {
        match self.capture_bytes(path, bytes, source)? {
            Some(captured) => Ok(Some(captured)),
            None => self.latest(path),
        }
    }

    /// Record that `path` was deleted. `None` when history knows nothing of it or already
    /// recorded its deletion.
    pub fn record_deleted(&self, path: &str) -> Result<Option<Version>> {
        let path = normalize_rel(path);
        self.with_lock(|state, dir| {
            let v = prepare_deletion(state, dir, &path);
            if let Some(v) = &v {
                append_versions(state, dir, vec![v.clone()])?;
            }
            Ok(v)
        })
    }

    /// Capture `path` as it is on disk now (through `store`, so reads stay confined): its
    /// content, or its deletion when it is gone.
    pub fn capture_file(&self, store: &Store, path: &str, source: VersionSource) -> Result<Option<Version>> {
        match read_raw(store, path)? {
            Some(bytes) => self.capture_bytes(path, &bytes, source),
            None => self.record_deleted(path),
        }
    }

    /// Capture the file SpecDesk just saved: `outcome` is what [`Store::write`] returned. When
    /// the disk already holds something else (another program wrote right after us), that is
    /// recorded as changed on disk instead.
    pub fn capture_saved(
        &self,
        store: &Store,
        path: &str,
        outcome: &WriteOutcome,
    ) -> Result<Option<Version>> {
        match read_raw(store, path)? {
            Some(bytes) => {
                let source = if content_hash(&bytes) == outcome.hash {
                    VersionSource::Saved
                } else {
                    VersionSource::Disk
                };
                self.capture_bytes(path, &bytes, source)
            }
            None => self.record_deleted(path),
        }
    }

    /// The watcher hook: capture what `changes` (from [`crate::watch::RepoWatcher`]) touched,
    /// and report wholesale replacements (`plan_template` is used for `plan.md` files). A
    /// [`RepoChange::Rescan`] captures the whole repository.
    pub fn capture_changes(
        &self,
        store: &Store,
        changes: &[RepoChange],
        plan_template: Option<&Template>,
    ) -> CaptureReport {
        if changes.iter().any(|c| matches!(c, RepoChange::Rescan)) {
            return self.capture_all(store, plan_template);
        }
        let mut work = Work::default();
        for change in changes {
            match change {
                RepoChange::DocumentChanged { rel_path, .. } | RepoChange::DocumentAdded { rel_path } => {
                    work.files.push(rel_path.clone())
                }
                RepoChange::DocumentRemoved { rel_path } => work.deleted_files.push(rel_path.clone()),
                RepoChange::FeatureAdded { rel_path } => work.folders.push(rel_path.clone()),
                RepoChange::FeatureRemoved { rel_path } => work.deleted_folders.push(rel_path.clone()),
                RepoChange::FeatureRenamed { from, to } => {
                    work.deleted_folders.push(from.clone());
                    work.folders.push(to.clone());
                }
                RepoChange::SpecsDirAdded { .. }
                | RepoChange::SpecsDirRemoved { .. }
                | RepoChange::TemplateChanged
                | RepoChange::ConfigChanged
                | RepoChange::Rescan => {}
            }
        }
        for folder in std::mem::take(&mut work.folders) {
            let dir = store.root().join(&folder);
            work.files
                .extend(scan_documents(store.root(), &dir).into_iter().map(|d| d.rel_path));
        }
        self.run(store, work, plan_template)
    }

    /// Capture every document of the repository, and the deletion of every file history knows
    /// that is gone. What the app runs when it opens a repository (and on a rescan): files
    /// unchanged since their newest version cost one read and one hash.
    pub fn capture_all(&self, store: &Store, plan_template: Option<&Template>) -> CaptureReport {
        let repo = match Repository::scan(store.root().to_path_buf()) {
            Ok(repo) => repo,
            Err(e) => {
                let mut report = CaptureReport::default();
                report.fail("", &e);
                return report;
            }
        };
        let files: Vec<String> = repo
            .features()
            .flat_map(|f| f.documents.iter().map(|d| d.rel_path.clone()))
            .collect();
        let present: HashSet<&str> = files.iter().map(String::as_str).collect();
        let gone: Vec<String> = match self.synced_state() {
            Ok(state) => state
                .latest
                .keys()
                .filter(|p| !present.contains(p.as_str()))
                .filter(|p| state.latest(p).is_some_and(|v| !v.is_deletion()))
                .cloned()
                .collect(),
            Err(_) => Vec::new(),
        };
        let work = Work {
            files: files.clone(),
            deleted_files: gone,
            ..Work::default()
        };
        self.run(store, work, plan_template)
    }

    /// Carry out a batch of captures under one lock, with one index append.
    fn run(&self, store: &Store, mut work: Work, plan_template: Option<&Template>) -> CaptureReport {
        let mut report = CaptureReport::default();
        let mut contents = Vec::new();
        for path in &work.files {
            match read_raw(store, path) {
                Ok(Some(bytes)) => contents.push((normalize_rel(path), bytes)),
                Ok(None) => work.deleted_files.push(path.clone()),
                // Not text SpecDesk could show (binary, damaged UTF-8, too large): not history.
                Err(
                    CoreError::Binary { .. } | CoreError::InvalidUtf8 { .. } | CoreError::TooLarge { .. },
                ) => {}
                Err(e) => report.fail(path, &e),
            }
        }
        // A bulk change (a checkout, the first capture of a repository) is not fsynced blob by
        // blob: see [`Durability`].
        let durability = if contents.len() > BULK_CAPTURE {
            Durability::Deferred
        } else {
            Durability::Synced
        };
        let result = self.with_lock(|state, dir| {
            let mut pending: Vec<Version> = Vec::new();
            for (path, bytes) in &contents {
                let previous = state.latest_content(path).cloned();
                let was_deleted = state.latest(path).is_some_and(Version::is_deletion);
                match prepare_capture(state, dir, path, bytes, VersionSource::Disk, durability) {
                    Ok(Some(v)) => {
                        if let (Some(previous), false) = (previous, was_deleted) {
                            if let Some(notice) = replacement_notice(dir, &previous, &v, bytes, plan_template)
                            {
                                report.replacements.push(notice);
                            }
                        }
                        state.push(v.clone());
                        pending.push(v);
                    }
                    Ok(None) => {}
                    Err(e) => report.fail(path, &e),
                }
            }
            for folder in &work.deleted_folders {
                let prefix = normalize_rel(folder);
                let live: Vec<String> = state
                    .latest
                    .keys()
                    .filter(|p| is_under(p, &prefix))
                    .cloned()
                    .collect();
                work.deleted_files.extend(live);
            }
            for path in &work.deleted_files {
                if let Some(v) = prepare_deletion(state, dir, &normalize_rel(path)) {
                    state.push(v.clone());
                    pending.push(v);
                }
            }
            // `pending` is already in `state`; write it out.
            append_lines(state, dir, &pending)?;
            Ok(pending)
        });
        match result {
            Ok(versions) => report.versions = versions,
            Err(e) => report.fail("", &e),
        }
        if let Err(e) = self.enforce_size_bound() {
            report.fail("", &e);
        }
        report
    }

    // ----- restoring -----------------------------------------------------------------------

    /// Put version `id` back on disk through the store's compare-and-swap write: against the
    /// hash of what is there now (captured first, so the restore can be undone), or as a new
    /// file when it is gone (missing folders are created, confined to the repository). The
    /// restored text is recorded as a new version ([`VersionSource::Restored`]). The store
    /// keeps the current file's BOM and CRLF line endings, as for a save; a version or a file in
    /// another encoding is put back byte for byte ([`Store::restore_bytes`]), so restoring the
    /// version before a conversion to UTF-8 undoes it exactly.
    pub fn restore(&self, store: &Store, id: &str) -> Result<Restored> {
        let from = self.version(id)?;
        let bytes = self.bytes(&from)?;
        let current = read_raw(store, &from.path)?;
        if let Some(current) = &current {
            if from.hash.as_deref() == Some(content_hash(current).as_str()) {
                return Ok(Restored {
                    from,
                    version: None,
                    replaced: None,
                    write: None,
                });
            }
        }
        let replaced = match &current {
            Some(bytes) => self.capture_or_latest(&from.path, bytes, VersionSource::Disk)?,
            None => None,
        };
        let expected = match &current {
            Some(bytes) => Expected::Hash(content_hash(bytes)),
            None => {
                if let Some(parent) = Path::new(&from.path).parent() {
                    if !parent.as_os_str().is_empty() {
                        store.create_dir_all(parent)?;
                    }
                }
                Expected::Absent
            }
        };
        let outcome = store.restore_bytes(Path::new(&from.path), &bytes, expected)?;
        // What Store::restore_bytes wrote: a save of the text over a UTF-8 file (or none), else
        // the exact bytes.
        let current_is_utf8 = match current.as_deref() {
            Some(current) => is_utf8(current),
            None => true,
        };
        let written = match std::str::from_utf8(&bytes) {
            Ok(text) if current_is_utf8 => encode_for_disk(text, current.as_deref()),
            _ => bytes,
        };
        let written = if content_hash(&written) == outcome.hash {
            written
        } else {
            read_raw(store, &from.path)?.unwrap_or_default()
        };
        let version = self.capture_bytes(&from.path, &written, VersionSource::Restored)?;
        Ok(Restored {
            from,
            version,
            replaced,
            write: Some(outcome),
        })
    }

    /// Restore every file at or below `prefix` that is gone from disk, each to its newest
    /// content: how a feature folder deleted by mistake comes back. Files still on disk are
    /// left alone.
    pub fn restore_deleted(&self, store: &Store, prefix: &str) -> Result<Vec<Restored>> {
        let mut restored = Vec::new();
        for file in self.files_under(prefix)? {
            let Some(content) = file.latest_content else {
                continue;
            };
            if read_raw(store, &file.path)?.is_some() {
                continue;
            }
            restored.push(self.restore(store, &content.id)?);
        }
        Ok(restored)
    }

    // ----- pruning -------------------------------------------------------------------------

    /// Apply the retention policy as of `now_ms` (milliseconds since the epoch): drop the
    /// versions it doesn't keep, rewrite the index and delete blobs nothing refers to.
    pub fn prune(&self, now_ms: i64) -> Result<PruneReport> {
        let retention = self.inner.retention;
        self.with_lock(|state, dir| {
            let keep = select_kept(&state.versions, &retention, now_ms);
            let kept: Vec<Version> = state
                .versions
                .iter()
                .zip(&keep)
                .filter(|(_, k)| **k)
                .map(|(v, _)| v.clone())
                .collect();
            let removed_versions = state.versions.len() - kept.len();
            if removed_versions > 0 {
                rewrite_index(dir, &kept)?;
                state.reset();
                sync_state(state, dir)?;
            }
            let referenced: HashSet<&str> = state.blobs.keys().map(String::as_str).collect();
            let removed_blobs = remove_unreferenced_blobs(dir, &referenced)?;
            Ok(PruneReport {
                removed_versions,
                kept_versions: state.versions.len(),
                removed_blobs,
                stored_bytes: state.stored_bytes(),
            })
        })
    }

    /// Prune now when the history is over its size bound.
    fn enforce_size_bound(&self) -> Result<()> {
        let over = self.lock_state().stored_bytes() > self.inner.retention.max_bytes;
        if over {
            self.prune(now_ms())?;
        }
        Ok(())
    }

    // ----- plumbing ------------------------------------------------------------------------

    fn lock_state(&self) -> MutexGuard<'_, State> {
        // Every mutation leaves the state consistent or resets it: keep using it after a panic.
        self.inner
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Re-read what other processes appended since we last looked.
    fn refresh(&self) -> Result<()> {
        let mut state = self.lock_state();
        sync_state(&mut state, &self.inner.dir)
    }

    fn synced_state(&self) -> Result<MutexGuard<'_, State>> {
        let mut state = self.lock_state();
        sync_state(&mut state, &self.inner.dir)?;
        Ok(state)
    }

    /// Run `f` holding the in-process mutex and the cross-process lock file, on a state synced
    /// with the index.
    fn with_lock<T>(&self, f: impl FnOnce(&mut State, &Path) -> Result<T>) -> Result<T> {
        let dir = &self.inner.dir;
        let mut state = self.lock_state();
        let lock_path = dir.join(LOCK_FILE);
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| CoreError::io(&lock_path, e))?;
        lock.lock_exclusive().map_err(|e| CoreError::io(&lock_path, e))?;
        let result = sync_state(&mut state, dir).and_then(|()| f(&mut state, dir));
        if result.is_err() {
            // Whatever `f` had pushed may not be on disk: re-read the truth next time.
            state.reset();
        }
        drop(lock); // closing the file releases the lock
        result
    }
}

/// What one batch of captures has to do.
#[derive(Debug, Default)]
struct Work {
    files: Vec<String>,
    deleted_files: Vec<String>,
    folders: Vec<String>,
    deleted_folders: Vec<String>,
}

/// The notice for a capture that wholesale replaced `previous`, if it did.
fn replacement_notice(
    dir: &Path,
    previous: &Version,
    current: &Version,
    current_bytes: &[u8],
    plan_template: Option<&Template>,
) -> Option<ReplacementNotice> {
    let old = read_blob(dir, previous.hash.as_deref()?).ok()?;
    let old = text_of(&old);
    let new = text_of(current_bytes);
    let is_plan = current.path.rsplit('/').next() == Some("plan.md");
    let template = plan_template.filter(|_| is_plan);
    let replacement = detect_replacement(strip_bom(&old), strip_bom(&new), template)?;
    Some(ReplacementNotice {
        path: current.path.clone(),
        version_id: current.id.clone(),
        previous_version_id: previous.id.clone(),
        replacement,
    })
}

/// Build (and store the blob of) a new version of `path`, or `None` when `bytes` equal its
/// newest version. Does not touch the index or `state`.
fn prepare_capture(
    state: &State,
    dir: &Path,
    path: &str,
    bytes: &[u8],
    source: VersionSource,
    durability: Durability,
) -> Result<Option<Version>> {
    let hash = content_hash(bytes);
    if state.latest(path).and_then(|v| v.hash.as_deref()) == Some(hash.as_str()) {
        return Ok(None);
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(CoreError::TooLarge {
            path: PathBuf::from(path),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = text_of(bytes);
    let previous = previous_text(state, dir, path);
    let diff = line_diff(previous.as_deref().unwrap_or(""), &text);
    let stored = write_blob(dir, &hash, bytes, durability)?;
    Ok(Some(Version {
        id: new_id(path, &hash),
        path: path.to_string(),
        hash: Some(hash),
        at: now_ms(),
        source,
        size: bytes.len() as u64,
        stored,
        lines: line_count(&text),
        added: diff.added,
        removed: diff.removed,
    }))
}

/// A deletion version for `path`, or `None` when it is unknown or already deleted.
fn prepare_deletion(state: &State, dir: &Path, path: &str) -> Option<Version> {
    let latest = state.latest(path)?;
    if latest.is_deletion() {
        return None;
    }
    let removed = previous_text(state, dir, path).map_or(latest.lines, |t| line_count(&t));
    Some(Version {
        id: new_id(path, "deleted"),
        path: path.to_string(),
        hash: None,
        at: now_ms(),
        source: VersionSource::Deleted,
        size: 0,
        stored: 0,
        lines: 0,
        added: 0,
        removed,
    })
}

/// The text of `path`'s newest version, unless it was deleted since (then there is no
/// previous text to compare with). A damaged blob counts as no previous text.
fn previous_text(state: &State, dir: &Path, path: &str) -> Option<String> {
    let latest = state.latest(path)?;
    let hash = latest.hash.as_deref()?;
    let bytes = read_blob(dir, hash).ok()?;
    Some(text_of(&bytes))
}

/// The text of a version's bytes as an editor shows it: BOM removed; decoded when the bytes are
/// in another encoding than UTF-8 (see [`crate::encoding`]).
fn text_of(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) if encoding::utf16_bom(bytes).is_none() => strip_bom(text).to_string(),
        _ => encoding::decode(bytes).text,
    }
}

fn is_utf8(bytes: &[u8]) -> bool {
    encoding::utf16_bom(bytes).is_none() && encoding::is_utf8(bytes)
}

/// Add `versions` to the state and append them to the index.
fn append_versions(state: &mut State, dir: &Path, versions: Vec<Version>) -> Result<()> {
    for v in &versions {
        state.push(v.clone());
    }
    append_lines(state, dir, &versions)
}

/// Append `versions` (already pushed to `state`) to the index with one write and an fsync.
/// Must hold the lock, with `state` synced.
fn append_lines(state: &mut State, dir: &Path, versions: &[Version]) -> Result<()> {
    if versions.is_empty() {
        return Ok(());
    }
    let path = dir.join(INDEX_FILE);
    let io = |e| CoreError::io(&path, e);
    let mut file = OpenOptions::new()
        .create(true)
        .append(true)
        .read(true)
        .open(&path)
        .map_err(io)?;
    let len = file.metadata().map_err(io)?.len();
    let mut out = Vec::new();
    if len == 0 {
        state.epoch = new_epoch();
        serde_json::to_writer(
            &mut out,
            &IndexHeader {
                specdesk_history: FORMAT_VERSION,
                epoch: state.epoch.clone(),
            },
        )
        .map_err(json_error(&path))?;
        out.push(b'\n');
    } else if !ends_with_newline(&mut file, len).map_err(io)? {
        out.push(b'\n'); // terminate a torn line left by a crash: readers skip it
    }
    for v in versions {
        serde_json::to_writer(&mut out, v).map_err(json_error(&path))?;
        out.push(b'\n');
    }
    file.write_all(&out).map_err(io)?;
    file.sync_data().map_err(io)?;
    state.offset = len + out.len() as u64;
    Ok(())
}

fn ends_with_newline(file: &mut File, len: u64) -> std::io::Result<bool> {
    let mut last = [0u8; 1];
    file.seek(SeekFrom::Start(len - 1))?;
    file.read_exact(&mut last)?;
    Ok(last[0] == b'\n')
}

fn json_error(path: &Path) -> impl Fn(serde_json::Error) -> CoreError + '_ {
    move |e| CoreError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::other(e),
    }
}

/// Bring `state` in line with the index file: read what was appended since `state.offset`, or
/// everything when the index was rewritten (another epoch) or is new to us.
fn sync_state(state: &mut State, dir: &Path) -> Result<()> {
    let path = dir.join(INDEX_FILE);
    let mut file = match File::open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            state.reset();
            return Ok(());
        }
        Err(e) => return Err(CoreError::io(&path, e)),
    };
    let io = |e| CoreError::io(&path, e);
    let len = file.metadata().map_err(io)?.len();
    let header_line = read_first_line(&mut file).map_err(io)?;
    let Some(header_line) = header_line else {
        state.reset(); // empty, or a header still being written
        return Ok(());
    };
    let header: IndexHeader = serde_json::from_slice(&header_line).map_err(|e| CoreError::Corrupt {
        path: path.clone(),
        message: format!("bad header: {e}"),
    })?;
    if header.specdesk_history > FORMAT_VERSION {
        return Err(CoreError::Invalid {
            message: format!(
                "{}: written by a newer SpecDesk (history format {})",
                path.display(),
                header.specdesk_history
            ),
        });
    }
    if header.epoch != state.epoch || len < state.offset {
        state.reset();
        state.epoch = header.epoch;
        state.offset = header_line.len() as u64 + 1;
    }
    if len == state.offset {
        return Ok(());
    }
    file.seek(SeekFrom::Start(state.offset)).map_err(io)?;
    let mut tail = Vec::with_capacity((len - state.offset) as usize);
    file.read_to_end(&mut tail).map_err(io)?;
    // Only complete lines: a line still being written (or torn) is left for later.
    let complete = tail.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    for line in tail[..complete].split(|&b| b == b'\n') {
        if line.is_empty() {
            continue;
        }
        if let Ok(version) = serde_json::from_slice::<Version>(line) {
            state.push(version);
        }
    }
    state.offset += complete as u64;
    Ok(())
}

/// The first line of the file without its newline; `None` when there is no complete line.
fn read_first_line(file: &mut File) -> std::io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    let mut chunk = [0u8; 256];
    loop {
        let n = file.read(&mut chunk)?;
        if n == 0 {
            return Ok(None);
        }
        if let Some(i) = chunk[..n].iter().position(|&b| b == b'\n') {
            line.extend_from_slice(&chunk[..i]);
            return Ok(Some(line));
        }
        line.extend_from_slice(&chunk[..n]);
        if line.len() > 4096 {
            return Ok(Some(line)); // not a header of ours: parsing it will say so
        }
    }
}

/// Replace the index with `versions` under a new epoch (temp file, fsync, rename).
fn rewrite_index(dir: &Path, versions: &[Version]) -> Result<()> {
    let path = dir.join(INDEX_FILE);
    let mut out = Vec::new();
    let header = IndexHeader {
        specdesk_history: FORMAT_VERSION,
        epoch: new_epoch(),
    };
    serde_json::to_writer(&mut out, &header).map_err(json_error(&path))?;
    out.push(b'\n');
    for v in versions {
        serde_json::to_writer(&mut out, v).map_err(json_error(&path))?;
        out.push(b'\n');
    }
    write_atomically(dir, &path, &out, true)
}

/// Write `bytes` to `target` through a temporary file in `dir` and a rename; with `sync`, the
/// file and the folder are fsynced.
fn write_atomically(dir: &Path, target: &Path, bytes: &[u8], sync: bool) -> Result<()> {
    let mut temp = tempfile::Builder::new()
        .prefix(".tmp-")
        .tempfile_in(dir)
        .map_err(|e| CoreError::io(dir, e))?;
    let io = |e| CoreError::io(target, e);
    temp.write_all(bytes).map_err(io)?;
    if sync {
        temp.as_file().sync_all().map_err(io)?;
    }
    temp.persist(target).map_err(|e| CoreError::io(target, e.error))?;
    if sync {
        if let Ok(handle) = File::open(dir) {
            let _ = handle.sync_all(); // make the rename durable where folders can be synced
        }
    }
    Ok(())
}

fn blob_path(dir: &Path, hash: &str) -> PathBuf {
    let fan = hash.get(..2).unwrap_or("00");
    dir.join(OBJECTS_DIR)
        .join(fan)
        .join(format!("{hash}{BLOB_SUFFIX}"))
}

/// Batches capturing more files than this write their blobs with [`Durability::Deferred`].
const BULK_CAPTURE: usize = 16;

/// Whether a blob is fsynced before its version is appended to the (always fsynced) index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Durability {
    /// File and folder fsynced: the blob survives a power cut once its version is listed.
    Synced,
    /// Atomic (temp file + rename, never seen half-written) but left to the OS to flush, like
    /// git's loose objects: a power cut within seconds may lose the blob of a version just
    /// captured (reading it then reports the error; seeing the content again rewrites it).
    /// Used for bulk captures, where an fsync per file would cost seconds.
    Deferred,
}

/// Store `bytes` (hashing to `hash`) unless an intact blob is already there; returns the
/// blob's size. A damaged blob is replaced.
fn write_blob(dir: &Path, hash: &str, bytes: &[u8], durability: Durability) -> Result<u64> {
    let path = blob_path(dir, hash);
    if let Ok(meta) = fs::metadata(&path) {
        if read_blob(dir, hash).is_ok() {
            return Ok(meta.len());
        }
    }
    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(bytes, COMPRESSION_LEVEL);
    let fan = path.parent().unwrap_or(dir);
    fs::create_dir_all(fan).map_err(|e| CoreError::io(fan, e))?;
    write_atomically(fan, &path, &compressed, durability == Durability::Synced)?;
    Ok(compressed.len() as u64)
}

/// The content of blob `hash`, decompressed (at most [`MAX_FILE_BYTES`]) and verified.
fn read_blob(dir: &Path, hash: &str) -> Result<Vec<u8>> {
    let path = blob_path(dir, hash);
    let compressed = fs::read(&path).map_err(|e| CoreError::io(&path, e))?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&compressed, MAX_FILE_BYTES as usize)
        .map_err(|e| CoreError::Corrupt {
            path: path.clone(),
            message: format!("cannot decompress ({:?})", e.status),
        })?;
    if content_hash(&bytes) != hash {
        return Err(CoreError::Corrupt {
            path,
            message: "content does not match its hash".to_string(),
        });
    }
    Ok(bytes)
}

/// Delete blobs (and stale temporary files) under `objects/` that `referenced` doesn't name.
fn remove_unreferenced_blobs(dir: &Path, referenced: &HashSet<&str>) -> Result<usize> {
    let objects = dir.join(OBJECTS_DIR);
    let mut removed = 0;
    let Ok(fans) = fs::read_dir(&objects) else {
        return Ok(0);
    };
    for fan in fans.flatten() {
        let Ok(entries) = fs::read_dir(fan.path()) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let keep = match name.strip_suffix(BLOB_SUFFIX) {
                Some(hash) => referenced.contains(hash),
                None => !is_old(&entry), // a temporary file of a write in progress
            };
            if !keep {
                let path = entry.path();
                fs::remove_file(&path).map_err(|e| CoreError::io(&path, e))?;
                removed += usize::from(name.ends_with(BLOB_SUFFIX));
            }
        }
    }
    Ok(removed)
}

fn is_old(entry: &fs::DirEntry) -> bool {
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age > Duration::from_secs(3600))
}

/// Which versions a retention policy keeps at `now_ms` (same order as `versions`, which is
/// index order: capture order, per file oldest first).
///
/// Per file: its newest version and, when that is a deletion, its newest content are always
/// kept. Other versions are kept while younger than `keep_all_ms`; up to `keep_daily_ms` the
/// newest of each UTC day is kept; older ones go. Then, while the blobs still referenced are
/// over `max_bytes`, the oldest unprotected version goes.
pub fn select_kept(versions: &[Version], retention: &Retention, now_ms: i64) -> Vec<bool> {
    let protected = protected_versions(versions);
    let mut newest_of_day: HashMap<(&str, i64), usize> = HashMap::new();
    for (i, v) in versions.iter().enumerate() {
        newest_of_day.insert((v.path.as_str(), v.at.div_euclid(DAY_MS)), i);
    }
    let mut keep: Vec<bool> = versions
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let age = now_ms.saturating_sub(v.at);
            protected[i]
                || age <= retention.keep_all_ms
                || (age <= retention.keep_daily_ms
                    && newest_of_day.get(&(v.path.as_str(), v.at.div_euclid(DAY_MS))) == Some(&i))
        })
        .collect();
    enforce_max_bytes(versions, &protected, &mut keep, retention.max_bytes);
    keep
}

/// Per file, the newest version and the newest version with content.
fn protected_versions(versions: &[Version]) -> Vec<bool> {
    let mut newest: HashMap<&str, usize> = HashMap::new();
    let mut newest_content: HashMap<&str, usize> = HashMap::new();
    for (i, v) in versions.iter().enumerate() {
        newest.insert(&v.path, i);
        if !v.is_deletion() {
            newest_content.insert(&v.path, i);
        }
    }
    let mut protected = vec![false; versions.len()];
    for i in newest.values().chain(newest_content.values()) {
        protected[*i] = true;
    }
    protected
}

/// Drop the oldest unprotected kept versions until the distinct blobs they reference fit in
/// `max_bytes` (or only protected versions are left).
fn enforce_max_bytes(versions: &[Version], protected: &[bool], keep: &mut [bool], max_bytes: u64) {
    let mut refs: HashMap<&str, (usize, u64)> = HashMap::new();
    for (v, _) in versions.iter().zip(keep.iter()).filter(|(_, k)| **k) {
        if let Some(hash) = &v.hash {
            refs.entry(hash).or_insert((0, v.stored)).0 += 1;
        }
    }
    let mut total: u64 = refs.values().map(|(_, size)| size).sum();
    if total <= max_bytes {
        return;
    }
    let mut candidates: Vec<usize> = (0..versions.len())
        .filter(|&i| keep[i] && !protected[i])
        .collect();
    candidates.sort_by_key(|&i| (versions[i].at, i));
    for i in candidates {
        if total <= max_bytes {
            break;
        }
        keep[i] = false;
        if let Some(hash) = &versions[i].hash {
            if let Some(entry) = refs.get_mut(hash.as_str()) {
                entry.0 -= 1;
                if entry.0 == 0 {
                    total -= entry.1;
                }
            }
        }
    }
}

/// The exact bytes of `path` through the store (confined, size and binary checked; in any text
/// encoding, so a document that is not UTF-8 is kept as it is and its conversion can be
/// undone), or `None` when it doesn't exist.
fn read_raw(store: &Store, path: &str) -> Result<Option<Vec<u8>>> {
    match store.read_bytes(Path::new(path)) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(CoreError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The folder name of a repository's history: a hash of its canonical root.
fn repo_key(root: &Path) -> String {
    let hex = content_hash(root.to_string_lossy().as_bytes());
    hex[..16].to_string()
}

/// Note which repository a history folder belongs to (for people browsing the data folder).
fn write_repo_file(dir: &Path, root: &Path) -> Result<()> {
    let path = dir.join(REPO_FILE);
    if path.exists() {
        return Ok(());
    }
    let body = serde_json::json!({ "root": root.to_string_lossy() }).to_string();
    write_atomically(dir, &path, body.as_bytes(), true)
}

fn new_id(path: &str, hash: &str) -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let seed = format!(
        "{path}\0{hash}\0{nanos}\0{}\0{}",
        std::process::id(),
        ID_COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    content_hash(seed.as_bytes())[..ID_LEN].to_string()
}

fn new_epoch() -> String {
    new_id("epoch", "")
}

/// Milliseconds since the Unix epoch, now.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn line_count(text: &str) -> u32 {
    strip_bom(text).lines().count() as u32
}

fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{FEFF}').unwrap_or(text)
}

/// `./specs\001/plan.md/` → `specs/001/plan.md`.
fn normalize_rel(path: &str) -> String {
    let path = path.replace('\\', "/");
    path.split('/')
        .filter(|c| !c.is_empty() && *c != ".")
        .collect::<Vec<_>>()
        .join("/")
}

fn is_under(path: &str, prefix: &str) -> bool {
    prefix.is_empty()
        || path == prefix
        || path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(path: &str, at: i64, hash: Option<&str>, stored: u64) -> Version {
        Version {
            id: format!("{path}-{at}"),
            path: path.to_string(),
            hash: hash.map(str::to_string),
            at,
            source: if hash.is_some() {
                VersionSource::Disk
            } else {
                VersionSource::Deleted
            },
            size: stored * 3,
            stored,
            lines: 1,
            added: 0,
            removed: 0,
        }
    }

    #[test]
    fn normalizes_relative_paths() {
        assert_eq!(normalize_rel("./specs\\001-a//plan.md/"), "specs/001-a/plan.md");
        assert!(is_under("specs/001-a/plan.md", "specs/001-a"));
        assert!(!is_under("specs/001-ab/plan.md", "specs/001-a"));
        assert!(is_under("specs/001-a/plan.md", ""));
    }

    #[test]
    fn line_diff_counts_and_runs() {
        let d = line_diff("a\nb\nc\n", "a\nB\nc\nd\n");
        assert_eq!((d.added, d.removed), (2, 1));
        assert_eq!(d.ops[0].kind, DiffKind::Equal);
        assert!(d
            .ops
            .iter()
            .any(|o| o.kind == DiffKind::Replace && o.old_start == 1));
        // CRLF and LF versions of the same lines are equal.
        assert_eq!(line_diff("a\r\nb\r\n", "a\nb\n").added, 0);
    }

    #[test]
    fn retention_keeps_recent_daily_and_newest() {
        let now = 200 * DAY_MS;
        let day = |d: i64, h: i64| now - d * DAY_MS + h * 3_600_000;
        let versions = vec![
            version("a", day(120, 0), Some("h1"), 10), // too old
            version("a", day(30, 1), Some("h2"), 10),  // daily, older of the day
            version("a", day(30, 2), Some("h3"), 10),  // daily, newest of the day
            version("a", day(2, 0), Some("h4"), 10),   // recent
            version("a", day(1, 0), Some("h5"), 10),   // newest
            version("b", day(200, 0), Some("h6"), 10), // ancient but newest of b
        ];
        let keep = select_kept(&versions, &Retention::default(), now);
        assert_eq!(keep, vec![false, false, true, true, true, true]);
    }

    #[test]
    fn retention_protects_the_last_content_of_a_deleted_file() {
        let now = 400 * DAY_MS;
        let versions = vec![
            version("a", 10 * DAY_MS, Some("h1"), 10),
            version("a", 11 * DAY_MS, Some("h2"), 10),
            version("a", 12 * DAY_MS, None, 0),
        ];
        let keep = select_kept(&versions, &Retention::default(), now);
        assert_eq!(keep, vec![false, true, true]);
    }

    #[test]
    fn size_bound_drops_oldest_first_but_never_the_newest() {
        let now = 10 * DAY_MS;
        let versions = vec![
            version("a", now - 5000, Some("h1"), 100),
            version("b", now - 4000, Some("h2"), 100),
            version("a", now - 3000, Some("h3"), 100),
            version("b", now - 2000, Some("h4"), 100),
        ];
        let retention = Retention {
            max_bytes: 250,
            ..Retention::default()
        };
        assert_eq!(
            select_kept(&versions, &retention, now),
            vec![false, false, true, true]
        );
        let tiny = Retention {
            max_bytes: 1,
            ..Retention::default()
        };
        // Over the bound with only newest versions left: they stay.
        assert_eq!(select_kept(&versions, &tiny, now), vec![false, false, true, true]);
    }

    #[test]
    fn shared_blobs_count_once_against_the_bound() {
        let now = 10 * DAY_MS;
        let versions = vec![
            version("a", now - 3000, Some("same"), 100),
            version("b", now - 2000, Some("same"), 100),
            version("a", now - 1000, Some("other"), 100),
        ];
        let retention = Retention {
            max_bytes: 200,
            ..Retention::default()
        };
        assert_eq!(select_kept(&versions, &retention, now), vec![true, true, true]);
    }
}
