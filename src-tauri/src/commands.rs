//! The IPC commands. Each one only translates between IPC and `specdesk-core`: arguments in,
//! a core call (off the UI thread when it touches the disk), a serializable result or
//! [`AppError`] out.

use crate::error::AppError;
use crate::profile::Profile;
use crate::state::{AppState, LaunchInfo};
use specdesk_core::repo::Repository;
use std::path::PathBuf;
use tauri::State;

/// What the app was launched with.
#[tauri::command]
pub fn launch_info(state: State<'_, AppState>, profile: State<'_, Profile>) -> LaunchInfo {
    state.launch_info(*profile)
}

/// Open and scan the repository containing `path` (`None`: the one given at launch), make it
/// the open repository and name the window after it. `path` must be the launch path or a root
/// opened before (see [`AppState::may_open`]).
#[tauri::command]
pub async fn open_repo(
    window: tauri::WebviewWindow,
    state: State<'_, AppState>,
    path: Option<String>,
) -> Result<Repository, AppError> {
    let target = match path.map(PathBuf::from) {
        Some(path) if !state.may_open(&path) => return Err(AppError::NotAllowed { path }),
        Some(path) => path,
        None => state.launch_path().to_path_buf(),
    };
    crate::repo_commands::open_path(&window, target).await
}
