// The editor's look, from the app's CSS variables (so light and dark follow the OS).
import { EditorView } from "@codemirror/view";
import type { Extension } from "@codemirror/state";

export function editorTheme(): Extension {
  return EditorView.theme({
    "&": { height: "100%", backgroundColor: "var(--panel)", color: "var(--text)", fontSize: "13.5px" },
    ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.6" },
    ".cm-content": { padding: "12px 0", caretColor: "var(--text)" },
    ".cm-line": { padding: "0 16px 0 10px" },
    ".cm-gutters": { backgroundColor: "var(--panel)", color: "var(--muted)", borderRight: "1px solid var(--border)" },
    ".cm-activeLine": { backgroundColor: "color-mix(in srgb, var(--accent-soft) 45%, transparent)" },
    ".cm-activeLineGutter": { backgroundColor: "var(--accent-soft)", color: "var(--text)" },
    // Where the keyboard focus is (WCAG 2.4.7): the app's focus colour, inside the frame so the
    // panes around it don't clip it.
    "&.cm-focused": { outline: "2px solid var(--focus)", outlineOffset: "-2px" },
    "&.cm-focused .cm-cursor": { borderLeftColor: "var(--text)" },
    "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection": {
      backgroundColor: "var(--selected) !important",
    },
    ".cm-panels": { backgroundColor: "var(--sidebar)", color: "var(--text)" },
    ".cm-tooltip": { backgroundColor: "var(--panel)", border: "1px solid var(--border)" },
  });
}
