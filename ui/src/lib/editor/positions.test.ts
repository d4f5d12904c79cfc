import { describe, expect, it } from "vitest";
import { Text } from "@codemirror/state";
import { positionOf, rangeOf } from "./positions";
import type { Span } from "../ipc";

/** A span computed the way the Rust side does: byte offsets, scalar and UTF-16 columns. */
function spanOf(text: string, from: number, to: number): Span {
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const lineStart = before.lastIndexOf("\n") + 1;
    const inLine = text.slice(lineStart, offset);
    return {
      byte: new TextEncoder().encode(before).length,
      line,
      column: [...inLine].length + 1,
      columnUtf16: inLine.length + 1,
    };
  };
  const a = pos(from);
  const b = pos(to);
  return {
    start: a.byte,
    end: b.byte,
    line: a.line,
    column: a.column,
    columnUtf16: a.columnUtf16,
    endLine: b.line,
    endColumn: b.column,
    endColumnUtf16: b.columnUtf16,
  };
}

describe("positions", () => {
  it("maps spans after non-ASCII text (é, emoji, CJK) to the right characters", () => {
    const text = "# Plan: café 🎉\n\n- **Goal**: 写真 [NEEDS CLARIFICATION]\n";
    const doc = Text.of(text.split("\n"));
    const target = "[NEEDS CLARIFICATION]";
    const from = text.indexOf(target);
    const span = spanOf(text, from, from + target.length);
    // The byte offset is not the UTF-16 offset here: the test would catch using it.
    expect(span.start).not.toBe(from);
    const range = rangeOf(doc, span);
    expect(doc.sliceString(range.from, range.to)).toBe(target);
  });

  it("maps a span on the same line after an emoji (surrogate pair)", () => {
    const text = "🎉🎉 x";
    const doc = Text.of([text]);
    const span = spanOf(text, text.indexOf("x"), text.length);
    expect(span.column).toBe(4);
    expect(span.columnUtf16).toBe(6);
    const range = rangeOf(doc, span);
    expect(doc.sliceString(range.from, range.to)).toBe("x");
  });

  it("clamps past the end of a line and of the document", () => {
    const doc = Text.of(["ab", "c"]);
    expect(positionOf(doc, 1, 99)).toBe(2);
    expect(positionOf(doc, 9, 1)).toBe(doc.length);
    expect(positionOf(doc, 0, 1)).toBe(0);
  });
});
