// Ctrl+S / Cmd+S inside the editor: save instead of the webview's default.
import { Prec, type Extension } from "@codemirror/state";
import { keymap, type KeyBinding } from "@codemirror/view";

/** The binding: `Mod-s` runs `onSave` and swallows the key. */
export function saveBinding(onSave: () => void): KeyBinding {
  return {
    key: "Mod-s",
    preventDefault: true,
    run: () => {
      onSave();
      return true;
    },
  };
}

/** The keymap extension, ahead of every other binding. */
export function saveKeymap(onSave: () => void): Extension {
  return Prec.highest(keymap.of([saveBinding(onSave)]));
}
