import { describe, expect, it } from "vitest";
import { classifyLink, resolvePath } from "./links";
import type { Feature } from "./bindings/Feature";

function feature(dir: string, docs: string[]): Feature {
  const relPath = `specs/${dir}`;
  return {
    relPath,
    dirName: dir,
    documents: docs.map((d) => ({ relPath: `${relPath}/${d}` })),
  } as unknown as Feature;
}

const features = [feature("001-photo-albums", ["plan.md", "spec.md"]), feature("002-shared", ["plan.md"])];
const from = "specs/001-photo-albums/plan.md";

describe("classifyLink", () => {
  it("opens a sibling document in the app", () => {
    expect(classifyLink("spec.md", from, features)).toEqual({
      kind: "document",
      featurePath: "specs/001-photo-albums",
      relPath: "specs/001-photo-albums/spec.md",
    });
    expect(classifyLink("./spec.md#scope", from, features)).toMatchObject({ relPath: "specs/001-photo-albums/spec.md" });
  });

  it("follows links into another feature and to a feature folder", () => {
    expect(classifyLink("../002-shared/plan.md", from, features)).toMatchObject({ featurePath: "specs/002-shared" });
    expect(classifyLink("/specs/002-shared/", from, features)).toMatchObject({ relPath: "specs/002-shared/plan.md" });
  });

  it("asks before web and mail links", () => {
    expect(classifyLink("https://example.com/a", from, features)).toEqual({ kind: "external", url: "https://example.com/a" });
    expect(classifyLink("mailto:a@b.c", from, features)).toEqual({ kind: "external", url: "mailto:a@b.c" });
  });

  it("follows nothing else", () => {
    expect(classifyLink("javascript:alert(1)", from, features).kind).toBe("none");
    expect(classifyLink("file:///etc/passwd", from, features).kind).toBe("none");
    expect(classifyLink("../../../../etc/passwd", from, features).kind).toBe("none");
    expect(classifyLink("notes.txt", from, features).kind).toBe("none");
  });
});

describe("resolvePath", () => {
  it("normalizes dots and percent escapes", () => {
    expect(resolvePath("./a/../b%20c.md", "specs/x/plan.md")).toBe("specs/x/b c.md");
    expect(resolvePath("%E0%A4%A", "specs/x/plan.md")).toBeNull();
  });
});
