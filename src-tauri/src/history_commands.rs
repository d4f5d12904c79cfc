//! Local history and requirement coverage for the UI: the commands of the History panel
//! (timeline of a document, a version's text, restore), of the "Deleted" list (documents and
//! feature folders history can bring back) and of the Coverage panel, plus the two events the
//! history sends: [`HISTORY_REPLACEMENT_EVENT`] (a document was wholesale replaced on disk:
//! "Compare / Restore previous") and [`HISTORY_CHANGED_EVENT`] (new versions were recorded).
//!
//! Thin over `specdesk_core::history` and `specdesk_core::coverage`. Restores go through the
//! store's compare-and-swap write against the hash of the disk version the user sees, like a
//! save; what they replace is captured first, so a restore can itself be undone from history.

use crate::background::blocking;
use crate::documents::to_lf;
use crate::error::AppError;
use crate::watcher::OpenRepoState;
use serde::Serialize;
use specdesk_core::coverage::{self, FeatureCoverage, FeatureTexts, IdStyle};
use specdesk_core::history::{CaptureReport, FileHistory, HistoryStore, Version, VersionSource};
use specdesk_core::repo::discover::ROOT_NAMES;
use specdesk_core::repo::folder_name::FolderName;
use specdesk_core::repo::{Repository, SPEC_KIT_DOCUMENTS};
use specdesk_core::store::{AnyText, Conversion, Expected, Store, WriteOutcome};
use specdesk_core::CoreError;
use std::path::Path;
use tauri::{AppHandle, Emitter, State};

/// The event carrying a [`specdesk_core::history::ReplacementNotice`].
pub const HISTORY_REPLACEMENT_EVENT: &str = "history-replacement";

/// The event carrying a [`HistoryChangedEvent`].
pub const HISTORY_CHANGED_EVENT: &str = "history-changed";

/// New versions were recorded for these files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryChangedEvent {
    /// Repository-relative, each once.
    pub paths: Vec<String>,
}

/// A version's content, as the editor would show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct VersionText {
    pub version: Version,
    /// Without BOM, every line break as `\n`.
    pub text: String,
}

/// What a restore left on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoredDocument {
    pub rel_path: String,
    /// The file's text now (without BOM, `\n` line breaks): what the editor shows.
    pub text: String,
    /// Hash of the bytes now on disk: the base of the next save.
    pub hash: String,
    /// `None` for UTF-8; otherwise the encoding the restored file is in (a version from before
    /// a conversion to UTF-8), which the editor shows read-only.
    pub encoding: Option<String>,
}

/// A feature folder gone from disk whose files history still has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DeletedFeature {
    /// Repository-relative folder, e.g. `specs/003-sharing`.
    pub rel_path: String,
    /// `003-sharing`.
    pub dir_name: String,
    /// When the last of its files was seen deleted (ms since the epoch).
    #[ts(type = "number")]
    pub deleted_at: i64,
    /// Its files with their last content, by path.
    pub files: Vec<FileHistory>,
}

/// What history can bring back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DeletedHistory {
    /// Deleted feature folders, most recently deleted first.
    pub features: Vec<DeletedFeature>,
    /// Deleted documents of folders that still exist, most recently deleted first.
    pub documents: Vec<FileHistory>,
}

/// Tell the UI what a round of capturing found: each wholesale replacement, then which files
/// got new versions. The UI may be gone (closing): nothing to tell then.
pub fn announce(app: &AppHandle, report: &CaptureReport) {
    for notice in &report.replacements {
        let _ = app.emit(HISTORY_REPLACEMENT_EVENT, notice);
    }
    announce_versions(app, report.versions.iter().map(|v| v.path.as_str()));
}

fn announce_versions<'a>(app: &AppHandle, paths: impl Iterator<Item = &'a str>) {
    let mut paths: Vec<String> = paths.map(str::to_string).collect();
    paths.sort();
    paths.dedup();
    if !paths.is_empty() {
        let _ = app.emit(HISTORY_CHANGED_EVENT, HistoryChangedEvent { paths });
    }
}

/// Record a save of the editor as "saved here". A failing history never fails the save: the
/// file is written; only its history entry is missing.
pub fn capture_saved(
    app: &AppHandle,
    history: Option<&HistoryStore>,
    store: &Store,
    rel_path: &str,
    outcome: &WriteOutcome,
) {
    let Some(history) = history else {
        return;
    };
    match history.capture_saved(store, rel_path, outcome) {
        Ok(Some(version)) => announce_versions(app, std::iter::once(version.path.as_str())),
        Ok(None) => {}
        Err(error) => eprintln!("SpecDesk: the save of {rel_path} is not in local history: {error}"),
    }
}

/// Record a conversion to UTF-8 ([`specdesk_core::store::Store::convert_to_utf8`]): the bytes it
/// replaced (as they were on disk), then the UTF-8 file as saved here. Returns the version holding
/// the original bytes, whose restore undoes the conversion; `None` without history or when it
/// could not be recorded (the file is converted either way).
pub fn capture_converted(
    app: &AppHandle,
    history: Option<&HistoryStore>,
    store: &Store,
    rel_path: &str,
    conversion: &Conversion,
) -> Option<String> {
    let history = history?;
    // Usually the newest version already: the watcher captured it when the file was opened.
    let original = history.capture_or_latest(rel_path, &conversion.previous, VersionSource::Disk);
    let undo = match original {
        Ok(version) => version.map(|v| v.id),
        Err(error) => {
            eprintln!("SpecDesk: the original bytes of {rel_path} are not in local history: {error}");
            None
        }
    };
    capture_saved(app, Some(history), store, rel_path, &conversion.write);
    undo
}

/// The open repository's history and store; an error when the app has no data directory.
fn history_and_store(open: &OpenRepoState) -> Result<(HistoryStore, Store), AppError> {
    let (history, store) = open.with(|o| (o.history.clone(), o.store.clone()))?;
    let history = history.ok_or_else(|| {
        AppError::Internal("local history is not available (SpecDesk has no data folder)".to_string())
    })?;
    Ok((history, store))
}

/// Every version of `rel_path`, newest first. A path leading out of the repository is refused
/// like any other command's (`outsideRepo`), not answered with an empty history.
#[tauri::command]
pub async fn history_versions(
    open: State<'_, OpenRepoState>,
    rel_path: String,
) -> Result<Vec<Version>, AppError> {
    let (history, store) = history_and_store(&open)?;
    blocking(move || {
        store.resolve(Path::new(&rel_path))?;
        Ok(history.versions(&rel_path)?)
    })
    .await
}

/// The text of version `id` (a deletion has none: error `invalid`).
#[tauri::command]
pub async fn history_version_text(
    open: State<'_, OpenRepoState>,
    id: String,
) -> Result<VersionText, AppError> {
    let (history, _) = history_and_store(&open)?;
    blocking(move || {
        let version = history.version(&id)?;
        let text = to_lf(history.text(&version)?);
        Ok(VersionText { version, text })
    })
    .await
}

/// Put version `id` back on disk if the disk still holds `expected_hash` (`None`: the file
/// must be absent), exactly as a save would; fails with `conflict` otherwise.
#[tauri::command]
pub async fn history_restore(
    app: AppHandle,
    open: State<'_, OpenRepoState>,
    id: String,
    expected_hash: Option<String>,
) -> Result<RestoredDocument, AppError> {
    let (history, store) = history_and_store(&open)?;
    let restored = blocking(move || restore_version(&history, &store, &id, expected_hash)).await?;
    announce_versions(&app, std::iter::once(restored.rel_path.as_str()));
    Ok(restored)
}

/// The documents and feature folders history can bring back.
#[tauri::command]
pub async fn history_deleted(open: State<'_, OpenRepoState>) -> Result<DeletedHistory, AppError> {
    let (history, store) = history_and_store(&open)?;
    blocking(move || {
        let files = history.files_under("")?;
        Ok(deleted_history(files, |rel| on_disk(&store, rel)))
    })
    .await
}

/// Bring back every deleted file at or below `prefix` (a feature folder or a document) with
/// its last content; returns the restored paths. The watcher then reports the folder as added.
#[tauri::command]
pub async fn history_restore_deleted(
    app: AppHandle,
    open: State<'_, OpenRepoState>,
    prefix: String,
) -> Result<Vec<String>, AppError> {
    let (history, store) = history_and_store(&open)?;
    let prefix = prefix.trim().trim_matches('/').to_string();
    store.resolve(Path::new(&prefix))?;
    if prefix.is_empty() {
        return Err(AppError::Core(CoreError::Invalid {
            message: "name the feature folder or document to restore".to_string(),
        }));
    }
    let paths = blocking(move || {
        let restored = history.restore_deleted(&store, &prefix)?;
        Ok(restored.into_iter().map(|r| r.from.path).collect::<Vec<_>>())
    })
    .await?;
    announce_versions(&app, paths.iter().map(String::as_str));
    Ok(paths)
}

/// Requirement coverage of the feature in folder `feature_dir` (repository-relative), read
/// from disk. Spans refer to the texts as the editor shows them (`\n` line breaks).
#[tauri::command]
pub async fn feature_coverage(
    open: State<'_, OpenRepoState>,
    feature_dir: String,
) -> Result<FeatureCoverage, AppError> {
    let store = open.store()?;
    blocking(move || {
        let repo = Repository::open(store.root())?;
        let feature = repo.feature(&feature_dir).ok_or_else(|| CoreError::NotFound {
            path: store.root().join(&feature_dir),
        })?;
        let read = |rel: &str| store.read(Path::new(rel)).ok().map(|f| to_lf(f.text));
        let texts = FeatureTexts::read(feature, read);
        Ok(coverage::feature_coverage(
            feature,
            &texts,
            &IdStyle::for_repo(&repo),
        ))
    })
    .await
}

/// The restore behind [`history_restore`]: capture what is on disk (so the restore can be
/// undone from history), write the version's bytes with compare-and-swap, record the result as
/// restored and read it back as the editor would.
fn restore_version(
    history: &HistoryStore,
    store: &Store,
    id: &str,
    expected_hash: Option<String>,
) -> Result<RestoredDocument, AppError> {
    let version = history.version(id)?;
    let bytes = history.bytes(&version)?;
    let path = Path::new(&version.path);
    history.capture_file(store, &version.path, VersionSource::Disk)?;
    let expected = match expected_hash {
        Some(hash) => Expected::Hash(hash),
        None => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                store.create_dir_all(parent)?;
            }
            Expected::Absent
        }
    };
    // A version in another encoding (from before a conversion to UTF-8) goes back byte for byte.
    store.restore_bytes(path, &bytes, expected)?;
    history.capture_file(store, &version.path, VersionSource::Restored)?;
    let (text, hash, encoding) = match store.read_any(path)? {
        AnyText::Utf8(now) => (now.text, now.hash, None),
        AnyText::Other(now) => (now.text, now.hash, Some(now.encoding)),
    };
    Ok(RestoredDocument {
        rel_path: version.path,
        text: to_lf(text),
        hash,
        encoding,
    })
}

/// Whether `rel_path` exists in the repository (a path the store refuses counts as absent).
fn on_disk(store: &Store, rel_path: &str) -> bool {
    store
        .resolve(Path::new(rel_path))
        .map(|real| real.exists())
        .unwrap_or(false)
}

/// Sort history's files into deleted feature folders and deleted documents: a file is deleted
/// when its newest version is a deletion, it had content once and it is not on disk (`exists`).
fn deleted_history(files: Vec<FileHistory>, exists: impl Fn(&str) -> bool) -> DeletedHistory {
    let mut out = DeletedHistory::default();
    for file in files {
        if !file.latest.is_deletion() || file.latest_content.is_none() || exists(&file.path) {
            continue;
        }
        let folder = feature_folder_of(&file.path)
            .filter(|folder| !exists(folder))
            .map(str::to_string);
        match folder {
            Some(folder) => add_to_feature(&mut out.features, &folder, file),
            None => out.documents.push(file),
        }
    }
    out.features
        .sort_by(|a, b| b.deleted_at.cmp(&a.deleted_at).then(a.rel_path.cmp(&b.rel_path)));
    out.documents
        .sort_by(|a, b| b.latest.at.cmp(&a.latest.at).then(a.path.cmp(&b.path)));
    out
}

fn add_to_feature(features: &mut Vec<DeletedFeature>, folder: &str, file: FileHistory) {
    let at = file.latest.at;
    match features.iter_mut().find(|f| f.rel_path == folder) {
        Some(feature) => {
            feature.deleted_at = feature.deleted_at.max(at);
            feature.files.push(file);
        }
        None => features.push(DeletedFeature {
            rel_path: folder.to_string(),
            dir_name: folder.rsplit('/').next().unwrap_or(folder).to_string(),
            deleted_at: at,
            files: vec![file],
        }),
    }
}

/// The feature folder a deleted file was in (it is gone, so only its path tells): the deepest
/// numbered or timestamped folder above it, else the folder directly holding a spec-kit
/// document (`specs/SPEC-0b6b106c/plan.md`) inside a specs root.
fn feature_folder_of(rel_path: &str) -> Option<&str> {
    let mut end = None;
    let mut offset = 0;
    let parts: Vec<&str> = rel_path.split('/').collect();
    for (i, part) in parts.iter().enumerate() {
        offset += part.len();
        if i + 1 < parts.len() && FolderName::parse(part).is_numbered() {
            end = Some(offset);
        }
        offset += 1;
    }
    end.map(|end| &rel_path[..end]).or_else(|| {
        let (folder, file) = rel_path.rsplit_once('/')?;
        let in_root = folder
            .rsplit_once('/')
            .is_some_and(|(above, _)| above.split('/').any(|p| ROOT_NAMES.contains(&p)));
        (SPEC_KIT_DOCUMENTS.contains(&file) && in_root).then_some(folder)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use specdesk_core::store::content_hash;
    use std::fs;

    fn version(path: &str, at: i64, deleted: bool) -> Version {
        Version {
            id: format!("{at:012x}"),
            path: path.to_string(),
            hash: (!deleted).then(|| "h".to_string()),
            at,
            source: if deleted {
                VersionSource::Deleted
            } else {
                VersionSource::Disk
            },
            size: 1,
            stored: 1,
            lines: 1,
            added: 1,
            removed: 0,
        }
    }

    fn file(path: &str, at: i64, deleted: bool) -> FileHistory {
        FileHistory {
            path: path.to_string(),
            latest: version(path, at, deleted),
            latest_content: Some(version(path, at - 1, false)),
            versions: 2,
        }
    }

    #[test]
    fn feature_folder_is_the_deepest_numbered_folder_above_the_file() {
        assert_eq!(feature_folder_of("specs/001-a/plan.md"), Some("specs/001-a"));
        assert_eq!(
            feature_folder_of("apps/x/specs/012-b/checklists/ux.md"),
            Some("apps/x/specs/012-b")
        );
        assert_eq!(
            feature_folder_of("specs/20260115-143000-c/spec.md"),
            Some("specs/20260115-143000-c")
        );
        assert_eq!(
            feature_folder_of("specs/SPEC-0b6b106c/plan.md"),
            Some("specs/SPEC-0b6b106c")
        );
        assert_eq!(feature_folder_of("specs/SPEC-0b6b106c/notes.txt"), None);
        assert_eq!(feature_folder_of("docs/plan.md"), None);
        assert_eq!(feature_folder_of("specs/README.md"), None);
        assert_eq!(feature_folder_of("specs/001-a"), None);
    }

    #[test]
    fn deleted_files_are_grouped_by_vanished_feature_folder() {
        let files = vec![
            file("specs/001-a/plan.md", 10, false),
            file("specs/001-a/research.md", 20, true),
            file("specs/002-b/plan.md", 30, true),
            file("specs/002-b/spec.md", 35, true),
            file("specs/003-c/plan.md", 40, true),
            file("specs/004-d/plan.md", 50, true),
        ];
        // 001-a and 003-c's folders exist; 004-d's plan is back on disk already.
        let present = ["specs/001-a", "specs/003-c", "specs/004-d", "specs/004-d/plan.md"];
        let deleted = deleted_history(files, |p| present.contains(&p));
        assert_eq!(deleted.features.len(), 1);
        let b = &deleted.features[0];
        assert_eq!(b.rel_path, "specs/002-b");
        assert_eq!(b.dir_name, "002-b");
        assert_eq!(b.deleted_at, 35);
        let paths: Vec<&str> = b.files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["specs/002-b/plan.md", "specs/002-b/spec.md"]);
        let docs: Vec<&str> = deleted.documents.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(docs, ["specs/003-c/plan.md", "specs/001-a/research.md"]);
    }

    #[test]
    fn a_deletion_without_content_is_not_offered() {
        let mut f = file("specs/002-b/plan.md", 30, true);
        f.latest_content = None;
        assert_eq!(deleted_history(vec![f], |_| false), DeletedHistory::default());
    }

    fn repo_with_history(plan: &str) -> (tempfile::TempDir, tempfile::TempDir, Store, HistoryStore) {
        let repo = tempfile::tempdir().unwrap();
        let data = tempfile::tempdir().unwrap();
        fs::create_dir_all(repo.path().join("specs/001-a")).unwrap();
        fs::write(repo.path().join("specs/001-a/plan.md"), plan).unwrap();
        let store = Store::new(repo.path()).unwrap();
        let history = HistoryStore::open(data.path(), repo.path()).unwrap();
        history.capture_all(&store, None);
        (repo, data, store, history)
    }

    #[test]
    fn restoring_the_version_before_a_conversion_puts_the_original_bytes_back() {
        let (repo, _data, store, history) = repo_with_history("# Plan\n");
        let path = "specs/001-a/plan.md";
        let (original, _, _) = encoding_rs::WINDOWS_1251.encode("# План\r\n");
        fs::write(repo.path().join(path), &original).unwrap();
        let before = history
            .capture_file(&store, path, VersionSource::Disk)
            .unwrap()
            .unwrap();
        let converted = store
            .convert_to_utf8(Path::new(path), &content_hash(&original))
            .unwrap();
        assert_eq!(fs::read(repo.path().join(path)).unwrap(), "# План\r\n".as_bytes());

        let restored = restore_version(&history, &store, &before.id, Some(converted.write.hash)).unwrap();
        assert_eq!(fs::read(repo.path().join(path)).unwrap(), original.as_ref());
        assert_eq!(restored.encoding.as_deref(), Some("windows-1251"));
        assert_eq!(restored.text, "# План\n");
        assert_eq!(restored.hash, content_hash(&original));
    }

    #[test]
    fn restore_writes_the_version_over_the_expected_disk_version() {
        let (repo, _data, store, history) = repo_with_history("# Plan\r\n\r\nFilled in.\r\n");
        let old = history.versions("specs/001-a/plan.md").unwrap()[0].clone();
        let plan = repo.path().join("specs/001-a/plan.md");
        fs::write(&plan, "# Plan\r\n").unwrap();
        let seen = content_hash(b"# Plan\r\n");

        let restored = restore_version(&history, &store, &old.id, Some(seen)).unwrap();

        assert_eq!(fs::read(&plan).unwrap(), b"# Plan\r\n\r\nFilled in.\r\n");
        assert_eq!(restored.text, "# Plan\n\nFilled in.\n");
        assert_eq!(restored.hash, content_hash(&fs::read(&plan).unwrap()));
        let sources: Vec<VersionSource> = history
            .versions("specs/001-a/plan.md")
            .unwrap()
            .iter()
            .map(|v| v.source)
            .collect();
        // The replaced text was captured first, so the restore itself can be undone.
        assert_eq!(
            sources,
            [VersionSource::Restored, VersionSource::Disk, VersionSource::Disk]
        );
    }

    #[test]
    fn restore_refuses_when_the_disk_is_not_what_the_user_saw() {
        let (repo, _data, store, history) = repo_with_history("# Plan\n\nOne.\n");
        let old = history.versions("specs/001-a/plan.md").unwrap()[0].clone();
        let plan = repo.path().join("specs/001-a/plan.md");
        fs::write(&plan, "# Plan\n\nTwo.\n").unwrap();
        let stale = content_hash(b"something else");

        let error = restore_version(&history, &store, &old.id, Some(stale)).unwrap_err();

        assert_eq!(error.code(), crate::error::ErrorCode::Conflict);
        assert_eq!(fs::read(&plan).unwrap(), b"# Plan\n\nTwo.\n");
    }

    #[test]
    fn restore_of_a_deleted_file_creates_it_and_its_folder() {
        let (repo, _data, store, history) = repo_with_history("# Plan\n");
        let old = history.versions("specs/001-a/plan.md").unwrap()[0].clone();
        fs::remove_dir_all(repo.path().join("specs/001-a")).unwrap();

        let restored = restore_version(&history, &store, &old.id, None).unwrap();

        assert_eq!(restored.rel_path, "specs/001-a/plan.md");
        assert_eq!(
            fs::read(repo.path().join("specs/001-a/plan.md")).unwrap(),
            b"# Plan\n"
        );
    }
}
