//! The IPC commands about the world outside the editor: the open repository's status (sidebar
//! badges), the first feature of an empty repository, the folder picker, the session (recent
//! repositories, last place), the crash journal and external links. Each is a thin translation
//! to `specdesk-core` or to the modules [`crate::session`], [`crate::journal`] and
//! [`crate::watcher`].

use crate::background::blocking;
use crate::documents::DocumentsState;
use crate::error::AppError;
use crate::journal::JournalEntry;
use crate::session::{self, LastPlace, Session};
use crate::state::AppState;
use crate::watcher::{self, OpenRepoState};
use serde::Serialize;
use specdesk_core::check::repository_status;
use specdesk_core::repo::Repository;
use specdesk_core::scaffold::{new_feature, NewFeature};
use specdesk_core::status::{FeatureStatus, Progress, RepoSummary};
use specdesk_core::template::{Template, TemplateSource};
use specdesk_core::CoreError;
use specdesk_core::DiagnosticCounts;
use std::path::PathBuf;
use tauri::{AppHandle, Manager, State};

/// The open repository with every feature's status: what the sidebar shows.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RepoOverview {
    pub repo: Repository,
    /// One per feature, in the repository's order.
    pub features: Vec<SidebarStatus>,
    pub summary: RepoSummary,
    /// Which template the plans were validated against.
    pub template: TemplateSource,
}

/// What the sidebar shows of a feature's status: counts only. The full [`FeatureStatus`] carries
/// every task's and checklist item's text, megabytes for a large repository on every refresh.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SidebarStatus {
    pub rel_path: String,
    /// The plan's status checklist, when the feature has a plan.
    pub plan: Option<Progress>,
    /// tasks.md, when the feature has one.
    pub tasks: Option<Progress>,
    /// Validation counts of the plan.
    pub diagnostics: Option<DiagnosticCounts>,
    /// How many documents the feature holds.
    pub documents: usize,
    /// Why the plan could not be read (`not UTF-8 (looks like windows-1251)`), when it is there
    /// but unreadable: the sidebar says so instead of showing it as valid or missing.
    pub plan_unreadable: Option<String>,
}

impl From<FeatureStatus> for SidebarStatus {
    fn from(status: FeatureStatus) -> SidebarStatus {
        let plan_unreadable = status
            .unreadable_plan()
            .map(|u| u.reason_in(crate::locale_commands::effective()));
        SidebarStatus {
            plan_unreadable,
            rel_path: status.rel_path,
            plan: status.plan.map(|p| p.progress),
            tasks: status.tasks.map(|t| t.progress),
            diagnostics: status.diagnostics,
            documents: status.documents,
        }
    }
}

/// The template plans of `repo` are checked against: its own, else Lite (an unreadable repo
/// template must not hide the sidebar; the validator reports it on the plan itself).
fn template_for(repo: &Repository) -> Template {
    Template::for_repo(repo).unwrap_or_else(|_| Template::builtin_lite())
}

/// Called by `open_repo` once the repository was scanned and made current: start watching it
/// with the editor's store (so that the watcher recognises the echo of our own saves), and
/// remember it as the most recent repository. Failures of the session file are not failures of
/// the open.
pub fn on_repo_opened(app: &AppHandle, repo: &Repository) -> Result<(), AppError> {
    let store = app.state::<DocumentsState>().store(&app.state::<AppState>())?;
    let data_dir = session::data_dir(app).ok();
    let documents = app.clone();
    watcher::open(
        app,
        &app.state::<OpenRepoState>(),
        repo,
        store,
        data_dir.as_deref(),
        move || documents.state::<DocumentsState>().forget_template(),
    )?;
    if let Some(dir) = data_dir {
        let mut current = session::load(&dir);
        current.opened(&repo.root.to_string_lossy());
        let _ = session::save(&dir, &current);
    }
    Ok(())
}

/// Scan `path`, make it the open repository (allowed from now on, see
/// [`AppState::may_open`]), start watching it and name the window after it.
pub(crate) async fn open_path(window: &tauri::WebviewWindow, path: PathBuf) -> Result<Repository, AppError> {
    let repo = blocking(move || Ok(Repository::open(&path)?)).await?;
    window.state::<AppState>().set_current_root(repo.root.clone());
    on_repo_opened(window.app_handle(), &repo)?;
    // The title is a courtesy: a window manager refusing it must not fail the open.
    let _ = window.set_title(&window_title(&repo));
    Ok(repo)
}

/// `SpecDesk — <folder name>`.
fn window_title(repo: &Repository) -> String {
    match repo.root.file_name() {
        Some(name) => format!("SpecDesk — {}", name.to_string_lossy()),
        None => "SpecDesk".to_string(),
    }
}

/// File → Open Folder…: the native folder picker, then open what was chosen. `None` when the
/// dialog was cancelled. The front end never names the folder itself.
#[tauri::command]
pub async fn open_folder(window: tauri::WebviewWindow) -> Result<Option<Repository>, AppError> {
    // rfd runs GTK dialogs on its own GTK thread; awaiting keeps the UI thread free.
    let picked = rfd::AsyncFileDialog::new()
        .set_title(crate::save_dialog::text("menu-dialog-open-repository"))
        .pick_folder()
        .await;
    match picked {
        Some(handle) => Ok(Some(open_path(&window, handle.path().to_path_buf()).await?)),
        None => Ok(None),
    }
}

/// Help ▸ Reset Demo Repository (confirmed in the UI): replace the user's copy of the demo with
/// a fresh copy of the bundled one, then open it. Only a copy is ever reset, never the bundle.
#[tauri::command]
pub async fn reset_demo(
    window: tauri::WebviewWindow,
    state: State<'_, AppState>,
) -> Result<Repository, AppError> {
    let Some(original) = state.demo_original().map(PathBuf::from) else {
        return Err(CoreError::Refused {
            reason: specdesk_core::i18n::Message::new("error-no-demo-copy"),
        }
        .into());
    };
    let data = session::data_dir(window.app_handle())?;
    let copy = blocking(move || Ok(specdesk_core::demo::reset_demo(&original, &data)?)).await?;
    open_path(&window, copy).await
}

/// Open a repository of the recent list (only those: the list is written by the back end after
/// a successful open, never by the front end).
#[tauri::command]
pub async fn open_recent(
    app: AppHandle,
    window: tauri::WebviewWindow,
    path: String,
) -> Result<Repository, AppError> {
    let known = session::load(&session::data_dir(&app)?).recent.contains(&path);
    if !known {
        return Err(AppError::NotAllowed {
            path: PathBuf::from(path),
        });
    }
    open_path(&window, PathBuf::from(path)).await
}

/// Re-scan the open repository and compute every feature's status and validation counts.
#[tauri::command]
pub async fn repo_status(open: State<'_, OpenRepoState>) -> Result<RepoOverview, AppError> {
    let store = open.store()?;
    blocking(move || {
        let repo = Repository::open(store.root())?;
        let template = template_for(&repo);
        let status = repository_status(&repo, &store, &template);
        Ok(RepoOverview {
            repo,
            features: status.features.into_iter().map(SidebarStatus::from).collect(),
            summary: status.summary,
            template: template.source,
        })
    })
    .await
}

/// Create the repository's first feature (or another one) titled `title`, from the repository's
/// plan template (or Lite), in its first specs folder (`specs/` when it has none).
#[tauri::command]
pub async fn create_feature(open: State<'_, OpenRepoState>, title: String) -> Result<NewFeature, AppError> {
    let store = open.store()?;
    blocking(move || {
        let repo = Repository::open(store.root())?;
        let template = template_for(&repo);
        let today = chrono::Local::now().date_naive();
        Ok(new_feature(&repo, None, &title, &template.text, today)?)
    })
    .await
}

/// The remembered session (recent repositories, last place).
#[tauri::command]
pub fn session_load(app: AppHandle) -> Result<Session, AppError> {
    Ok(session::load(&session::data_dir(&app)?))
}

/// Remember where the user is now. On the blocking pool, not the main thread: the write is
/// synced to disk, and a sync that waits on a busy disk (the first history capture writes at the
/// same moment) would freeze the window, and delay every event the UI is sent, meanwhile.
#[tauri::command]
pub async fn session_save(app: AppHandle, last: LastPlace) -> Result<(), AppError> {
    // One read-modify-write at a time: the recent list must not lose an entry to a race.
    static WRITING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let dir = session::data_dir(&app)?;
    blocking(move || {
        let _one_at_a_time = WRITING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut current = session::load(&dir);
        if let Some(repo) = &last.repo {
            current.opened(repo);
        }
        current.last = last;
        session::save(&dir, &current)
    })
    .await
}

/// Replace the open repository's crash journal with `entries` (the dirty buffers now).
#[tauri::command]
pub async fn journal_write(
    open: State<'_, OpenRepoState>,
    entries: Vec<JournalEntry>,
) -> Result<(), AppError> {
    let Some(journal) = open.journal()? else {
        return Ok(());
    };
    blocking(move || journal.write(entries)).await
}

/// Unsaved edits from an earlier run that differ from the disk: to offer back.
#[tauri::command]
pub async fn journal_pending(open: State<'_, OpenRepoState>) -> Result<Vec<JournalEntry>, AppError> {
    let store = open.store()?;
    let Some(journal) = open.journal()? else {
        return Ok(Vec::new());
    };
    blocking(move || Ok(journal.pending(&store))).await
}

/// Forget the journaled edit of `rel_path` (restored or declined).
#[tauri::command]
pub async fn journal_discard(open: State<'_, OpenRepoState>, rel_path: String) -> Result<(), AppError> {
    let Some(journal) = open.journal()? else {
        return Ok(());
    };
    blocking(move || journal.discard(&rel_path)).await
}

/// Open `url` in the system browser (the UI asked the user first). Only `http`, `https` and
/// `mailto` links are opened.
#[tauri::command]
pub fn open_external(url: String) -> Result<(), AppError> {
    if !is_openable_link(&url) {
        return Err(CoreError::Invalid {
            message: format!("not a web or mail link: {url}"),
        }
        .into());
    }
    let mut command = opener_command();
    command.arg(&url);
    command
        .spawn()
        .map(|_| ())
        .map_err(|e| AppError::Internal(format!("could not open {url}: {e}")))
}

/// Whether `url` is a link SpecDesk hands to the system browser.
pub fn is_openable_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let valid_chars = !url.chars().any(|c| c.is_control() || c.is_whitespace());
    valid_chars
        && ["https://", "http://", "mailto:"]
            .iter()
            .any(|s| lower.starts_with(s) && lower.len() > s.len())
}

fn opener_command() -> std::process::Command {
    if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut command = std::process::Command::new("rundll32");
        command.arg("url.dll,FileProtocolHandler");
        command
    } else {
        std::process::Command::new("xdg-open")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_title_names_the_repository_folder() {
        let repo = Repository {
            root: PathBuf::from("/home/ana/photo-app"),
            specs_dirs: Vec::new(),
            config: Default::default(),
        };
        assert_eq!(window_title(&repo), "SpecDesk — photo-app");
        let root = Repository {
            root: PathBuf::from("/"),
            specs_dirs: Vec::new(),
            config: Default::default(),
        };
        assert_eq!(window_title(&root), "SpecDesk");
    }

    #[test]
    fn only_web_and_mail_links_are_opened() {
        assert!(is_openable_link("https://github.com/github/spec-kit"));
        assert!(is_openable_link("mailto:ana@example.org"));
        assert!(!is_openable_link("javascript:alert(1)"));
        assert!(!is_openable_link("file:///etc/passwd"));
        assert!(!is_openable_link("https://"));
        assert!(!is_openable_link("https://a.b/ x"));
        assert!(!is_openable_link("https://a.b/\nx"));
    }

    #[test]
    fn template_falls_back_to_lite_when_the_repo_template_is_unreadable() {
        let dir = tempfile::tempdir().unwrap();
        let templates = dir.path().join(".specify/templates");
        std::fs::create_dir_all(&templates).unwrap();
        std::fs::write(templates.join("plan-template.md"), [0xff, 0xfe, 0x00]).unwrap();
        let repo = Repository::open(dir.path()).unwrap();
        assert_eq!(template_for(&repo).source, TemplateSource::BuiltinLite);
    }
}
