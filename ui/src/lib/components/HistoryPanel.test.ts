import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, waitFor } from "@testing-library/svelte";
import { tick } from "svelte";
import type { Version } from "../historyIpc";
import { Buffer } from "../documents.svelte";
import { setLocale } from "../i18n";
import HistoryPanel from "./HistoryPanel.svelte";

// The panel talks to the back end through historyIpc: answered here from a fixed timeline.
const backend = vi.hoisted(() => ({ versions: [] as Version[] }));
vi.mock("../historyIpc", () => ({
  historyIpc: {
    versions: async () => backend.versions,
    versionText: async (id: string) => ({ id, text: `text of ${id}\n` }),
  },
  historyEvents: { onChanged: async () => () => {} },
  subscription: () => () => {},
}));

const today = new Date();
today.setHours(9, 5, 3, 0);

function version(id: string, over: Partial<Version>): Version {
  return {
    id,
    path: "specs/001-a/plan.md",
    hash: `hash-${id}`,
    at: today.getTime(),
    source: "saved",
    size: 1536,
    stored: 700,
    lines: 30,
    added: 1,
    removed: 0,
    ...over,
  };
}

describe("HistoryPanel", () => {
  beforeEach(() => {
    backend.versions = [
      version("bbbb", { source: "disk", added: 3, removed: 1 }),
      version("aaaa", { at: new Date(2026, 10, 24, 23, 59).getTime(), source: "saved", added: 12 }),
    ];
  });
  afterEach(async () => {
    cleanup();
    await setLocale("en");
  });

  function buffer(): Buffer {
    const b = new Buffer("specs/001-a/plan.md");
    b.loaded = true;
    b.baseHash = "hash-bbbb";
    b.text = b.savedText = "current\n";
    return b;
  }

  it("lists the versions with their source, size, change and time", async () => {
    render(HistoryPanel, { buffer: buffer(), onclose: vi.fn() });
    await waitFor(() => expect(screen.getAllByTestId("history-entry")).toHaveLength(2));
    expect(screen.getAllByTestId("history-source").map((s) => s.textContent)).toEqual(["changed on disk", "saved here"]);
    const entries = screen.getAllByTestId("history-entry");
    expect(entries[0].getAttribute("aria-label")).toBe("9:05:03 AM, changed on disk, 1.5 KB, 3 lines added, 1 line removed");
    expect(entries[1].textContent).toContain("Nov 24, 2026, 11:59 PM");
    expect(screen.getByText("on disk")).toBeTruthy();
  });

  it("renders in Japanese: title, sources, counts and dates", async () => {
    await setLocale("ja");
    render(HistoryPanel, { buffer: buffer(), onclose: vi.fn() });
    await waitFor(() => expect(screen.getAllByTestId("history-entry")).toHaveLength(2));
    expect(screen.getByRole("region", { name: "plan.md の履歴" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "履歴を閉じる" })).toBeTruthy();
    expect(screen.getAllByTestId("history-source").map((s) => s.textContent)).toEqual(["ディスク上で変更", "ここで保存"]);
    const entries = screen.getAllByTestId("history-entry");
    expect(entries[0].getAttribute("aria-label")).toBe("9:05:03、ディスク上で変更、1.5 KB、3 行追加、1 行削除");
    expect(entries[1].textContent).toContain("2026/11/24 23:59");
    expect(entries[1].getAttribute("aria-label")).toContain("12 行追加");
  });

  it("follows a change of language while open", async () => {
    render(HistoryPanel, { buffer: buffer(), onclose: vi.fn() });
    await waitFor(() => expect(screen.getAllByTestId("history-entry")).toHaveLength(2));
    await setLocale("ko");
    await tick();
    expect(screen.getAllByTestId("history-source").map((s) => s.textContent)).toEqual(["디스크에서 변경됨", "여기서 저장"]);
    expect(screen.getByRole("button", { name: "기록 닫기" })).toBeTruthy();
    expect(screen.getAllByTestId("history-entry")[1].getAttribute("aria-label")).toContain("12줄 추가");
  });

  it("says when nothing was recorded, in the language", async () => {
    backend.versions = [];
    await setLocale("zh-Hans");
    render(HistoryPanel, { buffer: buffer(), onclose: vi.fn() });
    await waitFor(() => expect(screen.getByTestId("history-empty").textContent).toBe("尚未记录任何版本。"));
  });
});
