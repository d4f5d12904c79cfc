// Closing the window (title-bar button, File → Quit, the window manager) while buffers hold
// unsaved changes: the close is held back and the user chooses Save, Discard or Cancel. Save goes
// through the documents store's normal compare-and-swap save; the window closes only if every
// buffer was saved. Tauri holds the close while a `close-requested` listener is registered and
// closes (destroys) the window when the listener does not prevent it.

/** What the user chose in the close dialog. */
export type CloseChoice = "save" | "discard" | "cancel";

/** The window operations the guard needs (the real one is Tauri's current window). */
export interface GuardedWindow {
  onCloseRequested(handler: (event: { preventDefault(): void }) => void): Promise<() => void>;
  destroy(): Promise<void>;
}

/** What the guard needs from the app. */
export interface CloseHooks {
  /** Whether any buffer holds changes that are not on disk. */
  hasUnsaved(): boolean;
  /** Ask the user (the dialog). */
  ask(): Promise<CloseChoice>;
  /** Save every unsaved buffer; true when all of them were saved. */
  saveAll(): Promise<boolean>;
  /** Forget the unsaved changes (e.g. drop their crash-journal entries). */
  discardAll(): Promise<void>;
}

/** Carry out a choice; resolves to whether the window was closed. */
export async function resolveClose(choice: CloseChoice, window: GuardedWindow, hooks: CloseHooks): Promise<boolean> {
  if (choice === "cancel") return false;
  if (choice === "save" && !(await hooks.saveAll())) return false;
  if (choice === "discard") await hooks.discardAll();
  await window.destroy();
  return true;
}

/** Hold back every close request while something is unsaved; returns the unlisten function. */
export function guardClose(window: GuardedWindow, hooks: CloseHooks): Promise<() => void> {
  let asking = false;
  return window.onCloseRequested((event) => {
    if (!hooks.hasUnsaved()) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void hooks
      .ask()
      .then((choice) => resolveClose(choice, window, hooks))
      .catch((e: unknown) => console.warn("closing the window failed", e))
      .finally(() => (asking = false));
  });
}
