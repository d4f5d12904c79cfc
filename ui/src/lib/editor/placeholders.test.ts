import { describe, expect, it } from "vitest";
import { EditorState } from "@codemirror/state";
import { EditorView, runScopeHandlers } from "@codemirror/view";
import type { Span } from "../ipc";
import { goToPlaceholder, placeholderCount, placeholderRanges, placeholders, showPlaceholders } from "./placeholders";

// jsdom has no layout: scrolling a selection into view needs these to exist.
Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

const TEXT = "# Plan: [FEATURE]\n\n**Date**: [DATE]\n\nDone, 😀 [e.g., Rust]\n";

/** A span as the core computes it: 1-based line, 1-based UTF-16 columns (single line here). */
function span(text: string, needle: string): Span {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split("\n");
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  return {
    start: 0,
    end: 0,
    line,
    column,
    columnUtf16: column,
    endLine: line,
    endColumn: column + needle.length,
    endColumnUtf16: column + needle.length,
  };
}

const SPANS = ["[FEATURE]", "[DATE]", "[e.g., Rust]"].map((n) => span(TEXT, n));

function editor(text = TEXT): EditorView {
  return new EditorView({ state: EditorState.create({ doc: text, extensions: placeholders() }), parent: document.body });
}

const selected = (view: EditorView): string =>
  view.state.sliceDoc(view.state.selection.main.from, view.state.selection.main.to);

describe("placeholders", () => {
  it("shows the core's placeholders only for the text they were computed for", () => {
    const view = editor();
    expect(showPlaceholders(view, SPANS, "other text")).toBe(false);
    expect(placeholderCount(view.state)).toBe(0);
    expect(showPlaceholders(view, SPANS, TEXT)).toBe(true);
    expect(placeholderCount(view.state)).toBe(3);
    expect(view.dom.querySelectorAll(".cm-placeholder-mark").length).toBe(3);
    view.destroy();
  });

  it("walks forward and backward, wrapping around", () => {
    const view = editor();
    showPlaceholders(view, SPANS, TEXT);
    expect(goToPlaceholder(view, 1)).toBe(true);
    expect(selected(view)).toBe("[FEATURE]");
    goToPlaceholder(view, 1);
    expect(selected(view)).toBe("[DATE]");
    goToPlaceholder(view, 1);
    expect(selected(view)).toBe("[e.g., Rust]");
    goToPlaceholder(view, 1);
    expect(selected(view)).toBe("[FEATURE]");
    goToPlaceholder(view, -1);
    expect(selected(view)).toBe("[e.g., Rust]");
    goToPlaceholder(view, -1);
    expect(selected(view)).toBe("[DATE]");
    view.destroy();
  });

  it("F8 and Shift+F8 are bound; nothing to do without placeholders", () => {
    const view = editor();
    expect(runScopeHandlers(view, new KeyboardEvent("keydown", { key: "F8" }), "editor")).toBe(false);
    showPlaceholders(view, SPANS, TEXT);
    view.dispatch({ selection: { anchor: TEXT.indexOf("**Date**") } });
    expect(runScopeHandlers(view, new KeyboardEvent("keydown", { key: "F8" }), "editor")).toBe(true);
    expect(selected(view)).toBe("[DATE]");
    expect(runScopeHandlers(view, new KeyboardEvent("keydown", { key: "F8", shiftKey: true }), "editor")).toBe(true);
    expect(selected(view)).toBe("[FEATURE]");
    view.destroy();
  });

  it("maps through edits and drops a placeholder typed over", () => {
    const view = editor();
    showPlaceholders(view, SPANS, TEXT);
    view.dispatch({ changes: { from: 0, insert: "Intro\n" } });
    const ranges = placeholderRanges(view.state);
    expect(ranges.map((r) => view.state.sliceDoc(r.from, r.to))).toEqual(["[FEATURE]", "[DATE]", "[e.g., Rust]"]);
    goToPlaceholder(view, 1);
    view.dispatch(view.state.replaceSelection("Photo albums"));
    expect(placeholderCount(view.state)).toBe(2);
    goToPlaceholder(view, 1);
    expect(selected(view)).toBe("[DATE]");
    view.destroy();
  });
});
