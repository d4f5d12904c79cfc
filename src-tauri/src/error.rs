//! Errors as the UI sees them. Every command fails with an [`AppError`], which crosses IPC as
//! [`IpcError`] `{code, message, path}`; the UI branches on the typed [`ErrorCode`] and shows
//! `message` to people.

use serde::{Serialize, Serializer};
use specdesk_core::i18n::{Locale, Message};
use specdesk_core::CoreError;
use std::path::PathBuf;

/// Anything a command can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Core(#[from] CoreError),
    /// The front end asked for a folder the user never chose.
    #[error("{path}: SpecDesk only opens the repository it was started with or one you chose", path = .path.display())]
    NotAllowed { path: PathBuf },
    /// The live preview cannot apply an edit (made against another version): send the whole text.
    #[error(transparent)]
    Preview(#[from] specdesk_core::live_preview::LivePreviewError),
    /// A failure of the app itself (a background task that panicked, a window that vanished).
    #[error("internal error: {0}")]
    Internal(String),
}

/// What went wrong, for the UI to branch on. The core's codes are [`CoreError::kind`]'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    NotFound,
    PermissionDenied,
    InvalidUtf8,
    Binary,
    TooLarge,
    OutsideRepo,
    NotADirectory,
    IsADirectory,
    Corrupt,
    Conflict,
    AlreadyExists,
    Invalid,
    Watch,
    Io,
    /// A git repository that could not be read, or a `git` command that failed (the message
    /// says why: offline, refused, not found).
    Git,
    /// The repository's template stack is one spec-kit refuses too.
    Template,
    /// `specdesk.toml` is not valid (the message names its line and column).
    Config,
    /// App-only: the front end asked for something the user did not allow.
    NotAllowed,
    /// App-only: the live preview needs the whole text again (see `preview_update`).
    StalePreview,
    /// App-only: a failure of the app itself.
    Internal,
}

/// The serialized form of [`AppError`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct IpcError {
    pub code: ErrorCode,
    /// A sentence for people, naming the path when there is one.
    pub message: String,
    /// The path the error is about, when there is one.
    pub path: Option<String>,
    /// For `conflict`: the text now on disk (absent when the file was deleted).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub disk_text: Option<String>,
    /// For `conflict`: the hash of the bytes now on disk (absent when the file was deleted).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub disk_hash: Option<String>,
}

impl ErrorCode {
    /// The code for a core error kind (`"notFound"` → [`ErrorCode::NotFound`]); a kind this
    /// version does not know yet is reported as [`ErrorCode::Internal`].
    pub fn from_kind(kind: &str) -> ErrorCode {
        serde_json::from_value(serde_json::Value::String(kind.to_string())).unwrap_or(ErrorCode::Internal)
    }
}

impl AppError {
    /// The sentence for people in `locale` (English: the error's `Display`). What comes from
    /// elsewhere (the live preview's, git's or the system's words) stays English.
    pub fn message_in(&self, locale: Locale) -> String {
        match self {
            _ if locale == Locale::En => self.to_string(),
            AppError::Core(e) => e.message_in(locale),
            AppError::NotAllowed { path } => Message::new("error-not-allowed")
                .arg("path", path.display().to_string())
                .to_locale(locale),
            AppError::Internal(detail) => Message::new("error-internal")
                .arg("detail", detail)
                .to_locale(locale),
            AppError::Preview(_) => self.to_string(),
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::Core(e) => ErrorCode::from_kind(e.kind()),
            AppError::NotAllowed { .. } => ErrorCode::NotAllowed,
            AppError::Preview(_) => ErrorCode::StalePreview,
            AppError::Internal(_) => ErrorCode::Internal,
        }
    }

    /// The form sent over IPC.
    pub fn to_ipc(&self) -> IpcError {
        let path = match self {
            AppError::Core(e) => e.path().map(|p| p.to_string_lossy().into_owned()),
            AppError::NotAllowed { path } => Some(path.to_string_lossy().into_owned()),
            AppError::Preview(_) | AppError::Internal(_) => None,
        };
        let (disk_text, disk_hash) = match self {
            AppError::Core(CoreError::Conflict {
                disk_text, disk_hash, ..
            }) => (disk_text.clone(), disk_hash.clone()),
            _ => (None, None),
        };
        IpcError {
            code: self.code(),
            message: self.message_in(crate::locale_commands::effective()),
            path,
            disk_text,
            disk_hash,
        }
    }
}

impl Serialize for AppError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_ipc().serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_core_error() -> Vec<CoreError> {
        let path = PathBuf::from("/r/specs/001-a/plan.md");
        vec![
            CoreError::NotFound { path: path.clone() },
            CoreError::PermissionDenied { path: path.clone() },
            CoreError::InvalidUtf8 {
                path: path.clone(),
                offset: 3,
                encoding: Some("windows-1251".into()),
            },
            CoreError::Binary { path: path.clone() },
            CoreError::TooLarge {
                path: path.clone(),
                size: 10,
                limit: 5,
            },
            CoreError::OutsideRepo { path: path.clone() },
            CoreError::NotADirectory { path: path.clone() },
            CoreError::IsADirectory { path: path.clone() },
            CoreError::Corrupt {
                path: path.clone(),
                message: "bad blob".into(),
            },
            CoreError::Conflict {
                path: path.clone(),
                disk_text: None,
                disk_hash: None,
            },
            CoreError::AlreadyExists { path: path.clone() },
            CoreError::Invalid {
                message: "bad".into(),
            },
            CoreError::Watch {
                path: path.clone(),
                message: "gone".into(),
            },
            CoreError::Template {
                path: path.clone(),
                message: "invalid preset manifest".into(),
            },
            CoreError::Config {
                path: path.clone(),
                line: 3,
                column: 1,
                message: "unknown rule SD099".into(),
            },
            CoreError::Io {
                path,
                source: std::io::Error::other("disk on fire"),
            },
        ]
    }

    #[test]
    fn every_core_kind_has_its_own_code() {
        for error in every_core_error() {
            let kind = error.kind();
            let code = ErrorCode::from_kind(kind);
            assert_ne!(code, ErrorCode::Internal, "core kind {kind} has no ErrorCode");
            assert_eq!(serde_json::to_value(code).unwrap(), kind);
        }
    }

    #[test]
    fn serializes_as_code_message_path() {
        let error = AppError::from(CoreError::NotFound {
            path: PathBuf::from("/nowhere"),
        });
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "notFound", "message": "/nowhere: not found", "path": "/nowhere"})
        );
    }

    #[test]
    fn internal_errors_have_no_path() {
        let json = serde_json::to_value(AppError::Internal("task panicked".into())).unwrap();
        assert_eq!(json["code"], "internal");
        assert_eq!(json["message"], "internal error: task panicked");
        assert!(json["path"].is_null());
    }

    #[test]
    fn conflicts_carry_the_disk_text_and_hash() {
        let error = AppError::from(CoreError::Conflict {
            path: PathBuf::from("/r/plan.md"),
            disk_text: Some("theirs\n".into()),
            disk_hash: Some("abc".into()),
        });
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["code"], "conflict");
        assert_eq!(json["diskText"], "theirs\n");
        assert_eq!(json["diskHash"], "abc");
        let deleted = AppError::from(CoreError::Conflict {
            path: PathBuf::from("/r/plan.md"),
            disk_text: None,
            disk_hash: None,
        });
        let json = serde_json::to_value(&deleted).unwrap();
        assert!(
            json.get("diskText").is_none() && json.get("diskHash").is_none(),
            "{json}"
        );
    }

    #[test]
    fn refusals_name_the_path() {
        let json = serde_json::to_value(AppError::NotAllowed {
            path: PathBuf::from("/etc"),
        })
        .unwrap();
        assert_eq!(json["code"], "notAllowed");
        assert_eq!(json["path"], "/etc");
    }

    #[test]
    fn messages_are_in_the_language_asked_for_and_codes_stay() {
        let refused = AppError::NotAllowed {
            path: PathBuf::from("/etc"),
        };
        assert_eq!(refused.message_in(Locale::En), refused.to_string());
        let korean = refused.message_in(Locale::Ko);
        assert!(korean.starts_with("/etc: SpecDesk는"), "{korean}");
        let missing = AppError::from(CoreError::NotFound {
            path: PathBuf::from("/r/plan.md"),
        });
        assert_eq!(missing.message_in(Locale::Ja), "/r/plan.md: 見つかりません");
        let internal = AppError::Internal("task panicked".into());
        assert_eq!(internal.message_in(Locale::ZhHans), "内部错误：task panicked");
        assert_eq!(missing.code(), ErrorCode::NotFound);
    }

    #[test]
    fn unknown_kinds_become_internal() {
        assert_eq!(ErrorCode::from_kind("somethingNew"), ErrorCode::Internal);
    }
}
