import { describe, expect, it } from "vitest";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { language } from "@codemirror/language";
import { undo } from "@codemirror/commands";
import { markdownSetup } from "./markdown";

describe("markdownSetup", () => {
  it("uses the Markdown language and soft wrap", () => {
    const state = EditorState.create({ doc: "# Plan\n", extensions: markdownSetup() });
    expect(state.facet(language)?.name).toBe("markdown");
    const view = new EditorView({ state, parent: document.body });
    expect(view.contentDOM.classList.contains("cm-lineWrapping")).toBe(true);
    expect(view.contentDOM.getAttribute("aria-label")).toBe("Markdown source");
    view.destroy();
  });

  it("keeps an undo history", () => {
    const view = new EditorView({
      state: EditorState.create({ doc: "a", extensions: markdownSetup() }),
      parent: document.body,
    });
    view.dispatch({ changes: { from: 1, insert: "b" }, userEvent: "input.type" });
    expect(view.state.doc.toString()).toBe("ab");
    expect(undo(view)).toBe(true);
    expect(view.state.doc.toString()).toBe("a");
    view.destroy();
  });
});
