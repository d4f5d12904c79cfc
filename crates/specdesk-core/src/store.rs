//! Confined, limited reads and compare-and-swap atomic writes of the repository's text files.
//!
//! Every path goes through [`Store::resolve`], which keeps all access inside the opened
//! repository (no `..` escapes, no symlinks leading out). Reads refuse what SpecDesk can't
//! edit safely (too large, binary, not UTF-8) with a clear [`CoreError`]; a document in another
//! encoding can still be read decoded ([`Store::read_any`]) and is never written over, except by
//! the explicit [`Store::convert_to_utf8`] (or a restore of exact bytes from history). Writes are
//! compare-and-swap: the caller says which version its text is based on ([`Expected`]) and the
//! store refuses with [`CoreError::Conflict`] — carrying the text now on disk — when someone else
//! changed the file in between. The new bytes go to a temporary file in the same directory
//! (named `.specdesk-tmp-…`), are fsynced, get the original file's permissions and are renamed
//! over the original, so a reader never sees a half-written file.
//!
//! The store also remembers the hash of what it wrote and read ([`OwnWrites`]) so the watcher
//! can tell our own writes from external changes, and report a change that undid what the app
//! last wrote or saw even when the file system's events did not show it. Each temporary file
//! is locked while its write is in progress, so the next start can remove what a crash left
//! ([`Store::clean_abandoned_temp_files`]).

use crate::encoding;
use crate::error::{CoreError, Result};
use crate::mixed_endings::restore_mixed_endings;
use serde::Serialize;
use std::collections::{HashMap, VecDeque};
use std::ffi::OsString;
use std::fs::{self, File, Metadata, Permissions};
use std::io::{Read, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

/// Files larger than this are refused (SpecDesk edits Markdown, not data dumps).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Name prefix of the store's temporary files, so leftovers of a crash can be recognised.
pub const TEMP_PREFIX: &str = ".specdesk-tmp-";

/// How long a write is remembered as "ours" for echo suppression.
pub const OWN_WRITE_TTL: Duration = Duration::from_secs(5);

/// Temporary files younger than this are left alone by [`Store::clean_stale_temp_files`]: they
/// may belong to a write in progress (another SpecDesk window on the same repository).
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(60);

/// How many symlinks [`Store::resolve`] follows before giving up (the same limit as Linux).
const MAX_SYMLINK_HOPS: usize = 40;

const BOM: &str = "\u{FEFF}";

/// The line endings found in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum LineEnding {
    /// Only `\n`.
    Lf,
    /// Only `\r\n`.
    Crlf,
    /// Both.
    Mixed,
    /// No line break at all.
    None,
}

impl LineEnding {
    /// Classify the line breaks of `bytes`.
    pub fn detect(bytes: &[u8]) -> LineEnding {
        let (mut crlf, mut lf) = (0usize, 0usize);
        for i in memchr::memchr_iter(b'\n', bytes) {
            if i > 0 && bytes[i - 1] == b'\r' {
                crlf += 1;
            } else {
                lf += 1;
            }
        }
        match (crlf > 0, lf > 0) {
            (true, true) => LineEnding::Mixed,
            (true, false) => LineEnding::Crlf,
            (false, true) => LineEnding::Lf,
            (false, false) => LineEnding::None,
        }
    }
}

/// A text file as read from disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TextFile {
    /// The content without the BOM, line endings exactly as on disk.
    pub text: String,
    /// blake3 hex of the raw bytes on disk (BOM included): pass it back in [`Expected::Hash`].
    pub hash: String,
    /// Whether the file starts with a UTF-8 byte order mark.
    pub bom: bool,
    pub line_ending: LineEnding,
    /// Size on disk in bytes.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub len: u64,
}

/// A document that is not UTF-8, decoded for reading (see [`crate::encoding`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DecodedFile {
    /// The decoded content without the BOM, line endings exactly as on disk.
    pub text: String,
    /// blake3 hex of the raw bytes on disk: the base of [`Store::convert_to_utf8`].
    pub hash: String,
    /// The encoding it was decoded from (`windows-1251`, `Shift_JIS`, `UTF-16LE`, …).
    pub encoding: String,
    /// Whether the bytes started with a byte order mark.
    pub bom: bool,
    pub line_ending: LineEnding,
    /// Size on disk in bytes.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub len: u64,
    /// No malformed sequence was met: converting to UTF-8 loses nothing (otherwise
    /// [`Store::convert_to_utf8`] refuses).
    pub lossless: bool,
}

/// A document as [`Store::read_any`] reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyText {
    /// UTF-8, editable.
    Utf8(TextFile),
    /// In another encoding: shown read-only until converted.
    Other(DecodedFile),
}

/// The outcome of [`Store::convert_to_utf8`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    /// The UTF-8 file now on disk.
    pub write: WriteOutcome,
    /// The encoding it was converted from.
    pub from: String,
    /// The bytes that were replaced, exactly (for local history: the conversion is undone by
    /// restoring them).
    pub previous: Vec<u8>,
    /// The text now on disk (no BOM, line endings as they were).
    pub text: String,
}

/// What the caller believes is on disk when it writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// The hash of the bytes the editor's text was based on ([`TextFile::hash`]).
    Hash(String),
    /// Creating a file: it must not exist.
    Absent,
    /// Explicit overwrite of whatever is there (the user chose "keep mine").
    Any,
}

/// The result of a successful write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WriteOutcome {
    /// Hash of the bytes now on disk: the base for the next [`Expected::Hash`].
    pub hash: String,
    /// Number of bytes written.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub bytes: u64,
}

/// blake3 hex digest of `bytes`: the content hash used throughout SpecDesk.
pub fn content_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex().to_string()
}

/// The hashes of files the store wrote recently, shared with the watcher so it can recognise
/// the echo of our own writes, and the hashes of what it read, so the watcher can tell the app
/// when the disk no longer holds what the app last saw there. Cheap to clone (one `Arc`).
#[derive(Debug, Clone, Default)]
pub struct OwnWrites {
    entries: Arc<Mutex<Registry>>,
}

#[derive(Debug, Default)]
struct Registry {
    /// Per path, the writes we made there, oldest first.
    writes: HashMap<PathBuf, VecDeque<Noted>>,
    /// Per path, the last content we read there.
    reads: HashMap<PathBuf, Noted>,
    /// Every write and read noted, oldest first, for expiry: each expiry looks only at what
    /// has just run out (reading a thousand plans used to scan all earlier reads each time).
    order: VecDeque<(Instant, PathBuf)>,
}

/// One remembered write or read.
#[derive(Debug, Clone)]
struct Noted {
    hash: String,
    at: Instant,
    /// Already handed out by [`OwnWrites::overdue`].
    audited: bool,
}

impl Noted {
    fn now(hash: &str) -> Noted {
        Noted {
            hash: hash.to_string(),
            at: Instant::now(),
            audited: false,
        }
    }
}

impl OwnWrites {
    /// An empty registry.
    pub fn new() -> OwnWrites {
        OwnWrites::default()
    }

    /// Remember that we wrote bytes hashing to `hash` at `path` (absolute).
    pub fn note(&self, path: &Path, hash: &str) {
        let mut entries = self.lock();
        Self::expire(&mut entries);
        entries.reads.remove(path);
        let noted = Noted::now(hash);
        entries.order.push_back((noted.at, path.to_path_buf()));
        entries
            .writes
            .entry(path.to_path_buf())
            .or_default()
            .push_back(noted);
    }

    /// Remember that we read bytes hashing to `hash` at `path` (absolute). Reads are never
    /// taken for echoes; they only let [`OwnWrites::superseded`] and [`OwnWrites::overdue`]
    /// notice a change the watcher could not see (the app read a state that was gone again
    /// before the watcher looked).
    pub fn note_read(&self, path: &Path, hash: &str) {
        let mut entries = self.lock();
        Self::expire(&mut entries);
        let noted = Noted::now(hash);
        entries.order.push_back((noted.at, path.to_path_buf()));
        entries.reads.insert(path.to_path_buf(), noted);
    }

    /// Whether content hashing to `hash` at `path` is the echo of our most recent write there.
    /// A match is consumed (it answers `true` once per write), and older writes to the same
    /// path are forgotten with it, so an external change that later restores the same content
    /// is reported again. Content of an older write of ours is not an echo: the app holds the
    /// newer text, so whoever put the old one back (a revert) must be reported; the writes up
    /// to it are forgotten, the newer ones stay remembered. Nor is it an echo when the app read
    /// other content there after the write (a read is always newer than the writes kept).
    pub fn is_echo(&self, path: &Path, hash: &str) -> bool {
        let mut entries = self.lock();
        Self::expire(&mut entries);
        let read_since = entries.reads.get(path).is_some_and(|r| r.hash != hash);
        let Some(queue) = entries.writes.get_mut(path) else {
            return false;
        };
        let Some(pos) = queue.iter().position(|n| n.hash == hash) else {
            return false;
        };
        let latest = pos + 1 == queue.len();
        queue.drain(..=pos);
        if queue.is_empty() {
            entries.writes.remove(path);
        }
        latest && !read_since
    }

    /// Whether what we last wrote or read at `path` is no longer there: writes are remembered
    /// for `path` and none of them is `hash`, what the path holds now (`None`: nothing), or the
    /// last read there saw other content. Everything remembered for `path` is forgotten; a
    /// write that is `hash` is consumed as by [`OwnWrites::is_echo`]. The watcher asks this
    /// about a document whose content looks unchanged since its last look: what we wrote or
    /// read in between was undone.
    pub fn superseded(&self, path: &Path, hash: Option<&str>) -> bool {
        let read = {
            let mut entries = self.lock();
            Self::expire(&mut entries);
            entries.reads.remove(path)
        };
        let read_undone = read.is_some_and(|r| Some(r.hash.as_str()) != hash);
        if hash.is_some_and(|h| self.is_echo(path, h)) {
            return read_undone;
        }
        let mut entries = self.lock();
        Self::expire(&mut entries);
        entries.writes.remove(path).is_some() || read_undone
    }

    /// Re-file everything remembered below the folder `from` under `to` (both absolute): the
    /// watcher reported the folder renamed, and the app follows its documents there.
    pub fn move_folder(&self, from: &Path, to: &Path) {
        let mut entries = self.lock();
        let moved = |path: &Path| path.strip_prefix(from).ok().map(|rest| to.join(rest));
        let writes: Vec<PathBuf> = entries
            .writes
            .keys()
            .filter(|p| p.starts_with(from))
            .cloned()
            .collect();
        for old in writes {
            if let (Some(queue), Some(new)) = (entries.writes.remove(&old), moved(&old)) {
                entries.writes.entry(new).or_default().extend(queue);
            }
        }
        let reads: Vec<PathBuf> = entries
            .reads
            .keys()
            .filter(|p| p.starts_with(from))
            .cloned()
            .collect();
        for old in reads {
            if let (Some(read), Some(new)) = (entries.reads.remove(&old), moved(&old)) {
                entries.reads.insert(new, read);
            }
        }
        for (_, path) in entries.order.iter_mut() {
            if let Some(new) = moved(path) {
                *path = new;
            }
        }
    }

    /// Forget the last read at `path` (the watcher reported a change there anyway).
    pub fn forget_read(&self, path: &Path) {
        self.lock().reads.remove(path);
    }

    /// Paths of writes and reads noted at least `age` ago that no file-system event has
    /// confirmed yet (each is handed out once). The watcher looks at them as if an event had
    /// come: the debouncer drops a removal that follows a creation or a rename onto the path
    /// (our atomic save) within its window, so an external delete right after our save arrives
    /// as nothing.
    pub fn overdue(&self, age: Duration) -> Vec<PathBuf> {
        let mut entries = self.lock();
        Self::expire(&mut entries);
        let Registry { writes, reads, .. } = &mut *entries;
        let mut paths = Vec::new();
        let noted = writes
            .iter_mut()
            .flat_map(|(path, queue)| queue.iter_mut().map(move |n| (path, n)))
            .chain(reads.iter_mut());
        for (path, noted) in noted {
            if !noted.audited && noted.at.elapsed() >= age {
                noted.audited = true;
                if !paths.contains(path) {
                    paths.push(path.clone());
                }
            }
        }
        paths
    }

    /// Number of remembered writes and reads (after expiry); for diagnostics and tests.
    pub fn len(&self) -> usize {
        let mut entries = self.lock();
        Self::expire(&mut entries);
        entries.writes.values().map(VecDeque::len).sum::<usize>() + entries.reads.len()
    }

    /// Whether nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> MutexGuard<'_, Registry> {
        // A panic while holding the lock can't leave the maps inconsistent: keep using them.
        self.entries
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Forget what was noted `OWN_WRITE_TTL` ago or earlier.
    fn expire(entries: &mut Registry) {
        let now = Instant::now();
        let fresh = |n: &Noted| now.duration_since(n.at) < OWN_WRITE_TTL;
        while let Some((at, _)) = entries.order.front() {
            if now.duration_since(*at) < OWN_WRITE_TTL {
                break;
            }
            let Some((_, path)) = entries.order.pop_front() else {
                break;
            };
            if let Some(queue) = entries.writes.get_mut(&path) {
                queue.retain(fresh);
                if queue.is_empty() {
                    entries.writes.remove(&path);
                }
            }
            if entries.reads.get(&path).is_some_and(|n| !fresh(n)) {
                entries.reads.remove(&path);
            }
        }
    }
}

/// Reads and writes inside one repository. Cheap to clone; `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Store {
    inner: Arc<StoreInner>,
}

#[derive(Debug)]
struct StoreInner {
    root: PathBuf,
    own_writes: OwnWrites,
}

impl Store {
    /// A store confined to `root` (canonicalised; must be a directory).
    pub fn new(root: &Path) -> Result<Store> {
        let root = fs::canonicalize(root).map_err(|e| CoreError::io(root, e))?;
        if !root.is_dir() {
            return Err(CoreError::NotADirectory { path: root });
        }
        Ok(Store {
            inner: Arc::new(StoreInner {
                root,
                own_writes: OwnWrites::new(),
            }),
        })
    }

    /// The canonical repository root.
    pub fn root(&self) -> &Path {
        &self.inner.root
    }

    /// The registry of our recent writes (shared, not a copy).
    pub fn own_writes(&self) -> OwnWrites {
        self.inner.own_writes.clone()
    }

    /// The real path `path` designates, refusing anything that leads out of the repository.
    ///
    /// `path` is repository-relative (`specs/001-x/plan.md`) or absolute. `..` and symlinks are
    /// resolved one component at a time (like the kernel does); the result must lie inside the
    /// root, otherwise [`CoreError::OutsideRepo`]. A symlink inside the repository pointing to
    /// another file inside it resolves to that file. Components that don't exist yet (a file
    /// about to be created) are appended as they are.
    pub fn resolve(&self, path: &Path) -> Result<PathBuf> {
        self.resolve_with_metadata(path).map(|(real, _)| real)
    }

    /// [`Store::resolve`], with the metadata the walk saw of the final component (when it
    /// exists and is not a symlink) so a reader need not ask the file system again.
    fn resolve_with_metadata(&self, path: &Path) -> Result<(PathBuf, Option<Metadata>)> {
        let root = self.root();
        let (start, rest) = match path.strip_prefix(root) {
            Ok(rest) => (root.to_path_buf(), rest.to_path_buf()),
            Err(_) if path.has_root() => split_anchor(path),
            Err(_) => (root.to_path_buf(), path.to_path_buf()),
        };
        let (resolved, meta) = walk_components(root, start, &rest, path)?;
        if resolved.starts_with(root) {
            Ok((resolved, meta))
        } else {
            Err(CoreError::OutsideRepo {
                path: path.to_path_buf(),
            })
        }
    }

    /// Read a text file: at most [`MAX_FILE_BYTES`], no NUL bytes, valid UTF-8. The content's
    /// hash is remembered ([`OwnWrites::note_read`]) so the watcher reports it if the disk
    /// changes back before it had a look.
    pub fn read(&self, path: &Path) -> Result<TextFile> {
        let (real, bytes) = self.read_confined(path)?;
        let file = decode(&real, bytes)?;
        self.note_read(path, &real, &file.hash);
        Ok(file)
    }

    /// The text of a file, refused as [`Store::read`] refuses (confined, size-limited, no NUL
    /// bytes, UTF-8), for a reader that never writes it back (`specdesk-cli check`): without a
    /// content hash, so nothing is remembered for the watcher either. The BOM is dropped.
    pub fn read_text(&self, path: &Path) -> Result<String> {
        let (real, bytes) = self.read_confined(path)?;
        Ok(decode_text(&real, bytes)?.0)
    }

    /// The real path of `path` and its bytes: confined to the repository, at most
    /// [`MAX_FILE_BYTES`], never a pipe ([`Store::read`] and [`Store::read_text`]).
    fn read_confined(&self, path: &Path) -> Result<(PathBuf, Vec<u8>)> {
        let (real, meta) = self.resolve_with_metadata(path)?;
        let meta = match meta {
            Some(meta) => meta,
            None => fs::metadata(&real).map_err(|e| CoreError::io(&real, e))?,
        };
        let bytes = read_limited_with(&real, &meta)?;
        Ok((real, bytes))
    }

    /// Read a document in whatever encoding it is: UTF-8 as [`Store::read`] does, any other
    /// text decoded ([`crate::encoding`]) for showing read-only. Refused as [`Store::read`]
    /// refuses: too large, binary (NUL bytes, unless behind a UTF-16 byte order mark), and bytes
    /// that look like damaged UTF-8 rather than another encoding ([`CoreError::InvalidUtf8`]
    /// without an encoding).
    pub fn read_any(&self, path: &Path) -> Result<AnyText> {
        let real = self.resolve(path)?;
        let bytes = read_limited(&real)?;
        let hash = content_hash(&bytes);
        let read = if encoding::utf16_bom(&bytes).is_none() && encoding::is_utf8(&bytes) {
            AnyText::Utf8(decode(&real, bytes)?)
        } else {
            AnyText::Other(decode_other(&real, &bytes)?)
        };
        self.note_read(path, &real, &hash);
        Ok(read)
    }

    /// The exact bytes of a text file in any encoding (local history keeps them as they are):
    /// at most [`MAX_FILE_BYTES`], no NUL bytes unless behind a UTF-16 byte order mark.
    pub fn read_bytes(&self, path: &Path) -> Result<Vec<u8>> {
        let real = self.resolve(path)?;
        let bytes = read_limited(&real)?;
        refuse_binary(&real, &bytes)?;
        self.note_read(path, &real, &content_hash(&bytes));
        Ok(bytes)
    }

    /// Remember a read (see [`OwnWrites::note_read`]) under the path as given and the real one.
    fn note_read(&self, requested: &Path, real: &Path, hash: &str) {
        for noted in self.as_noted(requested, real) {
            self.inner.own_writes.note_read(&noted, hash);
        }
    }

    /// Write `text` to `path` if the disk still holds what `expected` says (compare-and-swap),
    /// atomically (temp file + rename), keeping the file's BOM, CRLF line endings and
    /// permissions. A symlink inside the repository is written through (the link stays).
    /// Text that [`Store::read`] would refuse (NUL characters, over [`MAX_FILE_BYTES`]) is not
    /// written, and nothing is written over a file that is not UTF-8 ([`CoreError::InvalidUtf8`]:
    /// [`Store::convert_to_utf8`] is the way). See [`Store::put`] for the two checks of the disk.
    pub fn write(&self, path: &Path, text: &str, expected: Expected) -> Result<WriteOutcome> {
        self.put(path, &expected, |real, current| {
            // A file in another encoding is converted explicitly or not at all: writing the
            // editor's UTF-8 over it would silently re-encode (or garble) the whole file.
            if let Some(existing) = current.filter(|c| !is_utf8_text(&c.bytes)) {
                return Err(CoreError::not_utf8(real, &existing.bytes));
            }
            // Never write what `read` would refuse: the user would be locked out of the file.
            if text.contains('\0') {
                return Err(CoreError::Binary {
                    path: real.to_path_buf(),
                });
            }
            Ok(encode_for_disk(text, current.map(|c| c.bytes.as_slice())))
        })
    }

    /// Write exactly `bytes` to `path` if the disk still holds what `expected` says, like
    /// [`Store::write`] but with no BOM or line-ending carried over and whatever the encoding
    /// of the file there: what a restore from local history puts back. Bytes [`Store::read_bytes`]
    /// would refuse (binary, too large) are not written.
    pub fn write_bytes(&self, path: &Path, bytes: &[u8], expected: Expected) -> Result<WriteOutcome> {
        self.put(path, &expected, |real, _| {
            refuse_binary(real, bytes)?;
            Ok(bytes.to_vec())
        })
    }

    /// Put `bytes` (a version from local history) back at `path`: as a save of their text when
    /// both they and the file there are UTF-8 (the file keeps its BOM and CRLF line endings),
    /// else exactly ([`Store::write_bytes`]), so a file in another encoding comes back as it was.
    pub fn restore_bytes(&self, path: &Path, bytes: &[u8], expected: Expected) -> Result<WriteOutcome> {
        let real = self.resolve(path)?;
        let current_is_utf8 = match read_existing(&real)? {
            Some(current) => is_utf8_text(&current.bytes),
            None => true,
        };
        match std::str::from_utf8(bytes) {
            Ok(text) if current_is_utf8 && encoding::utf16_bom(bytes).is_none() => {
                self.write(path, text, expected)
            }
            _ => self.write_bytes(path, bytes, expected),
        }
    }

    /// Rewrite the document at `path`, which is in another encoding, as UTF-8: the same text
    /// (decoded as [`Store::read_any`] shows it), the same line endings, no byte order mark.
    /// Compare-and-swap like every write: `expected_hash` is the hash of the bytes the user was
    /// shown ([`DecodedFile::hash`]); a file changed since is refused with
    /// [`CoreError::Conflict`]. Refused as [`CoreError::Invalid`] when the file is already
    /// UTF-8 or its decoding was not [`DecodedFile::lossless`].
    pub fn convert_to_utf8(&self, path: &Path, expected_hash: &str) -> Result<Conversion> {
        let mut converted = None;
        let write = self.put(
            path,
            &Expected::Hash(expected_hash.to_string()),
            |real, current| {
                let Some(current) = current else {
                    return Err(CoreError::NotFound {
                        path: real.to_path_buf(),
                    });
                };
                if is_utf8_text(&current.bytes) {
                    return Err(CoreError::Invalid {
                        message: format!("{}: is UTF-8 already", real.display()),
                    });
                }
                let decoded = decode_other(real, &current.bytes)?;
                if !decoded.lossless {
                    return Err(CoreError::Invalid {
                        message: format!(
                            "{}: has bytes that are not valid {}: converting would lose them",
                            real.display(),
                            decoded.encoding
                        ),
                    });
                }
                let bytes = decoded.text.clone().into_bytes();
                converted = Some((decoded, current.bytes.clone()));
                Ok(bytes)
            },
        )?;
        let (decoded, previous) = converted.ok_or_else(|| CoreError::Invalid {
            message: format!("{}: nothing was converted", path.display()),
        })?;
        Ok(Conversion {
            write,
            from: decoded.encoding,
            previous,
            text: decoded.text,
        })
    }

    /// The compare-and-swap write every write goes through: check `expected` against the disk,
    /// let `make` turn what is there (or nothing) into the bytes to write, put them in a
    /// temporary file next to the target, check again and rename it into place.
    ///
    /// The disk is checked twice: before preparing the temporary file, and again right before
    /// the rename. Between that last check and the rename there remains a window of a few
    /// microseconds in which another program's write would be replaced; file systems offer no
    /// portable compare-and-rename to close it. Creation ([`Expected::Absent`]) has no window:
    /// it uses a no-clobber link.
    fn put(
        &self,
        path: &Path,
        expected: &Expected,
        make: impl FnOnce(&Path, Option<&Existing>) -> Result<Vec<u8>>,
    ) -> Result<WriteOutcome> {
        let real = self.resolve(path)?;
        let dir = real.parent().ok_or_else(|| CoreError::Invalid {
            message: format!("{}: has no parent folder", real.display()),
        })?;
        let current = read_existing(&real)?;
        check_expected(&real, expected, current.as_ref())?;
        if let Some(existing) = &current {
            refuse_read_only(&real, &existing.permissions)?;
        }
        let bytes = make(&real, current.as_ref())?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(CoreError::TooLarge {
                path: real,
                size: bytes.len() as u64,
                limit: MAX_FILE_BYTES,
            });
        }
        let hash = content_hash(&bytes);
        let temp = write_temp_file(dir, &bytes, current.as_ref().map(|c| &c.permissions))?;

        // Last check, as close to the rename as possible.
        let now = read_existing(&real)?;
        check_expected(&real, expected, now.as_ref())?;
        self.note_own_write(path, &real, &hash);
        persist(temp, &real, expected)?;
        sync_dir(dir);
        Ok(WriteOutcome {
            hash,
            bytes: bytes.len() as u64,
        })
    }

    /// Create `path` and its missing parents, inside the repository.
    pub fn create_dir_all(&self, path: &Path) -> Result<()> {
        let real = self.resolve(path)?;
        fs::create_dir_all(&real).map_err(|e| CoreError::io(&real, e))?;
        // A component created concurrently could be a symlink leading out: check again.
        self.resolve(&real).map(|_| ())
    }

    /// Remove the `.specdesk-tmp-*` files a crash left in `dir` and its sub-folders (symlinked
    /// folders are not followed). Files younger than [`STALE_TEMP_AGE`] are kept: they may be a
    /// write in progress. Returns how many files were removed. When a repository is opened,
    /// [`Store::clean_abandoned_temp_files`] also removes the young leftovers of a crash.
    pub fn clean_stale_temp_files(&self, dir: &Path) -> Result<usize> {
        self.remove_temp_files(dir, remove_if_stale)
    }

    /// Remove the `.specdesk-tmp-*` files in `dir` and its sub-folders that no write in progress
    /// holds, whatever their age: what a killed or crashed SpecDesk left behind. Run it when a
    /// repository is opened (the next start after a crash).
    ///
    /// Every write holds an exclusive advisory lock (`flock`) on its temporary file until the
    /// file is renamed into place, and the kernel drops that lock when the process dies, so an
    /// unlocked temporary file belongs to nobody; a write in progress (another SpecDesk window on
    /// the same repository) is left alone. Where locks are not available (not Unix, or a file
    /// system without `flock`) the age rule of [`Store::clean_stale_temp_files`] applies.
    pub fn clean_abandoned_temp_files(&self, dir: &Path) -> Result<usize> {
        self.remove_temp_files(dir, remove_if_abandoned)
    }

    /// Walk `dir` (not following symlinked folders) and offer every temporary file to `remove`,
    /// which says whether it removed it.
    fn remove_temp_files(
        &self,
        dir: &Path,
        remove: fn(&Path, &fs::DirEntry) -> Result<bool>,
    ) -> Result<usize> {
        let real = self.resolve(dir)?;
        let mut removed = 0;
        let mut stack = vec![real];
        while let Some(dir) = stack.pop() {
            let entries = fs::read_dir(&dir).map_err(|e| CoreError::io(&dir, e))?;
            for entry in entries.flatten() {
                let Ok(file_type) = entry.file_type() else {
                    continue;
                };
                let path = entry.path();
                if file_type.is_dir() {
                    stack.push(path);
                } else if file_type.is_file() && has_temp_name(&entry) && remove(&path, &entry)? {
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }

    /// Remember the write under the path as given (how the watcher sees a symlinked document)
    /// and under the resolved path (how it sees the target).
    fn note_own_write(&self, requested: &Path, real: &Path, hash: &str) {
        for noted in self.as_noted(requested, real) {
            self.inner.own_writes.note(&noted, hash);
        }
    }

    /// The resolved path, and the path as given when it differs.
    fn as_noted(&self, requested: &Path, real: &Path) -> Vec<PathBuf> {
        let as_given = if requested.is_absolute() {
            requested.to_path_buf()
        } else {
            self.root().join(requested)
        };
        if as_given == real {
            vec![real.to_path_buf()]
        } else {
            vec![real.to_path_buf(), as_given]
        }
    }
}

/// Split an absolute path into its anchor (`/`, or `C:\` on Windows) and the rest.
fn split_anchor(path: &Path) -> (PathBuf, PathBuf) {
    let mut anchor = PathBuf::new();
    let mut rest = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Prefix(_) | Component::RootDir if rest.as_os_str().is_empty() => {
                anchor.push(component.as_os_str())
            }
            other => rest.push(other.as_os_str()),
        }
    }
    (anchor, rest)
}

/// One step of path resolution.
enum Step {
    Parent,
    Name(OsString),
}

fn steps(path: &Path) -> VecDeque<Step> {
    path.components()
        .filter_map(|c| match c {
            Component::ParentDir => Some(Step::Parent),
            Component::Normal(name) => Some(Step::Name(name.to_os_string())),
            Component::CurDir | Component::RootDir | Component::Prefix(_) => None,
        })
        .collect()
}

/// Resolve `rest` below the already-real `start`, following symlinks as the kernel would.
///
/// The walk never looks at anything outside `root`: as soon as it steps somewhere that is
/// neither inside the root nor one of the root's own ancestors (which `..` may pass through on
/// the way back in), the path is refused, before any file-system call on it. So the error for a
/// path leading out says nothing about what exists out there.
///
/// Returns the real path, and the metadata of its final component when the walk's last step
/// looked at it (it exists and is not a symlink).
fn walk_components(
    root: &Path,
    start: PathBuf,
    rest: &Path,
    original: &Path,
) -> Result<(PathBuf, Option<Metadata>)> {
    let mut current = start;
    let mut pending = steps(rest);
    let mut missing = false;
    let mut hops = 0;
    let mut last_meta = None;
    while let Some(step) = pending.pop_front() {
        last_meta = None;
        let name = match step {
            Step::Parent => {
                current.pop();
                continue;
            }
            Step::Name(name) => name,
        };
        current.push(&name);
        if !current.starts_with(root) && !root.starts_with(&current) {
            return Err(CoreError::OutsideRepo {
                path: original.to_path_buf(),
            });
        }
        if missing {
            continue;
        }
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                hops += 1;
                if hops > MAX_SYMLINK_HOPS {
                    return Err(CoreError::Invalid {
                        message: format!("{}: too many levels of symbolic links", original.display()),
                    });
                }
                let target = fs::read_link(&current).map_err(|e| CoreError::io(&current, e))?;
                current.pop();
                if target.has_root() {
                    let (anchor, target_rest) = split_anchor(&target);
                    current = anchor;
                    prepend(&mut pending, steps(&target_rest));
                } else {
                    prepend(&mut pending, steps(&target));
                }
            }
            Ok(meta) => last_meta = Some(meta),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => missing = true,
            Err(e) => return Err(CoreError::io(&current, e)),
        }
    }
    Ok((current, last_meta))
}

fn prepend(pending: &mut VecDeque<Step>, front: VecDeque<Step>) {
    for step in front.into_iter().rev() {
        pending.push_front(step);
    }
}

/// The raw bytes of `path`, refusing directories, pipes, sockets and devices, and files over
/// [`MAX_FILE_BYTES`].
fn read_limited(path: &Path) -> Result<Vec<u8>> {
    let meta = fs::metadata(path).map_err(|e| CoreError::io(path, e))?;
    read_limited_with(path, &meta)
}

/// [`read_limited`] with the metadata of `path` already at hand.
fn read_limited_with(path: &Path, meta: &Metadata) -> Result<Vec<u8>> {
    if meta.is_dir() {
        return Err(CoreError::IsADirectory {
            path: path.to_path_buf(),
        });
    }
    // Opening a named pipe blocks until someone writes to it; a device may never end.
    if !meta.is_file() {
        return Err(not_a_regular_file(path));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(path, meta.len()));
    }
    let file = File::open(path).map_err(|e| CoreError::io(path, e))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // Read one byte past the limit to notice a file that grew since the metadata call.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| CoreError::io(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
    Ok(bytes)
}

/// The error for a pipe, socket or device where a text file was expected.
fn not_a_regular_file(path: &Path) -> CoreError {
    CoreError::Io {
        path: path.to_path_buf(),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file (a pipe, socket or device)",
        ),
    }
}

fn too_large(path: &Path, size: u64) -> CoreError {
    CoreError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit: MAX_FILE_BYTES,
    }
}

/// The [`TextFile`] of bytes read from elsewhere than the disk (a git blob), refused as
/// [`Store::read`] refuses them: over [`MAX_FILE_BYTES`], binary, not UTF-8. `path` names them
/// in errors.
pub fn text_of_bytes(path: &Path, bytes: Vec<u8>) -> Result<TextFile> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(path, bytes.len() as u64));
    }
    decode(path, bytes)
}

/// Turn raw bytes into a [`TextFile`], refusing binary and non-UTF-8 content (UTF-16 behind a
/// byte order mark is text in another encoding, not binary).
fn decode(path: &Path, bytes: Vec<u8>) -> Result<TextFile> {
    let hash = content_hash(&bytes);
    let len = bytes.len() as u64;
    let line_ending = LineEnding::detect(&bytes);
    let (text, bom) = decode_text(path, bytes)?;
    Ok(TextFile {
        text,
        hash,
        bom,
        line_ending,
        len,
    })
}

/// The text of UTF-8 `bytes` without its BOM, and whether it had one; refused when the bytes
/// are UTF-16, binary or not UTF-8.
fn decode_text(path: &Path, bytes: Vec<u8>) -> Result<(String, bool)> {
    if encoding::utf16_bom(&bytes).is_some() {
        return Err(CoreError::not_utf8(path, &bytes));
    }
    refuse_binary(path, &bytes)?;
    let text = String::from_utf8(bytes).map_err(|e| CoreError::not_utf8(path, e.as_bytes()))?;
    Ok(match text.strip_prefix(BOM) {
        Some(rest) => (rest.to_string(), true),
        None => (text, false),
    })
}

/// Decode bytes that are not UTF-8 text ([`crate::encoding`]). Refused: NUL bytes (not behind
/// a UTF-16 byte order mark, or decoded to U+0000: binary) and damaged UTF-8 (no encoding fits:
/// [`CoreError::InvalidUtf8`] without one).
fn decode_other(path: &Path, bytes: &[u8]) -> Result<DecodedFile> {
    refuse_binary(path, bytes)?;
    let Some(guess) = encoding::guess_for_non_utf8(bytes) else {
        return Err(CoreError::not_utf8(path, bytes));
    };
    let decoded = encoding::decode_as(bytes, guess);
    if decoded.text.contains('\0') {
        return Err(CoreError::Binary {
            path: path.to_path_buf(),
        });
    }
    Ok(DecodedFile {
        line_ending: LineEnding::detect(decoded.text.as_bytes()),
        encoding: decoded.name().to_string(),
        bom: decoded.bom,
        lossless: decoded.lossless,
        hash: content_hash(bytes),
        len: bytes.len() as u64,
        text: decoded.text,
    })
}

/// Refuse bytes with a NUL as binary, unless they are UTF-16 behind a byte order mark.
fn refuse_binary(path: &Path, bytes: &[u8]) -> Result<()> {
    if encoding::utf16_bom(bytes).is_none() && memchr::memchr(0, bytes).is_some() {
        Err(CoreError::Binary {
            path: path.to_path_buf(),
        })
    } else {
        Ok(())
    }
}

/// Whether `bytes` are UTF-8 text the editor may write over: valid UTF-8, not UTF-16.
fn is_utf8_text(bytes: &[u8]) -> bool {
    encoding::utf16_bom(bytes).is_none() && encoding::is_utf8(bytes)
}

/// What is at the write target now.
struct Existing {
    bytes: Vec<u8>,
    permissions: Permissions,
}

fn read_existing(path: &Path) -> Result<Option<Existing>> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(CoreError::io(path, e)),
    };
    match read_limited_with(path, &meta) {
        Ok(bytes) => Ok(Some(Existing {
            bytes,
            permissions: meta.permissions(),
        })),
        Err(CoreError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Compare-and-swap check: does the disk hold what the caller expects?
fn check_expected(path: &Path, expected: &Expected, current: Option<&Existing>) -> Result<()> {
    let matches = match (expected, current) {
        (Expected::Any, _) => true,
        (Expected::Absent, None) => true,
        (Expected::Absent, Some(_)) => false,
        (Expected::Hash(_), None) => false,
        (Expected::Hash(hash), Some(existing)) => content_hash(&existing.bytes) == *hash,
    };
    if matches {
        Ok(())
    } else {
        Err(conflict(path, current.map(|c| c.bytes.as_slice())))
    }
}

/// A conflict error carrying what is on disk now (decoded when it is in another encoding).
fn conflict(path: &Path, disk: Option<&[u8]>) -> CoreError {
    CoreError::Conflict {
        path: path.to_path_buf(),
        disk_text: disk.map(|b| {
            if is_utf8_text(b) {
                let text = String::from_utf8_lossy(b);
                text.strip_prefix(BOM).unwrap_or(&text).to_string()
            } else {
                encoding::decode(b).text
            }
        }),
        disk_hash: disk.map(content_hash),
    }
}

fn refuse_read_only(path: &Path, permissions: &Permissions) -> Result<()> {
    if permissions.readonly() {
        Err(CoreError::PermissionDenied {
            path: path.to_path_buf(),
        })
    } else {
        Ok(())
    }
}

/// Write `bytes` to `path` outside any repository (a file the user named in a save dialog, the
/// app's own data files), atomically: a temporary file in the same folder, synced, then renamed
/// over it.
pub fn write_chosen(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".specdesk-tmp-")
        .tempfile_in(dir)
        .map_err(|e| CoreError::io(dir, e))?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| CoreError::io(path, e))?;
    temp.persist(path).map_err(|e| CoreError::io(path, e.error))?;
    Ok(())
}

/// The bytes to put on disk for `text`, given the bytes there now: keep a BOM, and keep CRLF
/// line endings (or a mix of both, line by line) when the editor handed back lone `\n`s. Text
/// that was read unchanged comes out byte-for-byte identical.
pub fn encode_for_disk(text: &str, existing: Option<&[u8]>) -> Vec<u8> {
    let (had_bom, ending) = match existing {
        Some(bytes) => (bytes.starts_with(BOM.as_bytes()), LineEnding::detect(bytes)),
        None => (false, LineEnding::None),
    };
    let mut out = String::with_capacity(text.len() + text.len() / 16 + BOM.len());
    if had_bom && !text.starts_with(BOM) {
        out.push_str(BOM);
    }
    let existing_text = existing
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
        .map(|text| text.strip_prefix(BOM).unwrap_or(text));
    if ending == LineEnding::Crlf && has_lone_lf(text) {
        out.push_str(&to_crlf(text));
    } else if let (LineEnding::Mixed, Some(original)) = (ending, existing_text) {
        out.push_str(&restore_mixed_endings(original, text));
    } else {
        out.push_str(text);
    }
    out.into_bytes()
}

fn has_lone_lf(text: &str) -> bool {
    LineEnding::detect(text.as_bytes()) != LineEnding::Crlf && text.contains('\n')
}

/// Every lone `\n` becomes `\r\n`; existing `\r\n` stay as they are.
fn to_crlf(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous = '\0';
    for c in text.chars() {
        if c == '\n' && previous != '\r' {
            out.push('\r');
        }
        out.push(c);
        previous = c;
    }
    out
}

/// Write `bytes` to a fresh temporary file in `dir`, fsynced, with `permissions` (those of the
/// file it will replace; a new file gets the usual `0o666` minus umask).
fn write_temp_file(
    dir: &Path,
    bytes: &[u8],
    permissions: Option<&Permissions>,
) -> Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(".tmp");
    #[cfg(unix)]
    if permissions.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(Permissions::from_mode(0o666));
    }
    let mut temp = create_held_temp_file(&builder, dir)?;
    let temp_path = temp.path().to_path_buf();
    let io_err = |e| CoreError::io(&temp_path, e);
    temp.write_all(bytes).map_err(io_err)?;
    if let Some(permissions) = permissions {
        temp.as_file()
            .set_permissions(permissions.clone())
            .map_err(io_err)?;
    }
    temp.as_file().sync_all().map_err(io_err)?;
    Ok(temp)
}

/// Move the temporary file into place: a no-clobber link for creation, a rename otherwise.
fn persist(temp: tempfile::NamedTempFile, target: &Path, expected: &Expected) -> Result<()> {
    let result = match expected {
        Expected::Absent => temp.persist_noclobber(target),
        Expected::Hash(_) | Expected::Any => temp.persist(target),
    };
    match result {
        Ok(_) => Ok(()),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
            let disk = read_limited(target).ok();
            Err(conflict(target, disk.as_deref()))
        }
        Err(e) => Err(CoreError::io(target, e.error)),
    }
}

/// fsync the directory so the rename itself is durable. Best effort: some file systems (and
/// Windows) can't open or sync a directory, and the data itself is already safe.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// How often a write tries a fresh temporary file when a concurrent cleanup took the last one.
const TEMP_FILE_ATTEMPTS: usize = 5;

/// Create the temporary file for a write in `dir` and hold its lock (see
/// [`Store::clean_abandoned_temp_files`]). A cleanup may remove a fresh file in the instant
/// before it is locked; then the write goes on with a new one.
fn create_held_temp_file(builder: &tempfile::Builder, dir: &Path) -> Result<tempfile::NamedTempFile> {
    for _ in 0..TEMP_FILE_ATTEMPTS {
        let temp = builder.tempfile_in(dir).map_err(|e| CoreError::io(dir, e))?;
        if temp_lock::hold(temp.as_file(), temp.path()) {
            return Ok(temp);
        }
    }
    Err(CoreError::Io {
        path: dir.to_path_buf(),
        source: std::io::Error::other("temporary files keep being removed by a concurrent cleanup"),
    })
}

fn has_temp_name(entry: &fs::DirEntry) -> bool {
    entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
}

/// Whether the file was last modified at least [`STALE_TEMP_AGE`] ago (or has no usable time).
fn is_old(entry: &fs::DirEntry) -> bool {
    let modified = entry.metadata().and_then(|m| m.modified());
    match modified {
        Ok(at) => SystemTime::now()
            .duration_since(at)
            .is_ok_and(|age| age >= STALE_TEMP_AGE),
        Err(_) => true,
    }
}

fn remove_if_stale(path: &Path, entry: &fs::DirEntry) -> Result<bool> {
    if is_old(entry) {
        remove_quietly(path)
    } else {
        Ok(false)
    }
}

/// Remove `path` unless it is locked by a write in progress (see
/// [`Store::clean_abandoned_temp_files`]).
fn remove_if_abandoned(path: &Path, entry: &fs::DirEntry) -> Result<bool> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(CoreError::io(path, e)),
    };
    match temp_lock::try_lock(&file) {
        temp_lock::State::Locked => {}
        temp_lock::State::Busy => return Ok(false),
        temp_lock::State::Unsupported => return remove_if_stale(path, entry),
    }
    // Renamed into place (a document now) or replaced since it was opened: not ours to remove.
    if !temp_lock::same_file(&file, path) {
        return Ok(false);
    }
    remove_quietly(path) // the lock goes with `file`, after the removal
}

/// Remove a file; `false` when someone else removed it first.
fn remove_quietly(path: &Path) -> Result<bool> {
    match fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(CoreError::io(path, e)),
    }
}

/// The advisory locks that tell a write in progress from the leftover of a dead process.
#[cfg(unix)]
mod temp_lock {
    use rustix::fs::{flock, FlockOperation};
    use std::fs::File;
    use std::os::unix::fs::MetadataExt;
    use std::path::Path;

    pub enum State {
        /// We hold the lock now.
        Locked,
        /// A live process holds it.
        Busy,
        /// The file system has no `flock`.
        Unsupported,
    }

    pub fn try_lock(file: &File) -> State {
        match flock(file, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => State::Locked,
            Err(e) if e == rustix::io::Errno::WOULDBLOCK => State::Busy,
            Err(_) => State::Unsupported,
        }
    }

    /// Lock a freshly created temporary file for the whole write; `false` when a cleanup got to
    /// it first (it holds the lock, or already removed the path).
    pub fn hold(file: &File, path: &Path) -> bool {
        !matches!(try_lock(file), State::Busy) && same_file(file, path)
    }

    /// Whether `path` still names the open `file`.
    pub fn same_file(file: &File, path: &Path) -> bool {
        match (file.metadata(), std::fs::symlink_metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
}

/// Without advisory locks every temporary file counts as in use; the age rule decides.
#[cfg(not(unix))]
mod temp_lock {
    use std::fs::File;
    use std::path::Path;

    pub enum State {
        #[allow(dead_code)]
        Locked,
        #[allow(dead_code)]
        Busy,
        Unsupported,
    }

    pub fn try_lock(_: &File) -> State {
        State::Unsupported
    }

    pub fn hold(_: &File, _: &Path) -> bool {
        true
    }

    pub fn same_file(_: &File, _: &Path) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {

    /// Move everything `own` remembered back in time by `by` (as if it had been noted then).
    fn age(own: &OwnWrites, by: Duration) {
        let mut entries = own.lock();
        let Registry { writes, reads, order } = &mut *entries;
        for noted in writes.values_mut().flatten().chain(reads.values_mut()) {
            noted.at -= by;
        }
        for (at, _) in order.iter_mut() {
            *at -= by;
        }
    }

    #[test]
    fn own_writes_and_reads_expire_after_their_time_to_live() {
        let own = OwnWrites::new();
        let (old_write, old_read, fresh) = (Path::new("/r/a.md"), Path::new("/r/b.md"), Path::new("/r/c.md"));
        own.note(old_write, "h1");
        own.note_read(old_read, "h2");
        age(&own, OWN_WRITE_TTL + Duration::from_millis(10));
        own.note(fresh, "h3");
        assert_eq!(own.len(), 1, "only the fresh write is left");
        assert!(!own.is_echo(old_write, "h1"), "an expired write is no echo");
        assert!(
            !own.superseded(old_read, Some("other")),
            "an expired read is forgotten"
        );
        assert!(own.is_echo(fresh, "h3"));
        // Many reads: each expiry looks only at what ran out.
        for n in 0..10_000 {
            own.note_read(&PathBuf::from(format!("/r/{n}.md")), "h");
        }
        assert_eq!(own.len(), 10_000);
        age(&own, OWN_WRITE_TTL);
        assert!(own.is_empty());
    }
    use super::*;

    #[test]
    fn detects_line_endings() {
        assert_eq!(LineEnding::detect(b"a\nb\n"), LineEnding::Lf);
        assert_eq!(LineEnding::detect(b"a\r\nb\r\n"), LineEnding::Crlf);
        assert_eq!(LineEnding::detect(b"a\r\nb\n"), LineEnding::Mixed);
        assert_eq!(LineEnding::detect(b"\nb"), LineEnding::Lf);
        assert_eq!(LineEnding::detect(b"abc"), LineEnding::None);
    }

    #[test]
    fn encoding_keeps_bom_and_crlf_of_the_existing_file() {
        let existing = "\u{FEFF}a\r\nb\r\n".as_bytes();
        assert_eq!(
            encode_for_disk("a\nb\nc\n", Some(existing)),
            "\u{FEFF}a\r\nb\r\nc\r\n".as_bytes()
        );
        assert_eq!(
            encode_for_disk("a\r\nb\nc", Some(existing)),
            "\u{FEFF}a\r\nb\r\nc".as_bytes()
        );
        // Unchanged text round-trips exactly.
        assert_eq!(encode_for_disk("a\r\nb\r\n", Some(existing)), existing);
        // Text with its own CRs is written as given; an LF file never gains CRs.
        assert_eq!(encode_for_disk("x\ny\r\n", Some(b"p\r\nq\n")), b"x\ny\r\n");
        // A mixed file keeps each line's ending outside the edit (BOM included).
        assert_eq!(
            encode_for_disk("p!\nq\nr\n", Some("\u{FEFF}p\r\nq\nr\r\n".as_bytes())),
            "\u{FEFF}p!\r\nq\nr\r\n".as_bytes()
        );
        assert_eq!(encode_for_disk("x\r\ny\n", Some(b"p\nq\n")), b"x\r\ny\n");
        // A new file is written as given.
        assert_eq!(encode_for_disk("x\n", None), b"x\n");
        // Text that carries its own BOM doesn't get a second one.
        assert_eq!(
            encode_for_disk("\u{FEFF}x", Some("\u{FEFF}y".as_bytes())),
            "\u{FEFF}x".as_bytes()
        );
    }

    #[test]
    fn crlf_conversion_only_touches_lone_newlines() {
        assert_eq!(to_crlf("a\nb\r\nc\n"), "a\r\nb\r\nc\r\n");
        assert_eq!(to_crlf("ü\n"), "ü\r\n");
        assert!(has_lone_lf("a\r\nb\n"));
        assert!(!has_lone_lf("a\r\nb\r\n"));
        assert!(!has_lone_lf("ab"));
    }

    #[test]
    fn own_writes_match_once_and_forget_older_entries() {
        let own = OwnWrites::new();
        let p = Path::new("/r/specs/001-a/plan.md");
        own.note(p, "h1");
        own.note(p, "h2");
        assert_eq!(own.len(), 2);
        assert!(!own.is_echo(p, "other"));
        assert!(!own.is_echo(Path::new("/r/elsewhere.md"), "h2"));
        assert!(own.is_echo(p, "h2"));
        // h1 was older than the matched h2: gone too.
        assert!(!own.is_echo(p, "h1"));
        assert!(!own.is_echo(p, "h2"));
        assert!(own.is_empty());
    }

    #[test]
    fn own_writes_tell_when_our_write_was_undone() {
        let own = OwnWrites::new();
        let p = Path::new("/r/specs/001-a/plan.md");
        assert!(
            !own.superseded(p, Some("h0")),
            "nothing written: nothing superseded"
        );
        own.note(p, "h1");
        assert!(!own.superseded(p, Some("h1")), "our write is there");
        assert!(own.is_empty(), "and was consumed");
        own.note(p, "h2");
        assert!(own.superseded(p, Some("h0")), "reverted to the old content");
        assert!(own.is_empty());
        own.note(p, "h3");
        assert!(own.superseded(p, None), "deleted after our write");
        assert!(!own.superseded(p, None));
    }

    #[test]
    fn only_our_latest_write_is_an_echo() {
        // Found by tests/reliability_concurrent.rs: after saves W1 then W2, a revert putting W1
        // back within one watcher batch was taken for the echo of W1 and never reported.
        let own = OwnWrites::new();
        let p = Path::new("/r/specs/001-a/plan.md");
        own.note(p, "w1");
        own.note(p, "w2");
        assert!(
            !own.is_echo(p, "w1"),
            "an older write of ours coming back is a revert"
        );
        assert!(own.is_echo(p, "w2"), "the latest one is still remembered");
        assert!(own.is_empty());
    }

    #[test]
    fn overdue_writes_are_handed_out_once() {
        let own = OwnWrites::new();
        let p = Path::new("/r/specs/001-a/plan.md");
        own.note(p, "h1");
        assert!(own.overdue(Duration::from_secs(60)).is_empty(), "not old enough");
        assert_eq!(own.overdue(Duration::ZERO), [p.to_path_buf()]);
        assert!(own.overdue(Duration::ZERO).is_empty(), "handed out once");
        assert!(own.is_echo(p, "h1"), "an audited write is still ours");
    }

    #[test]
    fn a_read_state_that_was_undone_is_superseded() {
        // Found by tests/reliability_concurrent.rs (seed 1657): another program saved X, the
        // app opened it, and a revert put the old content back before the watcher looked: the
        // app's buffer showed X and nothing was reported.
        let own = OwnWrites::new();
        let p = Path::new("/r/specs/001-a/plan.md");
        own.note_read(p, "x");
        assert!(!own.is_echo(p, "x"), "a read is never an echo");
        assert!(own.superseded(p, Some("old")), "the content read is gone");
        own.note_read(p, "x");
        assert!(!own.superseded(p, Some("x")), "still there");
        assert!(own.is_empty());
        own.note_read(p, "x");
        assert_eq!(own.overdue(Duration::ZERO), [p.to_path_buf()]);
        own.forget_read(p);
        assert!(own.is_empty());
    }

    #[test]
    fn our_write_is_no_echo_once_the_app_read_something_else() {
        // Found by tests/reliability_concurrent.rs (seed 5588): we saved W, another program
        // replaced it with E, the app opened E, and a revert put W back, all in one watcher
        // batch: W was taken for our echo, and the app's buffer kept showing E.
        let own = OwnWrites::new();
        let p = Path::new("/r/specs/001-a/tasks.md");
        own.note(p, "w");
        own.note_read(p, "e");
        assert!(!own.is_echo(p, "w"));
        own.note(p, "w2");
        own.note_read(p, "w2");
        assert!(
            own.is_echo(p, "w2"),
            "reading back what we wrote keeps it an echo"
        );
    }

    #[test]
    fn a_renamed_folder_takes_its_remembered_writes_and_reads_along() {
        let own = OwnWrites::new();
        own.note(Path::new("/r/specs/003-g/research.md"), "w");
        own.note_read(Path::new("/r/specs/003-g/plan.md"), "p");
        own.note(Path::new("/r/specs/003-gx/plan.md"), "other folder");
        own.move_folder(Path::new("/r/specs/003-g"), Path::new("/r/specs/003-g-r21"));
        assert!(own.is_echo(Path::new("/r/specs/003-g-r21/research.md"), "w"));
        assert!(own.superseded(Path::new("/r/specs/003-g-r21/plan.md"), Some("changed")));
        assert!(
            own.is_echo(Path::new("/r/specs/003-gx/plan.md"), "other folder"),
            "a sibling stays"
        );
        assert!(own.is_empty());
    }

    #[test]
    fn own_writes_are_shared_between_clones() {
        let own = OwnWrites::new();
        let clone = own.clone();
        own.note(Path::new("/r/a.md"), "h");
        assert!(clone.is_echo(Path::new("/r/a.md"), "h"));
        assert!(!own.is_echo(Path::new("/r/a.md"), "h"));
    }

    #[test]
    fn decode_reports_the_offset_of_invalid_utf8() {
        let err = decode(Path::new("x.md"), b"ab\xffcd".to_vec()).unwrap_err();
        assert!(matches!(err, CoreError::InvalidUtf8 { offset: 2, .. }), "{err:?}");
        let err = decode(Path::new("x.md"), b"a\0b".to_vec()).unwrap_err();
        assert!(matches!(err, CoreError::Binary { .. }), "{err:?}");
        let ok = decode(Path::new("x.md"), "\u{FEFF}# T\r\n".as_bytes().to_vec()).unwrap();
        assert_eq!(ok.text, "# T\r\n");
        assert!(ok.bom);
        assert_eq!(ok.line_ending, LineEnding::Crlf);
        assert_eq!(ok.len, 8);
        assert_eq!(ok.hash, content_hash("\u{FEFF}# T\r\n".as_bytes()));
    }

    #[test]
    fn resolve_confines_relative_and_absolute_paths() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("specs/001-a")).unwrap();
        let store = Store::new(tmp.path()).unwrap();
        let root = store.root().to_path_buf();
        assert_eq!(
            store.resolve(Path::new("specs/001-a/plan.md")).unwrap(),
            root.join("specs/001-a/plan.md")
        );
        assert_eq!(
            store
                .resolve(&root.join("specs/./001-a/../001-a/new/deeper.md"))
                .unwrap(),
            root.join("specs/001-a/new/deeper.md")
        );
        assert!(matches!(
            store.resolve(Path::new("specs/../../x")),
            Err(CoreError::OutsideRepo { .. })
        ));
        assert!(matches!(
            store.resolve(Path::new("/etc/passwd")),
            Err(CoreError::OutsideRepo { .. })
        ));
    }

    #[test]
    fn resolve_refuses_before_looking_outside_the_root() {
        // Found by tests/reliability_paths.rs: `../secret.md/x` used to answer "not a
        // directory" (the walk had stat'ed the outside file) where a missing outside path
        // answered "outside the repository": an existence oracle for files outside.
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("repo/specs")).unwrap();
        fs::write(tmp.path().join("secret.md"), "s").unwrap();
        let store = Store::new(&tmp.path().join("repo")).unwrap();
        for p in ["../secret.md/x", "../missing/x", "specs/../../secret.md/sub/dir"] {
            let err = store.resolve(Path::new(p)).unwrap_err();
            assert!(matches!(err, CoreError::OutsideRepo { .. }), "{p}: {err:?}");
            let err = store.create_dir_all(Path::new(p)).unwrap_err();
            assert!(matches!(err, CoreError::OutsideRepo { .. }), "{p}: {err:?}");
        }
        // Climbing out along the root's own ancestors and back in still resolves.
        let back_in = Path::new("..").join("repo/specs/x.md");
        assert_eq!(store.resolve(&back_in).unwrap(), store.root().join("specs/x.md"));
    }

    #[test]
    fn text_with_a_nul_is_not_written() {
        // Found by tests/reliability_bad_input.rs: such text was saved, and the next read
        // refused the file as binary.
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("plan.md"), "# Plan\n").unwrap();
        let store = Store::new(tmp.path()).unwrap();
        let file = store.read(Path::new("plan.md")).unwrap();
        let err = store
            .write(Path::new("plan.md"), "# Plan\0\n", Expected::Hash(file.hash))
            .unwrap_err();
        assert!(matches!(err, CoreError::Binary { .. }), "{err:?}");
        assert_eq!(fs::read(tmp.path().join("plan.md")).unwrap(), b"# Plan\n");
    }

    #[test]
    fn read_text_refuses_what_read_refuses_and_remembers_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join("bom.md"), b"\xEF\xBB\xBF# Plan\r\n").unwrap();
        fs::write(tmp.path().join("binary.md"), b"# Plan\0\n").unwrap();
        fs::write(tmp.path().join("cp1251.md"), b"# \xcf\xeb\xe0\xed\n").unwrap();
        let store = Store::new(tmp.path()).unwrap();
        let text = store.read_text(Path::new("bom.md")).unwrap();
        assert_eq!(text, store.read(Path::new("bom.md")).unwrap().text);
        assert_eq!(text, "# Plan\r\n");
        for (name, kind) in [
            ("binary.md", "binary"),
            ("cp1251.md", "invalidUtf8"),
            ("../x.md", "outsideRepo"),
        ] {
            let text_err = store.read_text(Path::new(name)).unwrap_err();
            let read_err = store.read(Path::new(name)).unwrap_err();
            assert_eq!((text_err.kind(), read_err.kind()), (kind, kind), "{name}");
        }
        // No hash was noted for the watcher by read_text.
        let fresh = Store::new(tmp.path()).unwrap();
        fresh.read_text(Path::new("bom.md")).unwrap();
        let real = fs::canonicalize(tmp.path().join("bom.md")).unwrap();
        assert!(fresh.inner.own_writes.lock().reads.get(&real).is_none());
        fresh.read(Path::new("bom.md")).unwrap();
        assert!(
            fresh.inner.own_writes.lock().reads.get(&real).is_some(),
            "read notes it"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_refused_instead_of_blocking() {
        // Found by tests/reliability_bad_input.rs: read() and write() opened the pipe and
        // blocked forever (and `specdesk-cli render|check` with them).
        let tmp = tempfile::tempdir().unwrap();
        let pipe = tmp.path().join("plan.md");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        if !made.is_ok_and(|s| s.success()) {
            println!("skipping: mkfifo is not available");
            return;
        }
        let store = Store::new(tmp.path()).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let worker = store.clone();
        std::thread::spawn(move || {
            let read = worker.read(Path::new("plan.md")).map(drop);
            let write = worker.write(Path::new("plan.md"), "x", Expected::Any).map(drop);
            let _ = tx.send((read, write));
        });
        let answer = rx.recv_timeout(Duration::from_secs(5));
        // Opening read-write never blocks on Linux, and releases a reader blocked in open().
        let _ = fs::OpenOptions::new().read(true).write(true).open(&pipe);
        let (read, write) = answer.expect("blocked on a named pipe");
        for err in [read.unwrap_err(), write.unwrap_err()] {
            assert!(err.to_string().contains("not a regular file"), "{err}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn abandoned_temp_files_are_cleaned_at_any_age_and_held_ones_kept() {
        // Found by tests/reliability_crash.rs: after a SIGKILL during a save, the next start
        // could not remove the temp file (clean_stale_temp_files keeps files younger than 60 s,
        // and had no way to tell a dead writer from a live one).
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::new(tmp.path()).unwrap();
        let abandoned = tmp.path().join(format!("{TEMP_PREFIX}dead.tmp"));
        let held = tmp.path().join(format!("{TEMP_PREFIX}live.tmp"));
        fs::write(&abandoned, "half a save").unwrap();
        fs::write(&held, "a save in progress").unwrap();
        let holder = File::open(&held).unwrap();
        assert!(matches!(temp_lock::try_lock(&holder), temp_lock::State::Locked));

        assert_eq!(store.clean_stale_temp_files(Path::new("")).unwrap(), 0);
        assert_eq!(store.clean_abandoned_temp_files(Path::new("")).unwrap(), 1);
        assert!(!abandoned.exists());
        assert!(held.exists(), "a temp file held by a live write was removed");
        drop(holder); // the writer died
        assert_eq!(store.clean_abandoned_temp_files(Path::new("")).unwrap(), 1);
        assert!(!held.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_write_holds_the_lock_on_its_temp_file() {
        let tmp = tempfile::tempdir().unwrap();
        let mut builder = tempfile::Builder::new();
        builder.prefix(TEMP_PREFIX);
        let temp = create_held_temp_file(&builder, tmp.path()).unwrap();
        let other = File::open(temp.path()).unwrap();
        assert!(matches!(temp_lock::try_lock(&other), temp_lock::State::Busy));
        let store = Store::new(tmp.path()).unwrap();
        assert_eq!(store.clean_abandoned_temp_files(Path::new("")).unwrap(), 0);
        assert!(temp.path().exists());
    }

    #[test]
    fn splits_the_anchor_of_absolute_paths() {
        let (anchor, rest) = split_anchor(Path::new("/a/b/../c"));
        assert_eq!(anchor, Path::new("/"));
        assert_eq!(rest, Path::new("a/b/../c"));
    }
}
