//! Whether a document can be saved where it is, known when it is opened rather than at the first
//! save.
//!
//! A save ([`crate::store::Store::write`]) writes a temporary file next to the document and
//! renames it into place, so it needs to write both the document's folder and, for an existing
//! document, the document itself (the kernel would let the rename replace a file the user may not
//! write, but a file marked read-only is meant to stay as it is). [`write_access`] asks the kernel
//! the question a save would (`access(2)` with the effective ids, which is also what honours
//! root's privileges, ACLs and read-only mounts) and says which of those stands in the way.
//!
//! The answer is a snapshot: permissions may change while a document is open, and a save then
//! still fails with `permissionDenied`, which the editor handles without losing the text.

use serde::Serialize;
use std::path::{Path, PathBuf};

/// Why a document cannot be saved where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WriteBlock {
    pub cause: WriteBlockCause,
    /// The file or folder in the way (absolute).
    pub path: String,
}

/// What keeps a document from being saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum WriteBlockCause {
    /// The file system is mounted read-only.
    ReadOnlyFileSystem,
    /// The user may not write the document itself (its permissions or owner).
    FileNotWritable,
    /// The user may not create files in the document's folder, which a safe save needs.
    FolderNotWritable,
}

impl WriteBlock {
    /// One sentence for a log or the CLI.
    pub fn describe(&self) -> String {
        match self.cause {
            WriteBlockCause::ReadOnlyFileSystem => format!("{} is on a read-only file system", self.path),
            WriteBlockCause::FileNotWritable => format!("you may not write {}", self.path),
            WriteBlockCause::FolderNotWritable => format!("you may not create files in {}", self.path),
        }
    }
}

/// `None` when a document at `path` (existing or not) can be saved; otherwise what is in the way.
/// A missing folder is not reported here: saving reports it.
pub fn write_access(path: &Path) -> Option<WriteBlock> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if path.exists() {
        if let Some(cause) = refused(path, WriteBlockCause::FileNotWritable) {
            return Some(block(cause, path));
        }
    }
    if folder.exists() {
        if let Some(cause) = refused(folder, WriteBlockCause::FolderNotWritable) {
            return Some(block(cause, folder));
        }
    }
    None
}

/// `None` when new files can be created in `folder` (a new feature, a copy of the demo); otherwise
/// what is in the way.
pub fn folder_write_access(folder: &Path) -> Option<WriteBlock> {
    refused(folder, WriteBlockCause::FolderNotWritable).map(|cause| block(cause, folder))
}

fn block(cause: WriteBlockCause, path: &Path) -> WriteBlock {
    WriteBlock {
        cause,
        path: absolute(path).to_string_lossy().into_owned(),
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(unix)]
fn refused(path: &Path, otherwise: WriteBlockCause) -> Option<WriteBlockCause> {
    use rustix::fs::{access, Access};
    match access(path, Access::WRITE_OK) {
        Ok(()) => None,
        Err(rustix::io::Errno::ROFS) => Some(WriteBlockCause::ReadOnlyFileSystem),
        Err(rustix::io::Errno::ACCESS | rustix::io::Errno::PERM) => Some(otherwise),
        // Anything else (the path vanished meanwhile, a name too long…) is for the save to report.
        Err(_) => None,
    }
}

#[cfg(not(unix))]
fn refused(path: &Path, otherwise: WriteBlockCause) -> Option<WriteBlockCause> {
    let metadata = std::fs::metadata(path).ok()?;
    metadata.permissions().readonly().then_some(otherwise)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn is_root() -> bool {
        rustix::process::geteuid().is_root()
    }

    fn set_mode(path: &Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn a_document_in_a_writable_folder_can_be_saved_whether_or_not_it_exists() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.md");
        assert_eq!(write_access(&plan), None);
        std::fs::write(&plan, "# Plan\n").unwrap();
        assert_eq!(write_access(&plan), None);
    }

    #[test]
    fn a_read_only_file_or_folder_is_named_with_its_cause() {
        if is_root() {
            eprintln!("skipping: root may write read-only files (the installed-package test covers a user)");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.md");
        std::fs::write(&plan, "# Plan\n").unwrap();
        set_mode(&plan, 0o444);
        let blocked = write_access(&plan).expect("a read-only file is reported");
        assert_eq!(blocked.cause, WriteBlockCause::FileNotWritable);
        assert!(blocked.path.ends_with("plan.md"), "{blocked:?}");
        set_mode(&plan, 0o644);
        set_mode(dir.path(), 0o555);
        let blocked = write_access(&plan).expect("a read-only folder is reported");
        assert_eq!(blocked.cause, WriteBlockCause::FolderNotWritable);
        assert_eq!(Path::new(&blocked.path), dir.path());
        assert!(
            blocked.describe().contains("may not create files in"),
            "{}",
            blocked.describe()
        );
        set_mode(dir.path(), 0o755);
    }

    #[test]
    fn root_is_told_the_truth_too() {
        // Root may write a 0444 file: access(2) says so, and so must we (a save would succeed).
        if !is_root() {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.md");
        std::fs::write(&plan, "# Plan\n").unwrap();
        set_mode(&plan, 0o444);
        assert_eq!(write_access(&plan), None);
    }

    #[test]
    fn a_read_only_file_system_is_named_as_such_even_for_root() {
        // A read-only tmpfs over a plan: needs root and a system that allows mounting.
        let run = |args: &[&str]| {
            std::process::Command::new(args[0])
                .args(&args[1..])
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        let dir = tempfile::tempdir().unwrap();
        let mount_point = dir.path().to_str().unwrap();
        if !is_root() || !run(&["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount_point]) {
            eprintln!("skipping: mounting a read-only file system needs root and mount permission");
            return;
        }
        let plan = dir.path().join("plan.md");
        std::fs::write(&plan, "# Plan\n").unwrap();
        let remounted = run(&["mount", "-o", "remount,ro", mount_point]);
        let blocked = write_access(&plan);
        run(&["umount", mount_point]);
        assert!(remounted, "remount read-only");
        let blocked = blocked.expect("a read-only file system is reported");
        assert_eq!(blocked.cause, WriteBlockCause::ReadOnlyFileSystem);
        assert!(
            blocked.describe().contains("read-only file system"),
            "{}",
            blocked.describe()
        );
    }
}
