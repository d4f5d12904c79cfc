// The preview's DOM, kept unit by unit as the back end's patches say (see livePreview.ts). A unit
// is one top-level block of the document (or a few, held together by raw HTML); its HTML comes
// from the Rust renderer, already sanitized. A patch replaces a run of units and shifts the
// `data-line` / `data-task` numbers of the units after them, so typing touches one block of the
// page and a new line above a long document does not re-create it. `onInsert` is told which
// nodes came in (and which went out) so code and diagrams are enhanced only there.
import type { PreviewPatch } from "./ipc";

export type OnInsert = (inserted: Node[], removed: Node[]) => void;

export class PreviewUnits {
  /** The nodes of each unit, in document order. */
  #units: ChildNode[][] = [];
  /** The version shown; `null` before the first reset patch. */
  #version: number | null = null;

  constructor(
    private readonly container: Element,
    private readonly onInsert: OnInsert = () => {},
  ) {}

  /** Apply `patch`; `false` (and nothing changed) when it does not follow the version shown. */
  apply(patch: PreviewPatch): boolean {
    if (patch.reset) {
      this.container.replaceChildren();
      this.#units = [];
    } else if (this.#version === null || patch.version !== ((this.#version + 1) >>> 0)) {
      return false;
    }
    const start = patch.start;
    const fresh = patch.inserted.map((html) => this.#parse(html));
    const removed = this.#units.slice(start, start + patch.removed).flat();
    for (const node of removed) node.remove();
    const after = this.#units.slice(start + patch.removed);
    const anchor = after.find((nodes) => nodes.length > 0)?.[0] ?? null;
    for (const nodes of fresh) for (const node of nodes) this.container.insertBefore(node, anchor);
    this.#units = this.#units.slice(0, start).concat(fresh, after);
    if (patch.lineShift !== 0 || patch.taskShift !== 0) {
      for (const nodes of after) for (const node of nodes) shiftNumbers(node, patch.lineShift, patch.taskShift);
    }
    this.#version = patch.version;
    this.onInsert(fresh.flat(), removed);
    return true;
  }

  #parse(html: string): ChildNode[] {
    const template = this.container.ownerDocument.createElement("template");
    template.innerHTML = html;
    return [...template.content.childNodes];
  }
}

/** Add `lines` to every `data-line` and `tasks` to every `data-task` in `node` and below. */
function shiftNumbers(node: Node, lines: number, tasks: number): void {
  if (!(node instanceof Element)) return;
  for (const [attribute, by] of [
    ["data-line", lines],
    ["data-task", tasks],
  ] as const) {
    if (by === 0) continue;
    const elements = node.hasAttribute(attribute) ? [node, ...node.querySelectorAll(`[${attribute}]`)] : node.querySelectorAll(`[${attribute}]`);
    for (const element of elements) {
      const value = Number(element.getAttribute(attribute));
      if (Number.isInteger(value)) element.setAttribute(attribute, String(value + by));
    }
  }
}
