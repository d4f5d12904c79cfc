// Task checkboxes: find which preview checkbox was clicked, and apply the core's one-byte edit
// to the editor as a transaction (so it is undoable and saved like any other edit).
import type { EditorState, TransactionSpec } from "@codemirror/state";
import type { TextEdit } from "../ipc";
import { rangeOf } from "./positions";

/** The task index of a click target that is a preview task checkbox (`input.task[data-task]`). */
export function taskIndexOf(target: EventTarget | null): number | null {
  if (!(target instanceof HTMLInputElement) || !target.matches("input.task[data-task]")) return null;
  const index = Number(target.dataset.task);
  return Number.isInteger(index) && index >= 0 ? index : null;
}

/** The transaction applying the core's `edit` (spans of the current document). */
export function textEditTransaction(state: EditorState, edit: TextEdit): TransactionSpec {
  return { changes: { ...rangeOf(state.doc, edit.span), insert: edit.insert }, userEvent: "input.task" };
}
