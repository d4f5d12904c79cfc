import { describe, expect, it } from "vitest";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { forEachDiagnostic } from "@codemirror/lint";
import { history, undo } from "@codemirror/commands";
import { applyFix, diagnosticsGutter, showDiagnostics } from "./diagnostics";
import type { Diagnostic, Span } from "../ipc";

/** A span on one line, columns in UTF-16 (bytes are deliberately wrong: they must not be used). */
function lineSpan(line: number, from: number, to: number): Span {
  return { start: 999, end: 999, line, column: from, columnUtf16: from, endLine: line, endColumn: to, endColumnUtf16: to };
}

function view(doc: string): EditorView {
  return new EditorView({
    state: EditorState.create({ doc, extensions: [history(), diagnosticsGutter()] }),
    parent: document.body,
  });
}

const text = "# Plan: café 🎉\n\n## Summary\nTODO 写真\n";

describe("diagnostics", () => {
  it("marks the right characters after non-ASCII text", () => {
    const v = view(text);
    // "写真" on line 4: columns 6..8 in UTF-16.
    const diagnostic: Diagnostic = {
      code: "SD003",
      rule: "unfilled-placeholder",
      severity: "warning",
      message: "placeholder",
      span: lineSpan(4, 6, 8),
      fix: null,
    };
    expect(showDiagnostics(v, [diagnostic], text)).toBe(true);
    const seen: string[] = [];
    forEachDiagnostic(v.state, (d, from, to) => seen.push(`${d.source}:${v.state.sliceDoc(from, to)}`));
    expect(seen).toEqual(["SD003:写真"]);
    v.destroy();
  });

  it("ignores diagnostics of an older text", () => {
    const v = view(text);
    const diagnostic: Diagnostic = { code: "SD001", rule: "r", severity: "error", message: "m", span: lineSpan(1, 1, 2), fix: null };
    expect(showDiagnostics(v, [diagnostic], "something else")).toBe(false);
    let count = 0;
    forEachDiagnostic(v.state, () => count++);
    expect(count).toBe(0);
    v.destroy();
  });

  it("applies a quick fix as one undoable transaction", () => {
    const v = view(text);
    const fix = { title: "Insert section", edits: [{ span: lineSpan(3, 1, 1), insert: "## Technical Context\n\n" }] };
    expect(applyFix(v, fix, text)).toBe(true);
    expect(v.state.doc.toString()).toBe("# Plan: café 🎉\n\n## Technical Context\n\n## Summary\nTODO 写真\n");
    undo(v);
    expect(v.state.doc.toString()).toBe(text);
    expect(applyFix(v, fix, "stale text")).toBe(false);
    expect(v.state.doc.toString()).toBe(text);
    v.destroy();
  });
});
