import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "./i18n";
import {
  ageLabel,
  byStage,
  coverageLabel,
  coverageTitle,
  filterRows,
  NO_FILTERS,
  patchChecked,
  progressLabel,
  sortRows,
  stageLabel,
  validationLabel,
} from "./review";
import type { FeatureReview } from "./reviewIpc";
import { reviewRow } from "./testing/reviewFixtures";

const row = reviewRow;

const rows = [
  row("010", { title: "Export to PDF", overall: { done: 5, total: 5 }, stage: "done", modifiedMs: 3_000 }),
  row("002", { validation: "errors", diagnostics: { errors: 2, warnings: 1, infos: 0 }, placeholders: 3, modifiedMs: 9_000 }),
  row("001", { title: "Photo albums", overall: { done: 0, total: 10 }, modifiedMs: null }),
  row("003", { validation: "unreadable", diagnostics: null, overall: { done: 1, total: 2 }, modifiedMs: 5_000 }),
];

const numbers = (list: FeatureReview[]): string[] => list.map((r) => r.number);

describe("filterRows", () => {
  it("lets everything through without filters", () => {
    expect(numbers(filterRows(rows, NO_FILTERS))).toEqual(["010", "002", "001", "003"]);
  });
  it("drops done features when asked for incomplete ones", () => {
    expect(numbers(filterRows(rows, { ...NO_FILTERS, incomplete: true }))).toEqual(["002", "001", "003"]);
  });
  it("keeps plans with errors and unreadable plans", () => {
    expect(numbers(filterRows(rows, { ...NO_FILTERS, errors: true }))).toEqual(["002", "003"]);
  });
  it("keeps plans with placeholders", () => {
    expect(numbers(filterRows(rows, { ...NO_FILTERS, placeholders: true }))).toEqual(["002"]);
  });
  it("matches every word against number, folder and title, ignoring case", () => {
    expect(numbers(filterRows(rows, { ...NO_FILTERS, text: "pdf 010" }))).toEqual(["010"]);
    expect(numbers(filterRows(rows, { ...NO_FILTERS, text: "PHOTO" }))).toEqual(["001"]);
    expect(numbers(filterRows(rows, { ...NO_FILTERS, text: "photo pdf" }))).toEqual([]);
  });
  it("combines conditions", () => {
    expect(numbers(filterRows(rows, { incomplete: true, errors: true, placeholders: false, text: "003" }))).toEqual(["003"]);
  });
});

describe("sortRows", () => {
  it("sorts by number, numerically, both ways", () => {
    expect(numbers(sortRows(rows, { key: "number", descending: false }))).toEqual(["001", "002", "003", "010"]);
    expect(numbers(sortRows(rows, { key: "number", descending: true }))).toEqual(["010", "003", "002", "001"]);
  });
  it("sorts by overall progress, ties by number", () => {
    // 001: 0%, 002: 33%, 003: 50%, 010: 100%.
    expect(numbers(sortRows(rows, { key: "progress", descending: false }))).toEqual(["001", "002", "003", "010"]);
    expect(numbers(sortRows(rows, { key: "progress", descending: true }))).toEqual(["010", "003", "002", "001"]);
  });
  it("sorts by last change, unknown dates first when ascending", () => {
    expect(numbers(sortRows(rows, { key: "modified", descending: true }))).toEqual(["002", "003", "010", "001"]);
    expect(numbers(sortRows(rows, { key: "modified", descending: false }))).toEqual(["001", "010", "003", "002"]);
  });
  it("does not reorder its input", () => {
    sortRows(rows, { key: "number", descending: false });
    expect(numbers(rows)).toEqual(["010", "002", "001", "003"]);
  });
});

describe("labels", () => {
  it("names validation states with counts", () => {
    expect(validationLabel(rows[1])).toBe("2 errors · 1 warning");
    expect(validationLabel(row("1", { validation: "warnings", diagnostics: { errors: 0, warnings: 1, infos: 0 } }))).toBe("1 warning");
    expect(validationLabel(row("1", { validation: "errors", diagnostics: { errors: 1, warnings: 0, infos: 0 } }))).toBe("1 error");
    expect(validationLabel(row("1", { validation: "noPlan", diagnostics: null }))).toBe("no plan");
    const cp1251 = { relPath: "specs/1-x/plan.md", name: "plan.md", kind: "plan", code: "invalidUtf8", encoding: "windows-1251", reason: "not UTF-8 (looks like windows-1251)" } as const;
    expect(validationLabel(row("1", { validation: "unreadable", diagnostics: null, unreadable: [cp1251] }))).toBe("plan.md not UTF-8 (looks like windows-1251)");
    expect(validationLabel(row("1", { validation: "unreadable", diagnostics: null }))).toBe("unreadable");
    expect(validationLabel(rows[0])).toBe("clean");
  });
  it("names coverage and progress", () => {
    expect(coverageLabel({ state: "traced", covered: 8, requirements: 9 })).toBe("8/9");
    expect(coverageLabel({ state: "noCitations", covered: 0, requirements: 9 })).toBe("not traced");
    expect(progressLabel({ done: 0, total: 0 })).toBe("—");
    expect(progressLabel({ done: 3, total: 5 })).toBe("3/5");
    expect(progressLabel(null)).toBe("—");
  });
  it("says how long ago", () => {
    const now = Date.UTC(2026, 2, 10, 12);
    expect(ageLabel(null, now)).toBe("—");
    expect(ageLabel(now - 10_000, now)).toBe("just now");
    expect(ageLabel(now - 5 * 60_000, now)).toBe("5 minutes ago");
    expect(ageLabel(now - 3 * 3_600_000, now)).toBe("3 hours ago");
    expect(ageLabel(now - 24 * 3_600_000, now)).toBe("yesterday");
    expect(ageLabel(now - 4 * 24 * 3_600_000, now)).toBe("4 days ago");
    expect(ageLabel(Date.UTC(2025, 0, 2, 12), now)).toBe("Jan 2, 2025");
  });
});

describe("labels in other languages", () => {
  afterEach(async () => {
    await setLocale("en");
  });

  it("follow the language they are asked in", async () => {
    const now = Date.UTC(2026, 2, 10, 12);
    await setLocale("ja");
    expect(stageLabel("inProgress")).toBe("進行中");
    expect(validationLabel(rows[1])).toBe("エラー 2 件 · 警告 1 件");
    expect(coverageTitle({ state: "traced", covered: 8, requirements: 9 })).toBe("要件 9 件中 8 件がタスクでカバーされています");
    expect(ageLabel(now - 5 * 60_000, now)).toBe("5 分前");
    expect(ageLabel(Date.UTC(2025, 0, 2, 12), now)).toBe("2025/01/02");
    await setLocale("ko");
    expect(stageLabel("done")).toBe("완료");
    expect(validationLabel(rows[1])).toBe("오류 2개 · 경고 1개");
    expect(ageLabel(now - 3 * 3_600_000, now)).toBe("3시간 전");
    await setLocale("zh-Hans");
    expect(stageLabel("specified")).toBe("仅有规范");
    expect(ageLabel(now - 24 * 3_600_000, now)).toBe("昨天");
  });
});

describe("patchChecked", () => {
  it("ticks one item and moves the counts and the hash", () => {
    const patched = patchChecked(rows[2], 1, true, "h1");
    expect(patched.planChecklist?.items.map((i) => i.checked)).toEqual([true, true]);
    expect(patched.planChecklist?.progress).toEqual({ done: 2, total: 2 });
    expect(patched.overall).toEqual({ done: 1, total: 10 });
    expect(patched.planHash).toBe("h1");
    expect(rows[2].planChecklist?.items[1].checked).toBe(false);
  });
  it("unticks and only updates the hash when nothing changes", () => {
    expect(patchChecked(rows[2], 0, false, "h2").planChecklist?.progress).toEqual({ done: 0, total: 2 });
    const same = patchChecked(rows[2], 0, true, "h3");
    expect(same.planChecklist?.progress).toEqual({ done: 1, total: 2 });
    expect(same.planHash).toBe("h3");
  });
});

describe("byStage", () => {
  it("groups rows into pipeline columns in order", () => {
    const columns = byStage(rows);
    expect(numbers(columns.done)).toEqual(["010"]);
    expect(numbers(columns.inProgress)).toEqual(["002", "001", "003"]);
    expect(columns.specified).toEqual([]);
  });
});
