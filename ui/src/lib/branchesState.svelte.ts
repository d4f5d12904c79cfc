// The "All branches" scope of Review and Pipeline: the portfolio (every feature in flight, each
// once), the branch document opened read-only with the checkout's version to compare, and the
// explicit git actions. State only; what is shown and how is decided in Rust.
import type { BranchDocument, BranchFeature, BranchesIpc, Portfolio, Source } from "./branchesIpc";
import type { FeatureReview } from "./reviewIpc";
import type { IpcError } from "./ipc";
import { toIpcError } from "./ipc";
import { t } from "./i18n";

/** Which features Review and Pipeline show. */
export type Scope = "checkout" | "all";

/** The git actions. */
export type BranchAction = "fetch" | "checkout" | "worktree";

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
  /** What the last action did or why it failed, kept as a function so that it is said in the
   * interface's current language when read. */
  #notice: (() => string) | null = $state.raw(null);
  /** The action running, if any. */
  running: BranchAction | null = $state(null);
  /** The last progress line of a running fetch ("Receiving objects:  45% (9/20)"). */
  progress: string | null = $state(null);
  opened: OpenedBranchDocument | null = $state.raw(null);
  #ipc: BranchesIpc;
  #request = 0;

  constructor(ipc: BranchesIpc) {
    this.#ipc = ipc;
  }

  /** What the last action did or why it failed, in words. */
  get notice(): string | null {
    return this.#notice?.() ?? null;
  }

  dismissNotice(): void {
    this.#notice = null;
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
    this.#notice = null;
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
      const { message } = toIpcError(thrown);
      this.#notice = () => t("branches-open-failed", { path: relPath, branch: source.name, message });
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
      const { message } = toIpcError(thrown);
      this.#notice = () => t("branches-compare-failed", { path: opened.relPath, message });
    }
  }

  /** The interface changed language: read again what the back end wrote in the old one (the
   * notes, the sources' names, the opened document's diagnostics). */
  async relocalize(): Promise<void> {
    await this.refresh();
    await this.#refreshOpened(true);
  }

  /** After a refresh, the opened document follows its row (a new commit shows at once);
   * `always`: read it again even from the same commit. */
  async #refreshOpened(always = false): Promise<void> {
    const opened = this.opened;
    if (!opened) return;
    const row = this.rowOf(opened.row.review.relPath);
    const source = row ? this.sourceOf(row) : null;
    if (!row || !source?.commit || row.editable) return;
    if (source.commit === opened.source.commit && !always) return;
    const doc = await this.#ipc.document(source.commit, opened.relPath).catch(() => null);
    if (doc && this.opened === opened) this.opened = { ...opened, row, source, doc };
  }

  /** Run an action, saying what it did (`done`) or why it failed (`failed`, with the error's
   * message). */
  async #act<T>(
    action: BranchAction,
    work: () => Promise<T>,
    done: (result: T) => (() => string) | null,
    failed: (message: string) => string,
  ): Promise<T | null> {
    this.running = action;
    this.#notice = null;
    try {
      const result = await work();
      this.#notice = done(result);
      await this.refresh();
      return result;
    } catch (thrown) {
      const { message } = toIpcError(thrown);
      this.#notice = () => failed(message);
      return null;
    } finally {
      this.running = null;
    }
  }

  async fetch(): Promise<string | null> {
    const stop = await this.#ipc.onFetchProgress((line) => (this.progress = line)).catch(() => null);
    try {
      return await this.#act(
        "fetch",
        () => this.#ipc.fetch(),
        () => () => t("branches-fetched"),
        (message) => t("branches-fetch-failed", { message }),
      );
    } finally {
      stop?.();
      this.progress = null;
    }
  }

  checkout(branch: string): Promise<void | null> {
    return this.#act(
      "checkout",
      () => this.#ipc.checkout(branch),
      () => () => t("branches-checked-out", { branch }),
      (message) => t("branches-checkout-failed", { message }),
    );
  }

  worktreeAdd(branch: string): Promise<string | null> {
    return this.#act(
      "worktree",
      () => this.#ipc.worktreeAdd(branch),
      (folder) => (folder ? () => t("branches-worktree-created", { branch, folder }) : null),
      (message) => t("branches-worktree-failed", { message }),
    );
  }
}
