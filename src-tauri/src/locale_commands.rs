//! The interface's language: the user's setting (View ▸ Language, `set_ui_locale`), else the
//! system's (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`). The setting is kept in
//! `ui-locale.json` in the app's data directory (written atomically, like the session); a file
//! that cannot be read or names a language SpecDesk does not speak is ignored with a warning.
//!
//! Everything the back end words for people (diagnostics, fix titles, rule help, error messages,
//! the native menu) reads [`effective`]. Changing it rebuilds the menu and sends the window
//! `locale-changed` with the new [`UiLocale`]; the interface then switches its own messages and
//! asks again for what the back end worded.

use crate::error::AppError;
use serde::{Deserialize, Serialize};
use specdesk_core::i18n::{Locale, UiLocale};
use specdesk_core::CoreError;
use specdesk_core::Diagnostic;
use std::path::{Path, PathBuf};
use std::sync::{OnceLock, RwLock};
use tauri::{AppHandle, Emitter, Runtime};

/// The event carrying the new [`UiLocale`].
pub const LOCALE_CHANGED_EVENT: &str = "locale-changed";

/// The file, inside the data directory.
const SETTING_FILE: &str = "ui-locale.json";

/// What `ui-locale.json` holds.
#[derive(Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
struct SettingFile {
    /// A language tag (`ko`), or `null` to follow the system.
    locale: Option<String>,
}

/// The language state of this process.
#[derive(Debug)]
struct Languages {
    /// The user's choice; `None` follows the system.
    setting: Option<Locale>,
    system: Locale,
    /// Where the setting is kept (`None` when the app has no data directory).
    file: Option<PathBuf>,
    /// Whether the setting was read from the data directory yet ([`init`]).
    read: bool,
}

static LANGUAGES: OnceLock<RwLock<Languages>> = OnceLock::new();

/// The language state (the system's language until [`init`] reads the setting).
fn languages() -> &'static RwLock<Languages> {
    LANGUAGES.get_or_init(|| {
        RwLock::new(Languages {
            setting: None,
            system: Locale::from_env(),
            file: None,
            read: false,
        })
    })
}

/// Read the user's setting from the app's data directory, the first time only (the menu's first
/// build does it, before the window asks for anything).
pub fn init<R: Runtime>(app: &AppHandle<R>) {
    let mut state = languages()
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if state.read {
        return;
    }
    state.read = true;
    match crate::session::data_dir(app) {
        Ok(dir) => {
            let file = dir.join(SETTING_FILE);
            state.setting = load_setting(&file);
            state.file = Some(file);
        }
        Err(e) => eprintln!("specdesk: the language setting is not kept ({e})"),
    }
}

/// The language everything the back end says is in: the user's setting, else the system's.
pub fn effective() -> Locale {
    let state = languages()
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    state.setting.unwrap_or(state.system)
}

/// `diagnostics` with their messages and fix titles in the language in effect.
pub fn localized(mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let locale = effective();
    if locale != Locale::En {
        for d in &mut diagnostics {
            d.localize(locale);
        }
    }
    diagnostics
}

/// The interface's language as the UI sees it.
pub fn ui_locale_now() -> UiLocale {
    let state = languages()
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    UiLocale::new(state.setting, state.system)
}

/// The setting in `file`: `None` when there is none, or (with a warning) when the file cannot
/// be read or names no language SpecDesk speaks. Never an error: a broken setting must not keep
/// the app from starting.
fn load_setting(file: &Path) -> Option<Locale> {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            eprintln!("specdesk: ignoring {}: {e}", file.display());
            return None;
        }
    };
    let parsed: SettingFile = match serde_json::from_slice(&bytes) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprintln!("specdesk: ignoring {}: {e}", file.display());
            return None;
        }
    };
    let tag = parsed.locale?;
    let locale = Locale::from_tag(&tag);
    if locale.is_none() {
        eprintln!(
            "specdesk: ignoring {}: SpecDesk does not speak {tag:?}",
            file.display()
        );
    }
    locale
}

/// Keep `setting` in `file`, atomically.
fn save_setting(file: &Path, setting: Option<Locale>) -> Result<(), AppError> {
    let json = serde_json::to_vec_pretty(&SettingFile {
        locale: setting.map(|l| l.tag().to_string()),
    })
    .map_err(|e| AppError::Internal(format!("language setting not serializable: {e}")))?;
    crate::session::write_atomically(file, &json)
}

/// The setting a tag names (`None` follows the system); an unknown tag is refused.
fn parse_setting(setting: Option<&str>) -> Result<Option<Locale>, AppError> {
    match setting {
        None => Ok(None),
        Some(tag) => Locale::from_tag(tag).map(Some).ok_or_else(|| {
            AppError::Core(CoreError::Invalid {
                message: format!("no language {tag:?}"),
            })
        }),
    }
}

/// Use `setting` (`None`: follow the system) from now on: keep it, rebuild the native menu in
/// it, and tell the window. What the View ▸ Language items and `set_ui_locale` do.
pub fn apply<R: Runtime>(app: &AppHandle<R>, setting: Option<Locale>) -> Result<UiLocale, AppError> {
    init(app);
    let file = {
        let mut state = languages()
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        state.setting = setting;
        state.file.clone()
    };
    if let Some(file) = file {
        save_setting(&file, setting)?;
    }
    let ui = ui_locale_now();
    match crate::menu::build(app) {
        Ok(menu) => {
            if let Err(e) = app.set_menu(menu) {
                eprintln!("specdesk: the menu was not rebuilt in {}: {e}", ui.locale);
            }
        }
        Err(e) => eprintln!("specdesk: the menu was not rebuilt in {}: {e}", ui.locale),
    }
    let _ = app.emit(LOCALE_CHANGED_EVENT, ui.clone());
    Ok(ui)
}

/// The interface's language: the one in effect, the user's setting, the system's, and the
/// languages to choose from.
#[tauri::command]
pub fn ui_locale(app: AppHandle) -> UiLocale {
    init(&app);
    ui_locale_now()
}

/// Use `setting` (`"en"`, `"ko"`, `"ja"`, `"zh-Hans"`; `null` follows the system) from now on;
/// kept in the data directory. The menu is rebuilt and `locale-changed` sent.
#[tauri::command]
pub fn set_ui_locale(app: AppHandle, setting: Option<String>) -> Result<UiLocale, AppError> {
    let setting = parse_setting(setting.as_deref())?;
    apply(&app, setting)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_setting_round_trips_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(SETTING_FILE);
        assert_eq!(load_setting(&file), None, "no file: follow the system");
        save_setting(&file, Some(Locale::ZhHans)).unwrap();
        assert_eq!(load_setting(&file), Some(Locale::ZhHans));
        assert!(std::fs::read_to_string(&file).unwrap().contains("\"zh-Hans\""));
        save_setting(&file, None).unwrap();
        assert_eq!(load_setting(&file), None);
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "temporary files left behind");
    }

    #[test]
    fn a_broken_or_unknown_setting_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(SETTING_FILE);
        std::fs::write(&file, b"{not json").unwrap();
        assert_eq!(load_setting(&file), None);
        std::fs::write(&file, br#"{"locale": "tlh"}"#).unwrap();
        assert_eq!(load_setting(&file), None);
        std::fs::write(&file, br#"{"locale": "ko"}"#).unwrap();
        assert_eq!(load_setting(&file), Some(Locale::Ko));
        std::fs::create_dir(dir.path().join("dir")).unwrap();
        assert_eq!(load_setting(&dir.path().join("dir")), None, "unreadable");
    }

    #[test]
    fn settings_are_tags_or_null() {
        assert_eq!(parse_setting(Some("ja")).ok(), Some(Some(Locale::Ja)));
        assert_eq!(parse_setting(None).ok(), Some(None));
        let refused = parse_setting(Some("fr")).map_err(|e| e.to_ipc().code);
        assert_eq!(refused, Err(crate::error::ErrorCode::Invalid));
    }
}
