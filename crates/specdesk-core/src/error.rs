//! The core's error type. Serializes as `{kind, message, path}` so the UI can branch on `kind`.

use crate::i18n::{Locale, Message};
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
    /// Not UTF-8 text. `encoding` names the encoding the bytes look like (`windows-1251`), when
    /// one fits (see [`crate::encoding`]); `offset` is the first byte that is not UTF-8.
    #[error("{path}: {reason}; SpecDesk only edits UTF-8 text", path = .path.display(), reason = crate::encoding::describe(*.offset, .encoding.as_deref()))]
    InvalidUtf8 {
        path: PathBuf,
        offset: usize,
        encoding: Option<String>,
    },
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
    /// As [`CoreError::Invalid`] (the same kind and English text), worded in every language: a
    /// request refused for a reason the user should read in theirs.
    #[error("invalid input: {}", .reason.english())]
    Refused { reason: Message },
    /// The repository's template stack is one spec-kit refuses too (an invalid preset manifest
    /// or extension registry, a `wrap` layer without `{CORE_TEMPLATE}`, …).
    #[error("{path}: {message}", path = .path.display())]
    Template { path: PathBuf, message: String },
    /// `specdesk.toml` is not valid: `line` and `column` (1-based) say where.
    #[error("{path}:{line}:{column}: {message}", path = .path.display())]
    Config {
        path: PathBuf,
        line: u32,
        column: u32,
        message: String,
    },
    #[error("{path}: watcher failed: {message}", path = .path.display())]
    Watch { path: PathBuf, message: String },
    /// A git repository that could not be read (or a `git` command that failed).
    #[error("{path}: git: {message}", path = .path.display())]
    Git { path: PathBuf, message: String },
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

    /// The error for `bytes` at `path`, which are not UTF-8 text: where they stop being UTF-8,
    /// and the encoding they look like (see [`crate::encoding::guess_for_non_utf8`]).
    pub fn not_utf8(path: impl AsRef<Path>, bytes: &[u8]) -> Self {
        let offset = match std::str::from_utf8(bytes) {
            Ok(_) => 0, // valid UTF-8 after a UTF-16 byte order mark
            Err(e) => e.valid_up_to(),
        };
        CoreError::InvalidUtf8 {
            path: path.as_ref().to_path_buf(),
            offset,
            encoding: crate::encoding::guess_for_non_utf8(bytes)
                .map(|e| crate::encoding::name(e).to_string()),
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
            CoreError::Invalid { .. } | CoreError::Refused { .. } => "invalid",
            CoreError::Template { .. } => "template",
            CoreError::Config { .. } => "config",
            CoreError::Watch { .. } => "watch",
            CoreError::Git { .. } => "git",
            CoreError::Io { .. } => "io",
        }
    }

    /// What is wrong, in a few words and without the path, to follow "plan.md is":
    /// `not UTF-8 (looks like windows-1251)`, `binary (contains NUL bytes)`, `too large (…)`.
    pub fn reason(&self) -> String {
        match self {
            CoreError::InvalidUtf8 { offset, encoding, .. } => {
                crate::encoding::describe(*offset, encoding.as_deref())
            }
            CoreError::Binary { .. } => "binary (contains NUL bytes)".to_string(),
            CoreError::TooLarge { size, limit, .. } => {
                format!("too large ({size} bytes, over the {limit}-byte limit)")
            }
            CoreError::PermissionDenied { .. } => "not readable (permission denied)".to_string(),
            CoreError::NotFound { .. } => "missing".to_string(),
            CoreError::IsADirectory { .. } => "a directory".to_string(),
            other => {
                let message = other.to_string();
                let detail = match other.path() {
                    Some(path) => message
                        .strip_prefix(&format!("{}: ", path.display()))
                        .map(str::to_string)
                        .unwrap_or_else(|| message.clone()),
                    None => message,
                };
                format!("unreadable ({detail})")
            }
        }
    }

    /// The error's sentence in `locale` (English: exactly [`ToString::to_string`]). The path,
    /// and the details that come from elsewhere (git's own message, the operating system's, a
    /// configuration error's), stay as they are.
    pub fn message_in(&self, locale: Locale) -> String {
        if locale == Locale::En {
            return self.to_string();
        }
        let path = self.path().map(|p| p.display().to_string()).unwrap_or_default();
        let message = match self {
            CoreError::NotFound { .. } => Message::new("error-not-found"),
            CoreError::PermissionDenied { .. } => Message::new("error-permission-denied"),
            CoreError::InvalidUtf8 { .. } => {
                Message::new("error-not-utf8").arg("reason", self.reason_in(locale))
            }
            CoreError::Binary { .. } => Message::new("error-binary"),
            CoreError::TooLarge { size, limit, .. } => Message::new("error-too-large")
                .arg("size", *size)
                .arg("limit", *limit),
            CoreError::OutsideRepo { .. } => Message::new("error-outside-repo"),
            CoreError::NotADirectory { .. } => Message::new("error-not-a-directory"),
            CoreError::IsADirectory { .. } => Message::new("error-is-a-directory"),
            CoreError::Conflict { .. } => Message::new("error-conflict"),
            CoreError::AlreadyExists { .. } => Message::new("error-already-exists"),
            CoreError::Corrupt { message, .. } => Message::new("error-corrupt").arg("detail", message),
            CoreError::Invalid { message } => Message::new("error-invalid").arg("detail", message),
            CoreError::Refused { reason } => {
                Message::new("error-invalid").arg("detail", reason.to_locale(locale))
            }
            CoreError::Watch { message, .. } => Message::new("error-watch").arg("detail", message),
            // Their words are the template's, git's, the configuration parser's or the system's.
            CoreError::Template { .. }
            | CoreError::Config { .. }
            | CoreError::Git { .. }
            | CoreError::Io { .. } => {
                return self.to_string();
            }
        };
        message.arg("path", path).to_locale(locale)
    }

    /// [`CoreError::reason`] in `locale` (English: exactly [`CoreError::reason`]).
    pub fn reason_in(&self, locale: Locale) -> String {
        if locale == Locale::En {
            return self.reason();
        }
        let message = match self {
            CoreError::InvalidUtf8 {
                encoding: Some(name), ..
            } => Message::new("error-reason-not-utf8").arg("encoding", name),
            CoreError::InvalidUtf8 { offset, .. } => {
                Message::new("error-reason-invalid-utf8").arg("offset", *offset)
            }
            CoreError::Binary { .. } => Message::new("error-reason-binary"),
            CoreError::TooLarge { size, limit, .. } => Message::new("error-reason-too-large")
                .arg("size", *size)
                .arg("limit", *limit),
            CoreError::PermissionDenied { .. } => Message::new("error-reason-permission"),
            CoreError::NotFound { .. } => Message::new("error-reason-missing"),
            CoreError::IsADirectory { .. } => Message::new("error-reason-directory"),
            other => {
                let english = other.reason();
                let detail = english
                    .strip_prefix("unreadable (")
                    .and_then(|d| d.strip_suffix(')'))
                    .unwrap_or(&english)
                    .to_string();
                Message::new("error-reason-unreadable").arg("detail", detail)
            }
        };
        message.to_locale(locale)
    }

    /// The encoding a file that is not UTF-8 looks like ([`CoreError::InvalidUtf8`]).
    pub fn encoding(&self) -> Option<&str> {
        match self {
            CoreError::InvalidUtf8 { encoding, .. } => encoding.as_deref(),
            _ => None,
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
            | CoreError::Git { path, .. }
            | CoreError::Template { path, .. }
            | CoreError::Config { path, .. }
            | CoreError::Io { path, .. } => Some(path),
            CoreError::Invalid { .. } | CoreError::Refused { .. } => None,
        }
    }
}

impl Serialize for CoreError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let conflict = matches!(self, CoreError::Conflict { .. });
        let not_utf8 = matches!(self, CoreError::InvalidUtf8 { .. });
        let fields = 3 + if conflict { 2 } else { 0 } + usize::from(not_utf8);
        let mut s = serializer.serialize_struct("CoreError", fields)?;
        s.serialize_field("kind", self.kind())?;
        s.serialize_field("message", &self.to_string())?;
        s.serialize_field("path", &self.path().map(|p| p.to_string_lossy()))?;
        if not_utf8 {
            s.serialize_field("encoding", &self.encoding())?;
        }
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

    #[test]
    fn messages_in_other_languages_keep_the_path_and_english_stays_as_it_was() {
        let e = CoreError::NotFound {
            path: "/r/specs/plan.md".into(),
        };
        assert_eq!(e.message_in(Locale::En), e.to_string());
        assert_eq!(e.message_in(Locale::Ko), "/r/specs/plan.md: 찾을 수 없습니다");
        let big = CoreError::TooLarge {
            path: "/r/a.md".into(),
            size: 12_345_678,
            limit: 10_485_760,
        };
        assert_eq!(
            big.reason_in(Locale::En),
            big.reason(),
            "English is not regrouped"
        );
        assert!(
            big.reason_in(Locale::Ja).contains("12,345,678"),
            "{}",
            big.reason_in(Locale::Ja)
        );
        let encoded = CoreError::InvalidUtf8 {
            path: "/r/a.md".into(),
            offset: 2,
            encoding: Some("windows-1251".into()),
        };
        let chinese = encoded.message_in(Locale::ZhHans);
        assert!(
            chinese.starts_with("/r/a.md: ") && chinese.contains("windows-1251"),
            "{chinese}"
        );
        assert!(!chinese.contains("looks like"), "{chinese}");
        let io = CoreError::Io {
            path: "/r/a.md".into(),
            source: std::io::Error::other("disk on fire"),
        };
        assert_eq!(
            io.message_in(Locale::Ko),
            io.to_string(),
            "the system's words stay"
        );
        assert!(io.reason_in(Locale::Ko).contains("disk on fire"));
    }

    #[test]
    fn a_refusal_is_invalid_input_in_every_language() {
        let refused = CoreError::Refused {
            reason: Message::new("error-not-a-branch").arg("branch", "-x"),
        };
        assert_eq!(refused.kind(), "invalid");
        assert_eq!(refused.to_string(), "invalid input: -x: not a branch name");
        assert_eq!(
            refused.message_in(Locale::Ja),
            "無効な入力：-x: ブランチ名ではありません"
        );
        assert_eq!(
            serde_json::to_value(&refused).unwrap()["message"],
            "invalid input: -x: not a branch name"
        );
    }

    #[test]
    fn a_file_that_is_not_utf8_names_its_likely_encoding() {
        let e = CoreError::InvalidUtf8 {
            path: "/r/specs/002-x/plan.md".into(),
            offset: 2,
            encoding: Some("windows-1251".into()),
        };
        assert_eq!(
            e.to_string(),
            "/r/specs/002-x/plan.md: not UTF-8 (looks like windows-1251); SpecDesk only edits UTF-8 text"
        );
        assert_eq!(e.reason(), "not UTF-8 (looks like windows-1251)");
        let v = serde_json::to_value(&e).unwrap();
        assert_eq!(v["kind"], "invalidUtf8");
        assert_eq!(v["encoding"], "windows-1251");
        let damaged = CoreError::InvalidUtf8 {
            path: "/r/a.md".into(),
            offset: 7,
            encoding: None,
        };
        assert_eq!(damaged.reason(), "not valid UTF-8 (byte 7)");
        assert!(serde_json::to_value(&damaged).unwrap()["encoding"].is_null());
        let io = CoreError::Io {
            path: "/r/a.md".into(),
            source: std::io::Error::other("disk on fire"),
        };
        assert_eq!(io.reason(), "unreadable (disk on fire)");
    }
}
