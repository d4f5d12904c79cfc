// The open documents ("buffers"): their text, what is on disk, and saving. Saves go through the
// back end's compare-and-swap: a buffer is only ever written over the version it was based on,
// or, when the user chose "keep mine", over the disk version shown to them in the conflict. Nothing here talks to CodeMirror: the editor
// reads `text`, reports edits with `setText`, and reloads when `external` is bumped.
import {
  documentsIpc as realIpc,
  toIpcError,
  type ConvertedDocument,
  type DocumentKind,
  type DocumentView,
  type DocumentsIpc,
  type ErrorCode,
  type IpcError,
  type LineEnding,
  type WriteBlock,
} from "./ipc";

/** Why a document opened read-only (binary, not UTF-8, too large, unreadable). */
export interface ReadOnlyReason {
  code: ErrorCode;
  message: string;
}

/** What is on disk when it differs from the buffer's base. */
export interface DiskVersion {
  diskText: string;
  diskHash: string;
}

/** Editor text uses `\n`; the disk's text in a conflict may use `\r\n`. */
function toLf(text: string): string {
  return text.replace(/\r\n/g, "\n");
}

export class Buffer {
  readonly relPath: string;
  kind: DocumentKind = $state("other");
  /** The editor's current text. */
  text: string = $state.raw("");
  /** The text of the version on disk the buffer is based on. */
  savedText: string = $state.raw("");
  /** Hash of that version (`null` before it was read). */
  baseHash: string | null = $state(null);
  lineEnding: LineEnding = $state("lf");
  loaded = $state(false);
  readOnly: ReadOnlyReason | null = $state.raw(null);
  /** Not UTF-8: the encoding the text was decoded from (`windows-1251`). Such a document is
   * shown, with its preview and diagnostics, but never edited or saved until converted. */
  encoding: string | null = $state(null);
  /** For a document in another encoding: it decoded without loss and may be converted. */
  convertible = $state(false);
  /** Why the document cannot be saved where it is (read-only file, folder or file system), as
   * found when it was opened: it is shown read-only, and may be saved as a copy elsewhere. */
  writeBlock: WriteBlock | null = $state.raw(null);
  /** The last conversion to UTF-8 of this document, while it can be undone from history. */
  converted: { from: string; undoVersion: string | null } | null = $state.raw(null);
  /** Someone else changed the file while this buffer had unsaved edits (or a save was refused). */
  conflict: DiskVersion | null = $state.raw(null);
  /** The file was deleted while open. */
  deleted = $state(false);
  saving = $state(false);
  saveError: IpcError | null = $state.raw(null);
  /** Bumped whenever `text` is replaced from outside the editor (reload, take theirs). */
  external = $state(0);
  readonly dirty: boolean = $derived(this.loaded && this.text !== this.savedText);
  /** Whether the editor may change the text (and saves may write it). */
  readonly editable: boolean = $derived(
    this.loaded && this.readOnly === null && this.encoding === null && this.writeBlock === null,
  );

  constructor(relPath: string) {
    this.relPath = relPath;
  }
}

export class DocumentsStore {
  buffers: Record<string, Buffer> = $state({});
  /** Save automatically after `autosaveDelay` ms without typing. */
  autosave = $state(true);
  readonly autosaveDelay: number;
  readonly #ipc: DocumentsIpc;
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #inFlight = new Map<string, Promise<boolean>>();

  constructor(ipc: DocumentsIpc, autosaveDelay = 1000) {
    this.#ipc = ipc;
    this.autosaveDelay = autosaveDelay;
  }

  /** The buffer of `relPath`, reading it on first use. */
  async open(relPath: string): Promise<Buffer> {
    const existing = this.buffers[relPath];
    if (existing) return existing;
    const buffer = new Buffer(relPath);
    this.buffers[relPath] = buffer;
    await this.#load(buffer);
    return buffer;
  }

  /** The editor changed `relPath`'s text. */
  setText(relPath: string, text: string): void {
    const buffer = this.buffers[relPath];
    if (!buffer || !buffer.editable) return;
    buffer.text = text;
    this.#scheduleAutosave(buffer);
  }

  setAutosave(on: boolean): void {
    this.autosave = on;
    if (!on) for (const relPath of [...this.#timers.keys()]) this.#cancelAutosave(relPath);
    else for (const buffer of this.dirtyList()) this.#scheduleAutosave(buffer);
  }

  /**
   * Save `relPath` over the version it is based on (a deleted file is re-created). Returns
   * whether the disk now holds the buffer's text.
   */
  save(relPath: string): Promise<boolean> {
    return this.#save(relPath, false);
  }

  async #save(relPath: string, keepMine: boolean): Promise<boolean> {
    const buffer = this.buffers[relPath];
    if (!buffer || !buffer.editable) return false;
    if (buffer.conflict && !keepMine) return false;
    this.#cancelAutosave(relPath);
    const running = this.#inFlight.get(relPath);
    if (running) {
      await running;
      if (!buffer.dirty && !buffer.deleted && !buffer.conflict) return true;
    }
    // "Keep mine" replaces the disk version the user was shown, and nothing newer.
    const base = buffer.deleted ? null : (buffer.conflict?.diskHash ?? buffer.baseHash);
    const attempt = this.#write(buffer, base);
    this.#inFlight.set(relPath, attempt);
    try {
      return await attempt;
    } finally {
      if (this.#inFlight.get(relPath) === attempt) this.#inFlight.delete(relPath);
    }
  }

  /** The watcher saw `relPath` change on disk (`hash`: of the new bytes, when known). */
  async diskChanged(relPath: string, hash: string | null = null): Promise<void> {
    const buffer = this.buffers[relPath];
    if (!buffer || !buffer.loaded) return;
    if (hash !== null && hash === buffer.baseHash && !buffer.deleted) return;
    let disk;
    try {
      disk = await this.#read(relPath);
    } catch (thrown) {
      const error = toIpcError(thrown);
      // Gone again by the time we looked: the buffer keeps its text, as for any deletion.
      if (error.code === "notFound") this.diskRemoved(relPath);
      // Unreadable now (binary, too large…): a clean buffer shows why; never one whose text
      // exists nowhere else (unsaved, or its file deleted).
      else if (!buffer.dirty && !buffer.deleted) this.#markUnreadable(buffer, error);
      return;
    }
    buffer.deleted = false;
    if (disk.hash === buffer.baseHash) return;
    if ((disk.encoding !== buffer.encoding || buffer.readOnly) && !buffer.dirty) {
      // Now in another encoding, or back in UTF-8 (converted, restored), or readable again.
      this.#show(buffer, disk);
      return;
    }
    if (buffer.dirty) {
      buffer.conflict = { diskText: disk.text, diskHash: disk.hash };
    } else {
      this.#replace(buffer, disk.text, disk.hash);
    }
  }

  /** The documents open in buffers. */
  openPaths(): string[] {
    return Object.keys(this.buffers);
  }

  /** The watcher saw `relPath` deleted. */
  diskRemoved(relPath: string): void {
    const buffer = this.buffers[relPath];
    if (!buffer || !buffer.loaded) return;
    buffer.deleted = true;
    buffer.conflict = null;
    this.#cancelAutosave(relPath);
  }

  /**
   * Resolve a conflict by writing the buffer over the disk version shown in the conflict. When
   * the disk changed again since, the conflict is updated to that newer version instead.
   */
  keepMine(relPath: string): Promise<boolean> {
    return this.#save(relPath, true);
  }

  /** Resolve a conflict by taking the disk's version (the buffer's edits are dropped). */
  takeTheirs(relPath: string): void {
    const buffer = this.buffers[relPath];
    if (!buffer?.conflict) return;
    const { diskText, diskHash } = buffer.conflict;
    this.#replace(buffer, diskText, diskHash);
  }

  /** We wrote `text` (hash `hash`) to `relPath` outside a save (a restore from history): the
   * buffer takes it as its disk version; the editor applies it as one undoable change. With
   * `keepEdits`, a buffer with unsaved edits keeps them, now based on the new disk version. */
  diskWritten(relPath: string, text: string, hash: string, keepEdits = false): void {
    const buffer = this.buffers[relPath];
    if (!buffer) return;
    this.#cancelAutosave(relPath);
    if (keepEdits && buffer.editable && buffer.text !== text) {
      buffer.savedText = text;
      buffer.baseHash = hash;
      buffer.conflict = null;
      buffer.deleted = false;
      buffer.saveError = null;
      this.#scheduleAutosave(buffer);
      return;
    }
    buffer.readOnly = null;
    buffer.encoding = null;
    buffer.convertible = false;
    buffer.loaded = true;
    this.#replace(buffer, text, hash);
  }

  /**
   * Rewrite `relPath`, shown decoded from another encoding, as UTF-8 (over the bytes the user
   * was shown: a file changed since is refused with `conflict`). The buffer becomes editable;
   * `converted` keeps what undoes it.
   */
  async convertToUtf8(relPath: string): Promise<ConvertedDocument> {
    const buffer = this.buffers[relPath];
    if (!buffer?.encoding || buffer.baseHash === null) {
      throw { code: "invalid", message: `${relPath} is not shown in another encoding`, path: relPath } satisfies IpcError;
    }
    const done = await this.#ipc.convertDocument(relPath, buffer.baseHash);
    this.diskWritten(relPath, done.text, done.hash);
    buffer.converted = { from: done.from, undoVersion: done.undoVersion };
    return done;
  }

  /** Forget `relPath` (the caller asked about unsaved edits first). */
  close(relPath: string): void {
    this.#cancelAutosave(relPath);
    delete this.buffers[relPath];
  }

  /** Every buffer with unsaved edits (for the crash journal and the quit prompt). */
  dirtyBuffers(): { relPath: string; text: string; baseHash: string | null }[] {
    return this.dirtyList().map((b) => ({ relPath: b.relPath, text: b.text, baseHash: b.baseHash }));
  }

  dirtyList(): Buffer[] {
    return Object.values(this.buffers).filter((b) => b.dirty || (b.deleted && b.loaded));
  }

  /** Drop every unsaved edit and read every open document again (the demo was reset). */
  async reloadAll(): Promise<void> {
    for (const buffer of Object.values(this.buffers)) {
      this.#cancelAutosave(buffer.relPath);
      await this.#load(buffer);
    }
  }

  /** The interface's language changed: the documents shown with the back end's reason why they
   * could not be opened are read again, so that the reason is in the new language. */
  async relocalize(): Promise<void> {
    for (const buffer of Object.values(this.buffers)) {
      if (buffer.readOnly !== null) await this.#load(buffer);
    }
  }

  async #load(buffer: Buffer): Promise<void> {
    try {
      this.#show(buffer, await this.#read(buffer.relPath));
    } catch (thrown) {
      this.#markUnreadable(buffer, toIpcError(thrown));
    }
  }

  /**
   * "Save a Copy As…": the buffer's text (edited or not) written where the user picks in the
   * native dialog. The buffer itself stays as it is, still unsaved if it was. Returns the path
   * written, `null` when the dialog was cancelled.
   */
  async saveCopyAs(relPath: string): Promise<string | null> {
    const buffer = this.buffers[relPath];
    if (!buffer?.loaded || buffer.readOnly) return null;
    return this.#ipc.saveCopyAs(relPath, buffer.text);
  }

  /** Read `relPath` for the editor: as UTF-8, else decoded from the encoding it is in. */
  async #read(relPath: string): Promise<DocumentView> {
    try {
      return await this.#ipc.readDocument(relPath);
    } catch (thrown) {
      if (toIpcError(thrown).code !== "invalidUtf8") throw thrown;
      return await this.#ipc.readDecodedDocument(relPath);
    }
  }

  /** Show `view` in `buffer` (dropping its text: callers keep unsaved edits themselves). */
  #show(buffer: Buffer, view: DocumentView): void {
    buffer.kind = view.kind;
    buffer.lineEnding = view.lineEnding;
    buffer.readOnly = null;
    buffer.encoding = view.encoding;
    buffer.convertible = view.convertible;
    buffer.writeBlock = view.writeBlock;
    if (view.encoding !== null || view.writeBlock !== null) this.#cancelAutosave(buffer.relPath);
    this.#replace(buffer, view.text, view.hash);
    buffer.loaded = true;
  }

  #markUnreadable(buffer: Buffer, error: IpcError): void {
    buffer.readOnly = { code: error.code, message: error.message };
    buffer.encoding = null;
    buffer.loaded = true;
    buffer.text = buffer.savedText = "";
    buffer.external++;
  }

  #replace(buffer: Buffer, text: string, hash: string): void {
    buffer.text = text;
    buffer.savedText = text;
    buffer.baseHash = hash;
    buffer.conflict = null;
    buffer.deleted = false;
    buffer.saveError = null;
    buffer.external++;
  }

  async #write(buffer: Buffer, base: string | null): Promise<boolean> {
    const text = buffer.text;
    buffer.saving = true;
    try {
      const result = await this.#ipc.saveDocument(buffer.relPath, text, base);
      buffer.savedText = text;
      buffer.baseHash = result.hash;
      buffer.conflict = null;
      buffer.deleted = false;
      buffer.saveError = null;
      return true;
    } catch (thrown) {
      const error = toIpcError(thrown);
      if (error.code === "conflict") {
        if (error.diskHash !== undefined && error.diskText !== undefined) {
          buffer.conflict = { diskText: toLf(error.diskText), diskHash: error.diskHash };
        } else {
          buffer.deleted = true;
        }
      } else {
        buffer.saveError = error;
      }
      return false;
    } finally {
      buffer.saving = false;
    }
  }

  #scheduleAutosave(buffer: Buffer): void {
    this.#cancelAutosave(buffer.relPath);
    if (!this.autosave || buffer.conflict || buffer.deleted) return;
    const timer = setTimeout(() => {
      this.#timers.delete(buffer.relPath);
      if (buffer.dirty) void this.save(buffer.relPath);
    }, this.autosaveDelay);
    this.#timers.set(buffer.relPath, timer);
  }

  #cancelAutosave(relPath: string): void {
    const timer = this.#timers.get(relPath);
    if (timer !== undefined) clearTimeout(timer);
    this.#timers.delete(relPath);
  }
}

/** The app's open documents, talking to the real back end. */
export const documents = new DocumentsStore(realIpc);
