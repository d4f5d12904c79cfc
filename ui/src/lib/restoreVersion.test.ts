import { describe, expect, it } from "vitest";
import { DocumentsStore } from "./documents.svelte";
import type { DocumentsIpc, IpcError } from "./ipc";
import type { HistoryIpc } from "./historyIpc";
import { restoreVersion } from "./restoreVersion";

/** A disk with one plan and a history holding an older version of it. */
function setup() {
  const disk = new Map<string, string>([["specs/001-a/plan.md", "# Plan\n\nTemplate.\n"]]);
  const hash = (t: string) => `h:${t}`;
  const versions: Record<string, string> = { v1: "# Plan\n\nFilled in.\n" };
  const restores: { id: string; expected: string | null }[] = [];
  const docs: DocumentsIpc = {
    async readDocument(relPath) {
      const text = disk.get(relPath);
      if (text === undefined) throw { code: "notFound", message: "gone", path: relPath } satisfies IpcError;
      return { relPath, kind: "plan", text, hash: hash(text), lineEnding: "lf", bom: false, encoding: null, convertible: false, writeBlock: null };
    },
    readDecodedDocument: async () => {
      throw new Error("unused");
    },
    convertDocument: async () => {
      throw new Error("unused");
    },
    saveCopyAs: async () => {
      throw new Error("unused");
    },
    async saveDocument(relPath, text) {
      disk.set(relPath, text);
      return { hash: hash(text) };
    },
    previewUpdate: async () => ({ version: 0, reset: true, start: 0, removed: 0, inserted: [], lineShift: 0, taskShift: 0, headings: [] }),
    validateDocument: async () => ({ diagnostics: [], template: null }),
    taskToggleEdit: async () => ({ span: { start: 0, end: 0, line: 1, column: 1, columnUtf16: 1, endLine: 1, endColumn: 1, endColumnUtf16: 1 }, insert: "" }),
  };
  const history: HistoryIpc = {
    versions: async () => [],
    versionText: async () => ({ version: {} as never, text: "" }),
    async restore(id, expected) {
      restores.push({ id, expected });
      const path = "specs/001-a/plan.md";
      const now = disk.get(path);
      if ((expected === null) !== (now === undefined) || (now !== undefined && hash(now) !== expected)) {
        throw { code: "conflict", message: "changed", path } satisfies IpcError;
      }
      disk.set(path, versions[id]);
      return { relPath: path, text: versions[id], hash: hash(versions[id]), encoding: null };
    },
    deleted: async () => ({ features: [], documents: [] }),
    restoreDeleted: async () => [],
    featureCoverage: async () => {
      throw new Error("unused");
    },
  };
  return { disk, hash, docs, history, restores };
}

describe("restoreVersion", () => {
  it("writes over the disk version the buffer is based on and shows the result as saved", async () => {
    const { disk, hash, docs, history, restores } = setup();
    const store = new DocumentsStore(docs, 60_000);
    const buffer = await store.open("specs/001-a/plan.md");
    const external = buffer.external;

    await restoreVersion(store, history, "specs/001-a/plan.md", "v1");

    expect(restores).toEqual([{ id: "v1", expected: hash("# Plan\n\nTemplate.\n") }]);
    expect(disk.get("specs/001-a/plan.md")).toBe("# Plan\n\nFilled in.\n");
    expect(buffer.text).toBe("# Plan\n\nFilled in.\n");
    expect(buffer.dirty).toBe(false);
    expect(buffer.baseHash).toBe(hash("# Plan\n\nFilled in.\n"));
    // The editor is told to apply the new text (as one change it can undo).
    expect(buffer.external).toBe(external + 1);
  });

  it("restores nothing when the disk moved on since the buffer's version", async () => {
    const { disk, docs, history } = setup();
    const store = new DocumentsStore(docs, 60_000);
    const buffer = await store.open("specs/001-a/plan.md");
    disk.set("specs/001-a/plan.md", "# Plan\n\nSomeone else.\n");

    await expect(restoreVersion(store, history, "specs/001-a/plan.md", "v1")).rejects.toMatchObject({ code: "conflict" });

    expect(disk.get("specs/001-a/plan.md")).toBe("# Plan\n\nSomeone else.\n");
    expect(buffer.text).toBe("# Plan\n\nTemplate.\n");
  });

  it("re-creates a deleted file (expects it absent)", async () => {
    const { disk, docs, history, restores } = setup();
    const store = new DocumentsStore(docs, 60_000);
    await store.open("specs/001-a/plan.md");
    disk.delete("specs/001-a/plan.md");
    store.diskRemoved("specs/001-a/plan.md");

    await restoreVersion(store, history, "specs/001-a/plan.md", "v1");

    expect(restores.at(-1)?.expected).toBeNull();
    expect(disk.get("specs/001-a/plan.md")).toBe("# Plan\n\nFilled in.\n");
    expect(store.buffers["specs/001-a/plan.md"].deleted).toBe(false);
  });
});

describe("restoreVersion with unsaved edits in conflict", () => {
  it("restores the disk under the edits and keeps them unsaved", async () => {
    const { disk, hash, docs, history, restores } = setup();
    const store = new DocumentsStore(docs, 60_000);
    store.setAutosave(false);
    const buffer = await store.open("specs/001-a/plan.md");
    store.setText("specs/001-a/plan.md", "# Plan\n\nTemplate. MINE\n");
    disk.set("specs/001-a/plan.md", "# Plan\n\nReplaced.\n");
    await store.diskChanged("specs/001-a/plan.md");
    expect(buffer.conflict?.diskText).toBe("# Plan\n\nReplaced.\n");

    await restoreVersion(store, history, "specs/001-a/plan.md", "v1");

    expect(restores.at(-1)?.expected).toBe(hash("# Plan\n\nReplaced.\n"));
    expect(disk.get("specs/001-a/plan.md")).toBe("# Plan\n\nFilled in.\n");
    expect(buffer.conflict).toBeNull();
    expect(buffer.text).toBe("# Plan\n\nTemplate. MINE\n");
    expect(buffer.savedText).toBe("# Plan\n\nFilled in.\n");
    expect(buffer.dirty).toBe(true);
  });
});
