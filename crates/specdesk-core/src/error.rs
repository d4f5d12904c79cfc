//! The core's error type. Serializes as `{kind, message, path}` so the UI can branch on `kind`.

use serde::ser::SerializeStruct;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Everything that can go wrong in specdesk-core.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    #[error("{path}: not found", path = .path.display())]
    NotFound { path: PathBuf },
    #[error("{path}: permission denied", path = .path.display())]
    PermissionDenied { path: PathBuf },
    #[error("{path}: not valid UTF-8 (byte {offset}); SpecDesk only edits UTF-8 text", path = .path.display())]
    InvalidUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: looks like a binary file (contains NUL bytes)", path = .path.display())]
    Binary { path: PathBuf },
    #[error("{path}: {size} bytes is over the {limit}-byte limit", path = .path.display())]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error("{path}: outside the opened repository", path = .path.display())]
    OutsideRepo { path: PathBuf },
    #[error("{path}: not a directory", path = .path.display())]
    NotADirectory { path: PathBuf },
    #[error("{path}: is a directory, not a file", path = .path.display())]
    IsADirectory { path: PathBuf },
    #[error("{path}: changed on disk since it was read", path = .path.display())]
    Conflict {
        path: PathBuf,
        /// The text now on disk (`None` when the file was deleted).
        disk_text: Option<String>,
        /// Hash of the bytes now on disk (`None` when the file was deleted).
        disk_hash: Option<String>,
    },
    #[error("{path}: already exists", path = .path.display())]
    AlreadyExists { path: PathBuf },
    /// Stored data (e.g. a local-history blob or index) failed its integrity check.
    #[error("{path}: corrupt: {message}", path = .path.display())]
    Corrupt { path: PathBuf, message: String },
    #[error("invalid input: {message}")]
    Invalid { message: String },
    #[error("{path}: watcher failed: {message}", path = .path.display())]
    Watch { path: PathBuf, message: String },
    #[error("{path}: {source}", path = .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Shorthand for results of the core.
pub type Result<T, E = CoreError> = std::result::Result<T, E>;

impl CoreError {
    /// Classify an I/O error on `path` into the most specific variant.
    pub fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        let path = path.as_ref().to_path_buf();
        match source.kind() {
            std::io::ErrorKind::NotFound => CoreError::NotFound { path },
            std::io::ErrorKind::PermissionDenied => CoreError::PermissionDenied { path },
            std::io::ErrorKind::AlreadyExists => CoreError::AlreadyExists { path },
            _ => CoreError::Io { path, source },
        }
    }

    /// Stable machine-readable kind, e.g. `"conflict"`.
    pub fn kind(&self) -> &'static str {
        match self {
            CoreError::NotFound { .. } => "notFound",
            CoreError::PermissionDenied { .. } => "permissionDenied",
            CoreError::InvalidUtf8 { .. } => "invalidUtf8",
            CoreError::Binary { .. } => "binary",
            CoreError::TooLarge { .. } => "tooLarge",
            CoreError::OutsideRepo { .. } => "outsideRepo",
            CoreError::NotADirectory { .. } => "notADirectory",
            CoreError::IsADirectory { .. } => "isADirectory",
            CoreError::Conflict { .. } => "conflict",
            CoreError::AlreadyExists { .. } => "alreadyExists",
            CoreError::Corrupt { .. } => "corrupt",
            CoreError::Invalid { .. } => "invalid",
            CoreError::Watch { .. } => "watch",
            CoreError::Io { .. } => "io",
        }
    }

    /// The path the error is about, when there is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            CoreError::NotFound { path }
            | CoreError::PermissionDenied { path }
            | CoreError::InvalidUtf8 { path, .. }
            | CoreError::Binary { path }
            | CoreError::TooLarge { path, .. }
            | CoreError::OutsideRepo { path }
            | CoreError::NotADirectory { path }
            | CoreError::IsADirectory { path }
            | CoreError::Conflict { path, .. }
            | CoreError::AlreadyExists { path }
            | CoreError::Corrupt { path, .. }
            | CoreError::Watch { path, .. }
            | CoreError::Io { path, .. } => Some(path),
            CoreError::Invalid { .. } => None,
        }
    }
}

impl Serialize for CoreError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let conflict = matches!(self, CoreError::Conflict { .. });
        let mut s = serializer.serialize_struct("CoreError", if conflict { 5 } else { 3 })?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &self.to_string())?;
        s.serialize_field("path", &self.path().map(|p| p.to_string_lossy()))?;
        if let CoreError::Conflict {
            disk_text, disk_hash, ..
        } = self
        {
            s.serialize_field("diskText", disk_text)?;
            s.serialize_field("diskHash", disk_hash)?;
        }
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_kind_message_and_path() {
        let e = CoreError::io(
            "/r/specs/plan.md",
            std::io::Error::from(std::io::ErrorKind::NotFound),
        );
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(v["kind"], "notFound");
        assert_eq!(v["path"], "/r/specs/plan.md");
        assert_eq!(v["message"], "/r/specs/plan.md: not found");
    }
}
