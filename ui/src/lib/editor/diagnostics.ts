// The Rust validator's diagnostics as CodeMirror lint marks (gutter + underline), with their
// quick fixes as actions that apply the fix's edits as one undoable transaction.
import { lintGutter, setDiagnostics, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import type { EditorState, Extension, TransactionSpec } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import type { Diagnostic, Fix } from "../ipc";
import { rangeOf } from "./positions";

/** The gutter that shows diagnostic marks (the underlines come with `setDiagnostics`). */
export function diagnosticsGutter(): Extension {
  return lintGutter();
}

/** The transaction applying `fix` (spans of the current document) to `state`. */
export function fixTransaction(state: EditorState, fix: Fix): TransactionSpec {
  return {
    changes: fix.edits.map((edit) => ({ ...rangeOf(state.doc, edit.span), insert: edit.insert })),
    userEvent: "input.fix",
    scrollIntoView: true,
  };
}

/** Apply `fix` if the document is still `validatedText` (the text its spans point into). */
export function applyFix(view: EditorView, fix: Fix, validatedText: string): boolean {
  if (view.state.doc.toString() !== validatedText) return false;
  view.dispatch(fixTransaction(view.state, fix));
  return true;
}

/** CodeMirror diagnostics for `diagnostics` of `validatedText` (which must be the current doc). */
export function toCmDiagnostics(state: EditorState, diagnostics: Diagnostic[], validatedText: string): CmDiagnostic[] {
  return diagnostics.map((d) => ({
    ...rangeOf(state.doc, d.span),
    severity: d.severity,
    source: d.code,
    message: d.message,
    actions: d.fix
      ? [
          {
            name: d.fix.title,
            apply: (view: EditorView) => {
              if (d.fix) applyFix(view, d.fix, validatedText);
            },
          },
        ]
      : [],
  }));
}

/**
 * Show `diagnostics` of `validatedText` in `view`. Returns false (and shows nothing) when the
 * editor has moved on from that text: a newer validation is on its way.
 */
export function showDiagnostics(view: EditorView, diagnostics: Diagnostic[], validatedText: string): boolean {
  if (view.state.doc.toString() !== validatedText) return false;
  view.dispatch(setDiagnostics(view.state, toCmDiagnostics(view.state, diagnostics, validatedText)));
  return true;
}
