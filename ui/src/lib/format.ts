// How things are named on screen. Pure functions, unit-tested in format.test.ts.
import type { DocumentKind } from "./bindings/DocumentKind";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { Feature } from "./bindings/Feature";
import type { TemplateSource } from "./bindings/TemplateSource";

/** `photo-albums` → `Photo albums`. */
export function featureTitle(slug: string): string {
  const words = slug.split(/[-_]+/).filter((w) => w.length > 0);
  if (words.length === 0) return slug;
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The name a feature is shown by: its title from the folder name (`Photo albums`), or the
 * folder name itself for an unnumbered folder, which is an id (`SPEC-0b6b106c`). */
export function featureName(feature: Pick<Feature, "slug" | "dirName" | "numbering">): string {
  return feature.numbering === "unnumbered" ? feature.dirName : featureTitle(feature.slug);
}

/** `1 document`, `3 documents`. */
export function documentCount(count: number): string {
  return `${count} ${count === 1 ? "document" : "documents"}`;
}

/** `1 feature`, `3 features`. */
export function featureCount(count: number): string {
  return `${count} ${count === 1 ? "feature" : "features"}`;
}

/**
 * The accessible name of a feature in the list: `Feature 001, Photo albums, 3 documents`;
 * `Feature SPEC-0b6b106c, in group, 2 documents` for an unnumbered one in a grouping folder.
 */
export function featureLabel(feature: Feature): string {
  const number = feature.number ? ` ${feature.number},` : "";
  const group = feature.group ? `, in ${feature.group}` : "";
  return `Feature${number} ${featureName(feature)}${group}, ${documentCount(feature.documents.length)}`;
}

const KIND_LABELS: Record<DocumentKind, string> = {
  plan: "Plan",
  spec: "Spec",
  tasks: "Tasks",
  research: "Research",
  dataModel: "Data model",
  quickstart: "Quickstart",
  checklist: "Checklist",
  contract: "Contract",
  other: "Other",
};

export function documentKindLabel(kind: DocumentKind): string {
  return KIND_LABELS[kind];
}

/** The headline of an error about opening a repository. */
export function openErrorTitle(code: ErrorCode): string {
  switch (code) {
    case "notFound":
      return "Repository not found";
    case "permissionDenied":
      return "Permission denied";
    case "notADirectory":
      return "Not a folder";
    case "notAllowed":
      return "Not allowed";
    default:
      return "Could not open the repository";
  }
}

/** The last path component, for titles: `/home/ana/photo-app` → `photo-app`. */
export function folderName(path: string): string {
  const parts = path.split(/[\\/]+/).filter((p) => p.length > 0);
  return parts.length > 0 ? parts[parts.length - 1] : path;
}

/**
 * The template a plan was checked against, as the CLI names it (`TemplateSource::describe`):
 * `.specify/templates/plan-template.md`, `the built-in Lite template`, or
 * `the stack: .specify/presets/p/templates/plan-template.md (wrap) over .specify/templates/plan-template.md`.
 */
export function templateName(source: TemplateSource): string {
  switch (source.kind) {
    case "builtinLite":
      return "the built-in Lite template";
    case "builtinFull":
      return "the built-in spec-kit template";
    case "builtins":
      return "the built-in templates (each plan against the one it follows)";
    case "repo":
      return source.relPath;
    case "stack":
      return `the stack: ${source.layers
        .map((l) => (l.strategy === "replace" ? l.relPath : `${l.relPath} (${l.strategy})`))
        .join(" over ")}`;
  }
}
