import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "./i18n";
import { fileName, formatSize, formatWhen, lineChange, replacementMessage, sourceLabel, timelineEntry } from "./history";
import type { ReplacementNotice, Version } from "./historyIpc";

function version(over: Partial<Version> = {}): Version {
  return {
    id: "abcdef012345",
    path: "specs/001-a/plan.md",
    hash: "h1",
    at: new Date(2026, 10, 26, 9, 5, 3).getTime(),
    source: "disk",
    size: 2048,
    stored: 900,
    lines: 40,
    added: 3,
    removed: 1,
    ...over,
  };
}

describe("timeline entries", () => {
  const now = new Date(2026, 10, 26, 17, 0, 0).getTime();

  it("name each source as the timeline shows it", () => {
    expect(sourceLabel("saved")).toBe("saved here");
    expect(sourceLabel("disk")).toBe("changed on disk");
    expect(sourceLabel("restored")).toBe("restored");
    expect(sourceLabel("deleted")).toBe("deleted");
  });

  it("show today's versions by time and older ones with their date", () => {
    expect(formatWhen(new Date(2026, 10, 26, 9, 5, 3).getTime(), now)).toBe("9:05:03 AM");
    expect(formatWhen(new Date(2026, 10, 24, 23, 59, 0).getTime(), now)).toBe("Nov 24, 2026, 11:59 PM");
  });

  it("give sizes in readable units", () => {
    expect(formatSize(512)).toBe("512 B");
    expect(formatSize(1536)).toBe("1.5 KB");
    expect(formatSize(3 * 1024 * 1024)).toBe("3.0 MB");
  });

  it("count lines added and removed, and nothing for a deletion", () => {
    expect(lineChange(version())).toBe("+3 −1");
    expect(lineChange(version({ added: 0, removed: 4 }))).toBe("−4");
    expect(lineChange(version({ added: 0, removed: 0 }))).toBe("");
    expect(lineChange(version({ hash: null, source: "deleted", added: 0, removed: 40 }))).toBe("");
  });

  it("describe a whole row in words", () => {
    const e = timelineEntry(version({ source: "saved" }), now);
    expect(e).toMatchObject({ when: "9:05:03 AM", source: "saved here", size: "2.0 KB", change: "+3 −1", hasContent: true });
    expect(e.label).toBe("9:05:03 AM, saved here, 2.0 KB, 3 lines added, 1 line removed");
    const gone = timelineEntry(version({ hash: null, source: "deleted", size: 0, added: 0, removed: 0 }), now);
    expect(gone).toMatchObject({ size: "", change: "", hasContent: false, label: "9:05:03 AM, deleted" });
  });
});

describe("timeline entries in other languages", () => {
  const now = new Date(2026, 10, 26, 17, 0, 0).getTime();
  afterEach(async () => {
    await setLocale("en");
  });

  it("write times, sources and counts as the language does", async () => {
    await setLocale("ja");
    expect(formatWhen(new Date(2026, 10, 24, 23, 59, 0).getTime(), now)).toBe("2026/11/24 23:59");
    const e = timelineEntry(version({ source: "disk" }), now);
    expect(e).toMatchObject({ when: "9:05:03", source: "ディスク上で変更" });
    expect(e.label).toContain("3 行追加");
    await setLocale("ko");
    expect(sourceLabel("saved")).toBe("여기서 저장");
    expect(replacementMessage({ path: "specs/001-a/plan.md", versionId: "b", previousVersionId: "a", replacement: { reason: "mostLinesChanged", changedFraction: 0.5 } }).title).toBe(
      "plan.md 파일이 디스크에서 교체되었습니다",
    );
  });
});

describe("replacement notices", () => {
  const notice = (reason: "matchesTemplate" | "mostLinesChanged", changedFraction: number): ReplacementNotice => ({
    path: "specs/001-a/plan.md",
    versionId: "bbbb",
    previousVersionId: "aaaa",
    replacement: { reason, changedFraction },
  });

  it("name the file and say why it counts as a replacement", () => {
    expect(replacementMessage(notice("matchesTemplate", 0.9))).toEqual({
      title: "plan.md was replaced on disk",
      detail: "It now matches its template: the filled-in content is gone.",
    });
    expect(replacementMessage(notice("mostLinesChanged", 0.734)).detail).toBe("73% of its lines changed at once.");
  });

  it("use the last path component as the file name", () => {
    expect(fileName("specs/001-a/checklists/ux.md")).toBe("ux.md");
    expect(fileName("plan.md")).toBe("plan.md");
  });
});
