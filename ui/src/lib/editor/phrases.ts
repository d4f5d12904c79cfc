// CodeMirror in the interface's language: its own words (the search panel's "Find", "next",
// "match case"…, the lint and fold texts, the compare view's "5 unchanged lines") through
// `EditorState.phrases`, and the editor's accessible name and description. They sit in one
// compartment, reconfigured in every open document when the language changes (`relocalized`).
import { Compartment, EditorState, type Extension, type TransactionSpec } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { t } from "../i18n";

/** CodeMirror's English phrases (as its packages ask for them) → the messages `cm-…`.
 * CodeMirror puts numbers in where a phrase has `$`, so those messages get "$" for theirs. */
export function cmPhrases(): Record<string, string> {
  return {
    // @codemirror/search: the panel, its announcements, Go to line (Ctrl+Alt+G).
    Find: t("cm-find"),
    Replace: t("cm-replace"),
    next: t("cm-next"),
    previous: t("cm-previous"),
    all: t("cm-all"),
    "match case": t("cm-match-case"),
    regexp: t("cm-regexp"),
    "by word": t("cm-by-word"),
    replace: t("cm-replace-one"),
    "replace all": t("cm-replace-all"),
    close: t("cm-close"),
    "current match": t("cm-current-match"),
    "on line": t("cm-on-line"),
    "replaced $ matches": t("cm-replaced-matches", { count: "$" }),
    "replaced match on line $": t("cm-replaced-match-on-line", { line: "$" }),
    "Go to line": t("cm-go-to-line"),
    go: t("cm-go"),
    // @codemirror/lint
    Diagnostics: t("cm-diagnostics"),
    "No diagnostics": t("cm-no-diagnostics"),
    // @codemirror/language: folding
    "Folded lines": t("cm-folded-lines"),
    "Unfolded lines": t("cm-unfolded-lines"),
    to: t("cm-to"),
    "folded code": t("cm-folded-code"),
    unfold: t("cm-unfold"),
    "Fold line": t("cm-fold-line"),
    "Unfold line": t("cm-unfold-line"),
    // @codemirror/view and @codemirror/commands
    "Control character": t("cm-control-character"),
    "Selection deleted": t("cm-selection-deleted"),
    // @codemirror/autocomplete
    Completions: t("cm-completions"),
    // @codemirror/merge: the compare views
    "$ unchanged lines": t("cm-unchanged-lines", { count: "$" }),
    Accept: t("cm-accept"),
    Reject: t("cm-reject"),
    "Revert this chunk": t("cm-revert-chunk"),
  };
}

/** CodeMirror's phrases in the current language. */
export function editorPhrases(): Extension {
  return EditorState.phrases.of(cmPhrases());
}

const language = new Compartment();

/** The Markdown editor's words in the current language: phrases, accessible name and description. */
function editorWords(): Extension {
  return [
    editorPhrases(),
    EditorView.contentAttributes.of({
      "aria-label": t("editor-source-label"),
      "aria-description": t("editor-source-description"),
    }),
  ];
}

/** The compartment holding the editor's words (part of `markdownSetup`). */
export function localizedEditor(): Extension {
  return language.of(editorWords());
}

/** The transaction that puts `state`'s words in the current language. */
export function relocalized(): TransactionSpec {
  return { effects: language.reconfigure(editorWords()) };
}
