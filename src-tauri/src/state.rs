//! The app's state: the repository named on the command line (or the bundled demo), the
//! repository currently open, and which repositories the front end may (re)open. Commands read
//! and update it; nothing else does.
//!
//! The front end never chooses a folder on its own: it may open the launch repository and
//! repositories that were already opened (to reload them). Opening others will go through a
//! native dialog run by the back end, so a compromised page cannot scan arbitrary folders.

use crate::profile::Profile;
use serde::Serialize;
use specdesk_core::demo::Demo;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The demo repository of the source tree, opened when no path is given. An installed package
/// carries its own copy among the app's resources (`bundle.resources` in `tauri.conf.json`).
pub const DEMO_REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/demo-repo");

/// Where the launch repository came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum LaunchSource {
    /// `specdesk PATH`.
    Argument,
    /// No path given: the bundled demo repository, which the user may write.
    Demo,
    /// No path given: the user's own copy of an installed demo they may not write (see
    /// `specdesk_core::demo`); Help ▸ Reset Demo Repository replaces it with a fresh copy.
    DemoCopy,
}

/// The first command-line argument that is not an option (`-…`).
pub fn launch_argument(args: impl IntoIterator<Item = OsString>) -> Option<PathBuf> {
    args.into_iter()
        .find(|arg| !arg.to_string_lossy().starts_with('-'))
        .map(PathBuf::from)
}

/// What the UI needs to know at start-up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LaunchInfo {
    /// The path the app was asked to open, as given (not yet checked).
    pub repo_path: String,
    pub source: LaunchSource,
    /// SpecDesk's version.
    pub version: String,
    /// The configuration profile (`test` under `SPECDESK_PROFILE=test`).
    pub profile: Profile,
}

/// Shared state, managed by Tauri.
#[derive(Debug)]
pub struct AppState {
    launch_path: PathBuf,
    source: LaunchSource,
    /// The bundled demo the launch path is a copy of ([`LaunchSource::DemoCopy`] only).
    demo_original: Option<PathBuf>,
    opened: Mutex<Opened>,
}

/// Repositories opened so far.
#[derive(Debug, Default)]
struct Opened {
    /// The root of the repository currently open, once one was opened successfully.
    current: Option<PathBuf>,
    /// Every root opened in this session (canonical paths).
    roots: Vec<PathBuf>,
}

impl AppState {
    /// State for the given command-line arguments (without the program name): the first
    /// argument that is not an option (`-…`) is the repository path.
    pub fn from_args(args: impl IntoIterator<Item = OsString>) -> AppState {
        AppState::from_args_or(args, || Demo::Bundled(PathBuf::from(DEMO_REPO)))
    }

    /// As [`AppState::from_args`], with the demo `demo` gives (called only when no path is given:
    /// it may copy the demo) as the repository opened when no path is given.
    pub fn from_args_or(args: impl IntoIterator<Item = OsString>, demo: impl FnOnce() -> Demo) -> AppState {
        let path = launch_argument(args);
        match path {
            Some(path) => AppState::new(path, LaunchSource::Argument),
            None => match demo() {
                Demo::Bundled(path) => AppState::new(path, LaunchSource::Demo),
                Demo::UserCopy { copy, original } => AppState {
                    demo_original: Some(original),
                    ..AppState::new(copy, LaunchSource::DemoCopy)
                },
            },
        }
    }

    pub fn new(launch_path: PathBuf, source: LaunchSource) -> AppState {
        AppState {
            launch_path,
            source,
            demo_original: None,
            opened: Mutex::new(Opened::default()),
        }
    }

    /// The bundled demo the open demo is a copy of, when the user works on a copy.
    pub fn demo_original(&self) -> Option<&Path> {
        self.demo_original.as_deref()
    }

    /// The path given at launch (or the demo repository).
    pub fn launch_path(&self) -> &Path {
        &self.launch_path
    }

    pub fn launch_info(&self, profile: Profile) -> LaunchInfo {
        LaunchInfo {
            repo_path: self.launch_path.to_string_lossy().into_owned(),
            source: self.source,
            version: env!("CARGO_PKG_VERSION").to_string(),
            profile,
        }
    }

    /// The root of the open repository, if any.
    pub fn current_root(&self) -> Option<PathBuf> {
        self.lock().current.clone()
    }

    /// Remember `root` (canonical) as the open repository.
    pub fn set_current_root(&self, root: PathBuf) {
        let mut opened = self.lock();
        if !opened.roots.contains(&root) {
            opened.roots.push(root.clone());
        }
        opened.current = Some(root);
    }

    /// Whether the front end may open `path`: the launch path as given, or a repository root
    /// opened before.
    pub fn may_open(&self, path: &Path) -> bool {
        path == self.launch_path || self.lock().roots.iter().any(|root| root == path)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Opened> {
        // Every update is a single assignment or push, so a poisoned lock holds whole values.
        self.opened
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_non_option_argument_is_the_repository() {
        let state = AppState::from_args(["--automation", "/r/one", "/r/two"].map(OsString::from));
        assert_eq!(state.launch_path(), Path::new("/r/one"));
        assert_eq!(state.launch_info(Profile::Default).source, LaunchSource::Argument);
    }

    #[test]
    fn no_argument_opens_the_demo_repository() {
        let state = AppState::from_args(Vec::new());
        assert!(state.launch_path().ends_with("examples/demo-repo"));
        let info = state.launch_info(Profile::Test);
        assert_eq!(info.source, LaunchSource::Demo);
        assert_eq!(info.profile, Profile::Test);
        assert_eq!(info.version, env!("CARGO_PKG_VERSION"));
    }

    #[test]
    fn a_copied_demo_remembers_its_original_and_is_only_made_without_a_path() {
        let copied = || Demo::UserCopy {
            copy: PathBuf::from("/home/u/.local/share/x/demo-repo"),
            original: PathBuf::from("/usr/lib/SpecDesk/demo-repo"),
        };
        let state = AppState::from_args_or(Vec::new(), copied);
        assert_eq!(state.launch_info(Profile::Default).source, LaunchSource::DemoCopy);
        assert_eq!(state.launch_path(), Path::new("/home/u/.local/share/x/demo-repo"));
        assert_eq!(
            state.demo_original(),
            Some(Path::new("/usr/lib/SpecDesk/demo-repo"))
        );
        let state = AppState::from_args_or([OsString::from("/r/a")], || panic!("no demo is made for a path"));
        assert_eq!(state.demo_original(), None);
    }

    #[test]
    fn remembers_the_open_root() {
        let state = AppState::from_args(Vec::new());
        assert_eq!(state.current_root(), None);
        state.set_current_root(PathBuf::from("/r"));
        assert_eq!(state.current_root(), Some(PathBuf::from("/r")));
    }

    #[test]
    fn only_the_launch_path_and_opened_roots_may_be_opened() {
        let state = AppState::from_args([OsString::from("repos/a")]);
        assert!(state.may_open(Path::new("repos/a")));
        assert!(!state.may_open(Path::new("/home/someone/.ssh")));
        assert!(!state.may_open(Path::new("/r/a")));
        state.set_current_root(PathBuf::from("/r/a"));
        assert!(state.may_open(Path::new("/r/a")));
        assert!(!state.may_open(Path::new("/r")));
    }
}
