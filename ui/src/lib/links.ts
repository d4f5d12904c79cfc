// What a link clicked in the preview means: a document of the repository (opened in the app),
// a web or mail link (opened in the system browser after asking), or something SpecDesk does not
// follow (other schemes such as `javascript:` or `file:`, paths leaving the repository, files
// that are not documents of a feature).
import type { Feature } from "./bindings/Feature";

export type LinkTarget =
  | { kind: "document"; featurePath: string; relPath: string }
  | { kind: "external"; url: string }
  | { kind: "none"; reason: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EXTERNAL = /^(https?:\/\/.+|mailto:.+)$/i;

/** Resolve `href`, found in the document at `from` (repository-relative), against `features`. */
export function classifyLink(href: string, from: string, features: Feature[]): LinkTarget {
  const trimmed = href.trim();
  if (SCHEME.test(trimmed)) {
    return EXTERNAL.test(trimmed) && !/\s/.test(trimmed)
      ? { kind: "external", url: trimmed }
      : { kind: "none", reason: `SpecDesk does not open ${trimmed.split(":")[0]}: links` };
  }
  const path = resolvePath(trimmed.replace(/[?#].*$/, ""), from);
  if (path === null) return { kind: "none", reason: "the link leads outside the repository" };
  for (const feature of features) {
    const doc = feature.documents.find((d) => d.relPath === path);
    if (doc) return { kind: "document", featurePath: feature.relPath, relPath: doc.relPath };
  }
  const feature = features.find((f) => f.relPath === path.replace(/\/$/, ""));
  if (feature?.documents[0]) {
    return { kind: "document", featurePath: feature.relPath, relPath: feature.documents[0].relPath };
  }
  return { kind: "none", reason: `${path} is not a document SpecDesk opens` };
}

/** `href` relative to the folder of `from` (or to the root when it starts with `/`); null when it leaves the root. */
export function resolvePath(href: string, from: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    return null;
  }
  const base = decoded.startsWith("/") ? [] : from.split("/").slice(0, -1);
  const parts = [...base];
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.length > 0 ? parts.join("/") : null;
}
