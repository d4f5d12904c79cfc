// The history's shared UI state: the replacement notices waiting for an answer, and which
// document's History panel another part of the app asked to show (a notice's Compare).
import type { ReplacementNotice } from "./historyIpc";

/** A request to show a document's history, with a version selected. */
export interface HistoryRequest {
  path: string;
  versionId: string | null;
}

export class HistoryUi {
  /** Newest last; one per document. */
  notices: ReplacementNotice[] = $state.raw([]);
  request: HistoryRequest | null = $state.raw(null);

  /** A replacement was seen. A second one of the same document before the first was answered
   * keeps the first's previous version: that is what the user lost. */
  add(notice: ReplacementNotice): void {
    const earlier = this.notices.find((n) => n.path === notice.path);
    const merged = earlier ? { ...notice, previousVersionId: earlier.previousVersionId } : notice;
    this.notices = [...this.notices.filter((n) => n.path !== notice.path), merged];
  }

  dismiss(path: string): void {
    this.notices = this.notices.filter((n) => n.path !== path);
  }

  /** Ask for `path`'s History panel with `versionId` selected. */
  showHistory(path: string, versionId: string | null): void {
    this.request = { path, versionId };
  }

  /** The pending request for `path`, taken (it is answered once). */
  take(path: string): HistoryRequest | null {
    const request = this.request;
    if (!request || request.path !== path) return null;
    this.request = null;
    return request;
  }
}

export const historyUi = new HistoryUi();
