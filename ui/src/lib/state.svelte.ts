// The UI's state, in one place. Components read it and call its methods; only this module talks
// to the back end (through the injected `Ipc`, so tests can replace it).
import { ipc as realIpc, toIpcError, type Feature, type Ipc, type IpcError, type LaunchInfo, type Repository } from "./ipc";
import {
  inertOutsideIpc,
  outsideIpc as realOutsideIpc,
  type SidebarStatus,
  type LastPlace,
  type OutsideIpc,
  type RepoChangesEvent,
  type Session,
} from "./outsideIpc";
import { filterFeatures, selectionAfterChanges } from "./liveSidebar";

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

  // --- Live status, filter, session ----------------------------------------------------------
  /** Status of every feature (badges, progress), by folder; empty until the first refresh. */
  status: Record<string, SidebarStatus> = $state.raw({});
  /** The sidebar's filter text. */
  filter: string = $state("");
  /** The features the filter lets through, in repository order. */
  readonly visibleFeatures: Feature[] = $derived(filterFeatures(this.features, this.filter));
  /** The remembered session, once loaded. */
  session: Session | null = $state.raw(null);
  /** Where to put the user back in the reopened repository (document, cursor, scroll), until
   * the editor did it. */
  resume: Place | null = $state.raw(null);
  /** The document, cursor and scroll last reported by the editor. */
  #place: Place = { document: null, cursor: null, scroll: null };
  /** Whether the repository has a specs folder at all. */
  readonly hasSpecs: boolean = $derived((this.repo?.specsDirs.length ?? 0) > 0);

  /** Counts `open` calls, so that only the latest one's answer is kept. */
  #request = 0;
  /** Counts refreshes, so that only the latest one's answer is kept. */
  #refreshRequest = 0;
  /** Bumped when the plan template may resolve differently (a template, preset or extension
   * changed on disk): the open plan is checked again. */
  templateGeneration = $state(0);
  /** The refresh scheduled by the last batch of changes, until it started. */
  #scheduled: Promise<void> | null = null;
  /** The refresh of changes running now. */
  #refreshing: Promise<void> | null = null;
  readonly #ipc: Ipc;
  readonly #outside: OutsideIpc;

  constructor(ipc: Ipc, outside: OutsideIpc = inertOutsideIpc) {
    this.#ipc = ipc;
    this.#outside = outside;
  }

  /** Learn how the app was launched and open that repository; without a command-line path,
   * reopen the last repository (and feature) of the previous run when there is one. */
  async start(): Promise<void> {
    try {
      this.launch = await this.#ipc.launchInfo();
    } catch (thrown) {
      this.fail(toIpcError(thrown));
      return;
    }
    performance.mark("specdesk:launch-info");
    this.session = await this.#outside.sessionLoad().catch(() => null);
    performance.mark("specdesk:session");
    const last = this.session?.last ?? null;
    if (this.launch.source !== "argument" && last?.repo) {
      const lastRepo = last.repo;
      await this.openWith(() => this.#outside.openRecent(lastRepo), last);
      if (this.phase === "ready") return;
    }
    await this.openWith(() => this.#ipc.openRepo(null), last);
  }

  /** Open a repository (`null`: the one given at launch). */
  open(path: string | null): Promise<void> {
    return this.openWith(() => this.#ipc.openRepo(path), null);
  }

  /** Help → Reset Demo Repository: a fresh copy of the demo, opened. Throws when not reset. */
  async resetDemo(): Promise<void> {
    const repo = await this.#outside.resetDemo();
    await this.openWith(async () => repo, null);
  }

  /** File → Open Folder…: the native picker, then that repository. */
  async openFolder(): Promise<void> {
    await this.openWith(async () => {
      const repo = await this.#outside.openFolder();
      if (repo === null) throw CANCELLED;
      return repo;
    }, null);
  }

  /** Open the repository `opener` gives; when it is the one of `last`, put the user back there. */
  private async openWith(opener: () => Promise<Repository>, last: LastPlace | null): Promise<void> {
    const request = ++this.#request;
    const previousPhase = this.phase;
    this.phase = "loading";
    try {
      const repo = await opener();
      performance.mark("specdesk:repo-opened");
      if (request !== this.#request) return;
      if (repo.root !== this.repo?.root) this.status = {};
      this.repo = repo;
      this.error = null;
      this.phase = "ready";
      const preferredFeature = last?.repo === repo.root ? last.feature : null;
      if (preferredFeature && this.features.some((f) => f.relPath === preferredFeature)) {
        this.selectedPath = preferredFeature;
        this.resume = last?.document ? { document: last.document, cursor: last.cursor, scroll: last.scroll } : null;
      }
      if (!this.features.some((f) => f.relPath === this.selectedPath)) {
        this.selectedPath = this.features[0]?.relPath ?? null;
      }
      void this.refresh();
    } catch (thrown) {
      if (request !== this.#request) return;
      if (thrown === CANCELLED) {
        this.phase = previousPhase === "loading" ? "ready" : previousPhase;
        return;
      }
      this.fail(toIpcError(thrown));
    }
  }

  /** Re-scan the open repository with statuses; the selection stays when the feature does. */
  async refresh(): Promise<void> {
    if (!this.repo) return;
    const request = ++this.#refreshRequest;
    const openRequest = this.#request;
    try {
      const overview = await this.#outside.repoStatus();
      if (request !== this.#refreshRequest || openRequest !== this.#request) return;
      this.repo = overview.repo;
      this.status = Object.fromEntries(overview.features.map((f) => [f.relPath, f]));
      if (this.selectedPath !== null && !this.features.some((f) => f.relPath === this.selectedPath)) {
        this.selectedPath = this.features[0]?.relPath ?? null;
      }
    } catch {
      // A failed refresh keeps what is shown; the next change tries again.
    }
  }

  /** A batch of changes from the watcher: follow renames and removals at once, re-scan soon.
   * Resolves once the sidebar shows the re-scanned repository. */
  applyChanges(event: RepoChangesEvent): Promise<void> {
    if (!this.repo) return Promise.resolve();
    // The template or specdesk.toml changed: the open plan is checked again (the refresh below
    // brings the repository's configuration and the sidebar's counts).
    const recheck = ["templateChanged", "configChanged", "rescan"];
    if (event.changes.some((c) => recheck.includes(c.type))) this.templateGeneration++;
    const features = this.features.map((f) => f.relPath);
    this.selectedPath = selectionAfterChanges(this.selectedPath, features, event.changes);
    // Document edits change badges and progress too: every batch refreshes the statuses.
    return event.changes.length > 0 ? this.scheduleRefresh() : Promise.resolve();
  }

  /** One refresh for the batches arriving while one is in flight: it starts at once when none
   * is (a timer would wait behind whatever keeps the window busy, such as the first layout
   * right after opening), else right after the running one, for every batch that came meanwhile. */
  private scheduleRefresh(): Promise<void> {
    if (this.#scheduled) return this.#scheduled;
    const after = this.#refreshing ?? Promise.resolve();
    const next: Promise<void> = after.then(() => {
      this.#scheduled = null;
      const running = this.refresh().finally(() => {
        if (this.#refreshing === running) this.#refreshing = null;
      });
      this.#refreshing = running;
      return running;
    });
    this.#scheduled = next;
    return next;
  }

  /** Create a feature titled `title` (the first one of an empty repository) and select it. */
  async createFeature(title: string): Promise<string> {
    const created = await this.#outside.createFeature(title);
    await this.refresh();
    this.select(created.relPath);
    return created.planRelPath;
  }

  /** Remember where the user is: the repository and feature, and the document, cursor and
   * scroll when given (else the last ones reported, while they belong to the selected feature). */
  rememberPlace(place: Place | null = null): void {
    if (!this.repo) return;
    if (place) this.#place = place;
    const inFeature = this.selectedPath !== null && !!this.#place.document?.startsWith(`${this.selectedPath}/`);
    const { document, cursor, scroll } = inFeature ? this.#place : { document: null, cursor: null, scroll: null };
    void this.#outside
      .sessionSave({ repo: this.repo.root, feature: this.selectedPath, document, cursor, scroll })
      .catch(() => {});
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

/** A place in a document: which one, the cursor offset (UTF-16) and the editor's scroll (px). */
export interface Place {
  document: string | null;
  cursor: number | null;
  scroll: number | null;
}

/** Thrown by a cancelled folder picker: not an error. */
const CANCELLED = Symbol("cancelled");

/** The app's store, talking to the real back end. */
export const store = new AppStore(realIpc, realOutsideIpc);
