// How the local history is shown: timeline entries, replacement notices. Pure functions,
// unit-tested in history.test.ts.
import type { ReplacementNotice, Version, VersionSource } from "./historyIpc";

const SOURCE_LABELS: Record<VersionSource, string> = {
  saved: "saved here",
  disk: "changed on disk",
  restored: "restored",
  deleted: "deleted",
};

/** The words the timeline shows for a version's source (as `specdesk-cli history`). */
export function sourceLabel(source: VersionSource): string {
  return SOURCE_LABELS[source];
}

/** `512 B`, `1.5 KB`, `2.0 MB`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** Local time: `14:03:09` today, `2026-11-24 14:03` on another day. */
export function formatWhen(at: number, now: number): string {
  const d = new Date(at);
  const today = new Date(now);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const sameDay =
    d.getFullYear() === today.getFullYear() && d.getMonth() === today.getMonth() && d.getDate() === today.getDate();
  if (sameDay) return `${time}:${pad(d.getSeconds())}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}`;
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
    `${when}, ${source}`,
    size,
    version.added > 0 ? `${version.added} lines added` : "",
    version.removed > 0 ? `${version.removed} lines removed` : "",
  ].filter((w) => w.length > 0);
  return { id: version.id, when, source, size, change, hasContent, label: words.join(", ") };
}

/** The last path component: `specs/001-a/plan.md` → `plan.md`. */
export function fileName(relPath: string): string {
  return relPath.split("/").pop() ?? relPath;
}

/** `plan.md was replaced on disk` and why. */
export function replacementMessage(notice: ReplacementNotice): { title: string; detail: string } {
  const title = `${fileName(notice.path)} was replaced on disk`;
  const { reason, changedFraction } = notice.replacement;
  const detail =
    reason === "matchesTemplate"
      ? "It now matches its template: the filled-in content is gone."
      : `${Math.round(changedFraction * 100)}% of its lines changed at once.`;
  return { title, detail };
}
