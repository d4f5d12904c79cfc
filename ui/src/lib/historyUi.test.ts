import { describe, expect, it } from "vitest";
import { HistoryUi } from "./historyUi.svelte";
import type { ReplacementNotice } from "./historyIpc";

const notice = (path: string, versionId: string, previousVersionId: string): ReplacementNotice => ({
  path,
  versionId,
  previousVersionId,
  replacement: { reason: "mostLinesChanged", changedFraction: 0.8 },
});

describe("HistoryUi", () => {
  it("keeps one notice per document, newest last", () => {
    const ui = new HistoryUi();
    ui.add(notice("specs/001-a/plan.md", "b1", "a1"));
    ui.add(notice("specs/002-b/plan.md", "b2", "a2"));
    expect(ui.notices.map((n) => n.path)).toEqual(["specs/001-a/plan.md", "specs/002-b/plan.md"]);
    ui.dismiss("specs/001-a/plan.md");
    expect(ui.notices.map((n) => n.path)).toEqual(["specs/002-b/plan.md"]);
  });

  it("a second replacement before an answer still restores what was there before the first", () => {
    const ui = new HistoryUi();
    ui.add(notice("specs/001-a/plan.md", "template", "filled"));
    ui.add(notice("specs/002-b/plan.md", "b2", "a2"));
    ui.add(notice("specs/001-a/plan.md", "other", "template"));
    expect(ui.notices).toHaveLength(2);
    const last = ui.notices[1];
    expect(last.path).toBe("specs/001-a/plan.md");
    expect(last.versionId).toBe("other");
    expect(last.previousVersionId).toBe("filled");
  });

  it("hands a history request only to its document, once", () => {
    const ui = new HistoryUi();
    ui.showHistory("specs/001-a/plan.md", "aaaa");
    expect(ui.take("specs/001-a/spec.md")).toBeNull();
    expect(ui.take("specs/001-a/plan.md")).toEqual({ path: "specs/001-a/plan.md", versionId: "aaaa" });
    expect(ui.take("specs/001-a/plan.md")).toBeNull();
  });
});
