// Template placeholders in the editor: the positions come from Rust (Plan::parse, through the
// `document_placeholders` command) and are kept here as a range set mapped through every edit,
// marked in the text, and walked with F8 / Shift+F8 (Next/Previous Placeholder). Nothing in
// this file decides what a placeholder is.
import { RangeSet, RangeValue, StateEffect, StateField, type EditorState, type Extension } from "@codemirror/state";
import { Decoration, EditorView, keymap, type DecorationSet } from "@codemirror/view";
import type { Span } from "../ipc";
import { rangeOf } from "./positions";

/** A placeholder range; text typed at its edges stays outside it (like a non-inclusive mark). */
class PlaceholderMark extends RangeValue {
  override startSide = 1;
  override endSide = -1;
}
const mark = new PlaceholderMark();

/** Replace the placeholders with these ranges (offsets of the current document). */
const setPlaceholders = StateEffect.define<{ from: number; to: number }[]>();

/** The placeholders' ranges, mapped through edits; a range typed over entirely disappears. */
export const placeholderField = StateField.define<RangeSet<PlaceholderMark>>({
  create: () => RangeSet.empty,
  update(set, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setPlaceholders)) {
        return RangeSet.of(effect.value.filter((r) => r.to > r.from).map((r) => mark.range(r.from, r.to)), true);
      }
    }
    if (!tr.docChanged) return set;
    // A placeholder replaced or deleted as a whole is gone (filled), not stretched over the new text.
    const replaced: [number, number][] = [];
    tr.changes.iterChangedRanges((fromA, toA) => void replaced.push([fromA, toA]));
    const kept = set.update({ filter: (from, to) => !replaced.some(([a, b]) => a <= from && b >= to) });
    return kept.map(tr.changes).update({ filter: (from, to) => to > from });
  },
});

const placeholderDecoration = Decoration.mark({ class: "cm-placeholder-mark" });

const decorations = EditorView.decorations.compute([placeholderField], (state): DecorationSet => {
  const ranges: { from: number; to: number }[] = [];
  state.field(placeholderField).between(0, state.doc.length, (from, to) => void ranges.push({ from, to }));
  return Decoration.set(ranges.map((r) => placeholderDecoration.range(r.from, r.to)));
});

const markTheme = EditorView.baseTheme({
  ".cm-placeholder-mark": {
    backgroundColor: "rgba(214, 160, 0, 0.18)",
    borderBottom: "1px dashed rgba(160, 110, 0, 0.8)",
  },
});

/** Every placeholder range, in document order. */
export function placeholderRanges(state: EditorState): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  state.field(placeholderField, false)?.between(0, state.doc.length, (from, to) => void out.push({ from, to }));
  return out;
}

/** How many placeholders are left. */
export function placeholderCount(state: EditorState): number {
  return placeholderRanges(state).length;
}

/**
 * Show `spans` (the core's placeholders of `computedFor`) in `view`. Returns false and changes
 * nothing when the editor has moved on from that text: a newer answer is on its way.
 */
export function showPlaceholders(view: EditorView, spans: Span[], computedFor: string): boolean {
  if (view.state.doc.toString() !== computedFor) return false;
  view.dispatch({ effects: setPlaceholders.of(spans.map((s) => rangeOf(view.state.doc, s))) });
  return true;
}

/** The placeholder after (`dir` 1) or before (`dir` -1) the selection, wrapping around. */
export function adjacentPlaceholder(state: EditorState, dir: 1 | -1): { from: number; to: number } | null {
  const ranges = placeholderRanges(state);
  if (ranges.length === 0) return null;
  const { from, to } = state.selection.main;
  if (dir === 1) return ranges.find((r) => r.from >= to && !(r.from === from && r.to === to)) ?? ranges[0];
  const before = ranges.filter((r) => r.to <= from && !(r.from === from && r.to === to));
  return before[before.length - 1] ?? ranges[ranges.length - 1];
}

/** Select the next (`dir` 1) or previous (`dir` -1) placeholder. False when there is none. */
export function goToPlaceholder(view: EditorView, dir: 1 | -1): boolean {
  const target = adjacentPlaceholder(view.state, dir);
  if (!target) return false;
  view.dispatch({
    selection: { anchor: target.from, head: target.to },
    effects: EditorView.scrollIntoView(target.from, { y: "center" }),
    userEvent: "select.placeholder",
  });
  return true;
}

/** The extension: the field, its marks and the F8 / Shift+F8 keys. */
export function placeholders(): Extension {
  return [
    placeholderField,
    decorations,
    markTheme,
    keymap.of([
      { key: "F8", run: (view) => goToPlaceholder(view, 1) },
      { key: "Shift-F8", run: (view) => goToPlaceholder(view, -1) },
    ]),
  ];
}
