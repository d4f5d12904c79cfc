// Pure helpers of the live sidebar: filtering features, keeping the selection while the
// watcher reports changes, and the badge of a feature's validation counts. Unit-tested in
// liveSidebar.test.ts.
import type { Feature } from "./ipc";
import type { SidebarStatus, Progress, RepoChange } from "./outsideIpc";
import { featureName } from "./format";
import { t } from "./i18n";

/** The features whose number, folder name or title contain every word of `filter`. */
export function filterFeatures(features: Feature[], filter: string): Feature[] {
  const words = filter.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return features;
  return features.filter((f) => {
    const haystack = `${f.number} ${f.dirName} ${featureName(f)}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Where the selection goes after `changes`: along a rename, to the neighbour of a removed
 * feature (the next one, else the previous), else it stays. `features` is the list before. */
export function selectionAfterChanges(selected: string | null, features: string[], changes: RepoChange[]): string | null {
  let current = selected;
  for (const change of changes) {
    if (current === null) break;
    if (change.type === "featureRenamed" && change.from === current) {
      current = change.to;
    } else if (change.type === "featureRemoved" && change.relPath === current) {
      const removed = new Set(changes.flatMap((c) => (c.type === "featureRemoved" ? [c.relPath] : [])));
      const index = features.indexOf(current);
      const after = features.slice(index + 1).find((f) => !removed.has(f));
      const before = features.slice(0, Math.max(index, 0)).reverse().find((f) => !removed.has(f));
      current = after ?? before ?? null;
    }
  }
  return current;
}

export type Badge = "errors" | "warnings" | "clean" | "unreadable" | "none";

/** The validation badge of a feature: `none` without a plan (or before the first status). */
export function badgeOf(status: SidebarStatus | undefined): Badge {
  if (status?.planUnreadable) return "unreadable";
  const counts = status?.diagnostics;
  if (!counts) return "none";
  if (counts.errors > 0) return "errors";
  if (counts.warnings > 0) return "warnings";
  return "clean";
}

/** Accessible text of a badge: `2 errors`, `1 warning`, `valid`,
 * `plan.md not UTF-8 (looks like windows-1251)`. */
export function badgeLabel(status: SidebarStatus | undefined): string {
  if (status?.planUnreadable) return t("sidebar-badge-unreadable", { reason: status.planUnreadable });
  const counts = status?.diagnostics;
  if (!counts) return t("sidebar-badge-no-plan");
  if (counts.errors > 0) return t("sidebar-badge-errors", { count: counts.errors });
  if (counts.warnings > 0) return t("sidebar-badge-warnings", { count: counts.warnings });
  return t("sidebar-badge-valid");
}

/** `3/7`, or `null` when there is nothing to count. */
export function progressText(progress: Progress | undefined | null): string | null {
  if (!progress || progress.total === 0) return null;
  return t("sidebar-progress", { done: progress.done, total: progress.total });
}
