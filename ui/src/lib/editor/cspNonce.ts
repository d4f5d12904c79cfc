// CodeMirror injects its styles as <style> elements, which the strict CSP (`style-src 'self'`)
// blocks. Tauri gives each <style> in index.html a fresh nonce on every load and allows it in
// the CSP; CodeMirror's `cspNonce` facet lets its own <style> carry that same nonce. No
// 'unsafe-inline' is needed (see docs/security.md).
import { EditorView } from "@codemirror/view";
import type { Extension } from "@codemirror/state";

/** The nonce Tauri put on index.html's style carrier, if any. */
export function styleNonce(doc: Document = document): string | null {
  const carrier = doc.getElementById("style-nonce-carrier");
  // Browsers hide the attribute after load; the property keeps the value.
  const nonce = carrier instanceof HTMLElement ? carrier.nonce || carrier.getAttribute("nonce") : null;
  return nonce ? nonce : null;
}

/** The facet with that nonce (nothing when there is none, e.g. in tests or the dev server). */
export function cspNonce(doc: Document = document): Extension {
  const nonce = styleNonce(doc);
  return nonce ? EditorView.cspNonce.of(nonce) : [];
}
