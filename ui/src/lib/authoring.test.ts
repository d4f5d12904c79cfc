import { describe, expect, it, vi } from "vitest";
import { AuthoringStore } from "./authoring.svelte";
import type { AuthoringIpc, GitInfo } from "./authoringIpc";

function ipcWith(gitStatus: () => Promise<GitInfo | null>): AuthoringIpc {
  const unused = () => Promise.reject(new Error("not used"));
  return {
    previewNewFeature: unused,
    createNewFeature: unused,
    documentPlaceholders: unused,
    searchSpecs: unused,
    gitStatus,
  };
}

const GIT: GitInfo = {
  branch: "002-share-albums",
  branchFeature: "specs/002-share-albums",
  localBranches: ["002-share-albums", "main"],
  changed: [{ relPath: "specs/002-share-albums/plan.md", status: " M" }],
};

describe("AuthoringStore", () => {
  it("knows which documents and features have uncommitted changes", async () => {
    const store = new AuthoringStore(ipcWith(async () => GIT));
    await store.refreshGit();
    expect(store.git?.branch).toBe("002-share-albums");
    expect(store.changed.has("specs/002-share-albums/plan.md")).toBe(true);
    expect(store.featureChanged("specs/002-share-albums")).toBe(true);
    expect(store.featureChanged("specs/002-share")).toBe(false);
    expect(store.featureChanged("specs/001-albums")).toBe(false);
  });

  it("treats a failing git status as no git information", async () => {
    const store = new AuthoringStore(ipcWith(() => Promise.reject(new Error("no repo open"))));
    store.git = GIT;
    await store.refreshGit();
    expect(store.git).toBeNull();
    expect(store.changed.size).toBe(0);
  });

  it("debounces refreshes and keeps only the latest answer", async () => {
    vi.useFakeTimers();
    const calls = vi.fn(async () => GIT);
    const store = new AuthoringStore(ipcWith(calls));
    store.scheduleGitRefresh(100);
    store.scheduleGitRefresh(100);
    store.scheduleGitRefresh(100);
    await vi.advanceTimersByTimeAsync(150);
    expect(calls).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it("opens the New Feature dialog once, keeping its first title", () => {
    const store = new AuthoringStore(ipcWith(async () => null));
    store.openNewFeature("Albums");
    store.openNewFeature("Other");
    expect(store.newFeature).toEqual({ title: "Albums" });
  });
});
