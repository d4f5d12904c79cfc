// The authoring tools' state: which of their dialogs is open, the place the editor should
// reveal next (a search hit, a new feature's first placeholder), and what git says about the
// open repository (branch, uncommitted spec files), refreshed on file changes, on focus and
// every few seconds. Only this module and the components talk to `authoringIpc`.
import type { Span } from "./ipc";
import { authoringIpc as realIpc, type AuthoringIpc, type GitInfo } from "./authoringIpc";

/** A place to show in the editor once its document is open. */
export interface Reveal {
  relPath: string;
  span: Span;
}

export class AuthoringStore {
  /** The New Feature dialog is open (with this initial title). */
  newFeature: { title: string } | null = $state.raw(null);
  /** The Find in Specs panel is open. */
  searchOpen = $state(false);
  /** Where the editor should put the cursor next. */
  reveal: Reveal | null = $state.raw(null);
  /** Git information of the open repository (`null`: no git, or not known yet). */
  git: GitInfo | null = $state.raw(null);
  /** Repository-relative paths with uncommitted changes. */
  readonly changed: Set<string> = $derived(new Set(this.git?.changed.map((c) => c.relPath) ?? []));

  readonly ipc: AuthoringIpc;
  #gitTimer: ReturnType<typeof setTimeout> | null = null;
  #gitRequest = 0;

  constructor(ipc: AuthoringIpc) {
    this.ipc = ipc;
  }

  openNewFeature(title = ""): void {
    this.newFeature ??= { title };
  }

  /** Whether any document of the feature folder `featurePath` has uncommitted changes. */
  featureChanged(featurePath: string): boolean {
    const prefix = `${featurePath}/`;
    for (const path of this.changed) if (path.startsWith(prefix)) return true;
    return false;
  }

  /** Ask git again now; a failure means "no git information", never an error shown. */
  async refreshGit(): Promise<void> {
    const request = ++this.#gitRequest;
    let info: GitInfo | null;
    try {
      info = await this.ipc.gitStatus();
    } catch {
      info = null;
    }
    if (request === this.#gitRequest && !sameGit(this.git, info)) this.git = info;
  }

  /** One refresh for the changes arriving within `delay` ms of each other. */
  scheduleGitRefresh(delay = 300): void {
    if (this.#gitTimer !== null) clearTimeout(this.#gitTimer);
    this.#gitTimer = setTimeout(() => {
      this.#gitTimer = null;
      void this.refreshGit();
    }, delay);
  }

  /** Forget what git said (another repository is being opened). */
  resetGit(): void {
    this.#gitRequest++;
    this.git = null;
  }
}

function sameGit(a: GitInfo | null, b: GitInfo | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The app's authoring state, talking to the real back end. */
export const authoring = new AuthoringStore(realIpc);
