// What the front end adds to the preview's sanitized HTML once it is in the page: syntax colours
// for fenced code (codeHighlight.ts), drawings for ```mermaid blocks (diagrams.ts) and the icons of
// GitHub's alerts (alertIcons.ts). Both work on
// the nodes of the units a patch inserted, so an unchanged unit is never touched again.
import { addAlertIcons } from "./alertIcons";
import { highlighterOf, highlightNow, loadHighlighter } from "./codeHighlight";
import { showDiagram, shownDiagram } from "./diagrams";
import { localizePreview } from "./localize";

/** Enhance the code blocks in `inserted` (the nodes a patch added). `removed` are the nodes it
 * took out: a diagram block replaced by an edit keeps its old drawing until the new one is ready. */
export function enhance(inserted: readonly Node[], removed: readonly Node[] = []): void {
  const previous = removed.flatMap((node) => codeBlocks(node).filter(isDiagram).map(shownDiagram));
  let diagrams = 0;
  for (const node of inserted) {
    if (node instanceof Element) {
      addAlertIcons(node);
      localizePreview(node);
    }
    for (const pre of codeBlocks(node)) {
      if (isDiagram(pre)) {
        showDiagram(pre, previous[diagrams++] ?? null);
        continue;
      }
      const code = pre.querySelector(":scope > code");
      if (!(code instanceof HTMLElement)) continue;
      const name = highlighterOf(code);
      if (name === null || highlightNow(code, name)) continue;
      void loadHighlighter(name).then((parser) => {
        if (parser && code.isConnected) highlightNow(code, name);
      });
    }
  }
}

function codeBlocks(node: Node): HTMLElement[] {
  if (!(node instanceof HTMLElement)) return [];
  const found = [...node.querySelectorAll<HTMLElement>("pre")];
  return node.tagName === "PRE" ? [node, ...found] : found;
}

function isDiagram(pre: HTMLElement): boolean {
  return pre.querySelector(":scope > code.language-mermaid") !== null;
}
