import { describe, expect, it, vi } from "vitest";
import { setLocale } from "./i18n";
import { ReviewStore } from "./reviewState.svelte";
import { CommandError } from "./ipc";
import type { FeatureReview, RepoReview, ReviewIpc } from "./reviewIpc";
import { reviewRow } from "./testing/reviewFixtures";

/** A planned feature whose plan checklist holds `checked` and nothing else counts. */
function row(number: string, checked: boolean[]): FeatureReview {
  const progress = { done: checked.filter(Boolean).length, total: checked.length };
  return reviewRow(number, {
    stage: "planned",
    planChecklist: {
      items: checked.map((c, index) => ({ index, id: null, text: `item ${index}`, checked: c, line: 10 + index, section: null })),
      progress,
    },
    tasksPath: null,
    tasks: null,
    phases: [],
    coverage: { state: "noSpec", covered: 0, requirements: 0 },
    overall: progress,
    modifiedMs: null,
    documents: 1,
  });
}

function reviewOf(features: FeatureReview[]): RepoReview {
  return {
    name: "repo",
    template: { kind: "builtinLite" },
    features,
    summary: { features: features.length, plans: features.length, tasks: { done: 0, total: 0 }, planChecklists: { done: 0, total: 0 }, checklists: { done: 0, total: 0 }, errors: 0, warnings: 0 },
    stages: [],
    coverage: { done: 0, total: 0 },
    failing: 0,
    placeholders: 0,
  };
}

function fakeIpc(overrides: Partial<ReviewIpc> = {}): ReviewIpc {
  return {
    reviewStatus: vi.fn(async () => ({ review: reviewOf([row("002", [false, true]), row("001", [false])]), elapsedMs: 12 })),
    reviewSetCheckbox: vi.fn(async () => ({ hash: "new-hash" })),
    reportDiagramSources: vi.fn(async () => []),
    exportReport: vi.fn(async () => "/tmp/r.html"),
    ...overrides,
  };
}

describe("ReviewStore", () => {
  it("loads the review, sorted by number, with timings", async () => {
    const store = new ReviewStore(fakeIpc());
    await store.refresh();
    expect(store.rows.map((r) => r.number)).toEqual(["001", "002"]);
    expect(store.timings?.backendMs).toBe(12);
    store.filters = { ...store.filters, text: "002" };
    expect(store.rows.map((r) => r.number)).toEqual(["002"]);
  });

  it("writes a toggle with the row's hash, patches the row and tells the editor", async () => {
    const ipc = fakeIpc();
    const written: [string, string][] = [];
    const store = new ReviewStore(ipc, (path, hash) => void written.push([path, hash]));
    await store.refresh();
    const target = store.rows[1];
    expect(await store.setChecked(target, 0, true)).toBe("written");
    expect(ipc.reviewSetCheckbox).toHaveBeenCalledWith("specs/002-x/plan.md", 0, true, "hash-002");
    expect(written).toEqual([["specs/002-x/plan.md", "new-hash"]]);
    const patched = store.rows.find((r) => r.number === "002");
    expect(patched?.planChecklist?.progress).toEqual({ done: 2, total: 2 });
    expect(patched?.planHash).toBe("new-hash");
    expect(store.busy).toEqual({});
  });

  it("reports a conflict, writes nothing and refreshes", async () => {
    vi.useFakeTimers();
    const ipc = fakeIpc({
      reviewSetCheckbox: vi.fn(async () => {
        throw new CommandError({ code: "conflict", message: "changed", path: "p" });
      }),
    });
    const onWritten = vi.fn();
    const store = new ReviewStore(ipc, onWritten);
    await store.refresh();
    expect(await store.setChecked(store.rows[0], 0, true)).toBe("conflict");
    expect(onWritten).not.toHaveBeenCalled();
    expect(store.notice).toContain("changed since the review was shown");
    expect(store.rows[0].planChecklist?.progress.done).toBe(0);
    await vi.runAllTimersAsync();
    expect(ipc.reviewStatus).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it("does nothing for a feature without a readable plan", async () => {
    const ipc = fakeIpc();
    const store = new ReviewStore(ipc);
    const noPlan = { ...row("003", []), planPath: null, planHash: null };
    expect(await store.setChecked(noPlan, 0, true)).toBe("failed");
    expect(ipc.reviewSetCheckbox).not.toHaveBeenCalled();
  });

  it("remembers where the report went, or says why it was not written", async () => {
    const store = new ReviewStore(fakeIpc());
    expect(await store.exportReport()).toBe("/tmp/r.html");
    expect(store.exported).toBe("/tmp/r.html");
    const failing = new ReviewStore(
      fakeIpc({
        exportReport: vi.fn(async () => {
          throw new CommandError({ code: "permissionDenied", message: "denied", path: "/x" });
        }),
      }),
    );
    expect(await failing.exportReport()).toBeNull();
    expect(failing.notice).toBe("Could not export the report: denied");
    await setLocale("zh-Hans");
    expect(failing.notice).toBe("无法导出报告：denied");
    await setLocale("en");
    failing.dismissNotice();
    expect(failing.notice).toBeNull();
  });

  it("exports with the report's diagrams and exports once at a time", async () => {
    const ipc = fakeIpc();
    const store = new ReviewStore(ipc);
    const [first, second] = [store.exportReport(), store.exportReport()];
    expect(await second).toBeNull();
    expect(await first).toBe("/tmp/r.html");
    expect(ipc.reportDiagramSources).toHaveBeenCalledTimes(1);
    expect(ipc.exportReport).toHaveBeenCalledTimes(1);
    expect(ipc.exportReport).toHaveBeenCalledWith([]);
    expect(store.exportProgress).toBeNull();
  });
});
