// The "All branches" scope of Review and Pipeline: the portfolio (every feature in flight, each
// once), the branch document opened read-only with the checkout's version to compare, and the
// explicit git actions. State only; what is shown and how is decided in Rust.
import type { BranchDocument, BranchFeature, BranchesIpc, Portfolio, Source } from "./branchesIpc";
import type { FeatureReview } from "./reviewIpc";
import type { IpcError } from "./ipc";
import { toIpcError } from "./ipc";

/** Which features Review and Pipeline show. */
export type Scope = "checkout" | "all";

/** A branch document opened read-only. */
export interface OpenedBranchDocument {
  row: BranchFeature;
  source: Source;
  relPath: string;
  doc: BranchDocument;
  /** The checkout's text, once "Compare with this checkout's version" was asked (`""`: none). */
  compare: string | null;
}

export class BranchesStore {
  scope: Scope = $state("checkout");
  portfolio: Portfolio | null = $state.raw(null);
  loading = $state(false);
  error: IpcError | null = $state.raw(null);
  /** What the last action did or why it failed, in words. */
  notice: string | null = $state(null);
  /** An action is running (fetch, checkout, worktree): its name. */
  running: string | null = $state(null);
  /** The last progress line of a running fetch ("Receiving objects:  45% (9/20)"). */
  progress: string | null = $state(null);
  opened: OpenedBranchDocument | null = $state.raw(null);
  #ipc: BranchesIpc;
  #request = 0;

  constructor(ipc: BranchesIpc) {
    this.#ipc = ipc;
  }

  /** The reviews of the portfolio's rows (what the Pipeline draws). */
  get reviews(): FeatureReview[] {
    return this.portfolio?.features.map((f) => f.review) ?? [];
  }

  sourceOf(row: BranchFeature): Source | null {
    return this.portfolio?.sources[row.source] ?? null;
  }

  /** The row of a feature folder. */
  rowOf(relPath: string): BranchFeature | null {
    return this.portfolio?.features.find((f) => f.review.relPath === relPath) ?? null;
  }

  async setScope(scope: Scope): Promise<void> {
    this.scope = scope;
    if (scope === "all") await this.refresh();
  }

  async refresh(): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    try {
      const portfolio = await this.#ipc.portfolio();
      if (request !== this.#request) return;
      this.portfolio = portfolio;
      this.error = null;
      await this.#refreshOpened();
    } catch (thrown) {
      if (request === this.#request) this.error = toIpcError(thrown);
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  /** A branch moved: look again when the scope shows branches. */
  changed(): void {
    if (this.scope === "all") void this.refresh();
  }

  clear(): void {
    this.#request++;
    this.portfolio = null;
    this.opened = null;
    this.error = null;
    this.notice = null;
    this.scope = "checkout";
  }

  /** Open `relPath` of a read-only row from its commit. */
  async open(row: BranchFeature, relPath: string): Promise<void> {
    const source = this.sourceOf(row);
    if (!source?.commit) return;
    try {
      const doc = await this.#ipc.document(source.commit, relPath);
      this.opened = { row, source, relPath, doc, compare: null };
    } catch (thrown) {
      this.notice = `Could not read ${relPath} on ${source.name}: ${toIpcError(thrown).message}`;
    }
  }

  close(): void {
    this.opened = null;
  }

  /** "Compare with this checkout's version". */
  async compare(): Promise<void> {
    const opened = this.opened;
    if (!opened) return;
    try {
      const text = await this.#ipc.checkoutText(opened.relPath);
      if (this.opened === opened) this.opened = { ...opened, compare: text ?? "" };
    } catch (thrown) {
      this.notice = `Could not read this checkout's ${opened.relPath}: ${toIpcError(thrown).message}`;
    }
  }

  /** After a refresh, the opened document follows its row (a new commit shows at once). */
  async #refreshOpened(): Promise<void> {
    const opened = this.opened;
    if (!opened) return;
    const row = this.rowOf(opened.row.review.relPath);
    const source = row ? this.sourceOf(row) : null;
    if (!row || !source?.commit || row.editable) return;
    if (source.commit === opened.source.commit) return;
    const doc = await this.#ipc.document(source.commit, opened.relPath).catch(() => null);
    if (doc && this.opened === opened) this.opened = { ...opened, row, source, doc };
  }

  /** Run an action, saying what it did or why it failed. */
  async #act<T>(name: string, work: () => Promise<T>, done: (result: T) => string | null): Promise<T | null> {
    this.running = name;
    this.notice = null;
    try {
      const result = await work();
      this.notice = done(result);
      await this.refresh();
      return result;
    } catch (thrown) {
      this.notice = `${name} failed: ${toIpcError(thrown).message}`;
      return null;
    } finally {
      this.running = null;
    }
  }

  async fetch(): Promise<string | null> {
    const stop = await this.#ipc.onFetchProgress((line) => (this.progress = line)).catch(() => null);
    try {
      return await this.#act("Fetch", () => this.#ipc.fetch(), () => "Fetched every remote.");
    } finally {
      stop?.();
      this.progress = null;
    }
  }

  checkout(branch: string): Promise<void | null> {
    return this.#act("Check out", () => this.#ipc.checkout(branch), () => `Checked out ${branch}.`);
  }

  worktreeAdd(branch: string): Promise<string | null> {
    return this.#act(
      "Open in a worktree",
      () => this.#ipc.worktreeAdd(branch),
      (folder) => (folder ? `Worktree of ${branch} created in ${folder}.` : null),
    );
  }
}
