// The editor's base: Markdown language, line numbers, undo history, search, soft wrap and the
// standard keymaps. Everything document-specific (diagnostics, saving) is added by other files.
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import { EditorState, type Extension } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { bracketMatching } from "@codemirror/language";
import { highlightSelectionMatches, search, searchKeymap } from "@codemirror/search";
import { markdownHighlighting } from "./highlight";

/** The extensions every Markdown document gets. */
export function markdownSetup(): Extension {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
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
    EditorView.contentAttributes.of({ "aria-label": "Markdown source", spellcheck: "true", tabindex: "0" }),
    keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
  ];
}
