// Scroll sync between the editor and the preview, through the `data-line` attributes the Rust
// renderer puts on every block. Each side follows the other; a short lock stops the echo.
import { EditorView } from "@codemirror/view";

/** The preview block to show for source `line`: the last block starting at or before it. */
export function previewElementForLine(container: ParentNode, line: number): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestLine = -1;
  for (const el of container.querySelectorAll<HTMLElement>("[data-line]")) {
    const l = Number(el.dataset.line);
    if (l <= line && l > bestLine) {
      best = el;
      bestLine = l;
    }
  }
  return best;
}

/** The source line of the first preview block visible at the top of `container`. */
export function lineAtPreviewTop(container: HTMLElement): number | null {
  const top = container.getBoundingClientRect().top;
  for (const el of container.querySelectorAll<HTMLElement>("[data-line]")) {
    if (el.getBoundingClientRect().bottom > top + 1) {
      const line = Number(el.dataset.line);
      if (Number.isInteger(line)) return line;
    }
  }
  return null;
}

/** The first source line visible at the top of the editor. */
export function topLineOfEditor(view: EditorView): number {
  const rect = view.scrollDOM.getBoundingClientRect();
  const pos = view.posAtCoords({ x: rect.left + 40, y: rect.top + 2 }, false);
  return view.state.doc.lineAt(pos).number;
}

/** Scroll the editor so that `line` is at the top. */
export function scrollEditorToLine(view: EditorView, line: number): void {
  const l = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
  view.dispatch({ effects: EditorView.scrollIntoView(l.from, { y: "start" }) });
}

/** Scroll `container` so that the block for `line` is at its top. */
export function scrollPreviewToLine(container: HTMLElement, line: number): void {
  const el = previewElementForLine(container, line);
  if (!el) {
    container.scrollTop = 0;
    return;
  }
  const offset = el.getBoundingClientRect().top - container.getBoundingClientRect().top;
  container.scrollTop += offset;
}

/** Who scrolled last; the other side's scroll events are echoes for `lockMs`. */
export class ScrollLock {
  #owner: "editor" | "preview" | null = null;
  #until = 0;

  constructor(private readonly lockMs = 150) {}

  /** Whether a scroll event from `side` is the user's (true) or an echo of syncing (false). */
  claim(side: "editor" | "preview", now = performance.now()): boolean {
    if (this.#owner !== null && this.#owner !== side && now < this.#until) return false;
    this.#owner = side;
    this.#until = now + this.lockMs;
    return true;
  }
}
