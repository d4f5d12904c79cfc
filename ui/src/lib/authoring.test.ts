import { describe, expect, it, vi } from "vitest";
import { AuthoringStore } from "./authoring.svelte";
import type { GitInfo } from "./authoringIpc";
import { fakeAuthoringIpc } from "./testing/authoringFixtures";


const GIT: GitInfo = {
  branch: "002-share-albums",
  branchFeature: "specs/002-share-albums",
  localBranches: ["002-share-albums", "main"],
  changed: [{ relPath: "specs/002-share-albums/plan.md", status: " M" }],
};

describe("AuthoringStore", () => {
  it("knows which documents and features have uncommitted changes", async () => {
    const store = new AuthoringStore(fakeAuthoringIpc({ gitStatus: async () => GIT }));
    await store.refreshGit();
    expect(store.git?.branch).toBe("002-share-albums");
    expect(store.changed.has("specs/002-share-albums/plan.md")).toBe(true);
    expect(store.featureChanged("specs/002-share-albums")).toBe(true);
    expect(store.featureChanged("specs/002-share")).toBe(false);
    expect(store.featureChanged("specs/001-albums")).toBe(false);
  });

  it("treats a failing git status as no git information", async () => {
    const store = new AuthoringStore(fakeAuthoringIpc({ gitStatus: () => Promise.reject(new Error("no repo open")) }));
    store.git = GIT;
    await store.refreshGit();
    expect(store.git).toBeNull();
    expect(store.changed.size).toBe(0);
  });

  it("debounces refreshes and keeps only the latest answer", async () => {
    vi.useFakeTimers();
    const calls = vi.fn(async () => GIT);
    const store = new AuthoringStore(fakeAuthoringIpc({ gitStatus: calls }));
    store.scheduleGitRefresh(100);
    store.scheduleGitRefresh(100);
    store.scheduleGitRefresh(100);
    await vi.advanceTimersByTimeAsync(150);
    expect(calls).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it("opens the New Feature dialog once, keeping its first title", () => {
    const store = new AuthoringStore(fakeAuthoringIpc({ gitStatus: async () => null }));
    store.openNewFeature("Albums");
    store.openNewFeature("Other");
    expect(store.newFeature).toEqual({ title: "Albums" });
  });
});
