// A review row for the Review view's tests: a planned feature with two plan checkboxes (the
// first ticked), tasks 1/4 and traced coverage; `over` replaces any field.
import type { FeatureReview } from "../reviewIpc";

export function reviewRow(number: string, over: Partial<FeatureReview> = {}): FeatureReview {
  return {
    relPath: `specs/${number}-x`,
    dirName: `${number}-x`,
    number,
    slug: "x",
    title: `Feature ${number}`,
    stage: "inProgress",
    validation: "clean",
    diagnostics: { errors: 0, warnings: 0, infos: 0 },
    placeholders: 0,
    planPath: `specs/${number}-x/plan.md`,
    planHash: `hash-${number}`,
    planChecklist: {
      items: [
        { index: 0, id: null, text: "Summary", checked: true, line: 40, section: "Status Checklist" },
        { index: 1, id: null, text: "Risks", checked: false, line: 41, section: "Status Checklist" },
      ],
      progress: { done: 1, total: 2 },
    },
    tasksPath: `specs/${number}-x/tasks.md`,
    tasks: { done: 1, total: 4 },
    phases: [{ title: "Phase 1: Setup", line: 7, progress: { done: 1, total: 4 } }],
    checklists: [],
    checklistProgress: { done: 0, total: 0 },
    coverage: { state: "traced", covered: 2, requirements: 3 },
    overall: { done: 2, total: 6 },
    modifiedMs: 1_000_000,
    documents: 3,
    unreadable: [],
    ...over,
  };
}
