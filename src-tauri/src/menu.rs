//! The native menu bar (File, Edit, View, Help), in the language in effect (`menu-…` messages;
//! rebuilt when it changes), with View ▸ Language to choose it. A click on an item is sent to the UI as the
//! event [`MENU_EVENT`] with a [`MenuEvent`] `{id}`; the UI decides what it means (saving needs
//! the editor's buffers). Only "quit" is handled here: it asks the window to close, which lets
//! the UI's close guard ask about unsaved changes.
//!
//! Accelerators are given to items whose shortcut belongs to the app rather than to the text
//! field in focus (Ctrl+O, Ctrl+P, Ctrl+S, Ctrl+W); undo, redo and find stay with the editor,
//! so their menu items carry no accelerator that could steal the keys from it.

use serde::Serialize;
use specdesk_core::i18n::{Locale, Localizer};
use tauri::menu::{
    CheckMenuItemBuilder, Menu, MenuBuilder, MenuEvent as TauriMenuEvent, MenuItemBuilder, SubmenuBuilder,
};
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// The event carrying a [`MenuEvent`].
pub const MENU_EVENT: &str = "menu";

/// A menu item was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct MenuEvent {
    /// The item's id (see [`ITEMS`]).
    pub id: String,
}

/// Every item: (submenu, id, accelerator). Its label is the message `menu-<id>` of
/// `locales/*.ftl`, in the language in effect.
pub const ITEMS: &[(&str, &str, Option<&str>)] = &[
    ("file", "open-folder", Some("CmdOrCtrl+O")),
    ("file", "quick-open", Some("CmdOrCtrl+P")),
    ("file", "save", Some("CmdOrCtrl+S")),
    ("file", "close-tab", Some("CmdOrCtrl+W")),
    ("file", "new-feature", Some("CmdOrCtrl+N")),
    ("file", "export-report", None),
    ("file", "export-document", Some("CmdOrCtrl+Shift+E")),
    ("file", "quit", Some("CmdOrCtrl+Q")),
    ("edit", "undo", None),
    ("edit", "redo", None),
    ("edit", "find", None),
    ("edit", "find-in-specs", Some("CmdOrCtrl+Shift+F")),
    ("edit", "next-placeholder", None),
    ("edit", "previous-placeholder", None),
    ("view", "view-editor", None),
    ("view", "view-split", None),
    ("view", "view-preview", None),
    ("view", "toggle-problems", None),
    ("view", "zoom-in", Some("CmdOrCtrl+=")),
    ("view", "zoom-out", Some("CmdOrCtrl+-")),
    ("view", "zoom-reset", Some("CmdOrCtrl+0")),
    ("view", "reload", None),
    ("view", "view-review", Some("CmdOrCtrl+Shift+R")),
    ("view", "view-pipeline", None),
    ("help", "help-spec-kit", None),
    ("help", "reset-demo", None),
    ("help", "about", None),
];

/// The submenus, in order; each is labelled by `menu-<id>`.
const SUBMENUS: &[&str] = &["file", "edit", "view", "help"];

/// The id of View ▸ Language ▸ System Default; each language's item is `language-<tag>`.
pub const LANGUAGE_SYSTEM: &str = "language-system";

/// The id of the View ▸ Language item for `locale`.
pub fn language_item(locale: Locale) -> String {
    format!("language-{}", locale.tag())
}

/// The View ▸ Language items: (id, label, checked). Each language is named in itself; the one in
/// effect (or System Default, when the user follows the system) is checked.
pub fn language_items(localizer: &Localizer, setting: Option<Locale>) -> Vec<(String, String, bool)> {
    let mut items = vec![(
        LANGUAGE_SYSTEM.to_string(),
        localizer.text("menu-language-system"),
        setting.is_none(),
    )];
    for locale in Locale::ALL {
        items.push((
            language_item(locale),
            locale.native_name(),
            setting == Some(locale),
        ));
    }
    items
}

/// The setting a View ▸ Language item chooses: `Some(None)` follows the system, `None` for an id
/// that is not a language item.
pub fn chosen_language(id: &str) -> Option<Option<Locale>> {
    if id == LANGUAGE_SYSTEM {
        return Some(None);
    }
    id.strip_prefix("language-").and_then(Locale::from_tag).map(Some)
}

/// Build the menu bar in the language in effect.
pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    crate::locale_commands::init(app);
    let ui = crate::locale_commands::ui_locale_now();
    let localizer = Localizer::new(Locale::from_tag(&ui.locale).unwrap_or_default());
    let setting = ui.setting.as_deref().and_then(Locale::from_tag);
    let mut bar = MenuBuilder::new(app);
    for &name in SUBMENUS {
        let mut submenu = SubmenuBuilder::new(app, localizer.text(&format!("menu-{name}")));
        for &(_, id, accelerator) in ITEMS.iter().filter(|item| item.0 == name) {
            if id == "quit" {
                submenu = submenu.separator();
            }
            let mut item = MenuItemBuilder::with_id(id, localizer.text(&format!("menu-{id}")));
            if let Some(keys) = accelerator {
                item = item.accelerator(keys);
            }
            submenu = submenu.item(&item.build(app)?);
        }
        if name == "view" {
            let mut languages = SubmenuBuilder::new(app, localizer.text("menu-language"));
            for (id, label, checked) in language_items(&localizer, setting) {
                let item = CheckMenuItemBuilder::with_id(id, label)
                    .checked(checked)
                    .build(app)?;
                languages = languages.item(&item);
            }
            submenu = submenu.separator().item(&languages.build()?);
        }
        bar = bar.item(&submenu.build()?);
    }
    bar.build()
}

/// Forward a click to the UI (or close the window for "quit"; a View ▸ Language item sets the
/// language as `set_ui_locale` does).
pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: TauriMenuEvent) {
    let id = event.id().0.clone();
    if id == "quit" {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.close();
        }
        return;
    }
    if let Some(setting) = chosen_language(&id) {
        if let Err(e) = crate::locale_commands::apply(app, setting) {
            eprintln!("specdesk: the language was not changed: {e}");
        }
        return;
    }
    let _ = app.emit(MENU_EVENT, MenuEvent { id });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_and_accelerators_are_unique_and_in_known_submenus() {
        let ids: HashSet<_> = ITEMS.iter().map(|i| i.1).collect();
        assert_eq!(ids.len(), ITEMS.len());
        let keys: Vec<_> = ITEMS.iter().filter_map(|i| i.2).collect();
        let unique: HashSet<_> = keys.iter().collect();
        assert_eq!(unique.len(), keys.len());
        assert!(ITEMS.iter().all(|i| SUBMENUS.contains(&i.0)));
    }

    #[test]
    fn every_accelerator_also_works_inside_the_web_view() {
        // Keys synthesised into the page (or a window without its menu bar) reach the UI's
        // shortcut table instead: it must list every accelerator, except those another part
        // owns (Ctrl+S is the editor's; quitting closes the window).
        let table = include_str!("../../ui/src/lib/shortcuts.ts");
        for (_, id, accelerator) in ITEMS {
            let Some(keys) = accelerator else { continue };
            if ["save", "quit"].contains(id) {
                continue;
            }
            let entry = format!("\"{}\": \"{id}\"", keys.replace("CmdOrCtrl", "Ctrl"));
            assert!(table.contains(&entry), "ui/src/lib/shortcuts.ts lacks {entry}");
        }
    }

    #[test]
    fn editor_shortcuts_are_left_to_the_editor() {
        for (_, id, accelerator) in ITEMS {
            if ["undo", "redo", "find"].contains(id) {
                assert!(
                    accelerator.is_none(),
                    "{id} must not steal its keys from the editor"
                );
            }
        }
    }

    #[test]
    fn the_menu_has_every_label_in_every_language() {
        for locale in Locale::ALL {
            let localizer = Localizer::new(locale);
            let ids = SUBMENUS
                .iter()
                .chain(ITEMS.iter().map(|i| &i.1))
                .map(|id| format!("menu-{id}"))
                .chain(["menu-language".to_string(), "menu-language-system".to_string()]);
            let mut labels = HashSet::new();
            for id in ids {
                assert!(localizer.has(&id), "locales/{}.ftl has no {id}", locale.tag());
                let label = localizer.text(&id);
                assert!(!label.is_empty() && label != id, "{locale}: {id}");
                assert!(labels.insert(label.clone()), "{locale}: two items read {label}");
            }
        }
        assert_eq!(Localizer::new(Locale::Ko).text("menu-save"), "저장");
        assert_eq!(Localizer::new(Locale::Ja).text("menu-file"), "ファイル");
        assert_eq!(
            Localizer::new(Locale::ZhHans).text("menu-open-folder"),
            "打开文件夹…"
        );
    }

    #[test]
    fn language_items_name_each_language_in_itself_and_check_the_setting() {
        let items = language_items(&Localizer::new(Locale::Ja), Some(Locale::Ko));
        let labels: Vec<&str> = items.iter().map(|i| i.1.as_str()).collect();
        assert_eq!(
            labels,
            ["システムの既定", "English", "한국어", "日本語", "简体中文"]
        );
        let checked: Vec<&str> = items.iter().filter(|i| i.2).map(|i| i.0.as_str()).collect();
        assert_eq!(checked, ["language-ko"]);
        let follow = language_items(&Localizer::new(Locale::En), None);
        assert!(follow[0].2 && follow.iter().filter(|i| i.2).count() == 1);
        for (id, _, _) in &items {
            assert!(chosen_language(id).is_some(), "{id}");
            assert!(ITEMS.iter().all(|i| i.1 != id), "{id} is also a plain item");
        }
        assert_eq!(chosen_language("language-zh-Hans"), Some(Some(Locale::ZhHans)));
        assert_eq!(chosen_language(LANGUAGE_SYSTEM), Some(None));
        assert_eq!(chosen_language("save"), None);
        assert_eq!(chosen_language("language-fr"), None);
    }
}
