// GitHub's alerts show an icon before their title (info, light bulb, speech bubble, warning
// triangle, stop sign). The Rust renderer writes the title; the icon is drawn here, as SVG built
// with DOM calls from the fixed shapes below, so nothing from the document reaches it. The
// exported document keeps it (its sanitizer allows these SVG elements).

const SVG = "http://www.w3.org/2000/svg";

/** Each kind's outline (stroked) and dots (filled), on a 16×16 grid. */
const SHAPES: Record<string, { lines: string[]; dots: [number, number][] }> = {
  note: { lines: ["M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z", "M8 7v4.5"], dots: [[8, 4.8]] },
  tip: {
    lines: ["M8 1.5a4.5 4.5 0 0 0-2.6 8.2c.4.3.6.7.6 1.2V12h4v-1.1c0-.5.2-.9.6-1.2A4.5 4.5 0 0 0 8 1.5z", "M6 14.3h4"],
    dots: [],
  },
  important: { lines: ["M1.8 2.5h12.4v8.5H6.5l-3.2 3v-3H1.8z", "M8 4.5v3.2"], dots: [[8, 9.3]] },
  warning: { lines: ["M8 1.8l6.6 12H1.4z", "M8 6v3.6"], dots: [[8, 11.7]] },
  caution: { lines: ["M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2z", "M8 4.5v4.2"], dots: [[8, 11]] },
};

/** The icon of an alert kind (`note`, `tip`…), or `null` for an unknown kind. */
export function alertIcon(kind: string, doc: Document = document): SVGSVGElement | null {
  const shape = SHAPES[kind];
  if (!shape) return null;
  const svg = doc.createElementNS(SVG, "svg");
  svg.setAttribute("class", "markdown-alert-icon");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("width", "16");
  svg.setAttribute("height", "16");
  svg.setAttribute("aria-hidden", "true");
  for (const d of shape.lines) {
    const path = doc.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    path.setAttribute("fill", "none");
    path.setAttribute("stroke", "currentColor");
    path.setAttribute("stroke-width", "1.5");
    path.setAttribute("stroke-linecap", "round");
    path.setAttribute("stroke-linejoin", "round");
    svg.append(path);
  }
  for (const [cx, cy] of shape.dots) {
    const dot = doc.createElementNS(SVG, "circle");
    dot.setAttribute("cx", String(cx));
    dot.setAttribute("cy", String(cy));
    dot.setAttribute("r", "0.9");
    dot.setAttribute("fill", "currentColor");
    svg.append(dot);
  }
  return svg;
}

/** Put each alert's icon before its title, in the alerts under `root` (once). */
export function addAlertIcons(root: Element): void {
  const alerts = root.matches("blockquote.markdown-alert") ? [root] : [...root.querySelectorAll("blockquote.markdown-alert")];
  for (const alert of alerts) {
    const title = alert.querySelector(":scope > .markdown-alert-title");
    if (!title || title.querySelector(":scope > .markdown-alert-icon")) continue;
    const kind = [...alert.classList].find((c) => c.startsWith("markdown-alert-"))?.slice("markdown-alert-".length);
    const icon = kind ? alertIcon(kind, alert.ownerDocument) : null;
    if (icon) title.prepend(icon);
  }
}
