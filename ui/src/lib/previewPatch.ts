// Updates the preview with newly rendered HTML by touching only the blocks that changed. Typing
// changes one block; replacing the whole preview would make the web view parse, style and lay
// out the entire document on every keystroke. Blocks are compared top-level child by child: an
// identical block is kept as it is (with its layout), a block that only moved (its `data-line`
// and other attributes changed, its content did not) gets its attributes updated, anything else
// is replaced. The HTML comes from the Rust renderer, already sanitized.

/** Make `container`'s children match `html`; returns how many blocks were replaced or added. */
export function patchChildren(container: Element, html: string): number {
  const template = container.ownerDocument.createElement("template");
  template.innerHTML = html;
  const next = [...template.content.childNodes];
  const current = [...container.childNodes];
  let replaced = 0;
  for (let i = 0; i < next.length; i++) {
    const old = current[i];
    const fresh = next[i];
    if (old === undefined) {
      container.appendChild(fresh);
      replaced++;
    } else if (sameContent(old, fresh)) {
      if (old instanceof Element && fresh instanceof Element) copyAttributes(old, fresh);
    } else {
      container.replaceChild(fresh, old);
      replaced++;
    }
  }
  for (let i = next.length; i < current.length; i++) current[i].remove();
  return replaced;
}

/** Same node type, name and content (attributes of the block itself aside). */
function sameContent(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
  if (a instanceof Element && b instanceof Element) return a.innerHTML === b.innerHTML;
  return a.textContent === b.textContent;
}

/** Give `target` exactly the attributes of `source`. */
function copyAttributes(target: Element, source: Element): void {
  for (const { name } of [...target.attributes]) {
    if (!source.hasAttribute(name)) target.removeAttribute(name);
  }
  for (const { name, value } of [...source.attributes]) {
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
}
