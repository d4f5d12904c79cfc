import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "./i18n";
import { badgeLabel, badgeOf, filterFeatures, progressText, selectionAfterChanges } from "./liveSidebar";
import { feature } from "./testing/fixtures";
import type { SidebarStatus } from "./outsideIpc";

function status(errors: number, warnings: number): SidebarStatus {
  return {
    relPath: "specs/001-a",
    plan: null,
    tasks: null,
    diagnostics: { errors, warnings, infos: 0 },
    documents: 1,
    planUnreadable: null,
  };
}

describe("filterFeatures", () => {
  const features = [feature("001", "photo-albums"), feature("002", "shared-albums"), feature("010", "export-pdf")];

  it("keeps features matching every word, by number or title", () => {
    expect(filterFeatures(features, "albums").map((f) => f.number)).toEqual(["001", "002"]);
    expect(filterFeatures(features, "ALBUMS shared").map((f) => f.number)).toEqual(["002"]);
    expect(filterFeatures(features, "010").map((f) => f.number)).toEqual(["010"]);
    expect(filterFeatures(features, "  ")).toHaveLength(3);
    expect(filterFeatures(features, "nothing")).toEqual([]);
  });
});

describe("selectionAfterChanges", () => {
  const list = ["specs/001-a", "specs/002-b", "specs/003-c"];

  it("follows a rename", () => {
    expect(selectionAfterChanges("specs/002-b", list, [{ type: "featureRenamed", from: "specs/002-b", to: "specs/002-bee" }])).toBe(
      "specs/002-bee",
    );
  });

  it("moves to the next feature, else the previous, when the selected one is removed", () => {
    expect(selectionAfterChanges("specs/002-b", list, [{ type: "featureRemoved", relPath: "specs/002-b" }])).toBe("specs/003-c");
    expect(
      selectionAfterChanges("specs/002-b", list, [
        { type: "featureRemoved", relPath: "specs/002-b" },
        { type: "featureRemoved", relPath: "specs/003-c" },
      ]),
    ).toBe("specs/001-a");
  });

  it("keeps the selection when other features change", () => {
    expect(selectionAfterChanges("specs/001-a", list, [{ type: "featureAdded", relPath: "specs/004-d" }])).toBe("specs/001-a");
    expect(selectionAfterChanges(null, list, [{ type: "rescan" }])).toBeNull();
  });
});

describe("badges and progress", () => {
  it("ranks errors over warnings over clean", () => {
    expect(badgeOf(status(2, 1))).toBe("errors");
    expect(badgeOf(status(0, 1))).toBe("warnings");
    expect(badgeOf(status(0, 0))).toBe("clean");
    expect(badgeOf(undefined)).toBe("none");
    const cp1251 = { ...status(0, 0), planUnreadable: "not UTF-8 (looks like windows-1251)" };
    expect(badgeOf(cp1251)).toBe("unreadable");
    expect(badgeLabel(cp1251)).toBe("plan.md not UTF-8 (looks like windows-1251)");
    expect(badgeLabel(status(1, 0))).toBe("1 error");
    expect(badgeLabel(status(0, 3))).toBe("3 warnings");
    expect(badgeLabel(status(0, 0))).toBe("valid");
  });

  it("writes progress as done/total, nothing when empty", () => {
    expect(progressText({ done: 3, total: 7 })).toBe("3/7");
    expect(progressText({ done: 0, total: 0 })).toBeNull();
    expect(progressText(null)).toBeNull();
  });
});

describe("badges in the interface's language", () => {
  afterEach(async () => {
    await setLocale("en");
  });

  it("says the counts in Korean and Japanese", async () => {
    await setLocale("ko");
    expect(badgeLabel(status(1, 0))).toBe("오류 1개");
    expect(badgeLabel(status(0, 0))).toBe("문제 없음");
    expect(badgeLabel(undefined)).toBe("계획 없음");
    await setLocale("ja");
    expect(badgeLabel(status(0, 3))).toBe("警告 3 件");
    expect(progressText({ done: 3, total: 7 })).toBe("3/7");
  });
});
