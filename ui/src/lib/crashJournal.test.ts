import { afterEach, describe, expect, it, vi } from "vitest";
import { journalEntries, startJournal } from "./crashJournal";
import type { JournalEntry } from "./outsideIpc";

const pendingEntry: JournalEntry = { relPath: "specs/001-a/spec.md", text: "old run", baseHash: "h0", at: 1 };

describe("journalEntries", () => {
  it("journals dirty buffers and keeps undecided entries of files not open", () => {
    const source = { dirtyBuffers: () => [{ relPath: "specs/001-a/plan.md", text: "mine", baseHash: "h1" }] };
    const entries = journalEntries(source, [pendingEntry, { ...pendingEntry, relPath: "specs/001-a/plan.md" }], 5);
    expect(entries).toEqual([{ relPath: "specs/001-a/plan.md", text: "mine", baseHash: "h1", at: 5 }, pendingEntry]);
  });
});

describe("startJournal", () => {
  afterEach(() => vi.useRealTimers());

  it("writes only when the dirty set changed, including the empty set after a save", async () => {
    vi.useFakeTimers();
    let dirty = [{ relPath: "a.md", text: "one", baseHash: "h" }];
    const writes: JournalEntry[][] = [];
    const stop = startJournal({ dirtyBuffers: () => dirty }, () => [], async (e) => void writes.push(e), 100);
    await vi.advanceTimersByTimeAsync(350);
    expect(writes.map((w) => w.map((e) => e.text))).toEqual([["one"]]);
    dirty = [];
    await vi.advanceTimersByTimeAsync(100);
    expect(writes.at(-1)).toEqual([]);
    stop();
    dirty = [{ relPath: "a.md", text: "two", baseHash: "h" }];
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toHaveLength(2);
  });
});
