import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "./i18n";
import { coverageNote, coveringLabels, isFlagged } from "./coverage";
import type { FeatureCoverage, RequirementCoverage } from "./historyIpc";
import type { Span } from "./ipc";

const span = (line: number): Span => ({
  start: 0,
  end: 1,
  line,
  column: 1,
  columnUtf16: 1,
  endLine: line,
  endColumn: 2,
  endColumnUtf16: 2,
});

function requirement(id: string, taskIds: (string | null)[]): RequirementCoverage {
  return {
    requirement: { id, kind: "functional", text: `${id} text`, idSpan: span(3), span: span(3) },
    tasks: taskIds.map((taskId, i) => ({
      taskId,
      index: i,
      checked: false,
      line: 10 + i,
      via: "task",
      evidence: span(10 + i),
    })),
    checklistItems: [],
  };
}

function coverage(state: FeatureCoverage["state"], requirements: RequirementCoverage[]): FeatureCoverage {
  const covered = requirements.filter((r) => r.tasks.length > 0).length;
  return {
    feature: "001-a",
    relPath: "specs/001-a",
    specPath: "specs/001-a/spec.md",
    tasksPath: "specs/001-a/tasks.md",
    state,
    citationsFound: state === "traced",
    requirements,
    unknownCitations: [],
    duplicates: [],
    counts: {
      tasks: 3,
      citingTasks: 2,
      requirements: requirements.length,
      covered,
      uncovered: requirements.length - covered,
      unknownCitations: 0,
      duplicates: 0,
    },
  };
}

describe("coverage panel", () => {
  const rows = [requirement("FR-001", ["T001", "T002"]), requirement("FR-002", ["T003"]), requirement("FR-003", [])];

  it("sums up traced coverage with counts", () => {
    expect(coverageNote(coverage("traced", rows))).toBe("2 of 3 requirements covered by tasks; 1 uncovered.");
    expect(coverageNote(coverage("noCitations", rows))).toContain("never cites a requirement id");
    expect(coverageNote(coverage("noSpec", []))).toBe("No spec.md: no requirements to cover.");
  });

  it("says one requirement in the singular, and follows the language", async () => {
    expect(coverageNote(coverage("noTasks", [rows[2]]))).toBe("1 requirement; no tasks.md yet.");
    await setLocale("ja");
    expect(coverageNote(coverage("traced", rows))).toBe("要件 3 件中 2 件がタスクでカバーされています。未カバーは 1 件です。");
    expect(coveringLabels(requirement("FR-004", [null]))[0].label).toBe("10 行目");
    await setLocale("en");
  });

  afterEach(async () => {
    await setLocale("en");
  });

  it("flags uncovered requirements only when tasks exist", () => {
    const traced = coverage("traced", rows);
    expect(rows.map((r) => isFlagged(traced, r))).toEqual([false, false, true]);
    const noTasks = coverage("noTasks", rows);
    expect(rows.map((r) => isFlagged(noTasks, r))).toEqual([false, false, false]);
  });

  it("lists each covering task once, naming tasks without id by their line", () => {
    const row = requirement("FR-004", ["T001", "T001", null, "T007"]);
    expect(coveringLabels(row)).toEqual([
      { label: "T001", index: 0 },
      { label: "line 12", index: 2 },
      { label: "T007", index: 3 },
    ]);
  });
});
