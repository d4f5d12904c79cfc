// How things are named on screen, in the interface's language (messages `format-…` in
// locales/*.ftl). Unit-tested in format.test.ts.
import { formatDate, formatRelativeTime, t } from "./i18n";
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
  return t("format-documents", { count });
}

/** `1 feature`, `3 features`. */
export function featureCount(count: number): string {
  return t("format-features", { count });
}

/**
 * The accessible name of a feature in the list: `Feature 001, Photo albums, 3 documents`;
 * `Feature SPEC-0b6b106c, in group, 2 documents` for an unnumbered one in a grouping folder.
 */
export function featureLabel(feature: Feature): string {
  const args = {
    number: feature.number ?? "",
    name: featureName(feature),
    group: feature.group ?? "",
    documents: documentCount(feature.documents.length),
  };
  if (feature.number) {
    return feature.group ? t("format-feature-label-group", args) : t("format-feature-label", args);
  }
  return feature.group ? t("format-feature-label-unnumbered-group", args) : t("format-feature-label-unnumbered", args);
}

const KIND_LABELS: Record<DocumentKind, () => string> = {
  plan: () => t("format-kind-plan"),
  spec: () => t("format-kind-spec"),
  tasks: () => t("format-kind-tasks"),
  research: () => t("format-kind-research"),
  dataModel: () => t("format-kind-data-model"),
  quickstart: () => t("format-kind-quickstart"),
  checklist: () => t("format-kind-checklist"),
  contract: () => t("format-kind-contract"),
  other: () => t("format-kind-other"),
};

export function documentKindLabel(kind: DocumentKind): string {
  return KIND_LABELS[kind]();
}

/** The headline of an error about opening a repository. */
export function openErrorTitle(code: ErrorCode): string {
  switch (code) {
    case "notFound":
      return t("open-error-not-found");
    case "permissionDenied":
      return t("open-error-permission-denied");
    case "notADirectory":
      return t("open-error-not-a-folder");
    case "notAllowed":
      return t("open-error-not-allowed");
    default:
      return t("open-error-other");
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
      return t("format-template-builtin-lite");
    case "builtinFull":
      return t("format-template-builtin-full");
    case "builtins":
      return t("format-template-builtins");
    case "repo":
      return source.relPath;
    case "stack":
      return t("format-template-stack", {
        layers: source.layers
          .map((l) => (l.strategy === "replace" ? l.relPath : `${l.relPath} (${l.strategy})`))
          .join(t("format-template-over")),
      });
  }
}

/** How long ago `at` was (epoch ms), as the language says it: `now`, `3 minutes ago`,
 * `yesterday`; a date beyond a month. */
export function formatAge(at: number, now: number): string {
  const seconds = Math.round((at - now) / 1000);
  if (Math.abs(seconds) < 45) return formatRelativeTime(0, "second");
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return formatRelativeTime(minutes, "minute");
  const hours = Math.round(seconds / 3600);
  if (Math.abs(hours) < 24) return formatRelativeTime(hours, "hour");
  const days = Math.round(seconds / 86400);
  if (Math.abs(days) < 30) return formatRelativeTime(days, "day");
  return formatDate(at, { dateStyle: "medium" });
}
