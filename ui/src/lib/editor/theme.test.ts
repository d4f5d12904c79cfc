import { describe, expect, it } from "vitest";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { editorTheme } from "./theme";

describe("editorTheme", () => {
  it("adds a theme class to the editor", () => {
    const plain = new EditorView({ state: EditorState.create({ doc: "" }), parent: document.body });
    const themed = new EditorView({ state: EditorState.create({ doc: "", extensions: editorTheme() }), parent: document.body });
    const extra = [...themed.dom.classList].filter((c) => !plain.dom.classList.contains(c));
    expect(extra.length).toBeGreaterThan(0);
    plain.destroy();
    themed.destroy();
  });
});
