//! The native menu bar (File, Edit, View, Help). A click on an item is sent to the UI as the
//! event [`MENU_EVENT`] with a [`MenuEvent`] `{id}`; the UI decides what it means (saving needs
//! the editor's buffers). Only "quit" is handled here: it asks the window to close, which lets
//! the UI's close guard ask about unsaved changes.
//!
//! Accelerators are given to items whose shortcut belongs to the app rather than to the text
//! field in focus (Ctrl+O, Ctrl+P, Ctrl+S, Ctrl+W); undo, redo and find stay with the editor,
//! so their menu items carry no accelerator that could steal the keys from it.

use serde::Serialize;
use tauri::menu::{Menu, MenuBuilder, MenuEvent as TauriMenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Manager, Runtime};

/// The event carrying a [`MenuEvent`].
pub const MENU_EVENT: &str = "menu";

/// A menu item was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct MenuEvent {
    /// The item's id (see [`ITEMS`]).
    pub id: String,
}

/// Every item: (submenu, id, label, accelerator).
pub const ITEMS: &[(&str, &str, &str, Option<&str>)] = &[
    ("File", "open-folder", "Open Folder…", Some("CmdOrCtrl+O")),
    ("File", "quick-open", "Quick Open…", Some("CmdOrCtrl+P")),
    ("File", "save", "Save", Some("CmdOrCtrl+S")),
    ("File", "close-tab", "Close Tab", Some("CmdOrCtrl+W")),
    ("File", "new-feature", "New Feature…", Some("CmdOrCtrl+N")),
    ("File", "export-report", "Export Report…", None),
    (
        "File",
        "export-document",
        "Export Document as HTML…",
        Some("CmdOrCtrl+Shift+E"),
    ),
    ("File", "quit", "Quit", Some("CmdOrCtrl+Q")),
    ("Edit", "undo", "Undo (Ctrl+Z)", None),
    ("Edit", "redo", "Redo (Ctrl+Shift+Z)", None),
    ("Edit", "find", "Find (Ctrl+F)", None),
    (
        "Edit",
        "find-in-specs",
        "Find in Specs…",
        Some("CmdOrCtrl+Shift+F"),
    ),
    ("Edit", "next-placeholder", "Next Placeholder (F8)", None),
    (
        "Edit",
        "previous-placeholder",
        "Previous Placeholder (Shift+F8)",
        None,
    ),
    ("View", "view-editor", "Editor Only", None),
    ("View", "view-split", "Editor and Preview", None),
    ("View", "view-preview", "Preview Only", None),
    ("View", "toggle-problems", "Problems", None),
    ("View", "zoom-in", "Zoom In", Some("CmdOrCtrl+=")),
    ("View", "zoom-out", "Zoom Out", Some("CmdOrCtrl+-")),
    ("View", "zoom-reset", "Actual Size", Some("CmdOrCtrl+0")),
    ("View", "reload", "Reload Repository", None),
    (
        "View",
        "view-review",
        "Review Dashboard",
        Some("CmdOrCtrl+Shift+R"),
    ),
    ("View", "view-pipeline", "Pipeline", None),
    ("Help", "help-spec-kit", "About spec-kit…", None),
    ("Help", "reset-demo", "Reset Demo Repository…", None),
    ("Help", "about", "About SpecDesk", None),
];

const SUBMENUS: &[&str] = &["File", "Edit", "View", "Help"];

/// Build the menu bar.
pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let mut bar = MenuBuilder::new(app);
    for &name in SUBMENUS {
        let mut submenu = SubmenuBuilder::new(app, name);
        for &(_, id, label, accelerator) in ITEMS.iter().filter(|item| item.0 == name) {
            if id == "quit" {
                submenu = submenu.separator();
            }
            let mut item = MenuItemBuilder::with_id(id, label);
            if let Some(keys) = accelerator {
                item = item.accelerator(keys);
            }
            submenu = submenu.item(&item.build(app)?);
        }
        bar = bar.item(&submenu.build()?);
    }
    bar.build()
}

/// Forward a click to the UI (or close the window for "quit").
pub fn on_event<R: Runtime>(app: &AppHandle<R>, event: TauriMenuEvent) {
    let id = event.id().0.clone();
    if id == "quit" {
        if let Some(window) = app.get_webview_window("main") {
            let _ = window.close();
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
        let keys: Vec<_> = ITEMS.iter().filter_map(|i| i.3).collect();
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
        for (_, id, _, accelerator) in ITEMS {
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
        for (_, id, _, accelerator) in ITEMS {
            if ["undo", "redo", "find"].contains(id) {
                assert!(
                    accelerator.is_none(),
                    "{id} must not steal its keys from the editor"
                );
            }
        }
    }
}
