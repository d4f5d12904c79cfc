// Typed wrappers around Tauri's `invoke`. The types come from the Rust side (./bindings, generated
// by ts-rs); the only hand-written part here is which command name each function calls.
import { invoke } from "@tauri-apps/api/core";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { IpcError } from "./bindings/IpcError";
import type { LaunchInfo } from "./bindings/LaunchInfo";
import type { Repository } from "./bindings/Repository";
import type { DocumentView } from "./bindings/DocumentView";
import type { SaveResult } from "./bindings/SaveResult";
import type { PreviewEdit } from "./bindings/PreviewEdit";
import type { PreviewPatch } from "./bindings/PreviewPatch";
import type { Diagnostic } from "./bindings/Diagnostic";
import type { TextEdit } from "./bindings/TextEdit";
import type { PlanValidation } from "./bindings/PlanValidation";
import type { ConvertedDocument } from "./bindings/ConvertedDocument";
import type { RuleHelp } from "./bindings/RuleHelp";

export type { ErrorCode, IpcError, LaunchInfo, Repository };
export type { DocumentView, SaveResult, PreviewEdit, PreviewPatch, Diagnostic, TextEdit, PlanValidation, ConvertedDocument, RuleHelp };
export type { TemplateSource } from "./bindings/TemplateSource";
export type { WriteBlock } from "./bindings/WriteBlock";
export type { Config } from "./bindings/Config";
export type { Span } from "./bindings/Span";
export type { Fix } from "./bindings/Fix";
export type { Severity } from "./bindings/Severity";
export type { OutlineEntry } from "./bindings/OutlineEntry";
export type { LineEnding } from "./bindings/LineEnding";
export type { Feature } from "./bindings/Feature";
export type { Document } from "./bindings/Document";
export type { DocumentKind } from "./bindings/DocumentKind";
export type { SpecsDir } from "./bindings/SpecsDir";

/** Every command the back end offers, as typed functions. */
export interface Ipc {
  /** What the app was launched with (repository path, demo or not, version, profile). */
  launchInfo(): Promise<LaunchInfo>;
  /** Open and scan a repository; `null` opens the one given at launch. */
  openRepo(path: string | null): Promise<Repository>;
}

/** The editing loop's commands (src-tauri/src/documents.rs). */
export interface DocumentsIpc {
  /** Read a repository-relative document for the editor (`\n` line breaks). */
  readDocument(relPath: string): Promise<DocumentView>;
  /** Read a document in any encoding (for one `readDocument` refused as `invalidUtf8`), decoded. */
  readDecodedDocument(relPath: string): Promise<DocumentView>;
  /** Rewrite a document in another encoding as UTF-8 if the disk still holds `baseHash`. */
  convertDocument(relPath: string, baseHash: string): Promise<ConvertedDocument>;
  /** Save if the disk still holds `baseHash` (`null`: must not exist). */
  saveDocument(relPath: string, text: string, baseHash: string | null): Promise<SaveResult>;
  /** Ask where (native dialog), then write `text` there: the path written, `null` if cancelled. */
  saveCopyAs(relPath: string, text: string): Promise<string | null>;
  /** Apply `edit` (made against version `base` of preview `session`) and patch its preview. */
  previewUpdate(session: number, base: number | null, edit: PreviewEdit): Promise<PreviewPatch>;
  /** Diagnostics of `text` as the document at `relPath` (plans only; others get none). */
  validateDocument(relPath: string, text: string): Promise<PlanValidation>;
  /** The edit that flips task number `index` of `text`. */
  taskToggleEdit(text: string, index: number): Promise<TextEdit>;
}

/** What a rule checks (its documentation, rendered), by code: the Problems panel's help. */
export function ruleHelp(code: string): Promise<RuleHelp> {
  return call<RuleHelp>("rule_help", { code });
}

/** File → Export Document as HTML…: the back end asks where, sanitizes `body` (the preview's HTML)
 * again and writes it with `diagramCss` as one file with no script. `null`: cancelled. */
export function exportDocument(relPath: string, body: string, diagramCss: string): Promise<string | null> {
  return call<string | null>("export_document", { relPath, body, diagramCss });
}

/** A failed command, carrying the back end's `{code, message, path}`. */
export class CommandError extends Error {
  readonly code: ErrorCode;
  readonly path: string | null;

  constructor(readonly detail: IpcError) {
    super(detail.message);
    this.name = "CommandError";
    this.code = detail.code;
    this.path = detail.path;
  }
}

/** Every code, as a record so that the compiler reports a code added on the Rust side. */
const ERROR_CODES: Record<ErrorCode, true> = {
  notFound: true,
  permissionDenied: true,
  invalidUtf8: true,
  binary: true,
  tooLarge: true,
  outsideRepo: true,
  notADirectory: true,
  isADirectory: true,
  corrupt: true,
  conflict: true,
  alreadyExists: true,
  invalid: true,
  watch: true,
  io: true,
  git: true,
  template: true,
  config: true,
  notAllowed: true,
  stalePreview: true,
  internal: true,
};

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERROR_CODES, code);
}

/** Turn whatever a failed `invoke` threw into an `IpcError` (unknown shapes become `internal`). */
export function toIpcError(thrown: unknown): IpcError {
  if (thrown instanceof CommandError) return thrown.detail;
  if (typeof thrown === "object" && thrown !== null && "code" in thrown && "message" in thrown) {
    const { code, message, path, diskText, diskHash } = thrown as Record<string, unknown>;
    if (isErrorCode(code) && typeof message === "string") {
      const error: IpcError = { code, message, path: typeof path === "string" ? path : null };
      if (typeof diskText === "string") error.diskText = diskText;
      if (typeof diskHash === "string") error.diskHash = diskHash;
      return error;
    }
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { code: "internal", message, path: null };
}

/** Invoke `command`, its failure as a [`CommandError`]. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw new CommandError(toIpcError(thrown));
  }
}

/** The real back end. */
export const ipc: Ipc = {
  launchInfo: () => call<LaunchInfo>("launch_info"),
  openRepo: (path) => call<Repository>("open_repo", { path }),
};

/** The real back end of the editor. */
export const documentsIpc: DocumentsIpc = {
  readDocument: (relPath) => call<DocumentView>("read_document", { relPath }),
  readDecodedDocument: (relPath) => call<DocumentView>("read_decoded_document", { relPath }),
  convertDocument: (relPath, baseHash) => call<ConvertedDocument>("convert_document", { relPath, baseHash }),
  saveDocument: (relPath, text, baseHash) => call<SaveResult>("save_document", { relPath, text, baseHash }),
  saveCopyAs: (relPath, text) => call<string | null>("save_copy_as", { relPath, text }),
  previewUpdate: (session, base, edit) => call<PreviewPatch>("preview_update", { session, base, edit }),
  validateDocument: (relPath, text) => call<PlanValidation>("validate_document", { relPath, text }),
  taskToggleEdit: (text, index) => call<TextEdit>("task_toggle_edit", { text, index }),
};
