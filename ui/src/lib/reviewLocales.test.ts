// The Review, Pipeline, All-branches, History and Coverage messages exist in every language with
// the variables of the English message (a translation that drops `{ $count }` would hide a number).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { LOCALES } from "./i18n";

const PREFIXES = ["review-", "pipeline-", "branches-", "history-", "coverage-"];

/** Each message (and `id.attribute`) of ours in `locale`, with the variables it uses. */
function messages(locale: string): Map<string, Set<string>> {
  const source = readFileSync(join(__dirname, "..", "..", "..", "locales", `${locale}.ftl`), "utf8");
  const found = new Map<string, Set<string>>();
  const variables = (pattern: unknown): Set<string> =>
    new Set([...JSON.stringify(pattern ?? null).matchAll(/"type":"var","name":"([^"]+)"/g)].map((m) => m[1]));
  for (const entry of new FluentResource(source).body) {
    if (!PREFIXES.some((prefix) => entry.id.startsWith(prefix))) continue;
    if (entry.value !== null) found.set(entry.id, variables(entry.value));
    for (const [name, pattern] of Object.entries(entry.attributes)) found.set(`${entry.id}.${name}`, variables(pattern));
  }
  return found;
}

describe("the review side's messages", () => {
  const english = messages("en");

  it("are there in English", () => {
    expect(english.size).toBeGreaterThan(150);
    expect(english.get("review-shown-some")).toEqual(new Set(["shown", "total"]));
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`are all translated into ${locale}, keeping every variable`, () => {
      const translated = messages(locale);
      const missing = [...english.keys()].filter((id) => !translated.has(id));
      const extra = [...translated.keys()].filter((id) => !english.has(id));
      const dropped = [...english]
        .filter(([id, vars]) => translated.has(id) && [...vars].some((v) => !translated.get(id)?.has(v)))
        .map(([id]) => id);
      const added = [...translated]
        .filter(([id, vars]) => english.has(id) && [...vars].some((v) => !english.get(id)?.has(v)))
        .map(([id]) => id);
      expect({ missing, extra, dropped, added }).toEqual({ missing: [], extra: [], dropped: [], added: [] });
    });
  }
});
