//! The crash journal: the text of every unsaved buffer, written every few seconds into the
//! app's data directory (one file per repository, replaced atomically), so that after a crash or
//! a kill the next start can offer the edits back.
//!
//! The UI sends the whole set of dirty buffers each time ([`Journal::write`] replaces it); a
//! buffer saved since is simply absent from the next set. Entries whose text equals what is on
//! disk now are not offered back (nothing would be restored).

use crate::error::AppError;
use crate::session::write_atomically;
use serde::{Deserialize, Serialize};
use specdesk_core::store::{content_hash, Store};
use specdesk_core::CoreError;
use std::fs;
use std::path::{Path, PathBuf};

/// The folder of the journals, inside the data directory.
const JOURNAL_DIR: &str = "journal";

/// One unsaved buffer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct JournalEntry {
    /// Repository-relative path of the document.
    pub rel_path: String,
    /// The unsaved text.
    pub text: String,
    /// Hash of the disk content the edit started from (`None`: a file that did not exist).
    pub base_hash: Option<String>,
    /// When the UI wrote it, milliseconds since the Unix epoch.
    #[ts(type = "number")]
    pub at: i64,
}

/// What a journal file holds.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JournalFile {
    root: String,
    entries: Vec<JournalEntry>,
}

/// The journal of one repository.
#[derive(Debug, Clone)]
pub struct Journal {
    path: PathBuf,
    root: PathBuf,
}

impl Journal {
    /// The journal of the repository at `root` (canonical) under the data directory `data_dir`.
    pub fn new(data_dir: &Path, root: &Path) -> Journal {
        let key = content_hash(root.to_string_lossy().as_bytes());
        let name = format!("{}.json", &key[..16.min(key.len())]);
        Journal {
            path: data_dir.join(JOURNAL_DIR).join(name),
            root: root.to_path_buf(),
        }
    }

    /// The file it is kept in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Replace the journal with `entries`; an empty set removes the file.
    pub fn write(&self, entries: Vec<JournalEntry>) -> Result<(), AppError> {
        if entries.is_empty() {
            return self.clear();
        }
        let file = JournalFile {
            root: self.root.to_string_lossy().into_owned(),
            entries,
        };
        let json = serde_json::to_vec(&file)
            .map_err(|e| AppError::Internal(format!("journal not serializable: {e}")))?;
        write_atomically(&self.path, &json)
    }

    /// Every entry written (a missing or damaged journal has none).
    pub fn entries(&self) -> Vec<JournalEntry> {
        fs::read(&self.path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<JournalFile>(&bytes).ok())
            .map(|file| file.entries)
            .unwrap_or_default()
    }

    /// The entries worth offering back: those whose text differs from the file on disk now.
    pub fn pending(&self, store: &Store) -> Vec<JournalEntry> {
        self.entries()
            .into_iter()
            .filter(|entry| {
                store
                    .read(Path::new(&entry.rel_path))
                    .map_or(true, |disk| disk.text != entry.text)
            })
            .collect()
    }

    /// Forget the entry of `rel_path`.
    pub fn discard(&self, rel_path: &str) -> Result<(), AppError> {
        let mut entries = self.entries();
        entries.retain(|e| e.rel_path != rel_path);
        self.write(entries)
    }

    /// Forget everything.
    pub fn clear(&self) -> Result<(), AppError> {
        match fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(CoreError::io(&self.path, e).into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(rel_path: &str, text: &str) -> JournalEntry {
        JournalEntry {
            rel_path: rel_path.into(),
            text: text.into(),
            base_hash: None,
            at: 1,
        }
    }

    fn repo_with_plan(text: &str) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("specs/001-a")).unwrap();
        fs::write(dir.path().join("specs/001-a/plan.md"), text).unwrap();
        let store = Store::new(dir.path()).unwrap();
        (dir, store)
    }

    #[test]
    fn written_entries_come_back_and_replace_the_previous_set() {
        let data = tempfile::tempdir().unwrap();
        let journal = Journal::new(data.path(), Path::new("/r/a"));
        journal
            .write(vec![entry("specs/001-a/plan.md", "one"), entry("b.md", "two")])
            .unwrap();
        journal
            .write(vec![entry("specs/001-a/plan.md", "three")])
            .unwrap();
        assert_eq!(journal.entries(), vec![entry("specs/001-a/plan.md", "three")]);
    }

    #[test]
    fn repositories_have_separate_journals() {
        let data = tempfile::tempdir().unwrap();
        let a = Journal::new(data.path(), Path::new("/r/a"));
        let b = Journal::new(data.path(), Path::new("/r/b"));
        assert_ne!(a.path(), b.path());
        a.write(vec![entry("x.md", "a")]).unwrap();
        assert!(b.entries().is_empty());
    }

    #[test]
    fn empty_set_and_discard_remove_entries() {
        let data = tempfile::tempdir().unwrap();
        let journal = Journal::new(data.path(), Path::new("/r/a"));
        journal
            .write(vec![entry("x.md", "a"), entry("y.md", "b")])
            .unwrap();
        journal.discard("x.md").unwrap();
        assert_eq!(journal.entries(), vec![entry("y.md", "b")]);
        journal.write(Vec::new()).unwrap();
        assert!(!journal.path().exists());
        journal.clear().unwrap();
    }

    #[test]
    fn pending_leaves_out_text_already_on_disk() {
        let (repo, store) = repo_with_plan("# Plan\n");
        let data = tempfile::tempdir().unwrap();
        let journal = Journal::new(data.path(), store.root());
        journal
            .write(vec![
                entry("specs/001-a/plan.md", "# Plan\n"),
                entry("specs/001-a/spec.md", "new file"),
            ])
            .unwrap();
        let pending = journal.pending(&store);
        assert_eq!(pending, vec![entry("specs/001-a/spec.md", "new file")]);
        fs::write(repo.path().join("specs/001-a/plan.md"), "# Changed\n").unwrap();
        assert_eq!(journal.pending(&store).len(), 2);
    }

    #[test]
    fn damaged_journal_has_no_entries() {
        let data = tempfile::tempdir().unwrap();
        let journal = Journal::new(data.path(), Path::new("/r/a"));
        fs::create_dir_all(journal.path().parent().unwrap()).unwrap();
        fs::write(journal.path(), b"\0\0garbage").unwrap();
        assert!(journal.entries().is_empty());
    }
}
