// A Vite plugin that lists the npm packages whose code ends up in the built UI (ui/dist): name,
// version, licence and author of each, from their package.json. The Debian package's copyright
// file (packaging/copyright.py) names them, so it covers what is really shipped — Svelte's
// runtime included, though Svelte is a devDependency — and nothing that is only a build tool.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

export interface BundledPackage {
  name: string;
  version: string;
  /** The SPDX expression of package.json; `null` when it names none. */
  license: string | null;
  /** The package's licence file when package.json names no licence (khroma, pulled in by
   * mermaid, ships only a file), so that the copyright file can quote it. */
  licenseText: string | null;
  author: string | null;
  homepage: string | null;
}

/** The package a bundled module's path belongs to (`…/node_modules/@scope/name/…`). */
export function packageRoot(moduleId: string): string | null {
  const path = moduleId.replace(/\\/g, "/").replace(/^\0/, "").split("?")[0];
  const at = path.lastIndexOf("/node_modules/");
  if (at < 0) return null;
  const parts = path.slice(at + "/node_modules/".length).split("/");
  const length = parts[0].startsWith("@") ? 2 : 1;
  if (parts.length <= length) return null;
  return path.slice(0, at + "/node_modules/".length) + parts.slice(0, length).join("/");
}

/** The text of the package's LICENSE / LICENCE / COPYING file, if it has one. */
function licenseFile(root: string): string | null {
  const name = readdirSync(root).find((file) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(file));
  return name ? readFileSync(join(root, name), "utf8") : null;
}

function describe(root: string): BundledPackage {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const author = typeof manifest.author === "string" ? manifest.author : (manifest.author?.name ?? null);
  const license: string | null = typeof manifest.license === "string" ? manifest.license : null;
  return {
    name: manifest.name,
    version: manifest.version,
    license,
    licenseText: license === null ? licenseFile(root) : null,
    author,
    homepage: manifest.homepage ?? null,
  };
}

/** Write the list to `outFile` after each production build. */
export function bundledPackages(outFile: string): Plugin {
  return {
    name: "specdesk-bundled-packages",
    apply: "build",
    generateBundle(_options, bundle) {
      const roots = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk") continue;
        for (const id of Object.keys(chunk.modules)) {
          const root = packageRoot(id);
          if (root) roots.add(root);
        }
      }
      const packages = [...roots].map(describe).sort((a, b) => a.name.localeCompare(b.name));
      writeFileSync(outFile, JSON.stringify(packages, null, 2) + "\n");
    },
  };
}
