// The editor's base: Markdown language, line numbers, undo history, search, soft wrap and the
// standard keymaps. Everything document-specific (diagnostics, saving) is added by other files.
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { EditorState, type Extension } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap, indentWithTab, temporarilySetTabFocusMode } from "@codemirror/commands";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { bracketMatching } from "@codemirror/language";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { markdownHighlighting } from "./highlight";
import { localizedEditor } from "./phrases";

/** The user asked the system for less motion (no blinking cursor then). */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** The extensions every Markdown document gets. */
export function markdownSetup(): Extension {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection({ cursorBlinkRate: prefersReducedMotion() ? 0 : 1200 }),
    highlightActiveLine(),
    bracketMatching(),
    EditorView.lineWrapping,
    EditorState.allowMultipleSelections.of(false),
    markdown({ base: markdownLanguage }),
    markdownHighlighting(),
    search({ top: true }),
    highlightSelectionMatches(),
    // tabindex: the editable content is the scroll region's keyboard way in (axe-core's
    // scrollable-region-focusable does not count contenteditable alone).
    EditorView.contentAttributes.of({ spellcheck: "true", tabindex: "0" }),
    // The accessible name and description, and CodeMirror's own words, in the interface's language.
    localizedEditor(),
    // Tab indents, so Tab alone cannot leave the editor (WCAG 2.1.2, no keyboard trap): Escape
    // (when it has nothing else to do) lets the next Tab or Shift+Tab move the focus, as
    // CodeMirror recommends; Ctrl+M (in the default keymap) switches that on for good.
    keymap.of([
      ...defaultKeymap,
      ...historyKeymap,
      ...searchKeymap,
      { key: "Escape", run: temporarilySetTabFocusMode },
      indentWithTab,
    ]),
  ];
}
