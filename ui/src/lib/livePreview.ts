// The editor's side of the live preview (src-tauri/src/preview.rs over specdesk-core's
// live_preview): each request sends only what changed since the text the back end last answered
// for, as one splice, and gets back a patch of the preview's units. When the back end no longer
// holds that text (`stalePreview`), or after `reset()`, the whole text goes instead. Requests are
// made one at a time (LiveRunner), so versions follow each other.
import { toIpcError, type PreviewEdit, type PreviewPatch } from "./ipc";

export type SendEdit = (session: number, base: number | null, edit: PreviewEdit) => Promise<PreviewPatch>;

let sessions = 0;

export class LivePreviewClient {
  readonly #session = ++sessions;
  /** The version the back end holds for us, and its text; `null`: send the whole text. */
  #base: number | null = null;
  #sent = "";
  #generation = 0;

  constructor(private readonly send: SendEdit) {}

  /** Forget what the back end holds: the next update sends the whole text. */
  reset(): void {
    this.#base = null;
    this.#generation++;
  }

  /** The patch that brings the preview from the last answer to `text`. */
  async update(text: string): Promise<PreviewPatch> {
    const generation = this.#generation;
    if (this.#base !== null) {
      try {
        return this.#accept(await this.send(this.#session, this.#base, splice(this.#sent, text)), text, generation);
      } catch (error) {
        this.#base = null;
        if (toIpcError(error).code !== "stalePreview") throw error;
      }
    }
    return this.#accept(await this.send(this.#session, null, { kind: "text", text }), text, generation);
  }

  #accept(patch: PreviewPatch, text: string, generation: number): PreviewPatch {
    if (generation === this.#generation) {
      this.#base = patch.version;
      this.#sent = text;
    }
    return patch;
  }
}

/** The one splice (UTF-16 offsets of `before`) that turns `before` into `after`: everything
 * between their common prefix and common suffix, never splitting a surrogate pair. */
export function splice(before: string, after: string): PreviewEdit {
  const most = Math.min(before.length, after.length);
  let start = 0;
  while (start < most && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < most - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { kind: "splice", from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
