// Quick open (Ctrl+P): every feature and every document of the repository, filtered by what was
// typed. Each word typed must appear in the entry's label or path (case-insensitive); entries
// whose label starts with the first word come first, then the rest in repository order.
import type { Feature } from "./bindings/Feature";

export interface QuickEntry {
  /** What is shown. */
  label: string;
  /** Repository-relative path shown beside it (and matched too). */
  relPath: string;
  /** The feature to select. */
  featurePath: string;
  /** The document to open, or null for the feature's first one. */
  documentPath: string | null;
}

/** Every feature, followed by its documents. */
export function quickEntries(features: Feature[]): QuickEntry[] {
  return features.flatMap((f) => {
    // A feature in a grouping folder is named with it: `quick/003-fix-hash`.
    const name = f.group ? `${f.group}/${f.dirName}` : f.dirName;
    return [
    { label: name, relPath: f.relPath, featurePath: f.relPath, documentPath: null },
    ...f.documents.map((d) => ({
      label: `${name}/${d.relPath.slice(f.relPath.length + 1)}`,
      relPath: d.relPath,
      featurePath: f.relPath,
      documentPath: d.relPath,
    })),
  ];
  });
}

/** The entries matching `query`, best first, at most `limit`. */
export function filterEntries(entries: QuickEntry[], query: string, limit = 50): QuickEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries.slice(0, limit);
  const matches = entries.filter((e) => {
    const hay = `${e.label} ${e.relPath}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  const first = words[0];
  const starts = matches.filter((e) => e.label.toLowerCase().startsWith(first));
  const rest = matches.filter((e) => !e.label.toLowerCase().startsWith(first));
  return [...starts, ...rest].slice(0, limit);
}
