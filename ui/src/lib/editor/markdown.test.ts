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

  it("lets Escape then Tab leave the editor instead of indenting (no keyboard trap)", () => {
    const view = new EditorView({
      state: EditorState.create({ doc: "- item", extensions: markdownSetup() }),
      parent: document.body,
    });
    const codes: Record<string, number> = { Tab: 9, Escape: 27 };
    // A real keydown on the content, as the browser sends it: `true` when the editor took the key.
    const key = (key: string) => {
      const event = new KeyboardEvent("keydown", { key, keyCode: codes[key], bubbles: true, cancelable: true });
      view.contentDOM.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(key("Tab")).toBe(true); // Tab indents…
    expect(view.state.doc.toString()).not.toBe("- item");
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: "- item" } });
    expect(key("Escape")).toBe(true);
    expect(key("Tab")).toBe(false); // …but after Escape it is left to the browser, which moves focus.
    expect(view.state.doc.toString()).toBe("- item");
    view.destroy();
  });
});
