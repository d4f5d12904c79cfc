// The Review view's state: the repository's review (one back-end call), the filters and sort,
// checkbox toggles through the back end's compare-and-swap, and live refreshes. Open editors of
// a toggled file are told directly (`onWritten`): the watcher may suppress the echo of our own
// write, so it can't be relied on to tell them.
import { toIpcError, type IpcError } from "./ipc";
import { reviewIpc as realIpc, type FeatureReview, type RepoReview, type ReviewIpc } from "./reviewIpc";
import { filterRows, NO_FILTERS, patchChecked, sortRows, type ReviewFilters, type ReviewSort } from "./review";
import { t } from "./i18n";
import { exportReportWithDiagrams, type DrawProgress } from "./preview/reportDiagrams";

/** Drawing a report's diagrams shows its progress only after this long (ms). */
const EXPORT_PROGRESS_AFTER_MS = 300;

/** What happened to a toggle. */
export type ToggleOutcome = "written" | "conflict" | "failed";

/** Timings of the last load, for measurements (also exposed as `window.__specdeskReview`). */
export interface ReviewTimings {
  /** Back end: scan, read, validate, sum. */
  backendMs: number;
  /** Command call to answer received (IPC and serialisation included). */
  roundTripMs: number;
}

export class ReviewStore {
  review: RepoReview | null = $state.raw(null);
  loading = $state(false);
  error: IpcError | null = $state.raw(null);
  /** The sentence about the last toggle that could not be written, kept as a function so that it
   * is said in the interface's current language when read. */
  #notice: (() => string) | null = $state.raw(null);
  filters: ReviewFilters = $state({ ...NO_FILTERS });
  sort: ReviewSort = $state({ key: "number", descending: false });
  timings: ReviewTimings | null = $state.raw(null);
  /** Where the last report was saved (for a confirmation). */
  exported: string | null = $state(null);
  /** The report's diagrams being drawn for an export (shown once it takes more than a moment). */
  exportProgress: DrawProgress | null = $state.raw(null);
  /** `relPath#index` of toggles in flight (their checkboxes are disabled). */
  busy: Record<string, true> = $state({});

  readonly rows: FeatureReview[] = $derived(sortRows(filterRows(this.review?.features ?? [], this.filters), this.sort));

  readonly #ipc: ReviewIpc;
  #exporting = false;
  #request = 0;
  #scheduled: ReturnType<typeof setTimeout> | null = null;

  /** `onWritten(relPath, hash)`: a file was written (for the editor's buffers and the sidebar). */
  constructor(
    ipc: ReviewIpc = realIpc,
    private readonly onWritten: (relPath: string, hash: string) => void | Promise<void> = () => {},
  ) {
    this.#ipc = ipc;
  }

  /** A sentence about the last toggle that could not be written (or the report not exported). */
  get notice(): string | null {
    return this.#notice?.() ?? null;
  }

  dismissNotice(): void {
    this.#notice = null;
  }

  /** Compute the review again; only the latest answer is kept. */
  async refresh(): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    const started = performance.now();
    try {
      const overview = await this.#ipc.reviewStatus();
      if (request !== this.#request) return;
      this.review = overview.review;
      this.error = null;
      this.timings = { backendMs: overview.elapsedMs, roundTripMs: performance.now() - started };
    } catch (thrown) {
      if (request === this.#request) this.error = toIpcError(thrown);
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  /** The repository changed on disk: refresh once for changes arriving close together. */
  changed(delay = 150): void {
    if (this.#scheduled !== null) clearTimeout(this.#scheduled);
    this.#scheduled = setTimeout(() => {
      this.#scheduled = null;
      void this.refresh();
    }, delay);
  }

  /** Forget everything (another repository was opened). */
  clear(): void {
    this.#request++;
    this.review = null;
    this.error = null;
    this.#notice = null;
  }

  /** Set checkbox `index` of `row`'s plan to `checked`, over the version the row was computed
   * from. A plan changed since then is not written: the review is refreshed instead. */
  async setChecked(row: FeatureReview, index: number, checked: boolean): Promise<ToggleOutcome> {
    const path = row.planPath;
    const hash = row.planHash;
    if (!path || !hash) return "failed";
    const key = `${path}#${index}`;
    if (this.busy[key]) return "failed";
    this.busy[key] = true;
    this.#notice = null;
    try {
      const written = await this.#ipc.reviewSetCheckbox(path, index, checked, hash);
      this.#replaceRow(patchChecked(row, index, checked, written.hash));
      await this.onWritten(path, written.hash);
      this.changed(0);
      return "written";
    } catch (thrown) {
      const error = toIpcError(thrown);
      if (error.code === "conflict") {
        this.#notice = () => t("review-toggle-conflict", { path });
        this.changed(0);
        return "conflict";
      }
      this.#notice = () => t("review-toggle-failed", { path, message: error.message });
      return "failed";
    } finally {
      delete this.busy[key];
    }
  }

  /** Ask where to save the report and write it; the path, `null` when cancelled or failed. */
  async exportReport(): Promise<string | null> {
    if (this.#exporting) return null;
    this.#exporting = true;
    const quietUntil = performance.now() + EXPORT_PROGRESS_AFTER_MS;
    const progress = (p: DrawProgress) => {
      this.exportProgress = p.done < p.total && performance.now() >= quietUntil ? p : null;
    };
    try {
      const path = await exportReportWithDiagrams(this.#ipc, progress);
      if (path !== null) this.exported = path;
      return path;
    } catch (thrown) {
      const { message } = toIpcError(thrown);
      this.#notice = () => t("review-export-failed", { message });
      return null;
    } finally {
      this.#exporting = false;
      this.exportProgress = null;
    }
  }

  #replaceRow(next: FeatureReview): void {
    const review = this.review;
    if (!review) return;
    this.review = { ...review, features: review.features.map((f) => (f.relPath === next.relPath ? next : f)) };
  }
}
