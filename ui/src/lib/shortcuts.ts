// The app's keyboard shortcuts inside the web view. The native menu's accelerators normally take
// these keys first (GTK handles accelerators before the web view sees the key), so this only
// acts where they did not: a window without its menu bar, or keys synthesised into the page
// (as the end-to-end tests do). Each shortcut names the menu item it stands for, so the action
// is the same one the menu runs. Keys that CodeMirror owns (Ctrl+S/F/Z) are not here.

/** Shortcut ("Ctrl+Shift+F" style, Ctrl meaning Ctrl or Cmd) → menu item id. */
export const SHORTCUTS: Readonly<Record<string, string>> = {
  "Ctrl+O": "open-folder",
  "Ctrl+P": "quick-open",
  "Ctrl+W": "close-tab",
  "Ctrl+N": "new-feature",
  "Ctrl+Shift+R": "view-review",
  "Ctrl+Shift+F": "find-in-specs",
  "Ctrl+=": "zoom-in",
  "Ctrl+-": "zoom-out",
  "Ctrl+0": "zoom-reset",
  "Ctrl+Shift+E": "export-document",
};

/** The key combination of `event` in the notation of [`SHORTCUTS`]. */
export function comboOf(event: Pick<KeyboardEvent, "ctrlKey" | "metaKey" | "shiftKey" | "altKey" | "key">): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push("Ctrl");
  if (event.altKey) parts.push("Alt");
  if (event.shiftKey) parts.push("Shift");
  parts.push(event.key.length === 1 ? event.key.toUpperCase() : event.key);
  return parts.join("+");
}

/** The menu item that `event` stands for, if any. */
export function menuItemFor(event: Pick<KeyboardEvent, "ctrlKey" | "metaKey" | "shiftKey" | "altKey" | "key">): string | null {
  return SHORTCUTS[comboOf(event)] ?? null;
}
