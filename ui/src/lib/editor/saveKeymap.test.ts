import { describe, expect, it } from "vitest";
import { EditorState } from "@codemirror/state";
import { EditorView, runScopeHandlers } from "@codemirror/view";
import { saveKeymap } from "./saveKeymap";

describe("saveKeymap", () => {
  it("runs the save callback on Ctrl+S and not on other keys", () => {
    let saves = 0;
    const view = new EditorView({
      state: EditorState.create({ doc: "x", extensions: saveKeymap(() => saves++) }),
      parent: document.body,
    });
    const ctrlS = new KeyboardEvent("keydown", { key: "s", ctrlKey: true });
    expect(runScopeHandlers(view, ctrlS, "editor")).toBe(true);
    expect(saves).toBe(1);
    const plainS = new KeyboardEvent("keydown", { key: "s" });
    expect(runScopeHandlers(view, plainS, "editor")).toBe(false);
    expect(saves).toBe(1);
    view.destroy();
  });
});
