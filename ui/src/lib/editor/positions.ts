// Core spans → CodeMirror positions. A Span carries byte offsets into the UTF-8 text (useless
// in a UTF-16 editor) plus 1-based lines and UTF-16 columns, which map exactly onto CodeMirror's
// `doc.line(n).from + column - 1`. Positions past a line's end (or past the last line) are clamped.
import type { Text } from "@codemirror/state";
import type { Span } from "../ipc";

/** The CodeMirror offset of 1-based `line` and 1-based UTF-16 `column` in `doc`. */
export function positionOf(doc: Text, line: number, columnUtf16: number): number {
  if (line < 1) return 0;
  if (line > doc.lines) return doc.length;
  const l = doc.line(line);
  return Math.min(l.from + Math.max(columnUtf16, 1) - 1, l.to);
}

/** The CodeMirror range `{from, to}` of `span` in `doc`. */
export function rangeOf(doc: Text, span: Span): { from: number; to: number } {
  const from = positionOf(doc, span.line, span.columnUtf16);
  const to = positionOf(doc, span.endLine, span.endColumnUtf16);
  return { from, to: Math.max(from, to) };
}
