// The UI's state, in one place. Components read it and call its methods; only this module talks
// to the back end (through the injected `Ipc`, so tests can replace it).
import { ipc as realIpc, toIpcError, type Feature, type Ipc, type IpcError, type LaunchInfo, type Repository } from "./ipc";

/** Where the app is in opening its repository. */
export type Phase = "starting" | "loading" | "ready" | "error";

export class AppStore {
  phase: Phase = $state("starting");
  launch: LaunchInfo | null = $state.raw(null);
  repo: Repository | null = $state.raw(null);
  error: IpcError | null = $state.raw(null);
  /** Repository-relative folder of the selected feature. */
  selectedPath: string | null = $state(null);

  /** Every feature of every specs folder, each folder in numeric order. */
  readonly features: Feature[] = $derived(this.repo ? this.repo.specsDirs.flatMap((d) => d.features) : []);
  readonly selected: Feature | null = $derived(
    this.features.find((f) => f.relPath === this.selectedPath) ?? null,
  );

  /** Counts `open` calls, so that only the latest one's answer is kept. */
  #request = 0;
  readonly #ipc: Ipc;

  constructor(ipc: Ipc) {
    this.#ipc = ipc;
  }

  /** Learn how the app was launched and open that repository. */
  async start(): Promise<void> {
    try {
      this.launch = await this.#ipc.launchInfo();
    } catch (thrown) {
      this.fail(toIpcError(thrown));
      return;
    }
    await this.open(null);
  }

  /** Open a repository (`null`: the one given at launch). */
  async open(path: string | null): Promise<void> {
    const request = ++this.#request;
    this.phase = "loading";
    try {
      const repo = await this.#ipc.openRepo(path);
      if (request !== this.#request) return;
      this.repo = repo;
      this.error = null;
      this.phase = "ready";
      if (!this.features.some((f) => f.relPath === this.selectedPath)) {
        this.selectedPath = this.features[0]?.relPath ?? null;
      }
    } catch (thrown) {
      if (request !== this.#request) return;
      this.fail(toIpcError(thrown));
    }
  }

  /** Open the current repository again (or retry the launch repository after an error). */
  reload(): Promise<void> {
    return this.open(this.repo?.root ?? null);
  }

  select(relPath: string): void {
    if (this.features.some((f) => f.relPath === relPath)) this.selectedPath = relPath;
  }

  private fail(error: IpcError): void {
    this.error = error;
    this.repo = null;
    this.selectedPath = null;
    this.phase = "error";
  }
}

/** The app's store, talking to the real back end. */
export const store = new AppStore(realIpc);
