/// <reference types="vitest/config" />
// Vite builds the UI into ui/dist, which tauri.conf.json embeds into the app binary.
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { bundledPackages } from "./bundledPackages";

export default defineConfig(({ mode }) => ({
  // bundled-packages.json (not part of the app): what packaging/copyright.py names.
  plugins: [svelte(), bundledPackages("bundled-packages.json")],
  // Tauri serves the built files itself; no dev server is used by the app.
  clearScreen: false,
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
