// Typed wrappers around Tauri's `invoke`. The types come from the Rust side (./bindings, generated
// by ts-rs); the only hand-written part here is which command name each function calls.
import { invoke } from "@tauri-apps/api/core";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { IpcError } from "./bindings/IpcError";
import type { LaunchInfo } from "./bindings/LaunchInfo";
import type { Repository } from "./bindings/Repository";

export type { ErrorCode, IpcError, LaunchInfo, Repository };
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
  conflict: true,
  alreadyExists: true,
  invalid: true,
  watch: true,
  io: true,
  notAllowed: true,
  internal: true,
};

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERROR_CODES, code);
}

/** Turn whatever a failed `invoke` threw into an `IpcError` (unknown shapes become `internal`). */
export function toIpcError(thrown: unknown): IpcError {
  if (thrown instanceof CommandError) return thrown.detail;
  if (typeof thrown === "object" && thrown !== null && "code" in thrown && "message" in thrown) {
    const { code, message, path } = thrown as Record<string, unknown>;
    if (isErrorCode(code) && typeof message === "string") {
      return { code, message, path: typeof path === "string" ? path : null };
    }
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { code: "internal", message, path: null };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
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
