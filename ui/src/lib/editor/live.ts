// Background work for the editor (render, validate) that keeps up with typing: at most one request
// is in flight; changes made meanwhile are coalesced into one follow-up request with the latest
// text, sent as soon as the answer is in. Every answer is applied in order, so slow work still
// shows progress while the user types. An optional `delay` waits for typing to pause first (for
// work whose answers would flicker, such as diagnostics).

export interface LiveResult<T> {
  /** The input the answer is for. */
  input: string;
  value: T;
  /** `performance.now()` of the first change this answer reflects (for latency marks). */
  since: number;
  /** `performance.now()` when the work was started (after any delay or wait). */
  started: number;
}

export class LiveRunner<T> {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #since: number | null = null;
  #running = false;
  #waiting: string | null = null;
  #stopped = false;

  constructor(
    private readonly delay: number,
    private readonly work: (input: string) => Promise<T>,
    private readonly apply: (result: LiveResult<T>) => void,
    private readonly fail: (error: unknown) => void = () => {},
  ) {}

  /** `input` changed: run the work on it (after the delay unless `immediate`). */
  schedule(input: string, immediate = false): void {
    if (this.#stopped) return;
    this.#since ??= performance.now();
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    if (immediate || this.delay <= 0) {
      this.#request(input);
    } else {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.#request(input);
      }, this.delay);
    }
  }

  /** Stop: pending and running work is dropped. */
  stop(): void {
    this.#stopped = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#waiting = null;
  }

  #request(input: string): void {
    if (this.#running) {
      this.#waiting = input;
    } else {
      void this.#run(input);
    }
  }

  async #run(input: string): Promise<void> {
    this.#running = true;
    const started = performance.now();
    const since = this.#since ?? started;
    this.#since = null;
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await this.work(input) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    this.#running = false;
    if (this.#stopped) return;
    // Even when a newer text is waiting, this answer is newer than what is shown: show it, so
    // that work slower than the typing still updates (appliers check which text an answer is for).
    if (outcome.ok) this.apply({ input, value: outcome.value, since, started });
    else this.fail(outcome.error);
    const next = this.#waiting;
    this.#waiting = null;
    if (next !== null && !this.#stopped) void this.#run(next);
  }
}
