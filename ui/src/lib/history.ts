// How the local history is shown: timeline entries, replacement notices, in the interface's
// language (called from templates, they follow a change of language). Pure functions,
// unit-tested in history.test.ts.
import { FluentNumber } from "@fluent/bundle";
import { formatDate, t } from "./i18n";
import type { ReplacementNotice, Version, VersionSource } from "./historyIpc";

const SOURCE_LABELS: Record<VersionSource, () => string> = {
  saved: () => t("history-source-saved"),
  disk: () => t("history-source-disk"),
  restored: () => t("history-source-restored"),
  deleted: () => t("history-source-deleted"),
};

/** The words the timeline shows for a version's source (as `specdesk-cli history`). */
export function sourceLabel(source: VersionSource): string {
  return SOURCE_LABELS[source]();
}

/** `512 B`, `1.5 KB`, `2.0 MB` (one decimal, as the language writes it). */
export function formatSize(bytes: number): string {
  const oneDecimal = (value: number): FluentNumber =>
    new FluentNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes < 1024) return t("history-size-bytes", { size: bytes });
  if (bytes < 1024 * 1024) return t("history-size-kb", { size: oneDecimal(bytes / 1024) });
  return t("history-size-mb", { size: oneDecimal(bytes / (1024 * 1024)) });
}

/** Local time as the language writes it, with the seconds today (`09:05:03`), with the date on
 * another day (`Nov 24, 2026, 11:59 PM`, `2026/11/24 23:59`). */
export function formatWhen(at: number, now: number): string {
  const d = new Date(at);
  const today = new Date(now);
  const sameDay =
    d.getFullYear() === today.getFullYear() && d.getMonth() === today.getMonth() && d.getDate() === today.getDate();
  if (sameDay) return formatDate(d, { timeStyle: "medium" });
  return formatDate(d, { dateStyle: "medium", timeStyle: "short" });
}

/** `+3 −1` against the previous version; empty for a deletion or no change. */
export function lineChange(version: Version): string {
  if (version.hash === null) return "";
  const parts: string[] = [];
  if (version.added > 0) parts.push(`+${version.added}`);
  if (version.removed > 0) parts.push(`−${version.removed}`);
  return parts.join(" ");
}

/** One row of the timeline. */
export interface TimelineEntry {
  id: string;
  when: string;
  source: string;
  /** Size, or empty for a deletion. */
  size: string;
  change: string;
  /** Whether the version has content (a deletion has none to compare or restore). */
  hasContent: boolean;
  /** The whole row in words, for assistive technology. */
  label: string;
}

export function timelineEntry(version: Version, now: number): TimelineEntry {
  const hasContent = version.hash !== null;
  const when = formatWhen(version.at, now);
  const source = sourceLabel(version.source);
  const size = hasContent ? formatSize(version.size) : "";
  const change = lineChange(version);
  const words = [
    when,
    source,
    size,
    version.added > 0 ? t("history-lines-added", { count: version.added }) : "",
    version.removed > 0 ? t("history-lines-removed", { count: version.removed }) : "",
  ].filter((w) => w.length > 0);
  return { id: version.id, when, source, size, change, hasContent, label: words.join(t("history-entry-separator")) };
}

/** The last path component: `specs/001-a/plan.md` → `plan.md`. */
export function fileName(relPath: string): string {
  return relPath.split("/").pop() ?? relPath;
}

/** `plan.md was replaced on disk` and why. */
export function replacementMessage(notice: ReplacementNotice): { title: string; detail: string } {
  const title = t("history-replaced-title", { file: fileName(notice.path) });
  const { reason, changedFraction } = notice.replacement;
  const detail =
    reason === "matchesTemplate"
      ? t("history-replaced-template")
      : t("history-replaced-lines", { percent: Math.round(changedFraction * 100) });
  return { title, detail };
}
