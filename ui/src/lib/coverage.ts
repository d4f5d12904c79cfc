// How requirement coverage is summed up in the Coverage panel. Pure functions, unit-tested in
// coverage.test.ts.
import type { FeatureCoverage, RequirementCoverage } from "./historyIpc";

/** One sentence on how far coverage can be judged, with the counts. */
export function coverageNote(coverage: FeatureCoverage): string {
  const c = coverage.counts;
  switch (coverage.state) {
    case "noSpec":
      return "No spec.md: no requirements to cover.";
    case "noRequirements":
      return "spec.md defines no requirement ids (FR-001, SC-001, …).";
    case "noTasks":
      return `${c.requirements} requirements; no tasks.md yet.`;
    case "noCitations":
      return `${c.requirements} requirements; tasks.md never cites a requirement id, so coverage can't be judged.`;
    case "traced":
      return `${c.covered} of ${c.requirements} requirements covered by tasks; ${c.uncovered} uncovered.`;
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
  row.tasks.forEach((t, index) => {
    const label = t.taskId ?? `line ${t.line}`;
    if (seen.has(label)) return;
    seen.add(label);
    out.push({ label, index });
  });
  return out;
}
