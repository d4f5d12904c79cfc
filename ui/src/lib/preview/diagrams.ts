// Mermaid diagrams in the preview: ```mermaid blocks drawn as SVG by the bundled `mermaid`
// package (no network), in the page itself (it needs no `eval` and no inline script; see
// docs/security.md), off the keystroke path.
//
// - The Rust renderer sends the block as `<pre><code class="language-mermaid">` (escaped text).
//   Its diagram is drawn into that same `<pre>` (the source hidden), so it lives and dies with
//   its preview unit: an unrelated edit leaves the unit, and the drawn diagram, alone.
// - Drawings are cached by theme and source text: a block whose text did not change gets a
//   clone of its SVG at once; a changed one keeps showing its previous drawing (dimmed) until the
//   new one is ready, drawn after typing pauses, in idle time, one diagram at a time.
// - Mermaid runs with `securityLevel: 'strict'` (no click callbacks, labels sanitized), with the
//   keys that lower security locked against `%%{init}%%` directives (`secure`), and its SVG is
//   sanitized again here (DOMPurify, SVG profile, no links, no foreign HTML, no images) before it
//   enters the page. Its `<style>` becomes a constructed style sheet and `style` attributes CSSOM
//   declarations: the CSP governs neither, and no `<style>` element enters the preview.
// - A diagram that does not parse shows mermaid's message under its source; one over
//   MAX_DIAGRAM_SOURCE characters is not drawn, and says so.
// - mermaid is a chunk of its own, loaded the first time a document has a diagram.
import type { DOMPurify } from "dompurify";
import type { Mermaid } from "mermaid";
import { formatNumber, t } from "../i18n";

/** Longest diagram source drawn (characters); mermaid's layout of a few thousand nodes would
 * hold the page for seconds. */
export const MAX_DIAGRAM_SOURCE = 20_000;
/** Most edges mermaid lays out (its own default too, locked against directives). */
const MAX_EDGES = 500;
/** Typing pause before a changed diagram is drawn again (ms). */
const SETTLE_MS = 250;

/** Configuration keys a document's `%%{init}%%` must not change. */
const SECURE_KEYS = [
  "secure",
  "securityLevel",
  "startOnLoad",
  "maxTextSize",
  "maxEdges",
  "suppressErrorRendering",
  "dompurifyConfig",
  "htmlLabels",
  "themeCSS",
  "fontFamily",
  "altFontFamily",
  "legacyMathML",
  "forceLegacyMathML",
];

/** Font of the drawings; the off-screen box mermaid measures text in uses it too (app.css). */
const FONT = '"Noto Sans", "DejaVu Sans", Cantarell, sans-serif';

/** A drawing, or why there is none (a function: our own words follow the interface's language;
 * mermaid's messages are its own, in English). */
type Drawing = { svg: SVGSVGElement } | { error: () => string };

let mermaidLoad: Promise<{ mermaid: Mermaid; purify: DOMPurify }> | null = null;
let configuredDark: boolean | null = null;
const drawings = new Map<string, Drawing>();
const CACHE_SIZE = 100;
/** Blocks waiting for a drawing, by cache key. */
const waiting = new Map<string, Set<HTMLElement>>();
let timer: ReturnType<typeof setTimeout> | null = null;
let drawing = false;
let renders = 0;

function dark(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches;
}

function keyOf(source: string): string {
  return `${dark() ? "dark" : "light"}\u0000${source}`;
}

/** Show `pre`'s diagram: at once from the cache, or later (keeping `previous`, the drawing of the
 * block this one replaces, on screen meanwhile). */
export function showDiagram(pre: HTMLElement, previous: SVGSVGElement | null): void {
  const code = pre.querySelector("code");
  if (!code) return;
  const source = code.textContent ?? "";
  pre.classList.add("diagram");
  if (source.length > MAX_DIAGRAM_SOURCE) {
    const length = source.length;
    attach(pre, {
      error: () =>
        t("preview-diagram-too-large", { length: formatNumber(length), limit: formatNumber(MAX_DIAGRAM_SOURCE) }),
    });
    return;
  }
  const key = keyOf(source);
  const done = drawings.get(key);
  if (done) {
    attach(pre, done);
    return;
  }
  if (previous) attach(pre, { svg: previous }, true);
  let set = waiting.get(key);
  if (!set) waiting.set(key, (set = new Set()));
  set.add(pre);
  schedule();
}

/** The drawing shown in `pre`, if any (to keep on screen while its replacement is drawn). */
export function shownDiagram(pre: Element): SVGSVGElement | null {
  const svg = pre.querySelector(":scope > .diagram-view > svg");
  return svg instanceof SVGSVGElement ? svg : null;
}

function schedule(): void {
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    const idle = (globalThis as { requestIdleCallback?: (f: () => void, o: { timeout: number }) => void })
      .requestIdleCallback;
    if (idle) idle(() => void drawWaiting(), { timeout: 500 });
    else void drawWaiting();
  }, SETTLE_MS);
}

/** Draw every waited-for source, one at a time, and show each where it is still wanted. */
async function drawWaiting(): Promise<void> {
  if (drawing) return;
  drawing = true;
  try {
    for (;;) {
      const next = [...waiting.entries()].find(([, pres]) => [...pres].some((pre) => pre.isConnected));
      if (!next) {
        waiting.clear();
        return;
      }
      const [key, pres] = next;
      const source = key.slice(key.indexOf("\u0000") + 1);
      const result = await draw(source, key.startsWith("dark"));
      remember(key, result);
      waiting.delete(key);
      for (const pre of pres) if (pre.isConnected) attach(pre, result);
    }
  } finally {
    drawing = false;
  }
}

function remember(key: string, result: Drawing): void {
  drawings.set(key, result);
  if (drawings.size <= CACHE_SIZE) return;
  const oldest = drawings.keys().next().value as string;
  const dropped = drawings.get(oldest);
  drawings.delete(oldest);
  // Its sheet goes too, unless a block on screen still shows it.
  if (dropped && "svg" in dropped && !document.getElementById(dropped.svg.id)) dropCss(dropped.svg.id);
}

async function loadMermaid(isDark: boolean): Promise<{ mermaid: Mermaid; purify: DOMPurify }> {
  mermaidLoad ??= Promise.all([import("mermaid"), import("dompurify")]).then(([m, p]) => ({
    mermaid: m.default,
    purify: p.default,
  }));
  const loaded = await mermaidLoad;
  const mermaid = loaded.mermaid;
  if (configuredDark !== isDark) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: "strict",
      theme: isDark ? "dark" : "default",
      fontFamily: FONT,
      htmlLabels: false,
      flowchart: { htmlLabels: false },
      maxTextSize: MAX_DIAGRAM_SOURCE,
      maxEdges: MAX_EDGES,
      suppressErrorRendering: true,
      secure: SECURE_KEYS,
    });
    configuredDark = isDark;
  }
  return loaded;
}

/** One drawing at a time: the preview's and an export's share mermaid's global configuration
 * (its theme), so one must not start while the other is drawing. */
let turn: Promise<unknown> = Promise.resolve();
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = turn.then(work, work);
  turn = run.catch(() => {});
  return run;
}

/** Draw one diagram for the preview: its sanitized SVG (its CSS adopted by the page), or
 * mermaid's error message. */
async function draw(source: string, isDark: boolean): Promise<Drawing> {
  const made = await exclusive(() => drawClean(source, isDark));
  if ("error" in made) return made;
  adoptCss(made.svg.id, made.css);
  return { svg: made.svg };
}

/** A diagram drawn for a file (the Review report), off-screen and in the light theme (as
 * printed), exactly as the preview draws it: the sanitized SVG as markup and its CSS apart, or
 * mermaid's error message. Nothing of it stays in the page. */
export async function drawForFile(source: string): Promise<{ svg: string; css: string } | { error: string }> {
  const made = await exclusive(() => drawClean(source, false));
  return "error" in made ? { error: made.error() } : { svg: made.svg.outerHTML, css: made.css };
}

/** Draw one diagram: its sanitized SVG and CSS, or mermaid's error message. */
async function drawClean(source: string, isDark: boolean): Promise<{ svg: SVGSVGElement; css: string } | { error: () => string }> {
  let mermaid: Mermaid, purify: DOMPurify;
  try {
    ({ mermaid, purify } = await loadMermaid(isDark));
  } catch (error) {
    const message = messageOf(error);
    return { error: () => t("preview-diagram-not-loaded", { error: message() }) };
  }
  const id = `specdesk-diagram-${++renders}`;
  const box = document.createElement("div");
  box.className = "diagram-measure";
  document.body.append(box);
  const started = performance.now();
  try {
    const { svg } = await mermaid.render(id, source, box);
    const clean = sanitizeSvg(purify, svg);
    if (!clean) return { error: () => t("preview-diagram-not-drawn") };
    return clean;
  } catch (error) {
    return { error: messageOf(error) };
  } finally {
    try {
      // How long a drawing held the page (docs/benchmarks.md).
      performance.measure("specdesk:diagram-draw", { start: started, end: performance.now() });
    } catch {
      // User Timing level 3 missing: the figure is a diagnostic aid.
    }
    box.remove();
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
  }
}

function messageOf(error: unknown): () => string {
  const text = (error instanceof Error ? error.message : typeof error === "string" ? error : String(error)).trim();
  return () => text || t("preview-diagram-error");
}

/** mermaid's SVG, sanitized for the page: SVG elements only (no links, scripts, foreign HTML,
 * images or animation), no URLs, no `style` elements (their CSS is returned apart, applied by
 * `adoptCss`); `style` attributes become CSSOM declarations. `null` when nothing is left. */
export function sanitizeSvg(purify: DOMPurify, svg: string, doc: Document = document): { svg: SVGSVGElement; css: string } | null {
  const fragment = purify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ["style"],
    FORBID_TAGS: ["a", "foreignObject", "image", "use", "script", "animate", "animateMotion", "animateTransform", "set", "iframe", "img"],
    FORBID_ATTR: ["href", "xlink:href", "src", "action", "formaction"],
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  const root = fragment.firstElementChild;
  if (!(root instanceof SVGSVGElement)) return null;
  const out = doc.importNode(root, true) as SVGSVGElement;
  const css: string[] = [];
  for (const style of out.querySelectorAll("style")) {
    css.push(style.textContent ?? "");
    style.remove();
  }
  for (const element of [out, ...out.querySelectorAll("[style]")] as (SVGElement | HTMLElement)[]) {
    const declarations = element.getAttribute("style");
    if (declarations === null) continue;
    element.removeAttribute("style");
    element.style.cssText = declarations;
  }
  return { svg: out, css: css.join("\n") };
}

/** Diagram style sheets in the page, by drawing id. They are constructed sheets (CSSOM, which
 * the CSP does not govern), so no `<style>` enters the preview; mermaid scopes every rule under
 * its drawing's id. */
const sheets = new Map<string, CSSStyleSheet>();

function adoptCss(id: string, css: string): void {
  if (!css || sheets.has(id) || typeof CSSStyleSheet !== "function") return;
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(css);
  } catch {
    return;
  }
  sheets.set(id, sheet);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function dropCss(id: string): void {
  const sheet = sheets.get(id);
  if (!sheet) return;
  sheets.delete(id);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** The CSS of the drawing `svg` (for a file that shows it without the app). */
export function diagramCss(svg: SVGSVGElement): string {
  const sheet = sheets.get(svg.id);
  return sheet ? [...sheet.cssRules].map((r) => r.cssText).join("\n") : "";
}

/** Show `drawing` in `pre`: the SVG (the source hidden) or the error under the source. */
function attach(pre: HTMLElement, drawing: Drawing, stale = false): void {
  for (const old of pre.querySelectorAll(":scope > .diagram-view, :scope > .diagram-error")) old.remove();
  if ("svg" in drawing) {
    const view = pre.ownerDocument.createElement("div");
    view.className = stale ? "diagram-view stale" : "diagram-view";
    view.setAttribute("role", "img");
    view.setAttribute("aria-label", t("preview-diagram"));
    view.append(cloneSvg(drawing.svg));
    pre.append(view);
    pre.classList.add("drawn");
  } else {
    const message = pre.ownerDocument.createElement("div");
    message.className = "diagram-error";
    message.setAttribute("role", "note");
    message.textContent = drawing.error();
    pre.append(message);
    pre.classList.remove("drawn");
  }
}

/** A copy of `svg` whose `style` declarations survive: they are set again through the CSSOM,
 * since a copied `style` attribute is one the CSP may refuse to apply. */
function cloneSvg(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll("*")] as (SVGElement | HTMLElement)[];
  const to = [copy, ...copy.querySelectorAll("*")] as (SVGElement | HTMLElement)[];
  from.forEach((element, i) => {
    const declarations = element.style?.cssText;
    if (declarations) to[i].style.cssText = declarations;
  });
  return copy;
}

/** Resolves once no diagram is waiting to be drawn (or after `limitMs`). */
export async function diagramsSettled(limitMs = 15_000): Promise<void> {
  const until = Date.now() + limitMs;
  const busy = () => timer !== null || drawing || [...waiting.values()].some((pres) => [...pres].some((p) => p.isConnected));
  while (busy() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The interface's language changed: show the diagrams under `root` again, their names and our
 * error messages in the new language (from the cache; nothing is drawn again). */
export function relabelDiagrams(root: ParentNode): void {
  for (const pre of root.querySelectorAll<HTMLElement>("pre.diagram")) showDiagram(pre, shownDiagram(pre));
}

/** The theme changed: forget every drawing and draw the diagrams on screen again in the new one. */
function redrawAll(): void {
  drawings.clear();
  for (const id of [...sheets.keys()]) dropCss(id);
  for (const pre of document.querySelectorAll<HTMLElement>("pre.diagram")) showDiagram(pre, shownDiagram(pre));
}

if (typeof matchMedia === "function") matchMedia("(prefers-color-scheme: dark)").addEventListener?.("change", redrawAll);
