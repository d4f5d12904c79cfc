//! Where to put what the user saves outside the repository, named in a native dialog: a file
//! ("Export Report…", "Export Document as HTML…", "Save a Copy As…") or a folder ("Open in a
//! worktree"). The front end never names such a path itself.
//!
//! End-to-end tests cannot drive a native dialog: in the test profile only
//! (`SPECDESK_PROFILE=test`), [`TEST_SAVE_PATH_VAR`] names the file and
//! [`TEST_WORKTREE_PATH_VAR`] the folder instead.

use crate::profile::Profile;
use std::path::PathBuf;

/// In the test profile, the path a save dialog answers with instead of asking.
pub const TEST_SAVE_PATH_VAR: &str = "SPECDESK_TEST_SAVE_PATH";

/// In the test profile, the folder a folder dialog answers with instead of asking.
pub const TEST_WORKTREE_PATH_VAR: &str = "SPECDESK_TEST_WORKTREE_PATH";

/// What the dialog shows, in the interface's language ([`text`]).
pub struct SaveDialog<'a> {
    pub title: String,
    /// The name proposed.
    pub file_name: String,
    /// (name, extensions) of each file type offered, the first being the default.
    pub filters: Vec<(String, &'a [&'a str])>,
}

/// The message `id` (a dialog's title or a file type's name) in the interface's language.
pub fn text(id: &str) -> String {
    specdesk_core::i18n::Localizer::new(crate::locale_commands::effective()).text(id)
}

impl SaveDialog<'_> {
    /// The path the user chose; `None` when the dialog was cancelled.
    pub async fn ask(self, profile: Profile) -> Option<PathBuf> {
        if let Some(path) = test_answer(profile, std::env::var_os(TEST_SAVE_PATH_VAR)) {
            return Some(path);
        }
        let mut dialog = rfd::AsyncFileDialog::new()
            .set_title(&self.title)
            .set_file_name(self.file_name);
        if let Some(home) = std::env::var_os("HOME") {
            dialog = dialog.set_directory(home);
        }
        for (name, extensions) in &self.filters {
            dialog = dialog.add_filter(name, extensions);
        }
        // rfd runs GTK dialogs on its own GTK thread; awaiting keeps the UI thread free.
        dialog.save_file().await.map(|handle| handle.path().to_path_buf())
    }
}

/// A folder the user picks in the native dialog titled `title`; `None` when it was cancelled.
pub async fn pick_folder(profile: Profile, title: &str) -> Option<PathBuf> {
    if let Some(path) = test_answer(profile, std::env::var_os(TEST_WORKTREE_PATH_VAR)) {
        return Some(path);
    }
    // rfd runs GTK dialogs on its own GTK thread; awaiting keeps the UI thread free.
    rfd::AsyncFileDialog::new()
        .set_title(title)
        .pick_folder()
        .await
        .map(|handle| handle.path().to_path_buf())
}

/// The test profile's answer to a dialog; never in the user's profile.
fn test_answer(profile: Profile, var: Option<std::ffi::OsString>) -> Option<PathBuf> {
    match (profile, var) {
        (Profile::Test, Some(path)) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_test_profile_takes_the_save_path_from_the_environment() {
        let var = Some(std::ffi::OsString::from("/tmp/r.html"));
        assert_eq!(
            test_answer(Profile::Test, var.clone()),
            Some(PathBuf::from("/tmp/r.html"))
        );
        assert_eq!(test_answer(Profile::Default, var), None);
        assert_eq!(test_answer(Profile::Test, Some("".into())), None);
        assert_eq!(test_answer(Profile::Test, None), None);
    }
}
