import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "./i18n";
import { BranchesStore } from "./branchesState.svelte";
import { CommandError } from "./ipc";
import type { BranchesIpc, BranchFeature, Portfolio } from "./branchesIpc";
import { reviewRow } from "./testing/reviewFixtures";

function feature(number: string, source: number, editable: boolean, alsoOn: string[] = []): BranchFeature {
  return { review: reviewRow(number), source, editable, alsoOn };
}

function portfolio(commit = "c1"): Portfolio {
  return {
    sources: [
      { name: "main", kind: "checkout", branch: "main", reference: "refs/heads/main", commit: "c0", worktree: "/r" },
      { name: "004-x", kind: "local", branch: "004-x", reference: "refs/heads/004-x", commit, worktree: null },
    ],
    features: [feature("001", 0, true, ["004-x"]), feature("004", 1, false)],
    stages: [],
    notes: [],
  };
}

function fakeIpc(overrides: Partial<BranchesIpc> = {}): BranchesIpc & { documents: string[] } {
  const documents: string[] = [];
  return {
    documents,
    portfolio: async () => portfolio(),
    document: async (commit, relPath) => {
      documents.push(`${commit}:${relPath}`);
      return { text: `plan at ${commit}`, html: "<p>plan</p>", diagnostics: [] };
    },
    checkoutText: async () => null,
    fetch: async () => "",
    checkout: async () => undefined,
    worktreeAdd: async () => "/tmp/wt",
    onChanged: async () => () => undefined,
    onFetchProgress: async () => () => undefined,
    ...overrides,
  };
}

describe("BranchesStore", () => {
  it("reads the portfolio when the scope becomes All branches, and not before", async () => {
    let calls = 0;
    const store = new BranchesStore(fakeIpc({ portfolio: async () => (calls++, portfolio()) }));
    store.changed();
    expect(calls).toBe(0);
    await store.setScope("all");
    expect(calls).toBe(1);
    expect(store.reviews.map((r) => r.number)).toEqual(["001", "004"]);
    expect(store.sourceOf(store.portfolio!.features[1])?.name).toBe("004-x");
  });

  it("opens a branch document from its commit and compares it with the checkout's (none here)", async () => {
    const ipc = fakeIpc();
    const store = new BranchesStore(ipc);
    await store.setScope("all");
    const row = store.rowOf(store.portfolio!.features[1].review.relPath)!;
    await store.open(row, "specs/004/plan.md");
    expect(ipc.documents).toEqual(["c1:specs/004/plan.md"]);
    expect(store.opened?.compare).toBeNull();
    await store.compare();
    expect(store.opened?.compare).toBe("");
  });

  it("follows a new commit of the opened document's branch on refresh", async () => {
    let commit = "c1";
    const ipc = fakeIpc({ portfolio: async () => portfolio(commit) });
    const store = new BranchesStore(ipc);
    await store.setScope("all");
    await store.open(store.portfolio!.features[1], "specs/004/plan.md");
    commit = "c2";
    await store.refresh();
    expect(store.opened?.doc.text).toBe("plan at c2");
  });

  it("shows git's progress lines while fetching, and stops listening after", async () => {
    let hear: ((line: string) => void) | null = null;
    let listening = false;
    const seen: (string | null)[] = [];
    const store = new BranchesStore(
      fakeIpc({
        onFetchProgress: async (handler) => {
          hear = handler;
          listening = true;
          return () => void (listening = false);
        },
        fetch: async () => {
          hear?.("Receiving objects:  50% (1/2)");
          seen.push(store.progress);
          hear?.("Receiving objects: 100% (2/2), done.");
          seen.push(store.progress);
          return "";
        },
      }),
    );
    await store.fetch();
    expect(seen).toEqual(["Receiving objects:  50% (1/2)", "Receiving objects: 100% (2/2), done."]);
    expect(store.progress).toBeNull();
    expect(listening).toBe(false);
    expect(store.notice).toBe("Fetched every remote.");
  });

  it("says why an action failed, in the back end's words", async () => {
    const refused = new CommandError({ code: "invalid", message: "1 spec document(s) have uncommitted changes", path: null });
    const store = new BranchesStore(fakeIpc({ checkout: async () => Promise.reject(refused) }));
    await store.setScope("all");
    await store.checkout("004-x");
    expect(store.notice).toBe("Check out failed: 1 spec document(s) have uncommitted changes");
    expect(store.running).toBeNull();
  });

  describe("after a change of language", () => {
    afterEach(async () => {
      await setLocale("en");
    });

    it("says what the last action did in the new language, and can be dismissed", async () => {
      const store = new BranchesStore(fakeIpc({ worktreeAdd: async () => "/tmp/wt-004" }));
      await store.setScope("all");
      await store.worktreeAdd("004-x");
      expect(store.notice).toBe("Worktree of 004-x created in /tmp/wt-004.");
      await setLocale("ja");
      expect(store.notice).toBe("004-x のワークツリーを /tmp/wt-004 に作成しました。");
      store.dismissNotice();
      expect(store.notice).toBeNull();
    });

    it("reads the opened branch document again, even from the same commit", async () => {
      const ipc = fakeIpc();
      const store = new BranchesStore(ipc);
      await store.setScope("all");
      await store.open(store.portfolio!.features[1], "specs/004-x/plan.md");
      expect(ipc.documents).toEqual(["c1:specs/004-x/plan.md"]);
      await store.relocalize();
      expect(ipc.documents).toEqual(["c1:specs/004-x/plan.md", "c1:specs/004-x/plan.md"]);
      expect(store.opened?.relPath).toBe("specs/004-x/plan.md");
    });
  });

  it("returns to This checkout and forgets everything when the repository changes", async () => {
    const store = new BranchesStore(fakeIpc());
    await store.setScope("all");
    store.clear();
    expect([store.scope, store.portfolio, store.opened]).toEqual(["checkout", null, null]);
  });
});
