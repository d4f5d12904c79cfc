// How requirement coverage is summed up in the Coverage panel, in the interface's language (called
// from templates, they follow a change of language). Pure functions, unit-tested in
// coverage.test.ts.
import type { FeatureCoverage, RequirementCoverage } from "./historyIpc";
import { t } from "./i18n";

/** One sentence on how far coverage can be judged, with the counts. */
export function coverageNote(coverage: FeatureCoverage): string {
  const c = coverage.counts;
  switch (coverage.state) {
    case "noSpec":
      return t("coverage-note-no-spec");
    case "noRequirements":
      return t("coverage-note-no-requirements");
    case "noTasks":
      return t("coverage-note-no-tasks", { requirements: c.requirements });
    case "noCitations":
      return t("coverage-note-no-citations", { requirements: c.requirements });
    case "traced":
      return t("coverage-note-traced", { covered: c.covered, requirements: c.requirements, uncovered: c.uncovered });
  }
}

/** Whether a requirement is flagged as uncovered (only meaningful when tasks cite ids). */
export function isFlagged(coverage: FeatureCoverage, row: RequirementCoverage): boolean {
  return (coverage.state === "traced" || coverage.state === "noCitations") && row.tasks.length === 0;
}

/** The task ids covering a requirement, each once, in order (`line N` for a task without id). */
export function coveringLabels(row: RequirementCoverage): { label: string; index: number }[] {
  const seen = new Set<string>();
  const out: { label: string; index: number }[] = [];
  row.tasks.forEach((task, index) => {
    const label = task.taskId ?? t("coverage-task-line", { line: task.line });
    if (seen.has(label)) return;
    seen.add(label);
    out.push({ label, index });
  });
  return out;
}
