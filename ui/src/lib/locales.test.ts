// The editor side's messages (the "Interface: editor and shell" group of locales/*.ftl) exist in
// every language with the English message's variables and attributes: a translation that drops
// `{ $count }` or a `.title` fails here.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { LOCALES } from "./i18n";

const GROUP = "## Interface: editor and shell (B1)";

/** The group's messages in `locale`: id (and `id.attribute`) → the variables it uses. */
function group(locale: string): Map<string, string[]> {
  const text = readFileSync(join(__dirname, "..", "..", "..", "locales", `${locale}.ftl`), "utf8");
  const start = text.indexOf(GROUP);
  expect(start, `${locale}.ftl has the group`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + GROUP.length);
  const end = rest.search(/^## /m);
  const resource = new FluentResource(end < 0 ? rest : rest.slice(0, end));
  const found = new Map<string, string[]>();
  for (const entry of resource.body) {
    if (entry.id.startsWith("-")) continue;
    if (entry.value !== null) found.set(entry.id, variables(entry.value));
    for (const [name, pattern] of Object.entries(entry.attributes)) found.set(`${entry.id}.${name}`, variables(pattern));
  }
  return found;
}

/** The variables a pattern refers to, sorted, each once. */
function variables(pattern: unknown, into = new Set<string>()): string[] {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (record.type === "var" && typeof record.name === "string") into.add(record.name);
      Object.values(record).forEach(walk);
    }
  };
  walk(pattern);
  return [...into].sort();
}

describe("locales/*.ftl, editor side", () => {
  const english = group("en");

  it("has English messages to compare with", () => {
    expect(english.size).toBeGreaterThan(200);
    expect(english.get("problems-errors")).toEqual(["count"]);
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`${locale}: every message, attribute and variable of English, nothing else`, () => {
      const translated = group(locale);
      const missing = [...english.keys()].filter((id) => !translated.has(id));
      const extra = [...translated.keys()].filter((id) => !english.has(id));
      const changed = [...english].filter(([id, vars]) => translated.has(id) && translated.get(id)?.join() !== vars.join());
      expect({ missing, extra, changed }).toEqual({ missing: [], extra: [], changed: [] });
    });
  }
});
