//! The open repository's live side: one [`OpenRepo`] holds the repository's [`Store`] (every
//! read and write of the app goes through it), the core's [`RepoWatcher`] started with that
//! store's own-writes registry (so the echo of our own saves is never reported back), the
//! crash [`Journal`] and the local history. Opening another repository replaces it, which
//! stops the old watcher.
//!
//! Each batch of changes is sent to the UI as the event [`REPO_CHANGES_EVENT`] with a
//! [`RepoChangesEvent`] payload, and captured into the local history (what the capture finds
//! is announced by [`crate::history_commands::announce`]).

use crate::error::AppError;
use crate::journal::Journal;
use serde::Serialize;
use specdesk_core::history::HistoryStore;
use specdesk_core::repo::Repository;
use specdesk_core::store::Store;
use specdesk_core::template::Template;
use specdesk_core::watch::{RepoChange, RepoWatcher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use tauri::{AppHandle, Emitter};

/// The event carrying a [`RepoChangesEvent`].
pub const REPO_CHANGES_EVENT: &str = "repo-changes";

/// The event sent when the watcher cannot run (payload: the error as `{code, message, path}`).
pub const WATCH_ERROR_EVENT: &str = "watch-error";

/// A batch of changes in the open repository.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RepoChangesEvent {
    /// The repository they happened in (the UI ignores batches of a repository it left).
    pub root: String,
    pub changes: Vec<RepoChange>,
}

/// The repository currently open.
pub struct OpenRepo {
    pub root: PathBuf,
    pub store: Store,
    pub journal: Option<Journal>,
    pub history: Option<HistoryStore>,
    /// Kept for its lifetime: dropping it stops watching.
    _watcher: Option<RepoWatcher>,
}

/// Managed state: the open repository, if any.
#[derive(Default)]
pub struct OpenRepoState(Mutex<Option<OpenRepo>>);

impl OpenRepoState {
    fn lock(&self) -> MutexGuard<'_, Option<OpenRepo>> {
        // Replacing the whole value is the only mutation: a poisoned lock holds a whole value.
        self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The open repository's store.
    pub fn store(&self) -> Result<Store, AppError> {
        self.with(|open| open.store.clone())
    }

    /// The open repository's journal (none when the app has no data directory).
    pub fn journal(&self) -> Result<Option<Journal>, AppError> {
        self.with(|open| open.journal.clone())
    }

    /// Run `f` on the open repository; [`AppError::Internal`] when none is open.
    pub fn with<T>(&self, f: impl FnOnce(&OpenRepo) -> T) -> Result<T, AppError> {
        self.lock()
            .as_ref()
            .map(f)
            .ok_or_else(|| AppError::Internal("no repository is open".to_string()))
    }

    fn replace(&self, open: OpenRepo) {
        let previous = self.lock().replace(open);
        // Stop the old watcher outside the lock: joining its thread may take a moment.
        drop(previous);
    }
}

/// Make `repo` the open repository: its `store` (the one saves go through), a watcher reporting to the UI, the journal and
/// the history (when the app has a data directory). A watcher that cannot start is reported
/// with [`WATCH_ERROR_EVENT`]; the repository still opens. `templates_changed` is called, before
/// the UI hears of it, when a change may make the plan template resolve differently.
pub fn open(
    app: &AppHandle,
    state: &OpenRepoState,
    repo: &Repository,
    store: Store,
    data_dir: Option<&Path>,
    templates_changed: impl Fn() + Send + 'static,
) -> Result<(), AppError> {
    let root = store.root().to_path_buf();
    let template = Arc::new(Template::for_repo(repo).ok());
    let history = data_dir.and_then(|dir| HistoryStore::open(dir, &root).ok());
    let journal = data_dir.map(|dir| Journal::new(dir, &root));
    let watcher = start_watcher(app, &store, history.clone(), template.clone(), templates_changed);
    state.replace(OpenRepo {
        root,
        store: store.clone(),
        journal,
        history: history.clone(),
        _watcher: watcher,
    });
    let written_dirs = written_dirs(repo);
    let app = app.clone();
    std::thread::spawn(move || {
        run_in_background();
        remove_abandoned_temp_files(&store, &written_dirs);
        if let Some(history) = history {
            let report = history.capture_all(&store, template.as_ref().as_ref());
            crate::history_commands::announce(&app, &report);
        }
    });
    Ok(())
}

/// Lower the calling thread's priority: the first capture of a large repository reads, hashes
/// and compresses every document (seconds of CPU on 1,000 features), and it must not slow the
/// window drawing the sidebar on a two-core machine. Niceness 10 still gets a tenth of a busy
/// core, so the capture cannot starve (an older version of a plan must be kept before an agent
/// overwrites it). On Linux the nice value belongs to the thread.
fn run_in_background() {
    #[cfg(target_os = "linux")]
    {
        let _ = rustix::process::setpriority_process(None, 10);
    }
}

/// The folders SpecDesk writes into: every specs folder and the repository's templates.
fn written_dirs(repo: &Repository) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = repo
        .specs_dirs
        .iter()
        .map(|dir| PathBuf::from(&dir.rel_path))
        .collect();
    dirs.push(PathBuf::from(".specify/templates"));
    dirs
}

/// Remove the temporary files that a killed or crashed SpecDesk left in `dirs` (a write in
/// progress in another window holds a lock on its file and is left alone).
fn remove_abandoned_temp_files(store: &Store, dirs: &[PathBuf]) {
    for dir in dirs {
        if !store.root().join(dir).is_dir() {
            continue;
        }
        if let Err(error) = store.clean_abandoned_temp_files(dir) {
            eprintln!(
                "specdesk: could not clean temporary files in {}: {error}",
                dir.display()
            );
        }
    }
}

fn start_watcher(
    app: &AppHandle,
    store: &Store,
    history: Option<HistoryStore>,
    template: Arc<Option<Template>>,
    templates_changed: impl Fn() + Send + 'static,
) -> Option<RepoWatcher> {
    let emitter = app.clone();
    let root = store.root().to_string_lossy().into_owned();
    let capture_store = store.clone();
    let on_changes = move |changes: Vec<RepoChange>| {
        let payload = RepoChangesEvent {
            root: root.clone(),
            changes,
        };
        if payload.changes.iter().any(|c| {
            matches!(
                c,
                RepoChange::TemplateChanged | RepoChange::ConfigChanged | RepoChange::Rescan
            )
        }) {
            templates_changed();
        }
        // The UI may be gone (closing): nothing to tell then.
        let _ = emitter.emit(REPO_CHANGES_EVENT, &payload);
        if let Some(history) = &history {
            let report =
                history.capture_changes(&capture_store, &payload.changes, template.as_ref().as_ref());
            crate::history_commands::announce(&emitter, &report);
        }
    };
    match RepoWatcher::start(store.root(), store.own_writes(), on_changes) {
        Ok(watcher) => Some(watcher),
        Err(error) => {
            let _ = app.emit(WATCH_ERROR_EVENT, AppError::from(error).to_ipc());
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_event_serializes_with_typed_changes() {
        let event = RepoChangesEvent {
            root: "/r".into(),
            changes: vec![
                RepoChange::FeatureAdded {
                    rel_path: "specs/002-b".into(),
                },
                RepoChange::DocumentChanged {
                    rel_path: "specs/001-a/plan.md".into(),
                    hash: "abc".into(),
                },
            ],
        };
        let json = serde_json::to_value(&event).unwrap();
        assert_eq!(json["root"], "/r");
        assert_eq!(json["changes"][0]["type"], "featureAdded");
        assert_eq!(json["changes"][0]["relPath"], "specs/002-b");
        assert_eq!(json["changes"][1]["type"], "documentChanged");
        assert_eq!(json["changes"][1]["hash"], "abc");
    }

    #[test]
    fn no_open_repository_is_an_error() {
        let state = OpenRepoState::default();
        assert!(state.store().is_err());
    }
}
