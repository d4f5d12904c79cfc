import { describe, expect, it } from "vitest";
import { packageRoot } from "../../bundledPackages";

describe("packageRoot", () => {
  it("finds the package of a bundled module, scoped or not, nested or not", () => {
    expect(packageRoot("/w/ui/node_modules/svelte/src/internal/client/index.js")).toBe("/w/ui/node_modules/svelte");
    expect(packageRoot("/w/ui/node_modules/@codemirror/view/dist/index.js?commonjs")).toBe(
      "/w/ui/node_modules/@codemirror/view",
    );
    expect(packageRoot("/w/ui/node_modules/a/node_modules/b/lib/x.js")).toBe("/w/ui/node_modules/a/node_modules/b");
  });

  it("leaves the app's own modules and virtual ones out", () => {
    expect(packageRoot("/w/ui/src/App.svelte")).toBeNull();
    expect(packageRoot("\0vite/preload-helper.js")).toBeNull();
  });
});
