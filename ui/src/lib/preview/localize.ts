// Words the Rust renderer writes into the preview in English, put in the interface's language:
// the titles of GitHub's alerts ("Note", "Warning"…; the renderer names the kind in a class) and
// the tooltip of a remote image that is not loaded. Run on the nodes each patch inserts, and over
// the whole preview when the language changes. The exported document keeps what is shown.
import { t } from "../i18n";

const ALERT_TITLES: Record<string, () => string> = {
  note: () => t("preview-alert-note"),
  tip: () => t("preview-alert-tip"),
  important: () => t("preview-alert-important"),
  warning: () => t("preview-alert-warning"),
  caution: () => t("preview-alert-caution"),
};

/** The renderer's tooltip of a remote image (core `render::image_html`), before its address. */
const BLOCKED_PREFIX = "Remote image not loaded: ";
/** The address of each blocked image seen, once its tooltip is no longer the renderer's. */
const blockedUrls = new WeakMap<Element, string>();

function within(root: Element, selector: string): Element[] {
  return [...(root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
}

/** Put the renderer's English words under `root` (itself included) in the current language. */
export function localizePreview(root: Element): void {
  for (const alert of within(root, "blockquote.markdown-alert")) {
    const title = alert.querySelector(":scope > .markdown-alert-title");
    const kind = [...alert.classList].find((c) => c.startsWith("markdown-alert-"))?.slice("markdown-alert-".length);
    const text = kind ? ALERT_TITLES[kind]?.() : undefined;
    if (!title || text === undefined) continue;
    // The title's own text (after the icon, if it is there yet); nothing else of it changes.
    const words = [...title.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE);
    if (words.length === 1 && words[0].textContent === text) continue;
    for (const node of words) node.remove();
    title.append(title.ownerDocument.createTextNode(text));
  }
  for (const image of within(root, "span.image-blocked[title]")) {
    let url = blockedUrls.get(image);
    if (url === undefined) {
      const tooltip = image.getAttribute("title") ?? "";
      if (!tooltip.startsWith(BLOCKED_PREFIX)) continue;
      url = tooltip.slice(BLOCKED_PREFIX.length);
      blockedUrls.set(image, url);
    }
    image.setAttribute("title", t("preview-image-blocked", { url }));
  }
}
