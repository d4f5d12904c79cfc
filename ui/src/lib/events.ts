// The back end's events, wired to the app: watcher changes refresh the sidebar and reach the
// open buffers; menu clicks run their actions. Every handled batch of changes is recorded with
// its arrival and on-screen times (epoch milliseconds) in `window.__specdeskChanges`, which the
// end-to-end tests read to measure external-write → UI latency.
import { tick } from "svelte";
import type { UnlistenFn } from "@tauri-apps/api/event";
import type { AppStore } from "./state.svelte";
import type { BackendEvents, RepoChange, RepoChangesEvent } from "./outsideIpc";

/** What the open buffers must hear about (provided by the editor's document store). */
export interface BufferHooks {
  /** A document changed on disk (not by us; `hash`: of its new bytes, when known); resolves once
   * the editor shows the outcome. */
  diskChanged(relPath: string, hash: string | null): Promise<void> | void;
  /** A document vanished from disk. */
  diskRemoved(relPath: string): Promise<void> | void;
  /** The documents open in buffers. */
  openPaths(): string[];
}

/** What `change` means for the open buffers: paths to re-read and paths that are gone. A
 * document or feature that (re)appears is re-read too: it may be an open document that was
 * deleted and re-created, or changed within the same moment. */
export function bufferEffects(change: RepoChange, open: string[]): { reread: [string, string | null][]; gone: string[] } {
  const under = (folder: string) => open.filter((p) => p.startsWith(`${folder}/`));
  switch (change.type) {
    case "documentChanged":
      return { reread: [[change.relPath, change.hash]], gone: [] };
    case "documentAdded":
      return { reread: open.includes(change.relPath) ? [[change.relPath, null]] : [], gone: [] };
    case "documentRemoved":
      return { reread: [], gone: [change.relPath] };
    case "featureAdded":
    case "specsDirAdded":
      return { reread: under(change.relPath).map((p) => [p, null]), gone: [] };
    case "featureRemoved":
    case "specsDirRemoved":
      return { reread: [], gone: under(change.relPath) };
    case "featureRenamed":
      return { reread: [], gone: under(change.from) };
    case "rescan":
      return { reread: open.map((p) => [p, null]), gone: [] };
    case "templateChanged":
    case "configChanged":
      // No document changed; the store has plans checked again.
      return { reread: [], gone: [] };
  }
}

/** Menu ids → actions. Unknown ids are ignored. */
export type MenuActions = Partial<Record<string, () => void | Promise<void>>>;

/** One handled batch, for latency measurements. */
export interface ChangeRecord {
  changes: RepoChange[];
  /** When the event arrived. */
  receivedAt: number;
  /** When the sidebar and buffers had been updated and painted. */
  shownAt: number;
}

declare global {
  interface Window {
    __specdeskChanges?: ChangeRecord[];
  }
}

const now = (): number => performance.timeOrigin + performance.now();

/** Two animation frames: the DOM change is on screen. */
function painted(): Promise<void> {
  if (typeof requestAnimationFrame !== "function") return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Handle one batch: sidebar first, then the buffers; record the timing. */
export async function handleRepoChanges(store: AppStore, buffers: BufferHooks | null, event: RepoChangesEvent): Promise<void> {
  const receivedAt = now();
  const work: Promise<void>[] = [store.applyChanges(event)];
  for (const change of event.changes) {
    if (!buffers) break;
    const { reread, gone } = bufferEffects(change, buffers.openPaths());
    for (const [relPath, hash] of reread) work.push(Promise.resolve(buffers.diskChanged(relPath, hash)));
    for (const relPath of gone) work.push(Promise.resolve(buffers.diskRemoved(relPath)));
  }
  await Promise.allSettled(work);
  await tick();
  await painted();
  const records = (window.__specdeskChanges ??= []);
  records.push({ changes: event.changes, receivedAt, shownAt: now() });
  if (records.length > 500) records.splice(0, records.length - 500);
}

/** Listen to the back end; returns a function that stops listening. */
export async function connectEvents(
  events: BackendEvents,
  store: AppStore,
  buffers: () => BufferHooks | null,
  actions: MenuActions,
): Promise<() => void> {
  const stops: UnlistenFn[] = await Promise.all([
    events.onRepoChanges((event) => void handleRepoChanges(store, buffers(), event)),
    events.onMenu(({ id }) => void actions[id]?.()),
    events.onWatchError((error) => console.warn(`SpecDesk is not watching the repository: ${error.message}`)),
  ]);
  return () => stops.forEach((stop) => stop());
}
