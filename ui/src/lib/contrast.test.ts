// WCAG 2.2 AA contrast of the theme (src/app.css), light and dark: text at least 4.5:1 against
// every surface it is shown on, control borders and the focus ring at least 3:1 (1.4.11).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(resolve(__dirname, "../app.css"), "utf8");

/** The custom properties of the first `:root` block, and of the dark-scheme `:root` block. */
function themes(): { light: Map<string, string>; dark: Map<string, string> } {
  const darkStart = css.indexOf("@media (prefers-color-scheme: dark)");
  const read = (block: string) =>
    new Map([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2].toLowerCase()]));
  const light = read(css.slice(0, darkStart));
  const dark = new Map([...light, ...read(css.slice(darkStart, css.indexOf("}", css.indexOf("}", darkStart) + 1)))]);
  return { light, dark };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const SURFACES = ["bg", "panel", "sidebar"];
const TEXT = ["text", "muted", "accent", "danger", "ok", "warn", "git-changed", ...["heading", "link", "code", "mark", "comment", "keyword", "literal"].map((s) => `syntax-${s}`)];
/** Text shown on a tinted surface of its own. */
const TINTED: [string, string][] = [
  ["text", "selected"],
  ["text", "hover"],
  ["text", "badge"],
  ["text", "warn-soft"],
  ["text", "accent-soft"],
  ["accent", "accent-soft"],
  ["ok", "ok-soft"],
  ["warn", "warn-soft"],
  ["danger", "danger-soft"],
  // Syntax colours of the preview's code blocks, which sit on --badge.
  ...["heading", "link", "mark", "comment", "keyword", "literal"].map((s): [string, string] => [`syntax-${s}`, "badge"]),
  ["danger", "badge"],
];
const NON_TEXT = ["control-border", "focus"];

describe.each(["light", "dark"] as const)("the %s theme", (name) => {
  const theme = themes()[name];
  const color = (v: string) => {
    const value = theme.get(v);
    expect(value, `--${v} is defined in the ${name} theme`).toBeDefined();
    return value as string;
  };

  it.each(TEXT)("--%s is readable on every surface (4.5:1)", (text) => {
    for (const surface of SURFACES) expect(contrast(color(text), color(surface)), `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
  });

  it.each(TINTED)("--%s is readable on --%s (4.5:1)", (text, surface) => {
    expect(contrast(color(text), color(surface))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT)("--%s stands out from every surface (3:1)", (part) => {
    for (const surface of SURFACES) expect(contrast(color(part), color(surface)), `${part} on ${surface}`).toBeGreaterThanOrEqual(3);
  });
});

describe("contrast", () => {
  it("matches the WCAG formula's known values", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});
