//! "All branches" in Review and Pipeline: every feature in flight ([`Portfolio`]), one document
//! of another branch (read-only), and the explicit git actions (Fetch, Check out this branch,
//! Open in a worktree). Thin translations to `specdesk-core`'s
//! [`branches`](specdesk_core::branches); the reader is kept between calls so a refresh after one
//! commit re-parses only what changed.

use crate::background::blocking;
use crate::error::AppError;
use crate::profile::Profile;
use crate::watcher::OpenRepoState;
use serde::Serialize;
use specdesk_core::branches::watch::GitWatcher;
use specdesk_core::branches::{actions, BranchReader, Portfolio};
use specdesk_core::repo::{folder_name::FolderName, DocumentKind, Repository};
use specdesk_core::template::Template;
use specdesk_core::validate::{self, PlanContext};
use specdesk_core::{render, Diagnostic};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tauri::{AppHandle, Emitter, State};

/// The event sent when a branch may have moved (payload: the repository root).
pub const BRANCHES_CHANGED_EVENT: &str = "branches-changed";

/// The event carrying each progress line of a running Fetch (a string).
pub const FETCH_PROGRESS_EVENT: &str = "branches-fetch-progress";

/// Managed state: the branch reader and its caches (by tree id), and the watcher of the open
/// repository's git directory (started with the first portfolio, for that root).
#[derive(Default)]
pub struct BranchesState {
    reader: Arc<Mutex<BranchReader>>,
    watcher: Mutex<Option<(PathBuf, GitWatcher)>>,
}

impl BranchesState {
    /// Watch `root`'s git directory unless it already is; each batch of ref changes is sent as
    /// [`BRANCHES_CHANGED_EVENT`]. A watcher that cannot start only loses the live updates.
    fn watch(&self, app: &AppHandle, root: &std::path::Path) {
        let mut slot = self.watcher.lock().unwrap_or_else(|p| p.into_inner());
        if slot.as_ref().is_some_and(|(r, _)| r == root) {
            return;
        }
        let app = app.clone();
        let payload = root.to_string_lossy().into_owned();
        let started = GitWatcher::start(root, move || {
            let _ = app.emit(BRANCHES_CHANGED_EVENT, payload.clone());
        });
        *slot = match started {
            Ok(Some(w)) => Some((root.to_path_buf(), w)),
            _ => None,
        };
    }
}

/// Every feature of the checkout, of every branch and of every worktree, each once.
#[tauri::command]
pub async fn branches_portfolio(
    app: AppHandle,
    open: State<'_, OpenRepoState>,
    branches: State<'_, BranchesState>,
) -> Result<Portfolio, AppError> {
    let store = open.store()?;
    branches.watch(&app, store.root());
    let reader = branches.reader.clone();
    blocking(move || {
        let mut reader = reader.lock().unwrap_or_else(|p| p.into_inner());
        Ok(reader.read_path(store.root())?)
    })
    .await
}

/// A document of another branch, for the read-only split view.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BranchDocument {
    pub text: String,
    /// The sanitized preview.
    pub html: String,
    /// A plan's diagnostics against this checkout's template (empty for other documents).
    pub diagnostics: Vec<Diagnostic>,
}

/// `rel_path` as it is in `commit`: its text, preview and (for a plan) diagnostics. Read from
/// git objects; nothing is written to disk.
#[tauri::command]
pub async fn branch_document(
    open: State<'_, OpenRepoState>,
    commit: String,
    rel_path: String,
) -> Result<BranchDocument, AppError> {
    let store = open.store()?;
    blocking(move || {
        let file = actions::read_document(store.root(), &commit, &rel_path)?;
        let (folder, name) = rel_path.rsplit_once('/').unwrap_or(("", &rel_path));
        let diagnostics = if DocumentKind::of(name) == DocumentKind::Plan {
            let repo = Repository::open(store.root())?;
            let template = Template::for_repo(&repo).unwrap_or_else(|_| Template::builtin_lite());
            let dir_name = folder.rsplit('/').next().unwrap_or(folder);
            let context = PlanContext {
                feature_dir_name: FolderName::parse(dir_name)
                    .is_numbered()
                    .then(|| dir_name.to_string()),
                plan_dir: None,
                local_branches: None,
                rules: repo.config.rule_levels(),
            };
            let found = validate::validate_plan(&file.text, template.for_plan(&file.text), &context);
            crate::locale_commands::localized(found)
        } else {
            Vec::new()
        };
        Ok(BranchDocument {
            html: render::render_html(&file.text),
            text: file.text,
            diagnostics,
        })
    })
    .await
}

/// `git fetch --all --prune`: git's progress output, or why it failed.
#[tauri::command]
pub async fn branches_fetch(
    open: State<'_, OpenRepoState>,
    app: tauri::AppHandle,
) -> Result<String, AppError> {
    let store = open.store()?;
    blocking(move || {
        // Each progress line, as git prints it, for the Fetch button to show.
        let progress = |line: &str| {
            let _ = tauri::Emitter::emit(&app, FETCH_PROGRESS_EVENT, line);
        };
        Ok(actions::fetch(store.root(), progress)?)
    })
    .await
}

/// `git checkout <branch>`, refused while spec documents have uncommitted changes.
#[tauri::command]
pub async fn branch_checkout(open: State<'_, OpenRepoState>, branch: String) -> Result<(), AppError> {
    let store = open.store()?;
    blocking(move || {
        let repo = Repository::open(store.root())?;
        Ok(actions::checkout(&repo, &branch)?)
    })
    .await
}

/// "Open in a worktree": ask for a folder, `git worktree add` it there and open it (the folder
/// the user chose becomes a repository the front end may open); returns its root, `None` when
/// the dialog was cancelled.
#[tauri::command]
pub async fn branch_worktree_add(
    window: tauri::WebviewWindow,
    profile: State<'_, Profile>,
    open: State<'_, OpenRepoState>,
    branch: String,
) -> Result<Option<String>, AppError> {
    let store = open.store()?;
    let title = specdesk_core::i18n::Message::new("menu-dialog-worktree-folder")
        .arg("branch", &branch)
        .to_locale(crate::locale_commands::effective());
    let Some(folder) = crate::save_dialog::pick_folder(*profile, &title).await else {
        return Ok(None);
    };
    let added = folder.clone();
    blocking(move || Ok(actions::add_worktree(store.root(), &branch, &added)?)).await?;
    let repo = crate::repo_commands::open_path(&window, folder).await?;
    Ok(Some(repo.root.to_string_lossy().into_owned()))
}
