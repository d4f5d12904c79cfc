//! Where the user left off: the recent repositories and the last repository, feature, document,
//! cursor and scroll position, kept in `session.json` in the app's data directory so the next
//! start can put everything back.
//!
//! The data directory is `--data-dir=DIR` on the command line when given (used by the
//! end-to-end tests to restart the app on the same data), else `$SPECDESK_DATA_DIR` (as the
//! core's [`specdesk_core::history::default_data_dir`]), else Tauri's app data directory (which
//! follows the identifier, so `SPECDESK_PROFILE=test` gets its own).

use crate::error::AppError;
use serde::{Deserialize, Serialize};
use specdesk_core::CoreError;
use std::fs;
use std::path::{Path, PathBuf};
use tauri::Manager;

/// How many recent repositories are remembered.
pub const MAX_RECENT: usize = 10;

/// The file, inside the data directory.
const SESSION_FILE: &str = "session.json";

/// The command-line option naming the data directory.
const DATA_DIR_OPTION: &str = "--data-dir=";

/// Where the user was, to be put back at the next start.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct LastPlace {
    /// The repository root (absolute).
    pub repo: Option<String>,
    /// Repository-relative folder of the selected feature.
    pub feature: Option<String>,
    /// Repository-relative path of the open document.
    pub document: Option<String>,
    /// Cursor offset in the document (UTF-16 code units, as the editor counts).
    pub cursor: Option<u32>,
    /// Vertical scroll position of the editor, in pixels.
    pub scroll: Option<f64>,
}

/// Everything remembered between runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Session {
    /// Repository roots, most recent first, at most [`MAX_RECENT`].
    pub recent: Vec<String>,
    pub last: LastPlace,
}

impl Session {
    /// Put `root` first in the recent list (once) and make it the last repository; the feature
    /// and document are kept only when they belong to that same repository.
    pub fn opened(&mut self, root: &str) {
        self.recent.retain(|r| r != root);
        self.recent.insert(0, root.to_string());
        self.recent.truncate(MAX_RECENT);
        if self.last.repo.as_deref() != Some(root) {
            self.last = LastPlace {
                repo: Some(root.to_string()),
                ..LastPlace::default()
            };
        }
    }
}

/// The `--data-dir=DIR` option among `args`, if any.
pub fn data_dir_option(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<PathBuf> {
    args.into_iter().find_map(|arg| {
        let arg = arg.to_string_lossy().into_owned();
        arg.strip_prefix(DATA_DIR_OPTION)
            .filter(|dir| !dir.is_empty())
            .map(PathBuf::from)
    })
}

/// The app's data directory (see the module comment).
pub fn data_dir<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> Result<PathBuf, AppError> {
    if let Some(dir) = data_dir_option(std::env::args_os().skip(1)) {
        return Ok(dir);
    }
    if let Some(dir) = std::env::var_os("SPECDESK_DATA_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    app.path()
        .app_data_dir()
        .map_err(|e| AppError::Internal(format!("no data directory: {e}")))
}

/// Read the session from `dir`; a missing or damaged file is an empty session (a damaged file
/// must not keep the app from starting).
pub fn load(dir: &Path) -> Session {
    fs::read(dir.join(SESSION_FILE))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Write the session into `dir`, atomically.
pub fn save(dir: &Path, session: &Session) -> Result<(), AppError> {
    let json = serde_json::to_vec_pretty(session)
        .map_err(|e| AppError::Internal(format!("session not serializable: {e}")))?;
    write_atomically(&dir.join(SESSION_FILE), &json)
}

/// Write `bytes` to `path` through a temporary file in the same folder and a rename, so a
/// reader (or a crash) sees the old or the new content, never a mix. Creates the folder.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    let dir = path
        .parent()
        .ok_or_else(|| AppError::Internal(format!("{} has no folder", path.display())))?;
    fs::create_dir_all(dir).map_err(|e| CoreError::io(dir, e))?;
    Ok(specdesk_core::store::write_chosen(path, bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    #[test]
    fn opening_puts_the_repository_first_once() {
        let mut session = Session::default();
        session.opened("/r/a");
        session.opened("/r/b");
        session.opened("/r/a");
        assert_eq!(session.recent, ["/r/a", "/r/b"]);
        assert_eq!(session.last.repo.as_deref(), Some("/r/a"));
    }

    #[test]
    fn recent_list_is_bounded() {
        let mut session = Session::default();
        for i in 0..(MAX_RECENT + 5) {
            session.opened(&format!("/r/{i}"));
        }
        assert_eq!(session.recent.len(), MAX_RECENT);
        assert_eq!(session.recent[0], format!("/r/{}", MAX_RECENT + 4));
    }

    #[test]
    fn reopening_the_same_repository_keeps_the_place() {
        let mut session = Session::default();
        session.opened("/r/a");
        session.last.document = Some("specs/001-x/plan.md".into());
        session.last.cursor = Some(42);
        session.opened("/r/a");
        assert_eq!(session.last.cursor, Some(42));
        session.opened("/r/b");
        assert_eq!(session.last.document, None);
    }

    #[test]
    fn saves_and_loads_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let mut session = Session::default();
        session.opened("/r/a");
        session.last.scroll = Some(120.5);
        save(dir.path(), &session).unwrap();
        assert_eq!(load(dir.path()), session);
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(leftovers.len(), 1, "temporary files left behind: {leftovers:?}");
    }

    #[test]
    fn damaged_session_file_is_an_empty_session() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(SESSION_FILE), b"{not json").unwrap();
        assert_eq!(load(dir.path()), Session::default());
    }

    #[test]
    fn data_dir_option_is_found_among_the_arguments() {
        let args = ["/r/repo", "--data-dir=/tmp/sd"].map(OsString::from);
        assert_eq!(data_dir_option(args), Some(PathBuf::from("/tmp/sd")));
        assert_eq!(data_dir_option(["/r/repo"].map(OsString::from)), None);
        assert_eq!(data_dir_option(["--data-dir="].map(OsString::from)), None);
    }
}
