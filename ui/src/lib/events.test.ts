import { describe, expect, it } from "vitest";
import { bufferEffects } from "./events";

const open = ["specs/001-a/plan.md", "specs/001-a/spec.md", "specs/002-b/plan.md"];

describe("bufferEffects", () => {
  it("re-reads a changed document with its hash, and a re-created open one without", () => {
    expect(bufferEffects({ type: "documentChanged", relPath: "specs/001-a/plan.md", hash: "h" }, open)).toEqual({
      reread: [["specs/001-a/plan.md", "h"]],
      gone: [],
    });
    expect(bufferEffects({ type: "documentAdded", relPath: "specs/001-a/plan.md" }, open).reread).toEqual([["specs/001-a/plan.md", null]]);
    expect(bufferEffects({ type: "documentAdded", relPath: "specs/001-a/tasks.md" }, open).reread).toEqual([]);
  });

  it("a feature folder that appears or vanishes reaches exactly its open documents", () => {
    expect(bufferEffects({ type: "featureAdded", relPath: "specs/001-a" }, open).reread.map(([p]) => p)).toEqual([
      "specs/001-a/plan.md",
      "specs/001-a/spec.md",
    ]);
    expect(bufferEffects({ type: "featureRemoved", relPath: "specs/002-b" }, open).gone).toEqual(["specs/002-b/plan.md"]);
    expect(bufferEffects({ type: "featureRenamed", from: "specs/001-a", to: "specs/003-a" }, open).gone).toHaveLength(2);
    // A folder name that only starts the same is another feature.
    expect(bufferEffects({ type: "featureRemoved", relPath: "specs/001" }, open).gone).toEqual([]);
  });

  it("a rescan re-reads every open document", () => {
    expect(bufferEffects({ type: "rescan" }, open).reread).toHaveLength(3);
  });

  it("a template change touches no buffer (the plan is checked again instead)", () => {
    expect(bufferEffects({ type: "templateChanged" }, open)).toEqual({ reread: [], gone: [] });
  });
});
