import { describe, expect, it } from "vitest";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { history, undo } from "@codemirror/commands";
import { taskIndexOf, textEditTransaction } from "./tasks";

describe("tasks", () => {
  it("recognises only task checkboxes with an index", () => {
    const host = document.createElement("div");
    host.innerHTML =
      '<input type="checkbox" class="task" data-task="2"><input type="checkbox" data-task="1"><input class="task" data-task="x"><p>t</p>';
    const [task, untagged, bad, p] = Array.from(host.children);
    expect(taskIndexOf(task)).toBe(2);
    expect(taskIndexOf(untagged)).toBeNull();
    expect(taskIndexOf(bad)).toBeNull();
    expect(taskIndexOf(p)).toBeNull();
    expect(taskIndexOf(null)).toBeNull();
  });

  it("applies the one-byte edit after non-ASCII text and undoes it", () => {
    const doc = "- [x] café 🎉\n- [ ] 写真\n";
    const view = new EditorView({ state: EditorState.create({ doc, extensions: history() }), parent: document.body });
    const span = { start: 27, end: 28, line: 2, column: 4, columnUtf16: 4, endLine: 2, endColumn: 5, endColumnUtf16: 5 };
    view.dispatch(textEditTransaction(view.state, { span, insert: "x" }));
    expect(view.state.doc.toString()).toBe("- [x] café 🎉\n- [x] 写真\n");
    undo(view);
    expect(view.state.doc.toString()).toBe(doc);
    view.destroy();
  });
});
