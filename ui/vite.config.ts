/// <reference types="vitest/config" />
// Vite builds the UI into ui/dist, which tauri.conf.json embeds into the app binary.
import { defineConfig, type Plugin } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { bundledPackages } from "./bundledPackages";

/** Packages that set `valueOf`/`toString` by assignment, which throws under Tauri's
 * `freezePrototype` (the frozen `Object.prototype` makes those names read-only for every object
 * that inherits them: JavaScript's "override mistake"). Mermaid pulls in dayjs. */
const OVERRIDE_MISTAKES = ["dayjs"];

/** Rewrite `x.valueOf = …` / `x.toString = …` in those packages so `x` first gets an own
 * writable property (`Object.defineProperty` returns `x`), after which the assignment works with
 * the prototype frozen. A package whose code no longer matches fails the build. */
function ownMethodsUnderFrozenPrototype(): Plugin {
  const assignment = /(?<![\w$.])([A-Za-z_$][\w$]*)\.(valueOf|toString)=(?!=)/g;
  return {
    name: "specdesk-own-methods-under-frozen-prototype",
    transform(code, id) {
      const name = OVERRIDE_MISTAKES.find((pkg) => id.includes(`/node_modules/${pkg}/`));
      if (!name || !/\.(valueOf|toString)=(?!=)/.test(code)) return null;
      const fixed = code.replace(
        assignment,
        (_, target: string, method: string) =>
          `Object.defineProperty(${target},"${method}",{value:void 0,writable:!0,configurable:!0,enumerable:!0}).${method}=`,
      );
      if (fixed === code) this.error(`${name}: no assignment to rewrite in ${id}`);
      return { code: fixed, map: null };
    },
  };
}

export default defineConfig(({ mode }) => ({
  // bundled-packages.json (not part of the app): what packaging/copyright.py names.
  plugins: [svelte(), ownMethodsUnderFrozenPrototype(), bundledPackages("bundled-packages.json")],
  // Tauri serves the built files itself; no dev server is used by the app.
  clearScreen: false,
  // The messages (locales/*.ftl) are shared with the Rust side, so they live at the repository's
  // root; the dev and test servers may read them there.
  server: { fs: { allow: [".", "../locales"] } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // WebKitGTK 2.40+ (Debian 12, Ubuntu 22.04 and later).
    target: "safari16",
    sourcemap: false,
  },
  // Component tests mount Svelte in jsdom, so resolve Svelte's browser build there.
  resolve: mode === "test" ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
}));
