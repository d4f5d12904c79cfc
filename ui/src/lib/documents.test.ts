import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DocumentsStore } from "./documents.svelte";
import type { DocumentsIpc, IpcError } from "./ipc";

/** A file content standing for bytes in windows-1251 (the text after the marker, decoded). */
const CP1251 = "\u0001cp1251:";

/** An in-memory disk behind the same compare-and-swap contract as the Rust store. */
function fakeDisk(files: Record<string, string>) {
  const disk = new Map(Object.entries(files));
  const hash = (t: string) => `h${t.length}:${t}`;
  const writes: string[] = [];
  /** Paths the user may not write (read-only folder), and copies saved elsewhere. */
  const readOnly = new Set<string>();
  const copies = new Map<string, string>();
  const fail = (e: IpcError) => {
    throw e;
  };
  const ipc: DocumentsIpc = {
    async readDocument(relPath) {
      const text = disk.get(relPath);
      if (text === undefined) return fail({ code: "notFound", message: `${relPath}: not found`, path: relPath });
      if (text.includes("\0")) return fail({ code: "binary", message: `${relPath}: binary`, path: relPath });
      if (text.startsWith(CP1251)) return fail({ code: "invalidUtf8", message: `${relPath}: not UTF-8`, path: relPath });
      const writeBlock = readOnly.has(relPath) ? { cause: "folderNotWritable" as const, path: `/ro/${relPath}` } : null;
      return { relPath, kind: "plan", text, hash: hash(text), lineEnding: "lf", bom: false, encoding: null, convertible: false, writeBlock };
    },
    async readDecodedDocument(relPath) {
      const text = disk.get(relPath);
      if (text === undefined || !text.startsWith(CP1251)) return ipc.readDocument(relPath);
      const decoded = text.slice(CP1251.length);
      return { relPath, kind: "plan", text: decoded, hash: hash(text), lineEnding: "lf", bom: false, encoding: "windows-1251", convertible: true, writeBlock: null };
    },
    async convertDocument(relPath, baseHash) {
      const now = disk.get(relPath);
      if (now === undefined || hash(now) !== baseHash) return fail({ code: "conflict", message: "changed", path: relPath });
      const text = now.slice(CP1251.length);
      disk.set(relPath, text);
      writes.push(relPath);
      return { relPath, text, hash: hash(text), from: "windows-1251", undoVersion: "v-original" };
    },
    async saveCopyAs(relPath, text) {
      const path = `/home/u/copy-of-${relPath}`;
      copies.set(path, text);
      return path;
    },
    async saveDocument(relPath, text, baseHash) {
      if (readOnly.has(relPath)) return fail({ code: "permissionDenied", message: `${relPath}: permission denied`, path: relPath });
      const now = disk.get(relPath);
      if (now?.startsWith(CP1251)) return fail({ code: "invalidUtf8", message: "not UTF-8", path: relPath });
      const ok = baseHash === null ? now === undefined : now !== undefined && hash(now) === baseHash;
      if (!ok) {
        const e: IpcError = { code: "conflict", message: "changed", path: relPath };
        if (now !== undefined) {
          e.diskText = now;
          e.diskHash = hash(now);
        }
        return fail(e);
      }
      disk.set(relPath, text);
      writes.push(relPath);
      return { hash: hash(text) };
    },
    previewUpdate: async () => ({ version: 0, reset: true, start: 0, removed: 0, inserted: [], lineShift: 0, taskShift: 0, headings: [] }),
    validateDocument: async () => ({ diagnostics: [], template: null }),
    taskToggleEdit: async () => fail({ code: "invalid", message: "unused", path: null }),
  };
  return { disk, ipc, hash, writes, readOnly, copies };
}

describe("DocumentsStore", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("reads a document it could not open again after a change of language, for the reason in that language", async () => {
    const { ipc } = fakeDisk({ "b.md": "a\0b", "p.md": "text\n" });
    let language = "en";
    const speaking: DocumentsIpc = {
      ...ipc,
      readDocument: (relPath) =>
        ipc.readDocument(relPath).catch((e: IpcError) => {
          throw { ...e, message: `${language}: ${e.message}` };
        }),
    };
    const store = new DocumentsStore(speaking);
    const binary = await store.open("b.md");
    const plain = await store.open("p.md");
    store.setText("p.md", "edited\n");
    expect(binary.readOnly?.message).toBe("en: b.md: binary");
    language = "ko";
    await store.relocalize();
    expect(binary.readOnly).toEqual({ code: "binary", message: "ko: b.md: binary" });
    expect(plain.text).toBe("edited\n");
  });

  it("saves over the version it read and tracks dirtiness", async () => {
    const { disk, ipc } = fakeDisk({ "p.md": "one\n" });
    const store = new DocumentsStore(ipc);
    const buffer = await store.open("p.md");
    expect(buffer.dirty).toBe(false);
    store.setText("p.md", "one two\n");
    expect(buffer.dirty).toBe(true);
    expect(store.dirtyBuffers().map((b) => b.relPath)).toEqual(["p.md"]);
    expect(await store.save("p.md")).toBe(true);
    expect(disk.get("p.md")).toBe("one two\n");
    expect(buffer.dirty).toBe(false);
  });

  it("opens a document it cannot save read-only, saying why, and saves a copy elsewhere", async () => {
    const { disk, ipc, readOnly, copies, writes } = fakeDisk({ "p.md": "theirs\n" });
    readOnly.add("p.md");
    const store = new DocumentsStore(ipc, 1000);
    const buffer = await store.open("p.md");
    expect(buffer.writeBlock).toEqual({ cause: "folderNotWritable", path: "/ro/p.md" });
    expect(buffer.editable).toBe(false);
    store.setText("p.md", "mine\n");
    expect(buffer.text).toBe("theirs\n");
    expect(await store.save("p.md")).toBe(false);
    expect(await store.saveCopyAs("p.md")).toBe("/home/u/copy-of-p.md");
    expect(copies.get("/home/u/copy-of-p.md")).toBe("theirs\n");
    expect(disk.get("p.md")).toBe("theirs\n");
    expect(writes).toEqual([]);
  });

  it("keeps the text of a save the disk refused, and can still copy it elsewhere", async () => {
    const { disk, ipc, readOnly, copies } = fakeDisk({ "p.md": "base\n" });
    const store = new DocumentsStore(ipc, 1000);
    const buffer = await store.open("p.md");
    readOnly.add("p.md"); // permissions changed while open
    store.setText("p.md", "mine\n");
    expect(await store.save("p.md")).toBe(false);
    expect(buffer.saveError?.code).toBe("permissionDenied");
    expect(buffer.text).toBe("mine\n");
    expect(buffer.dirty).toBe(true);
    expect(store.dirtyBuffers().map((b) => b.text)).toEqual(["mine\n"]); // what the crash journal keeps
    expect(await store.saveCopyAs("p.md")).not.toBeNull();
    expect(copies.get("/home/u/copy-of-p.md")).toBe("mine\n");
    readOnly.delete("p.md"); // fixed: saving again works
    expect(await store.save("p.md")).toBe(true);
    expect(disk.get("p.md")).toBe("mine\n");
    expect(buffer.saveError).toBeNull();
  });

  it("reloadAll drops unsaved edits for what is on disk now", async () => {
    const { disk, ipc } = fakeDisk({ "p.md": "base\n" });
    const store = new DocumentsStore(ipc, 1000);
    const buffer = await store.open("p.md");
    store.setText("p.md", "mine\n");
    disk.set("p.md", "fresh\n");
    await store.reloadAll();
    expect(buffer.text).toBe("fresh\n");
    expect(buffer.dirty).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(disk.get("p.md")).toBe("fresh\n"); // the cancelled autosave wrote nothing
  });

  it("autosaves after a pause, and not when switched off", async () => {
    const { disk, ipc } = fakeDisk({ "p.md": "a" });
    const store = new DocumentsStore(ipc, 1000);
    await store.open("p.md");
    store.setText("p.md", "ab");
    await vi.advanceTimersByTimeAsync(900);
    expect(disk.get("p.md")).toBe("a");
    await vi.advanceTimersByTimeAsync(200);
    expect(disk.get("p.md")).toBe("ab");
    store.setAutosave(false);
    store.setText("p.md", "abc");
    await vi.advanceTimersByTimeAsync(5000);
    expect(disk.get("p.md")).toBe("ab");
  });

  it("never overwrites someone else's change: conflict, then keep mine or take theirs", async () => {
    const { disk, ipc } = fakeDisk({ "p.md": "base" });
    const store = new DocumentsStore(ipc);
    const buffer = await store.open("p.md");
    store.setText("p.md", "mine");
    disk.set("p.md", "theirs");
    expect(await store.save("p.md")).toBe(false);
    expect(disk.get("p.md")).toBe("theirs");
    expect(buffer.conflict?.diskText).toBe("theirs");
    expect(buffer.text).toBe("mine");
    // Autosave and plain saves stay off while the conflict is open.
    expect(await store.save("p.md")).toBe(false);
    expect(await store.keepMine("p.md")).toBe(true);
    expect(disk.get("p.md")).toBe("mine");
    expect(buffer.conflict).toBeNull();

    store.setText("p.md", "mine again");
    disk.set("p.md", "theirs again");
    await store.diskChanged("p.md");
    expect(buffer.conflict?.diskText).toBe("theirs again");
    store.takeTheirs("p.md");
    expect(buffer.text).toBe("theirs again");
    expect(buffer.dirty).toBe(false);
  });

  it("keep mine never overwrites a disk version the user was not shown", async () => {
    const { disk, ipc } = fakeDisk({ "p.md": "base" });
    const store = new DocumentsStore(ipc);
    const buffer = await store.open("p.md");
    store.setText("p.md", "mine");
    disk.set("p.md", "theirs");
    await store.diskChanged("p.md");
    expect(buffer.conflict?.diskText).toBe("theirs");
    // A third version lands after the banner showed "theirs" (the watcher has not said so yet).
    disk.set("p.md", "newest");
    expect(await store.keepMine("p.md")).toBe(false);
    expect(disk.get("p.md")).toBe("newest");
    expect(buffer.conflict?.diskText).toBe("newest");
    expect(await store.keepMine("p.md")).toBe(true);
    expect(disk.get("p.md")).toBe("mine");
    expect(buffer.conflict).toBeNull();
  });

  it("reloads a clean buffer on an external change and ignores its own echo", async () => {
    const { disk, ipc, hash } = fakeDisk({ "p.md": "v1" });
    const store = new DocumentsStore(ipc);
    const buffer = await store.open("p.md");
    const before = buffer.external;
    await store.diskChanged("p.md", hash("v1"));
    expect(buffer.external).toBe(before);
    disk.set("p.md", "v2");
    await store.diskChanged("p.md", hash("v2"));
    expect(buffer.text).toBe("v2");
    expect(buffer.external).toBe(before + 1);
    expect(buffer.conflict).toBeNull();
  });

  it("a deleted file is re-created only by an explicit save", async () => {
    const { disk, ipc, writes } = fakeDisk({ "p.md": "x" });
    const store = new DocumentsStore(ipc, 10);
    const buffer = await store.open("p.md");
    disk.delete("p.md");
    store.diskRemoved("p.md");
    store.setText("p.md", "x y");
    await vi.advanceTimersByTimeAsync(100);
    expect(writes).toEqual([]);
    expect(await store.save("p.md")).toBe(true);
    expect(disk.get("p.md")).toBe("x y");
    expect(buffer.deleted).toBe(false);
  });

  it("a document gone again when re-read keeps its text as a deleted buffer", async () => {
    const { disk, ipc } = fakeDisk({ "p.md": "only copy" });
    const store = new DocumentsStore(ipc);
    const buffer = await store.open("p.md");
    disk.delete("p.md");
    store.diskRemoved("p.md");
    // A later event (a rescan, a re-created folder) asks to re-read it; it is still gone.
    await store.diskChanged("p.md");
    expect(buffer.text).toBe("only copy");
    expect(buffer.deleted).toBe(true);
    expect(buffer.readOnly).toBeNull();
    // Also when the change event races the deletion of a clean buffer.
    const other = fakeDisk({ "q.md": "clean text" });
    const store2 = new DocumentsStore(other.ipc);
    const clean = await store2.open("q.md");
    other.disk.delete("q.md");
    await store2.diskChanged("q.md");
    expect(clean.text).toBe("clean text");
    expect(clean.deleted).toBe(true);
  });

  it("opens a binary file read-only with the reason, and never writes it", async () => {
    const { ipc, writes } = fakeDisk({ "b.md": "a\0b" });
    const store = new DocumentsStore(ipc);
    const buffer = await store.open("b.md");
    expect(buffer.readOnly?.code).toBe("binary");
    store.setText("b.md", "oops");
    expect(buffer.text).toBe("");
    expect(await store.save("b.md")).toBe(false);
    expect(writes).toEqual([]);
  });

  it("shows a windows-1251 document decoded and read-only until converted, then edits it", async () => {
    const { disk, ipc, writes, hash } = fakeDisk({ "p.md": `${CP1251}# План\n` });
    const store = new DocumentsStore(ipc);
    const buffer = await store.open("p.md");
    expect([buffer.text, buffer.encoding, buffer.editable, buffer.readOnly]).toEqual(["# План\n", "windows-1251", false, null]);
    store.setText("p.md", "# Changed\n");
    expect(buffer.text).toBe("# План\n");
    expect(await store.save("p.md")).toBe(false);
    await vi.runAllTimersAsync();
    expect(writes).toEqual([]);

    const done = await store.convertToUtf8("p.md");
    expect(disk.get("p.md")).toBe("# План\n");
    expect([buffer.encoding, buffer.editable, buffer.baseHash, buffer.dirty]).toEqual([null, true, done.hash, false]);
    expect(buffer.converted).toEqual({ from: "windows-1251", undoVersion: "v-original" });
    // The watcher's echo of the conversion changes nothing.
    await store.diskChanged("p.md", hash("# План\n"));
    expect(buffer.editable).toBe(true);
    store.setText("p.md", "# План 2\n");
    expect(await store.save("p.md")).toBe(true);
    expect(disk.get("p.md")).toBe("# План 2\n");
  });

  it("a conversion over bytes changed since is refused and the document stays read-only", async () => {
    const { disk, ipc, writes } = fakeDisk({ "p.md": `${CP1251}# Old\n` });
    const store = new DocumentsStore(ipc);
    const buffer = await store.open("p.md");
    disk.set("p.md", `${CP1251}# Newer\n`);
    await expect(store.convertToUtf8("p.md")).rejects.toMatchObject({ code: "conflict" });
    expect([buffer.encoding, writes]).toEqual(["windows-1251", []]);
    // The watcher then shows the newer bytes, still decoded and read-only.
    await store.diskChanged("p.md");
    expect([buffer.text, buffer.editable]).toEqual(["# Newer\n", false]);
  });

  it("a clean buffer whose file is rewritten in another encoding turns read-only", async () => {
    const { disk, ipc } = fakeDisk({ "p.md": "# Plan\n" });
    const store = new DocumentsStore(ipc);
    const buffer = await store.open("p.md");
    disk.set("p.md", `${CP1251}# Plan\n`);
    await store.diskChanged("p.md");
    expect([buffer.encoding, buffer.editable, buffer.text]).toEqual(["windows-1251", false, "# Plan\n"]);
  });
});
