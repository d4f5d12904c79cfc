import { describe, expect, it } from "vitest";
import { filterEntries, quickEntries } from "./quickOpen";
import type { Feature } from "./bindings/Feature";

function feature(dir: string, docs: string[]): Feature {
  const relPath = `specs/${dir}`;
  return { relPath, dirName: dir, documents: docs.map((d) => ({ relPath: `${relPath}/${d}` })) } as unknown as Feature;
}

const entries = quickEntries([
  feature("001-photo-albums", ["plan.md", "spec.md"]),
  feature("002-shared-albums", ["plan.md", "checklists/ux.md"]),
]);

describe("quick open", () => {
  it("lists every feature followed by its documents", () => {
    expect(entries.map((e) => e.label)).toEqual([
      "001-photo-albums",
      "001-photo-albums/plan.md",
      "001-photo-albums/spec.md",
      "002-shared-albums",
      "002-shared-albums/plan.md",
      "002-shared-albums/checklists/ux.md",
    ]);
    expect(entries[0].documentPath).toBeNull();
    expect(entries[2].documentPath).toBe("specs/001-photo-albums/spec.md");
  });

  it("keeps entries containing every word, case-insensitively", () => {
    expect(filterEntries(entries, "SHARED plan").map((e) => e.relPath)).toEqual(["specs/002-shared-albums/plan.md"]);
    expect(filterEntries(entries, "ux").map((e) => e.relPath)).toEqual(["specs/002-shared-albums/checklists/ux.md"]);
    expect(filterEntries(entries, "nothing-like-this")).toEqual([]);
  });

  it("puts labels starting with the first word first", () => {
    const labels = filterEntries(entries, "002").map((e) => e.label);
    expect(labels[0]).toBe("002-shared-albums");
    expect(labels).toHaveLength(3);
  });

  it("shows everything (up to the limit) for an empty query", () => {
    expect(filterEntries(entries, "  ")).toHaveLength(6);
    expect(filterEntries(entries, "", 2)).toHaveLength(2);
  });
});
