// Pure helpers of the Review view: filtering and sorting the rows for display, their labels (in
// the interface's language: called from templates, they follow a change of language), patching a
// row after a checkbox toggle.
// Every count comes from the back end (specdesk-core's review.rs); nothing is parsed or
// validated here. Unit-tested in review.test.ts.
import type { Progress } from "./bindings/Progress";
import type { ChecklistItem, CoverageSummary, FeatureReview, Stage, Validation } from "./reviewIpc";
import { formatDate, formatNumber, formatRelativeTime, t } from "./i18n";

/** What the filter bar asks for; every condition must hold. */
export interface ReviewFilters {
  /** Only features not done yet. */
  incomplete: boolean;
  /** Only features whose plan has errors (or could not be read). */
  errors: boolean;
  /** Only features whose plan has unfilled placeholders. */
  placeholders: boolean;
  /** Words that must all appear in the number, folder name or title. */
  text: string;
}

export const NO_FILTERS: ReviewFilters = { incomplete: false, errors: false, placeholders: false, text: "" };

export type SortKey = "number" | "progress" | "modified";

export interface ReviewSort {
  key: SortKey;
  descending: boolean;
}

/** The rows `filters` let through, in their order. */
export function filterRows(rows: FeatureReview[], filters: ReviewFilters): FeatureReview[] {
  const words = filters.text.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  return rows.filter((row) => {
    if (filters.incomplete && row.stage === "done") return false;
    if (filters.errors && !(row.validation === "errors" || row.validation === "unreadable")) return false;
    if (filters.placeholders && row.placeholders === 0) return false;
    if (words.length === 0) return true;
    const haystack = `${row.number} ${row.dirName} ${row.title}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Fraction done (0 when there is nothing to do). */
export function ratio(p: Progress | null | undefined): number {
  return p && p.total > 0 ? Math.min(p.done, p.total) / p.total : 0;
}

/** Numbered features first (by number), then timestamped ones (`20260115-143000`), then the rest. */
function numberRank(number: string): number {
  if (/^\d+$/.test(number)) return 0;
  return number === "" ? 2 : 1;
}

function compareNumber(a: FeatureReview, b: FeatureReview): number {
  const rank = numberRank(a.number) - numberRank(b.number);
  if (rank !== 0) return rank;
  const byNumber =
    numberRank(a.number) === 0
      ? Number.parseInt(a.number, 10) - Number.parseInt(b.number, 10)
      : a.number.localeCompare(b.number);
  return byNumber || a.dirName.localeCompare(b.dirName) || a.relPath.localeCompare(b.relPath);
}

/** A sorted copy of `rows`. Ties (and features without a date) fall back to the number. */
export function sortRows(rows: FeatureReview[], sort: ReviewSort): FeatureReview[] {
  const direction = sort.descending ? -1 : 1;
  const primary = (a: FeatureReview, b: FeatureReview): number => {
    switch (sort.key) {
      case "number":
        return compareNumber(a, b);
      case "progress":
        return ratio(a.overall) - ratio(b.overall) || a.overall.total - b.overall.total;
      case "modified":
        return (a.modifiedMs ?? 0) - (b.modifiedMs ?? 0);
    }
  };
  return [...rows].sort((a, b) => primary(a, b) * direction || compareNumber(a, b));
}

const STAGE_LABELS: Record<Stage, () => string> = {
  specified: () => t("review-stage-specified"),
  planned: () => t("review-stage-planned"),
  tasksWritten: () => t("review-stage-tasks-written"),
  inProgress: () => t("review-stage-in-progress"),
  done: () => t("review-stage-done"),
};

/** Pipeline order. */
export const STAGES: Stage[] = ["specified", "planned", "tasksWritten", "inProgress", "done"];

/** `Spec only`, `In progress`… in the interface's language. */
export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage]();
}

type Validated = Pick<FeatureReview, "validation" | "diagnostics" | "unreadable">;

/** The parts of a validation label (`2 errors`, `1 warning`), to be shown ` · `-separated. */
export function validationParts(row: Validated): string[] {
  const counts = row.diagnostics ?? { errors: 0, warnings: 0, infos: 0 };
  const plan = row.unreadable.find((u) => u.kind === "plan");
  const errors = (): string => t("review-validation-errors", { count: counts.errors });
  const warnings = (): string => t("review-validation-warnings", { count: counts.warnings });
  const labels: Record<Validation, () => string[]> = {
    noPlan: () => [t("review-validation-no-plan")],
    unreadable: () => [
      plan ? t("review-validation-unreadable-file", { name: plan.name, reason: plan.reason }) : t("review-validation-unreadable"),
    ],
    clean: () => [t("review-validation-clean")],
    warnings: () => [warnings()],
    errors: () => (counts.warnings > 0 ? [errors(), warnings()] : [errors()]),
  };
  return labels[row.validation]();
}

/** `clean`, `2 errors · 1 warning`, `no plan`, `plan.md not UTF-8 (looks like windows-1251)`. */
export function validationLabel(row: Validated): string {
  return validationParts(row).join(" · ");
}

/** `8/9`, or why coverage can't be judged (short; the title says more). */
export function coverageLabel(c: CoverageSummary): string {
  switch (c.state) {
    case "traced":
      return `${formatNumber(c.covered)}/${formatNumber(c.requirements)}`;
    case "noCitations":
      return t("review-coverage-not-traced");
    case "noTasks":
      return t("review-coverage-no-tasks");
    case "noRequirements":
      return t("review-coverage-no-ids");
    case "noSpec":
      return t("review-coverage-no-spec");
  }
}

/** The tooltip of a coverage cell. */
export function coverageTitle(c: CoverageSummary): string {
  const args = { covered: c.covered, requirements: c.requirements };
  switch (c.state) {
    case "traced":
      return t("review-coverage-traced-title", args);
    case "noCitations":
      return t("review-coverage-no-citations-title", args);
    case "noTasks":
      return t("review-coverage-no-tasks-title", args);
    case "noRequirements":
      return t("review-coverage-no-requirements-title");
    case "noSpec":
      return t("review-coverage-no-spec-title");
  }
}

/** `3/5`, or `—`. */
export function progressLabel(p: Progress | null | undefined): string {
  return p && p.total > 0 ? `${formatNumber(p.done)}/${formatNumber(p.total)}` : "—";
}

/** `just now`, `5 minutes ago`, `3 hours ago`, `yesterday`, `5 days ago` in the interface's
 * language, else the date. */
export function ageLabel(ms: number | null, now: number): string {
  if (ms === null) return "—";
  const minutes = Math.floor((now - ms) / 60000);
  if (minutes < 1) return t("review-age-just-now");
  if (minutes < 60) return formatRelativeTime(-minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return formatRelativeTime(-hours, "hour");
  const days = Math.floor(hours / 24);
  if (days < 30) return formatRelativeTime(-days, "day");
  return formatDate(ms, { dateStyle: "medium" });
}

/** When a feature last changed, in full (the age's tooltip). */
export function modifiedTitle(ms: number | null): string {
  return ms === null ? "" : formatDate(ms, { dateStyle: "medium", timeStyle: "short" });
}

/** The row after checkbox `index` of its plan was set to `checked` and the plan now has `hash`
 * (shown at once; the back end's next review replaces it). */
export function patchChecked(row: FeatureReview, index: number, checked: boolean, hash: string): FeatureReview {
  const list = row.planChecklist;
  if (!list) return row;
  const before = list.items.find((i) => i.index === index);
  if (!before || before.checked === checked) return { ...row, planHash: hash };
  const items: ChecklistItem[] = list.items.map((i) => (i.index === index ? { ...i, checked } : i));
  const delta = checked ? 1 : -1;
  return {
    ...row,
    planHash: hash,
    planChecklist: { items, progress: { done: list.progress.done + delta, total: list.progress.total } },
    overall: { done: row.overall.done + delta, total: row.overall.total },
  };
}

/** The rows of each stage, in pipeline order. */
export function byStage(rows: FeatureReview[]): Record<Stage, FeatureReview[]> {
  const columns: Record<Stage, FeatureReview[]> = { specified: [], planned: [], tasksWritten: [], inProgress: [], done: [] };
  for (const row of rows) columns[row.stage].push(row);
  return columns;
}
