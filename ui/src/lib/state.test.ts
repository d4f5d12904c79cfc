import { describe, expect, it, vi } from "vitest";
import { inertOutsideIpc } from "./outsideIpc";
import { CommandError, toIpcError, type Ipc, type LaunchInfo, type Repository } from "./ipc";
import { AppStore } from "./state.svelte";
import { feature, repository } from "./testing/fixtures";

const launch: LaunchInfo = { repoPath: "/r/demo", source: "demo", version: "0.1.0", profile: "test" };

/** A fake back end whose answers the test controls. */
function fakeIpc(openRepo: Ipc["openRepo"]): Ipc & { opened: (string | null)[] } {
  const opened: (string | null)[] = [];
  return {
    opened,
    launchInfo: async () => launch,
    openRepo: (path) => {
      opened.push(path);
      return openRepo(path);
    },
  };
}

/** A promise the test resolves by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("AppStore", () => {
  it("opens the launch repository and selects its first feature", async () => {
    const repo = repository("/r/demo", [feature("001", "photo-albums"), feature("002", "sharing")]);
    const ipc = fakeIpc(async () => repo);
    const store = new AppStore(ipc);

    await store.start();

    expect(ipc.opened).toEqual([null]);
    expect(store.phase).toBe("ready");
    expect(store.launch).toEqual(launch);
    expect(store.features.map((f) => f.dirName)).toEqual(["001-photo-albums", "002-sharing"]);
    expect(store.selected?.dirName).toBe("001-photo-albums");
  });

  it("keeps the back end's error code so the UI can branch on it", async () => {
    const ipc = fakeIpc(async () => {
      throw new CommandError({ code: "notFound", message: "/nowhere: not found", path: "/nowhere" });
    });
    const store = new AppStore(ipc);

    await store.start();

    expect(store.phase).toBe("error");
    expect(store.error).toEqual({ code: "notFound", message: "/nowhere: not found", path: "/nowhere" });
    expect(store.repo).toBeNull();
    expect(store.selected).toBeNull();
  });

  it("recovers from an error when a retry succeeds", async () => {
    let fail = true;
    const repo = repository("/r/demo", [feature("001", "photo-albums")]);
    const store = new AppStore(
      fakeIpc(async () => {
        if (fail) throw { code: "permissionDenied", message: "/r/demo: permission denied", path: "/r/demo" };
        return repo;
      }),
    );
    await store.start();
    expect(store.error?.code).toBe("permissionDenied");

    fail = false;
    await store.reload();

    expect(store.phase).toBe("ready");
    expect(store.error).toBeNull();
    expect(store.selected?.number).toBe("001");
  });

  it("keeps only the answer of the latest open", async () => {
    const slow = deferred<Repository>();
    const fast = repository("/r/new", [feature("007", "new-thing")]);
    const store = new AppStore(fakeIpc((path) => (path === "/r/old" ? slow.promise : Promise.resolve(fast))));

    const first = store.open("/r/old");
    await store.open("/r/new");
    slow.resolve(repository("/r/old", [feature("001", "old-thing")]));
    await first;

    expect(store.repo?.root).toBe("/r/new");
    expect(store.selected?.slug).toBe("new-thing");
  });

  it("keeps the selection across a reload when the feature still exists", async () => {
    const repo = repository("/r/demo", [feature("001", "a"), feature("002", "b")]);
    const store = new AppStore(fakeIpc(async () => repo));
    await store.start();
    store.select("specs/002-b");
    store.select("specs/999-missing");

    await store.reload();

    expect(store.selected?.dirName).toBe("002-b");
  });
});

describe("toIpcError", () => {
  it("passes the back end's shape through", () => {
    expect(toIpcError({ code: "outsideRepo", message: "m", path: "/p" })).toEqual({
      code: "outsideRepo",
      message: "m",
      path: "/p",
    });
  });

  it("turns anything else into an internal error with a readable message", () => {
    expect(toIpcError("window closed")).toEqual({ code: "internal", message: "window closed", path: null });
    expect(toIpcError(new TypeError("no IPC"))).toEqual({ code: "internal", message: "no IPC", path: null });
    expect(toIpcError({ code: "madeUp", message: "m" }).code).toBe("internal");
    expect(toIpcError({ code: "toString", message: "m" }).code).toBe("internal");
  });
});

describe("AppStore, live", () => {
  const overview = (features: ReturnType<typeof feature>[]) => ({
    repo: repository("/r/demo", features),
    features: features.map((f) => ({
      relPath: f.relPath,
      plan: null,
      tasks: { done: 1, total: 2 },
      diagnostics: { errors: 1, warnings: 0, infos: 0 },
      documents: 1,
    })),
    summary: { features: 0, plans: 0, tasks: { done: 0, total: 0 }, planChecklists: { done: 0, total: 0 }, checklists: { done: 0, total: 0 }, errors: 0, warnings: 0 },
    template: { source: "builtinLite" },
  });

  it("re-scans after watcher changes, keeps statuses and follows a rename of the selection", async () => {
    let features = [feature("001", "a"), feature("002", "b")];
    const outside = { ...inertOutsideIpc, repoStatus: async () => overview(features) as never };
    const store = new AppStore(fakeIpc(async () => repository("/r/demo", features)), outside);
    await store.start();
    store.select("specs/002-b");
    await vi.waitFor(() => expect(store.status["specs/001-a"]?.diagnostics?.errors).toBe(1));

    features = [feature("001", "a"), feature("002", "bee")];
    await store.applyChanges({ root: "/r/demo", changes: [{ type: "featureRenamed", from: "specs/002-b", to: "specs/002-bee" }] });

    expect(store.features.map((f) => f.slug)).toEqual(["a", "bee"]);
    expect(store.selectedPath).toBe("specs/002-bee");
  });

  it("refreshes at once for a batch of changes, and once more for every batch that came during it", async () => {
    const features = [feature("001", "a")];
    const answers: ReturnType<typeof deferred<unknown>>[] = [];
    const outside = {
      ...inertOutsideIpc,
      repoStatus: () => {
        const answer = deferred<unknown>();
        answers.push(answer);
        return answer.promise as never;
      },
    };
    const store = new AppStore(fakeIpc(async () => repository("/r/demo", features)), outside);
    await store.start();
    answers[0].resolve(overview(features));
    const change = { root: "/r/demo", changes: [{ type: "documentChanged", relPath: "specs/001-a/plan.md", hash: null }] } as never;

    const first = store.applyChanges(change);
    await vi.waitFor(() => expect(answers.length).toBe(2));
    // Two more batches while that refresh runs: one refresh after it, not two.
    const second = store.applyChanges(change);
    const third = store.applyChanges(change);
    expect(second).toBe(third);
    answers[1].resolve(overview(features));
    await first;
    await vi.waitFor(() => expect(answers.length).toBe(3));
    answers[2].resolve(overview(features));
    await second;
    expect(answers.length).toBe(3);
  });

  it("a template change (or a rescan) asks for the plan to be checked again; a document change does not", async () => {
    const features = [feature("001", "a")];
    const outside = { ...inertOutsideIpc, repoStatus: async () => overview(features) as never };
    const store = new AppStore(fakeIpc(async () => repository("/r/demo", features)), outside);
    await store.start();
    const before = store.templateGeneration;
    await store.applyChanges({ root: "/r/demo", changes: [{ type: "documentChanged", relPath: "specs/001-a/plan.md", hash: "h" }] });
    expect(store.templateGeneration).toBe(before);
    await store.applyChanges({ root: "/r/demo", changes: [{ type: "templateChanged" }] });
    expect(store.templateGeneration).toBe(before + 1);
    await store.applyChanges({ root: "/r/demo", changes: [{ type: "rescan" }] });
    expect(store.templateGeneration).toBe(before + 2);
  });

  it("reopens the last repository and feature of the previous run when started without a path", async () => {
    const repo = repository("/r/last", [feature("001", "a"), feature("002", "b")]);
    const opened: string[] = [];
    const outside = {
      ...inertOutsideIpc,
      sessionLoad: async () => ({
        recent: ["/r/last"],
        last: { repo: "/r/last", feature: "specs/002-b", document: null, cursor: null, scroll: null },
      }),
      openRecent: async (path: string) => {
        opened.push(path);
        return repo;
      },
    };
    const store = new AppStore(fakeIpc(async () => repository("/r/demo", [])), outside);
    await store.start();
    expect(opened).toEqual(["/r/last"]);
    expect(store.repo?.root).toBe("/r/last");
    expect(store.selectedPath).toBe("specs/002-b");
  });

  it("puts the user back at the last document, cursor and scroll of the same repository", async () => {
    const repo = repository("/r/here", [feature("001", "a"), feature("002", "b")]);
    const saved: unknown[] = [];
    const outside = {
      ...inertOutsideIpc,
      sessionLoad: async () => ({
        recent: ["/r/here"],
        last: { repo: "/r/here", feature: "specs/002-b", document: "specs/002-b/spec.md", cursor: 42, scroll: 300 },
      }),
      sessionSave: async (last: unknown) => void saved.push(last),
    };
    // Launched with a path: the same repository as last time, so the place is resumed too.
    const store = new AppStore(fakeIpc(async () => repo), outside);
    await store.start();
    expect(store.selectedPath).toBe("specs/002-b");
    expect(store.resume).toEqual({ document: "specs/002-b/spec.md", cursor: 42, scroll: 300 });
    store.rememberPlace({ document: "specs/002-b/plan.md", cursor: 7, scroll: 0 });
    store.select("specs/001-a");
    store.rememberPlace();
    expect(saved).toEqual([
      { repo: "/r/here", feature: "specs/002-b", document: "specs/002-b/plan.md", cursor: 7, scroll: 0 },
      // Another feature: the other feature's document is not carried over.
      { repo: "/r/here", feature: "specs/001-a", document: null, cursor: null, scroll: null },
    ]);
  });

  it("falls back to the demo when the last repository cannot be opened", async () => {
    const outside = {
      ...inertOutsideIpc,
      sessionLoad: async () => ({
        recent: [],
        last: { repo: "/r/gone", feature: null, document: null, cursor: null, scroll: null },
      }),
      openRecent: async () => {
        throw { code: "notFound", message: "gone", path: "/r/gone" };
      },
    };
    const ipc = fakeIpc(async () => repository("/r/demo", [feature("001", "a")]));
    const store = new AppStore(ipc, outside);
    await store.start();
    expect(ipc.opened).toEqual([null]);
    expect(store.repo?.root).toBe("/r/demo");
  });
});
