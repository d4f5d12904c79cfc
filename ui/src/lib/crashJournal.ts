// The UI side of the crash journal: every few seconds the dirty buffers (plus journaled edits
// still waiting for the user's decision) go to the back end, which writes them atomically into
// the app's data directory. Unit-tested in crashJournal.test.ts.
import type { JournalEntry } from "./outsideIpc";

export interface DirtySource {
  dirtyBuffers(): { relPath: string; text: string; baseHash: string | null }[];
}

/** What to journal now: the dirty buffers, and the `pending` entries not open as buffers. */
export function journalEntries(source: DirtySource, pending: JournalEntry[], at: number): JournalEntry[] {
  const dirty = source.dirtyBuffers().map((b) => ({ relPath: b.relPath, text: b.text, baseHash: b.baseHash, at }));
  const open = new Set(dirty.map((e) => e.relPath));
  return [...dirty, ...pending.filter((p) => !open.has(p.relPath))];
}

/** A key that changes whenever the journal's content would. */
function contentKey(entries: JournalEntry[]): string {
  return JSON.stringify(entries.map((e) => [e.relPath, e.text, e.baseHash]));
}

/** Write the journal every `intervalMs` when it changed; returns a function that stops. */
export function startJournal(
  source: DirtySource,
  pending: () => JournalEntry[],
  write: (entries: JournalEntry[]) => Promise<void>,
  intervalMs = 3000,
): () => void {
  let last = contentKey([]);
  let writing = false;
  const flush = async (): Promise<void> => {
    if (writing) return;
    const entries = journalEntries(source, pending(), Date.now());
    const key = contentKey(entries);
    if (key === last) return;
    writing = true;
    try {
      await write(entries);
      last = key;
    } catch {
      // Try again at the next tick.
    } finally {
      writing = false;
    }
  };
  const timer = setInterval(() => void flush(), intervalMs);
  return () => clearInterval(timer);
}
